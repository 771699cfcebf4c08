"""Tables of the delivery board: services, the needs they answer, and make-or-buy criteria."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from sqlalchemy import String
from sqlmodel import Field, SQLModel

from desktop.core.models import Row
from desktop.core.values import Leaning, Placement


class Service(Row, table=True):
    """A card on the delivery board: one service (ydelse) and where it is delivered from."""

    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"placement": Placement}

    title: str = ""
    description: str = ""
    target_group: str = ""
    placement: str = Field(default=Placement.UNDECIDED.value, sa_type=String)  # a Placement
    rationale: str = ""
    annual_cost_dkk: int | None = None  # estimated, whole kroner; None: not estimated
    contract_years: float | None = None  # including options: the sum of what was typed
    volume: str = ""  # free text, e.g. "40 forløb/år"
    owner: str = ""
    cpv_code: str = ""  # 8 digits, optionally "-N" check digit, as typed
    position: int = 0  # order within its column
    # The contract's length as typed, e.g. "2+1+1" (base period plus options); "" when only
    # the number is known. `contract_years` is always its sum (desktop.core.delivery).
    contract_years_typed: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # When the tender is planned to be announced (ISO date), the day that decides which
    # thresholds apply; "" means the workshop's own date (desktop.core.thresholds).
    announcement_date: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # On a mixed card: the per cent of the annual cost that is bought (the rest is delivered
    # in-house); only the bought part counts towards the thresholds. None: not yet known.
    bought_share_percent: int | None = None


class ServiceNote(SQLModel, table=True):
    """A need (a note on a canvas) that a service answers."""

    __tablename__ = "service_note"

    service_id: str = Field(foreign_key="service.id", ondelete="CASCADE", primary_key=True)
    note_id: str = Field(foreign_key="note.id", ondelete="CASCADE", primary_key=True)


class Criterion(Row, table=True):
    """A make-or-buy criterion of this workshop, with its weight."""

    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"favours": Leaning}

    key: str = ""  # the starting set's key, e.g. "market_maturity"; "" for one added by hand
    title: str = ""
    description: str = ""
    weight: float = 1.0  # 0 leaves the criterion out of the weighted score
    # A Leaning: a score of 5 speaks for this placement, 1 for the other one.
    favours: str = Field(default=Leaning.INTERNAL.value, sa_type=String)
    position: int = 0


class CriterionScore(SQLModel, table=True):
    """A service's score (1-5) on one criterion."""

    __tablename__ = "criterion_score"

    service_id: str = Field(foreign_key="service.id", ondelete="CASCADE", primary_key=True)
    criterion_id: str = Field(foreign_key="criterion.id", ondelete="CASCADE", primary_key=True)
    score: int = 3
