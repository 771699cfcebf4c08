"""Follow-up actions: what the room agreed to do, by whom and by when."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from desktop.core import actions
from desktop.core.actions import (
    add_action,
    delete_action,
    list_actions,
    restore_action,
    update_action,
)
from desktop.core.errors import InvalidChoiceError, NotFoundError
from desktop.core.models import ActionItem, ActionStatus


def _three(session: Session) -> list[ActionItem]:
    return [
        add_action(session, what="Sende referatet", owner="Ida Indkøb", due=date(2027, 2, 12)),
        add_action(session, what="Beregne udgifterne", owner="Ole Økonomi"),
        add_action(session, what="Holde markedsdialog", owner="Kim Kontrakt"),
    ]


def test_a_new_action_is_open_and_goes_last(session: Session) -> None:
    added = _three(session)

    listed = list_actions(session)

    assert [a.id for a in listed] == [a.id for a in added]
    assert [a.position for a in listed] == [0, 1, 2]
    assert {a.status for a in listed} == {ActionStatus.OPEN}


def test_every_field_of_an_action_survives_a_reopen(
    session: Session, reopen: Callable[[], Session]
) -> None:
    fields = {
        "what": "Afklare, hvem der ejer kontrakten på misbrugsbehandling\nog give besked",
        "owner": "Connie Center",
        "due": date(2027, 2, 26),
        "status": ActionStatus.IN_PROGRESS,
    }
    added = add_action(session, **fields)

    again = reopen().get(ActionItem, added.id)

    assert again is not None
    assert {name: getattr(again, name) for name in fields} == fields


def test_status_and_due_are_stored_readably(session: Session, db_path: Path) -> None:
    add_action(session, what="x", due=date(2027, 3, 1), status=ActionStatus.DONE)

    with sqlite3.connect(db_path) as conn:
        stored = conn.execute("SELECT due, status FROM action_item").fetchall()

    assert stored == [("2027-03-01", "done")]


def test_update_changes_status_and_keeps_id_and_position(
    session: Session, reopen: Callable[[], Session]
) -> None:
    _, middle, _ = _three(session)

    update_action(session, action_id=middle.id, status=ActionStatus.DONE, due=date(2027, 3, 1))

    again = reopen().get(ActionItem, middle.id)
    assert again is not None
    assert (again.status, again.due, again.position) == ("done", date(2027, 3, 1), 1)
    assert again.what == "Beregne udgifterne"


def test_clearing_the_due_date_stores_none(session: Session, reopen: Callable[[], Session]) -> None:
    first, _, _ = _three(session)

    update_action(session, action_id=first.id, due=None)

    again = reopen().get(ActionItem, first.id)
    assert again is not None and again.due is None


def test_update_refuses_an_unknown_field_and_changes_nothing(
    session: Session, reopen: Callable[[], Session]
) -> None:
    first, _, _ = _three(session)

    with pytest.raises(ValueError, match="deadline"):
        update_action(session, action_id=first.id, owner="Ændret", deadline=date(2027, 5, 1))
    session.commit()

    again = reopen().get(ActionItem, first.id)
    assert again is not None and again.owner == "Ida Indkøb"


def test_add_refuses_an_unknown_field(session: Session) -> None:
    with pytest.raises(ValueError, match="ansvarlig"):
        add_action(session, what="Sende referatet", ansvarlig="Ida Indkøb")

    assert list_actions(session) == []


def test_delete_then_restore_puts_the_same_action_back_in_its_place(
    session: Session, reopen: Callable[[], Session]
) -> None:
    added = _three(session)
    update_action(session, action_id=added[0].id, status=ActionStatus.IN_PROGRESS)

    snapshot = delete_action(session, action_id=added[0].id)
    assert [a.id for a in list_actions(session)] == [added[1].id, added[2].id]
    restore_action(session, data=snapshot)

    listed = list_actions(reopen())
    assert [a.id for a in listed] == [a.id for a in added]
    assert [a.position for a in listed] == [0, 1, 2]
    assert (listed[0].status, listed[0].due) == (ActionStatus.IN_PROGRESS, date(2027, 2, 12))


@pytest.mark.parametrize("operation", ["update", "delete"])
def test_a_missing_action_raises_not_found(session: Session, operation: str) -> None:
    with pytest.raises(NotFoundError):
        if operation == "update":
            update_action(session, action_id="no-such-id", what="x")
        else:
            delete_action(session, action_id="no-such-id")


def test_status_outside_the_known_statuses_is_refused(session: Session) -> None:
    with pytest.raises(InvalidChoiceError):
        actions.add_action(session, what="Send referat", status="finished")
