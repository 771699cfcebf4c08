"""While the room's panel is beside the canvas the list of notes makes way, so the canvas keeps
the width it needs (with both, it shrank to a third of a 1366×768 window, and to nothing at
960×540); the List button brings the list back, and when the room's panel goes the list is as
the facilitator had it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.canvas_steps import make_workshop, open_canvas
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import alt
from tests.journeys.test_mnemonics import mnemonic
from tests.journeys.window_steps import Key, Mod, key_to_window
from tests.room.test_room_journey import open_room_with_keys


def test_the_list_makes_way_for_the_room_and_comes_back(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    path = tmp_path / "rummet.tvaers"
    make_workshop(path)
    tab = open_canvas(win, picker, path)
    assert tab.panel.isVisible() and tab.list_button.isChecked()

    # Ctrl+Shift+R: the room's panel asks where to listen; the list goes, the canvas widens.
    key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)
    panel = win.room.panel
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: not tab.panel.isVisible())
    assert not tab.list_button.isChecked()
    # Cancel: the panel goes and the list is back.
    QTest.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible())
    qtbot.waitUntil(tab.panel.isVisible)
    assert tab.list_button.isChecked()

    # The room open: the List button's Alt letter brings the list back beside it.
    open_room_with_keys(win, qtbot)
    assert not tab.panel.isVisible()
    qtbot.wait(50)
    canvas_width = tab.view.width()
    alt(mnemonic(tab.list_button.text()) or "")
    qtbot.waitUntil(tab.panel.isVisible)
    # What the list took from the canvas, which is what making way gives back.
    qtbot.waitUntil(lambda: tab.view.width() < canvas_width * 0.8)
    assert panel.isVisible()
    alt(mnemonic(tab.list_button.text()) or "")  # and hides it again
    qtbot.waitUntil(lambda: not tab.panel.isVisible())

    # Closing the room (Ctrl+Shift+R) gives the list back as it was before the room.
    key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)
    qtbot.waitUntil(lambda: win.room.room is None and not panel.isVisible())
    qtbot.waitUntil(tab.panel.isVisible)
    assert tab.list_button.isChecked()

    # A list the facilitator had hidden stays hidden after the room.
    alt(mnemonic(tab.list_button.text()) or "")
    qtbot.waitUntil(lambda: not tab.panel.isVisible())
    open_room_with_keys(win, qtbot)
    key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)
    qtbot.waitUntil(lambda: win.room.room is None and not panel.isVisible())
    assert not tab.panel.isVisible() and not tab.list_button.isChecked()
