"""Who is in the room, and on which side of the table they sit."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select, update

from desktop.core import operations as ops
from desktop.core.models import Participant, Term
from desktop.core.signoff_models import SignOff

WHAT = "Deltageren"
# In a deletion snapshot: the rows that pointed at them, to point at them again on undo.
TAUGHT_TERMS = "taught_terms"  # the terms they taught (Term.taught_by)
SIGNED_AS_APPROVER = "signed_as_approver"  # the sign-offs they gave (SignOff.participant_id)


def list_participants(session: Session) -> list[Participant]:
    return ops.ordered(session, Participant)


def add_participant(session: Session, **fields: Any) -> Participant:
    return ops.add_row(session, Participant, fields)


def update_participant(session: Session, *, participant_id: str, **changes: Any) -> Participant:
    return ops.update_row(session, Participant, participant_id, changes, what=WHAT)


def delete_participant(session: Session, *, participant_id: str) -> dict[str, Any]:
    """Delete, in one transaction, and return the snapshot that `restore_participant` puts
    back: the participant, the terms they taught and the sign-offs they gave as approver.

    Those links are cleared here rather than left to the file's foreign keys (ON DELETE SET
    NULL), so a file opened without them (sqlite3 by hand) keeps no link to nobody."""
    ops.get_row(session, Participant, participant_id, what=WHAT)
    taught = list(session.exec(select(Term.id).where(Term.taught_by == participant_id)).all())
    signed = list(
        session.exec(select(SignOff.id).where(SignOff.participant_id == participant_id)).all()
    )
    session.execute(
        update(Term).where(col(Term.taught_by) == participant_id).values(taught_by=None)
    )
    session.execute(
        update(SignOff)
        .where(col(SignOff.participant_id) == participant_id)
        .values(participant_id=None)
    )
    data = ops.delete_row(session, Participant, participant_id, what=WHAT)  # commits all
    data[TAUGHT_TERMS] = taught
    data[SIGNED_AS_APPROVER] = signed
    return data


def restore_participant(session: Session, *, data: dict[str, Any]) -> Participant:
    """Undo of `delete_participant`, in one transaction: the participant with their id and
    place, the terms they taught and the sign-offs they gave (those still there, and not
    given to someone else meanwhile)."""
    fields = {k: v for k, v in data.items() if k not in (TAUGHT_TERMS, SIGNED_AS_APPROVER)}
    participant = Participant.model_validate(fields)
    session.add(participant)
    session.flush()
    taught = list(data.get(TAUGHT_TERMS, []))
    if taught:
        session.execute(
            update(Term)
            .where(col(Term.id).in_(taught), col(Term.taught_by).is_(None))
            .values(taught_by=participant.id)
        )
    signed = list(data.get(SIGNED_AS_APPROVER, []))
    if signed:
        session.execute(
            update(SignOff)
            .where(col(SignOff.id).in_(signed), col(SignOff.participant_id).is_(None))
            .values(participant_id=participant.id)
        )
    session.commit()
    return participant
