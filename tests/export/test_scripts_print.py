"""Issue 17: every name prints as it is written. A workshop whose participants write their
names in Polish, Turkish, Vietnamese, Ukrainian (Cyrillic), Serbian/Croatian, Icelandic and
Greek, with an emoji on a note, exports minutes and a signature sheet whose text layer holds
every one of those strings exactly: read back with poppler's pdftotext (what a user's PDF
viewer copies and searches) where it is installed, and always with pypdf."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop.core import participants, signoff, workshop
from desktop.core.canvas_templates import ROOT_PROBLEMS
from desktop.export import escape, fonts
from desktop.export.handouts import HANDOUTS, HandoutOptions
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import MinutesData, PersonRow, gather
from desktop.export.options import MinutesOptions
from desktop.export.styles import make_styles
from desktop.storage.document import create_document

from .pdf_reading import Pdf, add_canvas, flat

NAMES = (
    "Łukasz Wójcik",  # Polish: Latin Extended-A
    "Ayşe Yılmaz",  # Turkish: ş and the dotless ı
    "Nguyễn Thị Hương",  # Vietnamese: Latin Extended Additional, ư (Latin Extended-B)
    "Ксения Петренко",  # Cyrillic
    "Đorđe Šćepanović",  # Serbian/Croatian
    "Aðalsteinn Þórsson",  # Icelandic
    "Νίκος Παπαδόπουλος",  # Greek
)
NOTE = "Mentorer 🤝 virker"
TITLE = "Mentorer på tværs 🤝"  # drawn on the canvas in every page's header
DOCUMENTS = ("minutes", "signatures")
UNPRINTABLE_DA = "Nogle tegn kunne ikke skrives ud og er erstattet med »?«."
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MinutesData]:
    """The workshop, made as the app makes it: participants, a note on a canvas, and a
    decision every participant has signed."""
    folder = tmp_path_factory.mktemp("scripts")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        doc = create_document(folder / "names.tvaers", title=TITLE)
        with doc.session() as s:
            workshop.update_workshop(s, title=TITLE, facilitator=NAMES[2])
            for i, name in enumerate(NAMES):
                side = ("procurement", "domain", "leadership")[i % 3]
                participants.add_participant(s, name=name, role="Konsulent", side=side)
            add_canvas(s, ROOT_PROBLEMS, [{"zone": "proces", "text": NOTE, "votes": 3}])
            decision = signoff.add_decision(
                s, title="Mentorordningen fortsætter", text="To mentorer i 2027."
            )
            for name in NAMES:
                signoff.add_sign_off(s, decision_id=decision.id, approver_name=name)
            found = gather(s)
        doc.close(save=False)
    yield found


def _write(kind: str, data: MinutesData) -> bytes:
    out = io.BytesIO()
    if kind == "minutes":
        write_minutes(data, MinutesOptions(), out)
    else:
        HANDOUTS[kind](data, out, HandoutOptions())
    return out.getvalue()


@pytest.fixture(scope="module")
def pdfs(data: MinutesData, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scripts_pdf")
    written = {}
    for kind in DOCUMENTS:
        path = folder / f"{kind}.pdf"
        path.write_bytes(_write(kind, data))
        written[kind] = path
    return written


def pdftotext(path: Path) -> str:
    result = subprocess.run(
        [str(PDFTOTEXT), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return flat(result.stdout.decode("utf-8"))


@pytest.fixture(scope="module")
def poppler_text(pdfs: dict[str, Path]) -> dict[str, str]:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; the pypdf tests still read")
    return {kind: pdftotext(path) for kind, path in pdfs.items()}


@pytest.fixture(scope="module")
def pypdf_text(pdfs: dict[str, Path]) -> dict[str, str]:
    return {kind: Pdf.of(path).text() for kind, path in pdfs.items()}


@pytest.mark.parametrize("name", NAMES)
def test_the_text_font_has_every_letter_of_the_name(name: str) -> None:
    assert {ord(c) for c in name} - {0x20} <= fonts.text_characters()
    assert escape.markup(name) == name


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("name", NAMES)
def test_pdftotext_finds_the_name_exactly(
    poppler_text: dict[str, str], document: str, name: str
) -> None:
    assert name in poppler_text[document]


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("name", NAMES)
def test_pypdf_finds_the_name_exactly(pypdf_text: dict[str, str], document: str, name: str) -> None:
    assert name in pypdf_text[document]


def test_the_note_prints_its_emoji_in_the_emoji_font(
    pdfs: dict[str, Path], pypdf_text: dict[str, str]
) -> None:
    text = pypdf_text["minutes"]

    # On the canvas drawing (drawn on the canvas) and in the list of notes (a table cell).
    assert text.count(NOTE) >= 2
    fonts_used = {name.split("+")[-1] for name in Pdf.of(pdfs["minutes"]).fonts()}
    assert "NotoEmoji-Regular" in fonts_used


def test_pdftotext_finds_the_note_and_the_title_in_the_header(
    pdfs: dict[str, Path], poppler_text: dict[str, str]
) -> None:
    assert NOTE in poppler_text["minutes"]
    page_two = pdftotext_page(pdfs["minutes"], 2)
    assert page_two.startswith(TITLE), page_two[:80]
    assert poppler_text["signatures"].startswith(TITLE)


def pdftotext_page(path: Path, number: int) -> str:
    result = subprocess.run(
        [str(PDFTOTEXT), "-enc", "UTF-8", "-f", str(number), "-l", str(number), str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return flat(result.stdout.decode("utf-8"))


def test_minutes_that_printed_everything_do_not_say_something_is_missing(
    pypdf_text: dict[str, str],
) -> None:
    assert "Nogle tegn kunne ikke skrives ud" not in pypdf_text["minutes"]


def test_a_letter_no_shipped_font_has_prints_as_a_question_mark_and_the_minutes_say_so(
    data: MinutesData,
) -> None:
    chinese = MinutesData(
        workshop=data.workshop,
        participants=(*data.participants, PersonRow(name="王秀英 Wang", side="domain")),
    )

    pdf = Pdf.of(_write("minutes", chinese))

    assert "??? Wang" in pdf.text()
    assert UNPRINTABLE_DA in pdf.page_text(pdf.pages)  # at the end of the minutes
    english = io.BytesIO()
    write_minutes(chinese, MinutesOptions(lang="en"), english)
    assert "Some characters could not be printed and are shown as “?”." in (
        Pdf.of(english.getvalue()).text()
    )


def test_a_signature_sheet_with_a_letter_no_font_has_says_so_too(data: MinutesData) -> None:
    decision = replace(data.decisions[0], title="Mentorordningen fortsætter 王")
    pdf = Pdf.of(_write("signatures", replace(data, decisions=(decision,))))
    assert "Mentorordningen fortsætter ?" in pdf.text()
    assert UNPRINTABLE_DA in pdf.page_text(pdf.pages)
    clean = Pdf.of(_write("signatures", data))
    assert "Nogle tegn kunne ikke skrives ud" not in clean.text()


def test_watch_counts_only_what_printed_as_a_question_mark() -> None:
    with escape.watch() as seen:
        escape.markup("Hvorfor? 🤝 Ксения")
        escape.plain("Nguyễn")
    assert seen.count == 0
    with escape.watch() as seen:
        escape.markup("中文 og ?")
        escape.plain("ㄱ")
    assert seen.count == 3
    escape.markup("中")  # after the block: nobody counts
    assert seen.count == 3


def test_emoji_runs_are_wrapped_in_the_emoji_font_even_in_bold() -> None:
    assert escape.markup("a 🤝🎉 b & 💡") == (
        'a <font name="NotoEmoji">🤝🎉</font> b &amp; <font name="NotoEmoji">💡</font>'
    )
    assert fonts.runs("a 🤝 b", fonts.BOLD) == [
        (fonts.BOLD, "a "),
        (fonts.EMOJI, "🤝"),
        (fonts.BOLD, " b"),
    ]
    assert fonts.string_width("🤝", fonts.BOLD, 10) > 0


def test_an_emoji_inside_bold_text_prints_in_the_emoji_font() -> None:
    styles = make_styles("da")
    out = io.BytesIO()
    doc = SimpleDocTemplate(out)
    doc.build(
        [
            styles.para(NOTE, styles.td_bold),
            Paragraph("<b><i>" + escape.markup(NOTE) + "</i></b>", styles.body),
        ]
    )

    pdf = Pdf.of(out.getvalue())

    assert pdf.text().count(NOTE) == 2
    assert {"DejaVuSans-Bold", "DejaVuSans-BoldOblique", "NotoEmoji-Regular"} <= {
        name.split("+")[-1] for name in pdf.fonts()
    }
