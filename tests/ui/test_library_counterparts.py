"""Fetching from the library keeps its counterpart links: two linked library terms fetched
together are linked in the workshop, one fetched beside the workshop's own term of its
counterpart's word is linked to that term, never to one that has a counterpart already; the
whole fetch is one undo step."""

from __future__ import annotations

import uuid

from desktop.core import glossary
from desktop.library.cache import LibraryTerm
from desktop.ui.glossary_tab.commands import AddManyTerms
from desktop.ui.glossary_tab.library_actions import library_rows
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Answers, new_workshop_answer

ORIGIN = "Organisationens bibliotek: %1"


def _term(word: str, side: str, counterpart: LibraryTerm | None = None) -> LibraryTerm:
    return LibraryTerm(
        id=str(uuid.uuid4()),
        term=word,
        side=side,
        explanation=f"Om {word}",
        counterpart_id=counterpart.id if counterpart else "",
        origin_workshop_title="Workshop i Jobcentret",
    )


def _links(window: MainWindow) -> dict[str, str | None]:
    assert window.current is not None

    def read(session: object) -> dict[str, str | None]:
        terms = glossary.list_terms(session)  # type: ignore[arg-type]
        words = {t.id: t.term for t in terms}
        return {t.term: words.get(t.counterpart_id or "") for t in terms}

    return window.current.read(read)


def _fetch(window: MainWindow, chosen: list[LibraryTerm], library: list[LibraryTerm]) -> None:
    workshop = window.current
    assert workshop is not None
    rows, _skipped = workshop.read(lambda s: library_rows(s, chosen, ORIGIN, library))
    workshop.push(AddManyTerms(workshop, "Tilføj begreber fra biblioteket", rows))


def test_a_fetch_keeps_the_librarys_links(window: MainWindow, answers: Answers) -> None:
    answers.new_workshop = new_workshop_answer("Workshop om leverandører")
    assert window.new_workshop()
    offeror = _term("Tilbudsgiver", "procurement")
    supplier = _term("Leverandør", "domain", offeror)  # held one way in the library
    contract = _term("Kontrakt", "procurement")
    agreement = _term("Aftale", "domain", contract)
    library = [offeror, supplier, contract, agreement]

    _fetch(window, [offeror, supplier], library)
    assert _links(window) == {"Tilbudsgiver": "Leverandør", "Leverandør": "Tilbudsgiver"}

    # Only "Aftale" fetched, but the workshop has "Kontrakt" (no counterpart yet): linked.
    workshop = window.current
    assert workshop is not None
    workshop.push(AddManyTerms(workshop, "Tilføj", [{"side": "procurement", "term": "kontrakt "}]))
    _fetch(window, [agreement], library)
    links = _links(window)
    assert links["Aftale"] == "kontrakt " and links["kontrakt "] == "Aftale"

    # One undo step takes the fetched term and its link away again.
    window.undo_action.trigger()
    assert "Aftale" not in _links(window) and _links(window)["kontrakt "] is None


def test_a_workshop_term_with_a_counterpart_keeps_it(window: MainWindow, answers: Answers) -> None:
    answers.new_workshop = new_workshop_answer("Workshop om aftaler")
    assert window.new_workshop()
    contract = _term("Kontrakt", "procurement")
    agreement = _term("Aftale", "domain", contract)
    _fetch(window, [contract], [contract, agreement])
    workshop = window.current
    assert workshop is not None
    ids = workshop.read(lambda s: {t.term: t.id for t in glossary.list_terms(s)})
    framework = {"side": "domain", "term": "Rammeaftale", "counterpart_id": ids["Kontrakt"]}
    workshop.push(AddManyTerms(workshop, "Tilføj", [framework]))
    _fetch(window, [agreement], [contract, agreement])
    assert _links(window)["Aftale"] is None  # "Kontrakt" keeps "Rammeaftale"
    assert _links(window)["Kontrakt"] == "Rammeaftale"
