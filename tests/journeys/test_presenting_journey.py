"""Presentation mode (F5) on the canvas and the delivery board, as the room sees it on the
projector, and what the window shows when it ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import ctrl, press, type_text
from tests.journeys.window_steps import Key, open_demo, present


@pytest.fixture
def presenting(
    demo_file: Path, journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> tuple[MainWindow, Path, Path, FilePicker]:
    """What a test needs to open the demo and present it (`start`)."""
    return journey_window, demo_file, tmp_path, picker


def start(presenting: tuple[MainWindow, Path, Path, FilePicker], qtbot: QtBot) -> MainWindow:
    """The demo opened with Ctrl+O, then F5."""
    win, demo_file, folder, picker = presenting
    open_demo(win, picker, demo_file, folder, qtbot)
    present(win, qtbot)
    return win


def test_the_timeline_button_keeps_its_size_while_presenting(
    presenting: tuple[MainWindow, Path, Path, FilePicker], qtbot: QtBot
) -> None:
    """The editing buttons and the keys' hint go; Tidslinje… stays a button: it stretched
    across half the projector's width."""
    win = start(presenting, qtbot)
    ctrl("4")  # Levering
    tab = win.delivery_tab
    assert tab is not None
    button = tab.contract_page.timeline_button
    qtbot.waitUntil(lambda: button.isVisible() and not tab.keys_hint.isVisible())
    qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width())  # laid out
    assert button.width() <= 2 * button.sizeHint().width(), (button.width(), win.width())
    assert tab.board_room.isVisible() and tab.board_room.text()
    press(Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.presentation.active)
    assert tab.keys_hint.isVisible()


def test_the_note_written_while_presenting_is_in_view_in_the_list_afterwards(
    presenting: tuple[MainWindow, Path, Path, FilePicker], qtbot: QtBot
) -> None:
    """A note written on the projector (Ctrl+3, N) is the list's selected row when
    presentation mode ends, and that row is in view: it was scrolled to while the list was
    hidden, so the selected note sat below the list's edge."""
    win = start(presenting, qtbot)
    ctrl("3")  # Behov og krav, the wall fitted to the screen
    tab = win.canvas_tab
    assert tab is not None
    press(Key.Key_N)
    type_text("Fra projektoren")
    press(Key.Key_Escape)  # the note is written
    press(Key.Key_Escape)  # presentation mode ends
    qtbot.waitUntil(lambda: not win.presentation.active)
    view = tab.panel.view
    qtbot.waitUntil(view.isVisible)
    model = view.model()
    index = model.index(view.selectionModel().currentIndex().row(), 1)
    assert "Fra projektoren" in str(index.data())
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(index)))
