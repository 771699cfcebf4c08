"""An open workshop: the document on disk, its working copy, its lock and its saves.

    doc = open_document(path)            # may raise a refusal, LockedError, RecoveryAvailable
    with doc.session() as session: ...   # core operations commit to the working copy
    doc.save()                           # VACUUM INTO beside the document, check, replace
    doc.close()

See DESIGN.md "The workshop file" for why it works this way.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from desktop.core import models, tables  # noqa: F401  (tables: every table registered)
from desktop.storage import backups, errors, identity, lock, migrations
from desktop.storage import working_copy as wc
from desktop.storage.paths import subdir

log = logging.getLogger(__name__)

SQLITE_FULL = 13


class WorkshopDocument:
    def __init__(
        self,
        path: Path,
        working: Path,
        *,
        read_only: bool,
        holds_lock: bool,
        saved_counter: int | None = None,
    ) -> None:
        self.path = path
        self.working = working
        self.read_only = read_only
        self._holds_lock = holds_lock
        self.engine = _make_engine(working, read_only=read_only)
        # None: the working copy is a fresh copy of the document, so nothing is unsaved.
        if saved_counter is None:
            saved_counter = identity.read_change_counter(working)
        self._saved_counter = saved_counter
        self.last_saved: datetime | None = None
        self._closed = False
        self._swept: set[Path] = set()  # targets whose folder had killed saves cleared away
        self._wrote = False  # the first save-over of a session keeps the version as opened

    # -- editing -------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            except sqlite3.OperationalError as exc:
                session.rollback()
                raise _edit_error(exc) from exc
            except Exception as exc:
                session.rollback()
                cause = getattr(exc, "orig", None)
                if isinstance(cause, sqlite3.OperationalError):
                    raise _edit_error(cause) from exc
                raise

    @property
    def is_dirty(self) -> bool:
        """True while the working copy holds edits the document does not have.

        False once closed: the working copy is gone (or kept aside for recovery), and
        there is nothing more this object can save (a title bar asking must not crash)."""
        if self.read_only or self._closed:
            return False
        return identity.read_change_counter(self.working) != self._saved_counter

    # -- saving --------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only:
            raise errors.ReadOnlyDocumentError(name=self.path.name)
        self._write_to(self.path)

    def save_as(self, target: Path) -> None:
        """Write to `target` and continue working there (the old document stays as it was)."""
        target = target.absolute()
        if target == self.path:
            self.save()
            return
        if not target.parent.is_dir():
            raise errors.FolderGoneError(folder=str(target.parent))
        try:
            holder = lock.acquire(target, take_over=False)
        except OSError as exc:  # the folder is not ours to write in
            raise _save_error(target, exc) from exc
        if holder is not None:
            raise _locked(target, holder)
        try:
            self._write_to(target)
        except BaseException:
            lock.release(target)
            raise
        old_path, old_working = self.path, self.working
        if self._holds_lock:
            lock.release(old_path)
        self.path, self._holds_lock, self.read_only = target, True, False
        # The working copy follows the document's new name, so recovery finds it.
        self.engine.dispose()
        new_working = wc.working_path(target)
        wc.discard(new_working)
        shutil.move(str(old_working), str(new_working))
        wc.discard(old_working)
        self.working = new_working
        self.engine = _make_engine(new_working, read_only=False)
        self._mark_saved()

    def _write_to(self, target: Path) -> None:
        folder = target.parent
        if not folder.is_dir():
            raise errors.FolderGoneError(folder=str(folder))
        if target not in self._swept:  # leftovers come from earlier sessions: once is enough
            _remove_stale_saves(target)
            self._swept.add(target)
        tmp = folder / f"{_saving_prefix(target)}{uuid.uuid4().hex[:8]}{_SAVING}"
        counter = identity.read_change_counter(self.working)
        try:
            # Owner-only from its first byte, given the document's own mode before the swap:
            # a 0600 workshop stays 0600 (VACUUM INTO would make it as the umask says).
            mode = _mode_to_keep(target, self.path)
            _create_empty(tmp, private=mode is not None)
            conn = sqlite3.connect(self.working, isolation_level=None)
            try:
                conn.execute("VACUUM INTO ?", (str(tmp),))
            finally:
                conn.close()
            identity.verify_written(tmp)
            _fsync_file(tmp)
            if target.exists():
                first = target == self.path and not self._wrote
                backups.take_backup(target, label=backups.AS_OPENED if first else "")
            if mode is not None and os.name == "posix":  # Windows: docs/RELIABILITY.md
                os.chmod(tmp, mode)
            os.replace(tmp, target)
            _fsync_dir(folder)
        except errors.FileRefusal as exc:
            raise errors.SaveFailedError(name=target.name, reason=exc.message("en")) from exc
        except sqlite3.OperationalError as exc:
            raise _save_error(target, exc) from exc
        except OSError as exc:
            raise _save_error(target, exc) from exc
        finally:
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
        self._wrote = True
        if target == self.path:
            self._saved_counter = counter
            self.last_saved = datetime.now()
            wc.write_sidecar(self.working, self.path, counter)

    def _mark_saved(self) -> None:
        self._saved_counter = identity.read_change_counter(self.working)
        self.last_saved = datetime.now()
        wc.write_sidecar(self.working, self.path, self._saved_counter)

    # -- backups -------------------------------------------------------------------

    def restore_backup(self, backup: Path) -> None:
        """Make a backup's content the current workshop; the version it replaces is backed up
        by the save that follows, so restoring is itself reversible.

        The backup is first copied and upgraded beside the working copy: a backup that
        cannot be used leaves the workshop exactly as it was. Then unsaved edits are saved
        (so they too reach the backups) and the copy replaces the working copy. The chosen
        backup is held throughout: the saves take backups of their own, and their pruning
        must never remove the very version being restored (issue 18, item 1).
        """
        identity.inspect(backup)
        staged = self.working.with_name(f"{self.working.stem}.restoring.sqlite")
        with backups.held(backup):
            try:
                try:
                    wc.copy_database(backup, staged)
                except sqlite3.DatabaseError as exc:
                    raise errors.DamagedFileError(
                        name=backup.name,
                        reason_da="backuppen kunne ikke læses",
                        reason_en="the backup could not be read",
                    ) from exc
                _migrate(staged, backup)
                if self.is_dirty:
                    self.save()
                self.engine.dispose()
                os.replace(staged, self.working)
            finally:
                wc.discard(staged)
            self.engine = _make_engine(self.working, read_only=self.read_only)
            # The working copy now differs from the document, whatever its change counter
            # says: if the save below fails, autosave and close must still know to save.
            self._saved_counter = -1
            if not self.read_only:
                self.save()

    # -- lock and closing ----------------------------------------------------------

    def refresh_lock(self) -> None:
        if self._holds_lock:
            try:
                lock.refresh(self.path)
            except OSError:
                log.warning("could not refresh lock of %s", self.path)

    def close(self, *, save: bool = True) -> None:
        """Save if needed, then let go. If the save fails, the working copy stays for recovery
        and the error propagates; the document stays open."""
        if self._closed:
            return
        if save and self.is_dirty:
            self.save()
        self.engine.dispose()
        if not self.is_dirty or self.read_only:
            wc.discard(self.working)
        if self._holds_lock:
            lock.release(self.path)
        self._closed = True


# -- opening and creating ---------------------------------------------------------------


def open_document(
    path: Path,
    *,
    read_only: bool = False,
    take_over_lock: bool = False,
    recover: bool | None = None,
) -> WorkshopDocument:
    """Open a workshop file.

    Raises a `FileRefusal` (file untouched), `LockedError` (someone else has it; call
    again with read_only=True, or take_over_lock=True if the lock is stale) or
    `RecoveryAvailable` (call again with recover=True or False).
    """
    path = Path(path).expanduser().absolute()
    identity.inspect(path)
    if not read_only and not _writable(path):
        read_only = True
    holds_lock = False
    if not read_only:
        try:
            holder = lock.acquire(path, take_over=take_over_lock)
        except OSError:
            holder, read_only = None, True
        if holder is not None:
            raise _locked(path, holder)
        holds_lock = not read_only
    try:
        if read_only:
            working = subdir("working") / f"readonly-{uuid.uuid4().hex}.sqlite"
            try:
                wc.copy_database(path, working)
                # The private copy is upgraded like any other, so the current code can read
                # an older file; the document itself is never written.
                _migrate(working, path)
                return WorkshopDocument(path, working, read_only=True, holds_lock=False)
            except BaseException:
                wc.discard(working)
                raise
        working, recovered_from = _prepare_working_copy(path, recover)
        doc = WorkshopDocument(
            path, working, read_only=False, holds_lock=holds_lock, saved_counter=recovered_from
        )
        if recovered_from is None:
            doc._mark_saved()
        return doc
    except BaseException:
        if holds_lock:
            lock.release(path)
        raise


def _prepare_working_copy(path: Path, recover: bool | None) -> tuple[Path, int | None]:
    """The working copy to edit in, and (when unsaved edits were recovered) the change
    counter of the last save, so the recovered edits count as unsaved."""
    working = wc.working_path(path)
    pending = wc.unsaved_edits(working)
    if pending is not None and recover is None:
        raise _recovery_available(path, pending)
    if pending is not None and recover:
        if _is_sound_working_copy(working):
            _migrate(working, path)
            return working, pending.saved_counter
        log.error("working copy %s is damaged; opening the document instead", working)
    if pending is not None:
        _keep_aside(path, working)
    wc.discard(working)
    wc.copy_database(path, working)
    _migrate(working, path)
    return working, None


def _is_sound_working_copy(working: Path) -> bool:
    try:
        # A normal (not immutable) open rolls back a hot journal left by a crash mid-edit.
        conn = sqlite3.connect(working, isolation_level=None)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchall() == [("ok",)])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _keep_aside(document: Path, working: Path) -> None:
    """Edits the user chose not to recover still go to the backups, never to nowhere."""
    try:
        folder = backups.backup_dir(document)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{stamp}-ikke-gendannet.tvaers"
    except OSError:
        log.exception("could not keep unrecovered working copy %s", working)
        return
    try:
        # A normal open rolls back a journal left by a crash mid-edit, so the copy is a
        # consistent database that "Restore backup" accepts; a raw copy might not be.
        src = sqlite3.connect(working)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error:
        log.exception("working copy %s unreadable; keeping its raw bytes", working)
        try:
            target.unlink(missing_ok=True)
            shutil.copy2(working, target)
        except OSError:
            log.exception("could not keep unrecovered working copy %s", working)
    except OSError:
        log.exception("could not keep unrecovered working copy %s", working)


def _migrate(working: Path, document: Path) -> None:
    conn = sqlite3.connect(working, isolation_level=None)
    try:
        migrations.migrate(conn)
    except (sqlite3.DatabaseError, migrations.MigrationError) as exc:
        raise errors.DamagedFileError(
            name=document.name,
            reason_da="filformatet kunne ikke opgraderes",
            reason_en="its format could not be upgraded",
        ) from exc
    finally:
        conn.close()


def create_document(path: Path, **details: Any) -> WorkshopDocument:
    """Make a new workshop file at `path` (which must not exist) and open it."""
    path = Path(path).expanduser().absolute()
    if path.exists():
        raise errors.AlreadyExistsError(name=path.name)
    if not path.parent.is_dir():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _save_error(path, exc) from exc
    working = wc.working_path(path)
    wc.discard(working)
    new_database(working, **details)
    try:
        holder = lock.acquire(path)
    except OSError as exc:
        wc.discard(working)
        raise _save_error(path, exc) from exc
    if holder is not None:
        wc.discard(working)
        raise _locked(path, holder)
    doc = WorkshopDocument(path, working, read_only=False, holds_lock=True)
    try:
        doc.save()
    except BaseException:
        doc.close(save=False)
        wc.discard(working)
        raise
    return doc


def new_database(target: Path, **details: Any) -> None:
    """An empty workshop database of the current schema, with its workshop row."""
    engine = _make_engine(target, read_only=False)
    try:
        SQLModel.metadata.create_all(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {identity.APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version = {identity.SCHEMA_VERSION}")
        with Session(engine) as session:
            session.add(models.Workshop(**details))
            session.commit()
    finally:
        engine.dispose()


# -- helpers ---------------------------------------------------------------------------


def _make_engine(working: Path, *, read_only: bool) -> Engine:
    # One connection for the whole document (StaticPool): pragmas set once hold for every
    # edit, and the single GUI thread never waits for a pool. The connection is made by
    # us, not from a URL: a data folder whose path holds "%", "?" or "#" (or a Windows
    # drive letter) would otherwise be parsed as URL syntax and open some other file.
    target = working.absolute()

    def connect() -> sqlite3.Connection:
        if read_only:
            return sqlite3.connect(target.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
        return sqlite3.connect(target, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        if not read_only:
            cur.execute("PRAGMA journal_mode = DELETE")
        cur.close()

    return engine


_SAVING = ".saving"


def _saving_prefix(target: Path) -> str:
    return f".{target.name}."


def _remove_stale_saves(target: Path) -> None:
    """A save killed half-way leaves its temporary file beside the document (on the user's
    USB stick or share, the size of the whole workshop). We hold the lock on `target`, so no
    other Tværs is saving it now: any such file is a leftover, and goes before we write."""
    prefix = _saving_prefix(target)
    try:
        leftovers = [
            entry
            for entry in target.parent.iterdir()
            if entry.name.startswith(prefix)
            and entry.name.endswith(_SAVING)
            and len(entry.name) == len(prefix) + 8 + len(_SAVING)
        ]
    except OSError:
        return
    for leftover in leftovers:
        with suppress(OSError):
            leftover.unlink()
            log.info("removed %s, left by a save that was cut off", leftover)


def _writable(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        # Marked read-only by someone (Windows' read-only attribute reads the same). An
        # administrator's os.access says "writable" regardless, and a save would replace
        # the file, mark and all: respect the mark, as a normal user's open does.
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _mode_to_keep(target: Path, source: Path) -> int | None:
    """The permissions a save gives the file: a save-over keeps the document's own; a new
    file (Gem som) takes those of the document it came from, writable by its owner (or the
    copy of a read-only original could never be saved again). None for a new workshop: made
    as the umask says, like any new file."""
    with suppress(OSError):
        return stat.S_IMODE(os.stat(target).st_mode) & 0o777
    with suppress(OSError):
        return (stat.S_IMODE(os.stat(source).st_mode) & 0o777) | stat.S_IRUSR | stat.S_IWUSR
    return None


def _create_empty(path: Path, *, private: bool) -> None:
    """The empty file VACUUM INTO fills (it accepts an empty one). Private: only its owner
    can read it, whatever the umask, so a 0600 workshop's next version is never readable
    by others while it is written; its own mode is given just before the swap."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600 if private else 0o666)
    try:
        if private and hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    # Opened for writing: on Windows os.fsync is FlushFileBuffers, which refuses a handle
    # without write access, so a read-only open would make every save fail there.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _save_error(target: Path, exc: BaseException) -> errors.SaveError:
    code = getattr(exc, "errno", None)
    if _sqlite_code(exc) == SQLITE_FULL or code in (errno.ENOSPC, errno.EDQUOT):
        return errors.DiskFullError(name=target.name)
    if not target.parent.is_dir() or code == errno.ENOENT:
        return errors.FolderGoneError(folder=str(target.parent))
    # SQLite reports a folder it may not create the temporary file in as "unable to open".
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or not os.access(target.parent, os.W_OK):
        return errors.NoWriteAccessError(path=str(target))
    reason = getattr(exc, "strerror", None) or str(exc)
    return errors.SaveFailedError(name=target.name, reason=reason)


def _sqlite_code(exc: BaseException) -> int:
    """The primary SQLite result code (extended codes carry it in their low byte)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else -1


def _edit_error(exc: sqlite3.OperationalError) -> errors.EditNotStoredError:
    if _sqlite_code(exc) == SQLITE_FULL:
        return errors.EditDiskFullError()
    return errors.EditNotStoredError(reason=str(exc))


def _locked(path: Path, holder: lock.LockInfo | None) -> errors.LockedError:
    holder = holder or lock.LockInfo("ukendt", "ukendt", -1, "", "")
    err = errors.LockedError(
        name=path.name, user=holder.user, host=holder.host, since=holder.since_local()
    )
    err.holder = holder
    err.stale = holder.is_stale()
    return err


def _recovery_available(path: Path, pending: wc.Recoverable) -> errors.RecoveryAvailable:
    err = errors.RecoveryAvailable(
        name=path.name, edited_at=pending.edited_at.strftime("%d.%m.%Y %H:%M")
    )
    err.pending = pending
    return err
