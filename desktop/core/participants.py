"""Who is in the room, and on which side of the table they sit."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from desktop.core import operations as ops
from desktop.core.models import Participant, Term

WHAT = "Deltageren"
TAUGHT_TERMS = "taught_terms"  # in a deletion snapshot: the terms to give back to them


def list_participants(session: Session) -> list[Participant]:
    return ops.ordered(session, Participant)


def add_participant(session: Session, **fields: Any) -> Participant:
    return ops.add_row(session, Participant, fields)


def update_participant(session: Session, *, participant_id: str, **changes: Any) -> Participant:
    return ops.update_row(session, Participant, participant_id, changes, what=WHAT)


def delete_participant(session: Session, *, participant_id: str) -> dict[str, Any]:
    """Delete and return the snapshot that `restore_participant` puts back, including the
    terms this person taught (the file's foreign key clears them on delete)."""
    taught = session.exec(select(Term.id).where(Term.taught_by == participant_id)).all()
    data = ops.delete_row(session, Participant, participant_id, what=WHAT)
    data[TAUGHT_TERMS] = list(taught)
    return data


def restore_participant(session: Session, *, data: dict[str, Any]) -> Participant:
    fields = {k: v for k, v in data.items() if k != TAUGHT_TERMS}
    participant = ops.restore_row(session, Participant, fields)
    for term_id in data.get(TAUGHT_TERMS, []):
        term = session.get(Term, term_id)
        if term is not None and term.taught_by is None:
            term.taught_by = participant.id
            session.add(term)
    session.commit()
    return participant
