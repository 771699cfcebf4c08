"""The working copy: where every edit is committed at once, in the local data folder.

The document itself is never open for writing while the user works, so a synced,
network or USB location cannot corrupt it. A sidecar JSON beside the working copy
remembers which document it belongs to, which workshop that is (the id of its workshop
row, which a copy or a move of the file keeps) and SQLite's change counter at the last
save: if the counter has moved since, the working copy holds unsaved edits.

Recovery goes by the workshop, not only by the path: the same workshop opened from
another path (a USB stick mounted elsewhere) is offered its edits, and another workshop
that now lies at the old path is never offered them (see document._prepare_working_copy).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import sqlite3
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.storage import errors, identity, sidecars
from desktop.storage.identity import read_change_counter, readonly_uri, verify_written
from desktop.storage.paths import document_key, subdir

log = logging.getLogger(__name__)

SQLITE_FULL = 13


@dataclass(frozen=True)
class Recoverable:
    """A working copy with edits that never reached its document."""

    document: Path
    working_copy: Path
    edited_at: datetime
    saved_at: datetime | None
    saved_counter: int
    workshop_id: str | None = None  # None: neither the sidecar nor the copy could tell


def working_path(document: Path) -> Path:
    return subdir("working") / f"{document_key(document)}.sqlite"


def sidecar_path(working: Path) -> Path:
    return working.with_suffix(".json")


def journal_path(working: Path) -> Path:
    return working.with_name(working.name + "-journal")


def read_workshop_id(database: Path) -> str | None:
    """The id of the workshop row: which workshop a file or working copy is, wherever it
    lies. Read-only and immutable (the file is not changed); None if it cannot be read."""
    try:
        conn = sqlite3.connect(readonly_uri(database), uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        row = conn.execute("SELECT id FROM workshop ORDER BY created_at LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return row[0] if row and isinstance(row[0], str) and row[0] else None


def write_sidecar(
    working: Path,
    document: Path,
    saved_counter: int,
    *,
    workshop_id: str | None = None,
    saved_at: datetime | None = None,
) -> None:
    if workshop_id is None:  # kept from the sidecar before, else read from the copy itself
        old = read_sidecar(working) or {}
        known = old.get("workshop_id")
        workshop_id = known if isinstance(known, str) else read_workshop_id(working)
    data = {
        "document": str(document.absolute()),
        "saved_counter": saved_counter,
        "saved_at": (saved_at or datetime.now()).isoformat(timespec="seconds"),
        "workshop_id": workshop_id,
    }
    sidecar = sidecar_path(working)
    tmp = sidecar.with_suffix(".json.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, sidecar)


def read_sidecar(working: Path) -> dict[str, object] | None:
    try:
        data = json.loads(sidecar_path(working).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def unsaved_edits(working: Path) -> Recoverable | None:
    """The recoverable state of a working copy, or None if everything reached the document."""
    meta = read_sidecar(working)
    if meta is None or not working.exists():
        return None
    try:
        counter = read_change_counter(working)
    except OSError:
        return None
    if counter == meta.get("saved_counter"):
        return None
    saved_at = meta.get("saved_at")
    saved_counter = meta.get("saved_counter")
    workshop_id = meta.get("workshop_id")
    if not isinstance(workshop_id, str) or not workshop_id:
        workshop_id = read_workshop_id(working)  # a sidecar from before ids were kept
    try:
        when = datetime.fromisoformat(saved_at) if isinstance(saved_at, str) else None
    except ValueError:
        when = None
    return Recoverable(
        saved_counter=saved_counter if isinstance(saved_counter, int) else -1,
        document=Path(str(meta.get("document", ""))),
        working_copy=working,
        edited_at=datetime.fromtimestamp(working.stat().st_mtime),
        saved_at=when,
        workshop_id=workshop_id,
    )


def find_recoverable() -> list[Recoverable]:
    """All working copies left behind with unsaved edits (the app died, or the save failed)."""
    found = []
    for working in sorted(subdir("working").glob("*.sqlite")):
        state = unsaved_edits(working)
        if state is not None:
            found.append(state)
    return found


def recoverable_for(workshop_id: str) -> list[Recoverable]:
    """The working copies with unsaved edits of this workshop, wherever it was opened from;
    newest first."""
    found = [state for state in find_recoverable() if state.workshop_id == workshop_id]
    return sorted(found, key=lambda state: state.edited_at, reverse=True)


def holds_workshop(document: Path, workshop_id: str | None) -> bool:
    """Whether `document` is there and is that workshop (not another one, at the same path)."""
    if workshop_id is None:
        return document.is_file()
    # A glance at a file not being opened: only a plain workshop is queried (a planted view
    # or a FIFO at that path would otherwise hang the open that asked).
    return identity.schema_is_plain(document) and read_workshop_id(document) == workshop_id


def move(working: Path, target: Path) -> None:
    """Move a working copy with its journal (a crash's rollback) and its sidecar."""
    discard(target)
    os.replace(working, target)
    for old, new in (
        (journal_path(working), journal_path(target)),
        (sidecar_path(working), sidecar_path(target)),
    ):
        if old.exists():
            os.replace(old, new)


def set_aside(working: Path) -> Path | None:
    """Make room at `working`. Unsaved edits there (another workshop's, stranded when its file
    went) move to a name of their own, where the start screen's recovery list still finds
    them: never deleted. A copy with nothing unsaved is removed. The new name, if moved."""
    if unsaved_edits(working) is None:
        discard(working)
        return None
    kept = working.with_name(f"{working.stem}-{uuid.uuid4().hex[:8]}{working.suffix}")
    move(working, kept)
    log.info("working copy %s kept aside as %s (unsaved edits of another workshop)", working, kept)
    return kept


def copy_database(source: Path, target: Path) -> None:
    """SQLite's backup API: a consistent copy page by page, the source only read.

    A -wal or hot -journal beside `source` is taken in as SQLite would (desktop.storage.
    sidecars): the copy holds the WAL's committed changes, never a half transaction.
    A copy cut off (the data folder full, a read error) is removed, never left half-made;
    a full data folder is said as such."""
    target.unlink(missing_ok=True)
    try:
        if sidecars.beside(source):
            with sidecars.resolved(source, incorporate=True, within=target.parent) as resolved:
                _backup(resolved, target)
        else:
            _backup(source, target)
    except (sqlite3.Error, OSError) as exc:
        _remove_partial(target)
        if is_disk_full(exc):
            raise errors.DataFolderFullError(folder=str(target.parent)) from exc
        raise


def _backup(source: Path, target: Path) -> None:
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        # Nothing in the file's schema may call a function that is not innocuous.
        src.execute("PRAGMA trusted_schema = OFF")
        dst = sqlite3.connect(target)
        try:
            dst.execute("PRAGMA trusted_schema = OFF")
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def is_disk_full(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF == SQLITE_FULL:
        return True
    return getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT)


def write_recovered(state: Recoverable, target: Path) -> None:
    """Save a working copy's recovered edits as a new workshop file at `target` (the way out
    when its own document is gone, or another workshop now lies at its path); then the
    working copy is no longer needed. `target` must not be open anywhere."""
    tmp = target.with_name(f".{uuid.uuid4().hex}.recovering")
    try:
        # A normal open: a journal left by the crash mid-edit is rolled back first.
        conn = sqlite3.connect(state.working_copy, isolation_level=None)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("VACUUM INTO ?", (str(tmp),))
        finally:
            conn.close()
        verify_written(tmp)
        os.replace(tmp, target)
    except errors.FileRefusal as exc:
        _remove_partial(tmp)
        raise errors.SaveFailedError(name=target.name, reason=exc.message("en")) from exc
    except (sqlite3.Error, OSError) as exc:
        _remove_partial(tmp)
        if is_disk_full(exc):
            raise errors.DiskFullError(name=target.name) from exc
        raise errors.SaveFailedError(name=target.name, reason=str(exc)) from exc
    discard(state.working_copy)


def _remove_partial(tmp: Path) -> None:
    for partial in (tmp, journal_path(tmp)):
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the partial copy %s", partial)


def discard(working: Path) -> None:
    for path in (working, sidecar_path(working), journal_path(working)):
        path.unlink(missing_ok=True)


# -- leftovers of killed sessions -------------------------------------------------------

READONLY_PREFIX = "readonly-"
_READONLY = re.compile(r"^readonly-(?:(\d+)-)?[0-9a-f]{32}\.sqlite(?:-journal)?$")
_QUIET_FOR = 3600.0  # seconds untouched before a staged file counts as left over


def readonly_working_path() -> Path:
    """A private copy for a workshop opened read-only; the pid in its name lets the next
    start tell a copy of a running Tværs from one left by a killed one."""
    return subdir("working") / f"{READONLY_PREFIX}{os.getpid()}-{uuid.uuid4().hex}.sqlite"


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":
        # Not asked: Windows refuses to delete a file SQLite has open (no FILE_SHARE_DELETE),
        # and a read-only workshop keeps its copy open as long as it is shown.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def sweep_data_folder(now: float | None = None) -> list[Path]:
    """Remove what killed sessions left in the data folder: read-only copies of a process
    that is gone, staged restores and sidecar temps untouched for an hour, and working copies
    that never got their sidecar (a copy cut off while opening). Never a working copy with a
    sidecar: that one may hold unsaved edits. The paths removed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(subdir("working").iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        try:
            age = now - entry.stat().st_mtime
        except OSError:
            continue
        match = _READONLY.match(name)
        if match:
            pid = match.group(1)
            gone = (pid is not None and not _pid_alive(int(pid))) or (
                pid is None and age > 24 * _QUIET_FOR
            )
        elif name.endswith((".restoring.sqlite", ".restoring.sqlite-journal", ".json.tmp")):
            gone = age > _QUIET_FOR
        elif name.endswith(".sqlite"):
            gone = (
                age > _QUIET_FOR
                and not sidecar_path(entry).exists()
                and not journal_path(entry).exists()
            )
        else:
            gone = False
        if gone:
            try:
                entry.unlink()
            except OSError:
                continue
            removed.append(entry)
            log.info("removed %s, left by a session that was cut off", entry)
    return removed
