"""The workshop's details as a form. Typing commits after a short pause, never lost on a crash."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from desktop.core.dates import format_date
from desktop.core.models import Workshop
from desktop.ui import dialogs
from desktop.ui.date_field import DateField
from desktop.ui.record_form import RecordForm
from desktop.ui.section_typing import TypedOverSection
from desktop.ui.typing_buffer import show_text
from desktop.ui.when_row import add_when_row, day_at

TEXT_FIELDS = ("title", "organisation", "area", "location", "facilitator", "purpose")


class DetailsForm(RecordForm):
    """Emits `edit_requested(workshop_id, old, new)` with dicts of changed fields;
    `typing_finished` when a field loses focus, so the undo step for that field's typing
    closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

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
            TypedOverSection(edit)
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

        self.watch_text(*TEXT_FIELDS)
        self.day.editingFinished.connect(self._day_finished)
        self.day.date_chosen.connect(self._day_finished)
        self.day.stepped.connect(self._when_changed)
        self.starts.timeChanged.connect(lambda _t: self._when_changed())
        self.ends.timeChanged.connect(lambda _t: self._when_changed())
        for edit in (self.starts, self.ends):
            edit.editingFinished.connect(self.typing_finished)
        self.minutes_language.activated.connect(self._language_chosen)

    # -- showing what is stored ------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        """Show the workshop as stored; text being typed is left alone."""
        stored = workshop.model_dump()
        with self.showing(stored):
            self.show_texts({name: stored[name] or "" for name in TEXT_FIELDS})
            starts, ends = workshop.starts_at, workshop.ends_at
            # A day being typed (or not yet a date) stays until the field is left.
            if self.day.error() is None and not self.day.isModified():
                show_text(self.day, format_date(starts.date() if starts else None))
            for edit, value, default in ((self.starts, starts, 9), (self.ends, ends, 15)):
                shown = _qtime(value.time()) if value else QTime(default, 0)
                if edit.time() != shown:  # setting it again would move the cursor
                    edit.setTime(shown)
            index = self.minutes_language.findData(workshop.minutes_language)
            self.minutes_language.setCurrentIndex(max(0, index))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for edit in (self.day, self.starts, self.ends):
            edit.setReadOnly(read_only)
        self.minutes_language.setEnabled(not read_only)

    # -- turning typing into edits ---------------------------------------------------

    def commit_pending(self) -> None:
        """Send what has been typed but not yet stored (also called before save and close)."""
        super().commit_pending()
        self._when_changed()

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
        self.day.setModified(False)  # sent: the stored date may be shown there again
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
        self.request(new, finish=False)

    def _language_chosen(self) -> None:
        self.request({"minutes_language": self.minutes_language.currentData()})


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)
