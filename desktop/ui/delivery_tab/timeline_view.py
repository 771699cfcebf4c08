"""Every service's contract and tender calendar on one time line, drawn with QPainter from
the same geometry the minutes draw (desktop.export.timeline_geometry)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core import tender_calendar as tc
from desktop.core.dates import format_date
from desktop.export import timeline_geometry as tg
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.trf import trf

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
        self.setWindowTitle(self.tr("Time line of contracts and tenders"))
        self.canvas = TimelineCanvas()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.empty = QLabel(self.tr("No service has a contract end or a delivery start yet."))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.resize(980, 520)

    def refresh(self) -> None:
        day = self.today()
        calendars = self.workshop.read(lambda s: tc.service_calendars(s, today=day))
        self.canvas.show_calendars(calendars, day)
        line = self.canvas.geometry_
        self.empty.setVisible(line is None or not line.rows)
        self.legend.setText(
            trf(
                self.tr(
                    "Dark bar: the current contract; light bar: options not yet used; orange: "
                    "the tender's steps; diamond: the latest announcement date; green line: "
                    "delivery starts; grey line: last day to give notice; red: passed; dashed "
                    "line: today (%1)."
                ),
                format_date(day),
            )
        )
