"""`tvaers demo --size large`: the seeded large workshop the benchmarks (issue 9) open."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core import demo_large
from desktop.storage.demo_file import write_demo

Run = Callable[..., subprocess.CompletedProcess[str]]

# Columns that differ between two runs by design: random ids (also `taught_by`), timestamps,
# and the sign-off fingerprints (the signed content names the covered services by id).
VARYING = {"taught_by", "content_hash", "signed_content", "signed_service_titles"}
# Links compared by what they join, not by ids.
LINKS = (
    "SELECT t.term, p.name FROM term t JOIN participant p ON p.id = t.taught_by",
    "SELECT a.term, b.term FROM term a JOIN term b ON a.counterpart_id = b.id",
    "SELECT s.title, n.text FROM service_note l JOIN service s ON s.id = l.service_id"
    " JOIN note n ON n.id = l.note_id",
    "SELECT d.title, s.title FROM decision_service l JOIN decision d ON d.id = l.decision_id"
    " JOIN service s ON s.id = l.service_id",
    "SELECT s.title, c.key, x.score FROM criterion_score x JOIN service s ON s.id = x.service_id"
    " JOIN criterion c ON c.id = x.criterion_id",
    "SELECT d.title, o.approver_name, o.outcome FROM sign_off o"
    " JOIN decision d ON d.id = o.decision_id",
)
TABLES = ("participant", "action_item", "term", "canvas", "zone", "note", "service",
          "criterion", "decision", "sign_off", "workshop")  # fmt: skip


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def text_digest(path: Path) -> str:
    """sha256 of every text and number in the workshop, independent of ids and times."""
    digest = hashlib.sha256()
    with _connect(path) as conn:
        for table in TABLES:
            cursor = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            keep = [
                i
                for i, name in enumerate(names)
                if not (name == "id" or name.endswith(("_id", "_at")) or name in VARYING)
            ]
            rows = sorted(repr([row[i] for i in keep]) for row in cursor.fetchall())
            digest.update(f"{table}:{len(rows)}\n".encode())
            for row in rows:
                digest.update(row.encode())
        for query in LINKS:
            for row in sorted(map(repr, conn.execute(query).fetchall())):
                digest.update(row.encode())
    return digest.hexdigest()


def count(path: Path, query: str) -> int:
    with _connect(path) as conn:
        (n,) = conn.execute(query).fetchone()
    return int(n)


@pytest.fixture
def written_in_process(large_file: Path) -> Path:
    """The large workshop with the default seed, written once in-process (the run's
    `large_file`, tests/conftest.py)."""
    return large_file


def test_demo_size_large_writes_the_large_workshop_quickly_and_reproducibly(
    tvaers: Run, tmp_path: Path, written_in_process: Path
) -> None:
    out = tmp_path / "stor.tvaers"

    started = time.perf_counter()
    result = tvaers("demo", "--size", "large", out)
    took = time.perf_counter() - started

    assert result.returncode == 0, result.stderr
    assert took < 30, f"writing the large workshop took {took:.1f} s"
    assert tvaers("check", out).returncode == 0
    expected = {
        "participant": 40,
        "term": 5000,
        "canvas": 3,
        "note": 1000,
        "service": 300,
        "decision": 100,
        "sign_off": 200,
        "action_item": 200,
    }
    counts = {table: count(out, f"SELECT count(*) FROM {table}") for table in expected}
    assert counts == expected
    assert count(out, "SELECT count(*) FROM term WHERE counterpart_id IS NOT NULL") == 2500
    assert count(out, "SELECT count(DISTINCT service_id) FROM criterion_score") == 300
    assert count(out, "SELECT count(DISTINCT service_id) FROM service_note") == 300
    assert count(out, "SELECT count(*) FROM note WHERE zone_id IS NULL") == 0
    # The same seed gives the same workshop, written in-process this time.
    assert text_digest(written_in_process) == text_digest(out)


def test_another_seed_gives_other_texts(tmp_path: Path, written_in_process: Path) -> None:
    other = tmp_path / "andet.tvaers"
    write_demo(other, size="large", seed=demo_large.SEED + 1)

    assert text_digest(other) != text_digest(written_in_process)


def test_demo_refuses_an_unknown_size(tvaers: Run, tmp_path: Path) -> None:
    result = tvaers("demo", "--size", "huge", tmp_path / "x.tvaers")

    assert result.returncode == 1
    assert "invalid choice" in result.stderr
    assert not (tmp_path / "x.tvaers").exists()
