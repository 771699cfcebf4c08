"""Before each save-over the previous version goes to the backups; `backups.retain` decides
which stay (the last 10 saves, time-spaced ones, the version as opened in each session; see
tests/reliability/test_backups_reach_back.py for its properties)."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.storage import backups, document, errors, identity
from desktop.storage.document import WorkshopDocument, open_document

from .conftest import FileState, assert_unchanged, set_title, title_of


def _title_in(path: Path) -> str:
    conn = sqlite3.connect(identity.readonly_uri(path), uri=True)
    try:
        (title,) = conn.execute("SELECT title FROM workshop").fetchone()
        return str(title)
    finally:
        conn.close()


def _saved_twelve_times(new_doc: Callable[..., WorkshopDocument]) -> WorkshopDocument:
    doc = new_doc(title="v0")
    for i in range(1, 13):
        set_title(doc, f"v{i}")
        doc.save()
    return doc


def test_twelve_saves_keep_the_last_ten_versions_newest_first(
    new_doc: Callable[..., WorkshopDocument], data_dir: Path
) -> None:
    doc = _saved_twelve_times(new_doc)
    found = backups.list_backups(doc.path)
    assert len(found) == backups.KEEP == 10
    assert len(list(backups.backup_dir(doc.path).iterdir())) == 10
    assert backups.backup_dir(doc.path).is_relative_to(data_dir)
    stamps = [b.taken_at for b in found]
    assert stamps == sorted(stamps, reverse=True) and len(set(stamps)) == 10
    # Backup k holds the version that save k replaced: v11 (replaced by v12) is newest.
    assert [_title_in(b.path) for b in found] == [f"v{i}" for i in range(11, 1, -1)]
    for b in found:
        header = identity.inspect(b.path)
        assert header.user_version == identity.SCHEMA_VERSION
        assert b.size == b.path.stat().st_size


def test_restore_backup_brings_back_the_old_content_and_is_reversible(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = _saved_twelve_times(new_doc)
    with doc.session() as s:
        add_participant(s, name="Ikke gemt før gendannelsen")
    old = next(b for b in backups.list_backups(doc.path) if _title_in(b.path) == "v5")

    doc.restore_backup(old.path)
    assert title_of(doc) == "v5"
    with doc.session() as s:
        assert list_participants(s) == []
    assert not doc.is_dirty, "restoring saves the document at once"
    assert _title_in(doc.path) == "v5"

    # The version it replaced, with the edit that was not yet saved, is now a backup.
    newest = backups.list_backups(doc.path)[0]
    assert _title_in(newest.path) == "v12"
    doc.restore_backup(newest.path)
    assert title_of(doc) == "v12"
    with doc.session() as s:
        assert [p.name for p in list_participants(s)] == ["Ikke gemt før gendannelsen"]
    doc.close()
    reopened = open_document(doc.path)
    try:
        assert title_of(reopened) == "v12"
    finally:
        reopened.close()


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = _saved_twelve_times(new_doc)
    with doc.session() as s:
        add_participant(s, name="Ikke gemt")
    victim = backups.list_backups(doc.path)[3].path
    victim.write_bytes(victim.read_bytes()[:5000])
    before = FileState.of(doc.path)
    with pytest.raises(errors.DamagedFileError):
        doc.restore_backup(victim)
    assert_unchanged(doc.path, before)
    assert title_of(doc) == "v12"
    assert doc.is_dirty
    with doc.session() as s:
        assert [p.name for p in list_participants(s)] == ["Ikke gemt"]


def test_saves_without_changes_do_not_push_older_backups_out(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc(title="v0")
    for i in range(1, 4):
        set_title(doc, f"v{i}")
        doc.save()
    before = [b.path for b in backups.list_backups(doc.path)]
    for _ in range(15):
        doc.save()
    after = backups.list_backups(doc.path)
    assert [_title_in(b.path) for b in after] == ["v3", "v2", "v1", "v0"]
    assert [b.path for b in after][1:] == before


def test_failing_saves_retried_do_not_rotate_the_backups_away(
    new_doc: Callable[..., WorkshopDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Autosave retries a save that fails at the last step (a locked or full drive)."""
    doc = new_doc(title="v0")
    for i in range(1, 11):
        set_title(doc, f"v{i}")
        doc.save()
    set_title(doc, "ikke gemt")
    real_replace = document.os.replace

    def locked(src: object, dst: object) -> None:
        if Path(str(dst)) == doc.path:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    # A context, not monkeypatch.undo(): that would also undo the data folder of the test
    # and send the next backups to the real one.
    with monkeypatch.context() as m:
        m.setattr(document.os, "replace", locked)
        for _ in range(12):
            with pytest.raises(errors.DiskFullError):
                doc.save()
    titles = [_title_in(b.path) for b in backups.list_backups(doc.path)]
    assert titles == [f"v{i}" for i in range(10, 0, -1)]
    doc.save()
    assert _title_in(doc.path) == "ikke gemt"


