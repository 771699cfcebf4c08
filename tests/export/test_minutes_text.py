"""Never fails, never garbles: user text prints literally (markup characters, control
characters, characters the font lacks), long texts split across pages, an empty workshop
still makes sensible minutes."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pytest

from desktop.export import escape
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import (
    ActionRow,
    CanvasData,
    MinutesData,
    NoteRow,
    PersonRow,
    TermRow,
    WorkshopDetails,
    ZoneRow,
)
from desktop.export.options import MinutesOptions
from desktop.export.words import long_date, short_date, when

from .pdf_reading import Pdf, flat


def minutes(data: MinutesData, **options: object) -> Pdf:
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(**options), out)  # type: ignore[arg-type]
    return Pdf.of(out.getvalue())


def one_term(explanation: str = "", term: str = "rammeaftale", **extra: str) -> MinutesData:
    return MinutesData(
        workshop=WorkshopDetails(title="Lange tekster"),
        terms=(TermRow(id="t1", side="procurement", term=term, explanation=explanation, **extra),),
    )


# -- the escaping helper ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "markup"),
    [
        ("Pris < 500 & > 100", "Pris &lt; 500 &amp; &gt; 100"),
        ("<b>fed</b> &amp;", "&lt;b&gt;fed&lt;/b&gt; &amp;amp;"),
        ("linje 1\nlinje 2", "linje 1<br/>linje 2"),
        ("Windows\r\nlinjer\rog Mac", "Windows<br/>linjer<br/>og Mac"),
        ("tab\tog\x00nul\x07klokke", "tab ognulklokke"),
        ("»citat« „citat“ – æøå ÆØÅ § € …", "»citat« „citat“ – æøå ÆØÅ § € …"),
        ("Fest 🎉 og ❤️ hjerte", 'Fest <font name="NotoEmoji">🎉</font> og ❤ hjerte'),
        ("👍🏽 👨‍👩‍👧", '<font name="NotoEmoji">👍</font> <font name="NotoEmoji">👨👩👧</font>'),
        ("Łódź og Ørsted", "Łódź og Ørsted"),
        ("ą ę ő ş ı ễ ị ư ð þ", "ą ę ő ş ı ễ ị ư ð þ"),
        ("Ксения Νίκος", "Ксения Νίκος"),
        ("Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng", "Nguyễn Thị Hương"),  # typed decomposed
        ("ﬁnde ① Ａ", "ﬁnde ① A"),
        ("e\u0301 (e and a combining accent)", "é (e and a combining accent)"),
        ("zero\u200bwidth\ufeff bom \u00adsoft", "zerowidth bom soft"),
        ("中文", "??"),
        ("\ud800 alone", " alone"),
    ],
)
def test_markup_prints_what_was_typed_with_what_the_font_has(typed: str, markup: str) -> None:
    assert escape.markup(typed) == markup


def test_plain_text_for_drawing_is_not_entity_escaped() -> None:
    assert escape.plain("A < B & C 🎉 中") == "A < B & C 🎉 ?"


def test_pieces_keep_every_character_of_a_long_text_in_order() -> None:
    text = "\n".join(f"Linje {i} " + "ord " * (i % 700) for i in range(300))

    parts = escape.pieces(text, 1500)

    assert all(len(p) <= 1500 for p in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(
        " ", ""
    )


def test_a_word_longer_than_a_piece_is_cut_anywhere() -> None:
    assert [len(p) for p in escape.pieces("x" * 4000, 1500)] == [1500, 1500, 1000]


def test_clip_cuts_a_text_beyond_the_print_limit_between_words() -> None:
    kept, left_out = escape.clip("ord " * 30_000, limit=100_000)

    assert len(kept) <= 100_000
    assert kept.endswith("ord")
    assert len(kept) + left_out == 120_000


# -- markup and odd characters in the PDF -----------------------------------------------------


def test_markup_characters_and_tags_print_literally_in_every_section() -> None:
    tricky = "A <b>B</b> & C &amp; <br/> <font size=40>D</font> <para>"
    data = MinutesData(
        workshop=WorkshopDetails(title=tricky, organisation=tricky, purpose=tricky),
        participants=(PersonRow(name=tricky, role=tricky, department=tricky),),
        terms=(
            TermRow(
                id="a", side="procurement", term=tricky, explanation=tricky, counterpart_id="b"
            ),
            TermRow(id="b", side="domain", term="anden aktør", source=tricky, counterpart_id="a"),
        ),
        canvases=(
            CanvasData(
                id="c",
                title=tricky,
                zones=(ZoneRow(id="z", title=tricky, prompt=tricky, width=500, height=400),),
                notes=(NoteRow(id="n", text=tricky, zone_id="z", votes=2, x=10, y=80),),
            ),
        ),
        actions=(ActionRow(what=tricky, owner=tricky),),
    )

    pdf = minutes(data, include_contacts=True)

    text = pdf.text()
    assert text.count(flat(tricky)) >= 12
    assert pdf.reader.metadata is not None and pdf.reader.metadata.title == flat(tricky)


def test_control_characters_never_reach_the_pdf() -> None:
    data = one_term("Før\x00\x01\x1b[31mefter\x7f og\x0cform\x0bfeed \ufffe slut")

    text = minutes(data, sections=("glossary",)).text()

    assert "Før[31mefter og form feed slut" in text.replace("\n", " ")
    assert not any(ord(c) < 32 for c in text)


def test_emoji_print_in_the_emoji_font_as_far_as_a_pdf_can_draw_them() -> None:
    note = NoteRow(id="n", text="Vi 💡 skal 👍🏽 have 👨‍👩‍👧 mentorer tæt på borgeren ✅")
    data = MinutesData(canvases=(CanvasData(id="c", title="Idéer", notes=(note,)),))

    text = minutes(data, sections=("needs",)).text()

    # Without shaping a skin tone cannot join its hand (it is left out) and a family made
    # with zero-width joiners prints as its members.
    assert "Vi 💡 skal 👍 have 👨👩👧 mentorer tæt på borgeren ✅" in text
    assert "\x00" not in text


# -- long texts ----------------------------------------------------------------------------


def test_a_5000_word_explanation_runs_over_several_pages_and_prints_whole() -> None:
    words = [f"ord{i}" for i in range(5000)]

    pdf = minutes(one_term(" ".join(words)), sections=("glossary",))

    assert pdf.pages >= 5
    printed = pdf.text().split()
    found = [w for w in printed if w.startswith("ord") and w[3:].isdigit()]
    assert found == words
    for number in range(2, pdf.pages + 1):  # the table's header repeats on every page
        assert "Begreb Forklaring Eksempel Status" in pdf.page_text(number)


def test_a_20000_character_word_is_broken_across_lines_and_pages() -> None:
    word = "".join(chr(ord("a") + i % 26) for i in range(20_000))

    pdf = minutes(
        one_term(term=word[:300], explanation=f"start {word} slut"), sections=("glossary",)
    )

    # The row runs over pages: leave out what is printed between its parts (the status
    # cell, footer, header and the table's repeated header).
    squeezed = "".join(pdf.text().split())
    for between in (
        r"Foreslået",
        r"ReferatSide\d+af\d+",
        "LangeteksterBegrebForklaringEksempelStatus",
    ):
        squeezed = re.sub(between, "", squeezed)
    assert word in squeezed
    assert "start" in squeezed and "slut" in squeezed


def test_a_10_mb_note_exports_and_says_how_much_was_left_out() -> None:
    huge = ("Borgeren skal have en fast kontaktperson. " * 250_000)[:10_000_000]
    note = NoteRow(id="n", text=huge, zone_id="z", votes=1, x=20, y=60)
    zone = ZoneRow(id="z", title="Behov", width=500, height=300)
    data = MinutesData(canvases=(CanvasData(id="c", title="Behov", zones=(zone,), notes=(note,)),))

    pdf = minutes(data, sections=("needs",))

    text = pdf.text()
    assert 20 <= pdf.pages <= 60
    assert "Borgeren skal have en fast kontaktperson." in text
    assert "tegn mere står i workshopfilen" in text
    left_out = text.split("[… ")[1].split(" tegn")[0]
    assert int(left_out.replace(".", "")) > 9_800_000


def test_a_long_title_is_cut_in_the_header_and_whole_on_the_cover() -> None:
    title = "Workshop om " + "meget " * 60 + "lange titler"
    pdf = minutes(MinutesData(workshop=WorkshopDetails(title=title)), sections=("cover",))

    page = pdf.page_text(1)
    assert flat(title) in page
    assert page.split(" Referat af workshop")[0].endswith("…")


# -- empty and odd workshops ---------------------------------------------------------------


def test_an_empty_workshop_exports_a_sensible_document() -> None:
    pdf = minutes(MinutesData())

    text = pdf.text()
    assert pdf.pages == 2  # the cover, then the six short sections on one page
    assert "Workshop uden titel" in text
    assert "Ikke angivet" in text
    assert "Der er ikke registreret nogen deltagere." in text
    assert "Der er ikke skrevet nogen begreber endnu." in text
    assert "Der er ikke lavet nogen lærreder endnu." in text
    assert "Der er ikke lagt nogen ydelser på leveringstavlen endnu." in text
    assert "Der er ikke registreret nogen beslutninger." in text
    assert "Der er ikke aftalt nogen opfølgningspunkter." in text
    assert f"Side 1 af {pdf.pages}" in pdf.page_text(1)


def test_an_empty_workshop_in_english() -> None:
    text = minutes(MinutesData(), lang="en").text()

    assert "Untitled workshop" in text
    assert "No participants have been registered." in text
    assert "No follow-up actions have been agreed." in text


def test_values_the_app_would_refuse_print_as_they_are() -> None:
    data = MinutesData(
        participants=(PersonRow(name="Ulla Udefra", side="konsulent"),),
        terms=(TermRow(id="t", side="procurement", term="udbud", status="halvt aftalt"),),
        actions=(ActionRow(what="Ringe", status="venter"),),
        canvases=(
            CanvasData(
                id="c",
                title="",
                notes=(NoteRow(id="n", text="Seddel", kind="ønske", side="ukendt", votes=3),),
            ),
        ),
    )

    text = minutes(data).text()

    for shown in ("konsulent", "halvt aftalt", "venter", "ønske", "Lærred uden titel"):
        assert shown in text


def test_zones_without_notes_are_named_together_after_the_list() -> None:
    zones = tuple(ZoneRow(id=k, title=t, x=i * 500) for i, (k, t) in enumerate(
        [("a", "Behov"), ("b", "Krav"), ("c", "Økonomisk råderum")]
    ))  # fmt: skip
    notes = (NoteRow(id="n", text="Fast kontaktperson", zone_id="a", votes=2),)
    data = MinutesData(canvases=(CanvasData(id="c", title="Behov", zones=zones, notes=notes),))

    text = minutes(data, sections=("needs",)).text()

    assert "Behov Stemmer Note Type Prioritet Fra 2 Fast kontaktperson" in text
    assert "Zoner uden noter: Krav, Økonomisk råderum" in text
    assert "Krav Stemmer" not in text


def test_a_canvas_with_zones_far_apart_and_notes_on_top_of_each_other_draws() -> None:
    zones = (
        ZoneRow(id="a", title="Her", x=-5000, y=-5000, width=300, height=200),
        ZoneRow(id="b", title="Der", x=90_000, y=40_000, width=0, height=0),
    )
    notes = tuple(NoteRow(id=str(i), text=f"Seddel {i}", zone_id="a", votes=i) for i in range(50))
    data = MinutesData(canvases=(CanvasData(id="c", title="Spredt", zones=zones, notes=notes),))

    pdf = minutes(data, sections=("needs",))

    assert "Seddel 49" in pdf.text()


# -- dates ------------------------------------------------------------------------------------


def test_dates_and_times_read_naturally_in_each_language() -> None:
    day = date(2027, 2, 9)
    start, end = datetime(2027, 2, 9, 9, 0), datetime(2027, 2, 9, 15, 30)

    assert long_date(day, "da") == "tirsdag den 9. februar 2027"
    assert long_date(day, "en") == "Tuesday 9 February 2027"
    assert short_date(day, "da") == "09.02.2027"
    assert short_date(day, "en") == "9 Feb 2027"
    assert when(start, end, "da") == "tirsdag den 9. februar 2027, kl. 9.00–15.30"
    assert when(start, end, "en") == "Tuesday 9 February 2027, 09:00–15:30"
    assert when(start, datetime(2027, 2, 10, 12, 0), "da") == (
        "tirsdag den 9. februar 2027, kl. 9.00 – onsdag den 10. februar 2027, kl. 12.00"
    )
    assert when(None, None, "da") == "Ikke angivet"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("da", "[… 1 tegn mere står i workshopfilen]"),
        ("en", "[… 1 more character is in the workshop file]"),
    ],
)
def test_one_character_left_out_is_said_in_the_singular(lang: str, said: str) -> None:
    note = NoteRow(id="n", text="x" * (escape.PRINT_LIMIT + 1), zone_id="z", votes=1, x=20, y=60)
    zone = ZoneRow(id="z", title="Behov", width=500, height=300)
    data = MinutesData(canvases=(CanvasData(id="c", title="Behov", zones=(zone,), notes=(note,)),))

    text = minutes(data, sections=("needs",), lang=lang).text()

    assert flat(said) in text
