"""Section 6 of the minutes: decisions and sign-offs, and the signature lines the signature
sheet handout prints too.

First, when the decisions ask for resources or leadership has set a frame: the decisions in
leadership's order of priority with their kroner, hours and FTE, the totals, the frame, and
from which decision on they fall outside it ("Over rammen fra beslutning 3 (timer).").

Each decision: its title and status, the text, resources, conditions, owner and the
services it covers; then its sign-offs, oldest first. A current approval of content that
has changed since is marked "Ændret efter godkendelse" with the changes field by field
(old → new); a sign-off the same person has replaced is marked as superseded. Last, a
signature line (name, title, date, signature) for every current approver.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.core.priorities import MEASURES, Ranking
from desktop.core.signoff import SERVICE_ADDED, SERVICE_REMOVED, Change, format_value
from desktop.export import escape
from desktop.export.minutes_data import DecisionRow, MinutesData, SignOffRow
from desktop.export.minutes_sections import empty, heading, word_or_raw
from desktop.export.options import MinutesOptions
from desktop.export.styles import (
    DISPUTED_FILL,
    DISPUTED_INK,
    FRAME_WIDTH,
    INK,
    Styles,
    table,
    widths,
)
from desktop.export.words import clock, short_date

EMPTY_SIGNATURE_LINES = 2  # for a decision nobody has signed yet
SIGNATURE_ROW_HEIGHT = 13 * mm
STATUS_INK = {
    "approved": "#2E6B2E",
    "changed_after_approval": DISPUTED_INK,
    "changes_requested": DISPUTED_INK,
    "rejected": "#A12622",
}


# The approver's name column (mm of the frame's 170): a double surname printed whole on one
# line ("Vestergaard-Christiansen", 43 mm in bold), not cut where a narrower column ended
# ("Kristense" / "n-Vestergaard"), on the line where the approver signs.
NAME_WIDTH = 48


def decisions(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    story = heading(styles, "decisions")
    if not data.decisions:
        return [*story, empty(styles, "no_decisions")]
    story.append(styles.label("decisions_intro", styles.intro))
    ranking = data.ranking()
    if ranking.has_frame or ranking.asks_for_resources:
        story += priorities(data, ranking, styles)
    for number, decision in enumerate(data.decisions, start=1):
        story += decision_block(decision, number, styles, outside=ranking.is_over(number - 1))
    return story


def priorities(data: MinutesData, ranking: Ranking, styles: Styles) -> list[Flowable]:
    """The decisions in leadership's order with their kroner, hours and FTE, the totals, the
    frame, and from which decision on they fall outside it."""
    lang = styles.lang
    keys = ("rank", "decision", "amount_dkk", "hours", "fte", "frame_column")
    rows: list[list[Flowable | list[Flowable]]] = [[styles.label(k, styles.th) for k in keys]]
    extra: list[tuple[object, ...]] = []
    for index, decision in enumerate(data.decisions):
        asked = decision.resources()
        if ranking.is_over(index):
            mark = escape.markup(styles.word("over_frame"))
            verdict = Paragraph(f'<font color="{DISPUTED_INK}"><b>{mark}</b></font>', styles.td)
            extra.append(("BACKGROUND", (0, index + 1), (-1, index + 1), DISPUTED_FILL))
        else:
            verdict = styles.label("within_frame" if ranking.has_frame else "no_limit", styles.td)
        rows.append(
            [
                Paragraph(str(index + 1), styles.td),
                styles.para(_clipped(decision.title, 300) or "–", styles.td),
                *(_amount(m, asked[m], lang, styles) for m in MEASURES),
                verdict,
            ]
        )
    totals = ranking.totals
    rows.append(
        [
            styles.label("totals", styles.td_bold),
            Paragraph("", styles.td),
            *(_amount(m, totals[m], lang, styles, bold=True) for m in MEASURES),
            Paragraph("", styles.td),
        ]
    )
    rows.append(
        [
            styles.label("frame", styles.td_bold),
            Paragraph("", styles.td),
            *(
                _amount(m, limit, lang, styles, bold=True)
                if (limit := ranking.frame[m]) is not None
                else styles.label("no_limit", styles.td)
                for m in MEASURES
            ),
            Paragraph("", styles.td),
        ]
    )
    verdict_text = ranking.verdict(lang) or ranking.frame_text(lang)
    return [
        styles.label("priorities", styles.h2),
        styles.label("priorities_intro", styles.intro),
        table(rows, widths(FRAME_WIDTH, 18, 50, 28, 22, 24, 28), extra=extra),
        Spacer(1, 2 * mm),
        Paragraph(f"<b>{escape.markup(verdict_text)}</b>", styles.body),
        Spacer(1, 4 * mm),
    ]


def _amount(
    measure: str, value: object, lang: str, styles: Styles, *, bold: bool = False
) -> Paragraph:
    text = "–" if value is None else escape.markup(shown(measure, value, lang))
    return Paragraph(f"<b>{text}</b>" if bold else text, styles.td)


def decision_title(decision: DecisionRow, number: int, styles: Styles) -> Paragraph:
    title = escape.markup(escape.clip(decision.title, 2_000)[0]) or "–"
    return Paragraph(f"{number}. {title}", styles.h2)


def status_markup(status: str, styles: Styles) -> str:
    text = escape.markup(word_or_raw(styles, "decision", status))
    ink = STATUS_INK.get(status)
    return f'<font color="{ink}"><b>{text}</b></font>' if ink else f"<b>{text}</b>"


def decision_block(
    decision: DecisionRow, number: int, styles: Styles, *, outside: bool = False
) -> list[Flowable]:
    head = [
        decision_title(decision, number, styles),
        details_table(decision, styles, with_status=True, outside=outside),
    ]
    story: list[Flowable] = [KeepTogether(head)]
    story.append(styles.label("sign_offs", styles.h3))
    if decision.sign_offs:
        story.append(_sign_off_table(decision.sign_offs, styles))
    else:
        story.append(empty(styles, "no_sign_offs"))
    # Named with the decision's number: on a page of its own, the lines still say what is
    # signed.
    signatures = Paragraph(
        escape.markup(styles.word("signatures_for").format(number=number)), styles.h3
    )
    story.append(KeepTogether([signatures, signature_table(decision, styles)]))
    story.append(Spacer(1, 6 * mm))
    return story


def resources_text(decision: DecisionRow, lang: str) -> str:
    parts = [
        shown(name, value, lang)
        for name, value in (
            ("resources_dkk", decision.resources_dkk),
            ("resources_fte", decision.resources_fte),
            ("resources_hours", decision.resources_hours),
        )
        if value is not None
    ]
    if decision.resources_text.strip():
        parts.append(decision.resources_text)
    return "; ".join(parts)


def details_table(
    decision: DecisionRow, styles: Styles, *, with_status: bool, outside: bool = False
) -> Table:
    """The decision's own fields as a two-column table (label, value); `outside`: the
    decision falls outside leadership's frame, and the table says so."""
    rows: list[list[Flowable | list[Flowable]]] = []
    if with_status:
        rows.append(
            [
                styles.label("decision_status", styles.th),
                Paragraph(status_markup(decision.status, styles), styles.td),
            ]
        )
    if outside:
        mark = escape.markup(styles.word("over_frame"))
        rows.append(
            [
                styles.label("frame", styles.th),
                Paragraph(f'<font color="{DISPUTED_INK}"><b>{mark}</b></font>', styles.td),
            ]
        )
    for key, value in (
        ("decision", decision.text),
        ("resources", resources_text(decision, styles.lang)),
        ("conditions", decision.conditions),
        ("owner", decision.owner),
        ("covers", ", ".join(decision.services)),
    ):
        if value.strip():
            rows.append([styles.label(key, styles.th), styles.cell(value)])
    if not rows:
        rows.append([styles.label("decision", styles.th), styles.cell(styles.word("not_given"))])
    return table(rows, widths(FRAME_WIDTH, 32, 138), header=False)


