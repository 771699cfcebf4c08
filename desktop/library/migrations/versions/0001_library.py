"""The library's first schema: terms, term proposals, templates, workshop outcomes with their
services and decisions; the three group roles, their grants and row-level security.

Revision ID: 0001
Revises:
Create Date: 2026-12-05

The tables are made from desktop.library.server_schema as it stands at this revision. The day
a 0002 changes a table, copy the tables of today into this file first, so 0001 stays what
it was (a migration never changes after it has run somewhere).
"""

from __future__ import annotations

from alembic import op

from desktop.library.server_schema import (
    CONTRIBUTOR,
    OWNED_TABLES,
    READER,
    ROLES,
    SCHEMA,
    STEWARD,
    STEWARD_TABLES,
    metadata,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ALL_ROLES = ", ".join(ROLES)


def _owner_check(table: str) -> str:
    """Who may write a row of an owned table: its owner; a proposal only while proposed;
    a service or decision only under an outcome of their own."""
    check = "owner = current_user"
    if table == "term_proposals":
        check += " AND state = 'proposed'"
    if table in ("outcome_services", "outcome_decisions"):
        check += (
            f" AND EXISTS (SELECT 1 FROM {SCHEMA}.workshop_outcomes o"
            f" WHERE o.workshop_id = {table}.workshop_id AND o.owner = current_user)"
        )
    return check


def upgrade() -> None:
    for role in ROLES:  # cluster-wide: another database's library may have made them
        op.execute(
            f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
    op.execute(f"GRANT {READER} TO {CONTRIBUTOR}")
    op.execute(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {ALL_ROLES}")
    metadata.create_all(bind=op.get_bind())
    op.execute(f"GRANT SELECT ON {SCHEMA}.alembic_version TO {ALL_ROLES}")
    for table in STEWARD_TABLES:
        op.execute(f"GRANT SELECT ON {SCHEMA}.{table} TO {ALL_ROLES}")
        op.execute(f"GRANT INSERT, UPDATE, DELETE ON {SCHEMA}.{table} TO {STEWARD}")
    for table in OWNED_TABLES:
        name = f"{SCHEMA}.{table}"
        op.execute(f"GRANT SELECT ON {name} TO {ALL_ROLES}")
        op.execute(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {CONTRIBUTOR}, {STEWARD}")
        op.execute(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY read_all ON {name} FOR SELECT USING (true)")
        check = _owner_check(table)
        op.execute(
            f"CREATE POLICY own_insert ON {name} FOR INSERT TO {CONTRIBUTOR} WITH CHECK ({check})"
        )
        op.execute(
            f"CREATE POLICY own_update ON {name} FOR UPDATE TO {CONTRIBUTOR} "
            f"USING ({check}) WITH CHECK ({check})"
        )
        op.execute(
            f"CREATE POLICY own_delete ON {name} FOR DELETE TO {CONTRIBUTOR} USING ({check})"
        )
        op.execute(
            f"CREATE POLICY steward_all ON {name} FOR ALL TO {STEWARD} "
            "USING (true) WITH CHECK (true)"
        )


def downgrade() -> None:
    op.execute(f"DROP SCHEMA {SCHEMA} CASCADE")
