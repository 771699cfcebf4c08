"""Participants: add, edit, delete and put back, in the order the facilitator made them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import Session

from desktop.core import participants
from desktop.core.errors import InvalidChoiceError, NotFoundError
from desktop.core.models import Participant, Side
from desktop.core.participants import (
    add_participant,
    delete_participant,
    list_participants,
    restore_participant,
    update_participant,
)


def _three(session: Session) -> list[Participant]:
    return [
        add_participant(session, name="Ida Indkøb", side=Side.PROCUREMENT),
        add_participant(session, name="Jonas Jobcenter", side=Side.DOMAIN),
        add_participant(session, name="Dorte Direktør", side=Side.LEADERSHIP),
    ]


def test_added_participants_are_listed_in_the_order_they_were_added(session: Session) -> None:
    added = _three(session)

    listed = list_participants(session)

    assert [p.id for p in listed] == [p.id for p in added]
    assert [p.position for p in listed] == [0, 1, 2]


def test_every_field_of_a_participant_survives_a_reopen(
    session: Session, reopen: Callable[[], Session]
) -> None:
    fields = {
        "name": "  Ole Økonomi  ",  # stored as typed, spaces and all
        "role": "Økonomipartner",
        "department": "Økonomi og Styring",
        "side": Side.OTHER,
        "email": "ole.oekonomi@eksempel-kommune.example",
        "phone": "+45 01 00 00 44",
        "present": False,
    }
    added = add_participant(session, **fields)

    again = reopen().get(Participant, added.id)

    assert again is not None
    assert {name: getattr(again, name) for name in fields} == fields


def test_side_is_stored_as_its_plain_value(session: Session, db_path: Path) -> None:
    add_participant(session, name="Kim Kontrakt", side=Side.PROCUREMENT)

    with sqlite3.connect(db_path) as conn:
        stored = conn.execute("SELECT side FROM participant").fetchall()

    assert stored == [("procurement",)]


def test_a_new_participant_is_present_and_on_no_side_until_told(session: Session) -> None:
    added = add_participant(session, name="Sanne Sagsbehandler")

    assert added.present is True
    assert added.side == Side.OTHER


def test_update_changes_named_fields_and_keeps_id_and_position(
    session: Session, reopen: Callable[[], Session]
) -> None:
    first, middle, _ = _three(session)
    before = middle.updated_at

    update_participant(session, participant_id=middle.id, name="Birgit Beskæftigelse")

    again = reopen().get(Participant, middle.id)
    assert again is not None
    assert (again.name, again.side, again.position) == ("Birgit Beskæftigelse", "domain", 1)
    assert again.updated_at >= before
    untouched = reopen().get(Participant, first.id)
    assert untouched is not None and untouched.name == "Ida Indkøb"


@pytest.mark.parametrize("field", ["nmae", "id", "created_at"])
def test_update_refuses_a_field_it_cannot_edit_and_changes_nothing(
    session: Session, reopen: Callable[[], Session], field: str
) -> None:
    added = add_participant(session, name="Ida Indkøb")

    with pytest.raises(ValueError, match=field):
        update_participant(session, participant_id=added.id, name="Ændret", **{field: "x"})
    session.commit()  # a half-applied change would be written by the next edit's commit

    again = reopen().get(Participant, added.id)
    assert again is not None and again.name == "Ida Indkøb"


def test_add_refuses_an_unknown_field_rather_than_dropping_it(session: Session) -> None:
    with pytest.raises(ValueError, match="emial"):
        add_participant(session, name="Ida Indkøb", emial="ida@eksempel-kommune.example")

    assert list_participants(session) == []


def test_delete_then_restore_puts_the_same_participant_back_in_its_place(
    session: Session, reopen: Callable[[], Session]
) -> None:
    added = _three(session)
    update_participant(session, participant_id=added[1].id, email="j@eksempel-kommune.example")

    snapshot = delete_participant(session, participant_id=added[1].id)
    assert [p.id for p in list_participants(session)] == [added[0].id, added[2].id]
    restore_participant(session, data=snapshot)

    listed = list_participants(reopen())
    assert [p.id for p in listed] == [p.id for p in added]
    assert [p.position for p in listed] == [0, 1, 2]
    assert listed[1].email == "j@eksempel-kommune.example"
    assert listed[1].side == Side.DOMAIN


def test_a_participant_added_after_a_delete_goes_last(session: Session) -> None:
    first, second, third = _three(session)
    delete_participant(session, participant_id=second.id)

    added = add_participant(session, name="Connie Center")

    assert [p.id for p in list_participants(session)] == [first.id, third.id, added.id]


@pytest.mark.parametrize("operation", ["update", "delete"])
def test_a_missing_participant_raises_not_found(session: Session, operation: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        if operation == "update":
            update_participant(session, participant_id="no-such-id", name="x")
        else:
            delete_participant(session, participant_id="no-such-id")

    assert "findes ikke" in caught.value.message("da")
    assert "no longer exists" in caught.value.message("en")


def test_a_participant_deleted_twice_raises_not_found(session: Session) -> None:
    added = add_participant(session, name="Ida Indkøb")
    delete_participant(session, participant_id=added.id)

    with pytest.raises(NotFoundError):
        delete_participant(session, participant_id=added.id)


def test_side_outside_the_four_sides_is_refused(session: Session) -> None:
    with pytest.raises(InvalidChoiceError):
        participants.add_participant(session, name="Ida", side="bogus")
    row = participants.add_participant(session, name="Ida", side="procurement")
    with pytest.raises(InvalidChoiceError) as caught:
        participants.update_participant(session, participant_id=row.id, side="indkøb")
    assert "Vælg en af mulighederne" in caught.value.message("da")
    session.refresh(row)
    assert row.side == "procurement"
