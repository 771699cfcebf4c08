"""The performance budgets of docs/PERFORMANCE.md, in one place.

Each budget is a ratio to a bare baseline measured in the same run (a bare PySide6 window,
a bare SQLite commit, a bare QTableView model reset, plain reportlab, ...), so it holds on
a slow machine as on a fast one. `python -m uv run pytest tests/bench --benchmark-enable`
fails when one is missed. In the normal suite (`--benchmark-disable` in pyproject.toml)
every benchmark and its baseline run once, as a smoke test, and no budget is judged: one
round on a busy CI machine says nothing about speed.

The ratios were set from the targets the issues gave in absolute terms (issue 9: a
keystroke in 16 ms, an edit in 10 ms, ...) divided by the baseline measured on the machine
of docs/PERFORMANCE.md (5 December 2026); the table there names each key of BUDGETS. A target
not met today is marked `met=False`: measured, missing it is an expected failure (xfail,
with the figures); meeting it passes and says so (set `met=True` once it holds). Baselines
count their best round (`floor_seconds`), Tværs its median; delivery_move counts each
side's best round, a bare commit made before each move (docs/PERFORMANCE.md says why).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from pytest_benchmark.fixture import BenchmarkFixture


@dataclass(frozen=True)
class Budget:
    what: str  # what is measured
    baseline: str  # the bare thing it is compared with, measured in the same run
    ratio: float  # at most this many times the baseline
    target: str  # the target as the issue gave it, which the ratio stands for
    met: bool = True  # False: an open target; missing it is an expected failure (xfail)


BUDGETS: dict[str, Budget] = {
    "start_window": Budget(
        "start to the first painted window, empty workshop",
        "bare PySide6 window (QApplication, QMainWindow, 5 tabs), fresh process",
        1.5,
        "≤ 1.5 × bare (issue 9); 1.35-1.39 × since b9fad10 (1.51-1.63 × before)",
    ),
    "start_content": Budget(
        "start with a file to the workshop's content painted",
        "bare PySide6 window, fresh process",
        2.5,
        "≤ 2.5 × bare (issue 19, item 10)",
    ),
    "peak_memory": Budget(
        "peak RSS, window with the large workshop, every tab shown",
        "peak RSS of the bare PySide6 window",
        4.9,
        "≤ 300 MB (issue 9; bare 61 MB)",
    ),
    "open_large": Budget(
        "open the large workshop until every tab has shown its content",
        "bare QTableView model reset of as many rows, painted, after a bare read of them",
        40.0,
        "≤ 1.0 s (issue 9); bare 0.025 s",
    ),
    "open_4x": Budget(
        "open the 4x workshop until every tab has shown its content",
        "bare QTableView model reset of as many rows, painted, after a bare read of them",
        22.0,
        "≤ 2 s, roughly linear (issue 19, item 10); bare 0.088 s",
    ),
    "open_growth": Budget(
        "opening the 4x workshop against opening the large one",
        "opening the large workshop, same run",
        4.4,
        "roughly linear: ≤ 4.4 × for 4 × the rows (issue 19, item 10)",
    ),
    "edit": Budget(
        "one note edit through the undo command, committed, views refreshed",
        "bare SQLite UPDATE and commit, synchronous=FULL",
        17.0,
        "≤ 10 ms median (issue 9); bare commit 0.57 ms",
    ),
    "save": Budget(
        "save of the large workshop (VACUUM INTO, check, replace)",
        "bare SQLite VACUUM INTO of the same working copy",
        22.0,
        "≤ 300 ms (issue 9); bare 13.5 ms",
    ),
    "check": Budget(
        "`tvaers check` on the large workshop, fresh process",
        "fresh Python process running SQLite's integrity_check on the file",
        9.0,
        "≤ 0.3 s (issue 9); bare 0.032 s; 0.10 s before issue 18's value check",
    ),
    "glossary_filter": Budget(
        "glossary filter per keystroke, 5,000 terms",
        "bare QSortFilterProxyModel filter of 5,000 rows in a QTableView, per keystroke",
        9.0,
        "≤ 16 ms median (issue 3); bare 1.75 ms",
    ),
    "glossary_open": Budget(
        "open the glossary tab, 5,000 terms",
        "bare QTableView model reset of 5,000 rows, painted",
        30.0,
        "≤ 200 ms (issue 3); bare 6.7 ms",
    ),
    "canvas_drag": Budget(
        "note drag, 1,000 notes on the canvas, per mouse move",
        "bare QGraphicsView of 1,000 rectangles with text, one moved per event",
        16.0,
        "≤ 16 ms (issue 4); bare 0.95 ms",
    ),
    "canvas_open": Budget(
        "open the canvas tab, 1,000 notes",
        "bare QGraphicsView of 1,000 rectangles with text, built and painted",
        2.1,
        "≤ 300 ms (issue 4); bare 140 ms",
    ),
    "delivery_open": Budget(
        "open the delivery tab, 500 cards",
        "bare QTableView model reset of 500 rows, painted",
        50.0,
        "≤ 300 ms (issue 5); bare 5.8 ms",
    ),
    "delivery_move": Budget(
        "move a card between columns (command, commit, board refreshed), 500 cards",
        "bare SQLite UPDATE and commit, synchronous=FULL, one before each move",
        50.0,
        "≤ 50 ms (issue 5); bare 0.99 ms; each side's best of 40 interleaved rounds",
    ),
    "minutes": Budget(
        "minutes of the large workshop, PDF written",
        "plain reportlab build of the same flowables",
        1.2,
        "≤ 1.2 × plain reportlab and ≥ 45 pages/s (issue 7)",
    ),
}


def floor_seconds(action: Callable[[], object], rounds: int) -> float:
    """The best wall time of `rounds` calls of `action`: a baseline's floor, which other
    load on the machine moves less than its median (a bare commit's fsync or a bare read
    went from 1x to 2x between runs on a shared machine; the best of them did not)."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def benchmark_median(benchmark: BenchmarkFixture) -> float:
    """The median of what `benchmark` measured (0.0 when benchmarks are disabled)."""
    if benchmark.disabled or benchmark.stats is None:
        return 0.0
    return float(benchmark.stats.stats.median)


