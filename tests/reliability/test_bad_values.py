"""Values of the wrong type or range are refused by `check`, `export` and open (issue 18,
item 11).

Before, a file with an unparsable date, text in a number column, an infinite coordinate,
an int64-max amount or position, a zone of width 0 or a blob for a name passed `tvaers
check`, and then crashed a tab or `tvaers export` with a traceback. Now `check` judges every
value of every expected column against the models (type, and a range the core and the
export can handle) and names the first few rows it could not use (exit 4); open does the
same, so a window never shows such a file and no tab meets such a row.
"""

from __future__ import annotations

import math
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

from desktop import cli
from desktop.core import money
from desktop.storage import errors
from desktop.storage.document import open_document
from desktop.ui.main_window import MainWindow
from tests.reliability.support import FileState
from tests.ui.conftest import Answers

INT64_MAX = 2**63 - 1


@pytest.fixture
def demo(demo_file: Path) -> Path:
    """The run's demo workshop (tests/conftest.py): read here, copied before any change."""
    return demo_file


def _changed(demo: Path, target: Path, statement: str, *params: object) -> Path:
    shutil.copy2(demo, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        changed = conn.execute(statement, params).rowcount
        assert changed >= 1, statement
    finally:
        conn.close()
    return target


def _one(table: str) -> str:
    return f"WHERE rowid = (SELECT min(rowid) FROM {table})"


# name -> (statement, parameters, table and column named in the message)
BAD: dict[str, tuple[str, tuple[object, ...], str, str]] = {
    "unparsable date": (
        f"UPDATE participant SET created_at = 'i går' {_one('participant')}",
        (),
        "participant",
        "created_at",
    ),
    "30 February": (
        "UPDATE workshop SET starts_at = '2027-02-30 09:00:00.000000'",
        (),
        "workshop",
        "starts_at",
    ),
    "unparsable due date": (
        f"UPDATE action_item SET due = 'snart' {_one('action_item')}",
        (),
        "action_item",
        "due",
    ),
    "text in a number column": (
        f"UPDATE note SET x = 'til venstre' {_one('note')}",
        (),
        "note",
        "x",
    ),
    "infinite coordinate": (f"UPDATE note SET y = 9e999 {_one('note')}", (), "note", "y"),
    "int64-max position": (
        f"UPDATE participant SET position = ? {_one('participant')}",
        (INT64_MAX,),
        "participant",
        "position",
    ),
    "int64-max amount": (
        f"UPDATE service SET annual_cost_dkk = ? {_one('service')}",
        (INT64_MAX,),
        "service",
        "annual_cost_dkk",
    ),
    "zero zone width": (f"UPDATE zone SET width = 0 {_one('zone')}", (), "zone", "width"),
    "a blob for a name": (
        f"UPDATE participant SET name = X'00FF10' {_one('participant')}",
        (),
        "participant",
        "name",
    ),
    "a kind of note that does not exist": (
        f"UPDATE note SET kind = 'kage' {_one('note')}",
        (),
        "note",
        "kind",
    ),
    "a score of 9 on a scale of 1 to 5": (
        f"UPDATE criterion_score SET score = 9 {_one('criterion_score')}",
        (),
        "criterion_score",
        "score",
    ),
    "an announcement date that is no date": (
        f"UPDATE service SET announcement_date = 'efter sommer' {_one('service')}",
        (),
        "service",
        "announcement_date",
    ),
    "a note on a canvas that does not exist": (
        f"UPDATE note SET canvas_id = 'findes-ikke' {_one('note')}",
        (),
        "note",
        "canvas",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_value_is_refused_by_check_export_and_open_naming_the_row(
    case: str, demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement, params, table, column = BAD[case]
    path = _changed(demo, tmp_path / "Workshop.tvaers", statement, *params)
    before = FileState.of(path)

    capsys.readouterr()
    code = cli.main(["check", str(path), "--lang", "da"])
    err = capsys.readouterr().err
    assert code == errors.EXIT_DAMAGED, (case, err)
    assert len(err.strip().splitlines()) == 1, err
    assert f"»{table}«" in err and column in err, err
    assert "Traceback" not in err

    pdf = tmp_path / "referat.pdf"
    code = cli.main(["export", str(path), "-o", str(pdf), "--lang", "da"])
    err = capsys.readouterr().err
    assert code == errors.EXIT_DAMAGED, (case, err)
    assert "Traceback" not in err and not pdf.exists()

    for read_only in (False, True):
        with pytest.raises(errors.DamagedFileError) as refused:
            open_document(path, read_only=read_only)
        assert f"»{table}«" in refused.value.message("da")
    before.assert_unchanged(path)


def test_nan_coordinate_written_into_the_bytes_is_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite stores a NaN it is given as NULL, so only a file edited byte by byte holds one:
    a zone's x made a number found nowhere else, then its 8 bytes turned into a NaN."""
    sentinel = 1234567.875  # exact in binary; big-endian IEEE 754 in the record
    path = _changed(
        demo, tmp_path / "Workshop.tvaers", f"UPDATE zone SET x = ? {_one('zone')}", sentinel
    )
    raw = path.read_bytes()
    pattern = struct.pack(">d", sentinel)
    assert raw.count(pattern) == 1
    path.write_bytes(raw.replace(pattern, struct.pack(">d", math.nan)))

    capsys.readouterr()
    assert cli.main(["check", str(path), "--lang", "da"]) == errors.EXIT_DAMAGED
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    pdf = tmp_path / "referat.pdf"
    assert cli.main(["export", str(path), "-o", str(pdf), "--lang", "da"]) == errors.EXIT_DAMAGED
    with pytest.raises(errors.DamagedFileError):
        open_document(path)


def test_check_names_the_first_few_bad_rows_only(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _changed(demo, tmp_path / "Workshop.tvaers", "UPDATE note SET x = 'overalt'")
    capsys.readouterr()
    assert cli.main(["check", str(path), "--lang", "da"]) == errors.EXIT_DAMAGED
    err = capsys.readouterr().err
    assert err.count("Rækken i »note«") + err.count("rækken i »note«") == 3, err


def _at_the_edges(demo: Path, path: Path) -> Path:
    """Values at the ends of what the app itself accepts."""
    shutil.copy2(demo, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"UPDATE note SET x = -12345.5, y = 0, votes = 999 {_one('note')}")
        conn.execute(f"UPDATE service SET annual_cost_dkk = ? {_one('service')}", (money.MAX_DKK,))
        conn.execute("UPDATE service SET contract_years = 100, bought_share_percent = 0")
        conn.execute("UPDATE criterion SET weight = 0")
        conn.execute("UPDATE action_item SET due = NULL")
        conn.execute("UPDATE workshop SET starts_at = NULL, ends_at = NULL")
        conn.execute(f"UPDATE zone SET width = 1, height = 1 {_one('zone')}")
    finally:
        conn.close()
    return path


def test_window_refuses_a_file_with_a_bad_row_and_opens_one_at_the_edges(
    demo: Path,
    tmp_path: Path,
    window: MainWindow,
    answers: Answers,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A bad row never reaches a tab: the file is refused with the row named. No sound file
    is refused: the bounds are the app's own, not tighter, and its tabs show such values."""
    bad = _changed(demo, tmp_path / "Workshop.tvaers", f"UPDATE zone SET width = 0 {_one('zone')}")
    assert not window.open_path(bad)
    assert window.current is None
    assert len(answers.errors) == 1, answers.errors
    assert "»zone«" in answers.errors[0] and "»width«" in answers.errors[0]
    assert "Traceback" not in answers.errors[0]

    edges = _at_the_edges(demo, tmp_path / "Kanter.tvaers")
    capsys.readouterr()
    assert cli.main(["check", str(edges), "--lang", "da"]) == 0, capsys.readouterr().err
    pdf = tmp_path / "referat.pdf"
    assert cli.main(["export", str(edges), "-o", str(pdf), "--lang", "da"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert window.open_path(edges), answers.errors
    assert answers.errors[1:] == []
    assert window.close_workshop()
