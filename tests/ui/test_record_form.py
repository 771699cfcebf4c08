"""The detail forms' contract with their tabs (issue 19, item 2; desktop/ui/record_form.py).

A form shows the row as stored and sends edits; it never keeps a second copy ahead of the
store. A stored row shown again leaves alone the field being typed in, and its cursor.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import delivery, glossary, signoff, workshop
from desktop.core.errors import NotFoundError
from desktop.core.models import Workshop
from desktop.ui.glossary_tab import commands
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.glossary_tab.term_editor import TermEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.typing_buffer import TYPING_PAUSE_MS
from desktop.ui.workshop_tab.commands import EditWorkshopDetails
from desktop.ui.workshop_tab.details_form import DetailsForm
from tests.ui.conftest import Answers, new_workshop_answer

PROC = "procurement"
STATUS = {"proposed": "Proposed", "agreed": "Agreed", "disputed": "Disputed"}


def _row(**fields: Any) -> dict[str, Any]:
    term = {
        "id": "t1",
        "term": "udbud",
        "explanation": "",
        "example": "",
        "source": "",
        "status": "proposed",
        "taught_by": None,
    }
    return {**term, **fields}


def stored_term(tab: GlossaryTab, term_id: str) -> dict[str, Any]:
    terms = tab.workshop.read(lambda s: [t.model_dump() for t in glossary.list_terms(s)])
    return next(t for t in terms if t["id"] == term_id)


def open_glossary(window: MainWindow, answers: Answers) -> GlossaryTab:
    answers.new_workshop = new_workshop_answer()
    assert window.new_workshop()
    assert window.glossary_tab is not None
    window.tabs.setCurrentWidget(window.glossary_tab)
    return window.glossary_tab


@pytest.fixture
def glossary_tab(window: MainWindow, answers: Answers) -> GlossaryTab:
    return open_glossary(window, answers)


def new_term(tab: GlossaryTab, word: str) -> str:
    tab.add_term(PROC)
    term_id = tab.panes[PROC].selected_id()
    assert term_id is not None
    tab.workshop.push(
        commands.EditTerm(tab.workshop, term_id, {"term": "Nyt begreb"}, {"term": word})
    )
    tab.workshop.end_typing_step()
    tab.panes[PROC].select_id(term_id)
    assert tab.editor.term_id == term_id and tab.editor.term.text() == word
    return term_id


# -- the form alone: no second copy ----------------------------------------------------------


def test_an_edit_not_stored_leaves_the_form_on_the_stored_row(qtbot: QtBot) -> None:
    """The tab did not store the edit (refused, or it failed): the next edit's `old` is
    still what is stored, not what was typed, and showing the stored row puts it back."""
    editor = TermEditor(STATUS)
    qtbot.addWidget(editor)
    sent: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    editor.edit_requested.connect(lambda rid, old, new: sent.append((rid, old, new)))
    editor.show_term(_row(), {}, "")
    editor.term.setFocus()
    editor.term.end(False)
    qtbot.keyClicks(editor.term, "s")
    editor.commit_pending()
    assert sent == [("t1", {"term": "udbud"}, {"term": "udbuds"})]
    qtbot.keyClicks(editor.term, "t")
    editor.commit_pending()
    assert sent[-1] == ("t1", {"term": "udbud"}, {"term": "udbudst"})  # old: as stored

    editor.status.setCurrentIndex(editor.status.findData("agreed"))
    editor.status.activated.emit(editor.status.currentIndex())
    editor.status.activated.emit(editor.status.currentIndex())  # chosen again: not stored
    assert sent[-2:] == [("t1", {"status": "proposed"}, {"status": "agreed"})] * 2

    editor.show_term(_row(), {}, "")  # the tab shows the row as stored
    assert editor.term.text() == "udbud"
    assert editor.status.currentData() == "proposed"


def test_the_details_form_sends_old_values_from_the_stored_row(qtbot: QtBot) -> None:
    form = DetailsForm()
    qtbot.addWidget(form)
    sent: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    form.edit_requested.connect(lambda rid, old, new: sent.append((rid, old, new)))
    stored = Workshop(title="Mentorstøtte", minutes_language="da")
    form.load(stored)
    form.title.end(False)
    qtbot.keyClicks(form.title, "!")
    form.commit_pending()
    qtbot.keyClicks(form.title, "?")
    form.commit_pending()
    assert [(old, new) for _id, old, new in sent] == [
        ({"title": "Mentorstøtte"}, {"title": "Mentorstøtte!"}),
        ({"title": "Mentorstøtte"}, {"title": "Mentorstøtte!?"}),
    ]
    assert {rid for rid, _old, _new in sent} == {stored.id}
    form.load(stored)
    assert form.title.text() == "Mentorstøtte"


# -- the form in its tab -----------------------------------------------------------------------


def test_a_stored_row_shown_while_typing_leaves_the_typed_field_and_its_cursor_alone(
    window: MainWindow, answers: Answers, qtbot: QtBot
) -> None:
    answers.new_workshop = new_workshop_answer()
    assert window.new_workshop()
    tab = window.workshop_tab
    assert tab is not None and window.current is not None
    details = tab.details
    details.purpose.setFocus()
    qtbot.keyClicks(details.purpose, "Flere i job")
    for _ in range(3):
        qtbot.keyClick(details.purpose, Qt.Key.Key_Left)
    qtbot.keyClicks(details.purpose, "varigt ")  # "Flere i varigt job", cursor before "job"
    cursor = details.purpose.textCursor().position()
    assert details.purpose.toPlainText() == "Flere i varigt job"

    # Meanwhile another field changes in the store (here: as if from another view).
    title = window.current.read(workshop.get_workshop).title
    window.current.push(EditWorkshopDetails(window.current, {"title": title}, {"title": "Nyt"}))
    assert details.title.text() == "Nyt"
    assert details.purpose.toPlainText() == "Flere i varigt job"
    assert details.purpose.textCursor().position() == cursor

    qtbot.keyClicks(details.purpose, "!")  # the typing goes on where the cursor is
    tab.commit_typing()
    assert window.current.read(workshop.get_workshop).purpose == "Flere i varigt !job"
    assert details.purpose.textCursor().position() == cursor + 1


def test_the_pause_stores_what_is_typed_and_the_cursor_stays(
    glossary_tab: GlossaryTab, qtbot: QtBot
) -> None:
    tab = glossary_tab
    term_id = new_term(tab, "udbud")
    line = tab.editor.term
    line.setFocus()
    line.setCursorPosition(2)
    qtbot.keyClicks(line, "-")
    assert line.text() == "ud-bud" and line.cursorPosition() == 3
    qtbot.waitUntil(
        lambda: stored_term(tab, term_id)["term"] == "ud-bud", timeout=10 * TYPING_PAUSE_MS
    )
    assert line.text() == "ud-bud" and line.cursorPosition() == 3  # shown again, not moved
    qtbot.keyClicks(line, "x")
    assert line.text() == "ud-xbud"


def test_a_failed_edit_leaves_the_form_showing_the_stored_value(
    glossary_tab: GlossaryTab, answers: Answers, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = glossary_tab
    term_id = new_term(tab, "udbud")
    steps = tab.workshop.undo_stack.count()

    def deleted_meanwhile(*_a: Any, **_k: Any) -> None:
        raise NotFoundError()

    with monkeypatch.context() as patch:
        patch.setattr(glossary, "update_term", deleted_meanwhile)
        tab.editor.term.setFocus()
        tab.editor.term.end(False)
        qtbot.keyClicks(tab.editor.term, "x")
        tab.editor.explanation.setFocus()  # leaving the field sends the edit
    assert answers.errors, "the failure is told"
    assert tab.editor.term.text() == "udbud"  # shown as stored
    assert tab.workshop.undo_stack.count() == steps  # no step for an edit that never happened

    box = tab.editor.explanation
    qtbot.keyClicks(box, "En konkurrence")  # the next edit works, from the stored row
    tab.commit_typing()
    assert stored_term(tab, term_id)["explanation"] == "En konkurrence"
    assert stored_term(tab, term_id)["term"] == "udbud"


@pytest.mark.parametrize("where", ["service", "decision"])
def test_the_card_and_decision_editors_show_the_stored_row_after_a_failed_edit(
    window: MainWindow,
    answers: Answers,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    """The service and decision editors: a failed edit (typed text, and a checked amount)
    leaves the stored values shown; what is typed next is sent from the stored row."""
    answers.new_workshop = new_workshop_answer()
    assert window.new_workshop()
    if where == "service":
        tab: Any = window.delivery_tab
        window.tabs.setCurrentWidget(tab)
        tab.add_service()
        editor: Any = tab.editor
        module: Any = delivery
        update, amount = "update_service", editor.annual_cost_dkk
    else:
        tab = window.signoff_tab
        window.tabs.setCurrentWidget(tab)
        tab.add_decision()
        editor = tab.editor
        module = signoff
        update, amount = "update_decision", editor.amount
    assert editor.row_id is not None
    title = editor.title.text()
    sent: list[dict[str, Any]] = []
    editor.edit_requested.connect(lambda _id, old, _new: sent.append(old))

    def deleted_meanwhile(*_a: Any, **_k: Any) -> None:
        raise NotFoundError()

    with monkeypatch.context() as patch:
        patch.setattr(module, update, deleted_meanwhile)
        editor.title.setFocus()
        editor.title.end(False)
        qtbot.keyClicks(editor.title, " nr. 2")
        amount.setFocus()  # leaving the title sends it
        qtbot.keyClicks(amount, "1.500")
        editor.title.setFocus()  # leaving the amount sends it
    assert len(answers.errors) == 2
    assert editor.title.text() == title and amount.text() == ""  # shown as stored

    editor.title.end(False)
    qtbot.keyClicks(editor.title, "!")
    editor.commit_pending()
    assert sent[-1] == {"title": title}  # old: the stored title, not what failed
    assert editor.stored["title"] == editor.title.text() == f"{title}!"
