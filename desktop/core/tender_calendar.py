"""The tender calendar: worked back from the day the new delivery must start, the day each
step of the tender must start, and the latest day to announce the tender (issue 20, part 1).

The steps run in `TenderStep`'s order, each right after the one before: needs and
requirements, market dialogue, tender material, the tender period (from the announcement
to the deadline for tenders), evaluation and award, the standstill period, implementation
(from the signed contract to the delivery start). Counted back from the delivery start,
each step starts its lead time in calendar days before the next one; the start of the
tender period is the latest announcement date.

Every lead time is an ASSUMPTION the workshop can change (table `tender_lead_time` holds
only the changed ones). None of the defaults below is given as law: the law's minimum
periods depend on the procedure chosen (open, restricted, with negotiation …), on
electronic submission and on a prior information notice, and the calendar does not know
them. The defaults are planning figures, generous enough to hold the usual minimum periods
of an open procedure; check them with the procurement unit.

The regime is the one the card's procurement hint finds (`thresholds.Regime`): below the
threshold, the light regime, or a full EU tender. When the hint cannot tell (no value, no
CPV code, an internal card) the calendar assumes a full EU tender, the longest, and says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, select

from desktop.core.contracts import CONTRACT_FIELDS, ContractStatus, contract_status
from desktop.core.dates import format_date
from desktop.core.delivery_models import Service, TenderLeadTime
from desktop.core.errors import TvaersError
from desktop.core.thresholds import ProcurementHint, Regime
from desktop.core.values import TenderRegime, TenderStep

STEPS: tuple[TenderStep, ...] = tuple(TenderStep)  # in the order they run
REGIMES: tuple[TenderRegime, ...] = tuple(TenderRegime)
MAX_DAYS = 3650  # a typo guard: no step of a tender takes ten years

# Planning assumptions in calendar days (see the module docstring): none is a legal figure.
DEFAULT_DAYS: dict[TenderRegime, dict[TenderStep, int]] = {
    TenderRegime.BELOW: {
        TenderStep.NEEDS: 60,
        TenderStep.DIALOGUE: 30,
        TenderStep.MATERIAL: 45,
        TenderStep.TENDER_PERIOD: 21,
        TenderStep.EVALUATION: 21,
        TenderStep.STANDSTILL: 0,
        TenderStep.IMPLEMENTATION: 30,
    },
    TenderRegime.LIGHT: {
        TenderStep.NEEDS: 60,
        TenderStep.DIALOGUE: 45,
        TenderStep.MATERIAL: 60,
        TenderStep.TENDER_PERIOD: 30,
        TenderStep.EVALUATION: 30,
        TenderStep.STANDSTILL: 10,
        TenderStep.IMPLEMENTATION: 60,
    },
    TenderRegime.FULL_EU: {
        TenderStep.NEEDS: 90,
        TenderStep.DIALOGUE: 60,
        TenderStep.MATERIAL: 60,
        TenderStep.TENDER_PERIOD: 40,
        TenderStep.EVALUATION: 30,
        TenderStep.STANDSTILL: 10,
        TenderStep.IMPLEMENTATION: 60,
    },
}

STEP_NAMES: dict[TenderStep, tuple[str, str]] = {
    TenderStep.NEEDS: ("Behov og krav", "Needs and requirements"),
    TenderStep.DIALOGUE: ("Markedsdialog", "Market dialogue"),
    TenderStep.MATERIAL: ("Udbudsmateriale", "Tender material"),
    TenderStep.TENDER_PERIOD: ("Tilbudsperiode", "Tender period"),
    TenderStep.EVALUATION: ("Evaluering og tildeling", "Evaluation and award"),
    TenderStep.STANDSTILL: ("Standstill-periode", "Standstill period"),
    TenderStep.IMPLEMENTATION: ("Implementering", "Implementation"),
}
REGIME_NAMES: dict[TenderRegime, tuple[str, str]] = {
    TenderRegime.BELOW: ("Under tærskelværdien", "Below the threshold"),
    TenderRegime.LIGHT: ("Light-regimet", "Light regime"),
    TenderRegime.FULL_EU: ("EU-udbud", "Full EU tender"),
}
ASSUMED_DA = "antaget EU-udbud: proceduren kan ikke afgøres ud fra kortet"
ASSUMED_EN = "full EU tender assumed: the card cannot tell the regime"
ASSUMPTIONS_DA = "Alle gennemløbstider er antagelser, som kan ændres; tjek dem med indkøb."
ASSUMPTIONS_EN = (
    "Every lead time is an assumption that can be changed; check them with procurement."
)


def step_name(step: TenderStep | str, lang: str = "da") -> str:
    da, en = STEP_NAMES[TenderStep(step)]
    return da if lang == "da" else en


def regime_name(regime: TenderRegime | str, lang: str = "da") -> str:
    da, en = REGIME_NAMES[TenderRegime(regime)]
    return da if lang == "da" else en


class LeadTimeError(TvaersError):
    da = "En gennemløbstid skal være et helt antal dage fra 0 til 3650."
    en = "A lead time must be a whole number of days from 0 to 3650."


# -- the lead times --------------------------------------------------------------------------


@dataclass(frozen=True)
class LeadTime:
    regime: TenderRegime
    step: TenderStep
    days: int
    default: int

    @property
    def changed(self) -> bool:
        return self.days != self.default


LeadTimes = dict[TenderRegime, dict[TenderStep, LeadTime]]


def lead_times(changed: Iterable[tuple[str, str, int]] = ()) -> LeadTimes:
    """Every regime's lead times: the defaults, with the workshop's changes (regime, step,
    days) over them; a row of an unknown regime or step is left out."""
    days = {(r, s): d for r, s, d in changed}
    result: LeadTimes = {}
    for regime in REGIMES:
        result[regime] = {}
        for step in STEPS:
            default = DEFAULT_DAYS[regime][step]
            result[regime][step] = LeadTime(
                regime, step, int(days.get((regime.value, step.value), default)), default
            )
    return result


def read_lead_times(session: Session) -> LeadTimes:
    rows = session.exec(select(TenderLeadTime)).all()
    return lead_times((row.regime, row.step, row.days) for row in rows)


def set_lead_time(session: Session, *, regime: str, step: str, days: int | None) -> int | None:
    """Change a lead time (None or the default: back to the default, the row removed).
    Returns the days stored before (None: the default), which undo gives back."""
    regime_, step_ = TenderRegime(regime), TenderStep(step)
    if days is not None and (isinstance(days, bool) or not 0 <= days <= MAX_DAYS):
        raise LeadTimeError()
    row = session.get(TenderLeadTime, (regime_.value, step_.value))
    previous = row.days if row is not None else None
    if days is None or days == DEFAULT_DAYS[regime_][step_]:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(TenderLeadTime(regime=regime_.value, step=step_.value, days=days))
    else:
        row.days = days
        session.add(row)
    session.commit()
    return previous


# -- the regime ------------------------------------------------------------------------------

_FROM_HINT = {
    Regime.BELOW: TenderRegime.BELOW,
    Regime.LIGHT: TenderRegime.LIGHT,
    Regime.FULL_EU: TenderRegime.FULL_EU,
}


def regime_of(hint: ProcurementHint | None) -> tuple[TenderRegime, bool]:
    """The regime the card's hint finds, and whether it had to be assumed (full EU)."""
    if hint is not None and hint.regime in _FROM_HINT:
        return _FROM_HINT[hint.regime], False
    return TenderRegime.FULL_EU, True


