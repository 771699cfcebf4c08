"""Levering in presentation mode (F5): the editing buttons and the keys' hint go, and the
Tidslinje… button stays a button; it stretched across half the projector's width."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import ctrl, press
from tests.journeys.window_steps import Key, open_demo


def test_the_timeline_button_keeps_its_size_while_presenting(
    demo_file: Path, journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    open_demo(win, picker, demo_file, tmp_path, qtbot)
    press(Key.Key_F5)
    qtbot.waitUntil(lambda: win.presentation.active)
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
