"""A service's business case: delivering it in-house against buying it, over the same years,
against what it costs today; the economic room ("økonomisk råderum") of the placement chosen;
and the results to follow up (measures).

From the service's case_* columns:

    in-house a year   = FTE x annual salary cost of one FTE x (1 + overhead % / 100)
                        + other annual costs
    in-house in all   = in-house a year x years + one-off transition cost (in-house)
    external in all   = annual price x years + one-off transition cost (external)
    today in all      = today's annual cost (the baseline) x years
    difference        = external in all - in-house in all (above 0: in-house is cheaper)

The room against today is today in all minus what the chosen placement costs in all:

    Internal    the in-house total
    External    the external total
    Mixed       the bought share (bought_share_percent) of the external total plus the rest
                of the in-house total, one-off costs split alike
    Not buying  nothing: the whole baseline is room (the cost of stopping is not counted)
    Undecided   no room: nothing is chosen yet

A figure the placement needs and that is not given is said to be missing, never counted as
0 (type 0 for "none"). A case is complete when the room of its placement can be computed.
Sums are exact decimal sums of the figures as typed; kroner are rounded (half up) only when
they are shown.

The "Omkostninger" criterion (key "cost") can take its score from the case (`case_score`):
whichever is cheaper in all by 20 % or more of the dearer is "clearly cheaper" (5 or 1),
by 5 % or more "cheaper" (4 or 2), less than that "the same" (3); oriented by the
criterion's `favours` as every score is. Pure: no session but for the measures' table, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlmodel import Session, col, select

from desktop.core import operations as ops
from desktop.core.delivery_models import Measure
from desktop.core.money import format_dkk
from desktop.core.priorities import exact
from desktop.core.signoff import format_number
from desktop.core.values import Leaning, Placement

_INTERNAL, _EXTERNAL, _MIXED, _NOT_BUYING = (
    p.value for p in (Placement.INTERNAL, Placement.EXTERNAL, Placement.MIXED, Placement.NOT_BUYING)
)
DECIDED = (_INTERNAL, _EXTERNAL, _MIXED, _NOT_BUYING)  # the columns whose cards have a room

# The service's columns the case reads, in the order the page shows them.
CASE_FIELDS = (
    "case_years",
    "case_baseline_dkk",
    "case_fte",
    "case_salary_dkk",
    "case_overhead_percent",
    "case_other_dkk",
    "case_inhouse_once_dkk",
    "case_external_dkk",
    "case_external_once_dkk",
)
SHARE = "bought_share_percent"
TODAY = ("case_years", "case_baseline_dkk")
IN_HOUSE = (
    "case_fte",
    "case_salary_dkk",
    "case_overhead_percent",
    "case_other_dkk",
    "case_inhouse_once_dkk",
)
EXTERNAL = ("case_external_dkk", "case_external_once_dkk")

COST_KEY = "cost"  # the starting criterion "Omkostninger" (desktop.core.delivery)
CLEARLY_CHEAPER = Decimal("0.20")  # of the dearer total: a score of 5 or 1
CHEAPER = Decimal("0.05")  # of the dearer total: a score of 4 or 2

NAMES = {
    "da": {
        "case_years": "antal år",
        "case_baseline_dkk": "udgiften i dag",
        "case_fte": "årsværk",
        "case_salary_dkk": "lønudgift pr. årsværk",
        "case_overhead_percent": "overhead",
        "case_other_dkk": "andre årlige udgifter",
        "case_inhouse_once_dkk": "engangsudgift ved intern levering",
        "case_external_dkk": "årlig pris ved køb",
        "case_external_once_dkk": "engangsudgift ved køb",
        SHARE: "købt andel",
    },
    "en": {
        "case_years": "number of years",
        "case_baseline_dkk": "today's cost",
        "case_fte": "FTE",
        "case_salary_dkk": "salary cost per FTE",
        "case_overhead_percent": "overhead",
        "case_other_dkk": "other annual costs",
        "case_inhouse_once_dkk": "one-off cost in-house",
        "case_external_dkk": "annual price when bought",
        "case_external_once_dkk": "one-off cost when bought",
        SHARE: "bought share",
    },
}


def _lang(lang: str) -> str:
    return "da" if lang == "da" else "en"


def needed(placement: str) -> tuple[str, ...]:
    """The figures the room of this placement needs (none while undecided)."""
    if placement == _INTERNAL:
        return TODAY + IN_HOUSE
    if placement == _EXTERNAL:
        return TODAY + EXTERNAL
    if placement == _MIXED:
        return TODAY + IN_HOUSE + EXTERNAL + (SHARE,)
    if placement == _NOT_BUYING:
        return TODAY
    return ()


@dataclass(frozen=True)
class Year:
    """One year of the case: what each way costs that year (the one-off costs in year 1)."""

    number: int
    in_house: Decimal | None
    external: Decimal | None
    today: Decimal | None


@dataclass(frozen=True)
class Case:
    """A service's business case, computed. None: a figure it needs is missing."""

    placement: str
    years: int | None
    in_house_annual: Decimal | None
    in_house_total: Decimal | None
    external_annual: Decimal | None
    external_total: Decimal | None
    today_total: Decimal | None
    chosen_total: Decimal | None  # what the placement chosen costs over the years
    room: Decimal | None  # today_total - chosen_total; None: not computable
    missing: tuple[str, ...]  # the figures the room lacks (field names), in the page's order
    given: bool  # any figure of the case at all

    @property
    def difference(self) -> Decimal | None:
        """External minus in-house over the years: above 0, in-house delivery is cheaper."""
        if self.in_house_total is None or self.external_total is None:
            return None
        return self.external_total - self.in_house_total

    @property
    def complete(self) -> bool:
        return self.room is not None

    @property
    def decided(self) -> bool:
        return self.placement in DECIDED

    def table(self) -> list[Year]:
        """Year by year (the first year with the one-off costs), for the page and minutes."""
        if not self.years:
            return []
        return [Year(n, *self._year(n)) for n in range(1, self.years + 1)]

    def _year(self, n: int) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        assert self.years
        in_house, external = self.in_house_annual, self.external_annual
        if n == 1:  # the one-off costs fall in the first year
            if in_house is not None and self.in_house_total is not None:
                in_house = self.in_house_total - in_house * (self.years - 1)
            if external is not None and self.external_total is not None:
                external = self.external_total - external * (self.years - 1)
        if self.in_house_total is None:
            in_house = None
        if self.external_total is None:
            external = None
        today = None if self.today_total is None else self.today_total / self.years
        return in_house, external, today

    def missing_text(self, lang: str) -> str:
        """'Mangler: antal år og udgiften i dag.' ('' when nothing is missing)."""
        if not self.missing:
            return ""
        names = _listing([NAMES[_lang(lang)][m] for m in self.missing], lang)
        return f"Mangler: {names}." if lang == "da" else f"Missing: {names}."

    def difference_text(self, lang: str) -> str:
        """'Intern levering er 120.000 kr. billigere end køb over 4 år.' ('' if unknown)."""
        diff = self.difference
        if diff is None or not self.years:
            return ""
        years = years_text(self.years, lang)
        amount = kroner(abs(diff), lang)
        if rounded(diff) == 0:
            return (
                f"Intern levering og køb koster det samme over {years}."
                if lang == "da"
                else f"In-house delivery and buying cost the same over {years}."
            )
        if diff > 0:
            return (
                f"Intern levering er {amount} billigere end køb over {years}."
                if lang == "da"
                else f"In-house delivery is {amount} cheaper than buying over {years}."
            )
        return (
            f"Køb er {amount} billigere end intern levering over {years}."
            if lang == "da"
            else f"Buying is {amount} cheaper than in-house delivery over {years}."
        )

    def difference_short(self, lang: str) -> str:
        """The difference on a card on the board: 'Internt 441.000 kr. billigere', 'Køb
        120.000 kr. billigere', 'Internt og køb koster det samme' ('' if unknown)."""
        diff = self.difference
        if diff is None or not self.years:
            return ""
        da = lang == "da"
        if rounded(diff) == 0:
            return "Internt og køb koster det samme" if da else "In-house and buying cost the same"
        amount = kroner(abs(diff), lang)
        if diff > 0:
            return f"Internt {amount} billigere" if da else f"In-house {amount} cheaper"
        return f"Køb {amount} billigere" if da else f"Buying {amount} cheaper"

    def room_text(self, lang: str) -> str:
        """'Råderum +340.000 kr. over 4 år' for the chosen placement; '' without one."""
        if self.room is None or not self.years:
            return ""
        return room_text(self.room, self.years, lang)


