"""Faults in a sync round against a real PostgreSQL of the test's own (the suite's server is
shared, and these stop theirs): the server stopped in the middle of a round and started again,
and the app killed -9 with a full outbox. Each: a plain sentence, nothing lost, nothing sent
twice."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select

from desktop.library import admin, sync
from desktop.library import server_schema as s
from desktop.library.outbox import Outbox
from desktop.library.settings import LibrarySettings
from tests.library.conftest import LocalCluster
from tests.reliability.support import REPO, child_env

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

WORKSHOP = str(uuid.UUID(int=21))
DATABASE = "faults"


class Library:
    """A library on a cluster of this test's own, and a contributor's login to it."""

    def __init__(self, cluster: LocalCluster) -> None:
        self.cluster = cluster
        self.server = cluster.server
        with self.server.connect() as conn:
            conn.execute(f'CREATE DATABASE "{DATABASE}"')  # type: ignore[arg-type]
        self.admin_url = self.server.url(DATABASE)
        admin.init_library(self.admin_url)
        self.user, self.password = f"u_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
        with self.server.connect() as conn:
            conn.execute(
                f"CREATE ROLE {self.user} LOGIN PASSWORD '{self.password}' "  # type: ignore[arg-type]
                f"IN ROLE {s.CONTRIBUTOR}"
            )
        self.settings = LibrarySettings(
            host=self.server.host, user=self.user, port=self.server.port, database=DATABASE
        )

    def proposals(self) -> list[tuple[str, str]]:
        """(id, content_hash) of every proposal on the server."""
        with admin.connected(self.admin_url) as conn:
            rows = conn.execute(
                select(s.term_proposals.c.id, s.term_proposals.c.content_hash)
            ).all()
        return sorted((str(r.id), r.content_hash) for r in rows)

    def round(self, folder: Path, **kw: object) -> sync.SyncResult:
        return sync.sync_round(
            self.settings,
            self.password,
            outbox_path=folder / "outbox.sqlite",
            cache_path=folder / "cache.sqlite",
            timeout=3,
            **kw,  # type: ignore[arg-type]
        )


@pytest.fixture
def own_library() -> Iterator[Library]:
    # Commits wait for their WAL: a stop -m immediate is a crash, and must lose only what
    # was not committed (the suite's server skips that wait for speed).
    cluster = LocalCluster("-c synchronous_commit=on")
    try:
        cluster.start()
        yield Library(cluster)
    finally:
        cluster.remove()


def _payloads(count: int) -> list[dict[str, str]]:
    return [
        sync.term_payload(
            {"side": "kommune", "term": f"Begreb {i}", "explanation": f"Forklaring {i} æøå"},
            WORKSHOP,
            "Workshop om fejl",
            "Beskæftigelse",
        )
        for i in range(count)
    ]


def _outbox(folder: Path) -> list[tuple[str, str, bool]]:
    with Outbox(folder / "outbox.sqlite") as box:
        return sorted((e.id, e.content_hash, e.sent) for e in box.all_entries())


def test_the_server_stopped_inside_a_round_loses_nothing_and_the_next_round_sends_once(
    own_library: Library, tmp_path: Path
) -> None:
    library = own_library
    sync.queue_terms(_payloads(5), tmp_path / "outbox.sqlite")
    before = _outbox(tmp_path)

    def stop_the_server(conn: Connection) -> None:
        """The rows are inserted, not committed: the server goes down (a crash)."""
        library.cluster.stop("immediate")

    cut = library.round(tmp_path, before_commit=stop_the_server)
    assert cut.sent == 0 and cut.pulled is None
    assert cut.error is not None and "Traceback" not in cut.error
    assert f"{library.server.host}:{library.server.port}" in cut.error  # says which server
    assert library.password not in cut.error
    assert _outbox(tmp_path) == before  # every entry still there, still pending

    # While it is down: a sentence within the timeout, the outbox untouched.
    started = time.monotonic()
    down = library.round(tmp_path)
    assert time.monotonic() - started < 10
    assert down.error is not None and "kunne ikke nå biblioteket" in down.error
    assert _outbox(tmp_path) == before

    library.cluster.start()
    assert library.proposals() == []  # nothing of the cut round was committed
    again = library.round(tmp_path)
    assert again == sync.SyncResult(sent=5, pulled=0), again.error
    assert library.proposals() == sorted((i, h) for i, h, _sent in before)
    assert library.round(tmp_path) == sync.SyncResult(sent=0, pulled=0)
    assert len(library.proposals()) == 5  # each once


def test_the_server_stopped_by_another_hand_during_a_round(
    own_library: Library, tmp_path: Path
) -> None:
    """Stopped from a second thread while the round waits inside its transaction."""
    library = own_library
    sync.queue_terms(_payloads(3), tmp_path / "outbox.sqlite")
    inside = threading.Event()
    stopped = threading.Event()

    def wait_for_the_stop(conn: Connection) -> None:
        inside.set()
        assert stopped.wait(30)

    def operator() -> None:
        assert inside.wait(30)
        library.cluster.stop("fast")  # IT restarts the server: sessions are ended
        stopped.set()

    hand = threading.Thread(target=operator)
    hand.start()
    cut = library.round(tmp_path, before_commit=wait_for_the_stop)
    hand.join(30)
    assert cut.sent == 0 and cut.error is not None
    assert all(not sent for _i, _h, sent in _outbox(tmp_path))
    library.cluster.start()
    assert library.round(tmp_path).sent == 3
    assert library.round(tmp_path).sent == 0
    assert len(library.proposals()) == 3


CHILD = """
import os, sys, uuid
from PySide6.QtWidgets import QApplication
import keyring
from tests.library.memory_keyring import MemoryKeyring
from desktop.library.settings import LibrarySettings, save_library
from desktop.library import sync
from desktop.ui.main_window import MainWindow

