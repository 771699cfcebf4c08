"""The countdown on a 1080p laptop at 200 % (960×540): started with Ctrl+T during a
workshop, it must be on screen. The toolbar gave it no room beside »Fortryd: Ret
workshopoplysninger« and put the running countdown, name, time and buttons, into its
overflow menu (»«), where nobody in the room could see the time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolBar, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.workshop_tab.tab import WorkshopTab
from tests.journeys.conftest import ALSO_AT_200_PERCENT, FilePicker
from tests.journeys.real_input import Key, click, ctrl, press, type_text, when_modal
from tests.journeys.test_workshop_journey import settle
from tests.journeys.window_steps import click_tab, open_demo


@ALSO_AT_200_PERCENT
@pytest.mark.parametrize("name", ["Stille brainstorm", "Stille brainstorm om målgruppernes behov"])
def test_a_countdown_started_during_a_workshop_is_on_screen(
    journey_window: MainWindow,
    picker: FilePicker,
    demo_file: Path,
    qtbot: QtBot,
    tmp_path: Path,
    name: str,
) -> None:
    win = journey_window
    open_demo(win, picker, demo_file, tmp_path, qtbot)
    tab = click_tab(win, "workshop")
    assert isinstance(tab, WorkshopTab)
    click(tab.details.location)
    press(Key.Key_End)
    type_text(", 2. sal")
    press(Key.Key_Tab)  # an edit: the undo action now says what it undoes
    settle(win)

    def start(dialog: QWidget) -> None:
        type_text("5")
        press(Key.Key_Tab)
        type_text(name)
        press(Key.Key_Return)

    when_modal(start)
    ctrl("t")
    settle(win)
    qtbot.waitUntil(lambda: win.exercise_timer.label == name)
    timer = win.timer_widget
    qtbot.waitUntil(timer.isVisible, timeout=2000)  # not in the toolbar's overflow menu
    for part in (timer.time_label, timer.pause_button, timer.add_button, timer.stop_button):
        assert part.isVisible()
        right = part.mapTo(win, part.rect().topRight()).x()
        assert right <= win.width(), f"{part.objectName() or part} is cut off at the right"
    assert timer.time_label.text() in ("05:00", "04:59")
    toolbar = win.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    undo_button = toolbar.widgetForAction(win.undo_action)
    assert undo_button is not None and undo_button.isVisible()
    assert win.undo_action.toolTip().startswith("Fortryd: ")  # what it undoes, on hover
