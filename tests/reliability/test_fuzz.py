"""Arbitrary text in, the same text out: every table of the file, and the glossary's CSV.

Hypothesis writes text no test author would think of (any Unicode that UTF-8 can carry,
emoji, right-to-left, control characters, NUL, very long strings), 500 examples a test.
One workshop per test takes every example as a new row, checks it from a fresh session,
and after the last one is saved, closed and reopened and checked whole. The working copies
live in memory (memory_data_dir): these tests check what is stored, not that it is durable.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import String
from sqlmodel import Session, SQLModel, delete
from sqlmodel.main import default_registry

from desktop.core import glossary, tables  # noqa: F401  (tables: every table registered)
from desktop.core.models import Participant, Term, TermStatus
from desktop.core.workshop import get_workshop
from desktop.export import glossary_csv as gc
from desktop.storage import schema_check
from desktop.storage.document import WorkshopDocument, create_document, open_document
from tests.reliability.support import record

EXAMPLES = 500
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

STRANGE = [
    "😀",
    "👩‍👩‍👧‍👦",  # a family: one glyph of seven code points joined by ZWJ
    "🇩🇰",
    "مرحبا بالعالم",  # Arabic, right to left
    "שלום",  # Hebrew, right to left
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "e\u0301",  # e + combining acute
    "\x00",
    "\x01\x02\x1b\x1f\x7f",
    "\r\n",
    "\r",
    "\n",
    "\t",
    "\u2028",  # line separator
    "\ufeff",  # a BOM inside the text
    "\ufffd",
    "\U0010ffff",  # the last code point
    "æøå ÆØÅ",
    "'; DROP TABLE term; --",
    '"',
    "\\",
    "%_",
    "{name}",
    "<b>&amp;</b>",
    "=1+1",
    "+45 12 34 56 78",
    "-",
    "@",
    "\uff1d1+1",  # full-width ＝, which a spreadsheet may read as =
    "\uff0b45",  # full-width ＋
    " =1+1",  # a formula after a space
    "\u00a0\uff20x",  # full-width ＠ after a no-break space
    "\u3000-",  # - after an ideographic space
]
_piece = st.one_of(st.sampled_from(STRANGE), st.text(max_size=8))
_mixed = st.lists(_piece, max_size=12).map("".join)
_long = st.builds(
    lambda piece, chars: (piece * (chars // len(piece) + 1))[:chars],
    _mixed.filter(bool),
    st.integers(2_000, 60_000),
)
# Mostly short and strange; one in ten very long (many overflow pages).
TEXT = st.integers(0, 9).flatmap(lambda k: _long if k == 0 else _mixed if k < 6 else st.text())
# Each example draws a few texts and spreads them over the columns, each column getting a
# different one: every column sees arbitrary text over the run at a fraction of the cost.
POOL = st.lists(TEXT, min_size=7, max_size=7)

MODELS: dict[str, type[SQLModel]] = {
    mapper.class_.__table__.name: mapper.class_ for mapper in default_registry.mappers
}


def _is_text(kind: Any) -> bool:
    return isinstance(kind, String) or isinstance(getattr(kind, "impl_instance", None), String)


def text_columns(model: type[SQLModel]) -> list[str]:
    """The free-text columns: text, not a key, not a choice from a list, not text with a
    form of its own (a planned announcement date, ISO: opening refuses anything else)."""
    choices = getattr(model, "__choices__", {})
    table = model.__tablename__
    return [
        column.name
        for column in model.__table__.columns  # type: ignore[attr-defined]
        if _is_text(column.type)
        and not column.primary_key
        and not column.foreign_keys
        and column.name not in choices
        and (table, column.name) not in schema_check._RANGES
    ]


TEXT_TABLES = sorted(name for name, model in MODELS.items() if text_columns(model))
FUZZED: dict[str, int] = {}


def _report(name: str, examples: int) -> None:
    FUZZED[name] = examples
    record(
        "fuzz",
        tests=len(FUZZED),
        examples=sum(FUZZED.values()),
        failures=0,
        per_test=f"{min(FUZZED.values())}+",
    )


def test_every_table_is_fuzzed_or_holds_no_free_text() -> None:
    """A new table with a text column is fuzzed without anyone remembering to add it."""
    assert set(MODELS) == set(SQLModel.metadata.tables)
    without_text = sorted(set(MODELS) - set(TEXT_TABLES))
    assert without_text == [
        "criterion_score",
        "decision_service",
        "dialogue_told",  # which information was given at which meeting: keys only
        "resource_frame",  # leadership's frame: numbers only
        "service_note",
        "tender_lead_time",  # a regime, a step (choices) and days
    ]


def _parent_fields(session: Session, model: type[SQLModel]) -> dict[str, Any]:
    """A row for every foreign key that must be filled (a note needs its canvas, ...)."""
    fields: dict[str, Any] = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.foreign_keys and not column.nullable and not column.primary_key:
            (fk,) = column.foreign_keys
            parent_model = MODELS[fk.column.table.name]
            parent = parent_model(**_parent_fields(session, parent_model))
            session.add(parent)
            session.flush()
            fields[column.name] = parent.id  # type: ignore[attr-defined]
    return fields


def _stored_as_text(path: Path, table: str, columns: list[str]) -> None:
    """Another tool (the sqlite3 shell) reads them as text, not as blobs."""
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        for column in columns:
            kinds = conn.execute(f'SELECT DISTINCT typeof("{column}") FROM "{table}"').fetchall()
            assert kinds == [("text",)], (table, column, kinds)
    finally:
        conn.close()


def test_any_text_round_trips_through_every_table(tmp_path: Path, memory_data_dir: Path) -> None:
    """Each example writes one row into every table with text (the workshop's one row is
    rewritten), in one transaction, and reads them back from a fresh session."""
    path = tmp_path / "Fuzz alle tabeller æøå.tvaers"
    doc = create_document(path, title="Fuzz")
    columns = {table: text_columns(MODELS[table]) for table in TEXT_TABLES}
    with doc.session() as s:
        fixed = {table: _parent_fields(s, MODELS[table]) for table in TEXT_TABLES}
        s.commit()
    stored: dict[tuple[str, str], dict[str, str]] = {}

    @FUZZ
    @given(pool=POOL)
    def one_row_each(pool: list[str]) -> None:
        written: dict[tuple[str, str], dict[str, str]] = {}
        with doc.session() as s:
            for t, (table, names) in enumerate(columns.items()):
                values = {name: pool[(t + i) % len(pool)] for i, name in enumerate(names)}
                if table == "workshop":  # one row per file: the example rewrites it
                    row: Any = get_workshop(s)
                    for name, value in values.items():
                        setattr(row, name, value)
                else:
                    row = MODELS[table](**fixed[table], **values)
                s.add(row)
                written[(table, row.id)] = values
            s.commit()
        for (table, row_id), values in written.items():  # another connection reads the file
            names = list(values)
            query = f'SELECT {", ".join(names)} FROM "{table}" WHERE id = ?'
            again = reader.execute(query, (row_id,)).fetchone()
            assert dict(zip(names, again, strict=True)) == values, table
        stored.update(written)

    reader = sqlite3.connect(doc.working.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        one_row_each()
    finally:
        reader.close()
    doc.close()
    doc = open_document(path)
    try:
        with doc.session() as s:
            assert {name: getattr(get_workshop(s), name) for name in columns["workshop"]} == stored[
                ("workshop", get_workshop(s).id)
            ]
            for (table, row_id), values in stored.items():
                again = s.get(MODELS[table], row_id)
                assert again is not None
                assert {name: getattr(again, name) for name in values} == values, table
    finally:
        doc.close()
    for table, names in columns.items():
        _stored_as_text(path, table, names)
    _report(f"every table ({len(TEXT_TABLES)} with text)", EXAMPLES)


# -- the glossary as CSV for Excel ------------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what Excel runs (OWASP's CSV injection list)
# Their full-width forms, which Excel or LibreOffice may fold to the ASCII ones (issue 18).
FULL_WIDTH = ("\uff1d", "\uff0b", "\uff0d", "\uff20")
INVISIBLE = "\u180e\u200b\u200c\u200d\u2060\ufeff"  # zero-width, not isspace()


def _may_run(cell: str) -> bool:
    """A cell a spreadsheet may run: a formula character, perhaps full-width, perhaps after
    leading white space (which Excel and LibreOffice may trim)."""
    if cell.startswith(FORMULA_START):
        return True
    first = next(itertools.dropwhile(lambda c: c.isspace() or c in INVISIBLE, cell), "")
    return first != "" and first in FORMULA_START + FULL_WIDTH


def _key(text: str) -> str:
    return text.strip().casefold()


_word = TEXT.filter(lambda t: t.strip() != "")
_glossary = st.fixed_dictionaries(
    {
        "people": st.lists(_word, max_size=2, unique_by=_key),
        "procurement": st.lists(_word, min_size=1, max_size=3, unique_by=_key),
        "domain": st.lists(_word, max_size=3, unique_by=_key),
        "texts": POOL,
        "links": st.lists(st.booleans(), min_size=3, max_size=3),
        "status": st.sampled_from([s.value for s in TermStatus]),
        "lang": st.sampled_from(gc.LANGUAGES),
    }
)


def _reset(doc: WorkshopDocument, people: list[str]) -> None:
    with doc.session() as s:
        s.exec(delete(Term))  # type: ignore[call-overload]
        s.exec(delete(Participant))  # type: ignore[call-overload]
        s.add_all(Participant(name=name, position=i) for i, name in enumerate(people))
        s.commit()


def _excel_cells(data: bytes) -> list[list[str]]:
    """The cells as Excel sees them: UTF-8 with BOM, `;`, quoted fields."""
    assert data.startswith(codecs.BOM_UTF8)
    text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_glossary_csv_round_trip_changes_no_value_and_excel_runs_no_cell(
    tmp_path: Path, memory_data_dir: Path
) -> None:
    source = create_document(tmp_path / "Kilde.tvaers", title="Kilde")
    target = create_document(tmp_path / "Mål.tvaers", title="Mål")
    out = memory_data_dir / "Ordliste æøå.csv"

    @FUZZ
    @given(g=_glossary)
    def one_glossary(g: dict[str, Any]) -> None:
        _reset(source, g["people"])
        _reset(target, g["people"])
        texts = itertools.cycle(g["texts"])
        with source.session() as s:
            people = [p.id for p in s.exec(glossary.select(Participant)).all()]
            rows: list[dict[str, Any]] = []
            for side in ("procurement", "domain"):
                for i, word in enumerate(g[side]):
                    rows.append(
                        {
                            "id": f"{side}-{i}",
                            "side": side,
                            "term": word,
                            "explanation": next(texts),
                            "example": next(texts),
                            "source": next(texts),
                            "status": g["status"],
                            "taught_by": people[i % len(people)] if people else None,
                        }
                    )
            for i, linked in enumerate(g["links"]):
                if linked and i < len(g["procurement"]) and i < len(g["domain"]):
                    rows[i]["counterpart_id"] = f"domain-{i}"
            glossary.add_terms(s, rows)
            exported = gc.rows_from_workshop(s)

        gc.write_csv(exported, out, g["lang"])
        data = out.read_bytes()
        cells = _excel_cells(data)
        assert len(cells) == len(exported) + 1
        for line in cells:
            assert [c for c in line if _may_run(c)] == [], line

        result = gc.read_csv(out)
        assert result.problems == []
        assert result.rows == exported, "a value changed on the way through the file"
        with target.session() as s:
            plan = gc.import_rows(s, result.rows)
            assert plan.notices == [] and plan.skipped == []
            glossary.add_terms(s, plan.rows)
            assert gc.rows_from_workshop(s) == exported

    try:
        one_glossary()
    finally:
        source.close(save=False)
        target.close(save=False)
    _report("glossary CSV round trip", EXAMPLES)
