"""Everything the minutes and handouts print, gathered from a workshop as plain, frozen data.

The PDF is a function of this data alone: gathering takes a moment with a session (or a
file opened read-only), and the rest (building pages, possibly in another thread) never
touches the database. Values the app would refuse (a side nobody knows, typed in with the
sqlite3 shell) are kept as found; the printing side shows them as they are.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import RowMapping, Table, select
from sqlmodel import Session

from desktop.core.business_case import CASE_FIELDS
from desktop.core.canvas_models import Canvas, Note, Zone
from desktop.core.delivery import ColumnTotals
from desktop.core.delivery_models import CriterionScore, Measure
from desktop.core.dialogue import ServiceDialogue
from desktop.core.dialogue import summary as dialogue_summary
from desktop.core.models import ActionItem, Participant, Term, Workshop
from desktop.core.priorities import Ranking, rank
from desktop.core.signoff import Change
from desktop.core.tender_calendar import ServiceCalendar, reference_day, service_calendars
from desktop.core.thresholds import ProcurementHint


@dataclass(frozen=True)
class WorkshopDetails:
    title: str = ""
    organisation: str = ""
    area: str = ""
    location: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    facilitator: str = ""
    purpose: str = ""
    minutes_language: str = "da"


@dataclass(frozen=True)
class PersonRow:
    name: str
    role: str = ""
    department: str = ""
    side: str = "other"
    email: str = ""
    phone: str = ""
    present: bool = True


@dataclass(frozen=True)
class TermRow:
    id: str
    side: str  # "procurement" or "domain"
    term: str
    explanation: str = ""
    example: str = ""
    source: str = ""
    status: str = "proposed"
    taught_by: str = ""  # the participant's name
    counterpart_id: str | None = None


@dataclass(frozen=True)
class ZoneRow:
    id: str
    title: str
    prompt: str = ""
    key: str = ""
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 300.0


@dataclass(frozen=True)
class NoteRow:
    id: str
    text: str
    zone_id: str | None = None
    kind: str = "need"
    side: str = "other"
    priority: str = ""
    votes: int = 0
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True)
class CanvasData:
    id: str
    title: str
    template_key: str = ""
    zones: tuple[ZoneRow, ...] = ()  # in the facilitator's order
    notes: tuple[NoteRow, ...] = ()  # in the order they were put up


@dataclass(frozen=True)
class ActionRow:
    what: str
    owner: str = ""
    due: date | None = None
    status: str = "open"


@dataclass(frozen=True)
class MinutesData:
    workshop: WorkshopDetails = field(default_factory=WorkshopDetails)
    participants: tuple[PersonRow, ...] = ()
    terms: tuple[TermRow, ...] = ()
    canvases: tuple[CanvasData, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    delivery: tuple[DeliveryColumn, ...] = ()  # the board's columns, left to right
    decisions: tuple[DecisionRow, ...] = ()  # in leadership's order of priority
    # Leadership's frame for the decisions' resources: budget_dkk, hours, fte (None: no limit).
    frame: Mapping[str, int | float | None] = field(default_factory=dict)
    # Each service's contract and tender calendar, seen from `contracts_day` (the workshop's).
    contracts: tuple[ServiceCalendar, ...] = ()
    contracts_day: date | None = None
    dialogue: tuple[ServiceDialogue, ...] = ()  # the market dialogue, per service

    def ranking(self) -> Ranking:
        """The decisions' running totals against the frame, and where it runs out."""
        return rank([d.resources() for d in self.decisions], self.frame)

    def terms_by_id(self) -> dict[str, TermRow]:
        return {t.id: t for t in self.terms}


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _rows(session: Session, model: Any, *order: str) -> list[RowMapping]:
    """Plain column mappings, without building ORM objects (5,000 terms in a few ms)."""
    table = _table(model)
    query = select(table).order_by(*(table.c[name] for name in order))
    return list(session.connection().execute(query).mappings())


