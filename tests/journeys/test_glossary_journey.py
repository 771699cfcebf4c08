"""Fælles sprog as a facilitator uses it, keys and clicks only, then saved and read back.

Issue 15: a status chosen in "Valgt begreb" made the pane jump to the term selected on
the other side, and the next field typed was stored there; the pane kept showing a term
the search had hidden; in presentation mode at 1280×720 the explanation column shrank to
a few letters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import glossary
from desktop.storage.document import create_document
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.glossary_tab.term_pane import EXPLANATION_SHARE, TermPane
from desktop.ui.glossary_tab.terms_model import EXPLANATION
from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker
from tests.journeys.glossary_steps import (
    DOMAIN,
    POPUP_WARNINGS,
    PROC,
    add_term,
    choose,
    click_term,
    make_workshop,
    open_with_ctrl_o,
    replace_text,
    saved_terms,
    settle,
)
from tests.journeys.real_input import Key, click_cell, ctrl, press, type_text

# What the person reads, in each language the app speaks.
SAYS = {
    "da": {
        "disputed": "Omstridt",
        "agreed": "Aftalt",
        "matches": "Træffere: 1",
        "hidden": "Det valgte begreb er skjult af søgningen. Ryd søgningen for at se det.",
        "heading": "Valgt begreb",
    },
    "en": {
        "disputed": "Disputed",
        "agreed": "Agreed",
        "matches": "Matches: 1",
        "hidden": "The selected term is hidden by the search. Clear the search to see it.",
        "heading": "Selected term",
    },
}


def shown(tab: GlossaryTab) -> str:
    """The term "Valgt begreb" shows, as the person reads it."""
    return tab.editor.term.text() if tab.editor.term.isEnabled() else ""


def listed(tab: GlossaryTab, side: str) -> list[str]:
    model = tab.models[side]
    return [str(model.term_at(r)["term"]) for r in range(model.rowCount())]


def selected(tab: GlossaryTab, side: str) -> str | None:
    term_id = tab.panes[side].selected_id()
    return (
        None
        if term_id is None
        else str(tab.models[side].term_at(tab.models[side].row_of(term_id))["term"])
    )


@pytest.mark.parametrize(
    "screen", [(1366, 768), (960, 480)], ids=["1366x768", "200%"], indirect=True
)
@POPUP_WARNINGS
@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_a_glossary_made_by_keys_and_clicks_is_saved_exactly(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, lang: str
) -> None:
    win = journey_window
    says = SAYS[lang]
    path = tmp_path / "fælles sprog.tvaers"
    people = make_workshop(path, ["Anne Holm", "Bo Berg"])
    tab = open_with_ctrl_o(win, picker, path)

    # Two terms a side: "Tilføj" for the first, Ins in the list for the next.
    add_term(tab, PROC, "udbud")
    press(Key.Key_Insert)
    settle()
    ctrl("a")
    type_text("mindstekrav")
    press(Key.Key_Return)
    settle()
    add_term(tab, DOMAIN, "løntilskud")
    press(Key.Key_Insert)
    settle()
    ctrl("a")
    type_text("virksomhedspraktik")
    press(Key.Key_Return)
    settle()
    assert listed(tab, PROC) == ["udbud", "mindstekrav"]
    assert listed(tab, DOMAIN) == ["løntilskud", "virksomhedspraktik"]

    # Fault 1: a term on the right, then one on the left; the left one's status changed
    # in "Valgt begreb". The pane stays on it and the next fields typed land on it.
    click_term(tab, DOMAIN, "løntilskud")
    click_term(tab, PROC, "udbud")
    assert shown(tab) == "udbud"
    choose(tab.editor.status, says["disputed"])
    assert shown(tab) == "udbud"
    replace_text(tab.editor.source, "Udbudsloven § 2")
    press(Key.Key_Tab)
    settle()
    assert shown(tab) == "udbud"
    choose(tab.editor.taught_by, "Anne Holm")
    assert shown(tab) == "udbud"
    replace_text(tab.editor.explanation, "En konkurrence om en kontrakt,\nannonceret for alle.")
    press(Key.Key_Tab)
    replace_text(tab.editor.example, "Udbud af beskæftigelsesindsats 2027")
    press(Key.Key_Tab)
    settle()
    assert shown(tab) == "udbud"
    assert selected(tab, PROC) == "udbud" and selected(tab, DOMAIN) == "løntilskud"

    click_term(tab, DOMAIN, "virksomhedspraktik")
    assert shown(tab) == "virksomhedspraktik"
    replace_text(tab.editor.explanation, "Borgeren prøver et job af hos en arbejdsgiver.")
    press(Key.Key_Tab)
    choose(tab.editor.taught_by, "Bo Berg")
    choose(tab.editor.status, says["agreed"])
    replace_text(tab.editor.source, "LAB-loven kap. 11")
    press(Key.Key_Tab)
    settle()
    assert shown(tab) == "virksomhedspraktik"

    # Search both sides: the shown term hidden, the pane says so; cleared, it is back.
    ctrl("f")
    type_text("konkurrence")
    settle()
    assert listed(tab, PROC) == ["udbud"] and listed(tab, DOMAIN) == []
    assert tab.matches.text() == says["matches"]
    assert shown(tab) == "" and tab.editor.heading.text() == says["hidden"]
    assert not tab.editor.explanation.isEnabled()
    ctrl("a")
    type_text("praktik")
    settle()
    assert listed(tab, PROC) == [] and listed(tab, DOMAIN) == ["virksomhedspraktik"]
    assert shown(tab) == "virksomhedspraktik"
    assert selected(tab, DOMAIN) == "virksomhedspraktik"
    ctrl("a")
    press(Key.Key_Delete)
    settle()
    assert shown(tab) == "virksomhedspraktik" and tab.editor.heading.text() == says["heading"]
    assert selected(tab, PROC) == "udbud" and selected(tab, DOMAIN) == "virksomhedspraktik"

    # Link "udbud" with "løntilskud"; undo the link and the status before it, redo both.
    click_term(tab, PROC, "udbud")
    click_term(tab, DOMAIN, "løntilskud")
    ctrl("l")
    settle()
    assert tab.models[PROC].data(tab.models[PROC].index(0, 3)) == "↔ løntilskud"
    ctrl("z")
    ctrl("z")
    settle()
    stored = {t["term"]: t for t in _stored(tab)}
    assert stored["udbud"]["counterpart_id"] is None
    assert stored["virksomhedspraktik"]["source"] == ""  # the last step before the link
    ctrl("y")
    ctrl("y")
    settle()
    assert shown(tab) == "løntilskud"

    ctrl("s")
    settle()
    assert not picker.errors
    terms = saved_terms(path)
    ids = {str(t["term"]): t["id"] for t in terms}
    assert [
        (
            t["side"],
            t["term"],
            t["explanation"],
            t["example"],
            t["source"],
            t["status"],
            t["taught_by"],
            t["counterpart_id"],
        )
        for t in terms
    ] == [
        (
            PROC,
            "udbud",
            "En konkurrence om en kontrakt,\nannonceret for alle.",
            "Udbud af beskæftigelsesindsats 2027",
            "Udbudsloven § 2",
            "disputed",
            people["Anne Holm"],
            ids["løntilskud"],
        ),
        (PROC, "mindstekrav", "", "", "", "proposed", None, None),
        (DOMAIN, "løntilskud", "", "", "", "proposed", None, ids["udbud"]),
        (
            DOMAIN,
            "virksomhedspraktik",
            "Borgeren prøver et job af hos en arbejdsgiver.",
            "",
            "LAB-loven kap. 11",
            "agreed",
            people["Bo Berg"],
            None,
        ),
    ]


def _stored(tab: GlossaryTab) -> list[dict[str, object]]:
    return tab.workshop.read(lambda s: [t.model_dump() for t in glossary.list_terms(s)])


# -- the explanation keeps its room at 1280×720 ------------------------------------------------

LONG = {
    PROC: [
        ("Dokumentation for tilbudsgivers økonomiske og finansielle formåen", "Nøgletal."),
        ("udbud", "En konkurrence om en kontrakt, annonceret for alle."),
    ],
    DOMAIN: [
        ("Individuel jobplan efter lov om en aktiv beskæftigelsesindsats", "Borgerens plan."),
        ("løntilskud", "En arbejdsgiver får tilskud til lønnen i en periode."),
    ],
}


def _explanation_share(pane: TermPane) -> float:
    header = pane.view.horizontalHeader()
    return header.sectionSize(EXPLANATION) / pane.view.viewport().width()


def _resize(win: MainWindow, qtbot: QtBot, width: int, height: int) -> None:
    win.resize(width, height)
    qtbot.waitUntil(lambda: (win.width(), win.height()) == (width, height))
    settle()


def test_the_explanation_keeps_its_room_at_1280x720_in_and_out_of_presentation(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    path = tmp_path / "lange ord.tvaers"
    doc = create_document(path, title="Lange ord")
    with doc.session() as session:
        for side, rows in LONG.items():
            for position, (term, explanation) in enumerate(rows):
                glossary.add_term(
                    session, side=side, term=term, explanation=explanation, position=position
                )
    doc.close(save=True)
    _resize(win, qtbot, 1280, 720)
    tab = open_with_ctrl_o(win, picker, path)
    settle()
    for pane in tab.panes.values():
        assert _explanation_share(pane) >= EXPLANATION_SHARE - 0.01
        assert not pane.view.horizontalScrollBar().isVisible()

    click_cell(tab.panes[PROC].view, 0)
    press(Key.Key_F5)
    qtbot.waitUntil(win.isFullScreen)
    _resize(win, qtbot, 1280, 720)  # the projector's screen
    for pane in tab.panes.values():
        assert pane.view.isVisible()
        assert _explanation_share(pane) >= EXPLANATION_SHARE - 0.01
        assert pane.view.horizontalHeader().sectionSize(EXPLANATION) >= 200
        assert not pane.view.horizontalScrollBar().isVisible()

    press(Key.Key_F5)
    qtbot.waitUntil(lambda: not win.isFullScreen())
    _resize(win, qtbot, 1280, 720)
    QApplication.processEvents()
    for pane in tab.panes.values():
        assert _explanation_share(pane) >= EXPLANATION_SHARE - 0.01
        assert not pane.view.horizontalScrollBar().isVisible()
