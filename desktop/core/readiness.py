"""What is still missing before the minutes can go out, step by step of the method.

Each step says what exists ("32 begreber, 30 forklaret") and carries its checks; each check
counts what needs attention and names the first few of them as items (kind, id, a short
label), so the Workshop tab can link to each one. Counts come from aggregate queries and the
items from one limited query per check, so a workshop of thousands of terms stays quick.

The words are Danish and English here, not Qt translations: the minutes dialog (and the
minutes themselves, in the language chosen for them) can warn with the same sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case
from sqlmodel import Session, col, func, or_, select

from desktop.core.canvas_models import Canvas, Note, NoteKind
from desktop.core.delivery_models import Placement, Service, ServiceNote
from desktop.core.models import ActionItem, ActionStatus, Term, TermSide, TermStatus
from desktop.core.vocabulary import label

# What an item is, so a link knows where to go.
TERM = "term"
NOTE = "note"
SERVICE = "service"
DECISION = "decision"
ACTION = "action"

ITEM_LIMIT = 10  # items named per check; the count says how many more there are
LABEL_LENGTH = 48  # characters of a note's or an action's text shown as its label
_SPACE = " \t\r\n"


@dataclass(frozen=True)
class Item:
    """One thing that needs attention: what it is, its id, and how to name it briefly."""

    kind: str  # TERM, NOTE, SERVICE, DECISION or ACTION
    id: str
    label: str  # the user's own words (a term, a note's first line, a title), shortened
    detail_da: str = ""  # e.g. which side a term is on, what an action lacks
    detail_en: str = ""

    def detail(self, lang: str) -> str:
        return self.detail_da if lang == "da" else self.detail_en


@dataclass(frozen=True)
class Check:
    """One line of the overview: `count` things need attention (0: all good)."""

    key: str
    step_da: str
    step_en: str
    text_da: str  # "{n} ..." for any count but one
    text_en: str
    one_da: str  # the same sentence for exactly one
    one_en: str
    count: int
    items: tuple[Item, ...] = ()  # the first ITEM_LIMIT of them, in the order their tab shows

    @property
    def ok(self) -> bool:
        return self.count == 0

    @property
    def more(self) -> int:
        """How many are counted but not named in `items`."""
        return max(0, self.count - len(self.items))

    def text(self, lang: str) -> str:
        if self.count == 1:
            return self.one_da if lang == "da" else self.one_en
        template = self.text_da if lang == "da" else self.text_en
        return template.format(n=_da(self.count) if lang == "da" else _en(self.count))

    def step(self, lang: str) -> str:
        return self.step_da if lang == "da" else self.step_en


@dataclass(frozen=True)
class Step:
    """A step of the method: what the room has made in it, and what is still missing."""

    key: str
    title_da: str
    title_en: str
    summary_da: str  # what exists, e.g. "11 behov, 9 krav"
    summary_en: str
    checks: tuple[Check, ...] = ()
    empty: bool = False  # nothing made in this step yet

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def title(self, lang: str) -> str:
        return self.title_da if lang == "da" else self.title_en

    def summary(self, lang: str) -> str:
        return self.summary_da if lang == "da" else self.summary_en


def readiness_steps(session: Session, *, limit: int = ITEM_LIMIT) -> list[Step]:
    """Every step of the method, in its order, with its checks and up to `limit` items each."""
    return [step(session, limit) for step in STEPS]


def readiness(session: Session, *, limit: int = ITEM_LIMIT) -> list[Check]:
    """Every check, in the order of the method."""
    return [check for step in readiness_steps(session, limit=limit) for check in step.checks]


def short_label(text: str, length: int = LABEL_LENGTH) -> str:
    """A text's first non-empty line, spaces collapsed, cut to `length` characters with '…'."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    line = " ".join(line.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


# -- the steps -----------------------------------------------------------------------------


