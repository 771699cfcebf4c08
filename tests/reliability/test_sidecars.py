"""A `-wal` or hot `-journal` beside the workshop, handled as SQLite would (issue 18, item 6).

Before, Tværs read the document alone (immutable): a `-wal` holding committed changes (left
by a sqlite3 shell or DB Browser that was closed uncleanly) was ignored, and after a save
the stale `-wal` stayed beside the new file, so the next ordinary SQLite open applied it to
a file it did not belong to. A hot `-journal` from a killed writer was ignored as well, so
Tværs showed the half transaction it should have rolled back. Now the document and its
sidecars are resolved on a private copy (SQLite applies the WAL or rolls the journal back
there), `tvaers check` says what it found, and our save leaves no sidecar that no longer
matches the file.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop import cli
from desktop.core import participants
from desktop.core.workshop import get_workshop
from desktop.storage import backups
from desktop.storage.document import WorkshopDocument, open_document
from tests.reliability.support import FileState

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v5.tvaers"
ORIGINAL_TITLE = "Indkøb af nyt journalsystem"
WAL_TITLE = "Titel fra WAL-filen"
HALF_TITLE = "Halv ændring, aldrig gemt"


def _sidecars(path: Path) -> list[str]:
    return sorted(s for s in ("-wal", "-shm", "-journal") if path.with_name(path.name + s).exists())


def _with_committed_wal(folder: Path) -> Path:
    """A workshop whose last change is committed in its -wal only: the other program's
    connection was never closed (a crash, a pulled plug), so nothing checkpointed it."""
    writer_folder = folder / "skriver"
    writer_folder.mkdir()
    original = writer_folder / "Workshop.tvaers"
    shutil.copy2(FIXTURE, original)
    conn = sqlite3.connect(original, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE workshop SET title = ?", (WAL_TITLE,))
        path = folder / "Workshop.tvaers"
        shutil.copy2(original, path)
        shutil.copy2(original.with_name("Workshop.tvaers-wal"), folder / "Workshop.tvaers-wal")
    finally:
        conn.close()
    shutil.rmtree(writer_folder)
    return path


def _with_hot_journal(folder: Path) -> Path:
    """A workshop whose writer was killed mid-transaction: some changed pages are already in
    the file, the -journal holds the originals to roll back."""
    writer_folder = folder / "skriver"
    writer_folder.mkdir()
    original = writer_folder / "Workshop.tvaers"
    shutil.copy2(FIXTURE, original)
    conn = sqlite3.connect(original, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file early
        conn.execute("BEGIN")
        conn.execute("UPDATE workshop SET title = ?", (HALF_TITLE,))
        conn.execute("UPDATE note SET text = text || replace(hex(zeroblob(1500)), '0', 'x')")
        conn.execute("UPDATE participant SET name = name || 'x'")
        path = folder / "Workshop.tvaers"
        shutil.copy2(original, path)
        shutil.copy2(
            original.with_name("Workshop.tvaers-journal"), folder / "Workshop.tvaers-journal"
        )
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    shutil.rmtree(writer_folder)
    immutable = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:  # the half transaction is in the file itself: what ignoring the journal shows
        assert immutable.execute("SELECT title FROM workshop").fetchone() == (HALF_TITLE,)
    finally:
        immutable.close()
    return path


def _title(doc: WorkshopDocument) -> str:
    with doc.session() as session:
        return get_workshop(session).title


def _plain_open(path: Path) -> tuple[str, list[str]]:
    """What any ordinary SQLite program sees in the file afterwards."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (title,) = conn.execute("SELECT title FROM workshop").fetchone()
        names = [row[0] for row in conn.execute("SELECT name FROM participant")]
    finally:
        conn.close()
    return title, names


@pytest.mark.parametrize(
    ("make", "suffix", "title"),
    [(_with_committed_wal, "-wal", WAL_TITLE), (_with_hot_journal, "-journal", ORIGINAL_TITLE)],
    ids=["committed wal", "hot journal"],
)
def test_sidecar_is_taken_in_as_sqlite_would_and_gone_after_our_save(
    make: object,
    suffix: str,
    title: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = FileState.of(path)
    sidecar_before = FileState.of(path.with_name(path.name + suffix))

    reader = open_document(path, read_only=True)
    try:
        assert _title(reader) == title
    finally:
        reader.close(save=False)

    capsys.readouterr()
    assert cli.main(["check", str(path), "--lang", "da"]) == 0
    out = capsys.readouterr().out
    assert "i orden" in out and f"»Workshop.tvaers{suffix}«" in out, out
    before.assert_unchanged(path)
    sidecar_before.assert_unchanged(path.with_name(path.name + suffix))

    doc = open_document(path)
    try:
        assert _title(doc) == title
        with doc.session() as session:
            participants.add_participant(session, name="Efter åbningen")
        doc.save()
    finally:
        doc.close()
    assert _sidecars(path) == []
    saved_title, names = _plain_open(path)
    assert saved_title == title
    assert "Efter åbningen" in names
    assert not any(name.endswith("x") and name[:-1] in names for name in names)


def test_a_wal_that_appeared_after_open_is_moved_aside_not_applied_nor_deleted(
    tmp_path: Path,
) -> None:
    """Another program wrote a -wal beside the document while Tværs had it open: it belongs
    to the file our save replaces, so it may not stay beside the new one, and its content
    (which never reached Tværs) is kept in the backups folder, not deleted."""
    path = tmp_path / "Workshop.tvaers"
    shutil.copy2(FIXTURE, path)
    doc = open_document(path)
    try:
        with doc.session() as session:
            participants.add_participant(session, name="Gemt af Tværs")
        elsewhere = tmp_path / "andet"
        elsewhere.mkdir()
        stray = _with_committed_wal(elsewhere).with_name("Workshop.tvaers-wal")
        wal = path.with_name("Workshop.tvaers-wal")
        shutil.copy2(stray, wal)
        wal_bytes = wal.read_bytes()
        doc.save()
    finally:
        doc.close()
    assert _sidecars(path) == []
    title, names = _plain_open(path)
    assert title == ORIGINAL_TITLE and "Gemt af Tværs" in names
    kept = [p for p in backups.backup_dir(path).iterdir() if p.name.endswith(".ikke-brugt")]
    assert [p.read_bytes() for p in kept] == [wal_bytes]
