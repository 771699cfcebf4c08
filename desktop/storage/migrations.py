"""Schema upgrades, keyed by `PRAGMA user_version` (the calibre way).

`STEPS[n]` upgrades a file from version n to n + 1. Steps are frozen SQL, never
built from the current models, because they must still describe the past when
the models have moved on. All steps of one open run in one transaction on the
working copy; the document is rewritten only when the user next saves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping

from desktop.storage import identity

Step = Callable[[sqlite3.Connection], None]

# A step runs inside the open transaction: it must use conn.execute, never
# conn.executescript (which commits first) or COMMIT of its own. A new step also
# bumps identity.SCHEMA_VERSION and gets a fixture in tests/fixtures/make_fixtures.py.


# Version 1 (Tværs 0.1): the workshop, its participants and action items, as SQLAlchemy wrote
# them then. Frozen: never regenerate. Not run on any user's file; desktop.storage.schema_check
# builds each version's expected schema from these and the steps below.
V1_STATEMENTS = (
    "CREATE TABLE workshop (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\torganisation VARCHAR NOT NULL, \n\tarea VARCHAR NOT NULL, \n\tlocation VARCHAR NOT NULL, \n\tstarts_at DATETIME, \n\tends_at DATETIME, \n\tfacilitator VARCHAR NOT NULL, \n\tpurpose VARCHAR NOT NULL, \n\tminutes_language VARCHAR NOT NULL, \n\tPRIMARY KEY (id)\n)",
    "CREATE TABLE participant (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\tname VARCHAR NOT NULL, \n\trole VARCHAR NOT NULL, \n\tdepartment VARCHAR NOT NULL, \n\tside VARCHAR NOT NULL, \n\temail VARCHAR NOT NULL, \n\tphone VARCHAR NOT NULL, \n\tpresent BOOLEAN NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)",
    "CREATE TABLE action_item (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\twhat VARCHAR NOT NULL, \n\towner VARCHAR NOT NULL, \n\tdue DATE, \n\tstatus VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)",
)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Version 2 (Tværs 0.2): the two-way glossary."""
    conn.execute(
        "CREATE TABLE term (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, "
        "\n\tupdated_at DATETIME NOT NULL, \n\tside VARCHAR NOT NULL, "
        "\n\tterm VARCHAR NOT NULL, \n\texplanation VARCHAR NOT NULL, "
        "\n\texample VARCHAR NOT NULL, \n\tsource VARCHAR NOT NULL, "
        "\n\tstatus VARCHAR NOT NULL, \n\ttaught_by VARCHAR, \n\tcounterpart_id VARCHAR, "
        "\n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id), "
        "\n\tFOREIGN KEY(taught_by) REFERENCES participant (id) ON DELETE SET NULL, "
        "\n\tFOREIGN KEY(counterpart_id) REFERENCES term (id) ON DELETE SET NULL\n)"
    )
    conn.execute("CREATE INDEX ix_term_taught_by ON term (taught_by)")
    conn.execute("CREATE INDEX ix_term_counterpart_id ON term (counterpart_id)")