def _when(sign_off: SignOffRow, styles: Styles) -> str:
    moment = sign_off.signed_at
    if moment is None:
        return "–"
    return styles.word("at_clock").format(
        day=short_date(moment.date(), styles.lang), clock=clock(moment, styles.lang)
    )


def _sign_off_table(sign_offs: tuple[SignOffRow, ...], styles: Styles) -> Table:
    keys = ("approver", "outcome", "signed_at", "comment")
    rows: list[list[Flowable | list[Flowable]]] = [[styles.label(k, styles.th) for k in keys]]
    extra: list[tuple[object, ...]] = []
    for s in sign_offs:
        who: list[Flowable] = [styles.para(s.approver_name or "–", styles.td_bold)]
        if s.approver_title.strip():
            who.append(styles.para(s.approver_title, styles.td_small))
        outcome: list[Flowable] = [
            Paragraph(escape.markup(word_or_raw(styles, "outcome", s.outcome)), styles.td)
        ]
        if s.is_superseded:
            outcome.append(styles.label("superseded", styles.td_small))
        elif s.is_stale:
            key = "changed_after_approval" if s.is_changed_after_approval else "changed_since"
            mark = escape.markup(styles.word(key))
            outcome.append(
                Paragraph(f'<font color="{DISPUTED_INK}"><b>{mark}</b></font>', styles.tag)
            )
        rows.append(
            [
                who,
                outcome,
                Paragraph(escape.markup(_when(s, styles)), styles.td),
                styles.cell(s.comment),
            ]
        )
        row = len(rows) - 1
        if s.is_stale and not s.is_superseded and s.changes:
            extra.append(("BACKGROUND", (0, row), (-1, row + 1), DISPUTED_FILL))
            extra.append(("SPAN", (0, row + 1), (-1, row + 1)))
            extra.append(("LINEBELOW", (0, row), (-1, row), 0.6, DISPUTED_FILL))
            rows.append([_changes(s, styles), [], [], []])
    return table(rows, widths(FRAME_WIDTH, NAME_WIDTH, 34, 36, 52), extra=extra)


