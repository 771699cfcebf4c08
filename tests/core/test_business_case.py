"""The business case per service: in-house against buying against today, the room of the
placement chosen, the board's sums, the cost criterion's score, and the measures."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session

from desktop.core import business_case as bc
from desktop.core import delivery
from tests.core.service_builders import CASE_FIGURES

FULL: dict[str, Any] = {"placement": "internal", **CASE_FIGURES, "bought_share_percent": None}


def case_of(**changes: Any) -> bc.Case:
    return bc.compute({**FULL, **changes})


def test_in_house_is_fte_times_salary_plus_overhead_plus_other_costs() -> None:
    case = case_of()
    # 1,5 x 500.000 x 1,10 + 50.000 = 875.000 a year; x 4 + 100.000 once
    assert case.in_house_annual == Decimal("875000")
    assert case.in_house_total == Decimal("3600000")
    assert case.external_total == Decimal("3850000")  # 950.000 x 4 + 50.000
    assert case.today_total == Decimal("4000000")
    assert case.difference == Decimal("250000")
    assert case.room == Decimal("400000")
    assert case.complete and case.missing == ()


def test_the_room_follows_the_placement_chosen() -> None:
    assert case_of(placement="external").room == Decimal("150000")
    # Mixed, 40 % bought: 0,4 x 3.850.000 + 0,6 x 3.600.000 = 3.700.000
    assert case_of(placement="mixed", bought_share_percent=40).room == Decimal("300000")
    assert case_of(placement="not_buying").room == Decimal("4000000")
    undecided = case_of(placement="undecided")
    assert undecided.room is None and undecided.missing == () and not undecided.decided


def test_what_is_missing_is_said_never_counted_as_zero() -> None:
    case = case_of(case_years=None, case_overhead_percent=None)
    assert case.room is None and case.in_house_total is None and case.difference is None
    assert case.missing == ("case_years", "case_overhead_percent")
    assert case.missing_text("da") == "Mangler: antal år og overhead."
    assert case.missing_text("en") == "Missing: number of years and overhead."
    mixed = case_of(placement="mixed")
    assert mixed.room is None and mixed.missing == ("bought_share_percent",)
    # External needs no in-house figures.
    assert case_of(placement="external", case_fte=None).room == Decimal("150000")
    # A typed 0 is a figure.
    assert case_of(case_other_dkk=0, case_inhouse_once_dkk=0).complete


def test_the_table_puts_the_one_off_costs_in_the_first_year() -> None:
    table = case_of().table()
    assert [y.number for y in table] == [1, 2, 3, 4]
    assert table[0].in_house == Decimal("975000") and table[1].in_house == Decimal("875000")
    assert table[0].external == Decimal("1000000") and table[3].external == Decimal("950000")
    assert sum(y.in_house or 0 for y in table) == case_of().in_house_total
    assert all(y.today == Decimal("1000000") for y in table)
    assert case_of(case_years=None).table() == []


def test_words_in_danish_and_english() -> None:
    case = case_of()
    assert (
        case.difference_text("da") == "Intern levering er 250.000 kr. billigere end køb over 4 år."
    )
    assert case.difference_text("en") == (
        "In-house delivery is DKK 250,000 cheaper than buying over 4 years."
    )
    assert case.room_text("da") == "Råderum +400.000 kr. over 4 år"
    assert case.room_text("en") == "Room DKK +400,000 over 4 years"
    dear = case_of(placement="external", case_external_dkk=1_200_000)
    assert dear.room_text("da") == "Råderum -850.000 kr. over 4 år"
    assert dear.difference_text("da").startswith("Intern levering er 1.250.000 kr. billigere")


def test_the_board_sums_the_complete_cases_and_counts_the_others() -> None:
    cards = [
        {**FULL},  # +400.000
        {**FULL, "placement": "external"},  # +150.000
        {**FULL, "placement": "internal", "case_baseline_dkk": None},  # lacks one
        {**FULL, "placement": "undecided"},  # left out
        {"placement": "not_buying"},  # needs no case
    ]
    room = bc.room_of(cards)
    assert (room.room, room.complete, room.without) == (Decimal("550000"), 2, 1)
    assert room.text("da") == "Råderum +550.000 kr. over 4 år"
    assert room.without_text("da") == "1 ydelse uden business case"
    begun = bc.room_of([{"placement": "not_buying", "case_years": 4}])
    assert (begun.complete, begun.without) == (0, 1)
    assert bc.without_text(2, "en") == "2 services without a business case"
    both = bc.room_sum([room, bc.room_of([{**FULL, "case_years": 3}])])
    assert both.complete == 3 and both.text("da").endswith("over 3-4 år")
    assert bc.room_of([]).text("da") == ""


amounts = st.integers(min_value=0, max_value=10**9)
tenths = st.integers(min_value=0, max_value=500).map(lambda n: n / 10)


@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "placement": st.sampled_from(["internal", "external", "mixed", "not_buying"]),
                "case_years": st.integers(1, 50),
                "case_baseline_dkk": amounts,
                "case_fte": tenths,
                "case_salary_dkk": amounts,
                "case_overhead_percent": tenths,
                "case_other_dkk": amounts,
                "case_inhouse_once_dkk": amounts,
                "case_external_dkk": amounts,
                "case_external_once_dkk": amounts,
                "bought_share_percent": st.integers(0, 100),
            }
        ),
        max_size=8,
    )
)
def test_the_board_room_is_the_exact_sum_of_the_cards(cards: list[dict[str, Any]]) -> None:
    room = bc.room_of(cards)
    rooms = [bc.compute(card).room for card in cards]
    assert all(r is not None for r in rooms)
    assert room.room == sum((r for r in rooms if r is not None), Decimal(0))
    assert room.complete == len(cards) and room.without == 0
    # Split in two "columns" and added again: the same, to the øre.
    half = len(cards) // 2
    assert bc.room_sum([bc.room_of(cards[:half]), bc.room_of(cards[half:])]).room == room.room


@given(st.integers(0, 100), amounts, amounts, st.integers(1, 50))
def test_a_mixed_card_lies_between_its_two_ways(
    share: int, in_house: int, external: int, years: int
) -> None:
    card = {
        **FULL,
        "placement": "mixed",
        "bought_share_percent": share,
        "case_years": years,
        "case_fte": 1.0,
        "case_salary_dkk": in_house,
        "case_overhead_percent": 0.0,
        "case_other_dkk": 0,
        "case_external_dkk": external,
    }
    case = bc.compute(card)
    assert case.chosen_total is not None and case.in_house_total and case.external_total
    low = min(case.in_house_total, case.external_total)
    high = max(case.in_house_total, case.external_total)
    assert low <= case.chosen_total <= high


@pytest.mark.parametrize(
    ("external", "score"),
    [
        (1_000_000, 1),  # in-house 600.000: 40 % cheaper -> clearly cheaper to deliver ourselves
        (650_000, 2),  # in-house 7,7 % cheaper
        (610_000, 3),  # within 5 %: the same
        (560_000, 4),  # buying 6,7 % cheaper
        (480_000, 5),  # buying 20 % cheaper
    ],
)
def test_the_cost_score_from_the_case(external: int, score: int) -> None:
    card = {
        **FULL,
        "case_scores_cost": True,
        "case_years": 1,
        "case_fte": 1.0,
        "case_salary_dkk": 600_000,
        "case_overhead_percent": 0.0,
        "case_other_dkk": 0,
        "case_inhouse_once_dkk": 0,
        "case_external_dkk": external,
        "case_external_once_dkk": 0,
    }
    assert bc.case_score(card, "external") == score  # the starting "cost" favours buying
    assert bc.case_score(card, "internal") == 6 - score
    assert bc.case_score({**card, "case_scores_cost": False}, "external") is None
    assert bc.case_score({**card, "case_external_dkk": None}, "external") is None
    assert f"Score {score} fra business casen" in bc.score_reason(card, "external", "da")


def test_the_starting_cost_criterion_is_the_one_the_case_scores() -> None:
    keys = {c.key: c for c in delivery.STARTER_CRITERIA}
    assert keys[bc.COST_KEY].title_da.startswith("Omkostninger")


def test_measures_are_kept_per_service_in_order(session: Session) -> None:
    one = delivery.add_service(session, title="Jobafklaring")
    two = delivery.add_service(session, title="Mentor")
    first = bc.add_measure(session, service_id=one.id, name="Andel i job efter 6 mdr.")
    bc.add_measure(session, service_id=two.id, name="Other")
    second = bc.add_measure(session, service_id=one.id, name="Tilfredshed", target="4,5")
    assert [m.name for m in bc.list_measures(session, service_id=one.id)] == [
        "Andel i job efter 6 mdr.",
        "Tilfredshed",
    ]
    bc.update_measure(session, measure_id=first.id, baseline="30 %", target="45 %")
    data = bc.delete_measure(session, measure_id=second.id)
    assert len(bc.list_measures(session, service_id=one.id)) == 1
    bc.restore_measure(session, data=data)
    again = bc.list_measures(session, service_id=one.id)
    assert [(m.id, m.position) for m in again][1] == (second.id, second.position)
    assert again[0].baseline == "30 %"
    with pytest.raises(ValueError):
        bc.update_measure(session, measure_id=first.id, service_id=two.id)
    before = [m.model_dump() for m in bc.list_measures(session, service_id=one.id)]
    snapshot = delivery.delete_service(session, service_id=one.id)
    assert bc.list_measures(session, service_id=one.id) == []
    delivery.restore_service(session, data=snapshot)  # undo of the card's deletion
    assert [m.model_dump() for m in bc.list_measures(session, service_id=one.id)] == before


def test_the_board_counts_the_cost_score_from_the_case(session: Session) -> None:
    card = delivery.add_service(session, title="Jobafklaring", placement="internal")
    criteria = {c.key: c for c in delivery.list_criteria(session)}
    cost = criteria[bc.COST_KEY]
    delivery.set_score(session, service_id=card.id, criterion_id=cost.id, score=5)
    delivery.set_score(
        session, service_id=card.id, criterion_id=criteria["internal_capacity"].id, score=4
    )
    before = delivery.load_board(session).card(card.id)
    assert before is not None and before.score.value == pytest.approx(2.5)  # (1 + 4) / 2
    figures = {k: v for k, v in FULL.items() if k.startswith("case_")}
    delivery.update_service(session, service_id=card.id, case_scores_cost=True, **figures)
    after = delivery.load_board(session).card(card.id)
    # In-house is 6,5 % cheaper: 2 on "cost" (a 5 speaks for buying), oriented 4.
    assert after is not None and after.score.value == pytest.approx(4.0)  # (4 + 4) / 2
    scores = delivery.effective_scores(
        after.service, delivery.scores_of(session, service_id=card.id), criteria.values()
    )
    assert scores[cost.id] == 2
    # Without the box ticked, the score as typed counts again.
    delivery.update_service(session, service_id=card.id, case_scores_cost=False)
    again = delivery.load_board(session).card(card.id)
    assert again is not None and again.score.value == pytest.approx(2.5)


def test_the_suggestion_explains_itself_in_the_workshops_words() -> None:
    criteria = [
        {"id": "a", "title": "kernekompetence", "weight": 2.0, "favours": "internal"},
        {"id": "b", "title": "kapacitet", "weight": 1.0, "favours": "internal"},
        {"id": "c", "title": "markedsmodenhed", "weight": 1.0, "favours": "external"},
        {"id": "d", "title": "fleksibilitet", "weight": 1.0, "favours": "internal"},
        {"id": "e", "title": "risiko", "weight": 0.0, "favours": "internal"},
    ]
    scores = {"a": 5, "b": 4, "c": 2, "d": 1, "e": 5}
    reason = delivery.suggestion_reason(scores, criteria, "internal", "da")
    assert reason == "Forslag: Internt — kernekompetence 5, kapacitet 4, markedsmodenhed 2, …"
    english = delivery.suggestion_reason(scores, criteria, "internal", "en")
    assert english.startswith("Suggested: Internal — kernekompetence 5")
    assert delivery.suggestion_reason({"d": 1}, criteria, "external", "da") == (
        "Forslag: Eksternt — fleksibilitet 1"
    )
    assert delivery.suggestion_reason(scores, criteria, None, "da") == ""
