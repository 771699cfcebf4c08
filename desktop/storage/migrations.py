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


STEPS: Mapping[int, Step] = {1: _v1_to_v2}


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