def _text(value: object) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _number(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _votes(value: object) -> int:
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def details(session: Session) -> WorkshopDetails:
    """The workshop's own details alone (for a dialog's defaults)."""
    first = session.connection().execute(select(_table(Workshop))).mappings().first()
    if first is None:
        return WorkshopDetails()
    return WorkshopDetails(
        title=_text(first["title"]),
        organisation=_text(first["organisation"]),
        area=_text(first["area"]),
        location=_text(first["location"]),
        starts_at=first["starts_at"],
        ends_at=first["ends_at"],
        facilitator=_text(first["facilitator"]),
        purpose=_text(first["purpose"]),
        minutes_language="en" if first["minutes_language"] == "en" else "da",
    )


def gather(session: Session) -> MinutesData:
    """What the minutes print, read in one go; the session is not kept."""
    people = _rows(session, Participant, "position", "created_at")
    names = {p["id"]: _text(p["name"]) for p in people}
    participants = tuple(
        PersonRow(
            name=_text(p["name"]),
            role=_text(p["role"]),
            department=_text(p["department"]),
            side=_text(p["side"]),
            email=_text(p["email"]),
            phone=_text(p["phone"]),
            present=bool(p["present"]),
        )
        for p in people
    )
    terms = tuple(
        TermRow(
            id=t["id"],
            side=_text(t["side"]),
            term=_text(t["term"]),
            explanation=_text(t["explanation"]),
            example=_text(t["example"]),
            source=_text(t["source"]),
            status=_text(t["status"]),
            taught_by=names.get(t["taught_by"], ""),
            counterpart_id=t["counterpart_id"],
        )
        for t in _rows(session, Term, "position", "created_at")
    )
    actions = tuple(
        ActionRow(
            what=_text(a["what"]),
            owner=_text(a["owner"]),
            due=a["due"],
            status=_text(a["status"]),
        )
        for a in _rows(session, ActionItem, "position", "created_at")
    )
    return MinutesData(
        workshop=details(session),
        participants=participants,
        terms=terms,
        canvases=_canvases(session),
        actions=actions,
        delivery=_delivery(session),
        decisions=_decisions(session),
        frame=_frame(session),
        contracts=tuple(service_calendars(session, today=reference_day(session))),
        contracts_day=reference_day(session),
        dialogue=tuple(dialogue_summary(session)),
    )


def _canvases(session: Session) -> tuple[CanvasData, ...]:
    zones: dict[str, list[ZoneRow]] = {}
    for z in _rows(session, Zone, "position", "created_at"):
        zones.setdefault(z["canvas_id"], []).append(
            ZoneRow(
                id=z["id"],
                key=_text(z["key"]),
                title=_text(z["title"]),
                prompt=_text(z["prompt"]),
                x=_number(z["x"]),
                y=_number(z["y"]),
                width=max(0.0, _number(z["width"])),
                height=max(0.0, _number(z["height"])),
            )
        )
    notes: dict[str, list[NoteRow]] = {}
    for n in _rows(session, Note, "position", "created_at"):
        notes.setdefault(n["canvas_id"], []).append(
            NoteRow(
                id=n["id"],
                zone_id=n["zone_id"],
                text=_text(n["text"]),
                kind=_text(n["kind"]),
                side=_text(n["side"]),
                priority=_text(n["priority"]),
                votes=_votes(n["votes"]),
                x=_number(n["x"]),
                y=_number(n["y"]),
            )
        )
    return tuple(
        CanvasData(
            id=c["id"],
            title=_text(c["title"]),
            template_key=_text(c["template_key"]),
            zones=tuple(zones.get(c["id"], ())),
            notes=tuple(notes.get(c["id"], ())),
        )
        for c in _rows(session, Canvas, "position", "created_at")
    )


def _delivery(session: Session) -> tuple[DeliveryColumn, ...]:
    """The delivery board as the tab shows it; each procurement hint is for the card's
    planned announcement date, else the workshop's date, so the minutes say what the room
    saw."""
    from desktop.core import delivery
    from desktop.core.delivery_models import ServiceNote

    board = delivery.load_board(session)  # hints for each card's announcement or our date
    refs = {r.note_id: r for r in delivery.available_notes(session)}
    needs: dict[str, list[NeedRef]] = {}
    order = {note_id: i for i, note_id in enumerate(refs)}
    links = session.connection().execute(select(_table(ServiceNote))).mappings()
    for link in sorted(links, key=lambda row: order.get(row["note_id"], len(order))):
        ref = refs.get(link["note_id"])
        if ref is not None:
            needs.setdefault(link["service_id"], []).append(
                NeedRef(_text(ref.text), _text(ref.canvas_title), _text(ref.zone_title))
            )
    criteria = delivery.list_criteria(session)
    scores: dict[str, dict[str, int]] = {}
    for score in _rows(session, CriterionScore, "service_id"):
        scores.setdefault(score["service_id"], {})[score["criterion_id"]] = score["score"]
    measures: dict[str, list[MeasureRow]] = {}
    for m in _rows(session, Measure, "position", "created_at"):
        fields = (_text(m[name]) for name in ("name", "baseline", "target", "result"))
        measures.setdefault(m["service_id"], []).append(MeasureRow(*fields))
    columns = []
    for placement, cards in board.columns.items():
        rows = []
        for card in cards:
            s = card.service
            rows.append(
                ServiceRow(
                    id=card.id,
                    title=_text(s["title"]),
                    placement=_text(s["placement"]),
                    target_group=_text(s["target_group"]),
                    description=_text(s["description"]),
                    rationale=_text(s["rationale"]),
                    annual_cost_dkk=s["annual_cost_dkk"],
                    contract_years=s["contract_years"],
                    contract_years_typed=_text(s["contract_years_typed"]),
                    contract_value_dkk=card.contract_value_dkk,
                    volume=_text(s["volume"]),
                    owner=_text(s["owner"]),
                    cpv_code=_text(s["cpv_code"]),
                    announcement_date=_text(s["announcement_date"]),
                    bought_share_percent=s["bought_share_percent"],
                    score=card.score.value,
                    suggestion=card.score.suggestion,
                    hint=card.hint,
                    needs=tuple(needs.get(card.id, ())),
                    case={k: s[k] for k in (*CASE_FIELDS, "case_scores_cost", "placement")}
                    | {"bought_share_percent": s["bought_share_percent"]},
                    measures=tuple(measures.get(card.id, ())),
                    reason={
                        lang: delivery.suggestion_reason(
                            delivery.effective_scores(s, scores.get(card.id, {}), criteria),
                            criteria,
                            card.score.suggestion,
                            lang,
                        )
                        for lang in ("da", "en")
                    },
                )
            )
        columns.append(DeliveryColumn(placement, tuple(rows), board.totals[placement]))
    return tuple(columns)


def _decisions(session: Session) -> tuple[DecisionRow, ...]:
    from desktop.core.signoff import decision_reports

    found = []
    for report in decision_reports(session):
        d = report.decision
        found.append(
            DecisionRow(
                title=_text(d["title"]),
                text=_text(d["text"]),
                resources_dkk=d["resources_dkk"],
                resources_hours=d["resources_hours"],
                resources_fte=d["resources_fte"],
                resources_text=_text(d["resources_text"]),
                conditions=_text(d["conditions"]),
                owner=_text(d["owner"]),
                status=report.status.value,
                services=tuple(s.title for s in report.services),
                sign_offs=tuple(
                    SignOffRow(
                        approver_name=_text(s.sign_off["approver_name"]),
                        approver_title=_text(s.sign_off["approver_title"]),
                        outcome=s.outcome,
                        comment=_text(s.sign_off["comment"]),
                        signed_at=s.sign_off["signed_at"],
                        is_stale=s.is_stale,
                        is_superseded=s.is_superseded,
                        changes=s.changes,
                    )
                    for s in report.sign_offs
                ),
            )
        )
    return tuple(found)


def _frame(session: Session) -> dict[str, int | float | None]:
    from desktop.core.signoff import resource_frame

    return {k: _resource(v) for k, v in resource_frame(session).items()}


def _resource(value: object) -> int | float | None:
    """A number of the frame as found; anything else (a file edited by hand) as no limit."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value if math.isfinite(value) else None


@contextmanager
def _read_only(path: Path) -> Iterator[Session]:
    # Export sits above storage (the layers contract in pyproject.toml): `tvaers export` reads
    # its file through storage; the window hands `gather` its open session instead.
    from desktop.storage.document import open_document

    doc = open_document(path, read_only=True)
    try:
        with doc.session() as session:
            yield session
    finally:
        doc.close(save=False)


def read_file(path: Path) -> MinutesData:
    """Gather from a workshop file, opened read-only (a private upgraded copy, no lock), so
    a workshop open in the app elsewhere can be exported too. Raises the storage layer's
    refusals (`FileRefusal`) for a file that is not a sound workshop."""
    with _read_only(path) as session:
        return gather(session)


# -- 5. delivery model and 6. decisions (gathered from the core's own reports) -----------


@dataclass(frozen=True)
class NeedRef:
    """A need a service answers: the note's text and where it sits."""

    text: str
    canvas_title: str = ""
    zone_title: str = ""


@dataclass(frozen=True)
class ServiceRow:
    """A card of the delivery board with what the board computes for it."""

    id: str
    title: str
    placement: str = "undecided"
    target_group: str = ""
    description: str = ""
    rationale: str = ""
    annual_cost_dkk: int | None = None
    contract_years: float | None = None
    contract_years_typed: str = ""  # as typed, e.g. "2+1+1"; "" when only the number is known
    contract_value_dkk: int | None = None
    volume: str = ""
    owner: str = ""
    cpv_code: str = ""
    announcement_date: str = ""  # ISO; "" when the hint follows the workshop's date
    bought_share_percent: int | None = None  # on a mixed card
    score: float | None = None  # 1-5: 5 speaks for internal delivery, 1 for buying
    suggestion: str | None = None  # a placement value, or None
    hint: ProcurementHint | None = None  # external and mixed cards only
    needs: tuple[NeedRef, ...] = ()
    # The business case: the card's case_* columns, placement and bought share, as
    # desktop.core.business_case.compute reads them; and its results to follow up.
    case: Mapping[str, Any] = field(default_factory=dict)
    measures: tuple[MeasureRow, ...] = ()
    # Why the suggestion (the criteria that weigh most), by language: {"da": …, "en": …}.
    reason: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MeasureRow:
    """A result to follow up: what is measured, from where, to where, and what came of it."""

    name: str
    baseline: str = ""
    target: str = ""
    result: str = ""


@dataclass(frozen=True)
class DeliveryColumn:
    placement: str
    services: tuple[ServiceRow, ...] = ()
    totals: ColumnTotals = field(default_factory=lambda: ColumnTotals(0, 0, 0, 0, 0))


@dataclass(frozen=True)
class SignOffRow:
    approver_name: str
    approver_title: str = ""
    outcome: str = "approved"
    comment: str = ""
    signed_at: datetime | None = None
    is_stale: bool = False  # what was signed has changed since
    is_superseded: bool = False  # the same approver has signed again since
    changes: tuple[Change, ...] = ()  # field by field, when stale

    @property
    def is_changed_after_approval(self) -> bool:
        return not self.is_superseded and self.is_stale and self.outcome == "approved"


@dataclass(frozen=True)
class DecisionRow:
    title: str
    text: str = ""
    resources_dkk: int | None = None
    resources_hours: float | None = None
    resources_fte: float | None = None
    resources_text: str = ""
    conditions: str = ""
    owner: str = ""
    status: str = "unsigned"  # a DecisionStatus value
    services: tuple[str, ...] = ()  # titles of the services it covers
    sign_offs: tuple[SignOffRow, ...] = ()  # oldest first

    def resources(self) -> dict[str, int | float | None]:
        """Its kroner, hours and FTE, each None when not given (or not a number as found)."""
        return {
            "resources_dkk": _resource(self.resources_dkk),
            "resources_hours": _resource(self.resources_hours),
            "resources_fte": _resource(self.resources_fte),
        }

    def approvers(self) -> list[SignOffRow]:
        """Who signs the paper: each current approver once, in the order they signed."""
        seen: set[str] = set()
        found = []
        for s in self.sign_offs:
            key = s.approver_name.casefold().strip()
            if s.is_superseded or not key or key in seen:
                continue
            seen.add(key)
            found.append(s)
        return found
