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

The values are judged without the ORM. Each column's rule (`columns`) comes from the
expected schema, that is from the migrations: its declared type and NOT NULL, which
tests/reliability/test_hostile_files.py holds equal to what the current models create;
the enum of an enum column comes from `column_choices`, a table generated from the
models' `__choices__` (tests/storage/test_value_check.py fails when the two differ); the
ranges are `_RANGES` below. Why not read the models, as before issue 19: importing them
loads SQLModel, pydantic and SQLAlchemy (~0.45 s), which made `tvaers check` on the large
workshop take 0.54-0.66 s against its 0.3 s budget (docs/PERFORMANCE.md); a DATETIME and
a DATE are parsed as SQLAlchemy's SQLite dialect reads them (`fromisoformat`, held to it by
the same test). And each table is judged first by SQLite at once, in one query (`Rule.sql`,
with the text and dates joined and judged in bulk), and read row by row in Python only
when that finds something (`Rule.ok`, which names the rows): the fast path may refuse an
odd value the row check accepts, never the other way round, so the verdict is the row
check's. The values of four times the large workshop: 0.08 s instead of 0.13 s (each with
`PRAGMA foreign_key_check`'s 0.013 s); the large one 0.021 s instead of 0.033 s.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from desktop.core import money
from desktop.storage import column_choices

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

COORDINATE = 1e6  # scene units (1 = 1 px at 100 %): a wall a thousand screens wide
SIZE = (1.0, 1e6)  # a zone's width and height
POSITION = 10**9  # an order within a list; far beyond any list, far below int64's end
YEARS = (0.0, 100.0)  # money.parse_years accepts up to 100
HOURS = 1e9
EARLIEST_YEAR, LATEST_YEAR = 1000, 9998  # datetime's own ends overflow on any time zone shift

# The fast path's patterns for dates as SQLAlchemy writes them to SQLite ("2027-03-01" and
# "2027-03-01 09:00:00.000000"): only real calendar days (29 February in leap years), years
# EARLIEST_YEAR to LATEST_YEAR. A value written any other way is judged by `Rule.ok`.
_LEAP_YEAR = rb"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_MONTH_DAY = (
    rb"(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
    rb"|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
)
_DATE = rb"(?=[1-9])(?!9999)(?:[0-9]{4}-" + _MONTH_DAY + rb"|" + _LEAP_YEAR + rb"-02-29)"
_TIME = rb"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{6}"
_DATETIME = _DATE + rb" " + _TIME
assert (EARLIEST_YEAR, LATEST_YEAR) == (1000, 9998)  # what (?=[1-9])(?!9999) says


_JOINED: dict[str, re.Pattern[bytes]] = {}  # compiled when first used: not at import


def _joined(kind: str) -> re.Pattern[bytes]:
    """Values of one fixed length joined by newlines, each a date (or date and time)."""
    found = _JOINED.get(kind)
    if found is None:
        one = _DATETIME if kind == "datetime" else _DATE
        found = _JOINED[kind] = re.compile(b"(?:" + one + b")(?:\\n(?:" + one + b"))*+")
    return found


_LENGTHS = {"datetime": "= 26", "date": "= 10", "date_or_empty": "IN (0, 10)"}


