"""Issue 15: Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDn / Ctrl+PgUp switch tabs whatever has the
focus: a table (which uses Ctrl+Tab itself), a text field, a cell being edited. What was
typed is stored before the tab changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.real_input import click, click_cell, ctrl, double_click, press, type_text
from tests.journeys.window_steps import Key, Mod, open_demo

CTRL, SHIFT = Mod.ControlModifier, Mod.ShiftModifier


def current(win: MainWindow) -> str:
    assert win.tabs is not None
    return win.tabs.currentWidget().objectName()


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_tab_keys_switch_tabs_from_a_focused_table(
    demo_file: Path, journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    open_demo(win, picker, demo_file, tmp_path, qtbot)
    tab = win.workshop_tab
    assert tab is not None
    click_cell(tab.participants.view, 1, 1)
    assert QApplication.focusWidget() is tab.participants.view
    press(Key.Key_Tab, CTRL)
    assert current(win) == "glossary"
    press(Key.Key_Backtab, CTRL | SHIFT)  # what the keyboard sends for Ctrl+Shift+Tab
    assert current(win) == "workshop"
    press(Key.Key_PageDown, CTRL)
    press(Key.Key_PageDown, CTRL)
    assert current(win) == "canvas"
    press(Key.Key_PageUp, CTRL)
    press(Key.Key_PageUp, CTRL)
    assert current(win) == "workshop"
    press(Key.Key_PageUp, CTRL)  # round the end, as in a browser
    assert current(win) == "signoff"
    press(Key.Key_Tab, CTRL)
    assert current(win) == "workshop"


def test_typing_is_stored_when_ctrl_tab_leaves_a_field_or_a_cell(
    demo_file: Path, journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    path = open_demo(win, picker, demo_file, tmp_path, qtbot)
    tab = win.workshop_tab
    assert tab is not None
    click(tab.details.location)
    press(Key.Key_End)
    type_text(" (1. sal)")
    press(Key.Key_Tab, CTRL)  # straight away: no pause for the typing to settle
    assert current(win) == "glossary"
    press(Key.Key_Tab, CTRL | SHIFT)
    assert current(win) == "workshop"
    view = tab.participants.view
    view.scrollTo(tab.participant_model.index(0, 1))
    double_click(view.viewport(), view.visualRect(tab.participant_model.index(0, 1)).center())
    ctrl("a")
    type_text("Indkøbschef")
    press(Key.Key_PageDown, CTRL)
    assert current(win) == "glossary"
    ctrl("s")
    qtbot.waitUntil(lambda: not win.current.is_dirty)  # type: ignore[union-attr]
    assert read_saved(path, "SELECT location FROM workshop") == [
        ("Rådhuset, mødelokale 2 (1. sal)",)
    ]
    roles = [r[0] for r in read_saved(path, "SELECT role FROM participant")]
    assert "Indkøbschef" in roles


def test_tab_keys_also_work_while_presenting(
    demo_file: Path, journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    open_demo(win, picker, demo_file, tmp_path, qtbot)
    press(Key.Key_F5)
    qtbot.waitUntil(lambda: win.presentation.active)
    press(Key.Key_Tab, CTRL)
    assert current(win) == "glossary"
    press(Key.Key_PageDown, CTRL)
    assert current(win) == "canvas"
    press(Key.Key_PageUp)  # the clicker's key stays the presentation's
    assert current(win) == "glossary"
    press(Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.presentation.active)
