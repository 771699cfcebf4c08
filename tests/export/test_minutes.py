"""The minutes as a participant reads them: each section's texts exactly as typed, the page
decorations, the metadata and fonts, read back from the PDF with pypdf."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.canvas_templates import ROOT_PROBLEMS
from desktop.core.demo import ACTIONS, DEMO_TITLE, FACILITATOR, PARTICIPANTS, PURPOSE
from desktop.core.demo_canvas import EMOJI_NOTE, LONG_NOTE, MARKUP_NOTE
from desktop.export.minutes import SECTIONS, UnknownSectionError, chosen_sections, write_minutes
from desktop.export.minutes_data import MinutesData, gather, read_file
from desktop.export.options import MinutesOptions
from desktop.storage.document import WorkshopDocument
from tests.conftest import copy_workshop

from .pdf_reading import Pdf, add_canvas, flat


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[MinutesData]:
    """The demo workshop (docs/SCENARIO.md), read as the minutes read it."""
    folder = tmp_path_factory.mktemp("demo_minutes")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        yield read_file(copy_workshop(demo_file, folder / "demo.tvaers"))


def minutes(data: MinutesData, **options: object) -> Pdf:
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(**options), out)  # type: ignore[arg-type]
    return Pdf.of(out.getvalue())


@pytest.fixture(scope="module")
def demo_pdf(demo: MinutesData) -> Pdf:
    return minutes(demo)


# -- every page ---------------------------------------------------------------------------


def test_first_page_says_side_1_af_the_number_of_pages(demo_pdf: Pdf) -> None:
    assert f"Side 1 af {demo_pdf.pages}" in demo_pdf.page_text(1)
    assert demo_pdf.pages > 5


def test_every_page_has_the_title_in_its_header_and_its_number_in_the_footer(
    demo_pdf: Pdf,
) -> None:
    for number in range(1, demo_pdf.pages + 1):
        text = demo_pdf.page_text(number)
        assert text.startswith(DEMO_TITLE), number
        assert f"Side {number} af {demo_pdf.pages}" in text


def test_english_minutes_say_page_x_of_y(demo: MinutesData) -> None:
    pdf = minutes(demo, lang="en")

    assert f"Page 1 of {pdf.pages}" in pdf.page_text(1)
    assert "Minutes of the workshop" in pdf.page_text(1)
    assert "Side 1" not in pdf.text()


def test_metadata_has_title_facilitator_subject_and_language(demo_pdf: Pdf) -> None:
    info = demo_pdf.reader.metadata
    assert info is not None
    assert info.title == DEMO_TITLE
    assert info.author == FACILITATOR
    assert info.subject is not None and "Referat" in info.subject
    assert "Eksempel Kommune" in info.subject
    assert demo_pdf.reader.trailer["/Root"]["/Lang"] == "da"


def test_english_minutes_are_marked_english(demo: MinutesData) -> None:
    assert minutes(demo, lang="en").reader.trailer["/Root"]["/Lang"] == "en"


def test_only_the_shipped_fonts_are_used_and_they_are_embedded(demo_pdf: Pdf) -> None:
    fonts = demo_pdf.fonts()

    assert fonts
    for name, font in fonts.items():
        # Subset names: "/AAAAAA+DejaVuSans-Bold"; the demo's 🤔 is in Noto Emoji.
        assert name.split("+")[-1].startswith(("DejaVuSans", "NotoEmoji")), name
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def test_danish_letters_and_quotation_marks_print(demo: MinutesData) -> None:
    pdf = minutes(demo, sections=("needs",))

    assert "Noter på »Behovskortlægning«" in pdf.text()
    assert "Åbne spørgsmål" in pdf.text()


# -- 1. cover -------------------------------------------------------------------------------


def test_cover_shows_title_organisation_area_time_place_facilitator_and_purpose(
    demo_pdf: Pdf,
) -> None:
    cover = demo_pdf.page_text(1)

    for text in (
        "Referat af workshop",
        DEMO_TITLE,
        "Eksempel Kommune",
        "Center for Arbejdsmarked",
        "tirsdag den 9. februar 2027, kl. 9.00–15.00",
        "Rådhuset, mødelokale 2",
        FACILITATOR,
        flat(PURPOSE),
    ):
        assert text in cover


def test_cover_lists_the_sections_that_follow(demo_pdf: Pdf) -> None:
    cover = demo_pdf.page_text(1)

    assert (
        "Indhold 1. Deltagere 2. Fælles sprog 3. Rodproblemer og behov 4. Leveringsmodel "
        "5. Kontrakter og udbudskalender 6. Business case og økonomisk råderum "
        "7. Markedsdialog 8. Beslutninger og godkendelser 9. Opfølgning"
    ) in cover


# -- 2. participants ------------------------------------------------------------------------


def test_participants_appear_by_side_with_title_and_department(demo_pdf: Pdf) -> None:
    text = demo_pdf.text()
    section = text[text.index("Deltagere 8 deltagere") :]

    assert "8 deltagere, heraf 7 til stede." in section
    positions = [section.index(side) for side in ("Indkøb Navn", "Fagområde Navn", "Ledelse Navn")]
    assert positions == sorted(positions)
    for name, role, department, *_ in PARTICIPANTS:
        assert name in section
        assert flat(role) in section
        assert department in section
    assert "Afbud" in section  # Birgit Beskæftigelse sent apologies


def test_contact_details_are_left_out_unless_chosen(demo: MinutesData) -> None:
    without = minutes(demo, sections=("participants",)).text()
    with_contacts = minutes(demo, sections=("participants",), include_contacts=True).text()

    assert "ida.indkoeb@" not in without.replace(" ", "")
    assert "+45 01 00 00 11" not in without
    assert "udeladt af hensyn til beskyttelsen af persondata" in without
    assert "ida.indkoeb@eksempel-kommune.example" in with_contacts.replace(" ", "")
    assert "+45 01 00 00 11" in with_contacts


# -- 3. shared language ------------------------------------------------------------------------


def test_glossary_shows_both_sides_as_tables(demo: MinutesData, demo_pdf: Pdf) -> None:
    text = demo_pdf.text()
    procurement = text.index("Begreber fra indkøb – forklaret for fagområdet")
    domain = text.index("Begreber fra fagområdet – forklaret for indkøb")

    assert procurement < domain
    for term in demo.terms:
        where = procurement if term.side == "procurement" else domain
        assert flat(term.term) in text[where:]
        assert flat(term.explanation) in text
        assert flat(term.example) in text
        assert flat(term.source) in text


def test_counterparts_are_shown_next_to_each_other(demo_pdf: Pdf) -> None:
    text = demo_pdf.text()

    for ours, theirs, status in (
        ("leverandør", "andre aktører", "Aftalt"),
        ("ydelse", "tilbud", "Aftalt"),
        ("kontraktopfølgning", "progression", "Foreslået"),
        ("kravspecifikation", "indsatsbeskrivelse", "Foreslået"),
        ("målgruppe", "målgruppe", "Omstridt"),
    ):
        assert f"{ours} ≈ {theirs} {status}" in text


def test_disputed_terms_are_marked(demo_pdf: Pdf) -> None:
    text = demo_pdf.text()

    assert text.count("Omstridt") >= 3  # the pair, and målgruppe on each side
    assert "målgruppe ≈ målgruppe" in text


# -- 4. root problems and needs ------------------------------------------------------------


def test_each_canvas_is_drawn_on_a_landscape_page_of_its_own(demo_pdf: Pdf) -> None:
    drawn = [
        n
        for n in range(1, demo_pdf.pages + 1)
        if "Farverne viser, hvem noten er fra" in demo_pdf.page_text(n)
    ]

    assert len(drawn) == 2
    for number in drawn:
        width, height = demo_pdf.size(number)
        assert width > height
        content = demo_pdf.reader.pages[number - 1].get_contents()
        assert content is not None
        operators = content.get_data()
        assert operators.count(b" re") >= 8  # zones and notes as rectangles


def test_canvas_drawing_shows_zone_titles_note_texts_and_votes(demo_pdf: Pdf) -> None:
    page = next(
        demo_pdf.page_text(n)
        for n in range(1, demo_pdf.pages + 1)
        if "Farverne viser" in demo_pdf.page_text(n) and "Rodproblemer" in demo_pdf.page_text(n)
    )

    for zone in ("Proces", "Indkøb", "Faglighed", "Ledelse"):
        assert zone in page
    assert "Ingen ejer leverandørstyringen" in page
    assert re.search(r"\b7 Vi starter med kontrakten", page)  # the votes, then the text


def test_notes_are_listed_by_zone_most_votes_first_with_kind_and_priority(
    demo_pdf: Pdf,
) -> None:
    text = demo_pdf.text()
    listing = text[text.index("Noter på »Rodproblemer«") :]

    first = listing.index("7 Vi starter med kontrakten, ikke med behovet Rodproblem – Fagområde")
    second = listing.index("5 Fagområdet bliver først spurgt")
    third = listing.index("2 Vi evaluerer aldrig en kontrakt")
    assert first < second < third < listing.index("Indkøb Hvad i indkøbsreglerne")
    needs = text[text.index("Noter på »Behovskortlægning«") :]
    assert f"2 {MARKUP_NOTE} Krav Bør Indkøb" in needs
    assert (
        "5 Leverandøren skal måle progression med det samme redskab som jobcentret Krav Skal"
        in needs
    )
    assert flat(LONG_NOTE) in needs


def test_the_scenarios_markup_and_long_notes_print_exactly_as_typed(demo_pdf: Pdf) -> None:
    text = demo_pdf.text()

    assert MARKUP_NOTE in text  # "<" and "&", literally
    assert flat(LONG_NOTE) in text  # all 2,000 characters
    assert len(LONG_NOTE) == 2000


def test_an_emoji_prints_in_the_emoji_font_with_the_rest_of_the_note(demo_pdf: Pdf) -> None:
    text = demo_pdf.text()

    assert EMOJI_NOTE.endswith("🤔")
    assert EMOJI_NOTE in text
    assert "Markedsdialog med leverandørerne, før vi skriver kravene" in text
    assert "\x00" not in text
    assert any("NotoEmoji" in name for name in demo_pdf.fonts())


def test_a_note_outside_every_zone_is_listed_apart(doc: WorkshopDocument) -> None:
    with doc.session() as s:
        add_canvas(s, ROOT_PROBLEMS, [{"text": "Løs seddel uden zone", "votes": 1}])
        data = gather(s)

    text = minutes(data, sections=("needs",)).text()

    assert "Uden for zonerne 1 Løs seddel uden zone" in text.replace(
        "Stemmer Note Type Prioritet Fra ", ""
    )


# -- 7. follow-up actions -------------------------------------------------------------------


def test_actions_show_what_owner_due_date_and_status(demo_pdf: Pdf) -> None:
    text = demo_pdf.text()
    section = text[text.index("Opfølgning #") :]

    for what, owner, due, _status in ACTIONS:
        assert flat(what) in section
        assert owner in section
        assert due.strftime("%d.%m.%Y") in section
    assert "Udført" in section and "I gang" in section and "Ikke startet" in section


# -- choices ------------------------------------------------------------------------------


def test_only_the_chosen_sections_are_printed_in_the_minutes_order(demo: MinutesData) -> None:
    pdf = minutes(demo, sections=("actions", "participants"))
    text = pdf.text()

    assert "Deltagere" in text and "Opfølgning" in text
    assert text.index("8 deltagere") < text.index("Opfølgning #")
    assert "Fælles sprog" not in text
    assert "Referat af workshop" not in text  # no cover


def test_an_unknown_section_is_refused() -> None:
    with pytest.raises(UnknownSectionError) as caught:
        chosen_sections(MinutesOptions(sections=("participants", "budget")))

    assert caught.value.names == ["budget"]


def test_the_registry_holds_the_sections_in_the_minutes_order() -> None:
    assert list(SECTIONS)[:2] == ["cover", "participants"]
    assert list(SECTIONS).index("glossary") < list(SECTIONS).index("needs")
    assert list(SECTIONS)[-1] == "actions"


def test_sections_follow_in_order_after_a_cover_page_and_a_canvas_starts_a_page(
    demo_pdf: Pdf,
) -> None:
    starts = {
        title: next(n for n in range(2, demo_pdf.pages + 1) if title in demo_pdf.page_text(n))
        for title in ("Deltagere 8", "Fælles sprog Hver", "Rodproblemer og behov", "Opfølgning #")
    }

    assert sorted(starts.values()) == list(starts.values())
    # After the cover, and on the first canvas's landscape page, a section begins a page; the
    # others start where the section before them ends when there is room (test_minutes_pages).
    for title in ("Deltagere 8", "Rodproblemer og behov"):
        body = demo_pdf.page_text(starts[title]).removeprefix(DEMO_TITLE).strip()
        assert body.startswith("tirsdag den 9. februar 2027 " + title.split(" ")[0]), title
    assert starts["Fælles sprog Hver"] == starts["Deltagere 8"]


# -- a file on disk ---------------------------------------------------------------------------


def test_minutes_from_a_workshop_file(demo_file: Path, tmp_path: Path) -> None:
    copy_workshop(demo_file, tmp_path / "demo.tvaers")
    out = tmp_path / "referat.pdf"

    pages = write_minutes(read_file(tmp_path / "demo.tvaers"), MinutesOptions(), out)

    pdf = Pdf.of(out)
    assert pdf.pages == pages
    assert "Noter på »Rodproblemer«" in pdf.text()
