"""The contract status of a service and its tender calendar (issue 20, part 1)."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from desktop.core import delivery
from desktop.core import tender_calendar as tc
from desktop.core.contracts import (
    NoticeError,
    OptionsUsedError,
    add_months,
    contract_status,
    parse_notice,
    parse_options_used,
    periods,
)
from desktop.core.delivery_models import Placement, TenderLeadTime
from desktop.core.tender_calendar import (
    DEFAULT_DAYS,
    STEPS,
    LeadTimeError,
    lead_times,
    read_lead_times,
    regime_of,
    service_calendars,
    set_lead_time,
    work_back,
)
from desktop.core.thresholds import procurement_hint
from desktop.core.values import TenderRegime, TenderStep
from tests.core.service_builders import add_bought_lessons


def test_options_are_read_as_typed_and_the_remaining_ones_count() -> None:
    status = contract_status(
        {
            "current_supplier": " Mentorhuset ApS ",
            "contract_start": "2025-07-01",
            "contract_end": "2027-06-30",
            "current_contract_typed": "2+1+1",
            "options_used": 1,
            "notice_months": 6,
        }
    )
    assert status.supplier == "Mentorhuset ApS"
    assert status.periods == (Decimal(2), Decimal(1), Decimal(1))
    assert (status.options, status.options_remaining) == (2, 1)
    assert status.last_possible_end == date(2028, 6, 30)  # one more year of option
    assert status.notice_date == date(2026, 12, 30)
    assert status.delivery_start == date(2027, 7, 1)  # the day after the end
    assert (
        status.summary("da") == "Mentorhuset ApS, 01.07.2025–30.06.2027, 2+1+1 (1 option tilbage)"
    )
    assert "1 option remains" in status.summary("en")


def test_the_last_options_typed_are_the_ones_left() -> None:
    status = contract_status(
        {"contract_end": "2027-01-31", "current_contract_typed": "3+2+0,5", "options_used": 0}
    )
    assert status.options_remaining == 2
    assert status.last_possible_end == date(2029, 7, 31)  # 2 years and 6 months
    used_one = contract_status(
        {**{"contract_end": "2027-01-31"}, "current_contract_typed": "3+2+0,5", "options_used": 1}
    )
    assert used_one.last_possible_end == date(2027, 7, 31)


def test_a_month_step_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(date(2027, 8, 31), -6) == date(2027, 2, 28)
    assert add_months(date(2028, 8, 31), -6) == date(2028, 2, 29)
    assert add_months(date(2027, 1, 15), 13) == date(2028, 2, 15)


def test_own_delivery_start_wins_and_nothing_known_gives_none() -> None:
    own = contract_status({"contract_end": "2027-06-30", "delivery_start": "2027-09-01"})
    assert own.delivery_start == date(2027, 9, 1)
    empty = contract_status({})
    assert empty.delivery_start is None and empty.notice_date is None
    assert empty.last_possible_end is None and not empty.recorded
    assert empty.summary("en") == "No contract recorded"
    more_used = contract_status({"current_contract_typed": "2+1", "options_used": 5})
    assert more_used.options_remaining == 0


@pytest.mark.parametrize("typed", ["", "to år", "2+x", "0"])
def test_lengths_that_are_not_lengths_have_no_periods(typed: str) -> None:
    assert periods(typed) == ()


def test_typed_counts_are_checked() -> None:
    assert parse_options_used(" 2 ") == 2
    assert parse_options_used("") is None
    assert parse_notice("6") == 6
    with pytest.raises(OptionsUsedError):
        parse_options_used("-1")
    with pytest.raises(NoticeError):
        parse_notice("121")
    with pytest.raises(NoticeError):
        parse_notice("1,5")


def test_the_calendar_counts_back_from_the_delivery_start() -> None:
    times = lead_times()[TenderRegime.LIGHT]
    calendar = work_back(date(2027, 7, 1), TenderRegime.LIGHT, times, today=date(2027, 2, 9))
    assert [s.step for s in calendar.steps] == list(STEPS)
    # implementation 60, standstill 10, evaluation 30: the tender period ends 100 days before
    assert calendar.step(TenderStep.IMPLEMENTATION).starts == date(2027, 5, 2)
    assert calendar.step(TenderStep.TENDER_PERIOD).ends == date(2027, 3, 23)
    assert calendar.latest_announcement == date(2027, 2, 21)  # 30 days earlier
    assert calendar.start == date(2026, 9, 9)  # 295 days before the delivery start
    for before, after in itertools.pairwise(calendar.steps):
        assert before.ends == after.starts
    assert [s.step for s in calendar.passed] == [
        TenderStep.NEEDS,
        TenderStep.DIALOGUE,
        TenderStep.MATERIAL,
    ]
    assert not calendar.announcement_passed
    later = work_back(date(2027, 7, 1), TenderRegime.LIGHT, times, today=date(2027, 2, 22))
    assert later.announcement_passed


def test_changed_lead_times_replace_the_defaults() -> None:
    times = lead_times([("full_eu", "tender_period", 52), ("nonsense", "needs", 1)])
    lead = times[TenderRegime.FULL_EU][TenderStep.TENDER_PERIOD]
    assert (lead.days, lead.default, lead.changed) == (52, 40, True)
    assert not times[TenderRegime.LIGHT][TenderStep.TENDER_PERIOD].changed


def test_the_regime_follows_the_hint_or_is_assumed() -> None:
    day = date(2027, 2, 9)
    light = procurement_hint(contract_value_dkk=7_200_000, cpv_code="80580000-3", on=day)
    assert regime_of(light) == (TenderRegime.LIGHT, False)
    below = procurement_hint(contract_value_dkk=100_000, cpv_code="80580000-3", on=day)
    assert regime_of(below) == (TenderRegime.BELOW, False)
    no_value = procurement_hint(contract_value_dkk=None, cpv_code="", on=day)
    assert regime_of(no_value) == (TenderRegime.FULL_EU, True)
    assert regime_of(None) == (TenderRegime.FULL_EU, True)


def test_set_lead_time_stores_only_changes_and_returns_the_previous(session: Session) -> None:
    assert set_lead_time(session, regime="light", step="needs", days=90) is None
    assert read_lead_times(session)[TenderRegime.LIGHT][TenderStep.NEEDS].days == 90
    assert set_lead_time(session, regime="light", step="needs", days=75) == 90
    default = DEFAULT_DAYS[TenderRegime.LIGHT][TenderStep.NEEDS]
    assert set_lead_time(session, regime="light", step="needs", days=default) == 75
    assert session.exec(select(TenderLeadTime)).all() == []  # the default is no row
    with pytest.raises(LeadTimeError):
        set_lead_time(session, regime="light", step="needs", days=-1)


def test_service_calendars_read_the_board_and_mark_late_tenders(session: Session) -> None:
    bought = add_bought_lessons(session)
    plain = delivery.add_service(session, title="Uden kontrakt", contract_end="2027-03-31")
    delivery.add_service(session, title="Intet kendt")
    found = {c.title: c for c in service_calendars(session, today=date(2027, 2, 9))}
    dansk = found["Danskundervisning"]
    assert dansk.service_id == bought.id
    assert dansk.calendar is not None and dansk.calendar.regime is TenderRegime.LIGHT
    assert dansk.calendar.latest_announcement == date(2027, 3, 24)
    assert dansk.planned_too_late and dansk.late  # planned 01.09.2027: after 24.03.2027
    other = found["Uden kontrakt"]
    assert other.service_id == plain.id
    assert other.calendar is not None and other.calendar.assumed  # undecided: full EU assumed
    assert other.calendar.announcement_passed and other.late
    assert found["Intet kendt"].calendar is None and not found["Intet kendt"].late


def test_readiness_counts_bought_services_without_an_end_and_late_tenders(
    session: Session,
) -> None:
    from desktop.core.readiness import readiness

    delivery.add_service(session, title="Købt", placement=Placement.EXTERNAL.value)
    delivery.add_service(session, title="Blandet", placement=Placement.MIXED.value)
    delivery.add_service(session, title="Intern med leverandør", current_supplier="Firma ApS")
    delivery.add_service(session, title="Intern", placement=Placement.INTERNAL.value)
    delivery.add_service(
        session, title="Ny", placement=Placement.EXTERNAL.value, delivery_start="2030-01-01"
    )
    checks = {c.key: c for c in readiness(session)}
    assert checks["services_without_contract_end"].text("da") == "3 ydelser uden kontraktudløb"
    assert checks["services_without_contract_end"].text("en") == (
        "3 services without a contract end"
    )
    assert [i.label for i in checks["services_without_contract_end"].items] == [
        "Intern med leverandør",  # in the board's order: undecided first
        "Købt",
        "Blandet",
    ]
    assert checks["tenders_late"].count == 0

    # Seen from a day after the latest announcement date (full EU assumed: 140 days before).
    delivery.add_service(session, title="Rengøring", contract_end="2027-08-31")
    late = tc.readiness_checks(session, 10, today=date(2027, 4, 15))[1]
    assert (
        late.text("da") == "Udbuddet af »Rengøring« skulle have været annonceret senest 14.04.2027"
    )
    assert late.text("en") == (
        "The tender for \u201cRengøring\u201d should have been announced by 14.04.2027"
    )
    in_time = tc.readiness_checks(session, 10, today=date(2027, 4, 14))[1]
    assert in_time.count == 0
