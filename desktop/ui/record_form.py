"""A detail form for one stored row: it shows what is stored and sends what is typed.

The contract with the tab that holds the form (issue 19, item 2):

- The tab calls the form's show method with the row as STORED whenever it may have
  changed, also right after the form's own edit. The form keeps that row (`stored`) and
  never patches it ahead of the store: a refused or failed edit leaves nothing behind.
- Showing leaves alone a field the user is typing in (its typing is still pending) and any
  widget that already shows the value: no cursor jumps, no widget reset for nothing.
- An edit goes out as `edit_requested(row id, old, new)`, `old` taken from the stored row
  last shown; the tab pushes the undo command. `typing_finished` closes the undo step.

Typing is handed over through a `TypingBuffer` (after a pause, or when the field is left).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desktop.ui.typing_buffer import TypingBuffer, show_text, typed_changes


class RecordForm(QWidget):
    """Subclasses make their text widgets as attributes named like the row's fields, pass
    those names to `watch_text`, and show a row inside `with self.showing(row):`."""

    edit_requested = Signal(str, dict, dict)  # row id, old, new
    typing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: dict[str, Any] | None = None
        self._loading = False
        self._read_only = False
        self._text_fields: list[str] = []
        self._boxes: list[QPlainTextEdit] = []
        self._typing = TypingBuffer(self._commit_typed, self)

    # -- the stored row ------------------------------------------------------------------

    @property
    def row_id(self) -> str | None:
        return None if self._stored is None else str(self._stored["id"])

    @property
    def stored(self) -> Mapping[str, Any] | None:
        """The row as stored when it was last shown (read-only to the form)."""
        return self._stored

    @contextmanager
    def showing(self, row: Mapping[str, Any] | None) -> Iterator[None]:
        """Show `row` (None: nothing selected): typing for another row is sent first, and
        the widgets set inside the block do not count as typing."""
        if row is None or self.row_id != str(row["id"]):
            self.leave_row()
        self._loading = True
        try:
            self._stored = dict(row) if row is not None else None
            yield
        finally:
            self._loading = False

    def leave_row(self) -> None:
        """Another row (or none) is about to be shown: send what was typed for this one."""
        self._typing.flush()

    def show_texts(self, values: Mapping[str, str]) -> None:
        """Put stored texts in their widgets, except where the user is typing."""
        for name, value in values.items():
            if name not in self._typing.pending:
                show_text(getattr(self, name), value)

    # -- typing --------------------------------------------------------------------------

    def watch_text(self, *names: str) -> None:
        """Hand typing in these widgets (`self.<name>`) to the typing buffer; leaving one
        ends the undo step (a QPlainTextEdit has no editingFinished: its focus-out does)."""
        for name in names:
            widget = getattr(self, name)
            self._text_fields.append(name)
            if isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda n=name: self._typed(n))
                widget.installEventFilter(self)
                self._boxes.append(widget)
            else:
                assert isinstance(widget, QLineEdit)
                widget.textEdited.connect(lambda _t, n=name: self._typed(n))
                widget.editingFinished.connect(self._finish_typing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._boxes:
            self._finish_typing()
        return super().eventFilter(watched, event)

    def commit_pending(self) -> None:
        """Send what has been typed but not yet sent (before save, undo, a tab switch)."""
        self._typing.flush()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for name in self._text_fields:
            getattr(self, name).setReadOnly(read_only)

    def _typed(self, name: str) -> None:
        if not self._loading and self._stored is not None and not self._read_only:
            self._typing.typed(name)

    def _finish_typing(self) -> None:
        self._typing.flush()
        self.typing_finished.emit()

    def _commit_typed(self, fields: set[str]) -> None:
        if self._stored is None:
            return
        old, new = typed_changes(self, fields, self._stored)
        if new:
            self.edit_requested.emit(str(self._stored["id"]), old, new)

    # -- edits ---------------------------------------------------------------------------

    def request(self, new: Mapping[str, Any], *, finish: bool = True) -> bool:
        """Ask for `new` to be stored, if it differs from the stored row; `finish` closes
        the undo step (a choice, or a checked field left). Whether an edit was sent."""
        if self._loading or self._stored is None or self._read_only:
            return False
        old = {name: self._stored.get(name) for name in new}
        if old == dict(new):
            return False
        self.edit_requested.emit(str(self._stored["id"]), old, dict(new))
        if finish:
            self.typing_finished.emit()
        return True
