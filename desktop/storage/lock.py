"""The lock file beside a document: who has it open, on which computer, since when.

A second instance (on this laptop, or another one on a shared folder) reads it and
tells the user who is working in the file. The owner refreshes `heartbeat` while
the app runs, so a lock whose owner has died or lost its network goes stale.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

STALE_AFTER = timedelta(minutes=10)
HEARTBEAT_EVERY = timedelta(minutes=1)

# Documents whose lock this process holds right now. A lock file that names this process but
# is not in here was let go of without being deleted (its folder was gone when the workshop
# closed: a USB stick pulled): it must not keep this very process out when the stick is back.
_held: set[str] = set()


def _key(document: Path) -> str:
    return str(document.expanduser().absolute())


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
    return document.with_name(f".~{document.name}.lock")


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


def read_lock(document: Path) -> LockInfo | None:
    path = lock_path(document)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            heartbeat=str(data.get("heartbeat", data["since"])),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # A garbled lock (half-written on a pulled stick) protects nobody: treat as stale.
        return LockInfo("ukendt", "ukendt", -1, "", "")


def acquire(document: Path, *, take_over: bool = False) -> LockInfo | None:
    """Take the lock. Returns the other holder's info if someone else has it (and we did
    not take over); None when the lock is now ours. Raises OSError if the folder is not
    writable (the caller then opens read-only)."""
    path = lock_path(document)
    mine = _new_info()
    payload = json.dumps(asdict(mine), ensure_ascii=False).encode("utf-8")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
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
        os.write(fd, payload)
    finally:
        os.close(fd)
    _held.add(_key(document))
    return None


def refresh(document: Path) -> None:
    """Renew the heartbeat so others see we are still here."""
    holder = read_lock(document)
    if holder is None or holder.is_ours:
        since = holder.since if holder else None
        _write(lock_path(document), json.dumps(asdict(_new_info(since))).encode("utf-8"))


def release(document: Path) -> None:
    _held.discard(_key(document))
    holder = read_lock(document)
    if holder is not None and holder.is_ours:
        # If the stick is gone, the stale lock will be detected next time.
        with suppress(OSError):
            lock_path(document).unlink()


def _write(path: Path, payload: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(payload)
    os.replace(tmp, path)
