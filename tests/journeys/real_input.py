"""Real input for journeys: only QTest key and mouse events, sent where a person's would go.

A person types into whatever has focus, presses Alt+letter on the window, clicks on what
they see. Nothing here calls a slot or emits a signal: if the window does not react to the
event, the journey fails, as the person would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

Key = Qt.Key
Mod = Qt.KeyboardModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_text(text: str) -> None:
    """Type `text` key by key, each key into the widget that has focus when it is pressed
    (the first key may open a cell's editor: the next ones go there, as a person's do)."""
    for char in text:
        QTest.keyClicks(focused(), char)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    """Press one key (with modifiers) on the widget that has focus."""
    QTest.keyClick(focused(), key, modifiers)


def alt(letter: str) -> None:
    """Alt+letter, as a person presses a mnemonic: the focused widget gets the key."""
    press(Key(ord(letter.upper())), Mod.AltModifier)


def ctrl(key: Qt.Key | str, more: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    press(Key(ord(key.upper())) if isinstance(key, str) else key, Mod.ControlModifier | more)


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click where a person would aim: the centre, or `pos` in widget coordinates."""
    assert widget.isVisible(), f"{widget!r} is not on screen"
    QTest.mouseClick(
        widget, Qt.MouseButton.LeftButton, Mod.NoModifier, pos or widget.rect().center()
    )


def double_click(widget: QWidget, pos: QPoint | None = None) -> None:
    QTest.mouseDClick(
        widget, Qt.MouseButton.LeftButton, Mod.NoModifier, pos or widget.rect().center()
    )


def click_cell(view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a row of a table or list on its visual rectangle (the row must be scrolled in)."""
    index = view.model().index(row, column)
    view.scrollTo(index)  # what a person does with the scroll bar first
    rect = view.visualRect(index)
    assert rect.isValid() and not rect.isEmpty(), f"row {row} is not shown"
    click(view.viewport(), rect.center())


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """Press, move in steps, release: a drag as a mouse makes it."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Mod.NoModifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Mod.NoModifier, end)


def when_modal(action: Callable[[QWidget], None], *, timeout_ms: int = 5000) -> None:
    """Run `action(dialog)` once a modal dialog is on screen (call before what opens it).

    A modal `exec()` blocks the test; the person's keys reach it from a timer instead.
    """
    waited = {"ms": 0}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            focus = QApplication.focusWidget()
            has_keys = focus is not None and (focus is dialog or dialog.isAncestorOf(focus))
            if has_keys or waited["ms"] >= timeout_ms // 2:
                action(dialog)
                return
            # The desktop gives a new dialog the keyboard; offscreen, a window that was not
            # the active one may not pass it on by itself, and the person's keys would land
            # in the window behind.
            dialog.activateWindow()
        waited["ms"] += 20
        if waited["ms"] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
