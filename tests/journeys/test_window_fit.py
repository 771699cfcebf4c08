"""Issue 15: on a 1080p laptop at 200 % (960×540 logical) and 150 % (1280×720) the window
fits the screen, and on every tab every control is on screen or in a pane that scrolls.

The window gets the room such a screen leaves: its size less a title bar and a taskbar.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import click
from tests.journeys.window_steps import open_demo

SCREENS = {"200%": (960, 540), "150%": (1280, 720)}
TITLE_AND_TASKBAR = 60  # logical pixels a screen keeps from the window's inside
CONTROLS = (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
)
ROOM = {  # a list, table, canvas or text box must show something: (width, height)
    QAbstractItemView: (80, 40),
    QGraphicsView: (120, 80),
    QPlainTextEdit: (80, 30),
    QTextEdit: (80, 30),
}


def clipped_controls(window: QWidget) -> list[str]:
    """Controls cut off by whatever holds them (a parent or the window), and panes too
    small to use. Inside a scroll area's viewport a control is reachable by scrolling."""
    problems: list[str] = []
    _check_children(window, window, problems)
    return problems


def overlapping_controls(window: QWidget) -> list[str]:
    """Widgets laid out side by side that lie over each other: a layout given less than
    its minimum squeezes its rows on top of one another (the sign-off tab's changes banner
    over its "Godkendelser" row at 200 %)."""
    problems: list[str] = []
    for parent in [window, *window.findChildren(QWidget)]:
        if parent.layout() is None or not parent.isVisible():
            continue
        laid_out = [
            child
            for child in parent.children()
            if isinstance(child, QWidget)
            and not child.isWindow()
            and child.isVisible()
            and _in_layout(parent.layout(), child)
            and not child.geometry().isEmpty()
        ]
        for i, first in enumerate(laid_out):
            for second in laid_out[i + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    problems.append(f"{_describe(first)} lies over {_describe(second)}")
    return problems


def _in_layout(layout: QLayout, widget: QWidget) -> bool:
    """Is `widget` placed by `layout` or a layout nested in it (not floating over it)?"""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return True
        nested = item.layout()
        if nested is not None and _in_layout(nested, widget):
            return True
    return False


def _check_children(parent: QWidget, window: QWidget, problems: list[str]) -> None:
    for child in parent.children():
        if not isinstance(child, QWidget) or child.isWindow() or not child.isVisible():
            continue
        if isinstance(child, CONTROLS):
            _check_control(child, window, problems)
            if isinstance(child, QAbstractScrollArea):
                _check_children(child.viewport(), window, problems)  # its content scrolls
            continue
        _check_children(child, window, problems)


def _check_control(control: QWidget, window: QWidget, problems: list[str]) -> None:
    name = _describe(control)
    holder = control.parentWidget()
    while holder is not None and not _is_viewport(holder):  # a viewport's content scrolls
        rect = QRect(control.mapTo(holder, control.rect().topLeft()), control.size())
        if not holder.rect().contains(rect):
            problems.append(f"{name} is cut off by {_describe(holder)}")
            return
        if holder is window:
            break
        holder = holder.parentWidget()
    for kind, (width, height) in ROOM.items():
        if isinstance(control, kind):
            viewport = control.viewport()  # type: ignore[attr-defined]
            if viewport.width() < width or viewport.height() < height:
                problems.append(f"{name} is too small to use: {viewport.size().toTuple()}")


def _is_viewport(widget: QWidget) -> bool:
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__}({widget.objectName() or shown[:30]!r})"


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
@pytest.mark.parametrize("scaling", list(SCREENS))
def test_every_tab_fits_a_small_laptop_screen(
    demo_file: Path,
    journey_window: MainWindow,
    picker: FilePicker,
    tmp_path: Path,
    qtbot: QtBot,
    scaling: str,
) -> None:
    win = journey_window
    open_demo(win, picker, demo_file, tmp_path, qtbot)
    width, height = SCREENS[scaling]
    room = (width, height - TITLE_AND_TASKBAR)
    assert win.tabs is not None
    problems = []
    for i in range(win.tabs.count()):
        click(win.tabs.tabBar(), win.tabs.tabBar().tabRect(i).center())
        qtbot.waitUntil(lambda i=i: win.tabs.currentIndex() == i)
        hint = win.minimumSizeHint()
        name = win.tabs.widget(i).objectName()
        if hint.width() > room[0] or hint.height() > room[1]:
            problems.append(f"{name}: the window needs {hint.toTuple()}, the screen has {room}")
        win.resize(*room)
        qtbot.waitUntil(lambda: win.size().toTuple() == room)
        for _ in range(3):  # the new size, then what the layouts ask for at it
            qtbot.wait(10)
        problems += [f"{name}: {p}" for p in clipped_controls(win)]
        problems += [f"{name}: {p}" for p in overlapping_controls(win)]
        win.resize(1366, 768)
    assert problems == [], "\n".join(problems)
