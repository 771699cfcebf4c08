"""Handouts: the glossary alone in two compact columns on A4, and a blank canvas worksheet
on A3 landscape, read back with pypdf."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4

from desktop.core.canvas_templates import NEEDS_MAPPING, ORDER, ROOT_PROBLEMS, load_template
from desktop.core.demo import DEMO_TITLE, populate_demo
from desktop.core.demo_signoff import DECISIONS, DIRECTOR, HEAD_OF_CENTRE
from desktop.export.handouts import HANDOUTS, HandoutOptions, write_glossary, write_worksheet
from desktop.export.minutes_data import (
    DecisionRow,
    MinutesData,
    TermRow,
    WorkshopDetails,
    gather,
)
from desktop.storage.document import create_document

from .pdf_reading import Pdf, flat


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MinutesData]:
    folder = tmp_path_factory.mktemp("demo_handouts")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        doc = create_document(folder / "demo.tvaers")
        with doc.session() as s:
            populate_demo(s)
            data = gather(s)
        doc.close(save=False)
    yield data


def handout(kind: str, data: MinutesData, **options: str) -> Pdf:
    out = io.BytesIO()
    HANDOUTS[kind](data, out, HandoutOptions(**options))
    return Pdf.of(out.getvalue())


def x_positions(reader: PdfReader, page: int) -> list[float]:
    """Where each line of text starts on a page, left to right."""
    found: list[float] = []

    def visit(text: str, cm: object, tm: list[float], *_: object) -> None:
        if text.strip():
            found.append(round(tm[4]))

    reader.pages[page - 1].extract_text(visitor_text=visit)
    return found


# -- glossary -------------------------------------------------------------------------------


def test_glossary_handout_has_every_term_with_its_explanation(demo: MinutesData) -> None:
    pdf = handout("glossary", demo)
    text = pdf.text()

    assert "Fælles sprog" in pdf.page_text(1)
    for term in demo.terms:
        assert flat(term.term) in text
        assert flat(term.explanation) in text
        assert flat(term.example) in text
    assert text.index("Begreber fra indkøb") < text.index("Begreber fra fagområdet")
    assert "andre aktører ≈ leverandør" in text or "leverandør ≈ andre aktører" in text
    assert "(Omstridt)" in text


def test_glossary_handout_is_a4_in_two_columns(demo: MinutesData) -> None:
    pdf = handout("glossary", demo)

    assert pdf.size(1) == pytest.approx(A4, abs=0.5)
    for page in range(1, pdf.pages + 1):
        starts = set(x_positions(pdf.reader, page))
        left = [x for x in starts if x < A4[0] / 2]
        right = [x for x in starts if x >= A4[0] / 2 and x < A4[0] - 100]
        assert left and right, page  # text starts in both columns


def test_glossary_handout_is_compact(demo: MinutesData) -> None:
    from desktop.export.minutes import write_minutes
    from desktop.export.options import MinutesOptions

    out = io.BytesIO()
    table_pages = write_minutes(demo, MinutesOptions(sections=("glossary",)), out)

    assert handout("glossary", demo).pages < table_pages


def test_glossary_handout_has_header_footer_and_metadata(demo: MinutesData) -> None:
    pdf = handout("glossary", demo, lang="en")

    assert pdf.page_text(1).startswith(DEMO_TITLE)
    assert f"Shared language Page 1 of {pdf.pages}" in pdf.page_text(1)
    assert pdf.reader.trailer["/Root"]["/Lang"] == "en"
    assert pdf.reader.metadata is not None and pdf.reader.metadata.title == DEMO_TITLE


def test_an_empty_glossary_handout_says_so() -> None:
    pdf = handout("glossary", MinutesData())

    assert "Der er ikke skrevet nogen begreber endnu." in pdf.text()


def test_a_long_explanation_in_the_glossary_handout_runs_on() -> None:
    words = [f"ord{i}" for i in range(5000)]
    data = MinutesData(
        terms=(TermRow(id="t", side="domain", term="<mentor> & co", explanation=" ".join(words)),)
    )
    out = io.BytesIO()

    pages = write_glossary(data, out, HandoutOptions())

    text = Pdf.of(out.getvalue()).text()
    assert pages >= 3
    assert "<mentor> & co" in text
    assert [w for w in text.split() if w.startswith("ord") and w[3:].isdigit()] == words


# -- worksheet ------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ORDER)
def test_worksheet_is_a3_landscape_with_the_templates_zones_and_prompts(key: str) -> None:
    data = MinutesData(workshop=WorkshopDetails(title="Workshop om mentorstøtte"))
    pdf = handout("worksheet", data, template_key=key)
    template = load_template(key)

    assert pdf.pages == 1
    width, height = pdf.size(1)
    assert (width, height) == pytest.approx((A3[1], A3[0]), abs=0.5)
    text = pdf.text()
    assert template.title_da in text
    for zone in template.zones:
        assert zone.title_da in text
        assert flat(zone.prompt_da) in text
    assert "Side 1 af 1" in text
    assert text.startswith("Workshop om mentorstøtte")


def test_worksheet_in_english() -> None:
    out = io.BytesIO()
    write_worksheet(MinutesData(), out, HandoutOptions(lang="en", template_key=ROOT_PROBLEMS))

    text = Pdf.of(out.getvalue()).text()
    assert "Root problems" in text
    assert "Professional expertise" in text
    assert "Page 1 of 1" in text


def test_worksheet_zones_are_empty_boxes_to_write_in() -> None:
    out = io.BytesIO()
    write_worksheet(MinutesData(), out, HandoutOptions(template_key=NEEDS_MAPPING))

    reader = PdfReader(io.BytesIO(out.getvalue()))
    content = reader.pages[0].get_contents()
    assert content is not None
    # Rounded zones are drawn as curves: one path per zone, eight zones.
    assert content.get_data().count(b" c\n") >= 8 * 4


def test_an_unknown_worksheet_template_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown canvas template"):
        write_worksheet(MinutesData(), io.BytesIO(), HandoutOptions(template_key="budget"))


# -- signature sheet -------------------------------------------------------------------------


def test_signature_sheet_shows_each_decision_with_lines_for_its_approvers(
    demo: MinutesData,
) -> None:
    pdf = handout("signatures", demo)
    text = pdf.text()

    assert pdf.size(1) == pytest.approx(A4, abs=0.5)
    assert "Underskriftsark" in pdf.page_text(1)
    assert f"Side 1 af {pdf.pages}" in pdf.page_text(1)
    for decision in DECISIONS:
        assert flat(decision.title) in text
        assert flat(decision.text) in text
    blocks = text.split("Navn Titel Dato Underskrift")[1:]
    assert len(blocks) == len(DECISIONS)
    assert HEAD_OF_CENTRE in blocks[0] and DIRECTOR in blocks[0]
    assert DIRECTOR in blocks[2].split("Side ")[0] and HEAD_OF_CENTRE not in blocks[2]
    assert "1.240.000 kr." in text  # the decision as it stands now


def test_signature_sheet_of_an_unsigned_decision_has_empty_lines() -> None:
    data = MinutesData(decisions=(DecisionRow(title="Ingen har skrevet under", text="<&>"),))
    text = handout("signatures", data, lang="en").text()
    assert "Signature sheet" in text
    assert "Ingen har skrevet under" in text and "<&>" in text
    assert "Name Title Date Signature" in text


def test_signature_sheet_without_decisions_says_so() -> None:
    text = handout("signatures", MinutesData()).text()
    assert "Der er ikke registreret nogen beslutninger." in text