# -- the calendar ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarStep:
    step: TenderStep
    starts: date
    ends: date  # the day the next step starts (the delivery start after implementation)
    days: int
    default: int
    passed: bool  # it should have started before the day the calendar is read on

    def name(self, lang: str = "da") -> str:
        return step_name(self.step, lang)


@dataclass(frozen=True)
class TenderCalendar:
    regime: TenderRegime
    assumed: bool  # the regime could not be told: a full EU tender is assumed
    delivery_start: date
    steps: tuple[CalendarStep, ...]
    today: date

    @property
    def latest_announcement(self) -> date:
        """The start of the tender period: the last day the tender can be announced."""
        return self.step(TenderStep.TENDER_PERIOD).starts

    @property
    def start(self) -> date:
        """When the first step (needs) must start."""
        return self.steps[0].starts

    @property
    def announcement_passed(self) -> bool:
        return self.latest_announcement < self.today

    @property
    def passed(self) -> tuple[CalendarStep, ...]:
        return tuple(s for s in self.steps if s.passed)

    def step(self, step: TenderStep) -> CalendarStep:
        return next(s for s in self.steps if s.step is step)

    def regime_text(self, lang: str = "da") -> str:
        name = regime_name(self.regime, lang)
        if self.assumed:
            return f"{name} ({ASSUMED_DA if lang == 'da' else ASSUMED_EN})"
        return name


def work_back(
    delivery_start: date,
    regime: TenderRegime,
    times: Mapping[TenderStep, LeadTime],
    *,
    today: date,
    assumed: bool = False,
) -> TenderCalendar:
    """The calendar of one tender, counted back from the delivery start."""
    steps: list[CalendarStep] = []
    ends = delivery_start
    for step in reversed(STEPS):
        lead = times[step]
        starts = ends - timedelta(days=lead.days)
        steps.append(CalendarStep(step, starts, ends, lead.days, lead.default, starts < today))
        ends = starts
    return TenderCalendar(regime, assumed, delivery_start, tuple(reversed(steps)), today)


@dataclass(frozen=True)
class ServiceCalendar:
    """One service's contract, and its calendar when it has a delivery start."""

    service_id: str
    title: str
    placement: str
    announcement_date: date | None  # the planned announcement, as the card says
    status: ContractStatus
    calendar: TenderCalendar | None

    @property
    def planned_too_late(self) -> bool:
        """The card plans the announcement after the latest announcement date."""
        return (
            self.calendar is not None
            and self.announcement_date is not None
            and self.announcement_date > self.calendar.latest_announcement
        )

    @property
    def late(self) -> bool:
        """The latest announcement date has passed with no announcement planned before it,
        or the planned announcement comes after it."""
        if self.calendar is None:
            return False
        if self.planned_too_late:
            return True
        return self.calendar.announcement_passed and self.announcement_date is None


