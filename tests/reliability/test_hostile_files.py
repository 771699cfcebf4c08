"""Files that cannot harm (issue 18, items 5 and 10).

A `.tvaers` file is a SQLite database, and a database can carry code. Before, a file with
a trigger `AFTER INSERT ON participant` that deletes the glossary, the notes and the
sign-offs passed `tvaers check` and opened, and the first participant added wiped them;
an endless view, a 20-million-row view or a 200 MB computed column passed `check` too; a
FIFO named `.tvaers` hung `check` and the window. Now the schema is compared with the one
its format version has before any row is read, and anything else is refused (exit 4) in
`check`, `export` and the window alike; anything but a regular file is refused at once
(exit 5).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from desktop import cli
from desktop.core import tables  # noqa: F401  (every table registered)
from desktop.storage import errors, identity
from desktop.storage.document import open_document
from desktop.ui.main_window import MainWindow
from tests.reliability.support import FileState, child_env
from tests.ui.conftest import Answers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(demo_file: Path) -> Path:
    """The run's demo workshop (tests/conftest.py): read here, copied before any change."""
    return demo_file


def _altered(source: Path, target: Path, *statements: str, writable_schema: bool = False) -> Path:
    shutil.copy2(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        if writable_schema:
            (cookie,) = conn.execute("PRAGMA schema_version").fetchone()
            conn.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            conn.execute(statement)
        if writable_schema:
            conn.execute(f"PRAGMA schema_version = {cookie + 1}")
            conn.execute("PRAGMA writable_schema = OFF")
    finally:
        conn.close()
    return target


WIPE = (
    "CREATE TRIGGER ryd AFTER INSERT ON participant BEGIN "
    "DELETE FROM term; DELETE FROM note; DELETE FROM sign_off; END"
)
ENDLESS = (
    "CREATE VIEW uendelig AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT i FROM n"
)
MILLIONS = (
    "CREATE VIEW mange AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
    "WHERE i < 20000000) SELECT i, 'x' AS tekst FROM n"
)

# name -> (how the file is made, refused as harmful (True) or as damaged (False))
HOSTILE: dict[str, tuple[Callable[[Path, Path], Path], bool]] = {
    "a trigger that deletes the glossary, notes and sign-offs": (
        lambda d, t: _altered(d, t, WIPE),
        True,
    ),
    "a view": (lambda d, t: _altered(d, t, "CREATE VIEW alle AS SELECT * FROM participant"), True),
    "a table replaced by a view": (
        lambda d, t: _altered(
            d,
            t,
            "DROP TABLE action_item",
            "CREATE VIEW action_item AS SELECT id, created_at, updated_at, title AS what, "
            "'' AS owner, NULL AS due, 'open' AS status, 0 AS position FROM workshop",
        ),
        True,
    ),
    "a virtual table": (
        lambda d, t: _altered(d, t, "CREATE VIRTUAL TABLE søg USING fts5(tekst)"),
        True,
    ),
    "an endless recursive view": (lambda d, t: _altered(d, t, ENDLESS), True),
    "a 20-million-row view": (lambda d, t: _altered(d, t, MILLIONS), True),
    "a 200 MB computed column": (
        lambda d, t: _altered(
            d,
            t,
            "ALTER TABLE note ADD COLUMN stor BLOB GENERATED ALWAYS AS (zeroblob(200000000))",
        ),
        True,
    ),
    "a CHECK rule": (
        lambda d, t: _altered(
            d,
            t,
            "UPDATE sqlite_master SET sql = replace(sql, 'PRIMARY KEY (id)', "
            "'PRIMARY KEY (id), CHECK (position < 1000)') WHERE name = 'participant'",
            writable_schema=True,
        ),
        True,
    ),
    "a table of its own": (
        lambda d, t: _altered(d, t, "CREATE TABLE ekstra (a TEXT)"),
        True,
    ),
    "terms deleted with their participant (CASCADE for SET NULL)": (
        lambda d, t: _altered(
            d,
            t,
            "UPDATE sqlite_master SET sql = replace(sql, "
            "'REFERENCES participant (id) ON DELETE SET NULL', "
            "'REFERENCES participant (id) ON DELETE CASCADE') WHERE name = 'term'",
            writable_schema=True,
        ),
        False,
    ),
    "format 5's tables, the header says format 2": (
        lambda d, t: _altered(d, t, "PRAGMA user_version = 2"),
        False,
    ),
    "format 2's tables, the header says format 5": (
        lambda d, t: _altered(FIXTURES / "schema_v2.tvaers", t, "PRAGMA user_version = 5"),
        False,
    ),
}


def _plain(message: str, path: Path) -> None:
    assert path.name in message, message
    for jargon in ("Traceback", "sqlite3", "Error", "Exception"):
        assert jargon not in message, message


def _command(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main([*args, "--lang", "da"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_file_with_what_no_workshop_has_is_refused_by_check_export_and_open(
    case: str, demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, harmful = HOSTILE[case]
    path = make(demo, tmp_path / "Fra en anden kommune.tvaers")
    before = FileState.of(path)
    started = time.monotonic()

    code, err = _command(["check", str(path)], capsys)
    assert code == errors.EXIT_DAMAGED, (case, err)
    assert len(err.strip().splitlines()) == 1, err
    _plain(err, path)
    if harmful:
        assert "for at beskytte dine data" in err, err
    else:
        assert "beskadiget" in err, err

    pdf = tmp_path / "referat.pdf"
    code, err = _command(["export", str(path), "-o", str(pdf)], capsys)
    assert code == errors.EXIT_DAMAGED, (case, err)
    assert not pdf.exists()

    for read_only in (False, True):
        with pytest.raises(errors.FileRefusal) as refused:
            open_document(path, read_only=read_only)
        assert refused.value.exit_code == errors.EXIT_DAMAGED
        assert isinstance(refused.value, errors.HarmfulContentError) == harmful
    assert time.monotonic() - started < 20, "nothing of the file may be run or read"
    before.assert_unchanged(path)


def test_window_refuses_the_file_whose_trigger_would_wipe_the_glossary(
    demo: Path, tmp_path: Path, window: MainWindow, answers: Answers
) -> None:
    path = _altered(demo, tmp_path / "Workshop fra mail.tvaers", WIPE)
    before = FileState.of(path)
    assert not window.open_path(path)
    assert window.current is None
    assert len(answers.errors) == 1, answers.errors
    _plain(answers.errors[0], path)
    assert "indeholder noget, som en Tværs-workshop ikke har" in answers.errors[0]
    assert "»ryd«" in answers.errors[0]
    before.assert_unchanged(path)


def test_every_connection_to_a_workshop_distrusts_its_schema(demo: Path, tmp_path: Path) -> None:
    """PRAGMA trusted_schema=OFF: code in a schema may call no function with side effects."""
    path = tmp_path / "Workshop.tvaers"
    shutil.copy2(demo, path)
    for read_only in (False, True):
        doc = open_document(path, read_only=read_only)
        try:
            with doc.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        finally:
            doc.close(save=False)


def test_expected_schema_is_every_released_formats_and_the_current_models() -> None:
    """The schema check's truth (version 1's SQL plus the upgrade steps) is what each released
    version wrote (the committed fixtures) and what the current models create."""
    from desktop.storage import schema_check

    for version in range(1, identity.SCHEMA_VERSION + 1):
        uri = (FIXTURES / f"schema_v{version}.tvaers").absolute().as_uri()
        conn = sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True)
        try:
            assert schema_check.describe(conn) == schema_check.expected(version), version
            schema_check.check_schema(conn, version)
            assert schema_check.check_values(conn, version) == []
        finally:
            conn.close()
    conn = sqlite3.connect(":memory:")
    try:
        SQLModel.metadata.create_all(create_engine("sqlite://", creator=lambda: conn))
        assert schema_check.describe(conn) == schema_check.expected(identity.SCHEMA_VERSION)
    finally:
        conn.close()


# -- item 10: not a regular file ----------------------------------------------------------------

_OPEN = (
    "import sys\n"
    "from pathlib import Path\n"
    "from desktop.storage.document import open_document\n"
    "from desktop.storage.errors import FileRefusal\n"
    "try:\n"
    "    open_document(Path(sys.argv[1]))\n"
    "except FileRefusal as exc:\n"
    "    print(exc.exit_code, exc.message('da'))\n"
)


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """In a child with a time limit: a hang is a failure here, not a stuck test run."""
    env = child_env()
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_anything_but_a_regular_file_is_refused_at_once(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "Workshop.tvaers"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/null")
    started = time.monotonic()
    try:
        checked = _run(["-m", "desktop", "check", str(path), "--lang", "da"], tmp_path)
        opened = _run(["-c", _OPEN, str(path)], tmp_path)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"hung on a {kind} named .tvaers: {exc}")
    assert time.monotonic() - started < 60
    assert checked.returncode == errors.EXIT_UNREADABLE, checked.stderr
    assert "ikke en almindelig fil" in checked.stderr, checked.stderr
    assert opened.stdout.startswith(f"{errors.EXIT_UNREADABLE} "), opened.stdout + opened.stderr
    assert "ikke en almindelig fil" in opened.stdout


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_fifo_named_like_its_wal_is_refused_at_once(demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "Workshop.tvaers"
    shutil.copy2(demo, path)
    os.mkfifo(tmp_path / "Workshop.tvaers-wal")
    try:
        checked = _run(["-m", "desktop", "check", str(path), "--lang", "da"], tmp_path)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"hung on a FIFO beside the workshop: {exc}")
    assert checked.returncode == errors.EXIT_UNREADABLE, checked.stderr
    assert "Workshop.tvaers-wal" in checked.stderr


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_glance_at_a_file_not_being_opened_never_waits_nor_runs_its_code(
    demo: Path, tmp_path: Path
) -> None:
    """identity.schema_is_plain: for the start screen's recent list and recovery's look at
    another path, which read a title or an id without opening the file."""
    fifo = tmp_path / "Pipe.tvaers"
    os.mkfifo(fifo)
    endless = _altered(  # what the recent list reads: the title, here from an endless view
        demo,
        tmp_path / "Uendelig.tvaers",
        "DROP TABLE workshop",
        ENDLESS.replace("VIEW uendelig", "VIEW workshop").replace(
            "SELECT i FROM n", "SELECT i AS title FROM n"
        ),
    )
    started = time.monotonic()
    assert not identity.schema_is_plain(fifo)
    assert not identity.schema_is_plain(_altered(demo, tmp_path / "Trigger.tvaers", WIPE))
    assert not identity.schema_is_plain(endless)
    assert identity.schema_is_plain(demo)
    assert time.monotonic() - started < 5


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_the_recent_list_never_waits_on_nor_runs_a_hostile_file(demo: Path, tmp_path: Path) -> None:
    """The start screen reads each recent file's title: a FIFO or an endless view named
    workshop at a recent path hung it as it drew (before, only the header was looked at)."""
    import threading

    from desktop.storage.summary import read_summary

    fifo = tmp_path / "Pipe.tvaers"
    os.mkfifo(fifo)
    endless = _altered(
        demo,
        tmp_path / "Uendelig.tvaers",
        "DROP TABLE workshop",
        ENDLESS.replace("VIEW uendelig", "VIEW workshop").replace(
            "SELECT i FROM n", "SELECT i AS title, NULL AS starts_at FROM n ORDER BY i DESC"
        ),
    )
    results: dict[str, object] = {}

    def glance() -> None:
        results["fifo"] = read_summary(fifo)
        results["endless"] = read_summary(endless)
        results["demo"] = read_summary(demo)

    worker = threading.Thread(target=glance, daemon=True)  # a regression fails, not hangs
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "the recent list waited on a FIFO or ran an endless view"
    assert results["fifo"] is None
    assert results["endless"] is None
    assert results["demo"] is not None
