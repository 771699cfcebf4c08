"""The time line of every service's contract and tender calendar, as geometry: rows, bars,
marks and the dates' x positions. Pure (no Qt, no reportlab), so the window's view and the
minutes draw the very same thing (issue 20, part 1).

A row per service with a contract or a calendar, in the board's order:
- the current contract as a bar (from its start, or the left edge when not known, to its
  end), the options not yet used as a lighter bar after it;
- the tender, from the start of its first step to the delivery start, as a thin bar;
- marks: the notice date, the latest announcement date, the delivery start; a mark whose
  day is before `today` is passed (drawn red);
- today's line across every row.
Coordinates: x from the left edge of the drawing, y from its top, in the caller's unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.core.tender_calendar import ServiceCalendar

CONTRACT, OPTIONS, TENDER = "contract", "options", "tender"
NOTICE, ANNOUNCE, DELIVERY = "notice", "announce", "delivery"
MARK_NAMES = {
    NOTICE: ("Opsigelse", "Notice"),
    ANNOUNCE: ("Seneste annoncering", "Latest announcement"),
    DELIVERY: ("Levering starter", "Delivery starts"),
}
BAR_NAMES = {
    CONTRACT: ("Kontrakt", "Contract"),
    OPTIONS: ("Optioner tilbage", "Options remaining"),
    TENDER: ("Udbudsforløb", "Tender steps"),
}


@dataclass(frozen=True)
class Bar:
    kind: str  # CONTRACT, OPTIONS or TENDER
    x0: float
    x1: float
    first: date
    last: date


@dataclass(frozen=True)
class Mark:
    kind: str  # NOTICE, ANNOUNCE or DELIVERY
    x: float
    day: date
    passed: bool


@dataclass(frozen=True)
class Row:
    service_id: str
    title: str
    y: float  # the row's top
    bars: tuple[Bar, ...]
    marks: tuple[Mark, ...]
    late: bool  # the tender should have been announced already, or is planned too late


@dataclass(frozen=True)
class Tick:
    x: float
    day: date
    label: str  # the year at 1 January, else ""


@dataclass(frozen=True)
class Timeline:
    width: float
    height: float
    label_width: float
    top: float  # where the rows begin (the year labels are above)
    row_height: float
    rows: tuple[Row, ...]
    ticks: tuple[Tick, ...]
    today: date
    today_x: float | None  # None when today is outside the drawn span
    first: date
    last: date

    def x_of(self, day: date) -> float:
        return _x(day, self.first, self.last, self.label_width, self.width)


def _x(day: date, first: date, last: date, left: float, width: float) -> float:
    span = max(1, (last - first).days)
    return left + (day - first).days / span * (width - left)


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _next_quarter(day: date) -> date:
    month = day.month + 3
    return date(day.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def timeline(
    calendars: Sequence[ServiceCalendar],
    *,
    today: date,
    width: float,
    label_width: float,
    row_height: float,
    top: float = 0.0,
) -> Timeline:
    """The geometry of the time line; services with neither contract nor calendar are left
    out. The span runs from the quarter of the earliest date to the end of the quarter of
    the latest, today included."""
    shown = [c for c in calendars if c.calendar is not None or c.status.recorded]
    days = [today]
    for c in shown:
        s = c.status
        days += [d for d in (s.start, s.end, s.last_possible_end, s.notice_date) if d]
        if c.calendar is not None:
            days += [c.calendar.start, c.calendar.delivery_start]
    first = _quarter_start(min(days))
    last = _next_quarter(_quarter_start(max(days)))

    def x(day: date) -> float:
        return _x(day, first, last, label_width, width)

    rows = []
    for index, c in enumerate(shown):
        s, cal = c.status, c.calendar
        bars: list[Bar] = []
        marks: list[Mark] = []
        if s.end is not None:
            start = s.start or first
            bars.append(Bar(CONTRACT, x(start), x(s.end), start, s.end))
            if s.last_possible_end is not None and s.last_possible_end > s.end:
                bars.append(
                    Bar(OPTIONS, x(s.end), x(s.last_possible_end), s.end, s.last_possible_end)
                )
        if cal is not None:
            bars.append(
                Bar(TENDER, x(cal.start), x(cal.delivery_start), cal.start, cal.delivery_start)
            )
        if s.notice_date is not None:
            marks.append(Mark(NOTICE, x(s.notice_date), s.notice_date, s.notice_date < today))
        if cal is not None:
            latest = cal.latest_announcement
            marks.append(Mark(ANNOUNCE, x(latest), latest, latest < today))
            marks.append(
                Mark(
                    DELIVERY, x(cal.delivery_start), cal.delivery_start, cal.delivery_start < today
                )
            )
        rows.append(
            Row(
                c.service_id,
                c.title,
                top + index * row_height,
                tuple(bars),
                tuple(marks),
                c.late,
            )
        )
    ticks = []
    day = first
    while day <= last:
        # A year is named at its 1 January, but not at the line's end: nothing of it is
        # drawn there, and its name would stand past the edge (»2« of »2030«).
        named = day.month == 1 and day < last
        ticks.append(Tick(x(day), day, str(day.year) if named else ""))
        day = _next_quarter(day)
    if not any(t.label for t in ticks):  # a span inside one year: name it at its start
        ticks[0] = Tick(ticks[0].x, ticks[0].day, str(first.year))
    return Timeline(
        width,
        top + len(rows) * row_height,
        label_width,
        top,
        row_height,
        tuple(rows),
        tuple(ticks),
        today,
        x(today) if first <= today <= last else None,
        first,
        last,
    )
