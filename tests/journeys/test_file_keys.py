"""The file keys a facilitator knows from every other program: Ctrl+W closes the workshop,
keeping what was typed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.real_input import click, ctrl, press, type_text
from tests.journeys.window_steps import Key, Mod, open_demo


def test_ctrl_w_closes_the_workshop_and_keeps_what_was_typed(
    demo_file: Path, journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    path = open_demo(win, picker, demo_file, tmp_path, qtbot)
    tab = win.workshop_tab
    assert tab is not None
    click(tab.details.location)
    press(Key.Key_A, Mod.ControlModifier)
    type_text("Byrådssalen")

    ctrl("w")

    qtbot.waitUntil(lambda: win.current is None)
    assert win.pages.currentWidget() is win.start
    assert read_saved(path, "SELECT location FROM workshop") == [("Byrådssalen",)]
