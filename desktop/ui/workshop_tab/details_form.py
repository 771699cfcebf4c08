"""The workshop's details as a form. Typing commits after a short pause, never lost on a crash."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from desktop.core.models import Workshop
from desktop.ui import dialogs
from desktop.ui.date_field import DateField
from desktop.ui.typing_buffer import TypingBuffer, typed_changes
from desktop.ui.when_row import add_when_row, day_at

TEXT_FIELDS = ("title", "organisation", "area", "location", "facilitator", "purpose")


class DetailsForm(QWidget):
    """Emits `edit_requested(old, new)` with dicts of changed fields; `typing_finished` when a
    field loses focus, so the undo step for that field's typing closes."""

    edit_requested = Signal(dict, dict)
    typing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: dict[str, Any] = {}
        self._typing = TypingBuffer(self._commit_fields, self)

        self.title = QLineEdit()
        self.organisation = QLineEdit()
        self.area = QLineEdit()
        self.location = QLineEdit()
        self.facilitator = QLineEdit()
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMinimumHeight(100)  # five lines; drag the splitter below for more
        self.day = DateField()
        self.day.setFixedWidth(self.day.minimum_width())
        self.starts = QTimeEdit()
        self.ends = QTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.minutes_language = QComboBox()
        self.minutes_language.addItem(self.tr("Danish"), "da")
        self.minutes_language.addItem(self.tr("English"), "en")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Area"), self.area)
        form.addRow(self.tr("&Place"), self.location)
        add_when_row(form, self.day, self.starts, self.ends)
        form.addRow(self.tr("Fac&ilitator"), self.facilitator)
        form.addRow(self.tr("P&urpose"), self.purpose)
        form.addRow(self.tr("&Minutes in"), self.minutes_language)

        for name in TEXT_FIELDS[:-1]:
            line: QLineEdit = getattr(self, name)
            line.textEdited.connect(lambda _t, n=name: self._typed(n))
            line.editingFinished.connect(self._finish_typing)
        self.purpose.textChanged.connect(self._purpose_changed)
        self.purpose.installEventFilter(self)
        self.day.editingFinished.connect(self._day_finished)
        self.day.date_chosen.connect(self._day_finished)
        self.day.stepped.connect(self._when_changed)
        self.starts.timeChanged.connect(lambda _t: self._when_changed())
        self.ends.timeChanged.connect(lambda _t: self._when_changed())
        for edit in (self.starts, self.ends):
            edit.editingFinished.connect(self.typing_finished)
        self.minutes_language.activated.connect(self._language_chosen)
        self._loading = False

    # -- showing what is stored ------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        self._stored = workshop.model_dump()
        self._loading = True
        try:
            for name in TEXT_FIELDS:
                if name in self._typing.pending:
                    continue  # the user is typing here; do not move their cursor
                value = self._stored[name] or ""
                widget = getattr(self, name)
                current = widget.toPlainText() if name == "purpose" else widget.text()
                if current != value:
                    if name == "purpose":
                        widget.setPlainText(value)
                    else:
                        widget.setText(value)
                        widget.setCursorPosition(0)  # show the start of a long title
            starts, ends = workshop.starts_at, workshop.ends_at
            if self.day.error() is None:  # else keep what is typed there until it is a date
                self.day.set_date(starts.date() if starts else None)
            self.starts.setTime(_qtime(starts.time()) if starts else QTime(9, 0))
            self.ends.setTime(_qtime(ends.time()) if ends else QTime(15, 0))
            index = self.minutes_language.findData(workshop.minutes_language)
            self.minutes_language.setCurrentIndex(max(0, index))
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for name in TEXT_FIELDS:
            getattr(self, name).setReadOnly(read_only)
        for edit in (self.day, self.starts, self.ends):
            edit.setReadOnly(read_only)
        self.minutes_language.setEnabled(not read_only)

    # -- turning typing into edits ---------------------------------------------------

    def _typed(self, name: str) -> None:
        if not self._loading:
            self._typing.typed(name)

    def _purpose_changed(self) -> None:
        self._typed("purpose")

    def _finish_typing(self) -> None:
        self.commit_pending()
        self.typing_finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QPlainTextEdit has no editingFinished; leaving it ends the typing like a line edit.
        if watched is self.purpose and event.type() == QEvent.Type.FocusOut:
            self._finish_typing()
        return super().eventFilter(watched, event)

    def commit_pending(self) -> None:
        """Send what has been typed but not yet stored (also called before save and close)."""
        self._typing.flush()
        self._when_changed()

    def _commit_fields(self, fields: set[str]) -> None:
        old, new = typed_changes(self, fields, self._stored)
        if new:
            self._stored.update(new)
            self.edit_requested.emit(old, new)

    def _day_finished(self) -> None:
        """Enter, leaving the field, or a day picked in the calendar: store the date, or say
        plainly why what is typed is not one (and keep it there to be corrected)."""
        if self.day.error() is not None:
            if not self.day.isReadOnly():
                message = self.tr("{reason} The workshop's date was not changed.").format(
                    reason=self.day.error_text()
                )
                dialogs.show_error(self.window(), message)
            return
        self._when_changed()
        self.typing_finished.emit()

    def _when_changed(self) -> None:
        if self._loading or self.day.error() is not None:
            return
        day = self.day.date()
        if day is None:
            new: dict[str, Any] = {"starts_at": None, "ends_at": None}
        else:
            new = {
                "starts_at": day_at(day, self.starts),
                "ends_at": day_at(day, self.ends),
            }
        old = {k: self._stored.get(k) for k in new}
        if old != new:
            self._stored.update(new)
            self.edit_requested.emit(old, new)

    def _language_chosen(self) -> None:
        value = self.minutes_language.currentData()
        if value != self._stored.get("minutes_language"):
            old = {"minutes_language": self._stored.get("minutes_language")}
            self._stored["minutes_language"] = value
            self.edit_requested.emit(old, {"minutes_language": value})
            self.typing_finished.emit()


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)
