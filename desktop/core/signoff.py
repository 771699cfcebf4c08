"""Leadership sign-off: decisions, the services they cover, sign-offs and their fingerprints.

A sign-off keeps a fingerprint of what the approver saw: the decision's title, text,
resources and conditions, and the placement and costs of the services it covers. The
fingerprint is the sha256 of a canonical JSON of that content, stored beside it.

It is NOT a cryptographic signature and proves nothing about who signed: anyone who can
edit the file can change both the content and the fingerprint. It only lets the app notice,
honestly and cheaply, that what was signed has changed since ("Ændret efter godkendelse"),
and say what changed, field by field.

Who has the last word: each approver's newest sign-off on a decision (by the time it was
signed, then by when it was recorded) is their current one; their earlier sign-offs stay
in the history as superseded. A decision counts as approved ("godkendt") when at least one
current sign-off is an approval of the content as it is now (not stale), and no current
sign-off is a rejection (stale or not: a rejection stands until the approver signs again).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import column, table
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from desktop.core import money, vocabulary
from desktop.core import operations as ops
from desktop.core.delivery_models import Placement
from desktop.core.errors import TvaersError
from desktop.core.glossary import danish_sort_key
from desktop.core.models import Participant, Side, utc_now
from desktop.core.signoff_models import (
    Decision,
    DecisionService,
    DecisionStatus,
    Outcome,
    ResourceFrame,
    SignOff,
)

WHAT_DECISION = "Beslutningen"
WHAT_SIGN_OFF = "Godkendelsen"
# Bump when the fingerprinted content changes shape; a sign-off is always compared with
# the decision in the shape it was signed in, so a bump never makes old sign-offs stale.
CONTENT_VERSION = 2

# What a sign-off covers. The decision's owner is not among them: who follows the decision
# up can change without the decision itself changing.
DECISION_FIELDS = (
    "title",
    "text",
    "resources_dkk",
    "resources_hours",
    "resources_fte",
    "resources_text",
    "conditions",
)
SERVICE_FIELDS = ("placement", "annual_cost_dkk", "contract_years")  # what a change names
# What a fingerprint covers of each service, by content version. Version 2 adds the
# contract length as typed: "2+2" (two years and a two-year option) is not the "4" firm
# years leadership signed, though the sum is the same.
SIGNED_SERVICE_FIELDS = {1: SERVICE_FIELDS, 2: (*SERVICE_FIELDS, "contract_years_typed")}
SERVICE_ADDED = "service_added"
SERVICE_REMOVED = "service_removed"

# Sign-off fields that stay editable afterwards; the fingerprint never does.
SIGN_OFF_EDITABLE = (
    "participant_id",
    "approver_name",
    "approver_title",
    "outcome",
    "comment",
    "signed_at",
)

SERVICES = "services"  # in a decision's deletion snapshot: the services it covered
SIGN_OFFS = "sign_offs"  # ... and its sign-offs

# The delivery board's table, read by its columns only: the board owns the model.
_SERVICE = table(
    "service",
    column("id"),
    column("title"),
    column("placement"),
    column("annual_cost_dkk"),
    column("contract_years"),
    column("contract_years_typed"),
)


class MissingApproverError(TvaersError):
    da = "Skriv navnet på den, der godkender, eller vælg en deltager."
    en = "Type the name of the approver, or choose a participant."


# -- services on the delivery board --------------------------------------------------------


@dataclass(frozen=True)
class ServiceInfo:
    """What the sign-off needs of a card on the delivery board."""

    id: str
    title: str
    placement: str
    annual_cost_dkk: int | None
    contract_years: float | None
    contract_years_typed: str = ""  # as typed ("2+1+1"); "" when only the sum is known


def list_services(session: Session) -> list[ServiceInfo]:
    """Every service on the board, by title (Danish order)."""
    query = sql_select(
        _SERVICE.c.id,
        _SERVICE.c.title,
        _SERVICE.c.placement,
        _SERVICE.c.annual_cost_dkk,
        _SERVICE.c.contract_years,
        _SERVICE.c.contract_years_typed,
    )
    session.flush()  # a raw query does not flush by itself: see what this session added
    services = [
        ServiceInfo(
            id=str(row[0]),
            title=str(row[1] or ""),
            placement=str(row[2] or ""),
            annual_cost_dkk=_as_int(row[3]),
            contract_years=_as_float(row[4]),
            contract_years_typed=str(row[5] or ""),
        )
        for row in session.connection().execute(query).all()
    ]
    services.sort(key=lambda s: (danish_sort_key(s.title), s.id))
    return services


def linked_service_ids(session: Session, *, decision_id: str) -> list[str]:
    query = select(DecisionService.service_id).where(DecisionService.decision_id == decision_id)
    return sorted(session.exec(query).all())


def set_decision_services(
    session: Session, *, decision_id: str, service_ids: Sequence[str]
) -> list[str]:
    """Make the decision cover exactly these services (those still on the board); returns
    the services it covered before (for undo)."""
    ops.get_row(session, Decision, decision_id, what=WHAT_DECISION)
    before = linked_service_ids(session, decision_id=decision_id)
    existing = {s.id for s in list_services(session)}
    wanted = {sid for sid in service_ids if sid in existing}
    for link in session.exec(
        select(DecisionService).where(DecisionService.decision_id == decision_id)
    ).all():
        if link.service_id not in wanted:
            session.delete(link)
    for service_id in sorted(wanted - set(before)):
        session.add(DecisionService(decision_id=decision_id, service_id=service_id))
    _touch(session, decision_id)
    session.commit()
    return before


# -- decisions -----------------------------------------------------------------------------


def list_decisions(session: Session) -> list[Decision]:
    return ops.ordered(session, Decision)


def add_decision(session: Session, **fields: Any) -> Decision:
    return ops.add_row(session, Decision, _normalised(fields))


def update_decision(session: Session, *, decision_id: str, **changes: Any) -> Decision:
    return ops.update_row(session, Decision, decision_id, _normalised(changes), what=WHAT_DECISION)


def delete_decision(session: Session, *, decision_id: str) -> dict[str, Any]:
    """Delete a decision with its links and sign-offs; the snapshot restores all of them."""
    ops.get_row(session, Decision, decision_id, what=WHAT_DECISION)
    services = linked_service_ids(session, decision_id=decision_id)
    sign_offs = _sign_offs_of(session, decision_id)
    snapshots = [ops.snapshot(s) for s in sign_offs]
    # Explicitly, not by the file's cascade: the caller may not have foreign keys on.
    for sign_off in sign_offs:
        session.delete(sign_off)
    for link in session.exec(
        select(DecisionService).where(DecisionService.decision_id == decision_id)
    ).all():
        session.delete(link)
    session.flush()
    data = ops.delete_row(session, Decision, decision_id, what=WHAT_DECISION)
    data[SERVICES] = services
    data[SIGN_OFFS] = snapshots
    return data


def restore_decision(session: Session, *, data: dict[str, Any]) -> Decision:
    """Undo of `delete_decision`, in one transaction: the decision, its services and its
    sign-offs (with their approver, if that participant is still there)."""
    fields = {k: v for k, v in data.items() if k not in (SERVICES, SIGN_OFFS)}
    decision = Decision.model_validate(fields)
    session.add(decision)
    session.flush()
    existing = {s.id for s in list_services(session)}
    for service_id in data.get(SERVICES, []):
        if service_id in existing:  # a service deleted meanwhile stays gone
            session.add(DecisionService(decision_id=decision.id, service_id=service_id))
    for snapshot in data.get(SIGN_OFFS, []):
        session.add(SignOff.model_validate(_without_lost_participant(session, snapshot)))
    session.commit()
    return decision


def decision_order(session: Session) -> list[str]:
    return [d.id for d in list_decisions(session)]


def reorder_decisions(session: Session, *, ordered_ids: Sequence[str]) -> list[str]:
    """Give the decisions this order; returns the previous order (for undo)."""
    before = decision_order(session)
    if sorted(before) != sorted(ordered_ids):
        raise ValueError("reorder must name exactly the workshop's decisions")
    for position, decision_id in enumerate(ordered_ids):
        decision = session.get(Decision, decision_id)
        assert decision is not None
        decision.position = position
        session.add(decision)
    session.commit()
    return before


def decision_positions(session: Session) -> dict[str, int]:
    """Each decision's position as stored: what an undo of a move puts back (the numbers
    may have gaps; renumbering them 0, 1, 2 ... would change the file)."""
    return {
        decision_id: position
        for decision_id, position in session.exec(select(Decision.id, Decision.position))
    }


def restore_decision_positions(session: Session, *, positions: Mapping[str, int]) -> None:
    """Undo (and redo) of a move: every decision back at the very position it had."""
    ops.restore_positions(session, Decision, positions)


def move_decision(session: Session, *, decision_id: str, offset: int) -> list[str]:
    """Move a decision up (offset -1) or down (+1); returns the previous order."""
    ops.get_row(session, Decision, decision_id, what=WHAT_DECISION)
    order = decision_order(session)
    index = order.index(decision_id)
    target = max(0, min(len(order) - 1, index + offset))
    order.insert(target, order.pop(index))
    return reorder_decisions(session, ordered_ids=order)


# -- leadership's frame for the resources of all decisions ------------------------------------

FRAME_FIELDS = ("budget_dkk", "hours", "fte")
FRAME_MAX = {"budget_dkk": money.MAX_DKK, "hours": 1e9, "fte": 1e9}  # typo guards


def resource_frame(session: Session) -> dict[str, Any]:
    """The frame as plain values ({"budget_dkk": ..., "hours": ..., "fte": ...}); None where
    no limit is set, all None when leadership has set none."""
    row = _frame_row(session)
    return {name: getattr(row, name) if row else None for name in FRAME_FIELDS}


def update_resource_frame(session: Session, **changes: Any) -> dict[str, Any]:
    """Set the frame's budget (whole kroner), hours or FTE; None takes a limit away. The row
    is made on first use. Returns the frame as it was (for undo)."""
    unknown = set(changes) - set(FRAME_FIELDS)
    if unknown:
        raise ValueError(f"not a field of the frame: {sorted(unknown)}")
    for name, value in changes.items():
        if value is not None and not 0 <= float(value) <= FRAME_MAX[name]:  # also NaN
            raise ValueError(f"{name} must be a number from 0 to {FRAME_MAX[name]}")
    before = resource_frame(session)
    row = _frame_row(session) or ResourceFrame()
    for name, value in changes.items():
        if name == "budget_dkk":
            value = None if value is None else round(value)
        elif value is not None:
            value = float(value)
        setattr(row, name, value)
    row.updated_at = utc_now()
    session.add(row)
    session.commit()
    return before


def frame_snapshot(session: Session) -> dict[str, Any] | None:
    """The frame's row as it is (None: there is none yet), for `restore_frame`."""
    row = _frame_row(session)
    return ops.snapshot(row) if row is not None else None