def _changes(sign_off: SignOffRow, styles: Styles) -> list[Flowable]:
    title = escape.markup(styles.word("what_changed"))
    found: list[Flowable] = [
        Paragraph(f'<font color="{DISPUTED_INK}"><b>{title}</b></font>', styles.td)
    ]
    for change in sign_off.changes:
        found.append(Paragraph("• " + escape.markup(change_text(change, styles)), styles.td))
    return found


def change_text(change: Change, styles: Styles) -> str:
    """'Beløb: fra 1.100.000 kr. til 1.240.000 kr.' (the font has no arrow for the core's
    'old → new'); a service added or removed as the core says it."""
    if change.field in (SERVICE_ADDED, SERVICE_REMOVED):
        return _clipped(change.describe(styles.lang))
    lang = styles.lang
    old = _clipped(shown(change.field, change.old, lang))
    new = _clipped(shown(change.field, change.new, lang))
    return styles.word("changed_from_to").format(label=change.label(lang), old=old, new=new)


def shown(name: str, value: object, lang: str) -> str:
    """A field's value as the core shows it ('1.240.000 kr.'), or as found when it is not
    what the field holds (a file edited by hand)."""
    try:
        return format_value(name, value, lang)
    except (TypeError, ValueError, OverflowError):
        return str(value)


def _clipped(text: str, limit: int = 2_000) -> str:
    kept, left_out = escape.clip(text, limit)
    return kept + ("…" if left_out else "")


def signature_table(decision: DecisionRow, styles: Styles) -> Table:
    """A line to sign on for every current approver (name and title printed, date and
    signature by hand), or empty lines when nobody has signed the decision yet."""
    keys = ("name", "role", "date", "signature")
    rows: list[list[Flowable | list[Flowable]]] = [[styles.label(k, styles.th) for k in keys]]
    approvers = decision.approvers()
    for s in approvers:
        rows.append(
            [
                styles.para(s.approver_name, styles.td_bold),
                styles.para(s.approver_title, styles.td),
                Paragraph("", styles.td),
                Paragraph("", styles.td),
            ]
        )
    for _ in range(0 if approvers else EMPTY_SIGNATURE_LINES):
        rows.append([Paragraph("", styles.td) for _ in keys])
    return table(
        rows,
        widths(FRAME_WIDTH, NAME_WIDTH, 44, 24, 54),
        extra=[
            ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.8, INK),
        ],
        heights=[None] + [SIGNATURE_ROW_HEIGHT] * (len(rows) - 1),
    )