def test_take_backup_copies_the_document_byte_for_byte(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    doc.close()
    before = FileState.of(doc.path)
    copy = backups.take_backup(doc.path)
    assert copy.read_bytes() == before.content
    assert_unchanged(doc.path, before)
    assert backups.list_backups(doc.path)[0].path == copy


def test_backups_of_documents_with_the_same_name_are_kept_apart(
    tmp_path: Path, new_doc: Callable[..., WorkshopDocument]
) -> None:
    from desktop.storage.document import create_document

    a = new_doc("Workshop.tvaers", title="A")
    (tmp_path / "andet").mkdir()
    b = create_document(tmp_path / "andet" / "Workshop.tvaers", title="B")
    for doc in (a, b):
        set_title(doc, doc.path.parent.name)
        doc.save()
    b.close()
    assert backups.backup_dir(a.path) != backups.backup_dir(b.path)
    assert [_title_in(x.path) for x in backups.list_backups(a.path)] == ["A"]
    assert [_title_in(x.path) for x in backups.list_backups(b.path)] == ["B"]


def test_the_first_save_of_a_session_keeps_the_version_as_opened_once(
    new_doc: Callable[..., WorkshopDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also when that first save fails and is retried: one labelled copy, not one per try."""
    doc = new_doc(title="Som åbnet")
    doc.close()
    doc = open_document(doc.path)
    try:
        set_title(doc, "Ændret")
        real_replace = document.os.replace

        def full(src: object, dst: object) -> None:
            if Path(str(dst)) == doc.path:
                raise OSError(errno.ENOSPC, "No space left on device")
            real_replace(src, dst)  # type: ignore[arg-type]

        with monkeypatch.context() as m:
            m.setattr(document.os, "replace", full)
            for _ in range(3):
                with pytest.raises(errors.DiskFullError):
                    doc.save()
        for title in ("Ændret", "Igen", "Og igen"):
            set_title(doc, title)
            doc.save()
        found = backups.list_backups(doc.path)
        opened = [b for b in found if b.label == backups.AS_OPENED]
        assert [_title_in(b.path) for b in opened] == ["Som åbnet"]
        assert [b.label for b in found].count("") == 2  # "Ændret" and "Igen"
    finally:
        doc.close()


def test_a_backup_that_cannot_be_removed_does_not_fail_the_save(
    new_doc: Callable[..., WorkshopDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _saved_twelve_times(new_doc)
    real_unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:
        if self.parent == backups.backup_dir(doc.path) and not self.name.endswith(".partial"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real_unlink(self, missing_ok=missing_ok)

    set_title(doc, "v13")
    with monkeypatch.context() as m:
        m.setattr(Path, "unlink", refuse)
        doc.save()
    assert _title_in(doc.path) == "v13"
    assert _title_in(backups.list_backups(doc.path)[0].path) == "v12"


def test_a_held_backup_is_never_pruned(new_doc: Callable[..., WorkshopDocument]) -> None:
    doc = _saved_twelve_times(new_doc)
    oldest = backups.list_backups(doc.path)[-1].path
    with backups.held(oldest):
        for i in range(13, 30):
            set_title(doc, f"v{i}")
            doc.save()
        assert oldest.exists()
    set_title(doc, "v30")
    doc.save()
    assert not oldest.exists()  # let go of, it is pruned like any other
