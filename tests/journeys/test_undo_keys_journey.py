"""Ctrl+Z undoes the facilitator's last edit wherever the cursor went next (session 9).

Reported: a title typed, Tab to the next field, Ctrl+Z: nothing happened. The next field
took the keys for its own (empty) undo. Now a field keeps Ctrl+Z and Ctrl+Y only for what
was typed in it since the cursor came there; otherwise they are the window's. Keys and
clicks only; what is undone is checked on screen and in the saved file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.storage.document import create_document
from desktop.ui.main_window import MainWindow
from desktop.ui.typing_buffer import TYPING_PAUSE_MS
from desktop.ui.workshop_tab.tab import WorkshopTab
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.glossary_steps import (
    PROC,
    add_term,
    click_field,
    click_term,
    make_workshop,
    open_with_ctrl_o,
    replace_text,
    saved_terms,
    settle,
)
from tests.journeys.real_input import Key, Mod, click, ctrl, focused, press, type_text
from tests.journeys.window_steps import open_workshop

TITLE = "Beskæftigelsesindsats 2027"
NEW_TITLE = "Mentorstøtte 2027"


def _saved_title(win: MainWindow) -> str:
    ctrl("s")
    assert win.current is not None
    ((title,),) = read_saved(win.current.document.path, "SELECT title FROM workshop")
    return str(title)


def _workshop(win: MainWindow, picker: FilePicker, tmp_path: Path) -> WorkshopTab:
    path = tmp_path / "fortryd.tvaers"
    create_document(path, title=TITLE, organisation="Eksempel Kommune").close(save=True)
    open_workshop(win, picker, path)
    tab = win.workshop_tab
    assert tab is not None
    return tab


def _shown(field: QWidget) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


def _into(field: QWidget) -> None:
    """A click into a field, where a person aims for its text."""
    target = field.viewport() if isinstance(field, QPlainTextEdit) else field
    click(target, QPoint(min(20, target.width() // 2), target.height() // 2))
    settle()
    assert field.hasFocus()


@pytest.mark.parametrize("other", ["organisation", "purpose", "day", "starts"])
def test_ctrl_z_in_the_next_field_undoes_the_title_typed_before(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, other: str
) -> None:
    """Title typed, then into another kind of field (a line, a text box, the date, a time
    box) without typing there: Ctrl+Z takes the title back, Ctrl+Y puts it in again."""
    win = journey_window
    tab = _workshop(win, picker, tmp_path)
    details = tab.details
    next_field = getattr(details, other)
    shown_there = _shown(next_field)

    _into(details.title)
    ctrl("a")
    type_text(NEW_TITLE)
    if other == "organisation":
        press(Key.Key_Tab)
    else:
        _into(next_field)
    assert focused() is next_field
    assert _saved_title(win) == NEW_TITLE

    ctrl("z")
    settle()
    assert details.title.text() == TITLE
    assert _saved_title(win) == TITLE
    ctrl("y")
    settle()
    assert details.title.text() == NEW_TITLE
    assert _saved_title(win) == NEW_TITLE
    ctrl("z")
    ctrl("z", Mod.ShiftModifier)  # Redo's other key
    settle()
    assert details.title.text() == NEW_TITLE
    assert focused() is next_field  # the keys never moved the cursor
    assert _shown(next_field) == shown_there  # nor changed the field itself


def test_typing_is_undone_in_its_field_first_then_the_window_steps(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    """In the glossary: the term renamed, a click into the explanation, some words typed there.
    Ctrl+Z takes back the words (the field's own typing), the next Ctrl+Z the renaming;
    Ctrl+Y renames again; nothing else typed is lost or stored twice, and Ctrl+Y after new
    typing redoes nothing."""
    win = journey_window
    path = tmp_path / "begreber.tvaers"
    make_workshop(path)
    tab = open_with_ctrl_o(win, picker, path)
    add_term(tab, PROC, "udbud")
    click_term(tab, PROC, "udbud")
    editor = tab.editor

    replace_text(editor.term, "udbudsret")
    click_field(editor.explanation)
    type_text("Reglerne for indkøb")
    ctrl("z")  # still typing: the field's own undo
    settle()
    assert editor.explanation.toPlainText() == ""
    assert editor.term.text() == "udbudsret"
    ctrl("z")  # nothing of its own left: the window's last step
    settle()
    assert editor.term.text() == "udbud"
    assert editor.explanation.toPlainText() == ""
    ctrl("y")
    settle()
    assert editor.term.text() == "udbudsret"

    # Words left standing past the typing pause (a step of the window by then): Ctrl+Z
    # still takes them back in the field, and leaves no step behind to undo.
    assert focused() is editor.explanation
    type_text("Reglerne for indkøb")
    qtbot.wait(TYPING_PAUSE_MS * 2)
    ctrl("z")
    settle()
    assert editor.explanation.toPlainText() == ""
    ctrl("z")
    settle()
    assert (editor.term.text(), editor.explanation.toPlainText()) == ("udbud", "")
    ctrl("y")
    settle()
    assert (editor.term.text(), editor.explanation.toPlainText()) == ("udbudsret", "")

    # Typed again, Tab on to the example: Ctrl+Z there takes the words back, Ctrl+Y again.
    type_text("Reglerne for indkøb")
    press(Key.Key_Tab)
    settle()
    assert focused() is editor.example
    ctrl("z")
    settle()
    assert editor.explanation.toPlainText() == ""
    ctrl("y")
    settle()
    assert editor.explanation.toPlainText() == "Reglerne for indkøb"

    # Undone again, then something typed in the example: Ctrl+Y there is the field's (it has
    # typing of its own), as in any editor typing ends what could be redone.
    ctrl("z")
    settle()
    assert editor.explanation.toPlainText() == ""
    type_text("Mentor i 6 måneder")
    ctrl("y")
    settle()
    assert editor.explanation.toPlainText() == ""
    assert editor.example.toPlainText() == "Mentor i 6 måneder"
    press(Key.Key_Tab)
    settle()
    ctrl("y")
    settle()
    assert editor.explanation.toPlainText() == ""
    ctrl("s")
    (term,) = saved_terms(path)
    assert (term["term"], term["explanation"], term["example"]) == (
        "udbudsret",
        "",
        "Mentor i 6 måneder",
    )
