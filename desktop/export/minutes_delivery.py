"""Section 5 of the minutes: the delivery model, one table per column of the board.

Each card is one row: the service (title, target group, owner, CPV code), what it is and
why it sits where it sits (with the needs it answers and, on external and mixed cards,
the procurement hint, labelled as guidance), and its figures (annual cost, contract years,
contract value, volume, weighted score and suggestion). An overview of the columns' totals
comes first; each column repeats its own totals above its table.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from desktop.core.delivery import ColumnTotals, column_totals_sum, contract_years_text
from desktop.core.delivery_models import Placement
from desktop.core.money import format_dkk
from desktop.export import escape
from desktop.export.minutes_data import DeliveryColumn, MinutesData, ServiceRow
from desktop.export.minutes_sections import empty, heading, word_or_raw
from desktop.export.options import MinutesOptions
from desktop.export.styles import FRAME_WIDTH, HEADER_FILL, MUTED, Styles, table, widths
from desktop.export.words import short_date

NEED_LIMIT = 600  # a need quoted on a card; the whole note is in the needs section
MUTED_INK = "#5A6270"
KEEP_WITH_TABLE = 70 * mm  # a column's heading starts a new page with less room below
ROWS_PER_TABLE = 40  # a long column is cut into tables of a few pages (see term_tables)


def dkk(amount: int | None, lang: str) -> str:
    """'1.234.567 kr.' in Danish, 'DKK 1,234,567' in English; '–' for no amount."""
    return format_dkk(amount, lang=lang)


def number(value: float, lang: str, decimals: int = 1) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "da" else text


def delivery(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    story = heading(styles, "delivery")
    if not any(column.services for column in data.delivery):
        return [*story, empty(styles, "no_services")]
    story += [styles.label("delivery_intro", styles.intro), _overview(data.delivery, styles)]
    for column in data.delivery:
        title = Paragraph(escape.markup(_column_name(column.placement, styles)), styles.h2)
        totals = Paragraph(escape.markup(_totals_line(column, styles)), styles.muted)
        if not column.services:
            story.append(KeepTogether([title, totals, empty(styles, "no_services_column")]))
            continue
        tables = _card_tables(column.services, styles)
        # The column's heading and totals stay with the start of its table.
        story += [CondPageBreak(KEEP_WITH_TABLE), title, totals, *tables]
    return story


def _column_name(placement: str, styles: Styles) -> str:
    return word_or_raw(styles, "placement", placement)


def _contract(totals: ColumnTotals, lang: str) -> str:
    """A column's contract value; "–" when no card in it has both a cost and years (a sum
    of nothing is not 0 kr.)."""
    valued = totals.count - totals.without_cost - totals.without_years
    return dkk(totals.contract_dkk, lang) if valued > 0 else "–"


def _totals_line(column: DeliveryColumn, styles: Styles) -> str:
    t, lang = column.totals, styles.lang
    parts = [
        styles.word("column_totals").format(
            count=t.count, annual=dkk(t.annual_dkk, lang), contract=_contract(t, lang)
        )
    ]
    if t.without_cost:
        parts.append(styles.word("column_without_cost").format(count=t.without_cost))
    if t.without_years:
        parts.append(styles.word("column_without_years").format(count=t.without_years))
    return " · ".join(parts)


def _overview(columns: tuple[DeliveryColumn, ...], styles: Styles) -> Table:
    """The columns' totals side by side, with a sum over the board."""
    lang = styles.lang
    keys = ("column", "services_count", "annual_cost", "contract_value", "without_cost")
    th_right = ParagraphStyle("th_right", parent=styles.th, alignment=TA_RIGHT)
    rows: list[list[Flowable | list[Flowable]]] = [
        [styles.label(k, styles.th if k == "column" else th_right) for k in keys]
    ]
    for column in columns:
        t = column.totals
        rows.append(
            [
                Paragraph(escape.markup(_column_name(column.placement, styles)), styles.td_bold),
                Paragraph(str(t.count), styles.td_right),
                Paragraph(escape.markup(dkk(t.annual_dkk, lang)), styles.td_right),
                Paragraph(escape.markup(_contract(t, lang)), styles.td_right),
                Paragraph(str(t.without_cost), styles.td_right),
            ]
        )
    # What is not bought is no cost: the sum leaves that column out, and says so.
    counted = [c for c in columns if c.placement != Placement.NOT_BUYING.value]
    total = column_totals_sum([c.totals for c in counted])
    label = styles.word("totals_without").format(
        column=_column_name(Placement.NOT_BUYING.value, styles)
    )
    rows.append(
        [
            Paragraph(f"<b>{escape.markup(label)}</b>", styles.td),
            Paragraph(str(total.count), styles.td_right),
            Paragraph(escape.markup(dkk(total.annual_dkk, lang)), styles.td_right),
            Paragraph(escape.markup(_contract(total, lang)), styles.td_right),
            Paragraph(str(total.without_cost), styles.td_right),
        ]
    )
    return table(
        rows,
        widths(FRAME_WIDTH, 42, 16, 36, 40, 20),
        extra=[
            ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED),
        ],
    )


