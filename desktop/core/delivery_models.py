"""Tables of the delivery board: services, the needs they answer, and make-or-buy criteria."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from sqlalchemy import String, text
from sqlmodel import Field, SQLModel

from desktop.core.models import Row
from desktop.core.values import Agreement, Leaning, Placement, TenderRegime, TenderStep


class Service(Row, table=True):
    """A card on the delivery board: one service (ydelse) and where it is delivered from."""

    __choices__: ClassVar[dict[str, type[StrEnum]]] = {
        "placement": Placement,
        "agreement": Agreement,
    }

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

    # -- the contract in force today (schema 7); dates are ISO, "" when not known -----------
    current_supplier: str = Field(default="", sa_column_kwargs={"server_default": ""})
    contract_start: str = Field(default="", sa_column_kwargs={"server_default": ""})
    contract_end: str = Field(default="", sa_column_kwargs={"server_default": ""})  # this period
    # The current contract's length as typed ("2+1+1"), and how many of its options are used.
    current_contract_typed: str = Field(default="", sa_column_kwargs={"server_default": ""})
    options_used: int | None = None
    notice_months: int | None = None  # notice period (opsigelsesvarsel), whole months
    agreement: str = Field(  # an Agreement that may cover the service without a tender
        default=Agreement.UNKNOWN.value,
        sa_type=String,
        sa_column_kwargs={"server_default": Agreement.UNKNOWN.value},
    )
    agreement_name: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # The day the new delivery must start; "" means the day after `contract_end`.
    delivery_start: str = Field(default="", sa_column_kwargs={"server_default": ""})

    # -- the business case (schema 7): in-house against buying, over the same years --------
    case_years: int | None = None  # the years both are counted over
    case_baseline_dkk: int | None = None  # what the service costs a year today
    case_fte: float | None = None  # in-house: full-time equivalents (årsværk)
    case_salary_dkk: int | None = None  # in-house: annual salary cost of one FTE
    case_overhead_percent: float | None = None  # in-house: overhead on the salaries
    case_other_dkk: int | None = None  # in-house: other annual costs
    case_inhouse_once_dkk: int | None = None  # in-house: one-off transition cost
    case_external_dkk: int | None = None  # external: the annual price
    case_external_once_dkk: int | None = None  # external: one-off transition cost
    # The "Omkostninger" criterion takes its score from the business case.
    case_scores_cost: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})


class Measure(Row, table=True):
    """A result to follow up for a service, e.g. the share in a job after 6 months: its
    baseline and target as typed, and the result a follow-up workshop fills in."""

    service_id: str = Field(foreign_key="service.id", ondelete="CASCADE", index=True)
    name: str = ""
    baseline: str = ""
    target: str = ""
    result: str = ""
    position: int = 0


class TenderLeadTime(SQLModel, table=True):
    """A lead time the workshop changed from the calendar's assumption (desktop.core's
    tender calendar): days for one step of a tender under one regime."""

    __tablename__ = "tender_lead_time"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {
        "regime": TenderRegime,
        "step": TenderStep,
    }

    regime: str = Field(primary_key=True, sa_type=String)  # a TenderRegime
    step: str = Field(primary_key=True, sa_type=String)  # a TenderStep
    days: int = 0


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