def restore_frame(session: Session, *, snapshot: dict[str, Any] | None) -> None:
    """Undo and redo of a change to the frame: the row exactly as snapshotted (its id and
    creation time too), or no row when there was none."""
    row = _frame_row(session)
    if row is not None and (snapshot is None or row.id != snapshot["id"]):
        session.delete(row)
        session.flush()
        row = None
    if snapshot is None:
        session.commit()
    elif row is None:
        ops.restore_row(session, ResourceFrame, snapshot)
    else:
        for name, value in snapshot.items():
            setattr(row, name, value)
        session.add(row)
        session.commit()


def _frame_row(session: Session) -> ResourceFrame | None:
    return session.exec(select(ResourceFrame).order_by(col(ResourceFrame.created_at))).first()


# -- sign-offs -----------------------------------------------------------------------------


def list_sign_offs(session: Session, *, decision_id: str) -> list[SignOff]:
    """A decision's sign-offs, oldest first (the history)."""
    return _sign_offs_of(session, decision_id)


def add_sign_off(
    session: Session,
    *,
    decision_id: str,
    approver_name: str,
    approver_title: str = "",
    participant_id: str | None = None,
    outcome: str = Outcome.APPROVED.value,
    comment: str = "",
    signed_at: datetime | None = None,
) -> SignOff:
    """Record one approver's answer, with the fingerprint of the decision as it is now."""
    if not approver_name.strip():
        raise MissingApproverError()
    content = signed_content(session, decision_id=decision_id)
    canonical = canonical_json(content)
    titles = {s.id: s.title for s in _linked_services(session, decision_id)}
    fields = {
        "decision_id": decision_id,
        "participant_id": participant_id,
        "approver_name": approver_name,
        "approver_title": approver_title,
        "outcome": outcome,
        "comment": comment,
        "signed_at": signed_at or datetime.now().replace(second=0, microsecond=0),
        "content_hash": fingerprint(canonical),
        "signed_content": canonical,
        "signed_service_titles": canonical_json(titles),
    }
    return ops.add_row(session, SignOff, fields)


