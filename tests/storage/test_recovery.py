"""After a crash, the next open finds the working copy's unsaved edits and offers them back.

The crash is real: a child process edits through the core operations, says ACK once
the edit is committed, and is killed with SIGKILL before anything saves.
"""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.core.workshop import get_workshop
from desktop.storage import backups, errors, identity, lock, working_copy
from desktop.storage.document import WorkshopDocument, open_document

from .conftest import FileState, assert_unchanged, kill_hard, wait_for_ack

Spawn = Callable[[str], subprocess.Popen[str]]

EDIT_THEN_HANG = """
    import time
    from pathlib import Path
    from desktop.core.participants import add_participant
    from desktop.core.workshop import update_workshop
    from desktop.storage.document import create_document, open_document
    path = Path({path!r})
    doc = create_document(path, title="Lavet i barnet") if {create!r} else open_document(path)
    with doc.session() as s:
        add_participant(s, name="Skrevet lige før nedbruddet")
        update_workshop(s, purpose="Ændret i barnet")
    print("ACK", flush=True)
    time.sleep(120)
"""

# Commits edits, then is killed in the middle of a big transaction whose changed pages
# have already spilled into the working copy: the crash leaves a hot journal behind,
# and the working copy's raw bytes hold half a transaction.
CRASH_MID_TRANSACTION = """
    import sqlite3, time
    from pathlib import Path
    from desktop.core.participants import add_participant
    from desktop.storage.document import open_document
    doc = open_document(Path({path!r}))
    with doc.session() as s:
        for i in range(60):
            add_participant(s, name=f"Gemt i arbejdskopien {{i:02}}", role="x" * 500)
    conn = sqlite3.connect(doc.working, isolation_level=None)
    conn.execute("PRAGMA cache_size = 2")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE participant SET name = 'Halvt skrevet', role = ''")
    assert Path(str(doc.working) + "-journal").stat().st_size > 0
    print("ACK", flush=True)
    time.sleep(120)
"""
COMMITTED = ["Gemt", *(f"Gemt i arbejdskopien {i:02}" for i in range(60))]


