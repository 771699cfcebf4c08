"""The value check's fast path says what the row-by-row check says (issue 19).

`schema_check.check_values` judges each table in SQL at once (`Rule.sql`, and the text and
dates joined and judged in bulk, `Rule.bulk_ok`) and reads a table row by row (`Rule.ok`)
only when that finds something. It must never pass a value `Rule.ok` refuses, and must
pass the values Tværs writes (else every open is slow again). Its rules come from the
expected schema (the migrations) and from `column_choices`, a table generated from the
models: both are held to the models here, so `tvaers check` need not import the ORM.
"""

from __future__ import annotations

import math
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, TypeDecorator
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlmodel import SQLModel

from desktop.core import money
from desktop.core import tables as _tables  # noqa: F401  (every table registered)
from desktop.storage import column_choices, identity, schema_check
from desktop.storage.schema_check import Rule

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


# -- one place: the models ---------------------------------------------------------------------


def test_the_generated_choices_are_the_models() -> None:
    assert column_choices.from_models() == column_choices.CHOICES, (
        "The models' __choices__ changed: run "
        "`python -m uv run python -m desktop.storage.column_choices` and commit the file."
    )
    text = Path(column_choices.__file__).read_text(encoding="utf-8")
    assert column_choices.render(column_choices.from_models()) in text


def _kind_by_model(table: str, column: str, kind: object) -> str:
    """The rule kind the models give a column (as the check did before issue 19)."""
    if (table, column) in schema_check._RANGES:
        return schema_check._RANGES[(table, column)].kind
    if column in column_choices.from_models().get(table, {}):
        return "choice"
    if isinstance(kind, TypeDecorator):  # SQLModel's AutoString is a String
        kind = kind.impl_instance
    if isinstance(kind, Boolean):
        return "int"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, Float):
        return "number"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    assert isinstance(kind, String), (table, column, kind)
    return "text"


def test_each_columns_rule_is_what_its_model_says() -> None:
    """Types and NOT NULL come from the migrations; a model column that changes without a
    migration (or a migration that writes another type) fails here."""
    found = schema_check.columns(identity.SCHEMA_VERSION)
    assert set(found) == set(SQLModel.metadata.tables)
    for table in SQLModel.metadata.sorted_tables:
        rules = {c.name: c for c in found[table.name]}
        assert set(rules) == {c.name for c in table.columns}, table.name
        for column in table.columns:
            got = rules[column.name]
            assert got.nullable == bool(column.nullable), (table.name, column.name)
            assert got.key == bool(column.primary_key), (table.name, column.name)
            assert got.rule.kind == _kind_by_model(table.name, column.name, column.type), (
                table.name,
                column.name,
            )
            if isinstance(column.type, Boolean):
                assert (got.rule.low, got.rule.high) == (0, 1)
            elif column.name == "position":
                assert got.rule.high == schema_check.POSITION
            elif got.rule.kind in ("int", "number") and (table.name, column.name) not in (
                schema_check._RANGES
            ):
                assert got.rule.high == money.MAX_DKK


DATES = [
    "2027-03-01 09:00:00.000000",
    "2027-03-01T09:00:00",
    "2027-03-01 09:00",
    "2027-03-01",
    "20270301",
    "2027-03-01 09:00:00+01:00",
    "2027-03-01 09:00:00Z",
    "2027-02-30",
    "2027-02-30 09:00:00.000000",
    "i går",
    "",
]


@pytest.mark.parametrize("text", DATES)
def test_sqlalchemy_reads_dates_as_the_check_parses_them(text: str) -> None:
    """The check parses DATETIME and DATE as SQLAlchemy's SQLite dialect reads them, without
    importing it: `datetime.fromisoformat` and `date.fromisoformat`."""
    dialect = sqlite_dialect.dialect()
    for kind, ours in ((DateTime(), datetime.fromisoformat), (Date(), date.fromisoformat)):
        reader = kind.dialect_impl(dialect).result_processor(dialect, None)
        assert reader is not None
        try:
            theirs: object = reader(text)
        except ValueError:
            theirs = ValueError
        try:
            mine: object = ours(text)
        except ValueError:
            mine = ValueError
        assert theirs == mine, (kind, text)


# -- the fast path never passes what the row-by-row check refuses ------------------------------

_DECLARED = {
    "int": "INTEGER",
    "number": "FLOAT",
    "text": "VARCHAR",
    "choice": "VARCHAR",
    "datetime": "DATETIME",
    "date": "DATE",
    "date_or_empty": "VARCHAR",
}

