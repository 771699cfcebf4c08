"""One command for a change to some fields of a row (issue 19, item 3; desktop/ui/edit_fields.py):
typing merges into one undo step, and typing that ends where it began leaves no step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core import glossary, workshop
from desktop.core.errors import NotFoundError
from desktop.ui.glossary_tab import commands
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.main_window import MainWindow
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.workshop_tab.commands import EditWorkshopDetails
from tests.ui.conftest import Answers, new_workshop_answer
from tests.ui.test_record_form import new_term, open_glossary, stored_term

if TYPE_CHECKING:
    from desktop.ui.record_form import RecordForm


@pytest.fixture
def tab(window: MainWindow, answers: Answers) -> GlossaryTab:
    """The glossary with one term, "udbud", shown in the editor."""
    opened = open_glossary(window, answers)
    new_term(opened, "udbud")
    return opened


def _term(tab: GlossaryTab) -> dict[str, Any]:
    return stored_term(tab, str(tab.editor.term_id))


def _type(qtbot: QtBot, form: RecordForm, line: QLineEdit, *keys: str | Qt.Key) -> None:
    """Keys at the end of the field, each followed by the pause that sends it."""
    line.setFocus()
    line.end(False)
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(line, key)
        else:
            qtbot.keyClick(line, key)
        form.commit_pending()  # as the pause after the key does


def _steps(workshop: OpenWorkshop) -> list[str]:
    stack = workshop.undo_stack
    return [stack.text(i) for i in range(stack.index())]


def test_typing_a_then_backspace_leaves_no_undo_step(tab: GlossaryTab, qtbot: QtBot) -> None:
    before = _steps(tab.workshop)
    _type(qtbot, tab.editor, tab.editor.term, "a")
    assert _term(tab)["term"] == "udbuda"
    assert _steps(tab.workshop) == [*before, "Ret begreb"]
    _type(qtbot, tab.editor, tab.editor.term, Qt.Key.Key_Backspace)
    assert _term(tab)["term"] == "udbud"
    assert _steps(tab.workshop) == before  # no step that changes nothing
    assert tab.workshop.undo_stack.count() == len(before)


def test_the_details_typed_and_typed_back_leave_no_step(
    window: MainWindow, answers: Answers, qtbot: QtBot
) -> None:
    answers.new_workshop = new_workshop_answer("Mentorstøtte")
    assert window.new_workshop()
    assert window.workshop_tab is not None and window.current is not None
    details = window.workshop_tab.details
    before = _steps(window.current)
    _type(qtbot, details, details.title, "x", "y", Qt.Key.Key_Backspace)
    _type(qtbot, details, details.title, Qt.Key.Key_Backspace)
    assert window.current.read(workshop.get_workshop).title == "Mentorstøtte"
    assert _steps(window.current) == before


def test_typing_in_one_field_is_one_step_until_the_field_is_left(
    tab: GlossaryTab, qtbot: QtBot
) -> None:
    before = _steps(tab.workshop)
    _type(qtbot, tab.editor, tab.editor.term, "s", "l", "o")
    _type(qtbot, tab.editor, tab.editor.term, Qt.Key.Key_Backspace)
    assert _term(tab)["term"] == "udbudsl"
    assert _steps(tab.workshop) == [*before, "Ret begreb"]
    tab.editor.source.setFocus()  # leaving the field closes the step
    qtbot.keyClicks(tab.editor.source, "UDL § 2")
    tab.editor.term.setFocus()
    _type(qtbot, tab.editor, tab.editor.term, "e")
    assert _steps(tab.workshop) == [*before, "Ret begreb", "Ret begreb", "Ret begreb"]

    tab.workshop.undo_stack.undo()
    assert _term(tab)["term"] == "udbudsl"
    tab.workshop.undo_stack.undo()
    assert _term(tab)["source"] == ""
    tab.workshop.undo_stack.undo()
    assert _term(tab)["term"] == "udbud"  # all the typing of the first visit, at once
    tab.workshop.undo_stack.redo()
    assert _term(tab)["term"] == "udbudsl"


def test_each_status_chosen_is_its_own_step(tab: GlossaryTab) -> None:
    term_id = str(tab.editor.term_id)
    before = _steps(tab.workshop)
    for old, new in (("proposed", "agreed"), ("agreed", "proposed")):
        tab.workshop.push(
            commands.EditTerm(tab.workshop, term_id, {"status": old}, {"status": new})
        )
    assert _steps(tab.workshop) == [*before, *["Skift status for begreb"] * 2]


def test_a_failed_edit_joins_no_step(
    tab: GlossaryTab, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    """Qt asks the step on top to merge a command even when that one failed."""
    term_id = str(tab.editor.term_id)
    tab.workshop.push(commands.EditTerm(tab.workshop, term_id, {"term": "udbud"}, {"term": "u"}))
    steps = _steps(tab.workshop)

    def deleted_meanwhile(*_a: Any, **_k: Any) -> None:
        raise NotFoundError()

    with monkeypatch.context() as patch:
        patch.setattr(glossary, "update_term", deleted_meanwhile)
        failed = commands.EditTerm(tab.workshop, term_id, {"term": "u"}, {"term": "ud"})
        assert not tab.workshop.push(failed)
    assert answers.errors
    assert _steps(tab.workshop) == steps
    tab.workshop.undo_stack.undo()
    assert _term(tab)["term"] == "udbud"
    tab.workshop.undo_stack.redo()
    assert _term(tab)["term"] == "u"  # the step on top kept its own new value


def test_other_fields_do_not_merge(window: MainWindow, answers: Answers) -> None:
    answers.new_workshop = new_workshop_answer("Mentorstøtte")
    assert window.new_workshop()
    current = window.current
    assert current is not None
    before = _steps(current)
    current.push(EditWorkshopDetails(current, {"title": "Mentorstøtte"}, {"title": "M"}))
    current.push(EditWorkshopDetails(current, {"area": "Center for Arbejdsmarked"}, {"area": "A"}))
    current.push(EditWorkshopDetails(current, {"area": "A"}, {"area": "Center for Arbejdsmarked"}))
    assert len(_steps(current)) == len(before) + 1  # the area typed back: that step is gone
    current.undo_stack.undo()
    assert current.read(workshop.get_workshop).title == "Mentorstøtte"
