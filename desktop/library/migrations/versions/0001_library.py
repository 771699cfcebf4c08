"""The library's first schema: terms, term proposals, templates, workshop outcomes with their
services and decisions; the three group roles, their grants and row-level security.

Revision ID: 0001
Revises:
Create Date: 2026-12-05

Frozen: the tables as desktop.library.server_schema made them at this revision (printed with
SQLAlchemy's CreateTable for PostgreSQL), never built from the models, so 0001 stays what it
was when the models move on (a migration never changes after it has run somewhere);
tests/library/test_admin.py checks that the models and the migrations agree.
"""

from __future__ import annotations

from alembic import op

SCHEMA = "tvaers_library"
READER, CONTRIBUTOR, STEWARD = "tvaers_reader", "tvaers_contributor", "tvaers_steward"
ROLES = (READER, CONTRIBUTOR, STEWARD)
OWNED_TABLES = ("term_proposals", "workshop_outcomes", "outcome_services", "outcome_decisions")
STEWARD_TABLES = ("terms", "templates")
TABLES = (
    "CREATE TABLE tvaers_library.templates (\n\tid UUID NOT NULL, \n\tkind TEXT NOT NULL, \n\ttitle TEXT NOT NULL, \n\tbody JSONB NOT NULL, \n\tpublished_by TEXT DEFAULT current_user NOT NULL, \n\tpublished_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, \n\tcontent_hash TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tCONSTRAINT template_kind CHECK (kind IN ('canvas', 'make_or_buy'))\n)",
    "CREATE TABLE tvaers_library.term_proposals (\n\tid UUID NOT NULL, \n\tterm_id UUID, \n\tside TEXT DEFAULT '' NOT NULL, \n\tterm TEXT NOT NULL, \n\texplanation TEXT DEFAULT '' NOT NULL, \n\texample TEXT DEFAULT '' NOT NULL, \n\tsource TEXT DEFAULT '' NOT NULL, \n\tarea TEXT DEFAULT '' NOT NULL, \n\tcounterpart_id UUID, \n\torigin_workshop_id UUID, \n\torigin_workshop_title TEXT DEFAULT '' NOT NULL, \n\tbase_hash TEXT, \n\tcontent_hash TEXT NOT NULL, \n\towner TEXT DEFAULT current_user NOT NULL, \n\tproposed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, \n\tstate TEXT DEFAULT 'proposed' NOT NULL, \n\tother_text JSONB, \n\tdecided_by TEXT, \n\tdecided_at TIMESTAMP WITH TIME ZONE, \n\tPRIMARY KEY (id), \n\tCONSTRAINT proposal_state CHECK (state IN ('proposed', 'approved', 'rejected', 'disputed'))\n)",
    "CREATE INDEX term_proposals_owner ON tvaers_library.term_proposals (owner)",
    "CREATE INDEX term_proposals_state ON tvaers_library.term_proposals (state)",
    "CREATE INDEX term_proposals_term ON tvaers_library.term_proposals (term_id)",
    "CREATE TABLE tvaers_library.terms (\n\tid UUID NOT NULL, \n\tside TEXT DEFAULT '' NOT NULL, \n\tterm TEXT NOT NULL, \n\texplanation TEXT DEFAULT '' NOT NULL, \n\texample TEXT DEFAULT '' NOT NULL, \n\tsource TEXT DEFAULT '' NOT NULL, \n\tarea TEXT DEFAULT '' NOT NULL, \n\tcounterpart_id UUID, \n\torigin_workshop_id UUID, \n\torigin_workshop_title TEXT DEFAULT '' NOT NULL, \n\tpublished_by TEXT DEFAULT current_user NOT NULL, \n\tpublished_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, \n\tcontent_hash TEXT NOT NULL, \n\tPRIMARY KEY (id)\n)",
    "CREATE INDEX terms_area ON tvaers_library.terms (area)",
    "CREATE INDEX terms_term_lower ON tvaers_library.terms (lower(term))",
    "CREATE TABLE tvaers_library.workshop_outcomes (\n\tworkshop_id UUID NOT NULL, \n\ttitle TEXT NOT NULL, \n\tarea TEXT DEFAULT '' NOT NULL, \n\theld_on DATE, \n\towner TEXT DEFAULT current_user NOT NULL, \n\tpublished_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, \n\tcontent_hash TEXT NOT NULL, \n\tPRIMARY KEY (workshop_id)\n)",
    "CREATE INDEX workshop_outcomes_area ON tvaers_library.workshop_outcomes (area)",
    "CREATE TABLE tvaers_library.outcome_decisions (\n\tid UUID NOT NULL, \n\tworkshop_id UUID NOT NULL, \n\ttitle TEXT NOT NULL, \n\tsignoff_state TEXT DEFAULT '' NOT NULL, \n\towner TEXT DEFAULT current_user NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(workshop_id) REFERENCES tvaers_library.workshop_outcomes (workshop_id) ON DELETE CASCADE\n)",
    "CREATE INDEX outcome_decisions_state ON tvaers_library.outcome_decisions (signoff_state)",
    "CREATE INDEX outcome_decisions_workshop ON tvaers_library.outcome_decisions (workshop_id)",
    "CREATE TABLE tvaers_library.outcome_services (\n\tid UUID NOT NULL, \n\tworkshop_id UUID NOT NULL, \n\ttitle TEXT NOT NULL, \n\tarea TEXT DEFAULT '' NOT NULL, \n\tplacement TEXT DEFAULT '' NOT NULL, \n\tannual_cost_dkk NUMERIC(16, 2), \n\tcontract_end DATE, \n\tbusiness_case_room_dkk NUMERIC(16, 2), \n\towner TEXT DEFAULT current_user NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(workshop_id) REFERENCES tvaers_library.workshop_outcomes (workshop_id) ON DELETE CASCADE\n)",
    "CREATE INDEX outcome_services_portfolio ON tvaers_library.outcome_services (area, placement)",
    "CREATE INDEX outcome_services_workshop ON tvaers_library.outcome_services (workshop_id)",
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
    for statement in TABLES:
        op.execute(statement)
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