def update_sign_off(session: Session, *, sign_off_id: str, **changes: Any) -> SignOff:
    """Correct a sign-off (its outcome, comment, time, who). What was signed stays as it was."""
    fixed = sorted(set(changes) - set(SIGN_OFF_EDITABLE))
    if fixed:
        raise ValueError(f"a sign-off's {', '.join(fixed)} cannot be changed afterwards")
    if "approver_name" in changes and not str(changes["approver_name"]).strip():
        raise MissingApproverError()
    return ops.update_row(session, SignOff, sign_off_id, changes, what=WHAT_SIGN_OFF)


def delete_sign_off(session: Session, *, sign_off_id: str) -> dict[str, Any]:
    return ops.delete_row(session, SignOff, sign_off_id, what=WHAT_SIGN_OFF)


def restore_sign_off(session: Session, *, data: dict[str, Any]) -> SignOff:
    return ops.restore_row(session, SignOff, _without_lost_participant(session, data))


def approver_candidates(session: Session) -> list[Participant]:
    """Who can sign: the participants, those on the leadership side first."""
    people = ops.ordered(session, Participant)
    return sorted(people, key=lambda p: p.side != Side.LEADERSHIP.value)  # stable


# -- the fingerprint -------------------------------------------------------------------------


def signed_content(session: Session, *, decision_id: str) -> dict[str, Any]:
    """What a sign-off of this decision covers, as plain JSON-ready data.

    Services are sorted by id, so the order of the board, of the decisions or of anything
    else the decision does not cover never changes the fingerprint.
    """
    decision = ops.get_row(session, Decision, decision_id, what=WHAT_DECISION)
    return _content_of(ops.snapshot(decision), _linked_services(session, decision_id))