def compute(service: Mapping[str, Any]) -> Case:
    """The business case of a service (its columns as a mapping: a Card's `service`, a
    snapshot, …); the columns not in the mapping count as not given."""
    get = service.get
    placement = str(get("placement") or Placement.UNDECIDED.value)
    years = get("case_years")
    years = int(years) if years is not None and years > 0 else None
    figures = {name: get(name) for name in (*CASE_FIELDS, SHARE)}

    def given(*names: str) -> bool:
        return all(figures[n] is not None for n in names)

    annual = None
    if given(*IN_HOUSE[:4]):
        salaries = exact(figures["case_fte"]) * exact(figures["case_salary_dkk"])
        overhead = exact(figures["case_overhead_percent"]) / 100
        annual = salaries * (1 + overhead) + exact(figures["case_other_dkk"])
    in_house_total = (
        annual * years + exact(figures["case_inhouse_once_dkk"])
        if annual is not None and years and given("case_inhouse_once_dkk")
        else None
    )
    price = figures["case_external_dkk"]
    ext_annual = None if price is None else exact(price)
    external_total = (
        ext_annual * years + exact(figures["case_external_once_dkk"])
        if ext_annual is not None and years and given("case_external_once_dkk")
        else None
    )
    today_total = (
        exact(figures["case_baseline_dkk"]) * years
        if years and given("case_baseline_dkk")
        else None
    )
    chosen = _chosen(placement, in_house_total, external_total, figures[SHARE])
    room = None if chosen is None or today_total is None else today_total - chosen
    missing = tuple(
        name
        for name in needed(placement)
        if (name == "case_years" and years is None)
        or (name != "case_years" and figures[name] is None)
    )
    return Case(
        placement,
        years,
        annual,
        in_house_total,
        ext_annual,
        external_total,
        today_total,
        chosen,
        room,
        missing,
        any(figures[n] is not None for n in CASE_FIELDS),
    )


