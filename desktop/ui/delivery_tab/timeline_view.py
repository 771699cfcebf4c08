"""Every service's contract and tender calendar on one time line, drawn with QPainter from
the same geometry the minutes draw (desktop.export.timeline_geometry)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import tender_calendar as tc
from desktop.core.dates import format_date
from desktop.core.errors import TvaersError
from desktop.export import timeline_geometry as tg
from desktop.export.tender_calendar_csv import save_calendar_csv
from desktop.storage.paths import documents_dir
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.trf import trf

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")
ROW_HEIGHT = 34
LABEL_WIDTH = 220
TOP = 24
PASSED = QColor("#b3261e")
COLOURS = {
    tg.CONTRACT: QColor("#3b6ea5"),
    tg.OPTIONS: QColor("#a9c4e2"),
    tg.TENDER: QColor("#e0a030"),
}
MARK_COLOURS = {
    tg.NOTICE: QColor("#555555"),
    tg.ANNOUNCE: QColor("#1b1b1b"),
    tg.DELIVERY: QColor("#2e7d32"),
}


class TimelineCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendars: list[tc.ServiceCalendar] = []
        self.today = dt.date.today()
        self.geometry_: tg.Timeline | None = None
        self.setMinimumWidth(760)

    def show_calendars(self, calendars: list[tc.ServiceCalendar], today: dt.date) -> None:
        self.calendars, self.today = calendars, today
        self._layout()
        self.update()

    def _layout(self) -> None:
        self.geometry_ = tg.timeline(
            self.calendars,
            today=self.today,
            width=max(self.width(), 760) - 8,
            label_width=LABEL_WIDTH,
            row_height=ROW_HEIGHT,
            top=TOP,
        )
        self.setMinimumHeight(int(self.geometry_.height) + 8)

    def resizeEvent(self, event: object) -> None:
        self._layout()

    def paintEvent(self, _event: QPaintEvent) -> None:
        line = self.geometry_
        if line is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        grid = QColor(text)
        grid.setAlpha(50)
        for tick in line.ticks:
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(tick.x, TOP - 4), QPointF(tick.x, line.height))
            if tick.label:
                painter.setPen(text)
                painter.drawText(QPointF(tick.x + 3, TOP - 8), tick.label)
        for row in line.rows:
            mid = row.y + ROW_HEIGHT / 2
            painter.setPen(PASSED if row.late else text)
            title = ("⚠ " if row.late else "") + row.title
            painter.drawText(
                QRectF(4, row.y, LABEL_WIDTH - 8, ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                painter.fontMetrics().elidedText(
                    title, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8
                ),
            )
            for bar in row.bars:
                thin = bar.kind == tg.TENDER
                height = 6 if thin else 12
                y = mid + (6 if thin else -8)
                painter.fillRect(
                    QRectF(bar.x0, y, max(1.0, bar.x1 - bar.x0), height), COLOURS[bar.kind]
                )
            for mark in row.marks:
                colour = PASSED if mark.passed else MARK_COLOURS[mark.kind]
                painter.setPen(QPen(colour, 2))
                painter.setBrush(colour)
                if mark.kind == tg.ANNOUNCE:  # a diamond: the date that matters most
                    painter.drawPolygon(
                        QPolygonF(
                            [
                                QPointF(mark.x, mid - 8),
                                QPointF(mark.x + 6, mid),
                                QPointF(mark.x, mid + 8),
                                QPointF(mark.x - 6, mid),
                            ]
                        )
                    )
                else:
                    painter.drawLine(QPointF(mark.x, mid - 10), QPointF(mark.x, mid + 10))
        if line.today_x is not None:
            painter.setPen(QPen(PASSED, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(line.today_x, TOP - 4), QPointF(line.today_x, line.height))
        painter.end()


class TimelineWindow(QDialog):
    """Not modal: the board stays usable beside it. Esc closes it."""

    def __init__(
        self,
        workshop: OpenWorkshop,
        lang: str,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop, self.lang, self.today = workshop, lang, today
        self.calendars: list[tc.ServiceCalendar] = []
        self.setWindowTitle(self.tr("Time line of contracts and tenders"))
        self.canvas = TimelineCanvas()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.empty = QLabel(self.tr("No service has a contract end or a delivery start yet."))
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.setToolTip(
            self.tr("The tender calendar, one row per service and step, for Excel")
        )
        self.csv_button.clicked.connect(self.save_csv)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        layout.addLayout(buttons)
        resize_to_fit(self, 980, 520)

    def refresh(self) -> None:
        day = self.today()
        calendars = self.workshop.read(lambda s: tc.service_calendars(s, today=day))
        self.calendars = calendars
        self.csv_button.setEnabled(any(c.calendar is not None for c in calendars))
        self.canvas.show_calendars(calendars, day)
        line = self.canvas.geometry_
        self.empty.setVisible(line is None or not line.rows)
        self.legend.setText(
            trf(
                self.tr(
                    "Dark bar: the current contract; light bar: options not yet used; orange: "
                    "the tender's steps; diamond: the latest announcement date; green line: "
                    "delivery starts; grey line: last day to give notice; red: passed as seen "
                    "from %1 (the dashed line)."
                ),
                format_date(day),
            )
        )

    def save_csv(self) -> None:
        """The calendar as CSV, in the window's language, where the user chooses."""
        suggested = self.tr("tender calendar.csv")
        path = ask_csv_path(self, suggested)
        if path is None:
            return
        try:
            save_calendar_csv(self.calendars, path, self.lang)
        except TvaersError as exc:
            self.workshop.report(exc)


def ask_csv_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the CSV (tests answer in its place: a real dialog would wait)."""
    start = documents_dir() if documents_dir().is_dir() else Path.home()
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("TimelineWindow", "Save the tender calendar"),
        str(start / suggested),
        translate("TimelineWindow", "CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")
