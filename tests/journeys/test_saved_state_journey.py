"""What the window says about saving is the truth about the file: undo back to the state
in the file and it says all is saved; undo past a save and it says the changes are not."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.real_input import click, ctrl, press, type_text
from tests.journeys.test_workshop_journey import settle
from tests.journeys.window_steps import Key, open_demo

SAVED = "Alt er gemt"
NOT_SAVED = "Ændringer er ikke gemt endnu"
NAMES = "SELECT name FROM participant ORDER BY position"


def _add_participant(win: MainWindow, name: str) -> None:
    """The Workshop tab's Add participant, the name typed, Enter: two undo steps."""
    tab = win.workshop_tab
    assert tab is not None
    click(tab.participants.add_button)
    type_text(name)
    press(Key.Key_Return)
    settle(win)


def _says(win: MainWindow, state: str) -> None:
    assert win.save_state.text() == state
    assert win.isWindowModified() == (state == NOT_SAVED)  # the title's modified mark


def test_undone_back_to_what_the_file_holds_says_all_is_saved(
    demo_file: Path, journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    path = open_demo(win, picker, demo_file, tmp_path, qtbot)
    _says(win, SAVED)
    in_file = read_saved(path, NAMES)

    _add_participant(win, "Sanne Sagsbehandler")
    _says(win, NOT_SAVED)
    ctrl("z")  # the name
    _says(win, NOT_SAVED)
    ctrl("z")  # the participant: the workshop is what the file holds
    _says(win, SAVED)
    assert read_saved(path, NAMES) == in_file
    assert win.current is not None and not win.current.document.is_dirty  # close: no save

    ctrl("y")  # on screen again, not in the file
    _says(win, NOT_SAVED)


def test_undone_past_a_save_says_not_saved_and_redone_says_saved(
    demo_file: Path, journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    path = open_demo(win, picker, demo_file, tmp_path, qtbot)
    _add_participant(win, "Sanne Sagsbehandler")
    ctrl("s")
    _says(win, SAVED)
    saved = read_saved(path, NAMES)
    assert saved[-1] == ("Sanne Sagsbehandler",)

    ctrl("z")  # the file still has her name; the screen does not
    _says(win, NOT_SAVED)
    assert read_saved(path, NAMES) == saved
    ctrl("y")  # her name again: what the file holds (only an unseen edit stamp differs)
    _says(win, SAVED)
    _add_participant(win, "Ida Indkøb")
    _says(win, NOT_SAVED)
    ctrl("z")
    ctrl("z")
    _says(win, SAVED)
