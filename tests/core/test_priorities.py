"""Leadership's ranking against its frame: running totals, where the frame runs out, in words;
and the frame as stored (issue 20, part 4)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import priorities, signoff
from desktop.core.demo_signoff import DECISIONS, FRAME
from desktop.core.priorities import MEASURES, rank
from desktop.storage.document import create_document, open_document

FRAME_KEYS = {"resources_dkk": "budget_dkk", "resources_hours": "hours", "resources_fte": "fte"}

# Amounts as a facilitator types them: whole kroner, hours and FTE with up to two decimals.
_hundredths = st.integers(min_value=0, max_value=10**9).map(lambda n: n / 100)
_amount = st.one_of(st.none(), _hundredths)
_decision = st.fixed_dictionaries(
    {
        "resources_dkk": st.one_of(st.none(), st.integers(min_value=0, max_value=10**12)),
        "resources_hours": _amount,
        "resources_fte": _amount,
    }
)
_frame = st.fixed_dictionaries(
    {
        "budget_dkk": st.one_of(st.none(), st.integers(min_value=0, max_value=10**12)),
        "hours": _amount,
        "fte": _amount,
    }
)


def _cents(value: float | int | None) -> int:
    """The exact number of hundredths typed (the reference works in whole numbers)."""
    return 0 if value is None else round(value * 100)


@given(st.lists(_decision, max_size=25), _frame)
def test_running_totals_and_the_first_decision_over_the_frame(
    decisions: list[dict[str, float | int | None]], frame: dict[str, float | int | None]
) -> None:
    ranking = rank(decisions, frame)
    first_over = None
    over_in: tuple[str, ...] = ()
    totals = dict.fromkeys(MEASURES, 0)
    for index, decision in enumerate(decisions):
        for m in MEASURES:
            totals[m] += _cents(decision[m])
            assert ranking.running[index][m] * 100 == totals[m]
        over = tuple(
            m
            for m in MEASURES
            if frame[FRAME_KEYS[m]] is not None and totals[m] > _cents(frame[FRAME_KEYS[m]])
        )
        if over and first_over is None:
            first_over, over_in = index, over
    assert (ranking.first_over, ranking.over_in) == (first_over, over_in)
    # Everything from the first one over is outside; everything above it inside.
    assert [ranking.is_over(i) for i in range(len(decisions))] == [
        first_over is not None and i >= first_over for i in range(len(decisions))
    ]
    assert list(ranking.outside()) == [i for i in range(len(decisions)) if ranking.is_over(i)]
    if all(v is None for v in frame.values()):
        assert ranking.first_over is None and not ranking.has_frame


@given(st.lists(_decision, min_size=1, max_size=10), _frame)
def test_moving_the_first_one_over_down_never_brings_the_mark_up(
    decisions: list[dict[str, float | int | None]], frame: dict[str, float | int | None]
) -> None:
    """Ranking is what decides: the frame runs out no later when a decision moves down."""
    ranking = rank(decisions, frame)
    if ranking.first_over is None:
        return
    moved = decisions[: ranking.first_over] + decisions[ranking.first_over + 1 :]
    moved.append(decisions[ranking.first_over])
    later = rank(moved, frame).first_over
    assert later is None or later >= ranking.first_over


def test_decimals_add_up_as_typed_not_as_binary_fractions() -> None:
    ranking = rank([{"resources_fte": 0.1}, {"resources_fte": 0.2}], {"fte": 0.3})
    assert ranking.totals["resources_fte"] == Decimal("0.3")
    assert ranking.first_over is None
    assert rank([{"resources_fte": 0.1}, {"resources_fte": 0.21}], {"fte": 0.3}).first_over == 1


def test_without_amounts_a_decision_counts_nothing_and_an_empty_frame_has_no_limit() -> None:
    decisions = [{"resources_dkk": None}, {"resources_hours": 500.0}, {}]
    ranking = rank(decisions, {"budget_dkk": 0, "hours": None, "fte": None})
    assert ranking.first_over is None  # 0 kr. asked, 0 kr. allowed; hours have no limit
    assert ranking.text("da") == (
        "Beslutningerne beder i alt om 0 kr., 500 timer og 0 årsværk. "
        "Ledelsens ramme: 0 kr. Alle beslutninger ligger inden for rammen."
    )
    assert rank(decisions, {"budget_dkk": 0}).frame_text("en") == "Leadership's frame: DKK 0."


def test_the_demo_frame_holds_two_of_its_three_decisions_in_both_languages() -> None:
    decisions = [
        {m: getattr(d, m) for m in MEASURES} | {"resources_dkk": d.resources_dkk} for d in DECISIONS
    ]
    decisions[0]["resources_dkk"] = 1_240_000  # as edited after the workshop
    ranking = rank(decisions, FRAME)
    assert (ranking.first_over, ranking.over_in) == (2, ("resources_hours",))
    assert ranking.text("da") == (
        "Beslutningerne beder i alt om 1.240.000 kr., 160 timer og 2 årsværk. "
        "Ledelsens ramme: 1.300.000 kr., 140 timer og 2 årsværk. "
        "Over rammen fra beslutning 3 (timer)."
    )
    assert ranking.text("en") == (
        "The decisions ask for DKK 1,240,000, 160 hours and 2 FTE in all. "
        "Leadership's frame: DKK 1,300,000, 140 hours and 2 FTE. "
        "Over the frame from decision 3 (hours)."
    )
    assert (
        rank(decisions, {}).text("da").endswith("Ledelsen har ikke sat en ramme for ressourcerne.")
    )


def test_the_frame_is_stored_checked_and_read_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "ramme.tvaers"
    doc = create_document(path, title="Ramme")
    try:
        with doc.session() as s:
            assert signoff.resource_frame(s) == {"budget_dkk": None, "hours": None, "fte": None}
            first = signoff.add_decision(s, title="Mentorer", resources_dkk=900_000)
            second = signoff.add_decision(s, title="Udbud", resources_dkk=200_000)
            before = signoff.update_resource_frame(s, budget_dkk=1_000_000.4, hours=50)
            assert before == {"budget_dkk": None, "hours": None, "fte": None}
            for bad in ({"budget_dkk": -1}, {"fte": float("nan")}, {"hours": 1e12}):
                with pytest.raises(ValueError):
                    signoff.update_resource_frame(s, **bad)
            with pytest.raises(ValueError):
                signoff.update_resource_frame(s, position=1)
            assert priorities.ranking(s).first_over == 1
            signoff.move_decision(s, decision_id=second.id, offset=-1)
            assert priorities.ranking(s).first_over == 1  # 200.000 first, then 900.000: over
            signoff.update_decision(s, decision_id=first.id, resources_dkk=800_000)
            assert priorities.ranking(s).first_over is None  # exactly the frame is inside
        doc.save()
    finally:
        doc.close()
    again = open_document(path, read_only=True)
    try:
        with again.session() as s:
            assert signoff.resource_frame(s) == {
                "budget_dkk": 1_000_000,
                "hours": 50.0,
                "fte": None,
            }
    finally:
        again.close()


def test_undo_of_the_first_frame_takes_its_row_away_and_redo_brings_the_same_row(
    tmp_path: Path,
) -> None:
    doc = create_document(tmp_path / "fortryd.tvaers", title="Fortryd")
    try:
        with doc.session() as s:
            assert signoff.frame_snapshot(s) is None
            signoff.update_resource_frame(s, hours=140)
            made = signoff.frame_snapshot(s)
            assert made is not None and made["hours"] == 140.0
            signoff.restore_frame(s, snapshot=None)
            assert signoff.frame_snapshot(s) is None
            signoff.restore_frame(s, snapshot=made)
            assert signoff.frame_snapshot(s) == made
            signoff.update_resource_frame(s, fte=2)
            signoff.restore_frame(s, snapshot=made)  # the same row, its values as they were
            assert signoff.frame_snapshot(s) == made
    finally:
        doc.close(save=False)
