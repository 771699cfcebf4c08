"""A window's first size, no larger than the screen it opens on.

A dialog asks for the size that suits its content on a 1280×800 screen; on a 1080p laptop at
200 % (960×540 logical) that would reach under the taskbar or off the screen, with its
buttons out of reach. So every window of Tværs is sized here: what it wants, less what the
screen lacks. Its layout still holds what it must (Qt never goes below the minimum size)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a screen keeps from a window's inside: a title bar and a taskbar (height), the frame's
# borders (width). tests/journeys/test_window_fit.py counts the same 60.
TITLE_AND_TASKBAR = 60
BORDERS = 20


def available_for(widget: QWidget) -> QRect:
    """The free part of the screen `widget` opens on: its parent's, else its own, else the
    primary one."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """`widget` as large as it asks, but no larger than its screen allows."""
    room = available_for(widget)
    widget.resize(
        max(1, min(width, room.width() - BORDERS)),
        max(1, min(height, room.height() - TITLE_AND_TASKBAR)),
    )
