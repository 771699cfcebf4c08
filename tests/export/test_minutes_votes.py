"""The result of a dot vote in the minutes: each canvas's highest places across its zones,
with shared places marked, before the notes zone by zone."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from desktop.core.canvas_templates import ROOT_PROBLEMS
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import gather
from desktop.export.minutes_needs import TOP_PLACES
from desktop.export.options import MinutesOptions
from desktop.export.page import TvaersDocTemplate
from desktop.storage.document import WorkshopDocument, open_document
from tests.conftest import copy_workshop

from .pdf_reading import Pdf, add_canvas


def _needs_text(doc: WorkshopDocument, notes: list[dict[str, object]], lang: str = "da") -> str:
    with doc.session() as s:
        add_canvas(s, ROOT_PROBLEMS, notes, title="Rodproblemer")
        data = gather(s)
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(sections=("needs",), lang=lang), out)
    return Pdf.of(out.getvalue()).text()


def _result(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end)]


def test_the_highest_places_come_first_across_zones_with_shared_places_marked(
    doc: WorkshopDocument,
) -> None:
    text = _needs_text(
        doc,
        [
            {"zone": "proces", "text": "Kontrakten først", "votes": 5},
            {"zone": "indkoeb", "text": "Kopierede krav", "votes": 8},
            {"zone": "faglighed", "text": "Ukendte målgrupper", "votes": 5},
            {"zone": "ledelse", "text": "Ingen ejer styringen", "votes": 2},
            {"zone": "ledelse", "text": "Ingen stemmer her", "votes": 0},
        ],
    )

    result = _result(text, "Flest stemmer på »Rodproblemer«", "Noter på »Rodproblemer«")
    rows = [
        "1. 8 Kopierede krav Indkøb",
        "delt 2. 5 Kontrakten først Proces",  # equal votes: in zone order
        "delt 2. 5 Ukendte målgrupper Faglighed",
        "4. 2 Ingen ejer styringen Ledelse",
    ]
    found = [result.index(row) for row in rows]
    assert found == sorted(found)
    assert "Ingen stemmer her" not in result


def test_places_after_the_tenth_are_left_out_but_a_shared_tenth_place_is_whole(
    doc: WorkshopDocument,
) -> None:
    notes: list[dict[str, object]] = [
        {"zone": "proces", "text": f"Seddel {votes}", "votes": votes} for votes in range(20, 11, -1)
    ]  # places 1 to 9
    notes += [{"zone": "indkoeb", "text": f"Delt tiende {n}", "votes": 5} for n in range(3)]
    notes.append({"zone": "ledelse", "text": "Trettende plads", "votes": 1})

    text = _needs_text(doc, notes)

    result = _result(text, "Flest stemmer", "Noter på")
    assert TOP_PLACES == 10
    for n in range(3):
        assert f"delt 10. 5 Delt tiende {n}" in result
    assert "Trettende plads" not in result
    assert "Trettende plads" in text  # still listed in its zone


def test_a_canvas_without_votes_has_no_result_table(doc: WorkshopDocument) -> None:
    text = _needs_text(doc, [{"zone": "proces", "text": "Uden stemmer", "votes": 0}])

    assert "Flest stemmer" not in text
    assert "Uden stemmer" in text


def test_in_english_a_shared_place_says_tied(doc: WorkshopDocument) -> None:
    text = _needs_text(
        doc,
        [
            {"zone": "proces", "text": "First note", "votes": 3},
            {"zone": "indkoeb", "text": "Second note", "votes": 3},
        ],
        lang="en",
    )

    result = _result(text, "Most votes on “Rodproblemer”", "Notes on")
    assert "1. (tied) 3 First note" in result
    assert "1. (tied) 3 Second note" in result


def test_no_page_ends_with_a_heading(
    doc: WorkshopDocument, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A heading goes over with the table it introduces (the demo's "Ledelse" zone once
    stood alone at the foot of a page)."""
    last_on_page: dict[int, str] = {}

    def after(self: TvaersDocTemplate, flowable: object) -> None:
        style = getattr(getattr(flowable, "style", None), "name", "")
        if isinstance(flowable, Paragraph):
            last_on_page[self.page] = f"{style}: {flowable.getPlainText()}"
        else:
            last_on_page[self.page] = type(flowable).__name__

    monkeypatch.setattr(TvaersDocTemplate, "afterFlowable", after, raising=False)
    path = copy_workshop(demo_file, doc.path.parent / "demo.tvaers")
    demo = open_document(path)
    try:
        with demo.session() as s:
            data = gather(s)
        for lang in ("da", "en"):
            last_on_page.clear()
            write_minutes(data, MinutesOptions(lang=lang), io.BytesIO())
            ending = {
                p: t
                for p, t in last_on_page.items()
                if t.split(":")[0] in ("h1", "h2", "h3", "intro")
            }
            assert len(last_on_page) > 5 and ending == {}
    finally:
        demo.close(save=False)
