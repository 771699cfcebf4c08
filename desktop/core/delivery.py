"""The delivery board: services in five columns, their order, totals, criteria and needs.

Each card is a service (ydelse) placed in one column (`Placement`); `position` orders the
cards within a column. Every operation that changes the board returns what undo needs:
a snapshot, the previous value, or the previous order of the columns it touched.

Criteria (make or buy) belong to the workshop and are created, with the starting set in
the minutes' language, when the board is first used (`ensure_criteria`). Each is scored
1-5 per service; a criterion `favours` internal delivery (a 5 speaks for doing it
ourselves) or external purchase (a 5 speaks for buying). The weighted score puts every
score on one scale, 5 = deliver internally and 1 = buy externally:

    weighted score = sum(weight x oriented score) / sum(weight), over the scored criteria
    oriented score = score for an "internal" criterion, 6 - score for an "external" one

and the suggestion follows from it (`suggest_placement`, on the score rounded to one
decimal as the card shows it): 3.5 or more suggests Internal, 2.5 or less External, in
between Mixed; with less than half of the weight scored there is no suggestion; Not
buying is never suggested (that is a decision about the need, not about who delivers).
It is only shown: the room decides, and the app never moves a card.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from sqlalchemy import bindparam, case, delete, func, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from desktop.core import dialogue
from desktop.core import operations as ops
from desktop.core.business_case import CASE_FIELDS, COST_KEY, case_score
from desktop.core.canvas_models import Canvas, Note, Zone
from desktop.core.cpv import cpv_group, normalise_cpv
from desktop.core.delivery_models import (
    Criterion,
    CriterionScore,
    Leaning,
    Measure,
    Placement,
    Service,
    ServiceNote,
)
from desktop.core.errors import InvalidChoiceError, TvaersError
from desktop.core.models import utc_now
from desktop.core.money import contract_value, format_years, parse_years, years_without_unit
from desktop.core.signoff_models import DecisionService
from desktop.core.thresholds import (
    Counting,
    Partner,
    ProcurementHint,
    counted_value,
    procurement_hint,
)
from desktop.core.workshop import get_workshop

WHAT = "Ydelsen"
COLUMNS: tuple[str, ...] = tuple(p.value for p in Placement)  # left to right
HINTED = (Placement.EXTERNAL.value, Placement.MIXED.value)  # cards that get the procurement hint
NAMED_PARTNERS = 5  # a hint names this many cards it was added to, then "and N more"
# Plain strings: an enum member's .value costs a lookup, and the board asks 500 times a refresh.
_INTERNAL, _EXTERNAL, _MIXED = (
    p.value for p in (Placement.INTERNAL, Placement.EXTERNAL, Placement.MIXED)
)

SUGGEST_INTERNAL_FROM = 3.5
SUGGEST_EXTERNAL_UP_TO = 2.5
MIN_SCORED_SHARE = 0.5  # of the total weight, before a placement is suggested
TITLE_FROM_NOTE_MAX = 80
REASON_CRITERIA = 3  # a suggestion names this many criteria that weigh most for it

# Snapshot keys beside the service's own columns.
NOTE_IDS, SCORES, DECISION_IDS = "note_ids", "scores", "decision_ids"
# The starting criteria the workshop's first card brought with it (`add_service`): undo of
# that card removes them too, and redo puts them back with the card (issue 18, item 13).
CRITERIA = "criteria"
MEASURES = "measures"  # the card's results to follow up (business case, issue 20)
DIALOGUE = "dialogue"  # the card's market dialogue (meetings, information, what was told)


class ScoreError(TvaersError):
    da = "En score skal være et helt tal fra 1 til 5 (eller tom)."
    en = "A score must be a whole number from 1 to 5 (or empty)."


class AmountValueError(TvaersError):
    da = "Den anslåede årlige udgift kan ikke være negativ."
    en = "The estimated annual cost cannot be negative."


class YearsValueError(TvaersError):
    da = "Kontraktens længde skal være mere end 0 og højst 100 år."
    en = "The contract must last more than 0 and at most 100 years."


class BoughtShareError(TvaersError):
    da = "Den købte andel skal være et helt tal fra 0 til 100 (procent), eller tom."
    en = "The bought share must be a whole number from 0 to 100 (per cent), or empty."


class AnnouncementDateError(TvaersError):
    da = "Skriv datoen for den planlagte annoncering som fx 01.09.2027, eller lad feltet stå tomt."
    en = "Type the planned announcement date as e.g. 01.09.2027, or leave the field empty."


class WeightError(TvaersError):
    da = "En vægt skal være et tal fra 0 til 10."
    en = "A weight must be a number from 0 to 10."


class NoteMissingError(TvaersError):
    da = "Behovet findes ikke længere på lærredet. Det kan være slettet i mellemtiden."
    en = "The need is no longer on the canvas. It may have been deleted meanwhile."


# -- services ---------------------------------------------------------------------------


def list_services(session: Session) -> list[Service]:
    """Every service, column by column from left to right, each in its order."""
    services = session.exec(
        select(Service).order_by(col(Service.position), col(Service.created_at))
    ).all()
    rank = {placement: i for i, placement in enumerate(COLUMNS)}
    return sorted(services, key=lambda s: rank.get(s.placement, len(COLUMNS)))


def get_service(session: Session, *, service_id: str) -> Service:
    return ops.get_row(session, Service, service_id, what=WHAT)


def _checked(changes: dict[str, Any]) -> dict[str, Any]:
    """Validate the fields whose values have rules; the CPV code is stored normalised."""
    checked = dict(changes)
    if "cpv_code" in checked:
        checked["cpv_code"] = normalise_cpv(str(checked["cpv_code"] or ""))
    cost = checked.get("annual_cost_dkk")
    if cost is not None and (not isinstance(cost, int) or isinstance(cost, bool) or cost < 0):
        raise AmountValueError()
    if "contract_years_typed" in checked:
        # What was typed is kept ("2+1+1": base period plus options); its sum is the number
        # that totals and the procurement hint use. A plain number given alone has no
        # typed form: the typed text of before would no longer match it.
        typed = years_without_unit(str(checked["contract_years_typed"] or ""))
        checked["contract_years_typed"] = typed
        if typed:
            checked["contract_years"] = parse_years(typed)
        elif "contract_years" not in checked:
            checked["contract_years"] = None
    elif "contract_years" in checked:
        checked["contract_years_typed"] = ""
    if "announcement_date" in checked:
        checked["announcement_date"] = _announcement(checked["announcement_date"])
    share = checked.get("bought_share_percent")
    if share is not None and (
        not isinstance(share, int) or isinstance(share, bool) or not 0 <= share <= 100
    ):
        raise BoughtShareError()
    years = checked.get("contract_years")
    if years is not None:
        if isinstance(years, bool) or not isinstance(years, int | float):
            raise YearsValueError()
        if not 0 < years <= 100:
            raise YearsValueError()
        checked["contract_years"] = float(years)
    return checked


def _announcement(value: object) -> str:
    """An announcement date as stored: "" (the workshop's date) or ISO "2027-09-01"."""
    return dialogue.stored_date(value, AnnouncementDateError)


def parse_share(typed: str) -> int | None:
    """A typed bought share: "60", "60 %" or "60%"; "" gives None. Raises BoughtShareError."""
    text = typed.strip().removesuffix("%").strip()
    if not text:
        return None
    if not text.isdigit() or not 0 <= int(text) <= 100:
        raise BoughtShareError()
    return int(text)


def add_service(session: Session, **fields: Any) -> Service:
    """A new card at the end of its column (Undecided unless `placement` says otherwise).
    The workshop's first card brings the starting criteria, in the same transaction."""
    service = _new_service(session, fields)
    session.commit()
    return service


def _new_service(session: Session, fields: dict[str, Any]) -> Service:
    ops.refuse_bad_fields(Service, fields)
    values = _checked(fields)
    placement = values.setdefault("placement", Placement.UNDECIDED.value)
    if "position" not in values:
        values["position"] = _next_position(session, placement)
    ensure_criteria(session, commit=False)
    service = Service(**values)
    session.add(service)
    session.flush()
    return service


def _next_position(session: Session, placement: str) -> int:
    highest = session.exec(
        select(func.max(Service.position)).where(Service.placement == placement)
    ).one()
    return 0 if highest is None else int(highest) + 1


def update_service(session: Session, *, service_id: str, **changes: Any) -> Service:
    """Change a card's fields. Its column and order change through `move_service`."""
    if {"placement", "position"} & set(changes):
        raise ValueError("use move_service to change a service's column or order")
    ops.refuse_bad_fields(Service, changes)
    return ops.update_row(session, Service, service_id, _checked(changes), what=WHAT)


def delete_service(
    session: Session, *, service_id: str, with_criteria: Sequence[str] = ()
) -> dict[str, Any]:
    """Delete a card; the snapshot also holds its needs, scores and decisions (the file's
    foreign keys drop those links with it) so `restore_service` puts everything back.

    `with_criteria`: undo of adding the first card also removes the starting criteria that
    card brought (their snapshots go into the same snapshot), in the same transaction."""
    service = get_service(session, service_id=service_id)
    data = ops.snapshot(service)
    data[NOTE_IDS] = list(
        session.exec(select(ServiceNote.note_id).where(ServiceNote.service_id == service_id))
    )
    data[SCORES] = {
        criterion_id: score
        for criterion_id, score in session.exec(
            select(CriterionScore.criterion_id, CriterionScore.score).where(
                CriterionScore.service_id == service_id
            )
        )
    }
    data[DECISION_IDS] = list(
        session.exec(
            select(DecisionService.decision_id).where(DecisionService.service_id == service_id)
        )
    )
    # The file's foreign keys cascade too; deleting the links here keeps a file opened
    # without them (sqlite3 by hand) free of orphans.
    session.execute(delete(ServiceNote).where(col(ServiceNote.service_id) == service_id))
    session.execute(delete(CriterionScore).where(col(CriterionScore.service_id) == service_id))
    session.execute(delete(DecisionService).where(col(DecisionService.service_id) == service_id))
    measures = select(Measure).where(Measure.service_id == service_id)
    data[MEASURES] = [ops.snapshot(measure) for measure in session.exec(measures).all()]
    session.execute(delete(Measure).where(col(Measure.service_id) == service_id))
    data[DIALOGUE] = dialogue.take_out(session, service_id=service_id)
    if with_criteria:
        brought = session.exec(select(Criterion).where(col(Criterion.id).in_(with_criteria)))
        data[CRITERIA] = [ops.snapshot(criterion) for criterion in brought.all()]
        ids = [criterion["id"] for criterion in data[CRITERIA]]
        session.execute(delete(CriterionScore).where(col(CriterionScore.criterion_id).in_(ids)))
        session.execute(delete(Criterion).where(col(Criterion.id).in_(ids)))
    session.delete(service)
    session.commit()
    return data


def restore_service(session: Session, *, data: dict[str, Any]) -> Service:
    """Undo of a delete: the same card, id and place, with whatever it linked to that still
    exists (a need deleted meanwhile stays deleted)."""
    from desktop.core.signoff_models import Decision

    extras = (NOTE_IDS, SCORES, DECISION_IDS, CRITERIA, MEASURES, DIALOGUE)
    for criterion in data.get(CRITERIA, []):  # first: the card's scores may refer to them
        if session.get(Criterion, criterion["id"]) is None:
            session.add(Criterion.model_validate(criterion))
    service = Service.model_validate({k: v for k, v in data.items() if k not in extras})
    session.add(service)
    session.flush()
    for note_id in data.get(NOTE_IDS, []):
        if session.get(Note, note_id) is not None:
            session.add(ServiceNote(service_id=service.id, note_id=note_id))
    for criterion_id, score in data.get(SCORES, {}).items():
        if session.get(Criterion, criterion_id) is not None:
            session.add(
                CriterionScore(service_id=service.id, criterion_id=criterion_id, score=score)
            )
    for decision_id in data.get(DECISION_IDS, []):
        if session.get(Decision, decision_id) is not None:
            session.add(DecisionService(decision_id=decision_id, service_id=service.id))
    for measure in data.get(MEASURES, []):
        session.add(Measure.model_validate(measure))
    dialogue.put_back(session, data.get(DIALOGUE, {}))
    session.commit()
    return service


def contract_years_text(typed: str, years: float | None, *, lang: str = "da") -> str:
    """The contract's length as the room wrote it ("2+1+1"), else its number ("4", "2,5");
    "" when not given."""
    return typed or format_years(years, lang=lang)


def contract_years_as_typed(session: Session) -> dict[str, str]:
    """Every card's contract years as typed ("2+1+1"), by id; cards with none are left out."""
    query = select(Service.id, Service.contract_years_typed).where(
        Service.contract_years_typed != ""
    )
    return {service_id: typed for service_id, typed in session.exec(query)}


# -- columns and order ------------------------------------------------------------------


@dataclass(frozen=True)
class BoardOrder:
    """The cards of some columns, in order: {placement: [service ids]}. Undo of a move.

    `places` holds each of those cards' column and position as stored, which an undo puts
    back exactly: positions have gaps (a deleted card leaves one), and renumbering them
    0, 1, 2 ... would leave a file other than the one before the move (issue 18, item 13).
    An order made by hand, without places, is applied by renumbering its columns."""

    columns: dict[str, list[str]]
    places: dict[str, tuple[str, int]] = field(default_factory=dict)


def column_order(session: Session, *, placement: str) -> list[str]:
    query = (
        select(Service.id)
        .where(Service.placement == placement)
        .order_by(col(Service.position), col(Service.created_at))
    )
    return list(session.exec(query).all())


def board_order(session: Session, placements: Iterable[str]) -> BoardOrder:
    columns = {p: column_order(session, placement=p) for p in dict.fromkeys(placements)}
    query = select(Service.id, Service.placement, Service.position).where(
        col(Service.placement).in_(list(columns))
    )
    places = {
        service_id: (placement, position) for service_id, placement, position in session.exec(query)
    }
    return BoardOrder(columns, places)


def restore_order(session: Session, *, order: BoardOrder) -> None:
    """Put these columns back exactly as they were: every card in the column and at the
    position it had (cards deleted since are skipped)."""
    if order.places:
        _set_places(session, order.places)
    else:
        _apply_order(session, order.columns)
    session.commit()


def _apply_order(session: Session, columns: Mapping[str, Sequence[str]]) -> None:
    """Give the cards of these columns positions 0, 1, 2 ... in this order."""
    _set_places(
        session,
        {
            service_id: (placement, position)
            for placement, column in columns.items()
            for position, service_id in enumerate(column)
        },
    )


def _set_places(session: Session, places: Mapping[str, tuple[str, int]]) -> None:
    """Put each card in its column at its position; a card that moves to another column is
    marked as edited (updated_at), one that only shifts within its column is not."""
    if not places:
        return
    current = {
        service_id: (placement, position)
        for service_id, placement, position in session.exec(
            select(Service.id, Service.placement, Service.position).where(
                col(Service.id).in_(list(places))
            )
        )
    }
    now = utc_now()
    moved: list[dict[str, Any]] = []  # changed column: placement, position and updated_at
    shifted: list[dict[str, Any]] = []  # same column, new position
    for service_id, (placement, position) in places.items():
        was = current.get(service_id)
        if was is None or was == (placement, position):
            continue
        row = {"row_id": service_id, "new_placement": placement, "new_position": position}
        if was[0] != placement:
            moved.append({**row, "now": now})
        else:
            shifted.append(row)
    # Core executemany, one statement for all rows: moving a card in a column of hundreds
    # stays well inside the 50 ms budget (tests/bench/test_delivery_speed.py).
    table = Service.__table__  # type: ignore[attr-defined]
    by_id = table.c.id == bindparam("row_id")
    if moved:
        session.execute(
            update(table)
            .where(by_id)
            .values(
                placement=bindparam("new_placement"),
                position=bindparam("new_position"),
                updated_at=bindparam("now"),
            ),
            moved,
        )
    if shifted:
        session.execute(
            update(table)
            .where(by_id)
            .values(placement=bindparam("new_placement"), position=bindparam("new_position")),
            shifted,
        )
    session.expire_all()


def _check_placement(placement: str) -> None:
    if placement not in COLUMNS:
        raise InvalidChoiceError(field="placement", value=str(placement)[:40])


def move_service(
    session: Session, *, service_id: str, placement: str, before_id: str | None = None
) -> BoardOrder:
    """Put a card in a column, just before `before_id` (None: at the end of the column).

    Returns the previous order of the columns it touched, for `restore_order`.
    """
    _check_placement(placement)
    service = get_service(session, service_id=service_id)
    before = board_order(session, (service.placement, placement))
    after = moved_order(before, service_id=service_id, placement=placement, before_id=before_id)
    _set_places(session, after.places)
    session.commit()
    return before


def moved_order(
    order: BoardOrder, *, service_id: str, placement: str, before_id: str | None = None
) -> BoardOrder:
    """The columns of `order` (the card's own and `placement`, as `move_service` read them)
    with the card moved, each numbered 0, 1, 2 ... as `move_service` stores them: what the
    move leaves, for its redo, without reading it back."""
    source = next((p for p, ids in order.columns.items() if service_id in ids), placement)
    column = order.columns[placement]
    target = [i for i in column if i != service_id]
    if before_id == service_id and service_id in column:
        at = column.index(service_id)  # dropped just before itself: it stays where it is
    else:
        at = target.index(before_id) if before_id in target else len(target)
    target.insert(at, service_id)
    wanted: dict[str, list[str]] = {placement: target}
    if source != placement:
        wanted[source] = [i for i in order.columns[source] if i != service_id]
    places = {
        card: (column_name, position)
        for column_name, cards in wanted.items()
        for position, card in enumerate(cards)
    }
    return BoardOrder(wanted, places)


def move_target(
    session: Session, *, service_id: str, columns: int = 0, rows: int = 0
) -> tuple[str, str | None] | None:
    """Where a keyboard step (Ctrl+Left/Right: columns ±1, Ctrl+Up/Down: rows ±1) puts a
    card: (placement, before_id), or None at the edge of the board."""
    service = get_service(session, service_id=service_id)
    here = COLUMNS.index(service.placement)
    order = column_order(session, placement=service.placement)
    row = order.index(service_id)
    if columns:
        there = here + columns
        if not 0 <= there < len(COLUMNS):
            return None
        placement = COLUMNS[there]
        target = column_order(session, placement=placement)
        # Keep the card at about the same height: same row, or the end of a shorter column.
        return placement, target[row] if row < len(target) else None
    new_row = row + rows
    if not 0 <= new_row < len(order) or new_row == row:
        return None
    others = [i for i in order if i != service_id]
    return service.placement, others[new_row] if new_row < len(others) else None


# -- totals -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnTotals:
    """A column header's figures. Cards without a cost are left out and counted."""

    count: int
    annual_dkk: int  # sum of the annual costs that are given
    contract_dkk: int  # sum of annual cost x contract years, where both are given
    without_cost: int  # cards with no annual cost
    without_years: int  # cards with a cost but no contract years (not in contract_dkk)


def column_totals(services: Iterable[Mapping[str, Any]]) -> ColumnTotals:
    count = annual = contract = without_cost = without_years = 0
    for service in services:
        count += 1
        cost = service["annual_cost_dkk"]
        if cost is None:
            without_cost += 1
            continue
        annual += cost
        value = contract_value(cost, service["contract_years"])
        if value is None:
            without_years += 1
        else:
            contract += value
    return ColumnTotals(count, annual, contract, without_cost, without_years)


def column_totals_sum(totals: Iterable[ColumnTotals]) -> ColumnTotals:
    """Several columns' totals added up."""
    parts = list(totals)
    return ColumnTotals(
        sum(t.count for t in parts),
        sum(t.annual_dkk for t in parts),
        sum(t.contract_dkk for t in parts),
        sum(t.without_cost for t in parts),
        sum(t.without_years for t in parts),
    )


# -- criteria ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StarterCriterion:
    key: str
    favours: str
    title_da: str
    description_da: str
    title_en: str
    description_en: str


STARTER_CRITERIA: tuple[StarterCriterion, ...] = (
    StarterCriterion(
        "strategic_importance",
        Leaning.INTERNAL.value,
        "Strategisk betydning / kernekompetence",
        "Er ydelsen en del af kerneopgaven, som vi selv skal mestre? "
        "5 = central for kerneopgaven, 1 = ikke strategisk vigtig.",
        "Strategic importance / core competence",
        "Is the service part of our core task, one we must master ourselves? "
        "5 = central to the core task, 1 = not strategically important.",
    ),
    StarterCriterion(
        "internal_capacity",
        Leaning.INTERNAL.value,
        "Intern kapacitet og kompetencer",
        "Har vi medarbejdere, tid og kompetencer til at levere ydelsen? "
        "5 = ja, fuldt ud, 1 = nej, slet ikke.",
        "Internal capacity and skills",
        "Do we have the staff, time and skills to deliver the service? "
        "5 = yes, fully, 1 = not at all.",
    ),
    StarterCriterion(
        "market_maturity",
        Leaning.EXTERNAL.value,
        "Markedsmodenhed (findes der leverandører?)",
        "Findes der leverandører, der kan levere ydelsen i den kvalitet, vi har brug for? "
        "5 = et modent marked med flere gode leverandører, 1 = ingen leverandører.",
        "Market maturity (are there suppliers?)",
        "Are there suppliers who can deliver the service in the quality we need? "
        "5 = a mature market with several good suppliers, 1 = no suppliers.",
    ),
    StarterCriterion(
        "cost",
        Leaning.EXTERNAL.value,
        "Omkostninger (intern vs. ekstern vurdering)",
        "Hvad er billigst, når alt regnes med (også opfølgning og kontraktstyring)? "
        "5 = klart billigere at købe, 3 = det samme, 1 = klart billigere selv at levere.",
        "Cost (internal vs external estimate)",
        "Which is cheaper, all things counted (follow-up and contract management too)? "
        "5 = clearly cheaper to buy, 3 = the same, 1 = clearly cheaper to deliver ourselves.",
    ),
    StarterCriterion(
        "risk_continuity",
        Leaning.INTERNAL.value,
        "Risiko og kontinuitet for borgerne",
        "Hvor hårdt rammer det borgerne, hvis en leverandør svigter eller skiftes ud? "
        "5 = meget hårdt, 1 = næsten ikke.",
        "Risk and continuity for citizens",
        "How hard are citizens hit if a supplier fails or is replaced? "
        "5 = very hard, 1 = hardly at all.",
    ),
    StarterCriterion(
        "flexibility",
        Leaning.INTERNAL.value,
        "Fleksibilitet",
        "Skal vi hurtigt kunne ændre indhold og omfang, når behovene ændrer sig? "
        "5 = ja, ofte og hurtigt, 1 = nej, ydelsen er stabil.",
        "Flexibility",
        "Must we be able to change content and volume quickly when needs change? "
        "5 = yes, often and quickly, 1 = no, the service is stable.",
    ),
)


def list_criteria(session: Session) -> list[Criterion]:
    return ops.ordered(session, Criterion)


def ensure_criteria(session: Session, *, commit: bool = True) -> list[str]:
    """Create the starting criteria (minutes' language) if the workshop has none yet.

    Returns the ids created ([] when there were criteria already).
    """
    if session.exec(select(Criterion.id).limit(1)).first() is not None:
        return []
    english = (get_workshop(session).minutes_language or "da") == "en"
    created = []
    for position, starter in enumerate(STARTER_CRITERIA):
        criterion = Criterion(
            key=starter.key,
            favours=starter.favours,
            title=starter.title_en if english else starter.title_da,
            description=starter.description_en if english else starter.description_da,
            position=position,
        )
        session.add(criterion)
        created.append(criterion.id)
    if commit:
        session.commit()
    return created


def remove_criteria(session: Session, *, criterion_ids: Sequence[str]) -> None:
    """Undo of `ensure_criteria` (only criteria nobody has scored on are removed)."""
    for criterion_id in criterion_ids:
        scored = session.exec(
            select(CriterionScore.service_id).where(CriterionScore.criterion_id == criterion_id)
        ).first()
        criterion = session.get(Criterion, criterion_id)
        if criterion is not None and scored is None:
            session.delete(criterion)
    session.commit()


def _check_weight(changes: Mapping[str, Any]) -> None:
    if "weight" in changes:
        weight = changes["weight"]
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise WeightError()
        if not 0 <= weight <= 10:
            raise WeightError()


def add_criterion(session: Session, **fields: Any) -> Criterion:
    _check_weight(fields)
    return ops.add_row(session, Criterion, fields)


def update_criterion(session: Session, *, criterion_id: str, **changes: Any) -> Criterion:
    _check_weight(changes)
    return ops.update_row(session, Criterion, criterion_id, changes, what="Kriteriet")


def delete_criterion(session: Session, *, criterion_id: str) -> dict[str, Any]:
    """Delete a criterion and its scores; the snapshot holds both for `restore_criterion`."""
    scores = {
        service_id: score
        for service_id, score in session.exec(
            select(CriterionScore.service_id, CriterionScore.score).where(
                CriterionScore.criterion_id == criterion_id
            )
        )
    }
    session.execute(delete(CriterionScore).where(col(CriterionScore.criterion_id) == criterion_id))
    data = ops.delete_row(session, Criterion, criterion_id, what="Kriteriet")
    data[SCORES] = scores
    return data


def restore_criterion(session: Session, *, data: dict[str, Any]) -> Criterion:
    criterion = Criterion.model_validate({k: v for k, v in data.items() if k != SCORES})
    session.add(criterion)
    session.flush()
    for service_id, score in data.get(SCORES, {}).items():
        if session.get(Service, service_id) is not None:
            session.add(
                CriterionScore(service_id=service_id, criterion_id=criterion.id, score=score)
            )
    session.commit()
    return criterion


def set_score(
    session: Session, *, service_id: str, criterion_id: str, score: int | None
) -> int | None:
    """Score a service on a criterion (None clears it); returns the previous score."""
    if score is not None and (isinstance(score, bool) or score not in range(1, 6)):
        raise ScoreError()
    get_service(session, service_id=service_id)
    ops.get_row(session, Criterion, criterion_id, what="Kriteriet")
    row = session.get(CriterionScore, (service_id, criterion_id))
    previous = None if row is None else row.score
    if score is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(CriterionScore(service_id=service_id, criterion_id=criterion_id, score=score))
    else:
        row.score = score
        session.add(row)
    session.commit()
    return previous


def scores_of(session: Session, *, service_id: str) -> dict[str, int]:
    return {
        criterion_id: score
        for criterion_id, score in session.exec(
            select(CriterionScore.criterion_id, CriterionScore.score).where(
                CriterionScore.service_id == service_id
            )
        )
    }


@dataclass(frozen=True)
class CriterionWeight:
    """What the weighted score needs of a criterion."""

    id: str
    weight: float
    favours: str
    key: str = ""  # the starting set's key ("cost": may be scored by the business case)


@dataclass(frozen=True)
class WeightedScore:
    value: float | None  # 1-5: 5 speaks for internal delivery, 1 for buying; None: no scores
    scored_share: float  # the share of the total weight that is scored, 0-1
    suggestion: str | None  # a Placement value, or None when too little is scored


def weighted_score(scores: Mapping[str, int], criteria: Sequence[CriterionWeight]) -> WeightedScore:
    total = sum(c.weight for c in criteria if c.weight > 0)
    weighted = scored = 0.0
    for criterion in criteria:
        score = scores.get(criterion.id)
        if score is None or criterion.weight <= 0:
            continue
        oriented = score if criterion.favours == _INTERNAL else 6 - score
        weighted += criterion.weight * oriented
        scored += criterion.weight
    if scored == 0:
        return WeightedScore(None, 0.0, None)
    value = weighted / scored
    share = scored / total
    return WeightedScore(
        value, share, suggest_placement(value) if share >= MIN_SCORED_SHARE else None
    )


def suggest_placement(value: float) -> str:
    """The suggestion for a weighted score (see the module docstring); never Not buying."""
    # Rounded as the card shows it (one decimal), so a card showing "3,5" suggests Internal.
    value = round(value, 1)
    if value >= SUGGEST_INTERNAL_FROM:
        return _INTERNAL
    if value <= SUGGEST_EXTERNAL_UP_TO:
        return _EXTERNAL
    return _MIXED


def criterion_weights(session: Session) -> list[CriterionWeight]:
    return [CriterionWeight(c.id, c.weight, c.favours) for c in list_criteria(session)]


def service_score(session: Session, *, service_id: str) -> WeightedScore:
    return weighted_score(scores_of(session, service_id=service_id), criterion_weights(session))


# -- needs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteRef:
    """A note on a canvas, as a card lists it: its text and where it sits."""

    note_id: str
    text: str
    canvas_title: str
    zone_title: str  # "" when the note is outside any zone
    kind: str


def _note_refs(session: Session, note_ids: Sequence[str] | None = None) -> list[NoteRef]:
    query = (
        sa_select(  # sqlmodel.select takes at most four columns
            col(Note.id), col(Note.text), col(Canvas.title), col(Zone.title), col(Note.kind)
        )
        .join(Canvas, col(Canvas.id) == col(Note.canvas_id))
        .outerjoin(Zone, col(Zone.id) == col(Note.zone_id))
        .order_by(
            col(Canvas.position),
            col(Canvas.created_at),
            col(Zone.position),
            col(Note.position),
            col(Note.created_at),
        )
    )
    if note_ids is not None:
        query = query.where(col(Note.id).in_(note_ids))
    return [
        NoteRef(note_id, text, canvas or "", zone or "", kind)
        for note_id, text, canvas, zone, kind in session.execute(query)
    ]


def available_notes(session: Session) -> list[NoteRef]:
    """Every note of the workshop's canvases, canvas by canvas and zone by zone."""
    return _note_refs(session)


def notes_of_service(session: Session, *, service_id: str) -> list[NoteRef]:
    """The needs a card answers, in canvas order."""
    ids = list(
        session.exec(select(ServiceNote.note_id).where(ServiceNote.service_id == service_id))
    )
    return _note_refs(session, ids) if ids else []


def link_note(session: Session, *, service_id: str, note_id: str) -> bool:
    """Link a need to a card; False if it was linked already."""
    get_service(session, service_id=service_id)
    if session.get(Note, note_id) is None:
        raise NoteMissingError()
    if session.get(ServiceNote, (service_id, note_id)) is not None:
        return False
    session.add(ServiceNote(service_id=service_id, note_id=note_id))
    session.commit()
    return True


def unlink_note(session: Session, *, service_id: str, note_id: str) -> bool:
    """Unlink a need from a card; False if it was not linked."""
    link = session.get(ServiceNote, (service_id, note_id))
    if link is None:
        return False
    session.delete(link)
    session.commit()
    return True


def services_covering_note(session: Session, note_id: str) -> list[tuple[str, str]]:
    """(id, title) of the cards that answer this note, in board order."""
    query = (
        select(Service.id, Service.title, Service.placement, Service.position)
        .join(ServiceNote, col(ServiceNote.service_id) == col(Service.id))
        .where(ServiceNote.note_id == note_id)
    )
    rank = {placement: i for i, placement in enumerate(COLUMNS)}
    rows = sorted(session.exec(query), key=lambda r: (rank.get(r[2], 9), r[3]))
    return [(service_id, title) for service_id, title, _placement, _position in rows]


def covered_note_ids(session: Session) -> set[str]:
    """Every note that at least one card answers (for the canvas to mark as covered)."""
    return set(session.exec(select(ServiceNote.note_id).distinct()))


def note_links(session: Session, *, note_id: str) -> list[str]:
    """The services linked to a note: what the canvas keeps to undo a note's deletion."""
    return list(session.exec(select(ServiceNote.service_id).where(ServiceNote.note_id == note_id)))


def restore_note_links(session: Session, *, note_id: str, service_ids: Sequence[str]) -> None:
    """Undo of a note's deletion, for the canvas: its links to cards that still exist."""
    for service_id in service_ids:
        if (
            session.get(Service, service_id) is not None
            and session.get(ServiceNote, (service_id, note_id)) is None
        ):
            session.add(ServiceNote(service_id=service_id, note_id=note_id))
    session.commit()


def title_from_note(text: str, *, fallback: str) -> str:
    """The note's first line that has text, cut at a word near 80 characters."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not first:
        return fallback
    if len(first) <= TITLE_FROM_NOTE_MAX:
        return first
    cut = first[:TITLE_FROM_NOTE_MAX].rsplit(" ", 1)[0].rstrip(" ,.;:-–")
    return (cut or first[:TITLE_FROM_NOTE_MAX]) + "…"


def create_service_from_note(session: Session, *, note_id: str) -> Service:
    """A new Undecided card answering this note, titled by the note's first line.

    When the title does not hold the whole note, the note's text becomes the description.
    """
    note = session.get(Note, note_id)
    if note is None:
        raise NoteMissingError()
    english = (get_workshop(session).minutes_language or "da") == "en"
    title = title_from_note(note.text, fallback="New service" if english else "Ny ydelse")
    description = note.text if note.text.strip() != title else ""
    service = _new_service(session, {"title": title, "description": description})
    session.add(ServiceNote(service_id=service.id, note_id=note.id))
    session.commit()  # one transaction: never a card without the note it was made from
    return service


# -- the board as the tab shows it ----------------------------------------------------------


@dataclass(frozen=True)
class Card:
    """One service with what the board computes for it."""

    service: dict[str, Any]  # the Service's columns
    contract_value_dkk: int | None
    score: WeightedScore
    hint: ProcurementHint | None  # only on External and Mixed cards
    needs: int  # linked notes

    @property
    def id(self) -> str:
        return str(self.service["id"])


@dataclass(frozen=True)
class Board:
    columns: dict[str, list[Card]]  # placement -> cards in order, every placement present
    totals: dict[str, ColumnTotals]
    criteria: list[dict[str, Any]] = field(default_factory=list)
    day: date | None = None  # the day the procurement hints are for
    # service id -> (weighted sum, scored weight, needs): what each card was made from
    sums: dict[str, tuple[float, float, int]] = field(default_factory=dict)
    # As read from the scores and the links to needs, before the business case's scores:
    # service id -> (weighted sum, scored weight), and service id -> needs linked.
    scored: dict[str, tuple[float, float]] = field(default_factory=dict)
    linked: dict[str, int] = field(default_factory=dict)

    def card(self, service_id: str) -> Card | None:
        return self._by_id.get(service_id)

    @cached_property
    def _by_id(self) -> dict[str, Card]:
        return {card.id: card for cards in self.columns.values() for card in cards}


CARD_FIELDS = (
    "id",
    "title",
    "description",
    "target_group",
    "placement",
    "rationale",
    "annual_cost_dkk",
    "contract_years",
    "contract_years_typed",
    "volume",
    "owner",
    "cpv_code",
    "announcement_date",
    "bought_share_percent",
    *CASE_FIELDS,  # the business case: the room on the board (desktop.core.business_case)
    "case_scores_cost",
)  # a Service's columns without timestamps and position (the board shows the order itself)


def load_board(
    session: Session,
    *,
    on: date | None = None,
    previous: Board | None = None,
    only_services_changed: bool = False,
) -> Board:
    """Everything the board shows, in three queries: it is read again after every edit, so
    it stays cheap (500 cards: tests/bench/test_delivery_speed.py). Weighted scores are
    summed by SQLite; one card's own scores come from `scores_of`.

    `only_services_changed`: nothing but the services' own rows changed since `previous`
    was read (a move, a card's fields): its sums of the scores and its counts of linked
    needs still hold, and are not read again (with the same criteria)."""
    day = on or _workshop_day(session)
    criteria = list_criteria(session)
    weights = [CriterionWeight(c.id, c.weight, c.favours, c.key) for c in criteria]
    total_weight = sum(w.weight for w in weights if w.weight > 0)
    dumped = [c.model_dump() for c in criteria]
    # The previous board's cards and sums hold only for the same criteria.
    same = previous if previous is not None and previous.criteria == dumped else None
    known = _cards_by_id(same)
    if same is not None and only_services_changed:
        sums, needs = same.scored, same.linked
    else:
        sums, needs = _scored(session), _linked(session)
    columns: dict[str, list[Card]] = {placement: [] for placement in COLUMNS}
    card_sums: dict[str, tuple[float, float, int]] = {}
    table = Service.__table__  # type: ignore[attr-defined]
    query = sa_select(*(table.c[name] for name in CARD_FIELDS)).order_by(
        table.c.position, table.c.created_at
    )
    rows = [dict(zip(CARD_FIELDS, row, strict=True)) for row in session.execute(query).all()]
    hints = _hints(rows, day)
    cost = next((c for c in weights if c.key == COST_KEY and c.weight > 0), None)
    with_case = _with_case_scores(session, rows, sums, cost)  # "Omkostninger" from the case
    for data in rows:
        service_id = data["id"]
        weighted, scored = with_case.get(service_id, (0.0, 0.0))
        count = needs.get(service_id, 0)
        value, hint = hints[service_id]
        old = known.get(service_id)
        if (
            old is not None
            and old[0].service == data
            and old[0].hint == hint
            and old[1:] == (weighted, scored, count)
        ):
            # Unchanged since the last load (most cards, after a move): the same Card, so
            # the views compare it by identity and skip it.
            columns.setdefault(data["placement"], []).append(old[0])
            card_sums[service_id] = (weighted, scored, count)
            continue
        card = Card(data, value, _score(weighted, scored, total_weight), hint, count)
        card_sums[service_id] = (weighted, scored, count)
        columns.setdefault(data["placement"], []).append(card)
    totals = {
        placement: column_totals(card.service for card in cards)
        for placement, cards in columns.items()
    }
    return Board(
        columns,
        totals,
        dumped,
        day=day,
        sums=card_sums,
        scored=sums,
        linked=needs,
    )


def _scored(session: Session) -> dict[str, tuple[float, float]]:
    """Each scored card's weighted sum and scored weight, summed by SQLite."""
    oriented = case(
        (col(Criterion.favours) == Leaning.INTERNAL.value, col(CriterionScore.score)),
        else_=6 - col(CriterionScore.score),
    )
    return {
        service_id: (float(weighted or 0), float(scored or 0))
        for service_id, weighted, scored in session.execute(
            sa_select(
                col(CriterionScore.service_id),
                func.sum(col(Criterion.weight) * oriented),
                func.sum(col(Criterion.weight)),
            )
            .join(Criterion, col(Criterion.id) == col(CriterionScore.criterion_id))
            .where(col(Criterion.weight) > 0)
            .group_by(col(CriterionScore.service_id))
        )
    }


def _linked(session: Session) -> dict[str, int]:
    """How many needs are linked to each card that has any."""
    return dict(
        session.exec(
            select(ServiceNote.service_id, func.count()).group_by(col(ServiceNote.service_id))
        ).all()
    )


def _workshop_day(session: Session) -> date:
    """The day hints are for when a card has no announcement date: the workshop's date,
    or today for a workshop without one."""
    starts = get_workshop(session).starts_at
    return starts.date() if starts is not None else date.today()


def _hints(
    rows: Sequence[dict[str, Any]], day: date
) -> dict[str, tuple[int | None, ProcurementHint | None]]:
    """Each card's contract value and, on a bought card, its procurement hint: the bought
    part of a mixed card counts, and bought cards of one CPV group are added together.
    Linear in the cards: a group's sum is made once, and a hint names a few partners."""
    counted: dict[str, int | None] = {}
    members: dict[str, list[Partner]] = {}  # group -> its bought cards with a value
    ids: dict[str, list[str]] = {}
    for data in rows:
        if data["placement"] not in HINTED:
            continue
        value = contract_value(data["annual_cost_dkk"], data["contract_years"])
        own = counted[data["id"]] = counted_value(
            value,
            mixed=data["placement"] == Placement.MIXED.value,
            share_percent=data["bought_share_percent"],
        )
        group = cpv_group(data["cpv_code"])
        if group and own is not None:
            members.setdefault(group, []).append(Partner(str(data["title"]), own))
            ids.setdefault(group, []).append(data["id"])
    sums = {group: sum(p.value_dkk for p in found) for group, found in members.items()}
    result: dict[str, tuple[int | None, ProcurementHint | None]] = {}
    for data in rows:
        value = contract_value(data["annual_cost_dkk"], data["contract_years"])
        if data["placement"] not in HINTED:
            result[data["id"]] = (value, None)
            continue
        mine = counted[data["id"]]
        group = cpv_group(data["cpv_code"])
        total, unnamed = mine, 0
        partners: tuple[Partner, ...] = ()
        if mine is not None and len(members.get(group, ())) > 1:
            total = sums[group]
            others = [
                p for p, key in zip(members[group], ids[group], strict=True) if key != data["id"]
            ][: NAMED_PARTNERS + 1]
            partners = tuple(others[:NAMED_PARTNERS])
            unnamed = len(members[group]) - 1 - len(partners)
        announced = (
            date.fromisoformat(data["announcement_date"]) if data["announcement_date"] else None
        )
        counting = Counting(
            card_value_dkk=value,
            mixed=data["placement"] == Placement.MIXED.value,
            bought_share_percent=data["bought_share_percent"],
            group=group if partners else "",
            partners=partners,
            unnamed_partners=unnamed,
            unnamed_value_dkk=(total or 0) - (mine or 0) - sum(p.value_dkk for p in partners),
            announced_on=announced,
        )
        hint = procurement_hint(
            contract_value_dkk=total,
            cpv_code=data["cpv_code"],
            on=announced or day,
            counting=counting,
        )
        result[data["id"]] = (value, hint)
    return result


def _cards_by_id(previous: Board | None) -> dict[str, tuple[Card, float, float, int]]:
    """The previous board's cards with the sums they were made from (the caller has made
    sure the criteria are the same; each hint is compared by the caller)."""
    if previous is None:
        return {}
    return {
        card.id: (card, *previous.sums[card.id])
        for cards in previous.columns.values()
        for card in cards
        if card.id in previous.sums
    }


def _with_case_scores(
    session: Session,
    rows: Sequence[Mapping[str, Any]],
    sums: dict[str, tuple[float, float]],
    cost: CriterionWeight | None,
) -> dict[str, tuple[float, float]]:
    """The cards whose cost criterion takes its score from the business case: their sums
    with that score in place of the one typed (desktop.core.business_case.case_score)."""
    taking = [r for r in rows if r["case_scores_cost"]]
    if cost is None or not taking:
        return sums
    typed = dict(
        session.exec(
            select(CriterionScore.service_id, CriterionScore.score).where(
                CriterionScore.criterion_id == cost.id
            )
        ).all()
    )
    result = dict(sums)
    for row in taking:
        score = case_score(row, cost.favours)
        if score is None:
            continue
        weighted, scored = result.get(row["id"], (0.0, 0.0))
        old = typed.get(row["id"])
        if old is not None:
            weighted -= cost.weight * _oriented(old, cost.favours)
            scored -= cost.weight
        result[row["id"]] = (
            weighted + cost.weight * _oriented(score, cost.favours),
            scored + cost.weight,
        )
    return result


def _oriented(score: int, favours: str) -> int:
    return score if favours == _INTERNAL else 6 - score


def effective_scores(
    service: Mapping[str, Any], scores: Mapping[str, int], criteria: Sequence[Any]
) -> dict[str, int]:
    """A card's scores as the suggestion counts them: the cost criterion's from the business
    case when the card takes it from there and the case gives one."""
    found = dict(scores)
    for criterion in criteria:
        if _get(criterion, "key") == COST_KEY:
            score = case_score(service, str(_get(criterion, "favours")))
            if score is not None:
                found[str(_get(criterion, "id"))] = score
    return found


def suggestion_reason(
    scores: Mapping[str, int], criteria: Sequence[Any], suggestion: str | None, lang: str
) -> str:
    """'Forslag: Internt — kernekompetence 5, kapacitet 4, …' ('' without a suggestion)."""
    if suggestion is None:
        return ""
    from desktop.core import vocabulary

    shown = reason_criteria(scores, criteria, suggestion)
    word = vocabulary.label_of(Placement, suggestion, lang)
    head = f"Forslag: {word}" if lang == "da" else f"Suggested: {word}"
    return f"{head} — {', '.join(shown)}" if shown else head


def reason_criteria(
    scores: Mapping[str, int], criteria: Sequence[Any], suggestion: str
) -> list[str]:
    """The scored criteria that weigh most towards the suggestion (weight x how far the
    score leans that way; for Mixed, the hardest pulls either way), as 'title score' in the
    workshop's own titles, REASON_CRITERIA of them, then '…' when more are scored."""
    towards = {_INTERNAL: 1, _EXTERNAL: -1}.get(suggestion, 0)
    weighed = []
    for criterion in criteria:
        score = scores.get(str(_get(criterion, "id")))
        weight = float(_get(criterion, "weight") or 0)
        if score is None or weight <= 0:
            continue
        lean = _oriented(score, str(_get(criterion, "favours"))) - 3
        pull = weight * (lean * towards if towards else abs(lean) + 0.5)
        weighed.append((pull, str(_get(criterion, "title")), score))
    chosen = sorted((w for w in weighed if w[0] > 0), key=lambda w: -w[0])
    shown = [f"{title} {score}" for _pull, title, score in chosen[:REASON_CRITERIA]]
    if len(weighed) > len(shown):
        shown.append("…")
    return shown


def _get(criterion: Any, name: str) -> Any:
    return criterion[name] if isinstance(criterion, Mapping) else getattr(criterion, name)


def _score(weighted: float, scored: float, total: float) -> WeightedScore:
    """`weighted_score` from sums already made (the same rule, see the module docstring)."""
    if scored <= 0:
        return WeightedScore(None, 0.0, None)
    value = weighted / scored
    share = scored / total if total else 0.0
    return WeightedScore(
        value, share, suggest_placement(value) if share >= MIN_SCORED_SHARE else None
    )