def within_budget(benchmark: BenchmarkFixture, **measured: tuple[float, float]) -> None:
    """Record each `key=(measured, baseline)` in the benchmark's extra_info, and fail when
    a budget is missed (all judged before any failure is raised). Only when benchmarks are
    enabled: with --benchmark-disable the code paths ran once, and that is all the normal
    suite asks of them."""
    missed: list[str] = []
    open_missed: list[str] = []
    open_met: list[str] = []
    for key, (ours, baseline) in measured.items():
        budget = BUDGETS[key]
        ratio = ours / baseline if baseline > 0 else float("inf")
        benchmark.extra_info.update(
            {f"{key}_measured": ours, f"{key}_baseline": baseline, f"{key}_ratio": ratio}
        )
        if benchmark.disabled:
            continue
        said = (
            f"{key}: {budget.what}: {ours:.4g} against {baseline:.4g} ({budget.baseline}) = "
            f"{ratio:.2f} ×, budget ≤ {budget.ratio} × ({budget.target})"
        )
        print(f"\n[budget] {said}")
        if ratio <= budget.ratio and not budget.met:
            open_met.append(said)
        elif ratio > budget.ratio:
            (missed if budget.met else open_missed).append(said)
    where = " (tests/bench/budgets.py, docs/PERFORMANCE.md)"
    if missed:
        pytest.fail("budget missed:\n" + "\n".join(missed) + where)
    for said in open_met:  # not a failure: a target near its budget would flicker
        print(f"\n[budget] an open target was met in this run; if it holds, set met=True: {said}")
    if open_missed:
        pytest.xfail("open target, not met yet:\n" + "\n".join(open_missed) + where)
