"""The window's "saved" follows the content while typing (desktop/ui/open_workshop.py): a
field typed back to what the file holds says saved; typing on after an autosave reads no
content per key, and never says saved for a file that lacks the last keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.storage.document import WorkshopDocument
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Answers, new_workshop_answer
from tests.ui.test_edit_fields import _type

SAVED, NOT_SAVED = "Alt er gemt", "Ændringer er ikke gemt endnu"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each time the window compares the working copy's content with the file's."""
    seen: list[int] = []
    compare = WorkshopDocument.holds_saved_content

    def counted(doc: WorkshopDocument) -> bool:
        seen.append(1)
        return compare(doc)

    monkeypatch.setattr(WorkshopDocument, "holds_saved_content", counted)
    return seen


def test_a_title_typed_back_to_the_saved_one_says_saved(
    window: MainWindow, answers: Answers, qtbot: QtBot, reads: list[int]
) -> None:
    answers.new_workshop = new_workshop_answer("Mentorstøtte")
    assert window.new_workshop() and window.workshop_tab is not None
    details = window.workshop_tab.details
    _type(qtbot, details, details.title, "x", "y")
    assert window.save_state.text() == NOT_SAVED and reads == []  # no content read per key
    _type(qtbot, details, details.title, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace)
    assert window.save_state.text() == SAVED
    assert not window.isWindowModified()


def test_typing_on_after_a_save_is_unsaved_without_reading_per_key(
    window: MainWindow, answers: Answers, qtbot: QtBot, reads: list[int]
) -> None:
    answers.new_workshop = new_workshop_answer("Mentorstøtte")
    assert window.new_workshop() and window.workshop_tab is not None
    assert window.current is not None
    details = window.workshop_tab.details
    _type(qtbot, details, details.title, "x")
    assert window.current.save(quiet=True)  # the autosave, while the field is still open
    assert window.save_state.text() == SAVED
    _type(qtbot, details, details.title, "y", "z")  # joins the saved undo step
    assert window.save_state.text() == NOT_SAVED
    assert reads == []
    assert window.current.document.is_dirty
