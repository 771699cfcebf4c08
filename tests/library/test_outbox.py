"""The outbox of what a laptop will publish: one entry per content, kept through a kill -9,
and a sent mark so a retried sync never sends twice. No server needed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desktop.library.outbox import Outbox, content_hash, outbox_path, pending_count
from desktop.storage.paths import data_dir
from tests.reliability.support import child_env

TERM = {"term": "Borgerrettet", "side": "Kommune", "explanation": "<b>'; DROP TABLE x; --"}


def test_an_entry_has_a_uuid_kind_payload_hash_and_time() -> None:
    with Outbox() as box:
        entry = box.add("term", TERM)
    assert uuid.UUID(entry.id).version == 4
    assert entry.kind == "term" and entry.payload == TERM
    assert entry.content_hash == content_hash(TERM) and len(entry.content_hash) == 64
    assert entry.created_at.endswith("+00:00") and not entry.sent
    assert outbox_path().parent == data_dir() / "library"
    with Outbox() as box:  # read back from the file, untrusted text kept as it is
        assert box.all_entries() == [entry]


def test_the_same_content_twice_keeps_one_entry() -> None:
    with Outbox() as box:
        first = box.add("term", TERM)
        again = box.add("term", dict(reversed(list(TERM.items()))))  # key order is no change
        other_kind = box.add("template", TERM)
        changed = box.add("term", {**TERM, "example": "x"})
        assert again == first
        assert len({first.id, other_kind.id, changed.id}) == 3
        assert box.pending_count() == 3


def test_sent_entries_are_not_sent_again() -> None:
    with Outbox() as box:
        a = box.add("term", {"term": "a"})
        b = box.add("term", {"term": "b"})
        assert [e.id for e in box.pending()] == [a.id, b.id]
        assert box.mark_sent(a.id) is True
        assert box.mark_sent(a.id) is False  # a retried sync: nothing new
        assert [e.id for e in box.pending()] == [b.id]
        assert box.get(a.id) is not None and box.get(a.id).sent  # type: ignore[union-attr]
        assert box.add("term", {"term": "a"}).sent  # added again after it was sent: no new entry
        assert box.pending_count() == 1


def _sync(box: Outbox, sent: list[str], *, cut_after: int | None = None) -> None:
    """A sync as publish does it: send each pending entry under its UUID, then mark it."""
    for n, entry in enumerate(box.pending()):
        sent.append(entry.id)  # the server keeps one row per UUID
        if cut_after is not None and n == cut_after:
            raise ConnectionError("cut off before the mark")
        box.mark_sent(entry.id)


def test_a_sync_cut_off_and_retried_loses_nothing_and_sends_each_uuid_once_more_at_most() -> None:
    with Outbox() as box:
        ids = [box.add("term", {"term": f"t{n}"}).id for n in range(10)]
        sent: list[str] = []
        with pytest.raises(ConnectionError):
            _sync(box, sent, cut_after=4)
        _sync(box, sent)
        _sync(box, sent)  # nothing left: sends nothing
        assert set(sent) == set(ids)
        assert [i for i in sent if sent.count(i) > 1] == [ids[4], ids[4]]  # same UUID: one row
        assert box.pending_count() == 0


def test_pending_count_without_an_outbox_creates_no_file() -> None:
    assert pending_count() == 0
    assert not outbox_path().exists()
    with Outbox() as box:
        box.add("term", TERM)
    assert pending_count() == 1


def test_an_outbox_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(RuntimeError, match="newer"):
        Outbox(path)


def test_an_empty_kind_is_refused() -> None:
    with Outbox() as box, pytest.raises(ValueError):
        box.add("", TERM)


CHILD = """
import sys
from desktop.library.outbox import Outbox
box = Outbox()
n = 0
while True:
    entry = box.add("term", {"term": f"t{n}", "text": "x" * 2000})
    print(entry.id, flush=True)
    n += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_entries_survive_the_app_killed_9_after_add_returns() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        env=child_env(TVAERS_DATA_DIR=str(data_dir())),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    returned = [child.stdout.readline().strip() for _ in range(60)]
    os.kill(child.pid, signal.SIGKILL)  # while it is adding the next ones
    child.wait(timeout=30)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with Outbox() as box:
        kept = {e.id for e in box.all_entries()}
        assert set(returned) <= kept
        assert box.pending_count() == len(kept) >= 60