def _shared_language(session: Session, limit: int) -> Step:
    explained = func.trim(col(Term.explanation), _SPACE) != ""
    total, with_text, agreed, disputed = _row(
        session,
        select(
            func.count(),
            _sum(explained),
            _sum(col(Term.status) == TermStatus.AGREED.value),
            _sum(col(Term.status) == TermStatus.DISPUTED.value),
        ).select_from(Term),
    )
    if total:
        summary_da = f"{_n_da(total, 'begreb', 'begreber')}, {_da(with_text)} forklaret, "
        summary_da += f"{_da(agreed)} aftalt"
        summary_en = f"{_n_en(total, 'term')}, {_en(with_text)} explained, {_en(agreed)} agreed"
    else:
        summary_da, summary_en = "Ingen begreber endnu", "No terms yet"
    unexplained = _term_items(session, ~explained, limit)
    disputed_items = _term_items(session, col(Term.status) == TermStatus.DISPUTED.value, limit)
    return Step(
        "shared_language",
        "Fælles sprog",
        "Shared language",
        summary_da,
        summary_en,
        (
            Check(
                "terms_unexplained",
                "Fælles sprog",
                "Shared language",
                "{n} begreber mangler en forklaring",
                "{n} terms have no explanation",
                "1 begreb mangler en forklaring",
                "1 term has no explanation",
                total - with_text,
                unexplained,
            ),
            Check(
                "terms_disputed",
                "Fælles sprog",
                "Shared language",
                "{n} begreber er omstridte",
                "{n} terms are disputed",
                "1 begreb er omstridt",
                "1 term is disputed",
                disputed,
                disputed_items,
            ),
        ),
        empty=not total,
    )


def _root_problems(session: Session, limit: int) -> Step:
    query = select(func.count()).select_from(Note)
    n = _count(session, query.where(col(Note.kind) == NoteKind.ROOT_PROBLEM.value))
    if n:
        summary_da, summary_en = _n_da(n, "rodproblem", "rodproblemer"), _n_en(n, "root problem")
    else:
        summary_da, summary_en = "Ingen rodproblemer endnu", "No root problems yet"
    return Step(
        "root_problems", "Rodproblemer", "Root problems", summary_da, summary_en, empty=not n
    )


def _needs(session: Session, limit: int) -> Step:
    needs, requirements = _row(
        session,
        select(
            _sum(col(Note.kind) == NoteKind.NEED.value),
            _sum(col(Note.kind) == NoteKind.REQUIREMENT.value),
        ).select_from(Note),
    )
    if needs or requirements:
        summary_da = f"{_da(needs)} behov, {_da(requirements)} krav"
        summary_en = f"{_n_en(needs, 'need')}, {_n_en(requirements, 'requirement')}"
    else:
        summary_da, summary_en = "Ingen behov eller krav endnu", "No needs or requirements yet"
    # NOT IN builds one index of the links: a per-note NOT EXISTS would scan them each time.
    unlinked = (col(Note.kind) == NoteKind.NEED.value) & col(Note.id).not_in(
        select(ServiceNote.note_id)
    )
    count = _count(session, select(func.count()).select_from(Note).where(unlinked))
    rows = session.exec(
        select(Note.id, func.substr(col(Note.text), 1, 4 * LABEL_LENGTH), Canvas.title)
        .join(Canvas, col(Canvas.id) == col(Note.canvas_id))
        .where(unlinked)
        .order_by(
            col(Note.votes).desc(),
            col(Canvas.position),
            col(Canvas.created_at),
            col(Note.position),
            col(Note.id),
        )
        .limit(limit)
    ).all()
    # The canvas is named only when the needs are on more than one.
    canvases = select(func.count(func.distinct(col(Note.canvas_id)))).where(
        col(Note.kind) == NoteKind.NEED.value
    )
    named = _count(session, canvases) > 1
    items = tuple(
        Item(NOTE, nid, short_label(text or ""), *((title, title) if named else ("", "")))
        for nid, text, title in rows
    )
    return Step(
        "needs",
        "Behov og krav",
        "Needs and requirements",
        summary_da,
        summary_en,
        (
            Check(
                "needs_without_service",
                "Behov og krav",
                "Needs and requirements",
                "{n} behov er ikke dækket af en ydelse",
                "{n} needs have no linked service",
                "1 behov er ikke dækket af en ydelse",
                "1 need has no linked service",
                count,
                items,
            ),
        ),
        empty=not (needs or requirements),
    )


