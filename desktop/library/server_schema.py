"""The library's tables on the PostgreSQL server (SQLAlchemy Core), in the schema `tvaers_library`.

Every row has a UUID key chosen by the laptop that made it and a `content_hash` (hex SHA-256
of its content, see content_hash()), so a publish that is cut off and retried, or repeated,
changes nothing. Rows say who made them with the server's own `current_user` (the database
role), never a name the laptop claims. Participants' e-mail and phone have no column here.
The roles, grants and row-level security policies are made by migrations/versions/0001_*.py;
docs/LIBRARY.md describes the whole.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    Numeric,
    Table,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID

# One fingerprint for an outbox entry and the row it becomes: the same canonical JSON hashed.
from desktop.library.outbox import content_hash as content_hash

SCHEMA = "tvaers_library"
READER = "tvaers_reader"
CONTRIBUTOR = "tvaers_contributor"
STEWARD = "tvaers_steward"
ROLES = (READER, CONTRIBUTOR, STEWARD)
PROPOSAL_STATES = ("proposed", "approved", "rejected", "disputed")
TEMPLATE_KINDS = ("canvas", "make_or_buy")

metadata = MetaData(schema=SCHEMA)


def _text(name: str) -> Column[Any]:
    return Column(name, Text, nullable=False, server_default="")


def _who(name: str) -> Column[Any]:
    return Column(name, Text, nullable=False, server_default=text("current_user"))


def _when(name: str) -> Column[Any]:
    return Column(name, DateTime(timezone=True), nullable=False, server_default=func.now())


def _term_text() -> list[Column[Any]]:
    return [
        _text("side"),
        Column("term", Text, nullable=False),
        _text("explanation"),
        _text("example"),
        _text("source"),
        _text("area"),
        Column("counterpart_id", UUID(as_uuid=True)),
        Column("origin_workshop_id", UUID(as_uuid=True)),
        _text("origin_workshop_title"),
    ]


terms = Table(
    "terms",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    *_term_text(),
    _who("published_by"),
    _when("published_at"),
    Column("content_hash", Text, nullable=False),
)
Index("terms_term_lower", func.lower(terms.c.term))
Index("terms_area", terms.c.area)
# Migration 0002 (docs/SCALING.md): a pull of what changed since (published_at, id), and a
# steward merging terms looks up who points at a term.
Index("terms_published", terms.c.published_at, terms.c.id)
Index("terms_counterpart", terms.c.counterpart_id)

term_proposals = Table(
    "term_proposals",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    # The library term this changes; NULL for a new term.
    Column("term_id", UUID(as_uuid=True)),
    *_term_text(),
    # The library term's content_hash the contributor started from: approving a change whose
    # term has moved on since makes it disputed instead of overwriting.
    Column("base_hash", Text),
    Column("content_hash", Text, nullable=False),
    _who("owner"),
    _when("proposed_at"),
    Column("state", Text, nullable=False, server_default="proposed"),
    # For a dispute: the competing text (the library term's as it was), kept beside this one.
    Column("other_text", JSONB),
    Column("decided_by", Text),
    Column("decided_at", DateTime(timezone=True)),
    CheckConstraint(
        "state IN ('proposed', 'approved', 'rejected', 'disputed')", name="proposal_state"
    ),
)
Index("term_proposals_state", term_proposals.c.state)
Index("term_proposals_owner", term_proposals.c.owner)
Index("term_proposals_term", term_proposals.c.term_id)
# Migration 0002: the steward's queue in order without sorting every decided proposal, and a
# workshop's own proposals (what became of what it proposed).
Index(
    "term_proposals_queue",
    term_proposals.c.proposed_at,
    postgresql_where=term_proposals.c.state.in_(("proposed", "disputed")),
)
Index("term_proposals_workshop", term_proposals.c.origin_workshop_id)

templates = Table(
    "templates",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("kind", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("body", JSONB, nullable=False),
    _who("published_by"),
    _when("published_at"),
    Column("content_hash", Text, nullable=False),
    CheckConstraint("kind IN ('canvas', 'make_or_buy')", name="template_kind"),
)

outcomes = Table(
    "workshop_outcomes",
    metadata,
    Column("workshop_id", UUID(as_uuid=True), primary_key=True),
    Column("title", Text, nullable=False),
    _text("area"),
    Column("held_on", Date),
    _who("owner"),
    _when("published_at"),
    Column("content_hash", Text, nullable=False),
)
Index("workshop_outcomes_area", outcomes.c.area)


def _outcome_part(name: str, *columns: Column[Any]) -> Table:
    return Table(
        name,
        metadata,
        Column("id", UUID(as_uuid=True), primary_key=True),
        Column(
            "workshop_id",
            UUID(as_uuid=True),
            ForeignKey(f"{SCHEMA}.workshop_outcomes.workshop_id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("title", Text, nullable=False),
        *columns,
        _who("owner"),
    )


services = _outcome_part(
    "outcome_services",
    _text("area"),
    _text("placement"),
    Column("annual_cost_dkk", Numeric(16, 2)),
    Column("contract_end", Date),
    # The business case's economic room of the placement chosen, kroner; NULL: not computable.
    Column("business_case_room_dkk", Numeric(16, 2)),
)
Index("outcome_services_portfolio", services.c.area, services.c.placement)
Index("outcome_services_workshop", services.c.workshop_id)

decisions = _outcome_part("outcome_decisions", _text("signoff_state"))
Index("outcome_decisions_state", decisions.c.signoff_state)
Index("outcome_decisions_workshop", decisions.c.workshop_id)

# Contributors insert these and change or delete only their own rows (row-level security).
OWNED_TABLES = ("term_proposals", "workshop_outcomes", "outcome_services", "outcome_decisions")
# Only stewards write these; everyone reads them.
STEWARD_TABLES = ("terms", "templates")
