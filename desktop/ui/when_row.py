"""The "Dato ... fra ... til ..." row of a form: the workshop's day and hours on one line."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QTimeEdit

from desktop.ui.date_field import DateField

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def add_when_row(form: QFormLayout, day: DateField, starts: QTimeEdit, ends: QTimeEdit) -> None:
    """Day, start and end in one row, labelled Dato (Alt+A goes to the day)."""
    when = QHBoxLayout()
    when.addWidget(day)
    when.addWidget(QLabel(translate("WhenRow", "from")))
    when.addWidget(starts)
    when.addWidget(QLabel(translate("WhenRow", "to")))
    when.addWidget(ends)
    when.addStretch(1)
    label = QLabel(translate("WhenRow", "&Date"))
    label.setBuddy(day)  # a row holding a layout gets no buddy by itself
    form.addRow(label, when)


def day_at(day: date, edit: QTimeEdit) -> datetime:
    """`day` at the time `edit` shows (what `QTime.toPython()` gives, typed as a time)."""
    shown = edit.time()
    return datetime.combine(
        day, time(shown.hour(), shown.minute(), shown.second(), shown.msec() * 1000)
    )
