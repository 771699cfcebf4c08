"""Does a file hold exactly the tables of its format, and values the app can show?

A `.tvaers` file is a SQLite database, and a database can carry code: a trigger that
deletes the glossary when a participant is added, a view that never ends, a computed
column of 200 MB. None of that belongs in a workshop, so before a single row is read the
file's schema (sqlite_master) is compared with the one Tværs wrote for the format its
header names (`expected`, by names and declared types, never by SQL text, so a file from
an older Tværs with other whitespace still passes). Only then are the rows read, and only
the expected columns: each value must be of its column's type and in a range the core and
the export can handle (`check_values`).

`expected(version)` builds each format's schema from the upgrade steps themselves.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from desktop.core import money

# A schema as `describe` writes it: table -> its columns, in order: "name:TYPE", "!" if NOT
# NULL, "*N" if the N-th part of the primary key, "=DEFAULT" if it has one (a default is an
# expression SQLite runs on insert), then after " | " its foreign keys, sorted:
# "column>parent.column:ON_DELETE" (a glossary that follows a deleted participant with
# CASCADE instead of SET_NULL would lose terms). index -> "table(column, ...)"; the automatic
# indexes of the primary keys (sqlite_autoindex_*) too: without one it is not Tværs' table.
Schema = tuple[dict[str, str], dict[str, str]]
_EXPECTED: dict[tuple[object, ...], Schema] = {}


def expected(version: int) -> Schema:
    """The schema of file format `version`: version 1's frozen SQL with the upgrade steps
    up to `version` applied (desktop.storage.migrations), in a database in memory. The
    steps are the history of the format, so nothing else has to be kept in step with them;
    tests/reliability/test_hostile_files.py checks the result against the fixture of every
    released version and against the current models."""
    from desktop.storage import migrations

    steps = migrations.STEPS
    key = (version, *(steps.get(v) for v in range(1, version)))
    found = _EXPECTED.get(key)
    if found is None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for statement in migrations.V1_STATEMENTS:
                conn.execute(statement)
            conn.execute("PRAGMA user_version = 1")
            migrations.migrate(conn, target=version)
            found = _EXPECTED[key] = describe(conn)
        finally:
            conn.close()
    return found


def known_versions() -> list[int]:
    from desktop.storage import identity, migrations

    return [v for v in range(1, identity.SCHEMA_VERSION + 1) if v == 1 or v - 1 in migrations.STEPS]


# SQLite's own bookkeeping a plain ANALYZE or AUTOINCREMENT adds: data for the query
# planner, never code.
_SQLITE_OWN = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat4")


class SchemaProblem(Exception):
    """The file's schema is not its format's. `harmful`: it holds code or objects no
    workshop has (refused to protect the user's data), else it is damaged."""

    def __init__(self, da: str, en: str, *, harmful: bool) -> None:
        super().__init__(en)
        self.da, self.en, self.harmful = da, en, harmful


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


# -- describing a database's schema --------------------------------------------------------


def describe(conn: sqlite3.Connection) -> tuple[dict[str, str], dict[str, str]]:
    """The tables and indexes of `conn`'s database, written as in `EXPECTED`.

    Only call this after `check_schema`'s first part found no view or virtual table:
    PRAGMA table_xinfo of a view prepares its SELECT."""
    tables: dict[str, str] = {}
    indexes: dict[str, str] = {}
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for kind, name, table in ((_text(a), _text(b), _text(c)) for a, b, c in rows):
        if kind == "table" and name not in _SQLITE_OWN:
            tables[name] = _columns(conn, name)
        elif kind == "index":
            info = conn.execute(f"PRAGMA index_info({_quoted(name)})").fetchall()
            columns = ", ".join("?" if r[2] is None else _text(r[2]) for r in info)
            indexes[name] = f"{table}({columns})"
    return tables, indexes


def _columns(conn: sqlite3.Connection, table: str) -> str:
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if sql and sql[0] is not None and _CHECK.search(_text(sql[0])):
        raise SchemaProblem(
            f"en regel (CHECK) i tabellen »{table}«",
            f"a rule (CHECK) in the table '{table}'",
            harmful=True,
        )
    parts = []
    for _cid, name, kind, notnull, default, pk, hidden in conn.execute(
        f"PRAGMA table_xinfo({_quoted(table)})"
    ):
        if hidden:  # a generated (computed) column: never one of ours
            raise SchemaProblem(
                f"en beregnet kolonne »{_text(name)}« i tabellen »{table}«",
                f"a computed column '{_text(name)}' in the table '{table}'",
                harmful=True,
            )
        spec = f"{_text(name)}:{_text(kind).upper()}"
        if notnull:
            spec += "!"
        if pk:
            spec += f"*{pk}"
        if default is not None:
            spec += f"={_text(default)}"
        parts.append(spec)
    keys = sorted(
        f"{_text(r[3])}>{_text(r[2])}.{_text(r[4])}:{_action(r[6])}" + _on_update(r[5])
        for r in conn.execute(f"PRAGMA foreign_key_list({_quoted(table)})")
    )
    return " ".join(parts) + (" | " + " ".join(keys) if keys else "")


def _action(value: object) -> str:
    return _text(value).upper().replace(" ", "_")


def _on_update(value: object) -> str:
    """Tværs' keys never act on update; one that does is written out, so it differs."""
    action = _action(value)
    return "" if action == "NO_ACTION" else f"/ON_UPDATE_{action}"


# -- the schema check ------------------------------------------------------------------------

_CHECK = re.compile(r"\bCHECK\b", re.IGNORECASE)
_WHERE = re.compile(r"\bWHERE\b", re.IGNORECASE)
_KINDS_DA = {"trigger": "en trigger", "view": "en visning (view)"}


def check_schema(conn: sqlite3.Connection, version: int) -> None:
    """Raise SchemaProblem unless `conn`'s schema is exactly format `version`'s.

    Reads only sqlite_master and the PRAGMAs of the tables and indexes named there; no
    row of any table, and no view or trigger is ever run."""
    expected_tables, expected_indexes = expected(version)
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind_raw, name_raw, _table, sql in rows:
        kind, name = _text(kind_raw), _text(name_raw)
        if kind in _KINDS_DA:
            raise SchemaProblem(
                f"{_KINDS_DA[kind]} ved navn »{name}«",
                f"a {kind} named '{name}'",
                harmful=True,
            )
        if kind == "table" and _text(sql or "").lstrip().upper().startswith("CREATE VIRTUAL"):
            raise SchemaProblem(
                f"en virtuel tabel ved navn »{name}«",
                f"a virtual table named '{name}'",
                harmful=True,
            )
        if kind not in ("table", "index"):
            raise SchemaProblem(f"»{name}«", f"'{name}'", harmful=True)
        if kind == "index" and sql is not None and _WHERE.search(_text(sql)):
            raise SchemaProblem(
                f"et delvist indeks ved navn »{name}«",
                f"a partial index named '{name}'",
                harmful=True,
            )
    tables, indexes = describe(conn)
    missing = [n for n in expected_tables if n not in tables]
    if missing:
        raise SchemaProblem(
            f"tabellen »{missing[0]}« mangler",
            f"the table '{missing[0]}' is missing",
            harmful=False,
        )
    for name in tables:
        if name not in expected_tables:
            _unexpected("tabellen", "table", name, version, in_tables=True)
    for name in indexes:
        if name not in expected_indexes:
            _unexpected("indekset", "index", name, version, in_tables=False)
    for name, columns in expected_tables.items():
        if tables[name] != columns:
            raise SchemaProblem(
                f"tabellen »{name}« passer ikke til filformat {version}",
                f"the table '{name}' does not match file format {version}",
                harmful=False,
            )
    for name, columns in expected_indexes.items():
        if indexes.get(name) != columns:
            raise SchemaProblem(
                f"indekset »{name}« mangler eller er forkert",
                f"the index '{name}' is missing or wrong",
                harmful=False,
            )


def _unexpected(kind_da: str, kind_en: str, name: str, version: int, *, in_tables: bool) -> None:
    ours = any(
        name in (tables if in_tables else indexes)
        for tables, indexes in map(expected, known_versions())
    )
    if ours:  # a table of another format: the header names the wrong format
        raise SchemaProblem(
            f"{kind_da} »{name}« hører ikke til filformat {version}",
            f"the {kind_en} '{name}' does not belong to file format {version}",
            harmful=False,
        )
    raise SchemaProblem(f"{kind_da} »{name}«", f"the {kind_en} '{name}'", harmful=True)


# -- the values ------------------------------------------------------------------------------

Check = Callable[[object], bool]

COORDINATE = 1e6  # scene units (1 = 1 px at 100 %): a wall a thousand screens wide
SIZE = (1.0, 1e6)  # a zone's width and height
POSITION = 10**9  # an order within a list; far beyond any list, far below int64's end
YEARS = (0.0, 100.0)  # money.parse_years accepts up to 100
HOURS = 1e9
EARLIEST_YEAR, LATEST_YEAR = 1000, 9998  # datetime's own ends overflow on any time zone shift


def _is_int(lo: int, hi: int) -> Check:
    return lambda v: type(v) is int and lo <= v <= hi


def _is_number(lo: float, hi: float) -> Check:
    def check(v: object) -> bool:
        if type(v) is int:
            return lo <= v <= hi
        return type(v) is float and math.isfinite(v) and lo <= v <= hi

    return check


def _is_text(v: object) -> bool:
    if not isinstance(v, bytes):
        return False
    try:
        v.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_one_of(choices: frozenset[str]) -> Check:
    return lambda v: isinstance(v, bytes) and v in choices


def _year_ok(year: int) -> bool:
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def _is_datetime(v: object) -> bool:
    """As SQLAlchemy reads a DATETIME from SQLite ("2027-03-01 09:00:00.000000")."""
    if not isinstance(v, bytes):
        return False
    try:
        parsed = _SQLA_DATETIME(v.decode("ascii"))
    except (ValueError, TypeError, UnicodeDecodeError, OverflowError):
        return False
    return isinstance(parsed, datetime) and _year_ok(parsed.year)


def _is_date(v: object) -> bool:
    if not isinstance(v, bytes):
        return False
    try:
        parsed = _SQLA_DATE(v.decode("ascii"))
    except (ValueError, TypeError, UnicodeDecodeError, OverflowError):
        return False
    return isinstance(parsed, date) and _year_ok(parsed.year)


def _is_iso_date_or_empty(v: object) -> bool:
    if v == b"":
        return True
    if not isinstance(v, bytes):
        return False
    try:
        return _year_ok(date.fromisoformat(v.decode("ascii")).year)
    except (ValueError, UnicodeDecodeError):
        return False


def _sqlalchemy_readers() -> tuple[Callable[[str], object], Callable[[str], object]]:
    from sqlalchemy.dialects import sqlite as sqlite_dialect
    from sqlalchemy.types import Date, DateTime

    dialect = sqlite_dialect.dialect()
    readers = []
    for kind in (DateTime(), Date()):
        impl = kind.dialect_impl(dialect)
        reader = impl.result_processor(dialect, None)
        assert reader is not None
        readers.append(reader)
    return readers[0], readers[1]


# Set with the model columns on the first check: importing SQLAlchemy here would slow the
# window's first paint (tests/ui/test_opening_page.py keeps it out of the start).
_SQLA_DATETIME: Callable[[str], object]
_SQLA_DATE: Callable[[str], object]

# Columns with a range of their own (the rest: by type, and any whole number within ±MAX_DKK).
_RANGES: dict[tuple[str, str], Check] = {
    ("note", "x"): _is_number(-COORDINATE, COORDINATE),
    ("note", "y"): _is_number(-COORDINATE, COORDINATE),
    ("zone", "x"): _is_number(-COORDINATE, COORDINATE),
    ("zone", "y"): _is_number(-COORDINATE, COORDINATE),
    ("zone", "width"): _is_number(*SIZE),
    ("zone", "height"): _is_number(*SIZE),
    ("note", "votes"): _is_int(0, 999),  # canvas.MAX_VOTES
    ("criterion_score", "score"): _is_int(1, 5),  # delivery.set_score
    ("criterion", "weight"): _is_number(0.0, 10.0),  # delivery: 0 to 10
    ("service", "annual_cost_dkk"): _is_int(0, money.MAX_DKK),
    ("service", "contract_years"): _is_number(*YEARS),
    ("service", "bought_share_percent"): _is_int(0, 100),
    ("service", "announcement_date"): _is_iso_date_or_empty,
    ("decision", "resources_dkk"): _is_int(-money.MAX_DKK, money.MAX_DKK),
    ("decision", "resources_hours"): _is_number(-HOURS, HOURS),
    ("decision", "resources_fte"): _is_number(-HOURS, HOURS),
}


@dataclass(frozen=True)
class Column:
    name: str
    nullable: bool
    check: Check


def _model_columns() -> dict[str, list[Column]]:
    """Per table of the current models: each column's check, from SQLModel's metadata."""
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, TypeDecorator
    from sqlmodel import SQLModel
    from sqlmodel.main import default_registry

    from desktop.core import tables  # noqa: F401  (every table registered)

    choices: dict[str, dict[str, frozenset[bytes]]] = {}
    for mapper in default_registry.mappers:
        cls = mapper.class_
        wanted = getattr(cls, "__choices__", {})
        choices[cls.__tablename__] = {
            col: frozenset(member.value.encode() for member in enum) for col, enum in wanted.items()
        }
    found: dict[str, list[Column]] = {}
    for table in SQLModel.metadata.sorted_tables:
        columns = []
        for column in table.columns:
            kind = column.type
            if isinstance(kind, TypeDecorator):  # SQLModel's AutoString is a String
                kind = kind.impl_instance
            check: Check
            if (table.name, column.name) in _RANGES:
                check = _RANGES[(table.name, column.name)]
            elif column.name in choices.get(table.name, {}):
                check = _is_one_of(choices[table.name][column.name])  # type: ignore[arg-type]
            elif isinstance(kind, Boolean):
                check = _is_int(0, 1)
            elif column.name == "position":
                check = _is_int(-POSITION, POSITION)
            elif isinstance(kind, Integer):
                check = _is_int(-money.MAX_DKK, money.MAX_DKK)
            elif isinstance(kind, Float):
                check = _is_number(-money.MAX_DKK, money.MAX_DKK)
            elif isinstance(kind, DateTime):
                check = _is_datetime
            elif isinstance(kind, Date):
                check = _is_date
            elif isinstance(kind, String):
                check = _is_text
            else:  # pragma: no cover - a new column type needs its check here
                raise TypeError(f"no check for {table.name}.{column.name} ({kind!r})")
            columns.append(Column(column.name, bool(column.nullable), check))
        found[table.name] = columns
    return found


_MODEL_COLUMNS: dict[str, list[Column]] | None = None


@dataclass(frozen=True)
class BadValue:
    table: str
    row: str
    column: str
    parent: str = ""  # a reference to a row of this table that does not exist

    def da(self) -> str:
        if self.parent:
            return (
                f"rækken i »{self.table}« med id {self.row} peger på en række i "
                f"»{self.parent}«, som ikke findes"
            )
        return f"rækken i »{self.table}« med id {self.row} har en ugyldig værdi i »{self.column}«"

    def en(self) -> str:
        if self.parent:
            return (
                f"the row in '{self.table}' with id {self.row} refers to a row in "
                f"'{self.parent}' that does not exist"
            )
        return (
            f"the row in '{self.table}' with id {self.row} has an invalid value in '{self.column}'"
        )


def check_values(conn: sqlite3.Connection, version: int, *, most: int = 3) -> list[BadValue]:
    """The first `most` values that are not of their column's type or range, and the
    references that lead nowhere. Only the expected tables and columns of format
    `version` are read (check_schema has passed), with text as bytes, so nothing here
    can fail on a value: it is only judged."""
    global _MODEL_COLUMNS, _SQLA_DATETIME, _SQLA_DATE
    if _MODEL_COLUMNS is None:
        _SQLA_DATETIME, _SQLA_DATE = _sqlalchemy_readers()
        _MODEL_COLUMNS = _model_columns()
    conn.text_factory = bytes
    problems: list[BadValue] = []
    expected_tables, _indexes = expected(version)
    for table, spec in expected_tables.items():
        parts = spec.split(" | ")[0].split()
        present = {part.split(":", 1)[0] for part in parts}
        columns = [c for c in _MODEL_COLUMNS[table] if c.name in present]
        keys = [part.split(":", 1)[0] for part in parts if "*" in part]
        for bad in _bad_in_table(conn, table, columns, keys):
            problems.append(bad)
            if len(problems) >= most:
                return problems
    for table_raw, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        table = _text(table_raw)
        parts = expected_tables[table].split(" | ")[0].split()
        keys = [part.split(":", 1)[0] for part in parts if "*" in part]
        query = (
            f"SELECT {', '.join(_quoted(k) for k in keys)} FROM {_quoted(table)} WHERE rowid = ?"
        )
        found = conn.execute(query, (rowid,)).fetchone() or (rowid,)
        row = "/".join(_shown(v) for v in found)
        problems.append(BadValue(table, row, "", parent=_text(parent)))
        if len(problems) >= most:
            break
    return problems


def _bad_in_table(
    conn: sqlite3.Connection, table: str, columns: list[Column], keys: list[str]
) -> Iterator[BadValue]:
    names = [c.name for c in columns]
    query = f"SELECT {', '.join(_quoted(n) for n in names)} FROM {_quoted(table)}"
    at = [names.index(k) for k in keys]
    checks = [(i, c.check, c.nullable) for i, c in enumerate(columns)]
    for row in conn.execute(query):
        for i, check, nullable in checks:
            value = row[i]
            if value is None and nullable:
                continue
            if not check(value):
                key = "/".join(_shown(row[j]) for j in at)
                yield BadValue(table, key, names[i])
                break


def _shown(value: object) -> str:
    text = _text(value) if isinstance(value, (bytes, str)) else repr(value)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 40 else text[:39] + "…"
