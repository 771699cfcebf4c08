"""Who is in the room, and on which side of the table they sit."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from desktop.core import operations as ops
from desktop.core.models import Participant

WHAT = "Deltageren"


def list_participants(session: Session) -> list[Participant]:
    return ops.ordered(session, Participant)


def add_participant(session: Session, **fields: Any) -> Participant:
    return ops.add_row(session, Participant, fields)


def update_participant(session: Session, *, participant_id: str, **changes: Any) -> Participant:
    return ops.update_row(session, Participant, participant_id, changes, what=WHAT)


def delete_participant(session: Session, *, participant_id: str) -> dict[str, Any]:
    """Delete and return the snapshot that `restore_participant` puts back."""
    return ops.delete_row(session, Participant, participant_id, what=WHAT)


def restore_participant(session: Session, *, data: dict[str, Any]) -> Participant:
    return ops.restore_row(session, Participant, data)
