"""A full disk or a vanished folder: a clear error, nothing lost, and retrying works."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.core.workshop import update_workshop
from desktop.storage import backups, document, errors, working_copy
from desktop.storage.document import WorkshopDocument, create_document, open_document

from .conftest import FileState, assert_unchanged, title_of

BIG = "Meget lang tekst. " * 30_000  # about 540 kB


def _names(doc: WorkshopDocument) -> list[str]:
    with doc.session() as s:
        return [p.name for p in list_participants(s)]


def _names_in_file(path: Path) -> list[str]:
    doc = open_document(path, read_only=True)
    try:
        return _names(doc)
    finally:
        doc.close()


def _no_temp_files(folder: Path) -> None:
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith((".saving", "-journal"))]
    assert leftovers == []


def _set_max_pages(doc: WorkshopDocument, pages: int | None) -> None:
    with doc.engine.connect() as conn:
        if pages is None:
            conn.exec_driver_sql("PRAGMA max_page_count = 2147483646")
        else:
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")


# -- the working copy's disk fills up during an edit ------------------------------------


def test_edit_on_full_disk_raises_and_keeps_what_was_stored(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    with doc.session() as s:
        add_participant(s, name="Før")
    with doc.engine.connect() as conn:
        (pages,) = conn.exec_driver_sql("PRAGMA page_count").one()
    _set_max_pages(doc, pages)

    with pytest.raises(errors.EditNotStoredError) as refused, doc.session() as s:
        add_participant(s, name="Stor", role=BIG)
    assert "full" in refused.value.message("en")
    assert refused.value.message("da").strip()
    with pytest.raises(errors.EditNotStoredError), doc.session() as s:
        update_workshop(s, purpose=BIG)

    # What was committed before is intact, in this session and in a new one ...
    assert _names(doc) == ["Før"]
    assert title_of(doc) == "Indkøb af journalsystem"
    conn = sqlite3.connect(doc.working)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT name FROM participant").fetchall() == [("Før",)]
    finally:
        conn.close()

    # ... and once there is room again, editing and saving go on.
    _set_max_pages(doc, None)
    with doc.session() as s:
        add_participant(s, name="Efter", role=BIG)
    doc.save()
    assert _names_in_file(doc.path) == ["Før", "Efter"]


def test_failed_edit_leaves_nothing_half_done_for_the_next_edit(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    with doc.engine.connect() as conn:
        (pages,) = conn.exec_driver_sql("PRAGMA page_count").one()
    _set_max_pages(doc, pages)
    with pytest.raises(errors.EditNotStoredError), doc.session() as s:
        add_participant(s, name="Afvist", role=BIG)
    _set_max_pages(doc, None)
    with doc.session() as s:
        add_participant(s, name="Næste")
    assert _names(doc) == ["Næste"]


# -- the document's disk fills up during a save ------------------------------------------


def _assert_save_failure_lost_nothing(
    doc: WorkshopDocument, before: FileState, expected: list[str]
) -> None:
    assert_unchanged(doc.path, before)
    assert doc.is_dirty, "the edit is still unsaved, so autosave will try again"
    assert _names(doc) == expected
    _no_temp_files(doc.path.parent)
    assert [r.document for r in working_copy.find_recoverable()] == [doc.path]


def test_save_on_full_disk_leaves_document_untouched_and_retry_works(
    small_fs: Callable[..., Path],
) -> None:
    stick = small_fs("1m")
    doc = create_document(stick / "USB.tvaers", title="På stikket")
    try:
        with doc.session() as s:
            add_participant(s, name="Lille")
        doc.save()
        filler = stick / "fyld.bin"
        free = shutil.disk_usage(stick).free
        filler.write_bytes(b"\0" * (free - 64 * 1024))
        before = FileState.of(doc.path)
        backups_before = backups.list_backups(doc.path)

        with doc.session() as s:
            add_participant(s, name="Stor", role=BIG)
        with pytest.raises(errors.DiskFullError) as refused:
            doc.save()
        assert doc.path.name in refused.value.message("da")
        assert "arbejdskopien" in refused.value.message("da")
        _assert_save_failure_lost_nothing(doc, before, ["Lille", "Stor"])
        assert backups.list_backups(doc.path) == backups_before

        # A second attempt on a still full disk fails the same way, still harmless.
        with pytest.raises(errors.DiskFullError):
            doc.save()
        _assert_save_failure_lost_nothing(doc, before, ["Lille", "Stor"])

        filler.unlink()
        doc.save()
        assert not doc.is_dirty
        _no_temp_files(stick)
    finally:
        doc.close()
    assert _names_in_file(stick / "USB.tvaers") == ["Lille", "Stor"]


@pytest.mark.parametrize("failing", ["vacuum", "fsync", "replace"])
def test_save_failing_with_no_space_raises_disk_full_and_loses_nothing(
    new_doc: Callable[..., WorkshopDocument], monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    doc = new_doc()
    with doc.session() as s:
        add_participant(s, name="Gemt")
    doc.save()
    with doc.session() as s:
        add_participant(s, name="Ikke gemt endnu")
    before = FileState.of(doc.path)
    no_space = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if failing == "fsync":

        def fsync_full(path: Path) -> None:
            raise no_space

        monkeypatch.setattr(document, "_fsync_file", fsync_full)
    elif failing == "replace":
        real_replace = os.replace

        def replace_full(src: object, dst: object) -> None:
            if Path(str(dst)) == doc.path:
                raise no_space
            real_replace(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "replace", replace_full)
    else:
        real_connect = sqlite3.connect

        class FullDisk:
            def __init__(self, conn: object) -> None:
                self._conn = conn

            def execute(self, sql: str, *args: object) -> object:
                if sql.startswith("VACUUM INTO"):
                    err = sqlite3.OperationalError("database or disk is full")
                    err.sqlite_errorcode = 13  # type: ignore[attr-defined]
                    raise err
                return self._conn.execute(sql, *args)  # type: ignore[attr-defined]

            def close(self) -> None:
                self._conn.close()  # type: ignore[attr-defined]

        def connect(target: object, *args: object, **kwargs: object) -> object:
            conn = real_connect(target, *args, **kwargs)  # type: ignore[call-overload]
            return FullDisk(conn) if Path(str(target)) == doc.working else conn

        monkeypatch.setattr(sqlite3, "connect", connect)

    with pytest.raises(errors.DiskFullError):
        doc.save()
    _assert_save_failure_lost_nothing(doc, before, ["Gemt", "Ikke gemt endnu"])

    monkeypatch.undo()
    doc.save()
    assert not doc.is_dirty
    _no_temp_files(doc.path.parent)
    assert _names_in_file(doc.path) == ["Gemt", "Ikke gemt endnu"]


def test_closing_when_the_save_fails_keeps_the_document_open_and_the_edit(
    new_doc: Callable[..., WorkshopDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = new_doc()
    with doc.session() as s:
        add_participant(s, name="Ikke gemt")

    def fsync_full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(document, "_fsync_file", fsync_full)
    with pytest.raises(errors.DiskFullError):
        doc.close()
    assert doc.working.exists()
    assert _names(doc) == ["Ikke gemt"]
    monkeypatch.undo()
    doc.close()
    assert _names_in_file(doc.path) == ["Ikke gemt"]


# -- the document's folder disappears (USB stick pulled, network drive gone) -------------


def test_folder_gone_raises_and_save_as_elsewhere_keeps_everything(
    tmp_path: Path, docs_dir: Path
) -> None:
    stick = tmp_path / "USB-stik"
    stick.mkdir()
    doc = create_document(stick / "Workshop.tvaers", title="På stikket")
    try:
        with doc.session() as s:
            add_participant(s, name="Gemt")
        doc.save()
        with doc.session() as s:
            add_participant(s, name="Efter stikket blev taget ud")
        stick.rename(tmp_path / "et andet sted")

        with pytest.raises(errors.FolderGoneError) as refused:
            doc.save()
        assert str(stick) in refused.value.message("da")
        assert doc.is_dirty
        assert _names(doc) == ["Gemt", "Efter stikket blev taget ud"]

        elsewhere = docs_dir / "Reddet.tvaers"
        doc.save_as(elsewhere)
        assert doc.path == elsewhere
        assert not doc.is_dirty
        with doc.session() as s:
            add_participant(s, name="Efter Gem som")
    finally:
        doc.close()
    assert _names_in_file(docs_dir / "Reddet.tvaers") == [
        "Gemt",
        "Efter stikket blev taget ud",
        "Efter Gem som",
    ]
    assert working_copy.find_recoverable() == []
    _no_temp_files(docs_dir)


def test_save_into_unwritable_folder_says_so_and_loses_nothing(
    small_fs: Callable[..., Path],
) -> None:
    from .conftest import remount

    share = small_fs("4m")
    doc = create_document(share / "Delt.tvaers", title="Netværk")
    try:
        with doc.session() as s:
            add_participant(s, name="Ikke gemt")
        remount(share, "ro")
        before = FileState.of(doc.path)
        with pytest.raises(errors.NoWriteAccessError):
            doc.save()
        _assert_save_failure_lost_nothing(doc, before, ["Ikke gemt"])
        remount(share, "rw")
        doc.save()
    finally:
        doc.close()
    assert _names_in_file(share / "Delt.tvaers") == ["Ikke gemt"]


def test_save_as_into_a_read_only_drive_says_so_and_keeps_working_here(
    new_doc: Callable[..., WorkshopDocument], small_fs: Callable[..., Path]
) -> None:
    from .conftest import remount

    cd = small_fs("1m")
    remount(cd, "ro")
    doc = new_doc()
    with doc.session() as s:
        add_participant(s, name="Ikke gemt")
    with pytest.raises(errors.NoWriteAccessError):
        doc.save_as(cd / "Kopi.tvaers")
    assert doc.path.parent != cd
    assert doc.is_dirty
    doc.save()
    assert _names_in_file(doc.path) == ["Ikke gemt"]