def _card_tables(services: tuple[ServiceRow, ...], styles: Styles) -> list[Flowable]:
    head = [styles.label(k, styles.th) for k in ("service", "about", "figures")]
    column_widths = widths(FRAME_WIDTH, 44, 82, 44)
    found: list[Flowable] = []
    for start in range(0, len(services), ROWS_PER_TABLE):
        rows: list[list[Flowable | list[Flowable]]] = [head]
        for service in services[start : start + ROWS_PER_TABLE]:
            rows.append(_card_row(service, styles))
        found.append(table(rows, column_widths))
    return found


def _labelled(styles: Styles, key: str, text: str, style_name: str = "td") -> list[Flowable]:
    """'Label: text' as cell paragraphs, the label ours and the text the user's."""
    label = f"<b>{escape.markup(styles.word(key))}:</b> "
    cell = styles.cell(text, getattr(styles, style_name), prefix=label)
    return list(cell) if isinstance(cell, list) else [cell]


def _card_row(service: ServiceRow, styles: Styles) -> list[Flowable | list[Flowable]]:
    lang = styles.lang
    first: list[Flowable] = [
        styles.para(service.title or "–", styles.td_bold),
    ]
    announced = (
        short_date(date.fromisoformat(service.announcement_date), lang)
        if service.announcement_date
        else ""
    )
    for key, value in (
        ("target_group", service.target_group),
        ("owner", service.owner),
        ("cpv", service.cpv_code),
        ("announcement", announced),
    ):
        if value.strip():
            first += _labelled(styles, key, value, "td_small")

    about: list[Flowable] = []
    if service.description.strip():
        about += _as_list(styles.cell(service.description))
    if service.rationale.strip():
        about += _labelled(styles, "rationale", service.rationale)
    about.append(Paragraph(f"<b>{escape.markup(styles.word('answers_needs'))}:</b>", styles.td))
    if service.needs:
        for need in service.needs:
            text, left_out = escape.clip(need.text, NEED_LIMIT)
            where = " · ".join(p for p in (need.canvas_title, need.zone_title) if p.strip())
            line = "• " + escape.markup(text) + ("…" if left_out else "")
            if where:
                line += f' <font color="{MUTED_INK}">({escape.markup(where)})</font>'
            about.append(Paragraph(line, styles.td))
    else:
        about.append(styles.label("no_needs", styles.td_small))
    if service.hint is not None:
        label = escape.markup(styles.word("hint_label"))
        badge = escape.markup(service.hint.badge(lang))
        about.append(Paragraph(f"<b>{label}: {badge}</b>", styles.td_source))
        about += _as_list(styles.cell(service.hint.summary(lang), styles.td_small))

    years = (
        styles.word("years").format(
            years=contract_years_text(
                service.contract_years_typed, service.contract_years, lang=lang
            )
        )
        if service.contract_years is not None
        else "–"
    )
    score = "–" if service.score is None else number(service.score, lang)
    suggestion = (
        _column_name(service.suggestion, styles)
        if service.suggestion
        else styles.word("no_suggestion")
    )
    figures: list[Flowable] = []
    for key, value in (
        ("annual_cost", dkk(service.annual_cost_dkk, lang)),
        ("contract_years", years),
        ("contract_value", dkk(service.contract_value_dkk, lang)),
    ):
        figures.append(_figure(styles, key, value))
    if service.placement == Placement.MIXED.value:
        share = service.bought_share_percent
        figures.append(_figure(styles, "bought_share", "–" if share is None else f"{share} %"))
    if service.volume.strip():
        figures.append(_figure(styles, "volume", escape.clip(service.volume, 2_000)[0]))
    figures += [_figure(styles, "score", score), _figure(styles, "suggestion", suggestion)]
    if service.reason.get(lang):  # the criteria that weigh most for the suggestion
        figures.append(Paragraph(escape.markup(service.reason[lang]), styles.td_small))
    return [first, about, figures]


def _figure(styles: Styles, key: str, value: str) -> Paragraph:
    return Paragraph(
        f'<font size="7" color="{MUTED_INK}">{escape.markup(styles.word(key))}</font><br/>'
        + escape.markup(value),
        styles.td,
    )


def _as_list(cell: Flowable | list[Flowable]) -> list[Flowable]:
    return list(cell) if isinstance(cell, list) else [cell]
