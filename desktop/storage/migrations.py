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

# Version 1 is the first released format; no upgrades exist yet. A later issue that
# changes the tables adds `1: _v1_to_v2` here and bumps identity.SCHEMA_VERSION.
# A step runs inside the open transaction: it must use conn.execute, never
# conn.executescript (which commits first) or COMMIT of its own.
STEPS: Mapping[int, Step] = {}


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
