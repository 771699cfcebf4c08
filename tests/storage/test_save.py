"""Saving: VACUUM INTO a temporary file beside the document, check it, replace the document.

The document is always one complete, sound file, with nothing beside it but the lock.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, delete_participant, list_participants
from desktop.storage import document, errors, identity, lock, working_copy
from desktop.storage.document import WorkshopDocument, create_document, open_document

from .conftest import FileState, assert_unchanged, set_title, title_of

SIDE_FILES = (".saving", "-journal", "-wal", "-shm", ".tmp")


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def _check_sound(path: Path) -> None:
    conn = sqlite3.connect(identity.readonly_uri(path), uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    header = identity.inspect(path)
    assert header.application_id == identity.APPLICATION_ID
    assert header.user_version == identity.SCHEMA_VERSION


def test_save_leaves_one_sound_file_and_no_temporary_files(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    ids = []
    with doc.session() as s:
        for i in range(200):
            ids.append(add_participant(s, name=f"P{i}", role="r" * 300).id)
    doc.save()
    with doc.session() as s:
        for pid in ids[:150]:
            delete_participant(s, participant_id=pid)
    doc.save()
    _check_sound(doc.path)
    assert _beside(doc.path) == [lock.lock_path(doc.path).name]
    assert not any(name.endswith(SIDE_FILES) for name in os.listdir(doc.path.parent))
    doc.close()
    assert _beside(doc.path) == []
    _check_sound(doc.path)


def test_editing_never_writes_the_document_only_saving_does(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    before = FileState.of(doc.path)
    with doc.session() as s:
        add_participant(s, name="Kun i arbejdskopien")
    assert_unchanged(doc.path, before)
    assert doc.working.parent.parent == Path(os.environ["TVAERS_DATA_DIR"])
    doc.save()
    assert FileState.of(doc.path).content != before.content


def test_is_dirty_follows_edits_and_saves(new_doc: Callable[..., WorkshopDocument]) -> None:
    doc = new_doc()
    assert not doc.is_dirty
    assert doc.last_saved is not None
    set_title(doc, "Ændret")
    assert doc.is_dirty
    doc.save()
    assert not doc.is_dirty
    with pytest.raises(ValueError), doc.session() as s:
        add_participant(s, no_such_field="x")
    assert not doc.is_dirty, "a refused edit changes nothing"
    doc.close()
    reopened = open_document(doc.path)
    try:
        assert not reopened.is_dirty
        assert title_of(reopened) == "Ændret"
    finally:
        reopened.close()


def test_save_checks_the_new_file_before_it_replaces_the_document(
    new_doc: Callable[..., WorkshopDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = new_doc()
    set_title(doc, "Ny titel")
    before = FileState.of(doc.path)

    def bad_copy(path: Path) -> None:
        raise errors.DamagedFileError(name=path.name, reason_da="x", reason_en="checked bad")

    monkeypatch.setattr(identity, "verify_written", bad_copy)
    with pytest.raises(errors.SaveFailedError) as refused:
        doc.save()
    assert "checked bad" in refused.value.message("en")
    assert_unchanged(doc.path, before)
    assert _beside(doc.path) == [lock.lock_path(doc.path).name]
    assert doc.is_dirty
    monkeypatch.undo()
    doc.save()
    assert not doc.is_dirty


def test_fsync_opens_the_file_for_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows os.fsync (FlushFileBuffers) fails on a handle opened read-only."""
    target = tmp_path / "f"
    target.write_bytes(b"x")
    modes: list[int] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        modes.append(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    document._fsync_file(target)
    assert modes and modes[0] in (os.O_RDWR, os.O_WRONLY)
    assert target.read_bytes() == b"x"


def test_save_as_moves_the_work_to_the_new_file_and_leaves_the_old_one(
    new_doc: Callable[..., WorkshopDocument], docs_dir: Path
) -> None:
    doc = new_doc("Original.tvaers")
    with doc.session() as s:
        add_participant(s, name="Fælles")
    doc.save()
    with doc.session() as s:
        add_participant(s, name="Kun i kopien")
    original = doc.path
    before = FileState.of(original)
    copy = docs_dir / "undermappe" / "Kopi.tvaers"
    copy.parent.mkdir()

    doc.save_as(copy)
    assert doc.path == copy
    assert not doc.is_dirty
    assert_unchanged(original, before)
    assert not lock.lock_path(original).exists()
    assert lock.read_lock(copy).is_ours  # type: ignore[union-attr]
    _check_sound(copy)

    # The working copy followed: an edit now is recoverable under the new name.
    with doc.session() as s:
        add_participant(s, name="Efter Gem som")
    assert [r.document for r in working_copy.find_recoverable()] == [copy]
    doc.close()
    for path, expected in (
        (original, ["Fælles"]),
        (copy, ["Fælles", "Kun i kopien", "Efter Gem som"]),
    ):
        reopened = open_document(path)
        try:
            with reopened.session() as s:
                assert [p.name for p in list_participants(s)] == expected
        finally:
            reopened.close()


def test_save_as_onto_a_file_someone_has_open_is_refused(
    new_doc: Callable[..., WorkshopDocument], docs_dir: Path
) -> None:
    other = new_doc("Andens.tvaers")
    other.close()
    target_before = FileState.of(other.path)
    lock.lock_path(other.path).write_text(
        json.dumps(
            {
                "user": "bo",
                "host": "bos-pc",
                "pid": 1,
                "since": "2099-01-01T00:00:00+00:00",
                "heartbeat": "2099-01-01T00:00:00+00:00",
            }
        )
    )
    doc = new_doc("Min.tvaers")
    set_title(doc, "Mit arbejde")
    with pytest.raises(errors.LockedError) as refused:
        doc.save_as(other.path)
    assert "bo" in refused.value.message("en")
    assert_unchanged(other.path, target_before)
    assert doc.path == docs_dir / "Min.tvaers"
    assert doc.is_dirty
    assert lock.read_lock(other.path).user == "bo"  # type: ignore[union-attr]


def test_save_as_to_a_missing_folder_says_the_folder_is_gone(
    new_doc: Callable[..., WorkshopDocument], docs_dir: Path
) -> None:
    doc = new_doc()
    set_title(doc, "Ikke gemt")
    with pytest.raises(errors.FolderGoneError):
        doc.save_as(docs_dir / "findes ikke" / "X.tvaers")
    assert doc.path == docs_dir / "Workshop.tvaers"
    assert doc.is_dirty
    assert not (docs_dir / "findes ikke").exists()
    assert lock.read_lock(doc.path).is_ours  # type: ignore[union-attr]


def test_create_refuses_an_existing_file_and_leaves_it(docs_dir: Path) -> None:
    existing = docs_dir / "Findes.tvaers"
    existing.write_bytes(b"mine, not yours")
    before = FileState.of(existing)
    with pytest.raises(errors.AlreadyExistsError) as refused:
        create_document(existing, title="x")
    assert existing.name in refused.value.message("da")
    assert_unchanged(existing, before)
    assert _beside(existing) == []


def test_create_makes_the_folder_and_a_sound_file_with_the_details(tmp_path: Path) -> None:
    path = tmp_path / "Dokumenter" / "Tværs" / "Ny workshop.tvaers"
    doc = create_document(path, title="Ny workshop", facilitator="Mette")
    try:
        _check_sound(path)
        assert title_of(doc) == "Ny workshop"
        assert not doc.is_dirty
    finally:
        doc.close()
    assert _beside(path) == []


def test_new_database_is_a_sound_workshop_of_the_current_version(tmp_path: Path) -> None:
    target = tmp_path / "ny.sqlite"
    document.new_database(target, title="Fra bunden")
    header = identity.inspect(target)
    assert header.user_version == identity.SCHEMA_VERSION
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT title FROM workshop").fetchall() == [("Fra bunden",)]
    finally:
        conn.close()


def test_closed_read_only_copies_leave_nothing_in_the_data_folder(
    new_doc: Callable[..., WorkshopDocument], data_dir: Path
) -> None:
    doc = new_doc()
    doc.close()
    for _ in range(3):
        open_document(doc.path, read_only=True).close()
    assert sorted(p.name for p in (data_dir / "working").iterdir()) == []


def test_a_closed_document_reports_nothing_to_save(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    set_title(doc, "Gemmes ved lukning")
    doc.close()
    assert not doc.working.exists()
    assert doc.is_dirty is False  # asked by a title bar after closing: no crash
    doc.close()  # closing twice is harmless
    reopened = open_document(doc.path)
    try:
        assert title_of(reopened) == "Gemmes ved lukning"
    finally:
        reopened.close()
