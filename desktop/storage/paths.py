"""Where Tværs keeps things on this computer.

The local data folder holds working copies, backups, the log and settings. Tests
and portable installs point it elsewhere with TVAERS_DATA_DIR.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_DIR_NAME = "Tvaers"
DOCUMENTS_FOLDER = "Tværs"
EXTENSION = ".tvaers"


# A file name may be at most 255 bytes (ext4, APFS, NTFS counts 255 UTF-16 units): the
# temporary and lock names Tværs puts beside a document must fit too.
NAME_MAX = 255


@dataclass(frozen=True)
class DataFolderProblem:
    """The data folder asked for could not be used; Tværs works in `fallback` instead."""

    wanted: Path
    fallback: Path
    reason: str


# The data folder asked for (its path as text) -> the folder used, checked once per process.
_checked: dict[str, Path] = {}
_problems: dict[str, DataFolderProblem] = {}


def wanted_data_dir() -> Path:
    override = os.environ.get("TVAERS_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, False))


def data_dir() -> Path:
    """The local data folder. One that cannot be created or written in (a read-only profile,
    a TVAERS_DATA_DIR on a write-protected drive) is replaced by a private folder in the
    system's temporary folder, and `data_dir_problem()` says so for the window to tell."""
    wanted = wanted_data_dir()
    key = str(wanted)
    used = _checked.get(key)
    if used is not None:
        with suppress(OSError):  # as before: made again if it was removed since
            used.mkdir(parents=True, exist_ok=True)
        return used
    reason = _unusable(wanted)
    if reason is None:
        used = wanted
    else:
        used = _private_fallback()
        _problems[key] = DataFolderProblem(wanted=wanted, fallback=used, reason=reason)
    _checked[key] = used
    return used


def data_dir_problem() -> DataFolderProblem | None:
    """Why the data folder asked for is not the one in use (None when it is)."""
    data_dir()
    return _problems.get(str(wanted_data_dir()))


def _unusable(folder: Path) -> str | None:
    """None if Tværs can create and delete files in `folder`, else why not (the OS's words)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".tvaers-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def _private_fallback() -> Path:
    """A folder of this user's own in the temporary folder: the same one at the next start
    (so recovery after a crash still finds its working copies), unless someone else made a
    folder of that name first; then a fresh one."""
    try:
        user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    except OSError:
        user = "user"
    safe = "".join(ch for ch in user if ch.isalnum()) or "user"
    folder = Path(tempfile.gettempdir()) / f"tvaers-data-{safe}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        st = os.lstat(folder)
        if os.name == "posix":  # (Windows: the user's own temporary folder is private)
            ours = stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid()
            ours = ours and not st.st_mode & 0o077
        else:
            ours = stat.S_ISDIR(st.st_mode)
        if ours and _unusable(folder) is None:
            return folder
    except OSError:
        pass
    return Path(tempfile.mkdtemp(prefix="tvaers-data-"))


def documents_dir() -> Path:
    """Documents/Tværs: where new workshops go unless the user picks another folder."""
    override = os.environ.get("TVAERS_DOCUMENTS_DIR")
    base = (
        Path(override) if override else Path(platformdirs.user_documents_dir()) / DOCUMENTS_FOLDER
    )
    return base


_PRIVATE = 0o700


def subdir(name: str) -> Path:
    """A folder of the data folder, for this user only: working copies, backups and drafts
    hold whole workshops (names, phone numbers), however open the document itself is."""
    folder = data_dir() / name
    folder.mkdir(mode=_PRIVATE, parents=True, exist_ok=True)
    if os.name == "posix":
        with suppress(OSError):  # a folder of someone else's: its files stay as they are
            if stat.S_IMODE(folder.stat().st_mode) != _PRIVATE:
                folder.chmod(_PRIVATE)
    return folder


def document_key(document: Path) -> str:
    """A stable short name for a document's working copy and backups."""
    import hashlib  # ~4 ms (OpenSSL): not before the window's first paint

    absolute = str(document.expanduser().absolute())
    return hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def fitting_name(prefix: str, name: str, suffix: str, *, limit: int = NAME_MAX) -> str:
    """`prefix + name + suffix` if the file system can hold that name, else the same with
    `name` cut short and a hash of the whole name added: stable (every instance finds the
    same name for the same document) and different for names that share their beginning."""
    whole = prefix + name + suffix
    if len(os.fsencode(whole)) <= limit and len(whole) <= limit:
        return whole
    import hashlib

    digest = "~" + hashlib.sha256(os.fsencode(name)).hexdigest()[:12]
    room = limit - len(os.fsencode(prefix + suffix + digest))
    # Cut on a character boundary; keep within the limit in bytes and in characters alike.
    cut = name
    while cut and (len(os.fsencode(cut)) > room or len(prefix + cut + digest + suffix) > limit):
        cut = cut[:-1]
    return prefix + cut + digest + suffix


# Beside a document or a PDF: a save's ".{name}.1a2b3c4d.saving" (with its "-journal"; a
# long name is hashed by fitting_name) and a PDF export's ".{name}.pdf.1a2b3c4d.tmp".
_SAVE_LEFTOVER = re.compile(r"^\..+\.[0-9a-f]{8}\.saving(?:-journal)?$", re.DOTALL)
_PDF_LEFTOVER = re.compile(
    r"^\..+(?:\.pdf|~[0-9a-f]{12})\.[0-9a-f]{8}\.tmp$", re.DOTALL | re.IGNORECASE
)
_HASHED = re.compile(r"~[0-9a-f]{12}$")
QUIET_FOR = 600.0  # seconds: a save or export still running is writing to its file all the time


def sweep_leftovers(
    folder: Path,
    *,
    now: float | None = None,
    idle: Callable[[Path], bool] | None = None,
) -> list[Path]:
    """Remove the temporary files of saves, Gem som and PDF exports that were killed half-way
    in `folder` (on the user's USB stick or share, each the size of a workshop or a PDF):
    only regular files of our own names, a PDF only if it starts like one; untouched for ten
    minutes, or at once when `idle(document)` says nobody is saving that document (its lock
    is gone or was left by a dead process here). The paths removed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = [e for e in folder.iterdir() if e.name.startswith(".")]
    except OSError:
        return removed
    for entry in entries:
        save = _SAVE_LEFTOVER.match(entry.name)
        if not save and not _PDF_LEFTOVER.match(entry.name):
            continue
        try:
            st = entry.lstat()
            if not stat.S_ISREG(st.st_mode):
                continue
            quiet = now - st.st_mtime > QUIET_FOR
            document = _saved_document(entry) if save else None
            if not quiet and not (document and idle is not None and idle(document)):
                continue
            if not save:
                with open(entry, "rb") as f:
                    if f.read(4) not in (b"", b"%PDF"):
                        continue
            entry.unlink()
        except OSError:
            continue
        removed.append(entry)
        log.info("removed %s, left by a save or export that was cut off", entry)
    return removed


def _saved_document(leftover: Path) -> Path | None:
    """The document a save's temporary file was for: ".{name}.1a2b3c4d.saving" -> name; None
    for a long name cut short and hashed (only its age counts then)."""
    name = leftover.name.removesuffix("-journal")[1 : -len(".1a2b3c4d.saving")]
    return None if _HASHED.search(name) else leftover.with_name(name)


def safe_stem(document: Path) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in document.stem)
    return keep.strip()[:40] or "workshop"


def log_dir() -> Path:
    return subdir("logs")
