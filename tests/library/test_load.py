"""Load on loopback: 20 clients at once, each with its own login and connections, publish 200
terms each through the real publish code (publish_workshop: a workshop growing by 10 agreed
terms a publish, 20 publishes, every one sending all its terms, the earlier ones again) and
pull the library's terms between publishes. Afterwards no row is lost and none is duplicated,
every pull saw the whole library; the throughput and the p95 publish time are printed and kept
with the suite's figures (tests/reliability/support.py).

Bounded: some 10 s here (2 cores); the timeout ends it at 120 s whatever happens.
"""

from __future__ import annotations

import resource
import statistics
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.library import admin, publish
from desktop.library import server_schema as s
from tests.library.conftest import PgServer
from tests.reliability.support import record

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]

MakeLogin = Callable[[str], str]
CLIENTS = 20
TERMS = 200
STEP = 10  # new terms a publish
PUBLISHES = TERMS // STEP
LIBRARY_TERMS = 500  # approved terms every pull reads
PULL_EVERY = 5


def _outcome(client: int, workshop_id: uuid.UUID, count: int) -> publish.WorkshopOutcome:
    """Client `client`'s workshop with its first `count` agreed terms (untrusted text too)."""
    title = f"Workshop {client} <b>&</b> æøå"
    terms = tuple(
        {
            "side": "domain",
            "term": f"begreb {client}-{n} »{'<' if n % 7 == 0 else ''}«",
            "explanation": f"forklaring {n} '; DROP TABLE terms;-- 🙂",
            "example": "",
            "source": "",
            "local_id": f"{client}-{n}",
            "area": "Beskæftigelse",
            "origin_workshop_id": workshop_id,
            "origin_workshop_title": title,
        }
        for n in range(count)
    )
    workshop = {
        "workshop_id": workshop_id,
        "title": title,
        "area": "Beskæftigelse",
        "held_on": date(2026, 12, 5),
    }
    service = {
        "id": uuid.uuid5(workshop_id, "service"),
        "title": "Jobrettet forløb",
        "area": "Beskæftigelse",
        "placement": "internal",
        "annual_cost_dkk": 1_000_000 + client,
        "contract_end": None,
        "business_case_room_dkk": Decimal(0),
    }
    return publish.WorkshopOutcome(workshop, terms, (service,), ())


def _seed_library(url: str) -> None:
    """LIBRARY_TERMS approved terms, written as a steward's approval would leave them."""
    rows = [
        {
            "id": uuid.uuid4(),
            "term": f"fælles {n}",
            "explanation": "godkendt",
            "content_hash": f"{n:064x}",
        }
        for n in range(LIBRARY_TERMS)
    ]
    with admin.connected(url) as conn:
        conn.execute(s.terms.insert(), rows)


def test_twenty_clients_publish_200_terms_each_and_pull_without_loss_or_duplicate(
    pg_server: PgServer,
    library_db: str,
    admin_url: str,
    make_login: MakeLogin,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin.init_library(admin_url)
    _seed_library(admin_url)
    logins = [make_login(s.CONTRIBUTOR) for _ in range(CLIENTS)]
    workshops = [uuid.uuid4() for _ in range(CLIENTS)]
    # The real publish_workshop, its workshop file read replaced by the outcome the client is
    # at (the file is storage's; here the server is under test).
    current: dict[str, publish.WorkshopOutcome] = {}
    monkeypatch.setattr(publish, "read_workshop", lambda path: current[str(path)])
    times: list[float] = []
    pulls: list[int] = []
    results: list[publish.Published] = []
    lock = threading.Lock()
    start = threading.Barrier(CLIENTS)

    def client(i: int) -> None:
        start.wait()
        path = Path(f"client-{i}.tvaers")
        for k in range(1, PUBLISHES + 1):
            current[str(path)] = _outcome(i, workshops[i], k * STEP)
            began = time.perf_counter()
            done = publish.publish_workshop(logins[i], path)
            took = time.perf_counter() - began
            if k == PUBLISHES:  # a retry of the last publish (a sync cut off) adds nothing
                again = publish.publish_workshop(logins[i], path)
                assert again == publish.Published(0, TERMS, "unchanged")
            seen = len(publish.pull_terms(logins[i])) if k % PULL_EVERY == 0 else None
            with lock:
                times.append(took)
                results.append(done)
                if seen is not None:
                    pulls.append(seen)

    began = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    with ThreadPoolExecutor(CLIENTS) as pool:
        for future in [pool.submit(client, i) for i in range(CLIENTS)]:
            future.result()
    wall = time.perf_counter() - began
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    # The clients' own CPU (one Python process, 20 threads): near the wall time means the
    # clients, not the server, set the pace, and the server carries more than measured.
    client_cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (
        cpu_before.ru_utime + cpu_before.ru_stime
    )

    # Each publish proposed exactly its 10 new terms; the earlier ones were known.
    assert len(results) == CLIENTS * PUBLISHES
    assert sum(r.proposals_new for r in results) == CLIENTS * TERMS
    assert all(r.proposals_new == STEP for r in results)
    assert pulls and set(pulls) == {LIBRARY_TERMS}
    with pg_server.connect(library_db) as conn:
        count, distinct, owners = conn.execute(
            "SELECT count(*), count(DISTINCT (origin_workshop_id, term)), count(DISTINCT owner)"
            " FROM tvaers_library.term_proposals"
        ).fetchone() or (0, 0, 0)
        per_owner = conn.execute(
            "SELECT DISTINCT count(*) FROM tvaers_library.term_proposals GROUP BY owner"
        ).fetchall()
        outcomes = conn.execute(
            "SELECT count(*), count(DISTINCT owner) FROM tvaers_library.workshop_outcomes"
        ).fetchone()
        services = conn.execute("SELECT count(*) FROM tvaers_library.outcome_services").fetchone()
        library = conn.execute("SELECT count(*) FROM tvaers_library.terms").fetchone()
    assert (count, distinct, owners) == (CLIENTS * TERMS, CLIENTS * TERMS, CLIENTS)
    assert per_owner == [(TERMS,)]
    assert outcomes == (CLIENTS, CLIENTS)
    assert services == (CLIENTS,)
    assert library == (LIBRARY_TERMS,)

    p95 = statistics.quantiles(times, n=20)[-1]
    figures: dict[str, Any] = {
        "clients": CLIENTS,
        "terms": CLIENTS * TERMS,
        "publishes": len(times),
        "wall_s": round(wall, 2),
        "terms_per_s": round(CLIENTS * TERMS / wall),
        "publishes_per_s": round(len(times) / wall, 1),
        "publish_median_ms": round(statistics.median(times) * 1000),
        "publish_p95_ms": round(p95 * 1000),
        "pulls": len(pulls),
        "client_cpu_s": round(client_cpu, 1),
    }
    record("library load (20 clients x 200 terms, loopback)", **figures)
    print("library load:", ", ".join(f"{k} {v}" for k, v in figures.items()))
    assert wall < 60