def _delivery(session: Session, limit: int) -> Step:
    undecided = col(Service.placement) == Placement.UNDECIDED.value
    total, open_ = _row(session, select(func.count(), _sum(undecided)).select_from(Service))
    if total:
        decided = total - open_
        summary_da = f"{_n_da(total, 'ydelse', 'ydelser')}, {_da(decided)} med levering besluttet"
        summary_en = f"{_n_en(total, 'service')}, {_en(decided)} with placement decided"
    else:
        summary_da, summary_en = "Ingen ydelser endnu", "No services yet"
    rows = session.exec(
        select(Service.id, Service.title)
        .where(undecided)
        .order_by(col(Service.position), col(Service.created_at), col(Service.id))
        .limit(limit)
    ).all()
    return Step(
        "delivery",
        "Levering",
        "Delivery",
        summary_da,
        summary_en,
        (
            Check(
                "services_undecided",
                "Levering",
                "Delivery",
                "{n} ydelser mangler en beslutning om levering",
                "{n} services are still undecided",
                "1 ydelse mangler en beslutning om levering",
                "1 service is still undecided",
                open_,
                tuple(Item(SERVICE, sid, short_label(title)) for sid, title in rows),
            ),
            *_contracts(session, limit),
            _dialogue_unequal(session, limit),
            _without_business_case(session, limit),
        ),
        empty=not total,
    )


def _without_business_case(session: Session, limit: int) -> Check:
    """Cards decided internal, external or mixed whose business case cannot give the room
    against today (desktop.core.business_case: a figure their placement needs is missing);
    cards not bought need none."""
    from desktop.core import business_case

    placed = (Placement.INTERNAL.value, Placement.EXTERNAL.value, Placement.MIXED.value)
    fields = ("id", "title", "placement", "bought_share_percent", *business_case.CASE_FIELDS)
    table = Service.__table__  # type: ignore[attr-defined]
    query = (
        select(*(table.c[name] for name in fields))
        .where(col(Service.placement).in_(placed))
        .order_by(col(Service.position), col(Service.created_at), col(Service.id))
    )
    lacking = []
    for row in session.execute(query).all():
        service = dict(zip(fields, row, strict=True))
        case = business_case.compute(service)
        if not case.complete:
            lacking.append((service, case))
    items = tuple(
        Item(
            SERVICE,
            str(service["id"]),
            short_label(str(service["title"])),
            _missing(case, "da"),
            _missing(case, "en"),
        )
        for service, case in lacking[:limit]
    )
    return Check(
        "services_without_business_case",
        "Levering",
        "Delivery",
        "{n} ydelser uden business case",
        "{n} services without a business case",
        "1 ydelse uden business case",
        "1 service without a business case",
        len(lacking),
        items,
    )


def _dialogue_unequal(session: Session, limit: int) -> Check:
    """Services whose market dialogue gave a piece of information to some suppliers and not
    yet to all (equal treatment: desktop/core/dialogue.py)."""
    from desktop.core.dialogue import unequal_by_service

    marked = unequal_by_service(session)
    items = []
    if marked:
        services = session.exec(
            select(Service.id, Service.title)
            .where(col(Service.id).in_(marked))
            .order_by(col(Service.position), col(Service.created_at), col(Service.id))
        ).all()
        for sid, title in services[:limit]:
            found = marked[sid]
            one = all(len(u.heard) == 1 for u in found)
            n = len(found)
            item_da = (
                _n_da(n, "oplysning", "oplysninger")
                + " fra markedsdialogen er "
                + ("kun givet til én leverandør" if one else "ikke givet til alle leverandører")
            )
            item_en = (
                _n_en(n, "piece")
                + " of information from the market dialogue "
                + ("was" if n == 1 else "were")
                + (" given to one supplier only" if one else " not given to all suppliers")
            )
            items.append(Item(SERVICE, sid, short_label(title), item_da, item_en))
    return Check(
        "dialogue_unequal",
        "Levering",
        "Delivery",
        "{n} ydelser har oplysninger fra markedsdialogen, som ikke er givet til alle leverandører",
        "{n} services have information from the market dialogue not given to all suppliers",
        "1 ydelse har oplysninger fra markedsdialogen, som ikke er givet til alle leverandører",
        "1 service has information from the market dialogue not given to all suppliers",
        len(marked),
        tuple(items),
    )