@dataclass(frozen=True)
class Rule:
    """What the values of a column may be.

    `ok` is the judge: one value, in Python, as the row arrives with text as bytes. The fast
    path says the same, or less: it never passes a value `ok` refuses, but it may fail an
    odd value `ok` accepts (a date written another ISO way, text stored as a blob), and a
    table with such a row is then judged by `ok`, row by row, so the verdict is always
    `ok`'s. The fast path is a condition SQLite tests on every row (`sql`) and, for text
    and dates, the column's values joined by newlines (`joined`), judged in bulk in Python
    (`bulk_ok`): SQL cannot tell UTF-8, and its date functions and GLOB cost ~0.7 µs a
    value where one regular expression over all of them costs ~0.1 µs."""

    kind: str  # int, number, text, choice, datetime, date, date_or_empty
    low: float = 0
    high: float = 0
    choices: frozenset[bytes] = frozenset()

    def ok(self, v: object) -> bool:
        kind = self.kind
        if kind == "int":
            return type(v) is int and self.low <= v <= self.high
        if kind == "number":
            if type(v) is int:
                return self.low <= v <= self.high
            return type(v) is float and math.isfinite(v) and self.low <= v <= self.high
        if kind == "text":
            return _is_text(v)
        if kind == "choice":
            return isinstance(v, bytes) and v in self.choices
        if kind == "datetime":
            return _is_datetime(v)
        if kind == "date":
            return _is_date(v)
        return v == b"" or _is_date(v)  # date_or_empty

    def sql(self, q: str) -> tuple[str, list[object]]:
        """The condition on the column `q` (quoted), and its parameters. Bounds are bound
        as parameters, so SQLite compares with the very numbers `ok` does. Nothing here
        depends on a collation the file may have declared on the column (the compared schema
        does not hold it): blobs compare byte by byte, typeof() and length() have none."""
        kind = self.kind
        if kind == "int":
            return f"(typeof({q}) = 'integer' AND {q} BETWEEN ? AND ?)", [self.low, self.high]
        if kind == "number":
            # An infinity fails the bounds; SQLite reads a NaN as NULL, as Python gets it.
            return (
                f"(typeof({q}) IN ('integer', 'real') AND {q} BETWEEN ? AND ?)",
                [self.low, self.high],
            )
        if kind == "choice":
            # Text or a blob with these bytes; a number's bytes are its digits, no choice.
            marks = ", ".join("?" * len(self.choices))
            choices: list[object] = [*sorted(self.choices)]
            return f"CAST({q} AS BLOB) IN ({marks})", choices
        if kind == "text":
            return f"typeof({q}) = 'text'", []
        # A date of one fixed length in bytes (length() of text would stop at a NUL), so
        # the n-th date in the joined values is the n-th value: none can hide a newline.
        # No number is written with the dashes of a date: `bulk_ok` fails any number.
        return f"length(CAST({q} AS BLOB)) {_LENGTHS[kind]}", []

    def joined(self, q: str) -> str | None:
        """What of the column `q` to join for `bulk_ok`, if anything (NULL is left out)."""
        if self.kind in ("text", "datetime", "date"):
            return q
        if self.kind == "date_or_empty":  # the dates: an empty value has passed `sql`
            return f"CASE WHEN length(CAST({q} AS BLOB)) = 0 THEN NULL ELSE {q} END"
        return None

    def bulk_ok(self, joined: bytes) -> bool:
        """Every value in `joined` (newline between values) is good, or this may say no.
        Text: UTF-8 (a newline, ASCII, ends any sequence, so the whole decodes exactly
        when each value does)."""
        if self.kind == "text":
            try:
                joined.decode("utf-8")
            except UnicodeDecodeError:
                return False
            return True
        return _joined(self.kind).fullmatch(joined) is not None


def _is_text(v: object) -> bool:
    if not isinstance(v, bytes):
        return False
    try:
        v.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _year_ok(year: int) -> bool:
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def _is_datetime(v: object) -> bool:
    """As SQLAlchemy reads a DATETIME from SQLite: `datetime.fromisoformat` (its SQLite
    dialect's result processor; tests/storage/test_value_check.py holds it to that)."""
    if not isinstance(v, bytes):
        return False
    try:
        parsed = datetime.fromisoformat(v.decode("ascii"))
    except (ValueError, TypeError, UnicodeDecodeError, OverflowError):
        return False
    return _year_ok(parsed.year)


