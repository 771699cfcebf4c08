"""SIGKILL at random moments while a real process edits: no acknowledged edit is ever lost,
none is ever half done, and the file stays sound.

A child opens the workshop (recovering what its killed predecessor left), edits through the
core operations in a loop (tests/reliability/edits.py), acknowledges each committed step,
and saves every few steps, as autosave does. The test kills it at a random moment, reopens
the workshop with recovery, and compares it with the model of the edits: it must be the
state after the last acknowledged step, or after the step in flight (committed, killed
before the acknowledgement). Then the next child carries on from there, on the same file.

Set TVAERS_KILLS (default 30) for a longer run and TVAERS_KILL_SEED to repeat one.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.storage import identity
from desktop.storage import working_copy as wc
from desktop.storage.document import create_document, open_document
from tests.reliability import edits
from tests.reliability.forkserver import ForkServer
from tests.reliability.support import record

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs fork() and SIGKILL")

KILLS = int(os.environ.get("TVAERS_KILLS", "30"))
SAVE_EVERY = 7


def _acked(acks: Path) -> tuple[int | None, int]:
    """(last acknowledged step or None, how many saves the child finished)."""
    last, saves = None, 0
    lines = acks.read_text().splitlines() if acks.exists() else []
    for line in lines:
        if line.isdigit():
            last = int(line)
        elif line.startswith("saved"):
            saves += 1
    return last, saves


def _document_model(path: Path) -> edits.Model:
    """What the document file itself holds (not the working copy)."""
    from sqlalchemy.pool import StaticPool
    from sqlmodel import Session, create_engine

    uri = identity.readonly_uri(path)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=StaticPool,
    )
    try:
        with Session(engine) as session:
            return edits.read_model(session)
    finally:
        engine.dispose()


def test_sigkill_at_random_moments_never_loses_an_acknowledged_edit(
    forkserver: ForkServer, docs: Path, tmp_path: Path
) -> None:
    seed = int(os.environ.get("TVAERS_KILL_SEED", str(time.time_ns() % 1_000_000)))
    rng = random.Random(seed)
    path = docs / "Drabstest æøå.tvaers"
    doc = create_document(path, title="Før det første nedbrud")
    with doc.session() as session:
        history = edits.History(edits.read_model(session))
    doc.close()
    working = wc.working_path(path)
    journal = working.with_name(working.name + "-journal")

    start, mid_transaction, unacknowledged_commits, lost, saves, steps = 0, 0, 0, 0, 0, 0
    for kill in range(KILLS):
        acks = tmp_path / f"acks-{kill}.txt"
        pid = forkserver.run(
            "kill_loop",
            log=tmp_path / f"child-{kill}.log",
            path=str(path),
            start=start,
            acks=str(acks),
            save_every=SAVE_EVERY,
        )
        time.sleep(rng.uniform(0.0, 0.5))
        status = forkserver.kill(pid)
        log_file = tmp_path / f"child-{kill}.log"  # not there if killed right after fork
        log = log_file.read_text() if log_file.exists() else ""
        assert status == -9, f"kill {kill} (seed {seed}): the child ended by itself:\n{log}"
        if journal.exists() and journal.stat().st_size > 0:
            mid_transaction += 1  # a hot journal: the kill landed inside a write transaction
        last, finished_saves = _acked(acks)
        saves += finished_saves
        acked = start - 1 if last is None else last

        doc = open_document(path, recover=True)
        try:
            with doc.engine.connect() as conn:
                verdict = conn.exec_driver_sql("PRAGMA integrity_check").all()
            assert verdict == [("ok",)], f"kill {kill} (seed {seed}): {verdict}"
            with doc.session() as session:
                found = edits.digest(edits.read_model(session))
                if found == history.after(acked):
                    reached = acked
                elif found == history.after(acked + 1):
                    reached = acked + 1
                    unacknowledged_commits += 1
                else:
                    earlier = history.last_step_with(found)
                    if earlier is not None and earlier < acked:
                        lost += acked - earlier
                    expected = history.model_after(acked)
                    pytest.fail(
                        f"kill {kill} (seed {seed}): after step {acked} was acknowledged the "
                        f"workshop matches {'no step' if earlier is None else f'step {earlier}'}:"
                        f"\n{edits.differences(expected, edits.read_model(session))}"
                    )
            # The document file itself is always one complete, earlier or current state.
            identity.inspect(path)
            on_disk = history.last_step_with(edits.digest(_document_model(path)))
            assert on_disk is not None and on_disk <= reached, f"kill {kill} (seed {seed})"
        finally:
            # Every other time the parent saves and closes; otherwise the next child must
            # recover the edits from the working copy the killed one left.
            doc.close(save=kill % 2 == 0)
        steps += reached - start + 1
        start = reached + 1

    doc = open_document(path, recover=True)
    doc.save()  # the first save after a crash clears what a killed save left beside the file
    doc.close()
    leftovers = sorted(p.name for p in docs.iterdir() if p.name.endswith(".saving"))
    record(
        "kill test (SIGKILL during edits)",
        kills_survived=f"{KILLS}/{KILLS}",
        landed_mid_transaction=mid_transaction,
        committed_but_not_acknowledged=unacknowledged_commits,
        acknowledged_edits_lost=lost,
        edits_made=steps,
        saves_finished=saves,
        seed=seed,
    )
    assert lost == 0
    assert steps > 3 * KILLS, "the children hardly edited: the kills proved little"
    assert leftovers == [], "a killed save's temporary files are left beside the document"