host, port, database, user = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
store = MemoryKeyring()
keyring.set_keyring(store)
library = LibrarySettings(host=host, user=user, port=port, database=database)
save_library(library)
store.set_password("Tværs bibliotek", library.key, sys.stdin.readline().strip())
app = QApplication([])
window = MainWindow("da")
window.show()
count, batch = int(sys.argv[5]), sys.argv[6]
for i in range(count):  # as the glossary's Share does: each proposal on disk at once
    sync.queue_terms([sync.term_payload(
        {"side": "kommune", "term": f"Begreb {batch}-{i}", "explanation": "x" * 200},
        str(uuid.UUID(int=21)), "Workshop om fejl", "Beskæftigelse")])
print("queued", flush=True)
window.sync_library_now()
print("syncing", flush=True)
app.exec()
"""


def _start_child(library: Library, data: Path, count: int, batch: int) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            library.server.host,
            str(library.server.port),
            DATABASE,
            library.user,
            str(count),
            str(batch),
        ],
        cwd=REPO,
        env=child_env(TVAERS_DATA_DIR=str(data)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    child.stdin.write(library.password + "\n")  # never on the command line
    child.stdin.close()
    return child


def _wait_for(child: subprocess.Popen[str], word: str) -> None:
    assert child.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if line.strip() == word:
            return
        if not line and child.poll() is not None:
            break
    assert child.stderr is not None
    raise AssertionError(f"the child never said {word!r}: {child.stderr.read()[-3000:]}")


def _wait_until_the_round_waits_for(library: Library) -> None:
    """Until the app's connection waits for the test's lock (inside its transaction)."""
    deadline = time.monotonic() + 60
    with library.server.connect(DATABASE) as probe:
        while time.monotonic() < deadline:
            row = probe.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE application_name = 'Tvaers' AND wait_event_type = 'Lock'"
            ).fetchone()
            if row and row[0]:
                return
            time.sleep(0.02)
    raise AssertionError("the app's round never reached the server")


def test_the_app_killed_during_its_sync_keeps_the_outbox_and_the_next_round_sends_once(
    own_library: Library, tmp_path: Path
) -> None:
    """A real Tværs window (offscreen, its own data folder) queues 60 new proposals, starts
    its round with Sync now and is killed -9: inside the round's transaction (its INSERT held
    by a lock the test takes on the proposals, so the kill surely lands there), at a random
    moment after it started, and before any round; then a round from the same data folder
    sends every entry exactly once."""
    library = own_library
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    data = tmp_path / "data"
    outbox = data / "library" / "outbox.sqlite"
    expected: set[tuple[str, str]] = set()
    before: set[tuple[str, str]] = set()  # on the server before this batch
    batches = ("inside", "syncing", "queued", "inside", "syncing")
    for batch, kill_at in enumerate(batches):
        held = library.server.connect(DATABASE) if kill_at == "inside" else None
        if held is not None:  # the round's INSERT waits for this lock, inside its transaction
            held.autocommit = False
            held.execute("LOCK TABLE tvaers_library.term_proposals IN EXCLUSIVE MODE")
        child = _start_child(library, data, 60, batch)
        try:
            _wait_for(child, "queued" if kill_at == "queued" else "syncing")
            if held is not None:
                _wait_until_the_round_waits_for(library)
            elif kill_at == "syncing":
                time.sleep(rng.uniform(0, 0.3))
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(30)
            for stream in (child.stdout, child.stderr):
                if stream is not None:
                    stream.close()
            if held is not None:
                held.rollback()
                held.close()
        assert child.returncode == -signal.SIGKILL
        with sqlite3.connect(outbox) as check:  # the outbox file is whole
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",), seed
        entries = _outbox(outbox.parent)
        assert len(entries) == 60 * (batch + 1), seed  # one entry each, none lost
        expected = {(i, h) for i, h, _sent in entries}
        on_server = set(library.proposals())
        assert on_server <= expected, seed  # the server has only what the outbox holds
        # What the outbox marked sent, the server has (marked only after the commit).
        assert {(i, h) for i, h, sent in entries if sent} <= on_server, seed
        marked = sum(sent for _i, _h, sent in entries)
        print(f"killed {kill_at!r}: {marked} marked, {len(on_server)} on the server")
        if kill_at == "inside":  # the killed transaction left nothing on the server
            assert on_server == before, seed
        before = on_server

    result = sync.sync_round(
        library.settings,
        library.password,
        outbox_path=outbox,
        cache_path=tmp_path / "cache.sqlite",
    )
    assert result.error is None, result
    assert sorted(library.proposals()) == sorted(expected), seed  # each exactly once
    with admin.connected(library.admin_url) as conn:
        count = conn.execute(select(func.count()).select_from(s.term_proposals)).scalar()
    assert count == 60 * len(batches)
    assert all(sent for _i, _h, sent in _outbox(outbox.parent))