# Version 3 (Tværs 0.3): needs canvas, delivery board, leadership sign-off. Frozen: printed by
# build/print_schema.py when version 3 was made; never regenerate it for a released file.
V3_STATEMENTS = (
    "CREATE TABLE canvas (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\ttemplate_key VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)",
    "CREATE TABLE service (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\tdescription VARCHAR NOT NULL, \n\ttarget_group VARCHAR NOT NULL, \n\tplacement VARCHAR NOT NULL, \n\trationale VARCHAR NOT NULL, \n\tannual_cost_dkk INTEGER, \n\tcontract_years FLOAT, \n\tvolume VARCHAR NOT NULL, \n\towner VARCHAR NOT NULL, \n\tcpv_code VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)",
    'CREATE TABLE criterion (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\t"key" VARCHAR NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\tdescription VARCHAR NOT NULL, \n\tweight FLOAT NOT NULL, \n\tfavours VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)',
    "CREATE TABLE decision (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\ttext VARCHAR NOT NULL, \n\tresources_dkk INTEGER, \n\tresources_hours FLOAT, \n\tresources_fte FLOAT, \n\tresources_text VARCHAR NOT NULL, \n\tconditions VARCHAR NOT NULL, \n\towner VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)",
    'CREATE TABLE zone (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\tcanvas_id VARCHAR NOT NULL, \n\t"key" VARCHAR NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\tprompt VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tx FLOAT NOT NULL, \n\ty FLOAT NOT NULL, \n\twidth FLOAT NOT NULL, \n\theight FLOAT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(canvas_id) REFERENCES canvas (id) ON DELETE CASCADE\n)',
    "CREATE INDEX ix_zone_canvas_id ON zone (canvas_id)",
    "CREATE TABLE criterion_score (\n\tservice_id VARCHAR NOT NULL, \n\tcriterion_id VARCHAR NOT NULL, \n\tscore INTEGER NOT NULL, \n\tPRIMARY KEY (service_id, criterion_id), \n\tFOREIGN KEY(service_id) REFERENCES service (id) ON DELETE CASCADE, \n\tFOREIGN KEY(criterion_id) REFERENCES criterion (id) ON DELETE CASCADE\n)",
    "CREATE TABLE decision_service (\n\tdecision_id VARCHAR NOT NULL, \n\tservice_id VARCHAR NOT NULL, \n\tPRIMARY KEY (decision_id, service_id), \n\tFOREIGN KEY(decision_id) REFERENCES decision (id) ON DELETE CASCADE, \n\tFOREIGN KEY(service_id) REFERENCES service (id) ON DELETE CASCADE\n)",
    "CREATE TABLE sign_off (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\tdecision_id VARCHAR NOT NULL, \n\tparticipant_id VARCHAR, \n\tapprover_name VARCHAR NOT NULL, \n\tapprover_title VARCHAR NOT NULL, \n\toutcome VARCHAR NOT NULL, \n\tcomment VARCHAR NOT NULL, \n\tsigned_at DATETIME, \n\tcontent_hash VARCHAR NOT NULL, \n\tsigned_content VARCHAR NOT NULL, \n\tsigned_service_titles VARCHAR NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(decision_id) REFERENCES decision (id) ON DELETE CASCADE, \n\tFOREIGN KEY(participant_id) REFERENCES participant (id) ON DELETE SET NULL\n)",
    "CREATE INDEX ix_sign_off_decision_id ON sign_off (decision_id)",
    "CREATE TABLE note (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\tcanvas_id VARCHAR NOT NULL, \n\tzone_id VARCHAR, \n\ttext VARCHAR NOT NULL, \n\tkind VARCHAR NOT NULL, \n\tside VARCHAR NOT NULL, \n\tpriority VARCHAR NOT NULL, \n\tvotes INTEGER NOT NULL, \n\tx FLOAT NOT NULL, \n\ty FLOAT NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(canvas_id) REFERENCES canvas (id) ON DELETE CASCADE, \n\tFOREIGN KEY(zone_id) REFERENCES zone (id) ON DELETE SET NULL\n)",
    "CREATE INDEX ix_note_zone_id ON note (zone_id)",
    "CREATE INDEX ix_note_canvas_id ON note (canvas_id)",
    "CREATE TABLE service_note (\n\tservice_id VARCHAR NOT NULL, \n\tnote_id VARCHAR NOT NULL, \n\tPRIMARY KEY (service_id, note_id), \n\tFOREIGN KEY(service_id) REFERENCES service (id) ON DELETE CASCADE, \n\tFOREIGN KEY(note_id) REFERENCES note (id) ON DELETE CASCADE\n)",
)


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    for statement in V3_STATEMENTS:
        conn.execute(statement)


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Version 4 (Tværs 0.4): a service's contract length as typed ("2+1+1"), beside its sum."""
    conn.execute("ALTER TABLE service ADD COLUMN contract_years_typed VARCHAR DEFAULT '' NOT NULL")


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """Version 5 (Tværs 0.5): per service, the planned announcement date of its tender (the
    date that decides which thresholds apply) and, on a mixed card, the share that is bought."""
    conn.execute("ALTER TABLE service ADD COLUMN announcement_date VARCHAR DEFAULT '' NOT NULL")
    conn.execute("ALTER TABLE service ADD COLUMN bought_share_percent INTEGER")


def _v5_to_v6(conn: sqlite3.Connection) -> None:
    """Version 6 (Tværs 0.6): the frame leadership sets for all decisions (budget, hours, FTE);
    the decisions' order is their priority."""
    conn.execute(
        "CREATE TABLE resource_frame (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, "
        "\n\tupdated_at DATETIME NOT NULL, \n\tbudget_dkk INTEGER, \n\thours FLOAT, "
        "\n\tfte FLOAT, \n\tPRIMARY KEY (id)\n)"
    )


