"""The workshop's tables (SQLModel). Every row has a UUID key and timestamps.

UUID keys let two workshop files be merged later without clashes. Free text is
stored exactly as typed: nothing here trims or re-encodes it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import ClassVar

from pydantic import NaiveDatetime
from sqlalchemy import String
from sqlmodel import Field, SQLModel

from desktop.core.values import ActionStatus, Side, TermSide, TermStatus


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class Row(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Workshop(Row, table=True):
    """The one row that describes the workshop itself."""

    title: str = ""
    organisation: str = ""
    area: str = ""
    location: str = ""
    # Wall-clock time in the workshop room, as the facilitator typed it: no time zone.
    starts_at: NaiveDatetime | None = None
    ends_at: NaiveDatetime | None = None
    facilitator: str = ""
    purpose: str = ""
    minutes_language: str = "da"


class Participant(Row, table=True):
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"side": Side}

    name: str = ""
    role: str = ""
    department: str = ""
    # A Side value, stored as plain text ('procurement') so the file reads well in sqlite3.
    side: str = Field(default=Side.OTHER.value, sa_type=String)
    email: str = ""
    phone: str = ""
    present: bool = True
    position: int = 0


class ActionItem(Row, table=True):
    __tablename__ = "action_item"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"status": ActionStatus}

    what: str = ""
    owner: str = ""
    due: date | None = None
    status: str = Field(default=ActionStatus.OPEN.value, sa_type=String)  # an ActionStatus
    position: int = 0


class Term(Row, table=True):
    """A word one side teaches the other, explained for the other side."""

    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"side": TermSide, "status": TermStatus}

    side: str = Field(default=TermSide.PROCUREMENT.value, sa_type=String)  # a TermSide
    term: str = ""
    explanation: str = ""
    example: str = ""
    source: str = ""
    status: str = Field(default=TermStatus.PROPOSED.value, sa_type=String)  # a TermStatus
    taught_by: str | None = Field(
        default=None, foreign_key="participant.id", ondelete="SET NULL", index=True
    )
    # Symmetric: when A's counterpart is B, B's is A. At most one each.
    counterpart_id: str | None = Field(
        default=None, foreign_key="term.id", ondelete="SET NULL", index=True
    )
    position: int = 0
