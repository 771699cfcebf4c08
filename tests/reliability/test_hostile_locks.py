"""Issue 18, item 8: a lock file cannot be turned against the user. A FIFO named like the
lock does not hang opening or the heartbeat, a lock linked to /dev/zero or a huge file is not
read into memory, and a planted temporary-file symlink does not make the heartbeat write into
another file. Tværs only ever writes regular files there; anything else reads as a garbled
lock ("ukendt", stale: the user is asked before taking it over, never silently), and taking
over or renewing replaces the thing itself, never what a link points to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.storage import errors, lock
from desktop.storage.document import open_document
from tests.reliability.support import REPO, child_env

T = TypeVar("T")
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


def within(seconds: float, call: Callable[[], T], *, fifo: Path | None = None) -> T:
    """`call()`, run in a thread: fails the test (instead of hanging CI) unless it returns
    within `seconds`. A call stuck opening `fifo` is let go by opening its other end."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed to the test below
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        if fifo is not None:
            with suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # EOF for the reader
            worker.join(5)
        pytest.fail(f"did not return within {seconds} s: it hangs on the lock file")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _names(path: Path) -> list[str]:
    doc = open_document(path, read_only=True)
    try:
        with doc.session() as s:
            return [p.name for p in list_participants(s)]
    finally:
        doc.close()


@posix_only
def test_fifo_named_like_the_lock_does_not_hang_opening(saved: Path) -> None:
    fifo = lock.lock_path(saved)
    os.mkfifo(fifo)

    def refused() -> errors.LockedError:
        with pytest.raises(errors.LockedError) as raised:
            open_document(saved)
        return raised.value

    err = within(5, refused, fifo=fifo)
    assert err.stale, "nobody's live lock: the user may take it over, after being asked"
    assert "ukendt" in err.message("da")

    reader = within(5, lambda: open_document(saved, read_only=True), fifo=fifo)
    reader.close()
    doc = within(5, lambda: open_document(saved, take_over_lock=True), fifo=fifo)
    try:
        assert fifo.is_file() and not fifo.is_symlink(), "the FIFO was replaced by our lock"
        assert lock.read_lock(saved).is_ours  # type: ignore[union-attr]
    finally:
        doc.close()
    assert not fifo.exists()


@posix_only
def test_fifo_planted_while_open_does_not_hang_the_heartbeat_or_closing(saved: Path) -> None:
    doc = open_document(saved)
    with doc.session() as s:
        add_participant(s, name="Efter")
    fifo = lock.lock_path(saved)
    fifo.unlink()
    os.mkfifo(fifo)

    within(5, doc.refresh_lock, fifo=fifo)
    assert fifo.is_file(), "the heartbeat put a real lock back in its place"
    assert lock.read_lock(saved).is_ours  # type: ignore[union-attr]
    assert doc.detached is None  # garbage is not another instance: we keep working

    fifo.unlink()
    os.mkfifo(fifo)
    within(5, doc.save, fifo=fifo)
    within(5, doc.close, fifo=fifo)
    assert _names(saved) == ["Gemt", "Efter"]


@posix_only
def test_planted_temporary_symlink_does_not_make_the_heartbeat_write_elsewhere(
    saved: Path, docs: Path
) -> None:
    victim = docs / "Budget.txt"
    victim.write_text("Ingen må skrive her\n", encoding="utf-8")
    doc = open_document(saved)
    try:
        planted = lock.lock_path(saved).with_name(lock.lock_path(saved).name + ".tmp")
        planted.symlink_to(victim)
        doc.refresh_lock()
        assert victim.read_text(encoding="utf-8") == "Ingen må skrive her\n"
        assert not planted.is_symlink(), "the planted link is removed (not its target)"
        held = lock.lock_path(saved)
        assert held.is_file() and not held.is_symlink()
        assert lock.read_lock(saved).is_ours  # type: ignore[union-attr]
        # Every name the heartbeat writes through is new and random: none left behind.
        doc.refresh_lock()
        assert sorted(p.name for p in docs.iterdir()) == sorted(
            [victim.name, saved.name, held.name]
        )
    finally:
        doc.close()
    assert victim.read_text(encoding="utf-8") == "Ingen må skrive her\n"


@posix_only
def test_lock_that_is_a_symlink_is_not_trusted_and_its_target_is_never_written(
    saved: Path, docs: Path
) -> None:
    """A link to a lock-looking file (someone's live lock elsewhere) proves nothing: it reads
    as garbled and stale; taking over replaces the link, never the file it points to."""
    elsewhere = docs / "andet.json"
    now = "2099-01-01T00:00:00+00:00"
    elsewhere.write_text(
        json.dumps({"user": "anne", "host": "andet-pc", "pid": 1, "since": now, "heartbeat": now}),
        encoding="utf-8",
    )
    before = elsewhere.read_bytes()
    lock.lock_path(saved).symlink_to(elsewhere)
    with pytest.raises(errors.LockedError) as refused:
        open_document(saved)
    assert refused.value.stale
    assert "anne" not in refused.value.message("da")
    doc = open_document(saved, take_over_lock=True)
    doc.close()
    assert elsewhere.read_bytes() == before
    assert not lock.lock_path(saved).exists()


READ_HOSTILE = """
import resource, sys
from pathlib import Path
limit = 768 * 1024 * 1024  # a lock read into memory runs out here, not on the machine
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from desktop.storage import lock
holder = lock.read_lock(Path(sys.argv[1]))
print(holder.user if holder else None, holder.is_stale() if holder else None, flush=True)
"""


@posix_only
@pytest.mark.parametrize("kind", ["symlink to /dev/zero", "sparse file of 4 GB"])
def test_lock_too_big_to_be_a_lock_is_not_read_into_memory(
    saved: Path, kind: str, tmp_path: Path
) -> None:
    target = lock.lock_path(saved)
    if kind == "symlink to /dev/zero":
        target.symlink_to("/dev/zero")
    else:
        with open(target, "wb") as f:
            f.write(b'{"user": "anne", "host": "andet-pc", "pid": 1, "since": "x", ')
            f.truncate(4 << 30)
    # In a child with a memory limit, so that reading it all fails there, quickly.
    done = subprocess.run(
        [sys.executable, "-c", READ_HOSTILE, str(saved)],
        capture_output=True,
        text=True,
        timeout=30,
        env=child_env(),
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ukendt", "True"]


def test_temporary_lock_files_left_by_a_killed_heartbeat_are_cleared_on_close(
    saved: Path, docs: Path
) -> None:
    held = lock.lock_path(saved)
    old = docs / f"{held.name}.0123456789ab.tmp"  # a heartbeat killed before its rename
    old.write_bytes(b'{"user": "ida"')
    os.utime(old, (os.path.getatime(old) - 3600, os.path.getmtime(old) - 3600))
    fresh = docs / f"{held.name}.ba9876543210.tmp"  # another's, being renamed right now
    fresh.write_bytes(b"{}")
    other = docs / "Noter.tmp"
    other.write_bytes(b"not ours")
    doc = open_document(saved)
    doc.close()
    assert not old.exists()
    assert fresh.exists() and other.exists()
