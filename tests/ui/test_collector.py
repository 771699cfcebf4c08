"""Garbage cycles die in the GUI thread (desktop/ui/collector.py): a worker thread that
allocates never collects a cycle holding Qt objects, the GUI thread's timer does, and
cycles made while the event loop runs do not pile up."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import threading
import weakref
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]


def _garbage_holding_a_timer(destroyed_in: list[int]) -> None:
    """A closed window's remains: a QObject with a running timer, freed only by the cycle
    collector (its Python wrapper refers to itself)."""
    owner = QObject()
    QTimer(owner).start(60_000)
    owner.destroyed.connect(
        lambda: destroyed_in.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    owner.cycle = owner  # type: ignore[attr-defined]


def test_a_worker_thread_that_allocates_never_collects_qt_objects(qtbot: QtBot) -> None:
    """Before: the worker passed the young generation's threshold, collected the cycle and
    destroyed the QObject and its timer there ("Timers cannot be stopped from another
    thread"). Now the cycle waits for the GUI thread's timer."""
    gc.collect()  # the young generation holds only what this test makes
    destroyed_in: list[int] = []
    _garbage_holding_a_timer(destroyed_in)
    kept: list[object] = []

    def allocate() -> None:  # ten times the threshold in containers that stay alive
        kept.append([[] for _ in range(10 * gc.get_threshold()[0])])

    worker = threading.Thread(target=allocate, name="allocating-worker")
    worker.start()
    worker.join()

    assert destroyed_in == [], "collected in the worker thread"
    qtbot.waitUntil(lambda: destroyed_in != [], timeout=5_000)
    assert destroyed_in == [threading.get_ident()]  # the GUI thread's, on its timer
    assert kept


class Node:
    """A piece of garbage that only the cycle collector frees."""

    def __init__(self) -> None:
        self.me = self
        self.payload = list(range(50))


def test_cycles_made_while_the_event_loop_runs_are_collected(qtbot: QtBot) -> None:
    """Garbage never outlives a tick: every collection in the GUI thread leaves none of the
    cycles made before it, and none is made uncollected between ticks by another thread."""
    alive: weakref.WeakSet[Node] = weakref.WeakSet()
    made = 0
    seen: list[tuple[str, int, int]] = []  # (phase, thread, cycles alive)

    def make() -> None:
        nonlocal made
        for _ in range(50):
            alive.add(Node())
            made += 1

    def watch(phase: str, info: dict[str, Any]) -> None:
        seen.append((phase, threading.get_ident(), len(alive)))

    maker = QTimer()
    maker.timeout.connect(make)
    gc.callbacks.append(watch)
    try:
        maker.start(1)
        qtbot.waitUntil(lambda: sum(p == "stop" for p, _, _ in seen) >= 3, timeout=10_000)
    finally:
        maker.stop()
        gc.callbacks.remove(watch)

    assert {thread for _, thread, _ in seen} == {threading.get_ident()}
    assert {left for phase, _, left in seen if phase == "stop"} == {0}
    assert max(left for _, _, left in seen) > 0  # there was garbage to collect
    assert made > max(left for _, _, left in seen)  # and it never all piled up


def test_a_closed_window_goes_whole_before_its_cycle_is_collected(qapp: QApplication) -> None:
    """A window closed and handed to deleteLater, whose Python side is a garbage cycle: Qt
    deletes it before the collector clears its attributes. Before, the collection came first
    and Qt then tore down widgets whose Python attributes were already gone (a header asked
    its model for titles it no longer had: AttributeError, seen once in CI)."""
    from desktop.ui import collector

    order: list[str] = []
    window = QWidget()
    window.cycle = window  # type: ignore[attr-defined]
    window.destroyed.connect(lambda: order.append("deleted"), Qt.ConnectionType.DirectConnection)
    window.show()
    window.close()
    window.deleteLater()
    del window

    def watch(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            order.append("collecting")

    installed = collector.install(qapp)
    kept = [[] for _ in range(2 * gc.get_threshold()[0])]  # a collection is due
    gc.callbacks.append(watch)
    try:
        assert installed.tick() is not None
    finally:
        gc.callbacks.remove(watch)
    assert kept
    assert order[:2] == ["deleted", "collecting"]


def test_the_collector_chooses_the_generation_cpython_would() -> None:
    from desktop.ui.collector import Pace

    pace = Pace()
    threshold = (700, 10, 10)
    assert pace.due(700, threshold) is None
    assert [pace.due(701, threshold) for _ in range(11)] == [0] * 10 + [1]
    # 121 young collections' worth between two ticks: a full one, as CPython would have
    # run; a closed workshop that had grown old goes after as much allocation as before.
    assert Pace().due(700 * 121, threshold) == 2
    assert Pace().due(700 * 11, threshold) == 1
    assert Pace().due(10**6, (0, 10, 10)) is None  # threshold 0: never, as gc.set_threshold(0)


def test_a_full_collection_waits_until_the_old_generation_has_grown_by_a_quarter() -> None:
    """As CPython: a large heap that hardly grows is not walked again and again (in the
    suite a full collection takes 0.05-0.2 s; in the app, with the demo open, 4 ms)."""
    from desktop.ui.collector import Pace

    pace = Pace()
    threshold = (700, 10, 10)
    assert pace.due(700 * 121, threshold) == 2
    pace.collected(2, 1000)  # 1,000 objects kept in the oldest generation
    assert pace.due(700 * 121, threshold) == 1  # nothing moved there since: a middle one
    pace.collected(1, 249)
    assert pace.due(700 * 11, threshold) == 1
    pace.collected(1, 1)  # a quarter of 1,000 moved there
    assert pace.due(700 * 11, threshold) == 2
    pace.collected(2, 1200)
    assert (pace.long_lived_total, pace.long_lived_pending) == (1200, 0)


def test_nothing_else_switches_automatic_collection_on(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    """The suite runs as the app (tests/conftest.py); a library or a module that switched
    automatic collection back on is switched off at the next tick, and logged."""
    from desktop.ui import collector

    assert not gc.isenabled()
    installed = collector.install(qapp)
    assert installed is collector.install(qapp)
    assert qapp.findChildren(collector.Collector) == [installed]
    assert installed.timer.isActive()
    gc.enable()
    try:
        installed.tick()
    finally:
        gc.disable()
    assert "switched on again" in caplog.text
    ours = ROOT / "desktop" / "ui" / "collector.py"
    switching = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        if path != ours
        and any(f"gc.{call}(" in path.read_text("utf-8") for call in ("enable", "disable"))
    ]
    assert switching == []


APP_RUN = textwrap.dedent(
    """
    import gc, os, sys, tempfile, threading
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TVAERS_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QObject, Qt, QTimer
    from desktop.app import make_application

    assert gc.isenabled()  # the command line's way: nothing switched off on import
    app, _ = make_application("en")
    assert not gc.isenabled()
    destroyed_in = []

    def garbage():
        owner = QObject()
        QTimer(owner).start(60_000)
        owner.destroyed.connect(
            lambda: destroyed_in.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
        )
        owner.cycle = owner

    garbage()
    QTimer.singleShot(0, app.quit)
    app.exec()  # quitting collects, in the GUI thread
    print(destroyed_in == [threading.get_ident()], gc.isenabled())
    app.shutdown()
    print(gc.isenabled())  # no application, no timer: Python collects by itself again
    """
)


@pytest.mark.slow
def test_the_app_collects_on_quitting_and_gives_collection_back_without_an_application() -> None:
    done = subprocess.run(
        [sys.executable, "-c", APP_RUN],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False", "True"], done.stderr