_TEXTS: list[object] = [
    b"",
    b"plain",
    "æøå »citat« – 🙂".encode(),
    b"a\x00b",
    b"a\x00\xff",  # invalid UTF-8 after a NUL
    b"\xff",
    b"\xc3",  # cut short
    b"\xc3\xa6\xa6",  # one continuation byte too many
    b"\xe0\x9f\xbf",  # overlong
    b"\xed\xa0\x80",  # a surrogate
    b"\xf4\x90\x80\x80",  # beyond U+10FFFF
    b"\xc0\xaf",
    b"line\nbreak",
    b"\n\xa6",
]
_NUMBERS: list[object] = [
    0,
    1,
    -1,
    5,
    999,
    1000,
    10**9,
    10**9 + 1,
    money.MAX_DKK,
    money.MAX_DKK + 1,
    -money.MAX_DKK - 1,
    2**63 - 1,
    -(2**63),
    0.0,
    0.5,
    1.0,
    -12345.5,
    1e6,
    1e6 + 0.001,
    -1e6,
    1e300,
    math.inf,
    -math.inf,
    float(money.MAX_DKK),
]
_DATE_VALUES: list[object] = [
    b"2027-03-01 09:00:00.000000",
    b"2027-03-01 23:59:59.999999",
    b"2027-03-01 24:00:00.000000",
    b"2027-03-01 23:60:00.000000",
    b"2027-03-01 23:59:60.000000",
    b"2028-02-29 09:00:00.000000",
    b"2027-02-29 09:00:00.000000",
    b"2000-02-29 09:00:00.000000",
    b"1900-02-29 09:00:00.000000",
    b"2027-04-31 09:00:00.000000",
    b"2027-13-01 09:00:00.000000",
    b"2027-00-01 09:00:00.000000",
    b"2027-01-00 09:00:00.000000",
    b"0999-12-31 09:00:00.000000",
    b"1000-01-01 00:00:00.000000",
    b"9998-12-31 23:59:59.999999",
    b"9999-01-01 00:00:00.000000",
    b"2027-03-01T09:00:00.000000",
    b"2027-03-01 09:00:00+01:00",
    b"2027-03-01 09:00:00",
    b"2027-03-01 09:00:00.000000\x00",
    b"2027-03-01 09:00:00.00000\x00",
    b"2027-03-01\n2027-03-01 09:00",
    b"2027-03-01 09:00:00.000000\n2027-03-01 09:00:00.000000",  # two good ones in one
    b"2027-03-01\n2027-03-01",
    b"2027-03-01",
    b"2028-02-29",
    b"2027-02-29",
    b"0999-01-01",
    b"9999-01-01",
    b"20270301",
    b"2027-3-1",
    b"2027-03-0\x00",
    b"\n\n\n\n\n\n\n\n\n\n",
    "2027-03-01 09:00:00.00000æ".encode(),
    b"",
    b"i g\xc3\xa5r",
    2027030100,
    1234567890,
    20270301.0,
]


def _values() -> list[object]:
    """Every odd value as text (bytes), as a blob (memoryview) and as numbers."""
    texts = [v for v in (*_TEXTS, *_DATE_VALUES) if isinstance(v, bytes)]
    texts += [b"need", b"kage", b"NEED", b"need "]
    others = [v for v in _DATE_VALUES if not isinstance(v, bytes)]
    return [None, *texts, *(memoryview(v) for v in texts), *_NUMBERS, *others]


