"""The delivery board's data: cards, columns and order, totals, criteria, needs, the demo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session, create_engine, select

from desktop.core import delivery
from desktop.core.canvas_models import Canvas, Note, Zone
from desktop.core.cpv import CpvCheckDigitError
from desktop.core.delivery_models import Criterion, CriterionScore, Placement, Service, ServiceNote
from desktop.core.demo_delivery import SERVICES, DemoNeedMissingError, populate_delivery
from desktop.core.demo_names import DEMO_NEEDS, SERVICE_NEEDS
from desktop.core.errors import InvalidChoiceError, NotFoundError
from desktop.core.signoff_models import Decision, DecisionService
from desktop.core.thresholds import Regime
from desktop.core.workshop import update_workshop

UND, INT, EXT, MIX, NOB = (p.value for p in Placement)


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    """As the app opens a workshop: with the file's foreign keys on (cascades happen)."""
    engine = create_engine(f"sqlite:///{db_path}")

    @event.listens_for(engine, "connect")
    def _foreign_keys(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA foreign_keys = ON")

    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


@pytest.fixture
def reopen(engine: Engine) -> Iterator[Callable[[], Session]]:
    sessions: list[Session] = []

    def _open() -> Session:
        sessions.append(Session(engine))
        return sessions[-1]

    yield _open
    for opened in sessions:
        opened.close()


def _notes(session: Session, *texts: str) -> list[str]:
    canvas = Canvas(title="Behov og krav", template_key="behovskortlaegning")
    session.add(canvas)
    session.flush()
    zone = Zone(canvas_id=canvas.id, key="behov", title="Behov")
    session.add(zone)
    session.flush()
    notes = [
        Note(canvas_id=canvas.id, zone_id=zone.id, text=t, position=i) for i, t in enumerate(texts)
    ]
    session.add_all(notes)
    session.commit()
    return [n.id for n in notes]


def _titles(session: Session, placement: str) -> list[str]:
    by_id = {s.id: s.title for s in delivery.list_services(session)}
    return [by_id[i] for i in delivery.column_order(session, placement=placement)]


def _board(session: Session, *columns: tuple[str, list[str]]) -> dict[str, str]:
    ids = {}
    for placement, titles in columns:
        for title in titles:
            ids[title] = delivery.add_service(session, title=title, placement=placement).id
    return ids


# -- cards ------------------------------------------------------------------------------


def test_new_card_goes_to_the_end_of_undecided_and_starts_the_criteria(session: Session) -> None:
    assert delivery.list_criteria(session) == []
    first = delivery.add_service(session, title="Mentorstøtte")
    second = delivery.add_service(session, title="Sundhedsforløb")
    assert first.placement == UND
    assert _titles(session, UND) == ["Mentorstøtte", "Sundhedsforløb"]
    assert second.position > first.position
    criteria = delivery.list_criteria(session)
    assert [c.key for c in criteria] == [s.key for s in delivery.STARTER_CRITERIA]
    assert criteria[0].title == "Strategisk betydning / kernekompetence"
    assert criteria[2].title == "Markedsmodenhed (findes der leverandører?)"
    assert [c.favours for c in criteria] == [
        "internal", "internal", "external", "external", "internal", "internal"
    ]  # fmt: skip


def test_criteria_are_made_in_english_when_the_minutes_are_in_english(session: Session) -> None:
    update_workshop(session, minutes_language="en")
    delivery.add_service(session, title="Mentoring")
    titles = [c.title for c in delivery.list_criteria(session)]
    assert titles[0] == "Strategic importance / core competence"
    assert titles[-1] == "Flexibility"
    assert delivery.ensure_criteria(session) == []  # only once


def test_fields_are_stored_as_typed_and_validated(session: Session) -> None:
    service = delivery.add_service(session, title="Psykologbistand")
    delivery.update_service(
        session,
        service_id=service.id,
        description="  Korte forløb <10 samtaler> & opfølgning 🙂\n",
        annual_cost_dkk=600_000,
        contract_years=2,
        cpv_code=" 85312320-8 ",
        volume="80 forløb/år",
        owner="Sanne Sagsbehandler",
    )
    stored = delivery.get_service(session, service_id=service.id)
    assert stored.description == "  Korte forløb <10 samtaler> & opfølgning 🙂\n"
    assert stored.cpv_code == "85312320-8"
    assert stored.contract_years == 2.0
    with pytest.raises(CpvCheckDigitError):
        delivery.update_service(session, service_id=service.id, cpv_code="85312320-1")
    with pytest.raises(delivery.AmountValueError):
        delivery.update_service(session, service_id=service.id, annual_cost_dkk=-1)
    with pytest.raises(delivery.YearsValueError):
        delivery.update_service(session, service_id=service.id, contract_years=0)
    with pytest.raises(ValueError, match="move_service"):
        delivery.update_service(session, service_id=service.id, placement=EXT)
    with pytest.raises(ValueError, match="no editable field"):
        delivery.update_service(session, service_id=service.id, titel="typo")
    assert delivery.get_service(session, service_id=service.id).cpv_code == "85312320-8"


def test_delete_and_restore_bring_back_links_scores_decisions_and_place(
    session: Session,
) -> None:
    note_a, note_b = _notes(session, "Hurtig hjælp", "Fast voksen")
    ids = _board(session, (EXT, ["Danskundervisning", "Psykologbistand", "IT-system"]))
    target = ids["Psykologbistand"]
    delivery.link_note(session, service_id=target, note_id=note_a)
    delivery.link_note(session, service_id=target, note_id=note_b)
    criterion = delivery.list_criteria(session)[0]
    delivery.set_score(session, service_id=target, criterion_id=criterion.id, score=4)
    decision = Decision(title="Markedsdialog før beslutning")
    session.add(decision)
    session.flush()
    session.add(DecisionService(decision_id=decision.id, service_id=target))
    session.commit()

    snapshot = delivery.delete_service(session, service_id=target)
    assert _titles(session, EXT) == ["Danskundervisning", "IT-system"]
    assert session.exec(select(ServiceNote)).all() == []  # the file's cascade
    assert session.exec(select(CriterionScore)).all() == []

    delivery.restore_service(session, data=snapshot)
    assert _titles(session, EXT) == ["Danskundervisning", "Psykologbistand", "IT-system"]
    assert {n.note_id for n in delivery.notes_of_service(session, service_id=target)} == {
        note_a,
        note_b,
    }
    assert delivery.scores_of(session, service_id=target) == {criterion.id: 4}
    assert session.exec(select(DecisionService.decision_id)).all() == [decision.id]


def test_restore_skips_a_need_deleted_meanwhile(session: Session) -> None:
    (note,) = _notes(session, "Et behov")
    service = delivery.add_service(session, title="Ydelse")
    delivery.link_note(session, service_id=service.id, note_id=note)
    snapshot = delivery.delete_service(session, service_id=service.id)
    session.delete(session.get(Note, note))
    session.commit()
    delivery.restore_service(session, data=snapshot)
    assert delivery.notes_of_service(session, service_id=service.id) == []


# -- columns and order ------------------------------------------------------------------


def test_move_to_another_column_before_a_card_and_undo(session: Session) -> None:
    ids = _board(session, (UND, ["a", "b", "c"]), (EXT, ["x", "y"]))
    before = delivery.move_service(session, service_id=ids["b"], placement=EXT, before_id=ids["y"])
    assert _titles(session, UND) == ["a", "c"]
    assert _titles(session, EXT) == ["x", "b", "y"]
    assert delivery.get_service(session, service_id=ids["b"]).placement == EXT
    delivery.restore_order(session, order=before)
    assert _titles(session, UND) == ["a", "b", "c"]
    assert _titles(session, EXT) == ["x", "y"]


def test_move_without_a_card_to_go_before_puts_it_last(session: Session) -> None:
    ids = _board(session, (UND, ["a"]), (MIX, ["m1", "m2"]))
    delivery.move_service(session, service_id=ids["a"], placement=MIX)
    assert _titles(session, MIX) == ["m1", "m2", "a"]
    assert _titles(session, UND) == []


def test_reorder_within_a_column_and_undo(session: Session) -> None:
    ids = _board(session, (INT, ["a", "b", "c", "d"]))
    before = delivery.move_service(session, service_id=ids["d"], placement=INT, before_id=ids["b"])
    assert _titles(session, INT) == ["a", "d", "b", "c"]
    delivery.move_service(session, service_id=ids["a"], placement=INT)
    assert _titles(session, INT) == ["d", "b", "c", "a"]
    delivery.move_service(session, service_id=ids["b"], placement=INT, before_id=ids["b"])
    assert _titles(session, INT) == ["d", "b", "c", "a"]  # before itself: stays
    delivery.restore_order(session, order=before)
    assert _titles(session, INT) == ["a", "b", "c", "d"]


def test_the_order_a_move_leaves_is_what_it_stored(session: Session) -> None:
    """`moved_order` is the redo of a move without reading it back: the very columns and
    positions `board_order` reads after the move, in every kind of move."""
    ids = _board(session, (UND, ["a", "b", "c"]), (EXT, ["x", "y"]), (INT, ["i"]))
    moves = [("b", EXT, "y"), ("a", EXT, None), ("c", EXT, "x"), ("y", EXT, "c"),
             ("x", EXT, "x"), ("i", UND, None), ("c", INT, "i")]  # fmt: skip
    for card, placement, before in moves:
        before_id = ids[before] if before else None
        read = delivery.move_service(
            session, service_id=ids[card], placement=placement, before_id=before_id
        )
        made = delivery.moved_order(
            read, service_id=ids[card], placement=placement, before_id=before_id
        )
        stored = delivery.board_order(session, read.columns)
        assert made.places == stored.places, (card, placement, before)
        assert {p: made.columns[p] for p in stored.columns} == stored.columns


def test_move_to_an_unknown_column_is_refused(session: Session) -> None:
    service = delivery.add_service(session, title="a")
    with pytest.raises(InvalidChoiceError):
        delivery.move_service(session, service_id=service.id, placement="outsourced")
    with pytest.raises(NotFoundError):
        delivery.move_service(session, service_id="nope", placement=EXT)


def test_keyboard_steps_between_columns_keep_the_row_and_stop_at_the_edges(
    session: Session,
) -> None:
    ids = _board(session, (UND, ["a", "b", "c"]), (INT, ["x", "y"]))
    assert delivery.move_target(session, service_id=ids["b"], columns=1) == (INT, ids["y"])
    assert delivery.move_target(session, service_id=ids["c"], columns=1) == (INT, None)
    assert delivery.move_target(session, service_id=ids["a"], columns=-1) is None
    assert delivery.move_target(session, service_id=ids["b"], rows=-1) == (UND, ids["a"])
    assert delivery.move_target(session, service_id=ids["b"], rows=1) == (UND, None)
    assert delivery.move_target(session, service_id=ids["a"], rows=1) == (UND, ids["c"])
    assert delivery.move_target(session, service_id=ids["a"], rows=-1) is None
    assert delivery.move_target(session, service_id=ids["c"], rows=1) is None
    delivery.move_service(session, service_id=ids["c"], placement=NOB)
    assert delivery.move_target(session, service_id=ids["c"], columns=1) is None


# -- totals -----------------------------------------------------------------------------


def _card(cost: int | None, years: float | None) -> dict[str, object]:
    return {"annual_cost_dkk": cost, "contract_years": years}


def test_column_totals_sum_cost_and_contract_value_and_count_what_is_missing() -> None:
    totals = delivery.column_totals(
        [_card(1_000_000, 4), _card(250_000, 2.5), _card(None, 3), _card(400_000, None)]
    )
    assert totals.count == 4
    assert totals.annual_dkk == 1_650_000  # the card without a cost is left out
    assert totals.contract_dkk == 4_625_000  # 4,000,000 + 625,000
    assert totals.without_cost == 1
    assert totals.without_years == 1


def test_column_totals_of_an_empty_column_and_of_zero_costs_are_zero() -> None:
    assert delivery.column_totals([]) == delivery.ColumnTotals(0, 0, 0, 0, 0)
    assert delivery.column_totals([_card(0, 2)]) == delivery.ColumnTotals(1, 0, 0, 0, 0)


def test_column_totals_stay_exact_for_very_large_values() -> None:
    big = 10**15
    totals = delivery.column_totals([_card(big, 100), _card(big, 100), _card(1, 1)])
    assert totals.annual_dkk == 2 * big + 1
    assert totals.contract_dkk == 2 * 10**17 + 1


def test_board_totals_follow_the_cards_per_column(session: Session) -> None:
    ids = _board(session, (EXT, ["a", "b"]), (INT, ["c"]))
    delivery.update_service(
        session, service_id=ids["a"], annual_cost_dkk=1_000_000, contract_years=4
    )
    delivery.update_service(session, service_id=ids["c"], annual_cost_dkk=500_000)
    board = delivery.load_board(session, on=date(2027, 2, 9))
    assert board.totals[EXT] == delivery.ColumnTotals(2, 1_000_000, 4_000_000, 1, 0)
    assert board.totals[INT] == delivery.ColumnTotals(1, 500_000, 0, 0, 1)
    assert board.totals[UND] == delivery.ColumnTotals(0, 0, 0, 0, 0)
    assert list(board.columns) == [UND, INT, EXT, MIX, NOB]


# -- criteria and scores ----------------------------------------------------------------


def _weights(*items: tuple[str, float, str]) -> list[delivery.CriterionWeight]:
    return [delivery.CriterionWeight(cid, weight, favours) for cid, weight, favours in items]


def test_weighted_score_orients_external_criteria_and_uses_weights() -> None:
    criteria = _weights(("strategy", 2, "internal"), ("market", 1, "external"))
    score = delivery.weighted_score({"strategy": 5, "market": 5}, criteria)
    # (2 x 5 + 1 x (6 - 5)) / 3
    assert score.value == pytest.approx(11 / 3)
    assert score.scored_share == 1.0
    assert score.suggestion == INT


@pytest.mark.parametrize(
    "strategy, capacity, market, risk, suggestion",
    [
        (5, 5, 1, 4, INT),  # high strategic importance and internal capacity
        (1, 1, 5, 1, EXT),  # a mature market and low risk for citizens
        (3, 3, 3, 3, MIX),  # between
        (4, 3, 2, 3, INT),  # 3.5 exactly: internal
        (2, 3, 4, 3, EXT),  # 2.5 exactly: external
    ],
)
def test_suggestion_rule(
    strategy: int, capacity: int, market: int, risk: int, suggestion: str
) -> None:
    criteria = _weights(
        ("strategy", 1, "internal"),
        ("capacity", 1, "internal"),
        ("market", 1, "external"),
        ("risk", 1, "internal"),
    )
    scores = {"strategy": strategy, "capacity": capacity, "market": market, "risk": risk}
    assert delivery.weighted_score(scores, criteria).suggestion == suggestion


def test_no_suggestion_until_half_the_weight_is_scored_and_zero_weight_is_left_out() -> None:
    criteria = _weights(("a", 3, "internal"), ("b", 1, "internal"), ("c", 0, "external"))
    assert delivery.weighted_score({}, criteria) == delivery.WeightedScore(None, 0.0, None)
    little = delivery.weighted_score({"b": 5}, criteria)
    assert little.value == 5 and little.scored_share == 0.25 and little.suggestion is None
    assert delivery.weighted_score({"a": 5}, criteria).suggestion == INT
    assert delivery.weighted_score({"a": 1, "c": 1}, criteria).value == 1  # c weighs nothing


def test_scores_are_set_changed_cleared_and_return_the_previous_one(session: Session) -> None:
    service = delivery.add_service(session, title="a")
    criterion = delivery.list_criteria(session)[0]
    kwargs = {"service_id": service.id, "criterion_id": criterion.id}
    assert delivery.set_score(session, **kwargs, score=4) is None
    assert delivery.set_score(session, **kwargs, score=2) == 4
    assert delivery.scores_of(session, service_id=service.id) == {criterion.id: 2}
    assert delivery.set_score(session, **kwargs, score=None) == 2
    assert delivery.scores_of(session, service_id=service.id) == {}
    for bad in (0, 6, True):
        with pytest.raises(delivery.ScoreError):
            delivery.set_score(session, **kwargs, score=bad)


def test_changing_a_weight_changes_the_suggestion(session: Session) -> None:
    service = delivery.add_service(session, title="a")
    by_key = {c.key: c for c in delivery.list_criteria(session)}
    for key, score in (("strategic_importance", 5), ("market_maturity", 5), ("cost", 5)):
        delivery.set_score(session, service_id=service.id, criterion_id=by_key[key].id, score=score)
    # (5 + 1 + 1) / 3 = 2.33: external
    assert delivery.service_score(session, service_id=service.id).suggestion == EXT
    delivery.update_criterion(session, criterion_id=by_key["strategic_importance"].id, weight=4)
    # (4 x 5 + 1 + 1) / 6 = 3.67: internal
    assert delivery.service_score(session, service_id=service.id).suggestion == INT
    with pytest.raises(delivery.WeightError):
        delivery.update_criterion(session, criterion_id=by_key["cost"].id, weight=-1)


def test_delete_criterion_takes_its_scores_and_restore_brings_them_back(session: Session) -> None:
    service = delivery.add_service(session, title="a")
    criterion = delivery.list_criteria(session)[1]
    delivery.set_score(session, service_id=service.id, criterion_id=criterion.id, score=5)
    snapshot = delivery.delete_criterion(session, criterion_id=criterion.id)
    assert session.get(Criterion, criterion.id) is None
    assert delivery.scores_of(session, service_id=service.id) == {}
    delivery.restore_criterion(session, data=snapshot)
    assert [c.id for c in delivery.list_criteria(session)][1] == criterion.id
    assert delivery.scores_of(session, service_id=service.id) == {criterion.id: 5}


def test_criteria_added_by_hand_say_which_way_they_point(session: Session) -> None:
    delivery.ensure_criteria(session)
    added = delivery.add_criterion(
        session, title="Borgerens eget ønske", favours="external", weight=0.5
    )
    assert delivery.list_criteria(session)[-1].id == added.id
    with pytest.raises(InvalidChoiceError):
        delivery.add_criterion(session, title="x", favours="sideways")


def test_the_app_never_moves_a_card_by_itself(session: Session) -> None:
    service = delivery.add_service(session, title="a", placement=EXT)
    for criterion in delivery.list_criteria(session):
        favours_internal = criterion.favours == "internal"
        delivery.set_score(
            session,
            service_id=service.id,
            criterion_id=criterion.id,
            score=5 if favours_internal else 1,
        )
    assert delivery.service_score(session, service_id=service.id).suggestion == INT
    assert delivery.get_service(session, service_id=service.id).placement == EXT


# -- needs ------------------------------------------------------------------------------


def test_link_and_unlink_notes_and_see_which_notes_are_covered(session: Session) -> None:
    a, b, c = _notes(session, "Behov A", "Behov B", "Behov C")
    first = delivery.add_service(session, title="Første")
    second = delivery.add_service(session, title="Anden", placement=EXT)
    assert delivery.link_note(session, service_id=first.id, note_id=a)
    assert not delivery.link_note(session, service_id=first.id, note_id=a)  # already linked
    delivery.link_note(session, service_id=second.id, note_id=a)
    delivery.link_note(session, service_id=second.id, note_id=b)
    assert delivery.covered_note_ids(session) == {a, b}
    assert delivery.services_covering_note(session, a) == [
        (first.id, "Første"),
        (second.id, "Anden"),
    ]
    assert delivery.services_covering_note(session, c) == []
    refs = delivery.notes_of_service(session, service_id=second.id)
    assert [(r.text, r.canvas_title, r.zone_title) for r in refs] == [
        ("Behov A", "Behov og krav", "Behov"),
        ("Behov B", "Behov og krav", "Behov"),
    ]
    assert delivery.unlink_note(session, service_id=second.id, note_id=b)
    assert not delivery.unlink_note(session, service_id=second.id, note_id=b)
    assert delivery.covered_note_ids(session) == {a}
    with pytest.raises(delivery.NoteMissingError):
        delivery.link_note(session, service_id=first.id, note_id="gone")


def test_links_to_notes_survive_reopening_the_file(
    session: Session, reopen: Callable[[], Session]
) -> None:
    (note,) = _notes(session, "Flere virksomheder skal åbne døren")
    service = delivery.add_service(session, title="Opsøgende virksomhedskontakt")
    delivery.link_note(session, service_id=service.id, note_id=note)
    later = reopen()
    assert [r.note_id for r in delivery.notes_of_service(later, service_id=service.id)] == [note]
    assert delivery.covered_note_ids(later) == {note}
    assert delivery.load_board(later).card(service.id).needs == 1  # type: ignore[union-attr]


def test_available_notes_list_every_canvas_note_with_canvas_and_zone(session: Session) -> None:
    _notes(session, "Første", "Anden")
    loose = Note(canvas_id=session.exec(select(Canvas.id)).one(), text="Uden zone")
    session.add(loose)
    session.commit()
    refs = delivery.available_notes(session)
    assert {r.text for r in refs} == {"Første", "Anden", "Uden zone"}
    assert next(r for r in refs if r.text == "Uden zone").zone_title == ""


def test_create_service_from_note_takes_the_first_line_and_links_it(session: Session) -> None:
    (note,) = _notes(
        session, "\n  Hurtig hjælp fra en psykolog  \nSagsbehandlerne oplever ventetid"
    )
    service = delivery.create_service_from_note(session, note_id=note)
    assert service.title == "Hurtig hjælp fra en psykolog"
    assert service.description.startswith("\n  Hurtig hjælp")  # the whole note, as typed
    assert service.placement == UND
    assert delivery.services_covering_note(session, note) == [(service.id, service.title)]
    assert len(delivery.list_criteria(session)) == 6  # the board is now in use


def test_create_service_from_a_long_or_empty_note(session: Session) -> None:
    long_text = "Borgere " + "med mange samtidige udfordringer " * 70
    long_note, empty_note, short_note = _notes(session, long_text, "   ", "Kort behov")
    long_service = delivery.create_service_from_note(session, note_id=long_note)
    assert len(long_service.title) <= delivery.TITLE_FROM_NOTE_MAX + 1
    assert long_service.title.endswith("…")
    assert long_service.description == long_text
    assert delivery.create_service_from_note(session, note_id=empty_note).title == "Ny ydelse"
    short = delivery.create_service_from_note(session, note_id=short_note)
    assert (short.title, short.description) == ("Kort behov", "")
    with pytest.raises(delivery.NoteMissingError):
        delivery.create_service_from_note(session, note_id="gone")


def test_note_links_can_be_kept_and_restored_for_a_deleted_note(session: Session) -> None:
    (note,) = _notes(session, "Behov")
    service = delivery.add_service(session, title="Ydelse")
    delivery.link_note(session, service_id=service.id, note_id=note)
    kept = delivery.note_links(session, note_id=note)
    row = session.get(Note, note)
    assert row is not None
    data = row.model_dump()
    session.delete(row)
    session.commit()
    assert delivery.covered_note_ids(session) == set()
    session.add(Note.model_validate(data))
    session.commit()
    delivery.restore_note_links(session, note_id=note, service_ids=kept)
    assert delivery.covered_note_ids(session) == {note}


# -- the board as shown --------------------------------------------------------------------


def test_board_gives_hints_only_on_external_and_mixed_cards(session: Session) -> None:
    ids = _board(session, (EXT, ["ekstern"]), (MIX, ["blandet"]), (INT, ["intern"]))
    for service_id in ids.values():
        delivery.update_service(
            session,
            service_id=service_id,
            annual_cost_dkk=1_000_000,
            contract_years=4,
            cpv_code="48000000-8",
        )
    board = delivery.load_board(session, on=date(2027, 2, 9))
    regimes = {
        card.service["title"]: card.hint.regime if card.hint else None
        for cards in board.columns.values()
        for card in cards
    }
    assert regimes == {"ekstern": Regime.FULL_EU, "blandet": Regime.FULL_EU, "intern": None}
    assert board.card(ids["ekstern"]).contract_value_dkk == 4_000_000  # type: ignore[union-attr]


# -- the demo -----------------------------------------------------------------------------


def test_demo_board_has_the_scenario_services_placed_priced_scored_and_linked(
    session: Session,
) -> None:
    _notes(session, *DEMO_NEEDS)
    ids = populate_delivery(session)
    assert [s.title for s in delivery.list_services(session)] == [
        "Sundhedsforløb",
        "Opsøgende virksomhedskontakt",
        "Jobsøgningskurser",
        "Danskundervisning for ledige",
        "Psykologbistand",
        "IT-system til progressionsmåling",
        "Mentorstøtte",
        "Misbrugsbehandling",
    ]
    assert [s.title for s in SERVICES] == list(SERVICE_NEEDS)
    board = delivery.load_board(session, on=date(2027, 2, 9))
    cards = {c.service["title"]: c for cards in board.columns.values() for c in cards}
    assert all(card.needs >= 1 for card in cards.values())
    assert all(card.score.suggestion for card in cards.values())
    hints = {t: c.hint.regime for t, c in cards.items() if c.hint}
    assert hints == {
        "Mentorstøtte": Regime.LIGHT,
        "Danskundervisning for ledige": Regime.LIGHT,
        # 1,2 mio. kr. alone, but counted with the bought part of Mentorstøtte (the same CPV
        # group, 853: social work services), so the hint names it and asks to check.
        "Psykologbistand": Regime.LIGHT,
        "IT-system til progressionsmåling": Regime.FULL_EU,
    }
    psychology = cards["Psykologbistand"].hint
    assert psychology is not None
    assert [p.title for p in psychology.counting.partners] == ["Mentorstøtte"]
    assert sum(1 for c in cards.values() if c.service["annual_cost_dkk"] is not None) >= 6
    for title, needs in SERVICE_NEEDS.items():
        service_id = ids[list(SERVICE_NEEDS).index(title)]
        linked = {r.text for r in delivery.notes_of_service(session, service_id=service_id)}
        assert linked == set(needs)


def test_board_scores_are_the_same_rule_as_weighted_score(session: Session) -> None:
    _notes(session, *DEMO_NEEDS)
    ids = populate_delivery(session)
    by_key = {c.key: c.id for c in delivery.list_criteria(session)}
    delivery.update_criterion(session, criterion_id=by_key["cost"], weight=0)
    delivery.set_score(session, service_id=ids[0], criterion_id=by_key["flexibility"], score=None)
    board = delivery.load_board(session, on=date(2027, 2, 9))
    for service_id in ids:
        card = board.card(service_id)
        assert card is not None
        expected = delivery.service_score(session, service_id=service_id)
        assert card.score.value == pytest.approx(expected.value)
        assert card.score.scored_share == pytest.approx(expected.scored_share)
        assert card.score.suggestion == expected.suggestion


def test_reloading_the_board_reuses_unchanged_cards_and_remakes_changed_ones(
    session: Session,
) -> None:
    _notes(session, *DEMO_NEEDS)
    ids = populate_delivery(session)
    day = date(2027, 2, 9)
    first = delivery.load_board(session, on=day)
    delivery.move_service(session, service_id=ids[0], placement=INT)  # Mentorstøtte
    delivery.update_service(session, service_id=ids[1], title="Virksomhedskontakt")
    second = delivery.load_board(session, on=day, previous=first)
    assert second.card(ids[2]) is first.card(ids[2])  # untouched: the very same card
    moved, renamed = second.card(ids[0]), second.card(ids[1])
    assert moved is not None and moved.service["placement"] == INT and moved.hint is None
    assert renamed is not None and renamed.service["title"] == "Virksomhedskontakt"
    assert second == delivery.load_board(session, on=day)  # the same as a fresh load
    criterion = delivery.list_criteria(session)[0]
    delivery.update_criterion(session, criterion_id=criterion.id, weight=5)
    third = delivery.load_board(session, on=day, previous=second)
    assert third.card(ids[2]) is not second.card(ids[2])  # scores depend on the weights
    assert third == delivery.load_board(session, on=day)
    later = delivery.load_board(session, on=date(2028, 1, 1), previous=third)
    # Psykologbistand follows the day given; Danskundervisning its own announcement date.
    assert later.card(ids[4]).hint.regime is Regime.UNKNOWN_PERIOD  # type: ignore[union-attr]
    assert later.card(ids[2]).hint.day == date(2027, 9, 1)  # type: ignore[union-attr]


def test_suggestion_follows_the_score_as_shown_with_one_decimal() -> None:
    assert delivery.suggest_placement(3.46) == INT  # shown as 3,5
    assert delivery.suggest_placement(3.44) == MIX  # shown as 3,4
    assert delivery.suggest_placement(2.54) == EXT  # shown as 2,5


def test_demo_refuses_to_lose_a_link_when_a_need_is_missing(session: Session) -> None:
    _notes(session, *DEMO_NEEDS[1:])
    with pytest.raises(DemoNeedMissingError, match="fast voksen"):
        populate_delivery(session)
    assert session.exec(select(Service)).all() == []  # nothing half-made


# -- contract years as typed ----------------------------------------------------------------


def test_contract_years_keep_what_was_typed_and_store_its_sum(session: Session) -> None:
    service = delivery.add_service(session, title="Kørsel")
    delivery.update_service(session, service_id=service.id, contract_years_typed=" 2+1+1 ")
    stored = delivery.get_service(session, service_id=service.id)
    assert (stored.contract_years_typed, stored.contract_years) == ("2+1+1", 4.0)
    assert delivery.contract_years_text(stored.contract_years_typed, 4.0) == "2+1+1"

    delivery.update_service(session, service_id=service.id, contract_years_typed="2,5")
    stored = delivery.get_service(session, service_id=service.id)
    assert (stored.contract_years_typed, stored.contract_years) == ("2,5", 2.5)

    delivery.update_service(session, service_id=service.id, contract_years_typed="")
    stored = delivery.get_service(session, service_id=service.id)
    assert (stored.contract_years_typed, stored.contract_years) == ("", None)


def test_a_number_given_alone_drops_the_typed_form_it_no_longer_matches(
    session: Session,
) -> None:
    service = delivery.add_service(session, title="Kørsel", contract_years_typed="2+1+1")
    delivery.update_service(session, service_id=service.id, contract_years=3)
    stored = delivery.get_service(session, service_id=service.id)
    assert (stored.contract_years_typed, stored.contract_years) == ("", 3.0)
    assert delivery.contract_years_text("", 3.0, lang="da") == "3"
    # What undo gives back: the number of before with no typed form, or both.
    delivery.update_service(
        session, service_id=service.id, contract_years=4.0, contract_years_typed="2+2"
    )
    stored = delivery.get_service(session, service_id=service.id)
    assert (stored.contract_years_typed, stored.contract_years) == ("2+2", 4.0)


def test_years_typed_wrong_are_refused_and_nothing_changes(session: Session) -> None:
    from desktop.core.money import YearsError

    service = delivery.add_service(session, title="Kørsel", contract_years_typed="2+1+1")
    for typed in ("2 måneder", "2++1", "0", "60+60", "år"):
        with pytest.raises(YearsError):
            delivery.update_service(session, service_id=service.id, contract_years_typed=typed)
        session.rollback()
    stored = delivery.get_service(session, service_id=service.id)
    assert (stored.contract_years_typed, stored.contract_years) == ("2+1+1", 4.0)


def test_years_typed_with_their_unit_are_kept_without_it(session: Session) -> None:
    """A card says »4 år«: »2+1+1 år« typed is read, and kept as »2+1+1« (the card and the
    minutes add »år« themselves, so it never reads »2+1+1 år år«)."""
    service = delivery.add_service(session, title="Kørsel")
    for typed, kept, years in (("2+1+1 år", "2+1+1", 4.0), ("3 år", "3", 3.0)):
        delivery.update_service(session, service_id=service.id, contract_years_typed=typed)
        stored = delivery.get_service(session, service_id=service.id)
        assert (stored.contract_years_typed, stored.contract_years) == (kept, years)


def test_the_procurement_hint_counts_the_options_too(session: Session) -> None:
    """Udbudsloven § 30: the estimated value includes options. 2 base years of 500.000 kr.
    are under the threshold; with the two option years the contract is above it."""
    ids = _board(session, (EXT, ["kørsel"]))
    delivery.update_service(
        session,
        service_id=ids["kørsel"],
        annual_cost_dkk=500_000,
        contract_years_typed="2+1+1",
        cpv_code="48000000-8",
    )
    card = delivery.load_board(session, on=date(2027, 2, 9)).card(ids["kørsel"])
    assert card is not None and card.hint is not None
    assert card.contract_value_dkk == 2_000_000
    assert card.hint.regime is Regime.FULL_EU
    assert card.service["contract_years_typed"] == "2+1+1"


# -- issue 16: the day that decides, the bought part, services of one kind added up ---------


def _priced(session: Session, service_id: str, *, cost: int, cpv: str, **more: object) -> None:
    delivery.update_service(
        session,
        service_id=service_id,
        annual_cost_dkk=cost,
        contract_years_typed="2+1+1",
        cpv_code=cpv,
        **more,
    )


def test_hints_follow_the_announcement_date_else_the_workshops_date(session: Session) -> None:
    from datetime import datetime

    from desktop.core.workshop import update_workshop

    update_workshop(session, starts_at=datetime(2025, 11, 20, 9, 0))
    ids = _board(session, (EXT, ["it", "senere", "langt ude"]))
    for key in ids.values():
        _priced(session, key, cost=450_000, cpv="72000000")  # 1.8 mio. kr. in all
    delivery.update_service(session, service_id=ids["senere"], announcement_date="2026-03-01")
    delivery.update_service(session, service_id=ids["langt ude"], announcement_date="2031-01-01")
    board = delivery.load_board(session)  # no day given: the workshop's
    hints = {title: board.card(key).hint for title, key in ids.items()}  # type: ignore[union-attr]
    # 2025: 1.644.638 kr. (EUR 221.000); 2026: EUR 216.000. Hints added up by group, so
    # each card compares 5.4 mio. kr. in all: above both; the period is what differs.
    assert hints["it"] is not None and hints["it"].day == date(2025, 11, 20)
    assert hints["it"].threshold_dkk == 1_644_638
    assert hints["senere"] is not None and hints["senere"].day == date(2026, 3, 1)
    assert hints["senere"].threshold_dkk == 1_611_442
    assert hints["langt ude"] is not None and hints["langt ude"].regime is Regime.UNKNOWN_PERIOD


def test_a_wrong_announcement_date_or_share_is_refused(session: Session) -> None:
    from desktop.core.delivery import AnnouncementDateError, BoughtShareError

    (key,) = _board(session, (MIX, ["mentor"])).values()
    with pytest.raises(AnnouncementDateError):
        delivery.update_service(session, service_id=key, announcement_date="31.02.2027")
    session.rollback()
    for share in (-1, 101, 2.5, True):
        with pytest.raises(BoughtShareError):
            delivery.update_service(session, service_id=key, bought_share_percent=share)
        session.rollback()
    assert delivery.parse_share(" 60 % ") == 60 and delivery.parse_share("") is None
    with pytest.raises(BoughtShareError):
        delivery.parse_share("60,5")


def test_a_mixed_card_counts_only_the_bought_part(session: Session) -> None:
    """8 mio. kr. of language courses, half bought: 4 mio. kr. counts, under the light
    regime's 5,6 mio. kr.; with no share given the whole counts, and the hint says so."""
    (key,) = _board(session, (MIX, ["dansk"])).values()
    _priced(session, key, cost=2_000_000, cpv="80580000-3")
    whole = delivery.load_board(session, on=date(2027, 2, 9)).card(key)
    assert whole is not None and whole.hint is not None
    assert whole.hint.regime is Regime.LIGHT
    delivery.update_service(session, service_id=key, bought_share_percent=50)
    half = delivery.load_board(session, on=date(2027, 2, 9)).card(key)
    assert half is not None and half.hint is not None
    assert (half.contract_value_dkk, half.hint.contract_value_dkk) == (8_000_000, 4_000_000)
    assert half.hint.regime is Regime.BELOW


def test_bought_services_of_one_cpv_group_are_added_up_and_named(session: Session) -> None:
    """Two courses of 4 mio. kr. each are under 5,6 mio. kr. alone, over it together; an
    in-house card and another group are not counted."""
    ids = _board(session, (EXT, ["sprog", "erhverv", "it"]), (MIX, ["mentor"]), (INT, ["eget"]))
    _priced(session, ids["sprog"], cost=1_000_000, cpv="80580000")
    _priced(session, ids["erhverv"], cost=1_000_000, cpv="80530000")
    _priced(session, ids["it"], cost=1_000_000, cpv="72000000")
    _priced(session, ids["mentor"], cost=1_000_000, cpv="85312320", bought_share_percent=50)
    _priced(session, ids["eget"], cost=9_000_000, cpv="80500000")
    board = delivery.load_board(session, on=date(2027, 2, 9))
    language = board.card(ids["sprog"])
    assert language is not None and language.hint is not None
    assert language.hint.contract_value_dkk == 8_000_000
    assert language.hint.regime is Regime.LIGHT
    assert [p.title for p in language.hint.counting.partners] == ["erhverv"]
    summary = language.hint.summary("da")
    assert "»erhverv« (4.000.000 kr.)" in summary and "samme CPV-gruppe (805…)" in summary
    it = board.card(ids["it"])
    assert it is not None and it.hint is not None and not it.hint.counting.partners
    # Moving a partner in-house takes it out of the sum at once.
    delivery.move_service(session, service_id=ids["erhverv"], placement=INT)
    board = delivery.load_board(session, on=date(2027, 2, 9), previous=board)
    language = board.card(ids["sprog"])
    assert language is not None and language.hint is not None
    assert language.hint.regime is Regime.BELOW and not language.hint.counting.partners


def test_a_large_group_names_five_partners_and_counts_the_rest(session: Session) -> None:
    ids = _board(session, (EXT, [f"kursus {n}" for n in range(8)]))
    for key in ids.values():
        _priced(session, key, cost=100_000, cpv="80500000")  # 400.000 kr. each
    card = delivery.load_board(session, on=date(2027, 2, 9)).card(ids["kursus 0"])
    assert card is not None and card.hint is not None
    assert card.hint.contract_value_dkk == 3_200_000
    assert [p.title for p in card.hint.counting.partners] == [f"kursus {n}" for n in range(1, 6)]
    assert "og 2 andre (800.000 kr.)" in card.hint.summary("da")
    assert "i alt 3.200.000 kr." in card.hint.summary("da")
