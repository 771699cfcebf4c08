"""A `-wal` or hot `-journal` beside a workshop file, handled as SQLite would.

Tværs never writes a document in place, so such a file was left by another program (a
sqlite3 shell, DB Browser, a sync tool) or by a writer killed half-way. SQLite's own rules
say what the document holds then: the committed frames of a `-wal` belong to it; a hot
`-journal` holds the pages of a transaction that never committed, to be rolled back.
Reading the document alone (immutable, as `identity` does) would show the wrong content.

So the document and its sidecars are copied to a private folder and opened normally
there: SQLite applies the WAL or rolls the journal back on the copy, never on the user's
file, and the copy is what is checked and edited. After Tværs saves over the document,
the sidecars it took in are removed (`after_save`): they described the old file, and the
next ordinary SQLite open would apply them to the new one and corrupt it.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from desktop.storage import errors

log = logging.getLogger(__name__)

SUFFIXES = ("-wal", "-journal")  # what can change a database's content; -shm is an index
_Stamp = tuple[int, int, int, int]  # device, inode, size, mtime (ns)
# Per document (its real path): the sidecars whose content a working copy took in.
_incorporated: dict[str, dict[str, _Stamp]] = {}


def _stamp(st: os.stat_result) -> _Stamp:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def sidecar(document: Path, suffix: str) -> Path:
    return document.with_name(document.name + suffix)


def beside(document: Path) -> list[str]:
    """The suffixes of the non-empty sidecars beside `document` that SQLite would use."""
    found = []
    for suffix in SUFFIXES:
        path = sidecar(document, suffix)
        try:
            st = os.stat(path)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            raise errors.NotRegularFileError(path=str(path))
        if st.st_size > 0:
            found.append(suffix)
    return found


def copy_regular(source: Path, target: Path) -> os.stat_result:
    """Copy a regular file without ever blocking on a FIFO or device put in its place."""
    try:
        fd = os.open(
            source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        )
    except OSError as exc:
        raise errors.UnreadableFileError(path=str(source), reason=exc.strerror or str(exc)) from exc
    with os.fdopen(fd, "rb") as src:
        st = os.fstat(src.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise errors.NotRegularFileError(path=str(source))
        with open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
    return st


@contextmanager
def resolved(
    document: Path, *, incorporate: bool = False, within: Path | None = None
) -> Iterator[Path]:
    """A private copy of `document` with its `-wal` applied or hot `-journal` rolled back,
    in a new owner-only folder (in `within`, else the system's temporary folder).

    `incorporate`: remember the sidecars, so that `after_save` may remove them once a
    save has replaced the document."""
    folder = Path(tempfile.mkdtemp(prefix="tvaers-sidecars-", dir=within))
    try:
        copy = folder / document.name
        stamps: dict[str, _Stamp] = {}
        try:
            copy_regular(document, copy)
            for suffix in SUFFIXES:
                source = sidecar(document, suffix)
                if os.path.lexists(source):
                    stamps[suffix] = _stamp(copy_regular(source, sidecar(copy, suffix)))
        except OSError as exc:  # e.g. no room for the private copy
            reason = exc.strerror or str(exc)
            raise errors.UnreadableFileError(path=str(document), reason=reason) from exc
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                conn.execute("PRAGMA trusted_schema = OFF")
                # Any read rolls a hot journal back; leaving WAL mode checkpoints the WAL
                # into the file, so the copy stands alone.
                conn.execute("PRAGMA schema_version").fetchone()
                conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                conn.close()
        except (sqlite3.Error, ValueError) as exc:  # ValueError: a message not UTF-8
            raise errors.DamagedFileError(
                name=document.name,
                reason_da="ændringerne i filen ved siden af kan ikke læses",
                reason_en="the changes in the file beside it cannot be read",
            ) from exc
        if incorporate and stamps:
            _incorporated[os.path.realpath(document)] = stamps
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def after_save(document: Path, *, set_aside_in: Path | None = None) -> list[Path]:
    """After a save replaced `document`: no `-wal`/`-journal` may stay beside the new file.

    Those a working copy took in (unchanged since) are removed: their content is in the
    file now. Any other one described the file that was replaced, never reached Tværs, and
    would corrupt the new file at the next ordinary open: it is moved into `set_aside_in`
    (the backups folder), not deleted. An `-shm` goes with its `-wal` (it is only an index).
    Returns what was moved aside."""
    taken = _incorporated.pop(os.path.realpath(document), {})
    moved: list[Path] = []
    for suffix in SUFFIXES:
        path = sidecar(document, suffix)
        try:
            st = os.lstat(path)
        except OSError:
            continue
        try:
            if taken.get(suffix) == _stamp(st) or st.st_size == 0:
                path.unlink()
                log.info("removed %s: its changes are in the saved file", path)
            elif set_aside_in is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
                target = set_aside_in / f"{stamp}-{path.name}.ikke-brugt"
                shutil.move(str(path), str(target))
                moved.append(target)
                log.warning("moved %s aside to %s: it described the replaced file", path, target)
            else:
                log.warning("left %s beside the saved file", path)
                continue
        except OSError:
            log.exception("could not clear %s", path)
            continue
        if suffix == "-wal":
            with suppress(OSError):
                sidecar(document, "-shm").unlink(missing_ok=True)
    return moved