def _raw_names(database: Path) -> list[str]:
    """The names in a database file's own bytes, ignoring any journal beside it."""
    conn = sqlite3.connect(identity.readonly_uri(database), uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM participant ORDER BY position")]
    finally:
        conn.close()


@pytest.fixture
def saved(new_doc: Callable[..., WorkshopDocument]) -> Path:
    doc = new_doc("Nedbrud.tvaers", title="Før nedbruddet")
    with doc.session() as s:
        add_participant(s, name="Gemt")
    doc.close()
    return doc.path


def _crash(spawn: Spawn, code: str, path: Path, *, create: bool = False) -> None:
    child = spawn(code.format(path=str(path), create=create))
    wait_for_ack(child)
    kill_hard(child)


def _content(doc: WorkshopDocument) -> tuple[str, list[str]]:
    with doc.session() as s:
        return get_workshop(s).purpose, [p.name for p in list_participants(s)]


def test_killed_session_is_found_and_its_edit_recovered(saved: Path, spawn: Spawn) -> None:
    before = FileState.of(saved)
    _crash(spawn, EDIT_THEN_HANG, saved)
    assert_unchanged(saved, before)  # the child never saved: the edit is only in its copy

    found = working_copy.find_recoverable()
    assert [r.document for r in found] == [saved]
    assert datetime.now() - found[0].edited_at < timedelta(minutes=5)

    with pytest.raises(errors.RecoveryAvailable) as offered:
        open_document(saved)
    assert isinstance(offered.value.pending, working_copy.Recoverable)
    assert offered.value.pending.document == saved
    for lang in ("da", "en"):
        assert saved.name in offered.value.message(lang)
    # Asking again asks again: nothing was decided or discarded by the question.
    with pytest.raises(errors.RecoveryAvailable):
        open_document(saved)
    assert_unchanged(saved, before)

    doc = open_document(saved, recover=True)
    try:
        assert _content(doc) == ("Ændret i barnet", ["Gemt", "Skrevet lige før nedbruddet"])
        assert doc.is_dirty, "recovered edits are unsaved, so autosave writes them"
        assert lock.read_lock(saved).is_ours  # type: ignore[union-attr]
    finally:
        doc.close()  # saves, as autosave would have
    assert working_copy.find_recoverable() == []
    reopened = open_document(saved)
    try:
        assert _content(reopened) == ("Ændret i barnet", ["Gemt", "Skrevet lige før nedbruddet"])
        assert not reopened.is_dirty
    finally:
        reopened.close()


def test_declined_recovery_opens_the_saved_version_and_keeps_the_edits_in_backups(
    saved: Path, spawn: Spawn
) -> None:
    before = FileState.of(saved)
    _crash(spawn, EDIT_THEN_HANG, saved)

    doc = open_document(saved, recover=False)
    try:
        assert _content(doc) == ("", ["Gemt"])
        assert not doc.is_dirty
        kept = [b for b in backups.list_backups(saved) if "ikke-gendannet" in b.path.name]
        assert len(kept) == 1
        identity.inspect(kept[0].path)
        assert _raw_names(kept[0].path) == ["Gemt", "Skrevet lige før nedbruddet"]
        assert working_copy.find_recoverable() == []
        assert_unchanged(saved, before)

        # Changing one's mind later: the kept copy restores like any backup.
        doc.restore_backup(kept[0].path)
        assert _content(doc) == ("Ændret i barnet", ["Gemt", "Skrevet lige før nedbruddet"])
    finally:
        doc.close()


def test_edits_of_a_document_created_just_before_the_crash_are_recovered(
    docs_dir: Path, spawn: Spawn
) -> None:
    path = docs_dir / "Ny og straks væk.tvaers"
    _crash(spawn, EDIT_THEN_HANG, path, create=True)
    assert identity.inspect(path)  # create_document saved it once
    with pytest.raises(errors.RecoveryAvailable):
        open_document(path)
    doc = open_document(path, recover=True)
    try:
        assert _content(doc) == ("Ændret i barnet", ["Skrevet lige før nedbruddet"])
        with doc.session() as s:
            assert get_workshop(s).title == "Lavet i barnet"
        assert doc.is_dirty
    finally:
        doc.close()


def test_crash_mid_transaction_recovers_committed_edits_only(saved: Path, spawn: Spawn) -> None:
    _crash(spawn, CRASH_MID_TRANSACTION, saved)
    working = working_copy.working_path(saved)
    assert Path(f"{working}-journal").exists(), "the crash should leave a hot journal"
    assert "Halvt skrevet" in _raw_names(working), "half the transaction is in the file"

    doc = open_document(saved, recover=True)
    try:
        assert _content(doc)[1] == COMMITTED
        with doc.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").all() == [("ok",)]
        assert doc.is_dirty
        doc.save()
    finally:
        doc.close()
    assert not Path(f"{working}-journal").exists()
    assert _raw_names(saved) == COMMITTED


def test_declined_recovery_after_crash_mid_transaction_keeps_a_sound_copy(
    saved: Path, spawn: Spawn
) -> None:
    _crash(spawn, CRASH_MID_TRANSACTION, saved)
    doc = open_document(saved, recover=False)
    try:
        assert _content(doc)[1] == ["Gemt"]
    finally:
        doc.close()
    kept = [b for b in backups.list_backups(saved) if "ikke-gendannet" in b.path.name]
    assert len(kept) == 1
    identity.inspect(kept[0].path)
    # The half transaction was rolled back before the copy was taken, not copied raw.
    assert _raw_names(kept[0].path) == COMMITTED


def test_clean_close_leaves_nothing_to_recover(saved: Path) -> None:
    doc = open_document(saved)
    with doc.session() as s:
        add_participant(s, name="Lukket pænt")
    doc.close()
    assert working_copy.find_recoverable() == []
    assert not doc.working.exists()
    doc = open_document(saved)  # no RecoveryAvailable
    doc.close()


def test_close_without_saving_keeps_the_edits_for_recovery(saved: Path) -> None:
    doc = open_document(saved)
    with doc.session() as s:
        add_participant(s, name="Ikke gemt")
    doc.close(save=False)
    assert [r.document for r in working_copy.find_recoverable()] == [saved]
    with pytest.raises(errors.RecoveryAvailable):
        open_document(saved)
    doc = open_document(saved, recover=True)
    try:
        assert _content(doc)[1] == ["Gemt", "Ikke gemt"]
    finally:
        doc.close()
