"""A voting round's data: many notes' votes stored at once, all or nothing, with exact undo;
places with ties; the order the wall is read in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session

from desktop.core import canvas
from desktop.core.canvas import MAX_VOTES, NoteOnOtherCanvasError, VotesOutOfRangeError
from desktop.core.canvas_models import Canvas, Note
from desktop.core.canvas_templates import NEEDS_MAPPING, ROOT_PROBLEMS
from desktop.core.errors import NotFoundError


@pytest.fixture
def wall(session: Session) -> tuple[Canvas, list[Note]]:
    """A root-problems canvas with one note in each zone, votes 4, 0, 2, 1."""
    board = canvas.create_canvas(session, template_key=ROOT_PROBLEMS)
    notes = [
        canvas.add_note(session, canvas_id=board.id, zone_id=zone.id, text=zone.key, votes=votes)
        for zone, votes in zip(
            canvas.list_zones(session, canvas_id=board.id), (4, 0, 2, 1), strict=True
        )
    ]
    return board, notes


def _votes(session: Session, notes: list[Note]) -> list[int]:
    session.expire_all()
    return [canvas.get_note(session, note_id=n.id).votes for n in notes]


def test_a_round_sets_many_notes_votes_and_returns_the_votes_before(
    session: Session, wall: tuple[Canvas, list[Note]]
) -> None:
    board, notes = wall

    before = canvas.apply_voting_round(
        session, canvas_id=board.id, votes={notes[0].id: 7, notes[1].id: 5, notes[3].id: 1}
    )

    assert before == {notes[0].id: 4, notes[1].id: 0, notes[3].id: 1}
    assert _votes(session, notes) == [7, 5, 2, 1]


def test_applying_the_votes_before_undoes_the_round_exactly(
    session: Session, wall: tuple[Canvas, list[Note]]
) -> None:
    board, notes = wall
    round_votes = {notes[0].id: 7, notes[1].id: 5, notes[2].id: 2}

    before = canvas.apply_voting_round(session, canvas_id=board.id, votes=round_votes)
    again = canvas.apply_voting_round(session, canvas_id=board.id, votes=before)

    assert _votes(session, notes) == [4, 0, 2, 1]
    assert again == round_votes  # what redo needs, from undo's answer


def test_a_note_whose_votes_do_not_change_keeps_its_time_of_change(
    session: Session, wall: tuple[Canvas, list[Note]]
) -> None:
    board, notes = wall
    stamp = canvas.get_note(session, note_id=notes[2].id).updated_at

    canvas.apply_voting_round(session, canvas_id=board.id, votes={notes[2].id: 2})

    assert canvas.get_note(session, note_id=notes[2].id).updated_at == stamp


@pytest.mark.parametrize("bad", [-1, 1000, 2.5, True, "7", None])
def test_a_bad_number_is_refused_and_no_note_changes(
    session: Session, wall: tuple[Canvas, list[Note]], bad: object
) -> None:
    board, notes = wall

    with pytest.raises(VotesOutOfRangeError) as caught:
        canvas.apply_voting_round(
            session,
            canvas_id=board.id,
            votes={notes[0].id: 9, notes[1].id: bad},  # type: ignore[dict-item]
        )

    assert _votes(session, notes) == [4, 0, 2, 1]
    assert "0 til 999" in caught.value.message("da")
    assert "0 to 999" in caught.value.message("en")


def test_the_limits_0_and_999_are_allowed(
    session: Session, wall: tuple[Canvas, list[Note]]
) -> None:
    board, notes = wall

    canvas.apply_voting_round(session, canvas_id=board.id, votes={notes[0].id: 0, notes[1].id: 999})

    assert _votes(session, notes)[:2] == [0, 999]


def test_a_note_of_another_canvas_is_refused_and_no_note_changes(
    session: Session, wall: tuple[Canvas, list[Note]]
) -> None:
    board, notes = wall
    other = canvas.create_canvas(session, template_key=NEEDS_MAPPING)
    stranger = canvas.add_note(session, canvas_id=other.id, text="Andet lærred", votes=3)

    with pytest.raises(NoteOnOtherCanvasError) as caught:
        canvas.apply_voting_round(
            session, canvas_id=board.id, votes={notes[0].id: 9, stranger.id: 8}
        )

    assert _votes(session, [*notes, stranger]) == [4, 0, 2, 1, 3]
    assert "andet lærred" in caught.value.message("da")
    assert "another canvas" in caught.value.message("en")


def test_a_deleted_note_or_canvas_is_a_readable_error(
    session: Session, wall: tuple[Canvas, list[Note]]
) -> None:
    board, notes = wall
    gone = canvas.add_note(session, canvas_id=board.id, text="Væk")
    canvas.delete_note(session, note_id=gone.id)

    with pytest.raises(NotFoundError):
        canvas.apply_voting_round(session, canvas_id=board.id, votes={notes[0].id: 9, gone.id: 1})
    with pytest.raises(NotFoundError):
        canvas.apply_voting_round(session, canvas_id="no-such-canvas", votes={notes[0].id: 9})

    assert _votes(session, notes) == [4, 0, 2, 1]


def test_an_empty_round_changes_nothing(session: Session, wall: tuple[Canvas, list[Note]]) -> None:
    board, notes = wall

    assert canvas.apply_voting_round(session, canvas_id=board.id, votes={}) == {}
    assert _votes(session, notes) == [4, 0, 2, 1]


def test_the_round_is_in_the_file_for_the_next_reader(
    session: Session, wall: tuple[Canvas, list[Note]], reopen: Callable[[], Session]
) -> None:
    board, notes = wall

    canvas.apply_voting_round(session, canvas_id=board.id, votes={notes[1].id: 6, notes[3].id: 6})

    later = reopen()
    assert [n.text for n in canvas.notes_by_votes(later, canvas_id=board.id)] == [
        notes[1].text,  # 6, the earlier zone first
        notes[3].text,  # 6
        notes[0].text,  # 4
        notes[2].text,  # 2
    ]


# -- places -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("votes", "places"),
    [
        ([], []),
        ([3], [(1, False)]),
        ([7, 5, 5, 2], [(1, False), (2, True), (2, True), (4, False)]),
        ([4, 4, 4], [(1, True), (1, True), (1, True)]),
        ([9, 1, 0, 0], [(1, False), (2, False), (3, True), (3, True)]),
    ],
)
def test_equal_votes_share_a_place_and_the_next_place_skips(
    votes: list[int], places: list[tuple[int, bool]]
) -> None:
    assert canvas.vote_places(votes) == places


@given(st.lists(st.integers(min_value=0, max_value=999), max_size=60))
def test_a_place_is_one_more_than_the_notes_with_more_votes(votes: list[int]) -> None:
    ordered = sorted(votes, reverse=True)

    places = canvas.vote_places(ordered)

    for value, (place, shared) in zip(ordered, places, strict=True):
        assert place == 1 + sum(1 for other in ordered if other > value)
        assert shared == (ordered.count(value) > 1)


# -- the order of the wall ------------------------------------------------------------------


def _row(
    note_id: str, zone_id: str | None, x: float, y: float, position: int = 0
) -> dict[str, object]:
    return {"id": note_id, "zone_id": zone_id, "x": x, "y": y, "position": position}


def test_the_wall_is_read_zone_by_zone_row_by_row_left_to_right() -> None:
    zones = [{"id": "first", "position": 0}, {"id": "second", "position": 1}]
    notes = [
        _row("outside", None, 0, 0),
        _row("second-a", "second", 500, 100),
        _row("first-row2", "first", 0, 300),
        _row("first-row1-right", "first", 300, 104),  # a few units lower: the same row
        _row("first-row1-left", "first", 20, 100),
    ]

    ordered = canvas.wall_order(notes, zones)  # type: ignore[arg-type]

    assert [n["id"] for n in ordered] == [
        "first-row1-left",
        "first-row1-right",
        "first-row2",
        "second-a",
        "outside",
    ]


def test_one_note_takes_no_more_votes_than_a_round_does(session: Session) -> None:
    """The same limit everywhere: typed in the list, +1 on the note, or in a round."""
    board = canvas.create_canvas(session, template_key=ROOT_PROBLEMS)
    note = canvas.add_note(session, canvas_id=board.id, text="Mange prikker", votes=MAX_VOTES)
    with pytest.raises(VotesOutOfRangeError):
        canvas.set_votes(session, note_id=note.id, votes=MAX_VOTES + 1)
    canvas.change_votes(session, note_id=note.id, delta=+1)
    assert canvas.get_note(session, note_id=note.id).votes == MAX_VOTES


def test_too_many_votes_are_refused_in_a_plain_sentence(session: Session) -> None:
    board = canvas.create_canvas(session, template_key=ROOT_PROBLEMS)
    note = canvas.add_note(session, canvas_id=board.id, text="Prikker")
    with pytest.raises(VotesOutOfRangeError) as refused:
        canvas.set_votes(session, note_id=note.id, votes=1000)
    assert refused.value.message("da") == (
        "Stemmer skal være et helt tal fra 0 til 999; »1000« kan ikke bruges."
    )
    assert refused.value.message("en") == (
        "Votes must be a whole number from 0 to 999; “1000” cannot be used."
    )