def canonical_json(content: Any) -> str:
    """One text for one content: sorted keys, no spaces, UTF-8 as is, no NaN."""
    return json.dumps(
        content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def fingerprint(canonical: str) -> str:
    """sha256 of the canonical JSON. A change detector, not a signature: see the module."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def current_fingerprint(session: Session, *, decision_id: str) -> str:
    return fingerprint(canonical_json(signed_content(session, decision_id=decision_id)))


@dataclass(frozen=True)
class Change:
    """One difference between what was signed and what the decision is now."""

    field: str  # a DECISION_FIELDS or SERVICE_FIELDS name, or SERVICE_ADDED / SERVICE_REMOVED
    old: Any
    new: Any
    service_id: str | None = None
    service_title: str = ""

    def label(self, lang: str) -> str:
        """What changed, e.g. 'Beløb' or 'Mentorstøtte: levering'."""
        labels = _FIELD_LABELS_DA if lang == "da" else _FIELD_LABELS_EN
        if self.field in (SERVICE_ADDED, SERVICE_REMOVED):
            return labels[self.field]
        if self.service_id is not None:
            return f"{self.service_title or '?'}: {labels[self.field].lower()}"
        return labels[self.field]

    def describe(self, lang: str) -> str:
        """One line: 'Beløb: 1.100.000 kr. → 1.250.000 kr.' or 'Ydelse tilføjet: X'."""
        if self.field in (SERVICE_ADDED, SERVICE_REMOVED):
            return f"{self.label(lang)}: {self.service_title or '?'}"
        old = format_value(self.field, self.old, lang)
        new = format_value(self.field, self.new, lang)
        return f"{self.label(lang)}: {old} → {new}"


def changes_since(
    signed: dict[str, Any],
    now: dict[str, Any],
    *,
    titles: dict[str, str],
) -> list[Change]:
    """Field by field, what differs between two signed contents; services named by title."""
    changes: list[Change] = []
    old_decision, new_decision = signed.get("decision", {}), now.get("decision", {})
    for name in DECISION_FIELDS:
        if old_decision.get(name) != new_decision.get(name):
            changes.append(Change(name, old_decision.get(name), new_decision.get(name)))
    old_services = {s["id"]: s for s in signed.get("services", [])}
    new_services = {s["id"]: s for s in now.get("services", [])}
    for service_id in sorted(old_services.keys() | new_services.keys(), key=_by_title(titles)):
        title = titles.get(service_id, "")
        before, after = old_services.get(service_id), new_services.get(service_id)
        if before is None:
            changes.append(Change(SERVICE_ADDED, None, service_id, service_id, title))
        elif after is None:
            changes.append(Change(SERVICE_REMOVED, service_id, None, service_id, title))
        else:
            for name in SERVICE_FIELDS:
                old, new = before.get(name), after.get(name)
                if name == "contract_years":  # shown as typed where it was typed
                    old, new = _years_as_typed(before), _years_as_typed(after)
                if old != new:
                    changes.append(Change(name, old, new, service_id, title))
    return changes


def _years_as_typed(service: dict[str, Any]) -> Any:
    """A signed service's contract length: as typed ("2+1+1") if it was, else the sum."""
    return service.get("contract_years_typed") or service.get("contract_years")


# -- what the tab, the minutes and the overview show -------------------------------------------


@dataclass(frozen=True)
class SignOffState:
    """A sign-off as it stands today."""

    sign_off: dict[str, Any]  # the row, as plain values
    is_stale: bool  # what was signed has changed since
    is_superseded: bool  # the same approver has signed this decision again since
    changes: tuple[Change, ...] = ()  # empty unless stale

    @property
    def id(self) -> str:
        return str(self.sign_off["id"])

    @property
    def outcome(self) -> str:
        return str(self.sign_off["outcome"])

    @property
    def is_current(self) -> bool:
        return not self.is_superseded

    @property
    def is_changed_after_approval(self) -> bool:
        return self.is_current and self.is_stale and self.outcome == Outcome.APPROVED.value


@dataclass(frozen=True)
class DecisionReport:
    """A decision with the services it covers and its sign-offs, oldest first."""

    decision: dict[str, Any]
    services: tuple[ServiceInfo, ...]
    sign_offs: tuple[SignOffState, ...]
    status: DecisionStatus

    @property
    def id(self) -> str:
        return str(self.decision["id"])

    @property
    def current(self) -> tuple[SignOffState, ...]:
        return tuple(s for s in self.sign_offs if s.is_current)

    @property
    def is_approved(self) -> bool:
        return self.status == DecisionStatus.APPROVED

    @property
    def has_changed_after_approval(self) -> bool:
        return any(s.is_changed_after_approval for s in self.sign_offs)


def decision_reports(session: Session) -> list[DecisionReport]:
    """Every decision, in the facilitator's order, with everything the tab and minutes show.

    Read as plain rows (the dicts `ops.snapshot` gives), not as a Decision and a SignOff
    object per row: the Workshop and Sign-off tabs both read it when a workshop opens."""
    services = {s.id: s for s in list_services(session)}  # flushes what the session added
    links: dict[str, list[str]] = {}
    query = sql_select(_LINKS.c.decision_id, _LINKS.c.service_id)
    for decision_id, service_id in session.connection().execute(query).all():
        links.setdefault(decision_id, []).append(service_id)
    sign_offs: dict[str, list[dict[str, Any]]] = {}
    for sign_off in _rows(session, sql_select(_SIGN_OFFS)):
        sign_offs.setdefault(sign_off["decision_id"], []).append(sign_off)
    decisions = sql_select(_DECISIONS).order_by(_DECISIONS.c.position, _DECISIONS.c.created_at)
    reports = []
    for decision in _rows(session, decisions):
        covered = [services[sid] for sid in links.get(decision["id"], []) if sid in services]
        covered.sort(key=lambda s: (danish_sort_key(s.title), s.id))
        reports.append(
            _report(decision, covered, sorted(sign_offs.get(decision["id"], []), key=_when))
        )
    return reports


def decision_report(session: Session, *, decision_id: str) -> DecisionReport:
    decision = ops.get_row(session, Decision, decision_id, what=WHAT_DECISION)
    covered = _linked_services(session, decision_id)
    sign_offs = [ops.snapshot(s) for s in _sign_offs_of(session, decision_id)]
    return _report(ops.snapshot(decision), covered, sign_offs)


@dataclass(frozen=True)
class SignOffOverview:
    """The overview line: how many decisions are approved, and how many changed after approval.

    `changed_after_approval` counts decisions with at least one current approval whose
    content has changed since; it can overlap `approved` (another approver signed the new
    content), because that approval still needs renewing.
    """

    decisions: int
    approved: int
    changed_after_approval: int
    changes_requested: int
    rejected: int
    unsigned: int

    def text(self, lang: str) -> str:
        if self.decisions == 0:
            return "Ingen beslutninger endnu" if lang == "da" else "No decisions yet"
        if lang == "da":
            noun = "beslutning" if self.decisions == 1 else "beslutninger"
            line = f"{self.approved} af {self.decisions} {noun} godkendt"
            if self.changed_after_approval:
                line += f", {self.changed_after_approval} ændret efter godkendelse"
            return line
        noun = "decision" if self.decisions == 1 else "decisions"
        line = f"{self.approved} of {self.decisions} {noun} approved"
        if self.changed_after_approval:
            line += f", {self.changed_after_approval} changed after approval"
        return line


def signoff_overview(session: Session) -> SignOffOverview:
    return overview_of(decision_reports(session))


def overview_of(reports: Sequence[DecisionReport]) -> SignOffOverview:
    statuses = [r.status for r in reports]
    return SignOffOverview(
        decisions=len(reports),
        approved=statuses.count(DecisionStatus.APPROVED),
        changed_after_approval=sum(1 for r in reports if r.has_changed_after_approval),
        changes_requested=statuses.count(DecisionStatus.CHANGES_REQUESTED),
        rejected=statuses.count(DecisionStatus.REJECTED),
        unsigned=statuses.count(DecisionStatus.UNSIGNED),
    )


# -- showing values, in Danish or English ------------------------------------------------------

_FIELD_LABELS_DA = {
    "title": "Titel",
    "text": "Beslutning",
    "resources_dkk": "Beløb",
    "resources_hours": "Timer",
    "resources_fte": "Årsværk",
    "resources_text": "Ressourcer i øvrigt",
    "conditions": "Betingelser",
    "placement": "Levering",
    "annual_cost_dkk": "Anslået årlig udgift",
    "contract_years": "Kontraktlængde",
    SERVICE_ADDED: "Ydelse tilføjet",
    SERVICE_REMOVED: "Ydelse fjernet",
}
_FIELD_LABELS_EN = {
    "title": "Title",
    "text": "Decision",
    "resources_dkk": "Amount",
    "resources_hours": "Staff hours",
    "resources_fte": "FTE",
    "resources_text": "Other resources",
    "conditions": "Conditions",
    "placement": "Placement",
    "annual_cost_dkk": "Annual cost",
    "contract_years": "Contract length",
    SERVICE_ADDED: "Service added",
    SERVICE_REMOVED: "Service removed",
}


def format_value(name: str, value: Any, lang: str) -> str:
    """A covered field's value as a facilitator reads it ('1.250.000 kr.', '1,5 årsværk')."""
    da = lang == "da"
    if value is None or value == "":
        return "(tom)" if da else "(empty)"
    if name == "placement":
        return vocabulary.label_of(Placement, str(value), lang)
    if name in ("resources_dkk", "annual_cost_dkk"):
        amount = format_number(value, lang)
        return f"{amount} kr." if da else f"DKK {amount}"
    if name == "resources_hours":
        return f"{format_number(value, lang)} {'timer' if da else 'hours'}"
    if name == "resources_fte":
        return f"{format_number(value, lang)} {'årsværk' if da else 'FTE'}"
    if name == "contract_years":
        years = value if isinstance(value, str) else format_number(value, lang)
        return f"{years} {'år' if da else 'years'}"
    return str(value)


def format_number(value: float, lang: str) -> str:
    """1250000 -> '1.250.000' (da) or '1,250,000' (en); 1.5 -> '1,5' or '1.5'."""
    number = float(value)
    text = f"{int(number):,}" if number.is_integer() else f"{number:,.2f}".rstrip("0")
    if lang != "da":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def placement_label(placement: str, lang: str) -> str:
    return vocabulary.label_of(Placement, placement, lang)


# -- inside ------------------------------------------------------------------------------------


def _report(
    decision: dict[str, Any],
    covered: Sequence[ServiceInfo],
    sign_offs: Sequence[dict[str, Any]],
) -> DecisionReport:
    """A decision and its sign-offs (rows as `ops.snapshot` gives them, oldest first)."""
    now_by_version: dict[int, tuple[dict[str, Any], str]] = {}
    current_titles = {s.id: s.title for s in covered}
    states = []
    for index, sign_off in enumerate(sign_offs):
        superseded = any(_same_approver(sign_off, later) for later in sign_offs[index + 1 :])
        signed = _signed(sign_off)
        version = _version_of(signed)
        if version not in now_by_version:
            content = _content_of(decision, covered, version=version)
            now_by_version[version] = (content, fingerprint(canonical_json(content)))
        now, now_hash = now_by_version[version]
        stale = sign_off["content_hash"] != now_hash
        changes: tuple[Change, ...] = ()
        if stale:
            titles = {**_titles_signed(sign_off), **current_titles}
            changes = tuple(changes_since(signed, now, titles=titles))
        states.append(
            SignOffState(
                sign_off=dict(sign_off),
                is_stale=stale,
                is_superseded=superseded,
                changes=changes,
            )
        )
    return DecisionReport(
        decision=dict(decision),
        services=tuple(covered),
        sign_offs=tuple(states),
        status=_status(states),
    )


def _status(states: Sequence[SignOffState]) -> DecisionStatus:
    current = [s for s in states if s.is_current]
    outcomes = {s.outcome for s in current}
    if Outcome.REJECTED.value in outcomes:
        return DecisionStatus.REJECTED
    if any(s.outcome == Outcome.APPROVED.value and not s.is_stale for s in current):
        return DecisionStatus.APPROVED
    if any(s.is_changed_after_approval for s in current):
        return DecisionStatus.CHANGED_AFTER_APPROVAL
    if Outcome.CHANGES_REQUESTED.value in outcomes:
        return DecisionStatus.CHANGES_REQUESTED
    return DecisionStatus.UNSIGNED


def _content_of(
    decision: Mapping[str, Any], covered: Sequence[ServiceInfo], *, version: int = CONTENT_VERSION
) -> dict[str, Any]:
    fields = SIGNED_SERVICE_FIELDS[version]
    return {
        "version": version,
        "decision": {name: _plain(name, decision[name]) for name in DECISION_FIELDS},
        "services": [
            {"id": s.id, **{name: _plain(name, getattr(s, name)) for name in fields}}
            for s in sorted(covered, key=lambda s: s.id)
        ],
    }


def _version_of(signed: dict[str, Any]) -> int:
    """The content version a sign-off was made in, from what it signed (1 for one that
    cannot be read: it then shows as changed, with what can be told)."""
    version = signed.get("version", 1)
    return version if version in SIGNED_SERVICE_FIELDS else CONTENT_VERSION


def _linked_services(session: Session, decision_id: str) -> list[ServiceInfo]:
    linked = set(linked_service_ids(session, decision_id=decision_id))
    return [s for s in list_services(session) if s.id in linked]


def _sign_offs_of(session: Session, decision_id: str) -> list[SignOff]:
    query = select(SignOff).where(SignOff.decision_id == decision_id)
    return sorted(
        session.exec(query).all(), key=lambda s: _history(s.signed_at, s.created_at, s.id)
    )


def _when(sign_off: Mapping[str, Any]) -> tuple[datetime, datetime, str]:
    return _history(sign_off["signed_at"], sign_off["created_at"], sign_off["id"])


def _history(
    signed_at: datetime | None, created_at: datetime, sign_off_id: str
) -> tuple[datetime, datetime, str]:
    """History order: when it was signed, then when it was recorded."""
    recorded = created_at.replace(tzinfo=None)
    return (signed_at or recorded, recorded, sign_off_id)


def _same_approver(one: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    if one["participant_id"] and one["participant_id"] == other["participant_id"]:
        return True
    name = str(one["approver_name"]).casefold().strip()
    return bool(name) and name == str(other["approver_name"]).casefold().strip()


def _signed(sign_off: Mapping[str, Any]) -> dict[str, Any]:
    try:
        content = json.loads(sign_off["signed_content"])
    except ValueError:
        return {}
    return content if isinstance(content, dict) else {}


def _titles_signed(sign_off: Mapping[str, Any]) -> dict[str, str]:
    try:
        titles = json.loads(sign_off["signed_service_titles"] or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in titles.items()} if isinstance(titles, dict) else {}


def _plain(name: str, value: Any) -> Any:
    """One JSON value per stored value: 2 and 2.0 hours are the same content."""
    if value is None:
        return None
    if name in ("resources_dkk", "annual_cost_dkk"):
        return int(value)
    if name in ("resources_hours", "resources_fte", "contract_years"):
        return float(value)
    return str(value)


def _normalised(fields: dict[str, Any]) -> dict[str, Any]:
    """Numbers as the file stores them, so what is in memory equals what is read back."""
    out = dict(fields)
    for name in ("resources_dkk",):
        if out.get(name) is not None:
            out[name] = int(out[name])
    for name in ("resources_hours", "resources_fte"):
        if out.get(name) is not None:
            number = float(out[name])
            if not math.isfinite(number):
                raise ValueError(f"{name} must be a finite number")
            out[name] = number
    return out


def _without_lost_participant(session: Session, data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    if data.get("participant_id") and session.get(Participant, data["participant_id"]) is None:
        data["participant_id"] = None  # that participant was deleted meanwhile
    return data


def _touch(session: Session, decision_id: str) -> None:
    decision = session.get(Decision, decision_id)
    if decision is not None:
        decision.updated_at = utc_now()
        session.add(decision)


_DECISIONS: Any = Decision.__table__  # type: ignore[attr-defined]
_SIGN_OFFS: Any = SignOff.__table__  # type: ignore[attr-defined]
_LINKS: Any = DecisionService.__table__  # type: ignore[attr-defined]


def _rows(session: Session, query: Any) -> list[dict[str, Any]]:
    """Rows as the dicts `ops.snapshot` gives (the column types read them the same way)."""
    result = session.connection().execute(query)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.all()]


def _as_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _as_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _by_title(titles: dict[str, str]) -> Any:
    return lambda service_id: (danish_sort_key(titles.get(service_id, "")), service_id)