def _chosen(
    placement: str,
    in_house: Decimal | None,
    external: Decimal | None,
    share: int | None,
) -> Decimal | None:
    if placement == _INTERNAL:
        return in_house
    if placement == _EXTERNAL:
        return external
    if placement == _MIXED:
        if in_house is None or external is None or share is None:
            return None
        bought = Decimal(share) / 100
        return bought * external + (1 - bought) * in_house
    if placement == _NOT_BUYING:
        return Decimal(0)
    return None


# -- the board's room ----------------------------------------------------------------------


@dataclass(frozen=True)
class Room:
    """The room of some cards together: the sum over the cards with a complete case."""

    room: Decimal  # the sum of the rooms that can be computed
    complete: int  # cards counted in `room`
    without: int  # decided cards whose case is not complete
    years: frozenset[int]  # the years the counted cases run over
    given: int = 0  # decided cards with any figure of a business case (the board shows the
    # room of a column only once one of its cards has one: a board without any stays quiet)

    def text(self, lang: str) -> str:
        """'Råderum +340.000 kr. over 4 år' ('over 3-5 år' when they differ); '' if none."""
        if not self.complete:
            return ""
        return room_text(self.room, self.years, lang)

    def without_text(self, lang: str) -> str:
        if not self.without:
            return ""
        return without_text(self.without, lang)


def without_text(count: int, lang: str) -> str:
    """'2 ydelser uden business case' / '2 services without a business case'."""
    if lang == "da":
        return f"{count} {'ydelse' if count == 1 else 'ydelser'} uden business case"
    return f"{count} {'service' if count == 1 else 'services'} without a business case"


def room_of(services: Iterable[Mapping[str, Any]]) -> Room:
    """The room of these cards against today: undecided cards are left out altogether, and
    a card not bought counts as lacking a case only once one of its figures is given."""
    total = Decimal(0)
    complete = without = given = 0
    years: set[int] = set()
    for service in services:
        case = compute(service)
        if not case.decided:
            continue
        given += case.given
        if case.room is None:
            # A service not bought needs no case; one begun and not finished is counted.
            without += case.placement != _NOT_BUYING or case.given
            continue
        total += case.room
        complete += 1
        if case.years:
            years.add(case.years)
    return Room(total, complete, without, frozenset(years), given)


def room_sum(rooms: Iterable[Room]) -> Room:
    parts = list(rooms)
    return Room(
        sum((r.room for r in parts), Decimal(0)),
        sum(r.complete for r in parts),
        sum(r.without for r in parts),
        frozenset(y for r in parts for y in r.years),
        sum(r.given for r in parts),
    )


# -- the cost criterion ----------------------------------------------------------------------


def case_score(service: Mapping[str, Any], favours: str) -> int | None:
    """The score on the cost criterion from the case (see the module docstring), or None
    when the service does not take it from the case or the totals are not both known."""
    if not service.get("case_scores_cost"):
        return None
    case = compute(service)
    in_house, external = case.in_house_total, case.external_total
    if in_house is None or external is None:
        return None
    leaning = _leaning(in_house, external)  # 5: buying clearly cheaper, 1: in-house clearly
    return leaning if favours == Leaning.EXTERNAL.value else 6 - leaning