def _is_date(v: object) -> bool:
    """As SQLAlchemy reads a DATE from SQLite: `date.fromisoformat`."""
    if not isinstance(v, bytes):
        return False
    try:
        parsed = date.fromisoformat(v.decode("ascii"))
    except (ValueError, TypeError, UnicodeDecodeError, OverflowError):
        return False
    return _year_ok(parsed.year)


# Columns with a range of their own (the rest: by declared type, `_BY_TYPE`).
_RANGES: dict[tuple[str, str], Rule] = {
    ("note", "x"): Rule("number", -COORDINATE, COORDINATE),
    ("note", "y"): Rule("number", -COORDINATE, COORDINATE),
    ("zone", "x"): Rule("number", -COORDINATE, COORDINATE),
    ("zone", "y"): Rule("number", -COORDINATE, COORDINATE),
    ("zone", "width"): Rule("number", *SIZE),
    ("zone", "height"): Rule("number", *SIZE),
    ("note", "votes"): Rule("int", 0, 999),  # canvas.MAX_VOTES
    ("criterion_score", "score"): Rule("int", 1, 5),  # delivery.set_score
    ("criterion", "weight"): Rule("number", 0.0, 10.0),  # delivery: 0 to 10
    ("service", "annual_cost_dkk"): Rule("int", 0, money.MAX_DKK),
    ("service", "contract_years"): Rule("number", *YEARS),
    ("service", "bought_share_percent"): Rule("int", 0, 100),
    ("service", "announcement_date"): Rule("date_or_empty"),  # ISO, or not set
    ("service", "contract_start"): Rule("date_or_empty"),
    ("service", "contract_end"): Rule("date_or_empty"),
    ("service", "delivery_start"): Rule("date_or_empty"),
    ("service", "options_used"): Rule("int", 0, 99),
    ("service", "notice_months"): Rule("int", 0, 120),
    ("service", "case_years"): Rule("int", 1, 50),
    ("service", "case_baseline_dkk"): Rule("int", 0, money.MAX_DKK),
    ("service", "case_fte"): Rule("number", 0.0, HOURS),
    ("service", "case_salary_dkk"): Rule("int", 0, money.MAX_DKK),
    ("service", "case_overhead_percent"): Rule("number", 0.0, 1000.0),
    ("service", "case_other_dkk"): Rule("int", 0, money.MAX_DKK),
    ("service", "case_inhouse_once_dkk"): Rule("int", 0, money.MAX_DKK),
    ("service", "case_external_dkk"): Rule("int", 0, money.MAX_DKK),
    ("service", "case_external_once_dkk"): Rule("int", 0, money.MAX_DKK),
    ("tender_lead_time", "days"): Rule("int", 0, 3660),  # up to ten years
    ("dialogue_meeting", "held_on"): Rule("date_or_empty"),
    ("dialogue_info", "shared_on"): Rule("date_or_empty"),
    ("decision", "resources_dkk"): Rule("int", -money.MAX_DKK, money.MAX_DKK),
    ("decision", "resources_hours"): Rule("number", -HOURS, HOURS),
    ("decision", "resources_fte"): Rule("number", -HOURS, HOURS),
}

# By the type the expected schema declares (as SQLModel writes the models' types to SQLite).
_BY_TYPE: dict[str, Rule] = {
    "BOOLEAN": Rule("int", 0, 1),
    "INTEGER": Rule("int", -money.MAX_DKK, money.MAX_DKK),
    "FLOAT": Rule("number", -money.MAX_DKK, money.MAX_DKK),
    "DATETIME": Rule("datetime"),
    "DATE": Rule("date"),
    "VARCHAR": Rule("text"),
}
_POSITION = Rule("int", -POSITION, POSITION)
# How SQLite writes a number as text (CAST to BLOB): "-12", "1.5", "1.0e+20", "Inf", "NaN".
_LIKE_A_NUMBER = re.compile(r"[-+]?(?:[0-9.]|Inf|NaN)")


@dataclass(frozen=True)
class Column:
    name: str
    nullable: bool
    rule: Rule
    key: bool  # part of the primary key: names the row in a message