def _contracts(session: Session, limit: int) -> tuple[Check, ...]:
    """Services without a contract end, tenders to announce too late (issue 20, part 1)."""
    from desktop.core.tender_calendar import readiness_checks

    return readiness_checks(session, limit)


def _missing(case: Any, lang: str) -> str:
    """'ingen tal endnu' / 'mangler antal år og udgiften i dag'."""
    if not case.given:
        return "ingen tal endnu" if lang == "da" else "no figures yet"
    text = case.missing_text(lang).rstrip(".").replace(":", "", 1)
    return text[:1].lower() + text[1:]


def _sign_off(session: Session, limit: int) -> Step:
    from desktop.core.signoff import (
        DecisionReport,
        DecisionStatus,
        decision_reports,
        overview_of,
        resource_frame,
    )

    reports = decision_reports(session)
    overview = overview_of(reports)
    # Changed after approval has a check of its own; a decision is named in one check only.
    # The status as the vocabulary words it, inside a sentence ("ikke behandlet").
    waiting = {
        status: (label(status, "da").lower(), label(status, "en").lower())
        for status in (
            DecisionStatus.UNSIGNED,
            DecisionStatus.CHANGES_REQUESTED,
            DecisionStatus.REJECTED,
        )
    }
    if reports:
        summary_da = f"{_n_da(len(reports), 'beslutning', 'beslutninger')}, "
        summary_da += f"{_da(overview.approved)} godkendt"
        summary_en = f"{_n_en(len(reports), 'decision')}, {_en(overview.approved)} approved"
    else:
        summary_da, summary_en = "Ingen beslutninger endnu", "No decisions yet"
    unapproved = [r for r in reports if r.status in waiting]
    changed = [r for r in reports if r.has_changed_after_approval]
    # Decisions that ask for kroner, hours or FTE while leadership has set no frame for them.
    frame = resource_frame(session)
    asking = [
        r
        for r in reports
        if all(v is None for v in frame.values())
        and any(
            (r.decision[m] or 0) > 0 for m in ("resources_dkk", "resources_hours", "resources_fte")
        )
    ]

    def approvers(report: DecisionReport) -> str:
        stale = report.sign_offs
        names = [str(s.sign_off["approver_name"]) for s in stale if s.is_changed_after_approval]
        return ", ".join(dict.fromkeys(names))

    return Step(
        "sign_off",
        "Ledelsesforankring",
        "Leadership sign-off",
        summary_da,
        summary_en,
        (
            Check(
                "decisions_unapproved",
                "Ledelsesforankring",
                "Leadership sign-off",
                "{n} beslutninger mangler godkendelse",
                "{n} decisions are not approved",
                "1 beslutning mangler godkendelse",
                "1 decision is not approved",
                len(unapproved),
                tuple(
                    Item(DECISION, r.id, _decision_label(r.decision), *waiting[r.status])
                    for r in unapproved[:limit]
                ),
            ),
            Check(
                "decisions_changed",
                "Ledelsesforankring",
                "Leadership sign-off",
                "{n} beslutninger er ændret efter godkendelse",
                "{n} decisions were changed after approval",
                "1 beslutning er ændret efter godkendelse",
                "1 decision was changed after approval",
                len(changed),
                tuple(
                    Item(
                        DECISION,
                        r.id,
                        _decision_label(r.decision),
                        f"godkendt af {approvers(r)}",
                        f"approved by {approvers(r)}",
                    )
                    for r in changed[:limit]
                ),
            ),
            Check(
                "decisions_no_frame",
                "Ledelsesforankring",
                "Leadership sign-off",
                "{n} beslutninger beder om ressourcer, men ledelsen har ikke sat en ramme",
                "{n} decisions ask for resources, but leadership has set no frame",
                "1 beslutning beder om ressourcer, men ledelsen har ikke sat en ramme",
                "1 decision asks for resources, but leadership has set no frame",
                len(asking),
                tuple(Item(DECISION, r.id, _decision_label(r.decision)) for r in asking[:limit]),
            ),
        ),
        empty=not reports,
    )


