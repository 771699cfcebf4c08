"""The lock file beside a document tells a second instance who has it open."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.storage import errors, lock
from desktop.storage.document import WorkshopDocument, open_document

from .conftest import FileState, assert_unchanged, kill_hard, wait_for_ack

Spawn = Callable[[str], subprocess.Popen[str]]

HOLD_OPEN = """
    import time
    from pathlib import Path
    from desktop.core.participants import add_participant
    from desktop.storage.document import open_document
    doc = open_document(Path({path!r}))
    with doc.session() as s:
        add_participant(s, name="Barnets ændring")
    print("ACK", flush=True)
    time.sleep(120)
"""


@pytest.fixture
def saved(new_doc: Callable[..., WorkshopDocument]) -> Path:
    doc = new_doc("Delt.tvaers")
    with doc.session() as s:
        add_participant(s, name="Gemt")
    doc.close()
    return doc.path


def _write_lock(document: Path, **fields: object) -> None:
    now = datetime.now(UTC).isoformat()
    data = {"user": "anne", "host": "andet-pc", "pid": 1, "since": now, "heartbeat": now}
    data.update(fields)
    lock.lock_path(document).write_text(json.dumps(data), encoding="utf-8")


def test_open_document_writes_who_when_and_where_beside_it(saved: Path) -> None:
    doc = open_document(saved)
    try:
        path = lock.lock_path(saved)
        assert path.parent == saved.parent
        holder = lock.read_lock(saved)
        assert holder is not None
        assert (holder.user, holder.host, holder.pid) == (
            lock.current_user(),
            socket.gethostname(),
            os.getpid(),
        )
        assert abs(datetime.fromisoformat(holder.since) - datetime.now(UTC)) < timedelta(minutes=1)
        assert holder.is_ours and not holder.is_stale()
    finally:
        doc.close()


def test_lock_file_is_removed_on_close(saved: Path) -> None:
    doc = open_document(saved)
    assert lock.lock_path(saved).exists()
    doc.close()
    assert not lock.lock_path(saved).exists()
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]


def test_refresh_lock_renews_the_heartbeat_and_keeps_since(saved: Path) -> None:
    doc = open_document(saved)
    try:
        old = datetime.now(UTC) - timedelta(minutes=30)
        _write_lock(
            saved,
            user=lock.current_user(),
            host=socket.gethostname(),
            pid=os.getpid(),
            since=old.isoformat(),
            heartbeat=old.isoformat(),
        )
        assert lock.read_lock(saved).is_stale()  # type: ignore[union-attr]
        doc.refresh_lock()
        holder = lock.read_lock(saved)
        assert holder is not None and not holder.is_stale()
        assert holder.since == old.isoformat()
        assert datetime.fromisoformat(holder.heartbeat) > old + timedelta(minutes=29)
    finally:
        doc.close()


def test_document_open_in_another_process_is_refused_naming_who_has_it(
    saved: Path, spawn: Spawn
) -> None:
    child = spawn(HOLD_OPEN.format(path=str(saved)))
    wait_for_ack(child)
    before = FileState.of(saved)

    with pytest.raises(errors.LockedError) as refused:
        open_document(saved)
    err = refused.value
    assert err.stale is False
    assert isinstance(err.holder, lock.LockInfo)
    assert err.holder.pid == child.pid
    assert err.holder.user == lock.current_user()
    assert err.holder.host == socket.gethostname()
    for lang in ("da", "en"):
        assert lock.current_user() in err.message(lang)
        assert socket.gethostname() in err.message(lang)
        assert saved.name in err.message(lang)
    assert_unchanged(saved, before)

    # It may be read (and exported) meanwhile, without disturbing the holder.
    reader = open_document(saved, read_only=True)
    try:
        assert reader.read_only
        with reader.session() as s:
            assert [p.name for p in list_participants(s)] == ["Gemt"]
    finally:
        reader.close()
    holder = lock.read_lock(saved)
    assert holder is not None and holder.pid == child.pid
    assert child.poll() is None
    assert_unchanged(saved, before)


def test_live_holder_on_this_computer_cannot_be_taken_over(saved: Path, spawn: Spawn) -> None:
    """Taking over from a running instance here would pull its working copy from under it."""
    child = spawn(HOLD_OPEN.format(path=str(saved)))
    wait_for_ack(child)
    with pytest.raises(errors.LockedError) as refused:
        open_document(saved, take_over_lock=True)
    assert refused.value.stale is False
    assert lock.read_lock(saved).pid == child.pid  # type: ignore[union-attr]
    assert child.poll() is None


def test_lock_of_a_killed_process_is_stale_and_can_be_taken_over(saved: Path, spawn: Spawn) -> None:
    child = spawn(HOLD_OPEN.format(path=str(saved)))
    wait_for_ack(child)
    with pytest.raises(errors.LockedError):
        open_document(saved)
    kill_hard(child)

    holder = lock.read_lock(saved)
    assert holder is not None and holder.pid == child.pid
    assert holder.is_stale(), "the holder's pid is dead, so its lock is stale"

    doc = open_document(saved, take_over_lock=True, recover=False)
    try:
        assert not doc.read_only
        mine = lock.read_lock(saved)
        assert mine is not None and mine.is_ours
    finally:
        doc.close()
    assert not lock.lock_path(saved).exists()


def test_lock_left_by_own_crashed_session_is_taken_over_silently(saved: Path) -> None:
    """Same user, same computer, process gone: it was us, and recovery follows."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    _write_lock(saved, user=lock.current_user(), host=socket.gethostname(), pid=proc.pid)
    doc = open_document(saved)
    try:
        assert lock.read_lock(saved).is_ours  # type: ignore[union-attr]
    finally:
        doc.close()


