"""Typing becomes an edit after a short pause, at least once a second while it goes on
without one, and as soon as the field is left.

So a crash loses at most the last second of typing, also of someone who types a long
sentence without stopping (each key restarts the pause: before the second limit, all of it
was lost), while a word is still one undo step and not one per keystroke (the edits of one
field merge until the field is left).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

TYPING_PAUSE_MS = 400
TYPING_LONGEST_MS = 1000  # typing that never pauses is handed over at least this often


class TypingBuffer(QObject):
    def __init__(
        self,
        commit: Callable[[set[str]], None],
        parent: QObject | None = None,
        pause_ms: int = TYPING_PAUSE_MS,
    ) -> None:
        super().__init__(parent)
        self.pending: set[str] = set()
        self._commit = commit
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self.flush)
        self._longest = QTimer(self)
        self._longest.setSingleShot(True)
        self._longest.setInterval(max(pause_ms, TYPING_LONGEST_MS))
        self._longest.timeout.connect(self.flush)

    def typed(self, field: str) -> None:
        self.pending.add(field)
        self._pause.start()
        if not self._longest.isActive():  # from the first key after a hand-over
            self._longest.start()

    def flush(self) -> None:
        """Hand over what was typed (called by the timers, on leaving a field, before save)."""
        self._pause.stop()
        self._longest.stop()
        if self.pending:
            fields, self.pending = self.pending, set()
            self._commit(fields)

    def discard(self) -> None:
        self._pause.stop()
        self._longest.stop()
        self.pending = set()


def widget_text(widget: QWidget) -> str:
    """What is typed in a line or a multi-line field."""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def show_text(widget: QWidget, value: str) -> None:
    """Show `value` in a line or a multi-line field, unless it shows that already: setting
    the same text again would move the cursor and empty the field's own undo."""
    if widget_text(widget) == value:
        return
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(value)
        widget.setCursorPosition(0)  # the start of a long text, not its end


def typed_changes(
    owner: object, fields: Iterable[str], stored: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(old, new) of the fields whose widget (`owner.<field>`) differs from what is stored:
    the edit a form sends when its typing buffer flushes."""
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for name in sorted(fields):
        value = widget_text(getattr(owner, name))
        if value != stored.get(name):
            old[name], new[name] = stored.get(name), value
    return old, new
