"""The minutes' section "Business case og økonomisk råderum": per column and for the whole
board the economic room against today (the sum over the cards with a complete business
case, and how many decided cards lack one); per service with a business case its totals,
the difference between in-house delivery and buying, its room and what is missing, with
the suggestion and its reason; and the results to follow up, with an empty result column
for the follow-up workshop.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TypeAlias

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.core import business_case as bc
from desktop.export import escape
from desktop.export.minutes_data import DeliveryColumn, MinutesData, ServiceRow
from desktop.export.minutes_sections import empty, heading, word_or_raw
from desktop.export.options import MinutesOptions
from desktop.export.styles import FRAME_WIDTH, HEADER_FILL, MUTED, Styles, table, widths

Cell: TypeAlias = Flowable | list[Flowable]


def business_case(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    story = heading(styles, "business_case")
    services = [s for column in data.delivery for s in column.services]
    with_case = [s for s in services if bc.compute(s.case).given]
    measured = [s for s in services if s.measures]
    if not with_case and not measured:
        return [*story, empty(styles, "no_business_case")]
    story += [styles.label("business_case_intro", styles.intro), _rooms(data.delivery, styles)]
    if with_case:
        story.append(_cases(with_case, styles))
    if measured:
        story += [
            styles.label("case_measures", styles.h2),
            styles.label("case_measures_intro", styles.muted),
            _measures(measured, styles),
        ]
    return story


def _name(placement: str, styles: Styles) -> str:
    return word_or_raw(styles, "placement", placement)


def _rooms(columns: tuple[DeliveryColumn, ...], styles: Styles) -> Table:
    """Per column the room, the cards counted and those without a complete case; the board."""
    lang = styles.lang
    right = ParagraphStyle("th_right", parent=styles.th, alignment=TA_RIGHT)
    keys = ("column", "case_room", "case_with", "case_without")
    rows: list[list[Cell]] = [
        [styles.label(k, styles.th if k == "column" else right) for k in keys]
    ]
    rooms = []
    for column in columns:
        if column.placement not in bc.DECIDED:
            continue  # an undecided card has no room yet
        room = bc.room_of(s.case for s in column.services)
        rooms.append(room)
        rows.append(_room_row(_name(column.placement, styles), room, styles, lang))
    rows.append(_room_row(styles.word("case_board"), bc.room_sum(rooms), styles, lang, bold=True))
    return table(
        rows,
        widths(FRAME_WIDTH, 40, 70, 30, 30),
        extra=[
            ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED),
        ],
    )


def _room_row(
    name: str, room: bc.Room, styles: Styles, lang: str, *, bold: bool = False
) -> list[Cell]:
    text = room.text(lang) or "–"
    if room.complete:  # "Råderum +340.000 kr. over 4 år" -> "+340.000 kr. over 4 år"
        text = text.split(" ", 1)[1]
    first = f"<b>{escape.markup(name)}</b>" if bold else escape.markup(name)
    return [
        Paragraph(first, styles.td_bold if not bold else styles.td),
        Paragraph(escape.markup(text), styles.td_right),
        Paragraph(str(room.complete), styles.td_right),
        Paragraph(str(room.without), styles.td_right),
    ]


def _cases(services: list[ServiceRow], styles: Styles) -> Table:
    lang = styles.lang
    head = [
        styles.label(k, styles.th)
        for k in ("service", "case_in_house", "case_external", "case_today", "case_result")
    ]
    rows: list[list[Cell]] = [head]
    for service in services:
        case = bc.compute(service.case)
        first: list[Flowable] = [
            styles.para(service.title or "–", styles.td_bold),
            Paragraph(escape.markup(_name(service.placement, styles)), styles.td_small),
        ]
        reason = service.reason.get(lang, "")
        if reason:
            first.append(Paragraph(escape.markup(reason), styles.td_small))
        result: list[Flowable] = []
        for text in (case.difference_text(lang), case.room_text(lang), case.missing_text(lang)):
            if text:
                result.append(Paragraph(escape.markup(text), styles.td))
        if not case.decided:
            result.append(styles.label("case_no_room", styles.td_small))
        rows.append(
            [
                first,
                _amount(case.in_house_total, styles),
                _amount(case.external_total, styles),
                _amount(case.today_total, styles),
                result,
            ]
        )
    return table(rows, widths(FRAME_WIDTH, 42, 26, 26, 26, 60))


def _amount(amount: Decimal | None, styles: Styles) -> Paragraph:
    shown = bc.kroner(amount, styles.lang)  # "–" when not known
    return Paragraph(escape.markup(shown), styles.td_right)


def _measures(services: list[ServiceRow], styles: Styles) -> Table:
    keys = ("service", "case_measure", "case_baseline", "case_target", "case_measure_result")
    rows: list[list[Cell]] = [[styles.label(k, styles.th) for k in keys]]
    for service in services:
        for number, measure in enumerate(service.measures):
            title = styles.para(service.title or "–", styles.td_bold) if number == 0 else ""
            rows.append(
                [
                    title or Paragraph("", styles.td),
                    styles.para(measure.name or "–", styles.td),
                    styles.para(measure.baseline, styles.td),
                    styles.para(measure.target, styles.td),
                    styles.para(measure.result, styles.td),  # empty until followed up
                ]
            )
    return table(rows, widths(FRAME_WIDTH, 36, 50, 28, 28, 28))
