"""A date field that takes what a Dane types (27.01.2027, 27/1-2027, 27.1.27), may be empty,
steps a day with ↑/↓ and opens a calendar (the button, Alt+↓ or F4).

An empty field starts from a sensible day (today, or the workshop's date), never 2000.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from desktop.core.dates import (
    NoSuchDayError,
    NoSuchMonthError,
    NotADateError,
    format_date,
    parse_date,
)

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")
CALENDAR_BUTTON_ROOM = 36  # the trailing calendar button, its margins and the frame
DateError = NotADateError | NoSuchMonthError | NoSuchDayError


def _today() -> dt.date:
    return dt.date.today()


class DateField(QLineEdit):
    """`date_chosen` when a day is picked in the calendar, `stepped` after ↑/↓ (the field
    already shows the new date)."""

    date_chosen = Signal()
    stepped = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, start: Callable[[], dt.date] = _today
    ) -> None:
        super().__init__(parent)
        self.start = start  # where an empty field starts: ↑/↓, the calendar, a year left out
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setToolTip(self.tr("Type a date, e.g. 27.01.2027; ↑/↓ a day; Alt+↓ a calendar"))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Choose in a calendar"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._popup: CalendarPopup | None = None

    def minimum_width(self) -> int:
        """Room for 27.01.2027, the calendar button and the frame."""
        return self.fontMetrics().horizontalAdvance("00.00.00000") + CALENDAR_BUTTON_ROOM

    # -- the value -------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The typed date, None when empty; raises a date error when it is not a date."""
        return parse_date(self.text(), year=self.start().year)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def error(self) -> DateError | None:
        try:
            self.date()
        except (NotADateError, NoSuchMonthError, NoSuchDayError) as exc:
            return exc
        return None

    def error_text(self) -> str:
        """Why the typed text is not a date, in plain words; empty when it is one."""
        return explain(self.error())

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.isReadOnly():
            self._step(1 if key == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)

    def _step(self, days: int) -> None:
        if self.error() is not None:
            return  # keep what is typed until it is a date
        current = self.date()
        self.set_date(self.start() if current is None else current + dt.timedelta(days=days))
        self.stepped.emit()

    # -- the calendar ----------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self.isReadOnly():
            return
        shown = self.date() if self.error() is None else None
        self._popup = CalendarPopup(shown or self.start(), self)
        self._popup.chosen.connect(self._chosen)
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self._popup.calendar.setFocus()

    def _chosen(self, value: dt.date) -> None:
        self.set_date(value)
        self.setFocus()
        self.date_chosen.emit()


class CalendarPopup(QFrame):
    """The month of the field's date (or where it starts); Enter or a click picks a day."""

    chosen = Signal(object)  # datetime.date

    def __init__(self, shown: dt.date, parent: QWidget) -> None:
        # A child of the field, so a table's cell editor does not close when it opens.
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.Box)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _picked(self, day: QDate) -> None:
        self.close()
        self.chosen.emit(day.toPython())


def explain(error: DateError | None) -> str:
    """The error's reason in the UI's language (Qt's translator picks it)."""
    if error is None:
        return ""
    p = error.params
    if isinstance(error, NoSuchDayError):
        return translate(
            "DateField", "{text} does not exist: {month} {year} has {days} days."
        ).format(
            text=p["text"], month=month_name(int(str(p["month"]))), year=p["year"], days=p["days"]
        )
    if isinstance(error, NoSuchMonthError):
        return translate("DateField", "{text} does not exist: a year has 12 months.").format(
            text=p["text"]
        )
    return translate(
        "DateField",
        "“{text}” is not a date. Write the date as day.month.year, for example 27.01.2027.",
    ).format(text=p["text"])


def month_name(number: int) -> str:
    names = (
        translate("DateField", "January"),
        translate("DateField", "February"),
        translate("DateField", "March"),
        translate("DateField", "April"),
        translate("DateField", "May"),
        translate("DateField", "June"),
        translate("DateField", "July"),
        translate("DateField", "August"),
        translate("DateField", "September"),
        translate("DateField", "October"),
        translate("DateField", "November"),
        translate("DateField", "December"),
    )
    return names[number - 1]


def _calendar_icon() -> QIcon:
    """A small calendar page, drawn: the platform themes have none we can count on."""
    themed = QIcon.fromTheme("x-office-calendar")
    if not themed.isNull():
        return themed
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#c25e00"))
    for row in range(2):
        for col in range(3):
            painter.fillRect(3 + col * 4, 8 + row * 3, 2, 2, QColor("#555555"))
    painter.end()
    return QIcon(pixmap)