# Version 7 (Tværs 0.7): per service the contract in force and its business case; follow-up
# measures, the tender calendar's changed lead times and the market dialogue. Frozen: printed
# by build/print_schema.py when version 7 was made.
V7_SERVICE_COLUMNS = (
    "current_supplier VARCHAR DEFAULT '' NOT NULL",
    "contract_start VARCHAR DEFAULT '' NOT NULL",
    "contract_end VARCHAR DEFAULT '' NOT NULL",
    "current_contract_typed VARCHAR DEFAULT '' NOT NULL",
    "options_used INTEGER",
    "notice_months INTEGER",
    "agreement VARCHAR DEFAULT 'unknown' NOT NULL",
    "agreement_name VARCHAR DEFAULT '' NOT NULL",
    "delivery_start VARCHAR DEFAULT '' NOT NULL",
    "case_years INTEGER",
    "case_baseline_dkk INTEGER",
    "case_fte FLOAT",
    "case_salary_dkk INTEGER",
    "case_overhead_percent FLOAT",
    "case_other_dkk INTEGER",
    "case_inhouse_once_dkk INTEGER",
    "case_external_dkk INTEGER",
    "case_external_once_dkk INTEGER",
    "case_scores_cost BOOLEAN DEFAULT 0 NOT NULL",
)
V7_STATEMENTS = (
    "CREATE TABLE tender_lead_time (\n\tregime VARCHAR NOT NULL, \n\tstep VARCHAR NOT NULL, \n\tdays INTEGER NOT NULL, \n\tPRIMARY KEY (regime, step)\n)",
    "CREATE TABLE measure (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\tservice_id VARCHAR NOT NULL, \n\tname VARCHAR NOT NULL, \n\tbaseline VARCHAR NOT NULL, \n\ttarget VARCHAR NOT NULL, \n\tresult VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(service_id) REFERENCES service (id) ON DELETE CASCADE\n)",
    "CREATE INDEX ix_measure_service_id ON measure (service_id)",
    "CREATE TABLE dialogue_meeting (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\tservice_id VARCHAR NOT NULL, \n\theld_on VARCHAR NOT NULL, \n\tsupplier VARCHAR NOT NULL, \n\tattendees VARCHAR NOT NULL, \n\tquestions VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(service_id) REFERENCES service (id) ON DELETE CASCADE\n)",
    "CREATE INDEX ix_dialogue_meeting_service_id ON dialogue_meeting (service_id)",
    "CREATE TABLE dialogue_info (\n\tid VARCHAR NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n\tservice_id VARCHAR NOT NULL, \n\ttext VARCHAR NOT NULL, \n\tshared_on VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(service_id) REFERENCES service (id) ON DELETE CASCADE\n)",
    "CREATE INDEX ix_dialogue_info_service_id ON dialogue_info (service_id)",
    "CREATE TABLE dialogue_told (\n\tinfo_id VARCHAR NOT NULL, \n\tmeeting_id VARCHAR NOT NULL, \n\tPRIMARY KEY (info_id, meeting_id), \n\tFOREIGN KEY(info_id) REFERENCES dialogue_info (id) ON DELETE CASCADE, \n\tFOREIGN KEY(meeting_id) REFERENCES dialogue_meeting (id) ON DELETE CASCADE\n)",
)


def _v6_to_v7(conn: sqlite3.Connection) -> None:
    for column in V7_SERVICE_COLUMNS:
        conn.execute(f"ALTER TABLE service ADD COLUMN {column}")
    for statement in V7_STATEMENTS:
        conn.execute(statement)


STEPS: Mapping[int, Step] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
    6: _v6_to_v7,
}


class MigrationError(RuntimeError):
    pass


def migrate(
    conn: sqlite3.Connection,
    *,
    target: int | None = None,
    steps: Mapping[int, Step] | None = None,
) -> int:
    """Upgrade `conn`'s database to `target` in one transaction; return the old version.

    `target` defaults to identity.SCHEMA_VERSION and `steps` to STEPS, both looked up
    at call time. `conn` must be in autocommit mode (isolation_level=None) so we own
    BEGIN/COMMIT. If any step fails, nothing of the upgrade remains.
    """
    target = identity.SCHEMA_VERSION if target is None else target
    steps = STEPS if steps is None else steps
    (current,) = conn.execute("PRAGMA user_version").fetchone()
    if current >= target:
        return int(current)
    missing = [v for v in range(current, target) if v not in steps]
    if missing:
        raise MigrationError(f"no upgrade step from version {missing[0]}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(current, target):
            steps[version](conn)
            if not conn.in_transaction:
                raise MigrationError(
                    f"upgrade step from version {version} ended the transaction early"
                )
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return int(current)
