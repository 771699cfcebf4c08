"""Print the CREATE statements SQLModel makes for the current tables.

    python build/print_schema.py [TABLE ...]

For writing a migration step: paste the statements of the new or changed tables into
desktop/storage/migrations.py as frozen SQL (never import the models there).
"""

from __future__ import annotations

import sqlite3
import sys

from sqlmodel import SQLModel, create_engine

import desktop.core.tables  # noqa: F401  (registers every table)


def statements(tables: list[str]) -> list[str]:
    engine = create_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    raw = engine.raw_connection()
    try:
        assert isinstance(raw.driver_connection, sqlite3.Connection)
        rows = raw.driver_connection.execute(
            "SELECT tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
    finally:
        raw.close()
    return [sql for table, sql in rows if not tables or table in tables]


if __name__ == "__main__":
    for sql in statements(sys.argv[1:]):
        print(repr(sql))