def test_garbled_lock_counts_as_stale(saved: Path) -> None:
    lock.lock_path(saved).write_bytes(b'{"user": "anne", "ho\x00\xff')
    with pytest.raises(errors.LockedError) as refused:
        open_document(saved)
    assert refused.value.stale is True
    assert refused.value.message("da").strip()
    doc = open_document(saved, take_over_lock=True)
    try:
        assert lock.read_lock(saved).is_ours  # type: ignore[union-attr]
    finally:
        doc.close()
    assert not lock.lock_path(saved).exists()


@pytest.mark.parametrize("content", [b"", b"[]", b'{"user": "anne"}', b"\xff\xfe"])
def test_lock_file_of_any_garbage_is_stale(saved: Path, content: bytes) -> None:
    lock.lock_path(saved).write_bytes(content)
    holder = lock.read_lock(saved)
    assert holder is not None and holder.is_stale()


def test_lock_from_another_computer_is_respected_until_its_heartbeat_stops(
    saved: Path,
) -> None:
    _write_lock(saved, user="anne", host="andet-pc", pid=os.getpid())
    with pytest.raises(errors.LockedError) as refused:
        open_document(saved)
    assert refused.value.stale is False
    assert "anne" in refused.value.message("da") and "andet-pc" in refused.value.message("en")

    old = (datetime.now(UTC) - lock.STALE_AFTER - timedelta(minutes=1)).isoformat()
    _write_lock(saved, user="anne", host="andet-pc", pid=os.getpid(), heartbeat=old)
    with pytest.raises(errors.LockedError) as refused:
        open_document(saved)
    assert refused.value.stale is True
    doc = open_document(saved, take_over_lock=True)
    doc.close()


def test_same_document_twice_in_one_process_is_refused(saved: Path) -> None:
    """A second window on the same file would discard the first one's working copy."""
    first = open_document(saved)
    try:
        with first.session() as s:
            add_participant(s, name="Første vindue")
        with pytest.raises(errors.LockedError) as refused:
            open_document(saved)
        assert refused.value.stale is False
        with pytest.raises(errors.LockedError):
            open_document(saved, take_over_lock=True)
        assert first.is_dirty
        with first.session() as s:
            assert [p.name for p in list_participants(s)] == ["Gemt", "Første vindue"]
    finally:
        first.close()
    doc = open_document(saved)
    try:
        with doc.session() as s:
            assert [p.name for p in list_participants(s)] == ["Gemt", "Første vindue"]
    finally:
        doc.close()
