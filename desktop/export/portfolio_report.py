"""The portfolio PDF for leadership: `tvaers library report URL -o OUT.pdf` (A4, Danish or English).

Every service of every published workshop by area and placement with totals in kroner, where
the decisions stand (approved, pending, changed after approval, rejected), then each workshop
with its services and decisions. Everything comes from the library, and the library is
untrusted: each of its texts reaches the PDF through Styles.para/cell (escape.markup), so
markup, SQL, emoji and control characters print as typed or as a safe stand-in. The library
holds no participant's e-mail or phone, and this report asks for none.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop.core.money import format_dkk
from desktop.export import escape
from desktop.export.page import PORTRAIT, Decor, Metadata, TvaersDocTemplate
from desktop.export.styles import FRAME_WIDTH, Styles, make_styles, table, widths
from desktop.export.words import LANGUAGES, portfolio_count, short_date, words
from desktop.library.portfolio import (
    DECISION_GROUPS,
    Portfolio,
    PortfolioWorkshop,
    kroner,
)


def write_portfolio(
    portfolio: Portfolio, where: str, out: Path | IO[bytes], *, lang: str = "da"
) -> int:
    """The report of `portfolio`, read from the library at `where` (host:port/database, no
    password); the number of pages."""
    lang = lang if lang in LANGUAGES else "da"
    styles = make_styles(lang)
    w = words(lang)
    document = w["portfolio"]
    day = short_date(portfolio.read_at.date(), lang)
    with escape.watch() as unprintable:
        story: list[Flowable] = [
            Paragraph(escape.markup(w["portfolio_title"]), styles.h1),
            styles.para(w["portfolio_intro"].format(where=where, day=day), styles.muted),
            Spacer(1, 2 * mm),
        ]
        story += _overview(portfolio, styles)
        for workshop in portfolio.workshops:
            story += _workshop(workshop, styles)
    if unprintable.count:
        story.append(styles.label("unprintable", styles.muted))
    doc = TvaersDocTemplate(
        out,
        decor=Decor(
            header_left=w["portfolio_title"],
            header_right=f"{where} · {day}",
            footer_left=document,
            page_of=w["page_of"],
        ),
        metadata=Metadata(
            title=w["portfolio_title"], author="", subject=f"{document}: {where}", lang=lang
        ),
        templates=(PORTRAIT,),
    )
    return doc.write(story)


def _money(amount: Decimal | None, styles: Styles) -> str:
    return format_dkk(None if amount is None else kroner(amount), lang=styles.lang)


def _placement(placement: str, styles: Styles) -> str:
    return words(styles.lang).get(f"placement_{placement}", placement)


def _state(state: str, styles: Styles) -> str:
    return words(styles.lang).get(f"decision_{state}", state)


def _area(area: str, styles: Styles) -> str:
    return (area.strip() and area) or styles.word("portfolio_no_area")


def _overview(portfolio: Portfolio, styles: Styles) -> list[Flowable]:
    if not portfolio.workshops:
        return [styles.label("portfolio_no_workshops", styles.note)]
    count = portfolio_count(
        words(styles.lang),
        len(portfolio.workshops),
        len(portfolio.services),
        _money(portfolio.annual_cost_dkk, styles),
    )
    story: list[Flowable] = [
        Paragraph(f"<b>{escape.markup(count)}</b>", styles.body),
        styles.label("portfolio_by_placement", styles.h2),
    ]
    head = [
        styles.label(key, styles.th)
        for key in ("area", "placement_column", "services_count", "annual_cost", "without_cost")
    ]
    rows: list[list[Flowable | list[Flowable]]] = [head]
    for total in portfolio.by_area_and_placement():
        rows.append(
            [
                styles.cell(_area(total.area, styles)),
                styles.cell(_placement(total.placement, styles)),
                styles.cell(str(total.services), styles.td_right),
                styles.cell(_money(total.annual_cost_dkk, styles), styles.td_right),
                styles.cell(str(total.without_cost or ""), styles.td_right),
            ]
        )
    rows.append(
        [
            styles.label("totals", styles.td_bold),
            styles.cell(""),
            styles.cell(str(len(portfolio.services)), styles.td_right),
            styles.cell(_money(portfolio.annual_cost_dkk, styles), styles.td_right),
            styles.cell(
                str(sum(1 for s in portfolio.services if s.annual_cost_dkk is None) or ""),
                styles.td_right,
            ),
        ]
    )
    story.append(table(rows, widths(FRAME_WIDTH, 4, 3, 1.5, 3, 1.5)))
    story.append(styles.label("portfolio_decision_states", styles.h2))
    counts = portfolio.decision_counts()
    states: list[list[Flowable | list[Flowable]]] = [
        [
            styles.label("portfolio_state", styles.th),
            styles.label("portfolio_count_column", styles.th),
        ]
    ]
    for group in DECISION_GROUPS:
        states.append(
            [
                styles.label(f"group_{group}", styles.td),
                styles.cell(str(counts[group]), styles.td_right),
            ]
        )
    story.append(table(states, widths(FRAME_WIDTH * 0.6, 4, 1.5)))
    story += [Spacer(1, 6 * mm), styles.label("portfolio_workshops", styles.h1)]
    return story


def _workshop(workshop: PortfolioWorkshop, styles: Styles) -> list[Flowable]:
    lang = styles.lang
    facts = styles.word("portfolio_workshop_facts").format(
        area=_area(workshop.area, styles),
        held=short_date(workshop.held_on, lang) if workshop.held_on else styles.word("not_given"),
        who=workshop.published_by,
        published=short_date(workshop.published_at.date(), lang),
    )
    story: list[Flowable] = [
        CondPageBreak(40 * mm),
        styles.para(workshop.title or styles.word("untitled"), styles.h2),
        styles.para(facts, styles.muted),
    ]
    if workshop.services:
        rows: list[list[Flowable | list[Flowable]]] = [
            [
                styles.label(key, styles.th)
                for key in ("service", "placement_column", "annual_cost", "contract_end")
            ]
        ]
        for service in workshop.services:
            rows.append(
                [
                    styles.cell(service.title or "–"),
                    styles.cell(_placement(service.placement, styles)),
                    styles.cell(_money(service.annual_cost_dkk, styles), styles.td_right),
                    styles.cell(
                        short_date(service.contract_end, lang) if service.contract_end else "–"
                    ),
                ]
            )
        rows.append(
            [
                styles.label("totals", styles.td_bold),
                styles.cell(""),
                styles.cell(_money(workshop.annual_cost_dkk, styles), styles.td_right),
                styles.cell(""),
            ]
        )
        story.append(table(rows, widths(FRAME_WIDTH, 5, 2, 2.2, 2)))
    else:
        story.append(styles.label("no_services", styles.note))
    story.append(Spacer(1, 2 * mm))
    if workshop.decisions:
        decisions: list[list[Flowable | list[Flowable]]] = [
            [styles.label("decision", styles.th), styles.label("decision_status", styles.th)]
        ]
        for decision in workshop.decisions:
            decisions.append(
                [
                    styles.cell(decision.title or "–"),
                    styles.cell(_state(decision.signoff_state, styles)),
                ]
            )
        story.append(table(decisions, widths(FRAME_WIDTH, 7, 3)))
    else:
        story.append(styles.label("portfolio_no_decisions", styles.note))
    return story
