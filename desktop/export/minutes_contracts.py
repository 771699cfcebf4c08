"""The minutes' section "Kontrakter og udbudskalender" (issue 20, part 1): every service's
contract today and its tender calendar, the time line of all of them (the same geometry the
window draws, desktop.export.timeline_geometry), and the lead times the calendars used.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from desktop.core import tender_calendar as tc
from desktop.core.contracts import agreement_name, options_left_text
from desktop.core.values import TenderRegime
from desktop.export import escape
from desktop.export import timeline_geometry as tg
from desktop.export.fonts import draw_string, string_width
from desktop.export.minutes_data import MinutesData
from desktop.export.minutes_sections import empty, heading
from desktop.export.options import MinutesOptions
from desktop.export.styles import FRAME_WIDTH, MUTED, REGULAR, RULE, Styles, table, widths
from desktop.export.words import short_date

PASSED = colors.HexColor("#B3261E")
INK = colors.HexColor("#1B1B1B")
BAR_COLOURS = {
    tg.CONTRACT: colors.HexColor("#3B6EA5"),
    tg.OPTIONS: colors.HexColor("#A9C4E2"),
    tg.TENDER: colors.HexColor("#E0A030"),
}
MARK_COLOURS = {
    tg.NOTICE: colors.HexColor("#555555"),
    tg.ANNOUNCE: INK,
    tg.DELIVERY: colors.HexColor("#2E7D32"),
}
ROW_HEIGHT = 7 * mm
LABEL_WIDTH = 42 * mm
TOP = 5 * mm
TITLE_SIZE = 7.5


class TimelineDrawing(Flowable):
    """The time line of every service, one row each, across the frame's width."""

    def __init__(self, line: tg.Timeline, lang: str) -> None:
        super().__init__()
        self.line, self.lang = line, lang
        self.width, self.height = line.width, line.height + 2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # never split: a few rows; the section starts it on a page with room

    def draw(self) -> None:
        canvas: Canvas = self.canv
        line = self.line

        def y(top: float) -> float:  # the geometry's y runs down, the PDF's up
            return self.height - top

        canvas.setLineWidth(0.4)
        for tick in line.ticks:
            canvas.setStrokeColor(RULE)
            canvas.line(tick.x, y(TOP - 1), tick.x, y(line.height))
            if tick.label:
                canvas.setFillColor(MUTED)
                draw_string(canvas, tick.x + 2, y(TOP - 3), tick.label, REGULAR, TITLE_SIZE)
        for row in line.rows:
            mid = y(row.y + ROW_HEIGHT / 2)
            canvas.setFillColor(PASSED if row.late else INK)
            title = _fit(("! " if row.late else "") + row.title, LABEL_WIDTH - 4)
            draw_string(canvas, 0, mid - TITLE_SIZE / 3, title, REGULAR, TITLE_SIZE)
            for bar in row.bars:
                canvas.setFillColor(BAR_COLOURS[bar.kind])
                thin = bar.kind == tg.TENDER
                height = 1.6 * mm if thin else 3 * mm
                bottom = mid - 3.2 * mm if thin else mid - 0.6 * mm
                canvas.rect(bar.x0, bottom, max(0.5, bar.x1 - bar.x0), height, stroke=0, fill=1)
            for mark in row.marks:
                colour = PASSED if mark.passed else MARK_COLOURS[mark.kind]
                canvas.setStrokeColor(colour)
                canvas.setFillColor(colour)
                if mark.kind == tg.ANNOUNCE:
                    path = canvas.beginPath()
                    s = 1.6 * mm
                    path.moveTo(mark.x, mid + s)
                    path.lineTo(mark.x + s, mid)
                    path.lineTo(mark.x, mid - s)
                    path.lineTo(mark.x - s, mid)
                    path.close()
                    canvas.drawPath(path, stroke=0, fill=1)
                else:
                    canvas.setLineWidth(1.2)
                    canvas.line(mark.x, mid - 2.6 * mm, mark.x, mid + 2.6 * mm)
                    canvas.setLineWidth(0.4)
        if line.today_x is not None:
            canvas.setStrokeColor(PASSED)
            canvas.setDash(2, 2)
            canvas.line(line.today_x, y(TOP - 1), line.today_x, y(line.height))
            canvas.setDash()


def _fit(text: str, width: float) -> str:
    if string_width(text, REGULAR, TITLE_SIZE) <= width:
        return text
    while text and string_width(text + "…", REGULAR, TITLE_SIZE) > width:
        text = text[:-1]
    return text + "…"