def service_calendar(
    service: Mapping[str, Any],
    hint: ProcurementHint | None,
    times: LeadTimes,
    *,
    today: date,
) -> ServiceCalendar:
    status = contract_status(service)
    calendar = None
    if status.delivery_start is not None:
        regime, assumed = regime_of(hint)
        calendar = work_back(
            status.delivery_start, regime, times[regime], today=today, assumed=assumed
        )
    announced = str(service.get("announcement_date") or "")
    return ServiceCalendar(
        str(service["id"]),
        str(service.get("title") or ""),
        str(service.get("placement") or ""),
        date.fromisoformat(announced) if announced else None,
        status,
        calendar,
    )


def reference_day(session: Session) -> date:
    """The day a calendar is read on (what has passed): the workshop's date, as for the
    procurement hints, so the minutes and the readiness list say what stood on the day of
    the workshop; today for a workshop without a date."""
    from desktop.core.workshop import get_workshop

    starts = get_workshop(session).starts_at
    return starts.date() if starts is not None else date.today()


def service_calendars(session: Session, *, today: date | None = None) -> list[ServiceCalendar]:
    """Every service in the board's order with its contract and calendar; the regime from
    each card's procurement hint (as the board finds it); passed as seen from `today`, by
    default the `reference_day`."""
    from desktop.core.delivery import load_board

    board = load_board(session)
    times = read_lead_times(session)
    # The contract columns are not on the board's cards: read them alone, without objects.
    table = Service.__table__  # type: ignore[attr-defined]
    names = ("id", "title", "placement", "announcement_date", *CONTRACT_FIELDS)
    rows = session.execute(sa_select(*(table.c[name] for name in names))).all()
    services = {row[0]: dict(zip(names, row, strict=True)) for row in rows}
    day = today or reference_day(session)
    return [
        service_calendar(services[card.id], card.hint, times, today=day)
        for cards in board.columns.values()
        for card in cards
        if card.id in services
    ]


# -- what the readiness list says (desktop.core.readiness) -----------------------------------

BOUGHT = ("external", "mixed")  # placements that buy (values.Placement)


def without_contract_end(calendars: Sequence[ServiceCalendar]) -> list[ServiceCalendar]:
    """Services bought today or to be bought (a current supplier, or placed external or
    mixed) with neither a contract end nor a delivery start: no calendar can be made."""
    return [
        c
        for c in calendars
        if (c.status.supplier or c.placement in BOUGHT)
        and c.status.end is None
        and c.status.own_delivery_start is None
    ]


def late_text(c: ServiceCalendar, lang: str) -> str:
    """ "Udbuddet af »X« skulle have været annonceret senest 01.03.2027", or, for a planned
    announcement after the latest date, "… skal annonceres senest …, men er planlagt til …"."""
    assert c.calendar is not None
    latest = format_date(c.calendar.latest_announcement)
    if c.planned_too_late and c.announcement_date is not None:
        planned = format_date(c.announcement_date)
        if lang == "da":
            return (
                f"Udbuddet af »{c.title}« skal annonceres senest {latest}, men er planlagt "
                f"til {planned}"
            )
        return (
            f"The tender for \u201c{c.title}\u201d must be announced by {latest}, but is "
            f"planned for {planned}"
        )
    if lang == "da":
        return f"Udbuddet af »{c.title}« skulle have været annonceret senest {latest}"
    return f"The tender for \u201c{c.title}\u201d should have been announced by {latest}"


def readiness_checks(session: Session, limit: int, *, today: date | None = None) -> tuple[Any, ...]:
    """Two checks of the readiness list: services without a contract end, and tenders whose
    latest announcement date has passed (or is planned after it)."""
    from desktop.core.readiness import SERVICE, Check, Item, short_label

    calendars = service_calendars(session, today=today)
    missing = without_contract_end(calendars)
    late = [c for c in calendars if c.late]
    first = late[0] if late else None
    return (
        Check(
            "services_without_contract_end",
            "Levering",
            "Delivery",
            "{n} ydelser uden kontraktudløb",
            "{n} services without a contract end",
            "1 ydelse uden kontraktudløb",
            "1 service without a contract end",
            len(missing),
            tuple(
                Item(
                    SERVICE,
                    c.service_id,
                    short_label(c.title),
                    "skriv kontraktudløb eller ny leveringsstart på siden Kontrakt",
                    "enter the contract end or the new delivery start on the Contract page",
                )
                for c in missing[:limit]
            ),
        ),
        Check(
            "tenders_late",
            "Levering",
            "Delivery",
            "{n} udbud skulle have været annonceret tidligere",
            "{n} tenders should have been announced earlier",
            late_text(first, "da") if first else "",
            late_text(first, "en") if first else "",
            len(late),
            tuple(
                Item(
                    SERVICE,
                    c.service_id,
                    short_label(c.title),
                    late_text(c, "da"),
                    late_text(c, "en"),
                )
                for c in late[:limit]
            ),
        ),
    )
