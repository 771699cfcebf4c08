"""Indexes for the steward's queue, a workshop's own proposals, a pull of what changed and a
merge's look-up (docs/SCALING.md, "Indexes"); and only the library's roles may connect.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05

Frozen SQL like 0001. The database's CONNECT is taken from PUBLIC and given to the three
group roles: on a cluster shared with other systems, a login that is in none of them can no
longer open the library's database. (On a cluster shared by several municipalities the group
roles are cluster-wide, so IT still grants CONNECT per municipality; docs/LIBRARY.md says how.)
Only the database's owner may change CONNECT: run by anyone else, init says nothing and the
database keeps its CONNECT as it was, which IT can then set by hand.
"""

from __future__ import annotations

from alembic import op

SCHEMA = "tvaers_library"
ROLES = "tvaers_reader, tvaers_contributor, tvaers_steward"
INDEXES = (
    "CREATE INDEX terms_published ON tvaers_library.terms (published_at, id)",
    "CREATE INDEX terms_counterpart ON tvaers_library.terms (counterpart_id)",
    "CREATE INDEX term_proposals_queue ON tvaers_library.term_proposals (proposed_at)"
    " WHERE state IN ('proposed', 'disputed')",
    "CREATE INDEX term_proposals_workshop ON tvaers_library.term_proposals (origin_workshop_id)",
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# current_database() cannot be a GRANT's object directly; format() quotes its name.
_CONNECT = f"""
DO $$
BEGIN
  IF pg_catalog.pg_has_role(current_user, (SELECT datdba FROM pg_catalog.pg_database
                                           WHERE datname = current_database()), 'MEMBER') THEN
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO {ROLES}', current_database());
  END IF;
END $$
"""


def upgrade() -> None:
    for statement in INDEXES:
        op.execute(statement)
    op.execute(_CONNECT)


def downgrade() -> None:
    for statement in INDEXES:
        op.execute(f"DROP INDEX {SCHEMA}.{statement.split()[2]}")
    op.execute(
        "DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO PUBLIC', "
        "current_database()); END $$"
    )
