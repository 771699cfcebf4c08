"""Tables of the market dialogue: the meetings with suppliers about a service, and what the
municipality told them.

What was told is kept as separate pieces of information linked to the meetings where they
were given, so that a piece given to one supplier and not to the others can be found (equal
treatment, udbudsloven §§ 39-40) and then given to all.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from desktop.core.models import Row


class DialogueMeeting(Row, table=True):
    """One meeting of the market dialogue about a service, with one supplier."""

    __tablename__ = "dialogue_meeting"

    service_id: str = Field(foreign_key="service.id", ondelete="CASCADE", index=True)
    held_on: str = ""  # ISO date, "" when not set
    supplier: str = ""
    attendees: str = ""  # who took part, as typed
    questions: str = ""  # what the supplier asked
    position: int = 0


class DialogueInfo(Row, table=True):
    """A piece of information the municipality gave in the dialogue about a service."""

    __tablename__ = "dialogue_info"

    service_id: str = Field(foreign_key="service.id", ondelete="CASCADE", index=True)
    text: str = ""
    # The day it was given to every supplier (e.g. with the tender material); "" until then.
    shared_on: str = ""
    position: int = 0


class DialogueTold(SQLModel, table=True):
    """A piece of information given at a meeting."""

    __tablename__ = "dialogue_told"

    info_id: str = Field(foreign_key="dialogue_info.id", ondelete="CASCADE", primary_key=True)
    meeting_id: str = Field(foreign_key="dialogue_meeting.id", ondelete="CASCADE", primary_key=True)
