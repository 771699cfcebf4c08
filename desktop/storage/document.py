"""An open workshop: the document on disk, its working copy, its lock and its saves.

    doc = open_document(path)            # may raise a refusal, LockedError, RecoveryAvailable
    with doc.session() as session: ...   # core operations commit to the working copy
    doc.save()                           # VACUUM INTO beside the document, check, replace
    doc.close()

See docs/ARCHITECTURE.md, "The document model", for why it works this way.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from desktop.core import models, tables  # noqa: F401  (tables: every table registered)
from desktop.storage import backups, errors, identity, lock, migrations, sidecars
from desktop.storage import working_copy as wc
from desktop.storage.paths import NAME_MAX, fitting_name, sweep_leftovers

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
        self._differs_at: tuple[int, int] | None = None  # (working, saved) counters compared
        self.last_saved: datetime | None = None
        self._closed = False
        self._swept: set[Path] = set()  # targets whose folder had killed saves cleared away
        self._wrote = False  # the first save-over of a session keeps the version as opened
        # The document on disk as this window opened or last saved it: a save-over checks
        # it is still that one (issue 18, item 3). Set when someone else took the lock over
        # or replaced the file: the document no longer saves to `path`, only Gem som.
        self._on_disk = None if read_only else _on_disk_at_open(path)
        self.detached: errors.DocumentDetachedError | None = None

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

    @property
    def saved_counter(self) -> int:
        """The working copy's change counter when it last matched the file (opened, saved)."""
        return self._saved_counter

    def holds_saved_content(self) -> bool:
        """True if the file holds exactly what the working copy holds. Edits made since the
        save and all undone again move the change counter on without changing the content:
        then nothing is unsaved, and this state counts as saved from now on.

        Reads both databases in full (40 ms each for issue 9's large workshop), so ask only when
        the edits may have come back to the saved state (the undo stack is where it was at
        the save); a state found to differ is remembered and not read again."""
        if not self.is_dirty:
            return True
        if self.detached is not None:
            return False  # the file is someone else's now
        counter = identity.read_change_counter(self.working)
        if self._differs_at == (counter, self._saved_counter):
            return False
        try:
            same = identity.schema_is_plain(self.path) and (
                _content_digest(self.working) == _content_digest(self.path)
            )
        except (OSError, sqlite3.Error):
            same = False
        if not same:
            self._differs_at = (counter, self._saved_counter)
            return False
        log.info("%s: the edits since the save are undone; nothing is unsaved", self.path)
        self._saved_counter = counter
        try:  # recovery then finds nothing to offer in this working copy
            wc.write_sidecar(self.working, self.path, counter)
        except OSError:
            log.warning("could not update the sidecar of %s", self.working)
        return True

    # -- saving --------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only:
            raise errors.ReadOnlyDocumentError(name=self.path.name)
        if self.detached is not None:  # not even tried: the file is someone else's now
            raise type(self.detached)(**self.detached.params)
        self._write_to(self.path)

    def save_as(self, target: Path) -> None:
        """Write to `target` and continue working there (the old document stays as it was)."""
        target = target.absolute()
        if _same_file(target, self.path):
            # The open file itself, through `..`, a symlink or another spelling: a plain
            # save. Taken as another file, it would let go of its own lock (issue 18, item 9).
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
            written = self._write_to(target)
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
        # Unsaved edits stranded there (a crashed workshop whose file went) are kept aside
        # for the start screen's recovery list, never deleted to make room.
        wc.set_aside(new_working)
        shutil.move(str(old_working), str(new_working))
        wc.discard(old_working)
        self.working = new_working
        self.engine = _make_engine(new_working, read_only=False)
        self.detached, self._on_disk = None, written
        self._mark_saved()

    def _write_to(self, target: Path) -> _OnDisk | None:
        """Write the working copy to `target`; returns what is now on disk there."""
        # Through a symlinked document (or folder) the link's target is written, beside it:
        # the link stays a link (issue 18, item 9).
        real = _resolved(target)
        folder = real.parent
        if not folder.is_dir():
            raise errors.FolderGoneError(folder=str(target.parent))
        if real not in self._swept:  # leftovers come from earlier sessions: once is enough
            _remove_stale_saves(real)
            self._swept.add(real)
        tmp = folder / f"{_saving_prefix(real)}{uuid.uuid4().hex[:8]}{_SAVING}"
        counter = identity.read_change_counter(self.working)
        try:
            # Owner-only from its first byte, given the document's own mode before the swap:
            # a 0600 workshop stays 0600 (VACUUM INTO would make it as the umask says).
            mode = _mode_to_keep(target, self.path)
            _create_empty(tmp, private=mode is not None)
            conn = _connect(self.working)
            try:
                conn.execute("VACUUM INTO ?", (str(tmp),))
            finally:
                conn.close()
            identity.verify_written(tmp)
            _fsync_file(tmp)
            if target == self.path:
                # Last moment before writing over it: the lock still ours, the file on disk
                # still the one we opened or saved. Else raises, and nothing is written.
                self._check_lock()
                self._check_on_disk()
            if target.exists():
                first = target == self.path and not self._wrote
                backups.take_backup(target, label=backups.AS_OPENED if first else "")
            if mode is not None and os.name == "posix":  # Windows: docs/RELIABILITY.md
                os.chmod(tmp, mode)
            written = _OnDisk.of(tmp)
            os.replace(tmp, real)
            written = written and written.renamed(real)  # the rename changed its ctime
            _fsync_dir(folder)
            _clear_sidecars(real)
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
            self._on_disk = written
            self._saved_counter = counter
            self.last_saved = datetime.now()
            wc.write_sidecar(self.working, self.path, counter)
        return written

    def _check_lock(self) -> None:
        """Raises (and stops saving to the document) if another instance has its lock now."""
        if not self._holds_lock:
            return
        holder = lock.read_lock(self.path)
        if holder is not None and not holder.is_ours and holder != lock.UNREADABLE:
            self._detach(_taken_over(self.path, holder))

    def _check_on_disk(self) -> None:
        """Raises (and stops saving to the document) if the file on disk is no longer the
        one this window opened or last saved: someone else saved it (their lock may already
        be gone), or a sync program copied another version over it. The bytes decide: the
        size and times only spare reading the file while they are unchanged, so a USB stick
        plugged in again (new device number) or a touched file is no false alarm."""
        now = _OnDisk.of(self.path, known=self._on_disk)
        if now is None:
            return  # deleted or moved away: writing it again overwrites nobody's work
        if self._on_disk is _UNREAD:
            self._on_disk = now  # not readable at open: nothing to compare with (as before)
            return
        if self._on_disk is None or not now.same_content(self._on_disk):
            self._detach(errors.DocumentChangedOnDiskError(name=self.path.name))
        self._on_disk = now

    def _detach(self, err: errors.DocumentDetachedError) -> NoReturn:
        """From now on nothing is written to `path`; the edits stay, for Gem som."""
        self.detached = err
        if self._holds_lock:
            lock.release(self.path)  # removes the lock file only if it is still ours
            self._holds_lock = False
        log.warning("%s: no longer saved there: %s", self.path, err.message("en"))
        raise err

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
        """Renew the lock's heartbeat. Raises a DocumentDetachedError, once, when another
        instance has taken the lock over (a laptop that slept past its stale limit) or the
        file was replaced: from then on the document is not saved there (issue 18, item 3)."""
        if not self._holds_lock or self._closed or self.detached is not None:
            return
        try:
            holder = lock.refresh(self.path)
            if holder is not None:
                self._detach(_taken_over(self.path, holder))
            self._check_on_disk()
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
        dirty = self.is_dirty
        if not dirty or (self.detached is not None and self._keep_detached_edits()):
            wc.discard(self.working)
        if self._holds_lock:
            lock.release(self.path)
        self._closed = True

    def _keep_detached_edits(self) -> bool:
        """Closing a document someone else took over, its unsaved edits go to its backups
        ("Gendan backup…" lists them), not to recovery: recovering them at the next open
        would quietly write this version over theirs. False if they could not be kept."""
        try:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            target = backups.backup_dir(self.path) / f"{stamp}{backups.NOT_SAVED}.tvaers"
            _copy_consistent(self.working, target)
        except (OSError, sqlite3.Error):
            log.exception("could not keep the edits of %s among its backups", self.path)
            return False
        log.info("kept the unsaved edits of %s as %s", self.path, target)
        return True


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
            working = wc.readonly_working_path()
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
        sweep_leftovers(path.parent, idle=_nobody_saving)  # saves, exports killed half-way
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
    counter of the last save, so the recovered edits count as unsaved.

    Unsaved edits are this workshop's by its id, not by the path (see _pending_for): a copy
    of another workshop's edits found at this path is set aside for the start screen's
    recovery list, never offered here, never overwritten."""
    working = wc.working_path(path)
    workshop_id = wc.read_workshop_id(path)
    pending = _pending_for(path, workshop_id)
    if pending is not None and recover is None:
        raise _recovery_available(path, pending)
    if pending is not None and recover:
        if _is_sound_working_copy(pending.working_copy):
            if pending.working_copy != working:  # from another path: it follows the document
                wc.set_aside(working)
                wc.move(pending.working_copy, working)
                wc.write_sidecar(
                    working,
                    path,
                    pending.saved_counter,
                    workshop_id=pending.workshop_id or workshop_id,
                    saved_at=pending.saved_at,
                )
            _migrate(working, path)
            return working, pending.saved_counter
        log.error("working copy %s is damaged; opening the document instead", working)
    if pending is not None:
        _keep_aside(path, pending.working_copy)
        wc.discard(pending.working_copy)
    wc.set_aside(working)
    wc.copy_database(path, working)
    _migrate(working, path)
    return working, None


def _nobody_saving(document: Path) -> bool:
    """No Tværs is saving `document` now: no lock, or one left by a process gone from here
    (Gem som takes the target's lock before it writes)."""
    try:
        holder = lock.read_lock(document)
    except OSError:
        return False
    return holder is None or holder.left_by_dead_process_here


def _pending_for(path: Path, workshop_id: str | None) -> wc.Recoverable | None:
    """Unsaved edits of the workshop at `path`: first those made at this very path, then those
    made at another path that no longer holds this workshop (the USB stick mounted under
    another name, the file moved); the newest if several. Edits made in a copy that is still
    there (the user copied the file) stay with that copy. Never another workshop's edits."""
    here = wc.unsaved_edits(wc.working_path(path))
    if workshop_id is None:  # the document does not say which workshop it is: by path
        return here
    if here is not None and here.workshop_id in (workshop_id, None):
        return here  # (None: a copy too damaged to say; recovering it keeps it as a backup)
    same = wc.recoverable_for(workshop_id)
    for state in same:
        if state.document == path:
            return state
    for state in same:
        if wc.holds_workshop(state.document, workshop_id):
            continue  # that copy of the workshop is still there: its edits are its own
        holder = lock.read_lock(state.document)
        if holder is not None and holder.running_here:
            continue  # a running Tværs has it open still (the file moved under it)
        return state
    return None


def _is_sound_working_copy(working: Path) -> bool:
    try:
        # A normal (not immutable) open rolls back a hot journal left by a crash mid-edit.
        conn = _connect(working)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchall() == [("ok",)])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _copy_consistent(working: Path, target: Path) -> None:
    """A working copy into the backups (`target`, new, owner-only). A normal open rolls back
    a journal left by a crash mid-edit, so the copy is a consistent database that "Restore
    backup" accepts; a raw copy might not be."""
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    src = _connect(working)
    try:
        dst = _connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _connect(database: Path) -> sqlite3.Connection:
    """A plain connection to a working copy or a backup. Its schema was checked when its
    document opened; distrusting it anyway costs nothing (issue 18, item 5)."""
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _content_digest(database: Path) -> str:
    """What a workshop database holds, as one digest: its schema and every table's rows,
    in no particular order (a VACUUM may renumber rowids), without SQLite's own bookkeeping
    and without the `updated_at` stamps, which no screen, minutes or export shows and which
    an undone edit moves on (the row's content is back, its stamp is not)."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(identity.readonly_uri(database), uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
        schema = conn.execute(
            "SELECT type, name, sql FROM sqlite_master"
            " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"
        ).fetchall()
        for kind, name, sql in schema:
            digest.update(repr((kind, name, sql)).encode())
            if kind != "table":
                continue
            columns = [
                _quoted(column)
                for (column,) in conn.execute("SELECT name FROM pragma_table_info(?)", (name,))
                if column != "updated_at"
            ]
            numbers = ", ".join(str(i) for i in range(1, len(columns) + 1))
            rows = conn.execute(
                f"SELECT {', '.join(columns)} FROM {_quoted(name)} ORDER BY {numbers}"
            )
            for row in rows:
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _keep_aside(document: Path, working: Path) -> None:
    """Edits the user chose not to recover still go to the backups, never to nowhere."""
    try:
        folder = backups.backup_dir(document)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{stamp}{backups.NOT_RECOVERED}.tvaers"
    except OSError:
        log.exception("could not keep unrecovered working copy %s", working)
        return
    try:
        _copy_consistent(working, target)
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
    from desktop.storage import schema_check  # as identity does: only once a file is opened

    conn = _connect(working)
    try:
        migrations.migrate(conn)
        schema_check.text_from_blobs(conn, identity.SCHEMA_VERSION)
    except (sqlite3.DatabaseError, migrations.MigrationError, UnicodeDecodeError) as exc:
        if wc.is_disk_full(exc):
            raise errors.DataFolderFullError(folder=str(working.parent)) from exc
        raise errors.DamagedFileError(
            name=document.name,
            reason_da="filformatet kunne ikke opgraderes",
            reason_en="its format could not be upgraded",
        ) from exc
    finally:
        conn.close()


def restore_backup_as(backup: Path, target: Path) -> None:
    """A backup as a new workshop file at `target`, which must not exist: for a workshop
    whose own file is refused (damaged, or holding what no workshop has), so that Filer >
    Gendan backup… cannot reach it. The refused file is never touched, nor any other."""
    target = Path(target).expanduser().absolute()
    identity.inspect(backup)
    if target.exists():
        raise errors.AlreadyExistsError(name=target.name)
    if not target.parent.is_dir():
        raise errors.FolderGoneError(folder=str(target.parent))
    tmp = target.parent / f"{_saving_prefix(target)}{uuid.uuid4().hex[:8]}{_SAVING}"
    try:
        wc.copy_database(backup, tmp)
        identity.verify_written(tmp)
        _fsync_file(tmp)
        if target.exists():  # made meanwhile (another window): never replaced
            raise errors.AlreadyExistsError(name=target.name)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except errors.FileRefusal as exc:
        raise errors.SaveFailedError(name=target.name, reason=exc.message("en")) from exc
    except (sqlite3.Error, OSError) as exc:
        raise _save_error(target, exc) from exc
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


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
    wc.set_aside(working)  # unsaved edits of a workshop that was at this path stay recoverable
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
        # Code in a schema may call no function that is not innocuous (issue 18, item 5);
        # a file that holds any such code is refused before it gets here.
        cur.execute("PRAGMA trusted_schema = OFF")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        if not read_only:
            cur.execute("PRAGMA journal_mode = DELETE")
        cur.close()

    event.listen(engine, "engine_disposed", _forget_dialect)
    return engine


def _forget_dialect(engine: Engine) -> None:
    """A disposed engine's statements leave the ORM's caches. SQLAlchemy keeps the INSERT,
    UPDATE and DELETE statements of each mapped class in one cache for every engine (up to
    ~150 per class), keyed by the engine's dialect: every closed workshop that was edited
    stayed in memory through them (its dialect, ~1,450 objects with its type caches) until
    later workshops crowded it out (tests/journeys/test_no_leak.py)."""
    dialect = engine.dialect
    try:
        for mapper in inspect(models.Workshop).registry.mappers:
            cache = mapper.__dict__.get("_compiled_cache")  # made on the class's first write
            if cache is not None:
                for key in [key for key in list(cache.keys()) if key[0] is dialect]:
                    with suppress(KeyError):  # gone already: the cache trims itself
                        del cache[key]
    except Exception:  # SQLAlchemy's private cache changed shape: memory, never the closing
        log.warning("could not drop a closed workshop's statements from SQLAlchemy's caches")


def _clear_sidecars(document: Path) -> None:
    """After a save replaced `document`, no -wal or -journal that described the old file may
    stay beside it (sidecars.after_save): the next ordinary SQLite open would apply it to
    the new file. Never fails the save that has already happened."""
    try:
        if not any(sidecars.sidecar(document, s).exists() for s in (*sidecars.SUFFIXES, "-shm")):
            return
        aside: Path | None
        try:
            aside = backups.backup_dir(document)
        except OSError:
            aside = None
        sidecars.after_save(document, set_aside_in=aside)
    except OSError:
        log.exception("could not clear the files beside %s", document)


_SAVING = ".saving"


def _saving_prefix(target: Path) -> str:
    # Within the longest name a folder can hold, with the 8 random characters, ".saving" and
    # the "-journal" SQLite may put beside it: a long document name is cut short and hashed.
    room = NAME_MAX - 8 - len(_SAVING) - len("-journal")
    return fitting_name(".", target.name, ".", limit=room)


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


def _taken_over(path: Path, holder: lock.LockInfo) -> errors.LockTakenOverError:
    return errors.LockTakenOverError(
        name=path.name, user=holder.user, host=holder.host, since=holder.since_local()
    )


@dataclass(frozen=True)
class _OnDisk:
    """A file as it was: its size and times (to notice cheaply that it is unchanged) and a
    fingerprint of its bytes (to decide whether it changed)."""

    stat_key: tuple[int, ...]  # device, inode, size, mtime_ns, ctime_ns
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path, *, known: _OnDisk | None = None) -> _OnDisk | None:
        """None if there is no file. `known`: returned as is while size and times match it
        (any write changes ctime, which no program can set back)."""
        try:
            st = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            return None
        if not stat.S_ISREG(st.st_mode):
            return cls((), st.st_size, "not a regular file")  # never read (a FIFO hangs)
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        if known is not None and known.stat_key == key:
            return known
        digest = hashlib.sha256()
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return cls((), st.st_size, "not a regular file")
            while chunk := os.read(fd, 1 << 20):
                digest.update(chunk)
        finally:
            os.close(fd)
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        return cls(key, st.st_size, digest.hexdigest())

    def same_content(self, other: _OnDisk) -> bool:
        return self.size == other.size and self.sha256 == other.sha256

    def renamed(self, to: Path) -> _OnDisk:
        """The same file after a rename to `to` (if it is still there): its new times, so the
        next check need not read it again."""
        try:
            st = os.stat(to)
        except OSError:
            return self
        if (st.st_dev, st.st_ino, st.st_size) != self.stat_key[:3]:
            return self
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        return _OnDisk(key, self.size, self.sha256)


# Could not be read when the document was opened: the first save-over compares nothing.
_UNREAD = _OnDisk((), -1, "")


def _on_disk_at_open(path: Path) -> _OnDisk | None:
    try:
        return _OnDisk.of(path)
    except OSError:
        log.warning("could not fingerprint %s at open", path, exc_info=True)
        return _UNREAD


def _resolved(path: Path) -> Path:
    """Where `path` really is: symlinks (of the file or its folders) and `..` followed."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, RuntimeError, ValueError):
        return path.absolute()


def _same_file(a: Path, b: Path) -> bool:
    """Do `a` and `b` name one file? By identity (device and inode) when both exist; by
    their real folder and name when one does not exist (yet)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        pass
    return os.path.normcase(_resolved(a)) == os.path.normcase(_resolved(b))


def _locked(path: Path, holder: lock.LockInfo | None) -> errors.LockedError:
    holder = holder or lock.LockInfo("ukendt", "ukendt", -1, "", "")
    err = errors.LockedError(
        name=path.name, user=holder.user, host=holder.host, since=holder.since_local()
    )
    err.holder = holder
    err.stale = holder.is_stale()
    return err


def _recovery_available(path: Path, pending: wc.Recoverable) -> errors.RecoveryAvailable:
    edited_at = pending.edited_at.strftime("%d.%m.%Y %H:%M")
    err: errors.RecoveryAvailable
    if pending.document != path:
        err = errors.RecoveryFromElsewhere(
            name=path.name, edited_at=edited_at, origin=str(pending.document)
        )
    else:
        err = errors.RecoveryAvailable(name=path.name, edited_at=edited_at)
    err.pending = pending
    return err