def _one_value_tables(path: Path, declared: str, values: list[object]) -> None:
    """Table t<i> holds values[i] alone, in one column declared `declared`, each value of the
    storage class it has here (bytes as TEXT, memoryview as BLOB), as a hostile file could:
    written into a column without affinity, then declared as Tværs declares it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for i, value in enumerate(values):
            conn.execute(f"CREATE TABLE t{i} (v BLOB)")
            cast = "CAST(? AS TEXT)" if isinstance(value, bytes) else "?"
            conn.execute(f"INSERT INTO t{i} VALUES ({cast})", (value,))
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, '(v BLOB)', ?)", (f"(v {declared})",)
        )
    finally:
        conn.close()


RULES = {
    "int": Rule("int", 0, 999),
    "int wide": Rule("int", -money.MAX_DKK, money.MAX_DKK),
    "number": Rule("number", -1e6, 1e6),
    "number wide": Rule("number", -money.MAX_DKK, money.MAX_DKK),
    "text": Rule("text"),
    "choice": Rule("choice", choices=frozenset({b"need", b"idea", b""})),
    "datetime": Rule("datetime"),
    "date": Rule("date"),
    "date_or_empty": Rule("date_or_empty"),
}


@pytest.mark.parametrize("name", sorted(RULES))
@pytest.mark.parametrize("nullable", [False, True])
def test_the_fast_path_passes_no_value_the_row_check_refuses(
    name: str, nullable: bool, tmp_path: Path
) -> None:
    """Each odd value alone in its table: where the fast path passes it, `Rule.ok` does too;
    and the values Tværs writes pass the fast path."""
    rule = RULES[name]
    path = tmp_path / "values.sqlite"
    values = _values()
    _one_value_tables(path, _DECLARED[rule.kind], values)
    column = schema_check.Column("v", nullable, rule, key=False)
    conn = identity.connect_checked(identity.readonly_uri(path))
    try:
        passed = 0
        for i, value in enumerate(values):
            (stored,) = conn.execute(f"SELECT v FROM t{i}").fetchone()
            fast = schema_check._sound_in_sql(conn, f"t{i}", [column])
            slow = nullable if stored is None else rule.ok(stored)
            assert not fast or slow, (name, value, stored)
            passed += fast
        assert passed >= 2, name  # the fast path passes something at all
    finally:
        conn.close()


def test_the_values_tvaers_writes_pass_the_fast_path(demo_file: Path) -> None:
    """Every table of the demo workshop and of each released format's fixture passes at once:
    otherwise every open would be judged row by row again (and slow)."""
    files = [demo_file, *(FIXTURES / f"schema_v{v}.tvaers" for v in range(1, 8))]
    for path in files:
        version = identity.inspect(path).user_version
        conn = identity.connect_checked(identity.readonly_uri(path))
        try:
            for table, wanted in schema_check.columns(version).items():
                assert schema_check._sound_in_sql(conn, table, wanted), (path.name, table)
        finally:
            conn.close()


# -- the whole check: the same verdict as row by row --------------------------------------------


def _row_by_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema_check, "_sound_in_sql", lambda *args: False)


BAD_ROWS = [
    "UPDATE note SET x = 'overalt'",
    "UPDATE note SET text = CAST(X'61FF62' AS TEXT) WHERE rowid % 7 = 0",
    "UPDATE term SET created_at = '2027-02-29 09:00:00.000000' WHERE rowid % 5 = 0",
    "UPDATE term SET updated_at = '2028-02-29 09:00:00.000000'",
    "UPDATE zone SET width = 0 WHERE rowid = (SELECT max(rowid) FROM zone)",
    "UPDATE service SET announcement_date = '2027-13-01' WHERE rowid % 3 = 0",
    "UPDATE service SET announcement_date = X'323032372D30332D3031'",
    "UPDATE participant SET name = X'416E6E65'",
    "UPDATE participant SET present = 2 WHERE rowid = 1",
    "UPDATE action_item SET due = '2027-03-01T00:00'",
    "UPDATE note SET kind = 'NEED' WHERE rowid = 3",
    "UPDATE criterion_score SET score = 5.0",
    "UPDATE workshop SET starts_at = '2027-03-01 09:00:00.000000' || char(0)",
]


@pytest.mark.parametrize("statement", BAD_ROWS)
def test_check_values_names_the_same_rows_as_the_row_by_row_check(
    statement: str, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Workshop.tvaers"
    shutil.copy2(demo_file, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert conn.execute(statement).rowcount >= 1
    finally:
        conn.close()
    version = identity.inspect(demo_file).user_version
    conn = identity.connect_checked(identity.readonly_uri(path))
    try:
        fast = schema_check.check_values(conn, version, most=50)
        with monkeypatch.context() as m:
            _row_by_row(m)
            slow = schema_check.check_values(conn, version, most=50)
    finally:
        conn.close()
    assert fast == slow, statement


def test_a_utf16_workshop_is_judged_row_by_row(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a UTF-16 database SQL's bytes of a text are not those Python is given: no fast path."""
    path = tmp_path / "utf16.tvaers"
    source = sqlite3.connect(demo_file)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA encoding = 'UTF-16le'")
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type DESC, rowid"
        ):
            conn.execute(sql)
        names = source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        for (name,) in names.fetchall():
            rows = source.execute(f'SELECT * FROM "{name}"').fetchall()
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
        for pragma in ("user_version", "application_id"):
            value = source.execute(f"PRAGMA {pragma}").fetchone()[0]
            conn.execute(f"PRAGMA {pragma} = {int(value)}")
        assert conn.execute("PRAGMA encoding").fetchone()[0] == "UTF-16le"
    finally:
        conn.close()
        source.close()
    version = identity.inspect(demo_file).user_version
    calls: list[str] = []
    real = schema_check._sound_in_sql

    def counted(conn: sqlite3.Connection, table: str, wanted: list[schema_check.Column]) -> bool:
        calls.append(table)
        return real(conn, table, wanted)

    monkeypatch.setattr(schema_check, "_sound_in_sql", counted)
    conn = identity.connect_checked(identity.readonly_uri(path))
    try:
        fast = schema_check.check_values(conn, version)
        monkeypatch.setattr(schema_check, "_sound_in_sql", lambda *args: False)
        assert fast == schema_check.check_values(conn, version)
    finally:
        conn.close()
    assert calls == []


def test_rows_are_judged_in_chunks_by_rowid_without_missing_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rowids far apart, negative and at int64's end, read three at a time: a bad value in
    any chunk, the last one too, is found."""
    monkeypatch.setattr(schema_check, "_CHUNK", 3)
    wanted = [schema_check.Column("v", False, Rule("int", 0, 9), key=False)]
    rowids = [-(2**63), -5, 1, 2, 3, 4, 10**12, 2**63 - 2, 2**63 - 1]
    for bad in rowids:
        path = tmp_path / f"chunks{rowids.index(bad)}.sqlite"
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("CREATE TABLE t (v INTEGER)")
            for rowid in rowids:
                conn.execute(
                    "INSERT INTO t (rowid, v) VALUES (?, ?)", (rowid, 10 if rowid == bad else 1)
                )
            assert not schema_check._sound_in_sql(conn, "t", wanted), bad
            conn.execute("UPDATE t SET v = 1")
            assert schema_check._sound_in_sql(conn, "t", wanted), bad
        finally:
            conn.close()