def rule(table: str, column: str, declared: str) -> Rule:
    """The rule of one column: its own range, else its enum's choices (column_choices,
    generated from the models), else by its declared type; an order is a position."""
    found = _RANGES.get((table, column))
    if found is not None:
        return found
    enum = column_choices.CHOICES.get(table, {}).get(column)
    if enum is not None:
        choices = [member.value for member in enum]
        # `Rule.sql` compares bytes only: no choice may be written like a number.
        assert not any(_LIKE_A_NUMBER.match(c) for c in choices), (table, column)
        return Rule("choice", choices=frozenset(c.encode() for c in choices))
    if column == "position" and declared != "BOOLEAN":
        return _POSITION
    if declared not in _BY_TYPE:  # pragma: no cover - a new column type needs its rule here
        raise TypeError(f"no rule for {table}.{column} ({declared})")
    return _BY_TYPE[declared]


_PART = re.compile(r"(?P<name>[^:]+):(?P<type>[^!*=]*)(?P<notnull>!?)(?P<key>\*\d+)?(=.*)?")
# Keyed by the expected tables themselves: a test may swap the upgrade steps (as `expected`).
_COLUMNS: dict[tuple[tuple[str, str], ...], dict[str, list[Column]]] = {}


def columns(version: int) -> dict[str, list[Column]]:
    """Per table of format `version`, in the expected schema's order: each column's rule.
    Types and NOT NULL are the expected schema's (the migrations, which
    tests/reliability/test_hostile_files.py holds equal to the models), so the check needs
    no ORM."""
    tables = expected(version)[0]
    key = tuple(tables.items())
    found = _COLUMNS.get(key)
    if found is None:
        found = {}
        for table, spec in tables.items():
            found[table] = []
            for part in spec.split(" | ")[0].split():
                m = _PART.fullmatch(part)
                if m is None:  # pragma: no cover - `describe` writes every column so
                    raise ValueError(f"cannot read the column {part!r} of {table}")
                name = m["name"]
                found[table].append(
                    Column(name, not m["notnull"], rule(table, name, m["type"]), bool(m["key"]))
                )
        _COLUMNS[key] = found
    return found


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
    can fail on a value: it is only judged.

    Each table is first judged by SQLite at once (`Rule.sql`, `_sound_in_sql`); only a
    table where that finds something is read row by row in Python (`Rule.ok`), which
    names the rows (figures in the module's docstring)."""
    conn.text_factory = bytes
    problems: list[BadValue] = []
    in_sql = _text_is_utf8(conn)
    tables = columns(version)
    for table, wanted in tables.items():
        if in_sql and _sound_in_sql(conn, table, wanted):
            continue
        for bad in _bad_in_table(conn, table, wanted):
            problems.append(bad)
            if len(problems) >= most:
                return problems
    for table_raw, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        table = _text(table_raw)
        keys = [c.name for c in tables[table] if c.key]
        query = (
            f"SELECT {', '.join(_quoted(k) for k in keys)} FROM {_quoted(table)} WHERE rowid = ?"
        )
        found = conn.execute(query, (rowid,)).fetchone() or (rowid,)
        row = "/".join(_shown(v) for v in found)
        problems.append(BadValue(table, row, "", parent=_text(parent)))
        if len(problems) >= most:
            break
    return problems


def _text_is_utf8(conn: sqlite3.Connection) -> bool:
    """Tværs writes UTF-8. In a UTF-16 database SQL's text (CAST, concatenation) is not the
    bytes Python is given, so such a file is judged row by row only."""
    row = conn.execute("PRAGMA encoding").fetchone()
    return row is not None and row[0] in (b"UTF-8", "UTF-8")


_CHUNK = 20_000  # rows per query, by rowid: the text of a huge file is never held at once
_LAST_ROWID = 2**63 - 1


def _sound_in_sql(conn: sqlite3.Connection, table: str, wanted: list[Column]) -> bool:
    """True when every row of `table` passes the fast path (`Rule.sql`, then `Rule.bulk_ok`
    on the joined values). False when anything is found, or SQLite cannot run the query
    (an unknown collation declared on a column, a value too big to join): the rows are
    then judged one by one by `Rule.ok`."""
    conditions: list[str] = []
    params: list[object] = []
    joins: list[str] = []
    bulk: list[Rule] = []
    for column in wanted:
        q = _quoted(column.name)
        condition, values = column.rule.sql(q)
        conditions.append(f"({q} IS NULL OR {condition})" if column.nullable else condition)
        params += values
        joined = column.rule.joined(q)
        if joined is not None:
            joins.append(f", group_concat({joined}, '\n')")
            bulk.append(column.rule)
    name = _quoted(table)
    query = (
        f"SELECT max(CASE WHEN {' AND '.join(conditions) or '1'} THEN 0 ELSE 1 END)"
        f"{''.join(joins)} FROM {name} WHERE rowid BETWEEN ? AND ?"
    )
    try:
        start = conn.execute(f"SELECT min(rowid) FROM {name}").fetchone()[0]
        while start is not None:
            end = min(start + _CHUNK - 1, _LAST_ROWID)
            bad, *joined = conn.execute(query, (*params, start, end)).fetchone()
            if bad:
                return False
            for rule, values in zip(bulk, joined, strict=True):
                if values is not None and not rule.bulk_ok(values):
                    return False
            if end == _LAST_ROWID:
                break
            start = conn.execute(
                f"SELECT min(rowid) FROM {name} WHERE rowid > ?", (end,)
            ).fetchone()[0]
    except sqlite3.Error:
        return False
    return True


def _bad_in_table(conn: sqlite3.Connection, table: str, wanted: list[Column]) -> Iterator[BadValue]:
    names = [c.name for c in wanted]
    query = f"SELECT {', '.join(_quoted(n) for n in names)} FROM {_quoted(table)}"
    at = [i for i, c in enumerate(wanted) if c.key]
    checks = [(i, c.rule.ok, c.nullable) for i, c in enumerate(wanted)]
    for row in conn.execute(query):
        for i, ok, nullable in checks:
            value = row[i]
            if value is None and nullable:
                continue
            if not ok(value):
                key = "/".join(_shown(row[j]) for j in at)
                yield BadValue(table, key, names[i])
                break


def _shown(value: object) -> str:
    text = _text(value) if isinstance(value, (bytes, str)) else repr(value)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 40 else text[:39] + "…"


_NOT_TEXT = ("int", "number")


def text_from_blobs(conn: sqlite3.Connection, version: int) -> int:
    """Turn text stored as a BLOB (another tool's doing; `check_values` let it pass, its
    bytes being good UTF-8) into TEXT, so the models get `str`, never `bytes`. For the
    working copy only, right after opening: the user's file changes when they save. One
    scan per table; a file Tværs wrote has no such value and nothing is written. Decoded in
    Python and bound as `str`, so a UTF-16 database gets the same text. The number of
    values changed."""
    changed = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table, wanted in columns(version).items():
            textual = [_quoted(c.name) for c in wanted if c.rule.kind not in _NOT_TEXT]
            if not textual:
                continue
            name = _quoted(table)
            where = " OR ".join(f"typeof({q}) = 'blob'" for q in textual)
            query = f"SELECT rowid, {', '.join(textual)} FROM {name} WHERE {where}"
            for rowid, *values in conn.execute(query).fetchall():
                for q, value in zip(textual, values, strict=True):
                    if isinstance(value, bytes):
                        text = value.decode("utf-8")  # checked: raises only on a changed file
                        conn.execute(f"UPDATE {name} SET {q} = ? WHERE rowid = ?", (text, rowid))
                        changed += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return changed
