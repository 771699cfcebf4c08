"""The lock file beside a document: who has it open, on which computer, since when.

A second instance (on this laptop, or another one on a shared folder) reads it and
tells the user who is working in the file. The owner refreshes `heartbeat` while
the app runs, so a lock whose owner has died or lost its network goes stale.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import secrets
import socket
import stat
import time
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

STALE_AFTER = timedelta(minutes=10)
HEARTBEAT_EVERY = timedelta(minutes=1)
READ_AT_MOST = 4096  # a real lock is ~150 bytes; anything longer is not one of ours

# A lock file is opened without following a symlink (a lock linked to /dev/zero would be
# read forever) and without waiting (a FIFO named like the lock would hang the open until
# someone writes into it). Windows has neither flag, nor FIFOs; its symlinks need rights.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)

# Documents whose lock this process holds right now. A lock file that names this process but
# is not in here was let go of without being deleted (its folder was gone when the workshop
# closed: a USB stick pulled): it must not keep this very process out when the stick is back.
_held: set[str] = set()


def _real(document: Path) -> Path:
    """The document's real place: a symlinked file or folder, or a path through `..`, names
    the same file as its target, so it has the same lock."""
    document = document.expanduser()
    try:
        return Path(os.path.realpath(document))
    except (OSError, RuntimeError, ValueError):
        return document.absolute()


def _key(document: Path) -> str:
    return str(_real(document))


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str
    heartbeat: str

    @property
    def is_ours(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def is_stale(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(UTC)
        if self.host == socket.gethostname() and os.name == "posix" and not _pid_alive(self.pid):
            return True
        try:
            beat = datetime.fromisoformat(self.heartbeat)
        except ValueError:
            return True
        return now - beat > STALE_AFTER

    @property
    def left_by_dead_process_here(self) -> bool:
        return self.host == socket.gethostname() and os.name == "posix" and not _pid_alive(self.pid)

    @property
    def running_here(self) -> bool:
        """Held by a process that runs on this computer and keeps its heartbeat."""
        return (
            self.host == socket.gethostname()
            and os.name == "posix"
            and _pid_alive(self.pid)
            and not self.is_stale()
        )

    def since_local(self) -> str:
        try:
            return datetime.fromisoformat(self.since).astimezone().strftime("%d.%m.%Y %H:%M")
        except ValueError:
            return self.since


def lock_path(document: Path) -> Path:
    from desktop.storage.paths import NAME_MAX, fitting_name  # (issue 18, item 14c)

    real = _real(document)
    # A name the folder can hold, with _write's ".{12 hex}.tmp" beside it: a document name
    # too long for that is cut short and hashed, the same for every instance.
    return real.with_name(fitting_name(".~", real.name, ".lock", limit=NAME_MAX - 17))


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers, services)
        return "ukendt"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False  # 0 and negatives name process groups, not a process: never a holder.
    try:
        os.kill(pid, 0)  # posix only: signal 0 checks existence (on Windows 0 is Ctrl+C)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _new_info(since: str | None = None) -> LockInfo:
    now = datetime.now(UTC).isoformat()
    return LockInfo(current_user(), socket.gethostname(), os.getpid(), since or now, now)


# What a lock that is not a lock Tværs wrote reads as: stale (its heartbeat is no date), so
# opening asks the user whether to take it over, and says "ukendt" for who has it.
UNREADABLE = LockInfo("ukendt", "ukendt", -1, "", "")


def read_lock(document: Path) -> LockInfo | None:
    path = lock_path(document)
    try:
        raw = _read_small(path)
    except FileNotFoundError:
        return None
    except OSError:
        # A FIFO, device, folder or symlink named like the lock, or one we may not read.
        # Tværs only ever writes regular files here: nobody's live lock, so it is treated
        # like a garbled one (stale: the user is asked before it is taken over).
        return UNREADABLE
    if raw is None:
        return UNREADABLE
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            heartbeat=str(data.get("heartbeat", data["since"])),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        # A garbled lock (half-written on a pulled stick) protects nobody: treat as stale.
        return UNREADABLE


def _read_small(path: Path) -> bytes | None:
    """The lock file's bytes, or None if it is longer than a lock can be. Raises OSError
    (FileNotFoundError if there is none) for anything that is not a regular file: that is
    refused before it is opened (a device may act on open) and again after (it may have
    been swapped in between)."""
    if not stat.S_ISREG(os.lstat(path).st_mode):
        raise OSError(f"{path} is not a regular file")
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _BINARY)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= READ_AT_MOST:
            chunk = os.read(fd, READ_AT_MOST + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    return None if size > READ_AT_MOST else b"".join(chunks)


def acquire(document: Path, *, take_over: bool = False) -> LockInfo | None:
    """Take the lock. Returns the other holder's info if someone else has it (and we did
    not take over); None when the lock is now ours. Raises OSError if the folder is not
    writable (the caller then opens read-only)."""
    path = lock_path(document)
    mine = _new_info()
    payload = json.dumps(asdict(mine), ensure_ascii=False).encode("utf-8")
    try:
        # O_EXCL also fails on a symlink (even a dangling one): never written through.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o644)
    except FileExistsError:
        holder = read_lock(document)
        let_go = holder is not None and holder.is_ours and _key(document) not in _held
        if holder is not None and not holder.left_by_dead_process_here and not let_go:
            # This process (the same file in a second window) or another running instance
            # on this computer: the working copy is shared, so even a take-over would pull
            # it from under the other one.
            if holder.is_ours or holder.running_here:
                return holder
            if not take_over:
                return holder
        # Else: no readable holder, a take-over, our own laptop with that process gone (a
        # crash, certainly stale), or this process's own lock it could not delete: taking it
        # silently lets the user go on to recovery.
        _write(path, payload)
        _held.add(_key(document))
        return None
    try:
        _write_all(fd, payload)
    except BaseException:
        os.close(fd)
        with suppress(OSError):
            path.unlink()  # an empty lock would read as garbled and stale
        raise
    os.close(fd)
    _held.add(_key(document))
    return None


def refresh(document: Path) -> LockInfo | None:
    """Renew the heartbeat so others see we are still here.

    Returns None when the lock is ours (again), or the holder when someone else has taken
    it over: then nothing is written, and the caller must stop writing the document. A lock
    that is gone, or garbage (not one any Tværs wrote), is simply made ours again."""
    holder = read_lock(document)
    if holder is not None and not holder.is_ours and holder != UNREADABLE:
        return holder
    since = holder.since if holder is not None and holder.is_ours else None
    _write(lock_path(document), json.dumps(asdict(_new_info(since))).encode("utf-8"))
    return None


def release(document: Path) -> None:
    _held.discard(_key(document))
    holder = read_lock(document)
    if holder is not None and holder.is_ours:
        # If the stick is gone, the stale lock will be detected next time.
        with suppress(OSError):
            lock_path(document).unlink()
    _sweep_temporaries(lock_path(document))


def _sweep_temporaries(path: Path) -> None:
    """Temporary lock files left by a heartbeat killed half-way, once a minute old (a live
    one is renamed within microseconds). Unlink removes a planted symlink, not its target."""
    pattern = re.compile(re.escape(path.name) + r"\.[0-9a-f]{12}\.tmp")
    now = time.time()
    try:
        entries = [e for e in path.parent.iterdir() if pattern.fullmatch(e.name)]
    except OSError:
        return
    for entry in entries:
        with suppress(OSError):
            if now - entry.lstat().st_mtime > HEARTBEAT_EVERY.total_seconds():
                entry.unlink()


def _write(path: Path, payload: bytes) -> None:
    """Replace the lock file at once (readers see the old or the new one, never half).

    The temporary file has a random name and is made new (O_EXCL, O_NOFOLLOW): a file or
    symlink planted under a name we use cannot make us write into something else. The old
    fixed name (`.lock.tmp`) is removed if left over: unlink takes a symlink itself away,
    never what it points to."""
    with suppress(OSError):
        path.with_name(path.name + ".tmp").unlink()
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o644)
    try:
        try:
            _write_all(fd, payload)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view) :]
