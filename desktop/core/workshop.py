"""The workshop's own details: one row per file."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from desktop.core.models import Workshop
from desktop.core.operations import update_fields

DETAIL_FIELDS = (
    "title",
    "organisation",
    "area",
    "location",
    "starts_at",
    "ends_at",
    "facilitator",
    "purpose",
    "minutes_language",
)


def get_workshop(session: Session) -> Workshop:
    """The workshop row; a file always has exactly one (made when the file is made)."""
    workshop = session.exec(select(Workshop)).first()
    if workshop is None:
        # A file written by hand with sqlite3 may lack it; make one rather than fail.
        workshop = Workshop()
        session.add(workshop)
        session.commit()
    return workshop


def update_workshop(session: Session, **changes: Any) -> Workshop:
    unknown = set(changes) - set(DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"not workshop details: {sorted(unknown)}")
    return update_fields(session, get_workshop(session), changes)