def _follow_up(session: Session, limit: int) -> Step:
    no_owner = func.trim(col(ActionItem.owner), _SPACE) == ""
    no_due = col(ActionItem.due).is_(None)
    total, done = _row(
        session,
        select(func.count(), _sum(col(ActionItem.status) == ActionStatus.DONE.value)).select_from(
            ActionItem
        ),
    )
    if total:
        summary_da = f"{_n_da(total, 'opfølgningspunkt', 'opfølgningspunkter')}, {_da(done)} udført"
        summary_en = f"{_n_en(total, 'follow-up action')}, {_en(done)} done"
    else:
        summary_da, summary_en = "Ingen opfølgningspunkter endnu", "No follow-up actions yet"
    incomplete = or_(no_owner, no_due)
    count = _count(session, select(func.count()).select_from(ActionItem).where(incomplete))
    rows = session.exec(
        select(ActionItem.id, ActionItem.what, no_owner, no_due)
        .where(incomplete)
        .order_by(col(ActionItem.position), col(ActionItem.created_at), col(ActionItem.id))
        .limit(limit)
    ).all()
    lacks = {
        (True, True): ("ingen ansvarlig og ingen frist", "no owner and no due date"),
        (True, False): ("ingen ansvarlig", "no owner"),
        (False, True): ("ingen frist", "no due date"),
    }
    items = tuple(
        Item(ACTION, aid, short_label(what), *lacks[(bool(owner), bool(due))])
        for aid, what, owner, due in rows
    )
    return Step(
        "follow_up",
        "Opfølgning",
        "Follow-up",
        summary_da,
        summary_en,
        (
            Check(
                "actions_incomplete",
                "Opfølgning",
                "Follow-up",
                "{n} opfølgningspunkter mangler ansvarlig eller frist",
                "{n} follow-up actions lack an owner or a due date",
                "1 opfølgningspunkt mangler ansvarlig eller frist",
                "1 follow-up action lacks an owner or a due date",
                count,
                items,
            ),
        ),
        empty=not total,
    )


STEPS: list[Callable[[Session, int], Step]] = [
    _shared_language,
    _root_problems,
    _needs,
    _delivery,
    _sign_off,
    _follow_up,
]


# -- inside --------------------------------------------------------------------------------

_SIDE_NAMES = {
    TermSide.PROCUREMENT.value: ("indkøb", "procurement"),
    TermSide.DOMAIN.value: ("fagområde", "professional side"),
}


def _term_items(session: Session, where: Any, limit: int) -> tuple[Item, ...]:
    """The glossary's order: procurement's terms first, then the professionals'."""
    rows = session.exec(
        select(Term.id, Term.term, Term.side)
        .where(where)
        .order_by(
            col(Term.side) != TermSide.PROCUREMENT.value,
            col(Term.position),
            col(Term.created_at),
            col(Term.id),
        )
        .limit(limit)
    ).all()
    return tuple(
        Item(TERM, tid, short_label(term), *_SIDE_NAMES.get(side, (side, side)))
        for tid, term, side in rows
    )


def _decision_label(decision: dict[str, Any]) -> str:
    return short_label(str(decision.get("title") or decision.get("text") or ""))


def _da(count: int) -> str:
    return f"{count:,}".replace(",", ".")  # 5.000


def _en(count: int) -> str:
    return f"{count:,}"  # 5,000


def _n_da(count: int, one: str, many: str) -> str:
    """'1 begreb', '5.000 begreber'."""
    return f"{_da(count)} {one if count == 1 else many}"


def _n_en(count: int, one: str) -> str:
    """'1 need', '5,000 needs'."""
    return f"{_en(count)} {one if count == 1 else one + 's'}"


def _sum(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _row(session: Session, query: Any) -> Sequence[int]:
    return [int(v or 0) for v in session.exec(query).one()]


def _count(session: Session, query: object) -> int:
    return int(session.exec(query).one())  # type: ignore[call-overload]