def _leaning(in_house: Decimal, external: Decimal) -> int:
    dearer = max(in_house, external)
    if dearer <= 0:
        return 3
    saved = abs(in_house - external) / dearer
    step = 2 if saved >= CLEARLY_CHEAPER else 1 if saved >= CHEAPER else 0
    return 3 + step if external < in_house else 3 - step


def score_reason(service: Mapping[str, Any], favours: str, lang: str) -> str:
    """Why the cost score is what it is: the rule, with this case's figures."""
    case = compute(service)
    if case.in_house_total is None or case.external_total is None:
        return (
            "Business casen er ikke udfyldt for både intern levering og køb."
            if lang == "da"
            else "The business case lacks in-house or bought figures."
        )
    dearer = max(case.in_house_total, case.external_total)
    diff = case.external_total - case.in_house_total
    share = Decimal(0) if dearer <= 0 else abs(diff) / dearer * 100
    percent = format_number(float(share.quantize(Decimal(1), ROUND_HALF_UP)), lang)
    amount = kroner(abs(diff), lang)
    years = years_text(case.years or 0, lang)
    score = case_score({**service, "case_scores_cost": True}, favours)
    if lang == "da":
        cheaper = "køb" if diff < 0 else "intern levering"
        said = (
            f"{cheaper} er {percent} % billigere ({amount} over {years})"
            if rounded(diff)
            else "intern levering og køb koster det samme"
        )
        return (
            f"Score {score} fra business casen: {said}. Regel: mindst 20 % billigere giver "
            "5 eller 1, mindst 5 % giver 4 eller 2, ellers 3."
        )
    cheaper = "buying" if diff < 0 else "in-house delivery"
    said = (
        f"{cheaper} is {percent} % cheaper ({amount} over {years})"
        if rounded(diff)
        else "in-house delivery and buying cost the same"
    )
    return (
        f"Score {score} from the business case: {said}. Rule: cheaper by 20 % or more gives "
        "5 or 1, by 5 % or more 4 or 2, otherwise 3."
    )


# -- words -----------------------------------------------------------------------------------


def rounded(amount: Decimal) -> int:
    return int(amount.quantize(Decimal(1), ROUND_HALF_UP))


def kroner(amount: Decimal | int | None, lang: str, *, signed: bool = False) -> str:
    """'1.234.567 kr.' / 'DKK 1,234,567'; signed: '+340.000 kr.', '-12.000 kr.'."""
    if amount is None:
        return "–"
    whole = rounded(Decimal(amount))
    sign = "-" if whole < 0 else "+" if signed and whole > 0 else ""
    return sign + format_dkk(abs(whole), lang=lang)


def years_text(years: int | Iterable[int], lang: str) -> str:
    """'4 år' / '4 years' / '3-5 år'."""
    counts = [years] if isinstance(years, int) else sorted(years)
    low, high = counts[0], counts[-1]
    span = str(low) if low == high else f"{low}-{high}"
    if lang == "da":
        return f"{span} år"
    return f"{span} {'year' if span == '1' else 'years'}"


def room_text(room: Decimal, years: int | Iterable[int], lang: str) -> str:
    """'Råderum +340.000 kr. over 4 år' / 'Room DKK +340,000 over 4 years'."""
    amount = kroner(room, lang, signed=True)
    if lang != "da":
        amount = amount.replace("+DKK ", "DKK +").replace("-DKK ", "DKK -")
    word = "Råderum" if lang == "da" else "Room"
    return f"{word} {amount} over {years_text(years, lang)}"


def _listing(parts: Sequence[str], lang: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    word = " og " if lang == "da" else " and "
    return ", ".join(parts[:-1]) + word + parts[-1]


# -- measures: results to follow up ----------------------------------------------------------

MEASURE_WHAT = "Målet"


def list_measures(session: Session, *, service_id: str | None = None) -> list[Measure]:
    """The measures of one service (all when None), in their order."""
    query = select(Measure).order_by(col(Measure.position), col(Measure.created_at))
    if service_id is not None:
        query = query.where(Measure.service_id == service_id)
    return list(session.exec(query).all())


def add_measure(session: Session, **fields: Any) -> Measure:
    return ops.add_row(session, Measure, fields)


def update_measure(session: Session, *, measure_id: str, **changes: Any) -> Measure:
    if "service_id" in changes:
        raise ValueError("a measure stays with its service")
    return ops.update_row(session, Measure, measure_id, changes, what=MEASURE_WHAT)


def delete_measure(session: Session, *, measure_id: str) -> dict[str, Any]:
    return ops.delete_row(session, Measure, measure_id, what=MEASURE_WHAT)


def restore_measure(session: Session, *, data: dict[str, Any]) -> Measure:
    return ops.restore_row(session, Measure, data)