def contracts(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    story = heading(styles, "contracts")
    lang = styles.lang
    shown = [c for c in data.contracts if c.calendar is not None or c.status.recorded]
    if not shown:
        return [*story, empty(styles, "no_contracts")]
    day = data.contracts_day or date.today()
    when = short_date(day, lang)
    story.append(
        Paragraph(escape.markup(styles.word("contracts_intro").format(day=when)), styles.intro)
    )
    line = tg.timeline(
        shown, today=day, width=FRAME_WIDTH, label_width=LABEL_WIDTH, row_height=ROW_HEIGHT, top=TOP
    )
    legend = styles.word("contracts_legend").format(day=when)
    story.append(
        KeepTogether(
            [
                styles.label("contracts_timeline", styles.h2),
                TimelineDrawing(line, lang),
                Paragraph(escape.markup(legend), styles.note),
            ]
        )
    )
    story.append(_table(shown, styles, day))
    story += _lead_times(shown, styles)
    return story


def _d(day: date | None, lang: str) -> str:
    return short_date(day, lang) if day is not None else "?"


def _red(text: str) -> str:
    return f'<font color="#B3261E">{escape.markup(text)}</font>'


def _table(shown: Sequence[tc.ServiceCalendar], styles: Styles, day: date) -> Flowable:
    lang, word = styles.lang, styles.word
    rows: list[list[Flowable | list[Flowable]]] = [
        [
            styles.label(key, styles.th)
            for key in (
                "contracts_service",
                "contracts_contract",
                "contracts_dates",
                "contracts_tender",
            )
        ]
    ]
    for c in shown:
        s, cal = c.status, c.calendar
        contract = []
        if s.supplier:
            contract.append(escape.markup(s.supplier))
        if s.start or s.end:
            contract.append(f"{_d(s.start, lang)}–{_d(s.end, lang)}")
        if s.typed:
            left = options_left_text(s.options_remaining, lang)
            contract.append(
                escape.markup(word("contracts_options").format(typed=s.typed, left=left))
            )
        if s.agreement not in ("unknown", ""):
            name = agreement_name(s.agreement, lang)
            if s.agreement_name:
                name += f" ({s.agreement_name})"
            contract.append(escape.markup(word("contracts_agreement").format(name=name)))
        dates = []
        if s.notice_date is not None:
            text = word("contracts_notice").format(day=_d(s.notice_date, lang))
            dates.append(_red(text) if s.notice_date < day else escape.markup(text))
        if s.last_possible_end is not None and s.options_remaining:
            dates.append(
                escape.markup(word("contracts_last_end").format(day=_d(s.last_possible_end, lang)))
            )
        tender = []
        if cal is None:
            tender.append(escape.markup(word("contracts_no_calendar")))
        else:
            tender.append(escape.markup(cal.regime_text(lang)))
            tender.append(
                escape.markup(word("contracts_delivery").format(day=_d(cal.delivery_start, lang)))
            )
            latest = word("contracts_latest").format(day=_d(cal.latest_announcement, lang))
            tender.append(
                f"<b>{_red(latest) if cal.announcement_passed else escape.markup(latest)}</b>"
            )
            if cal.passed:
                names = ", ".join(step.name(lang) for step in cal.passed)
                tender.append(_red(word("contracts_passed").format(steps=names)))
            if c.planned_too_late and c.announcement_date is not None:
                tender.append(
                    _red(
                        word("contracts_planned_late").format(
                            planned=_d(c.announcement_date, lang),
                            day=_d(cal.latest_announcement, lang),
                        )
                    )
                )
            elif c.late:
                tender.append(
                    _red(word("contracts_late").format(day=_d(cal.latest_announcement, lang)))
                )
        rows.append(
            [
                styles.cell(c.title),
                Paragraph("<br/>".join(contract) or "–", styles.td),
                Paragraph("<br/>".join(dates) or "–", styles.td),
                Paragraph("<br/>".join(tender), styles.td),
            ]
        )
    return table(rows, widths(FRAME_WIDTH, 3, 4, 3.4, 4.6))


def _lead_times(shown: Sequence[tc.ServiceCalendar], styles: Styles) -> list[Flowable]:
    """The lead times of the regimes the calendars used, with the default where changed."""
    lang, word = styles.lang, styles.word
    used: dict[TenderRegime, tc.TenderCalendar] = {}
    for c in shown:
        if c.calendar is not None:
            used.setdefault(c.calendar.regime, c.calendar)
    if not used:
        return []
    regimes = [r for r in tc.REGIMES if r in used]
    rows: list[list[Flowable | list[Flowable]]] = [
        [styles.label("contracts_step", styles.th)]
        + [Paragraph(escape.markup(tc.regime_name(r, lang)), styles.th) for r in regimes]
    ]
    for index, step in enumerate(tc.STEPS):
        cells: list[Flowable | list[Flowable]] = [
            Paragraph(escape.markup(tc.step_name(step, lang)), styles.td)
        ]
        for regime in regimes:
            one = used[regime].steps[index]
            text = (
                word("contracts_changed").format(days=one.days, default=one.default)
                if one.days != one.default
                else str(one.days)
            )
            cells.append(Paragraph(escape.markup(text), styles.td))
        rows.append(cells)
    return [
        KeepTogether(
            [
                styles.label("contracts_lead_times", styles.h2),
                table(rows, widths(FRAME_WIDTH, 4, *([2] * len(regimes)))),
                styles.label("contracts_lead_note", styles.note),
            ]
        )
    ]
