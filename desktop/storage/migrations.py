"""Schema upgrades, keyed by `PRAGMA user_version` (the calibre way).

`STEPS[n]` upgrades a file from version n to n + 1. Steps are frozen SQL, never
built from the current models, because they must still describe the past when
the models have moved on. All steps of one open run in one transaction on the
working copy; the document is rewritten only when the user next saves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping

from desktop.storage.identity import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]

# Version 1 is the first released format; no upgrades exist yet. A later issue that
# changes the tables adds `1: _v1_to_v2` here and bumps identity.SCHEMA_VERSION.
STEPS: Mapping[int, Step] = {}


class MigrationError(RuntimeError):
    pass


def migrate(
    conn: sqlite3.Connection,
    *,
    target: int = SCHEMA_VERSION,
    steps: Mapping[int, Step] = STEPS,
) -> int:
    """Upgrade `conn`'s database to `target` in one transaction; return the old version.

    `conn` must be in autocommit mode (isolation_level=None) so we own BEGIN/COMMIT.
    """
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
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(current)
