"""Tables of leadership sign-off: decisions, the services they cover, and sign-offs."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from pydantic import NaiveDatetime
from sqlalchemy import String
from sqlmodel import Field, SQLModel

from desktop.core.models import Row
from desktop.core.values import DecisionStatus, Outcome  # noqa: F401 (re-exported)


class Decision(Row, table=True):
    """What leadership decides, and the resources it puts behind it."""

    title: str = ""
    text: str = ""
    resources_dkk: int | None = None  # amount prioritised, whole kroner
    resources_hours: float | None = None  # staff hours
    resources_fte: float | None = None  # full-time equivalents
    resources_text: str = ""  # anything else, in words
    conditions: str = ""
    owner: str = ""
    position: int = 0


class DecisionService(SQLModel, table=True):
    """A service on the delivery board that a decision covers."""

    __tablename__ = "decision_service"

    decision_id: str = Field(foreign_key="decision.id", ondelete="CASCADE", primary_key=True)
    service_id: str = Field(foreign_key="service.id", ondelete="CASCADE", primary_key=True)


class ResourceFrame(Row, table=True):
    """The frame leadership sets for all decisions together: a budget, staff hours and FTE
    (årsværk). At most one row; a measure left empty (None) has no limit."""

    __tablename__ = "resource_frame"

    budget_dkk: int | None = None  # whole kroner
    hours: float | None = None  # staff hours
    fte: float | None = None  # full-time equivalents


class SignOff(Row, table=True):
    """One approver's answer to a decision, with a fingerprint of what they saw."""

    __tablename__ = "sign_off"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"outcome": Outcome}

    decision_id: str = Field(foreign_key="decision.id", ondelete="CASCADE", index=True)
    participant_id: str | None = Field(
        default=None, foreign_key="participant.id", ondelete="SET NULL"
    )
    approver_name: str = ""
    approver_title: str = ""
    outcome: str = Field(default=Outcome.APPROVED.value, sa_type=String)  # an Outcome
    comment: str = ""
    signed_at: NaiveDatetime | None = None  # local wall-clock time, as the facilitator sees it
    # A fingerprint to detect later change, not a cryptographic signature (core/signoff.py).
    content_hash: str = ""  # sha256 hex of signed_content
    # The canonical JSON that was fingerprinted: sha256(signed_content) == content_hash.
    signed_content: str = ""
    # {service id: title} at signing, to name a covered service later even if it is deleted.
    # Not part of the fingerprint: renaming a card does not change what was decided.
    signed_service_titles: str = ""
