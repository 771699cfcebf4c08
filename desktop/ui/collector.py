"""Python's cycle collector, run only in the GUI thread.

CPython collects garbage cycles in whichever thread happens to allocate when the youngest
generation's count passes its threshold. A worker thread (a library sync round, the steward's
and the portfolio's fetches, a template publish, the library's connection test, the export,
the room's web server) could so collect a cycle holding a closed window's Qt objects and
destroy them in the worker: Qt warns "QObject::~QObject: Timers cannot be stopped from another
thread", and it can take the app down. Once `install`ed, automatic collection is off and a
timer in the GUI thread collects instead (the pattern of pyqtgraph's
util/garbage_collector.py), so every cycle dies in the GUI thread.

The generation collected is the one CPython would have reached for the container objects
counted since the last tick: a tick that finds 70 × the threshold collects what 70 young
collections would have (a middle one, or a full one every 121 young ones' worth once
the oldest generation has grown by a quarter), so garbage that had grown old (a closed
workshop's window) goes after as much allocation as before, not after a number of ticks.
At most one collection per tick: a burst of allocation never makes the collector run back
to back.

Only where Qt's event loop runs: desktop.app.make_application (the app, its screenshots)
and the test suite's QApplication. The command line has no event loop and no Qt objects;
it keeps Python's automatic collection.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer

log = logging.getLogger(__name__)

# One check a second, as pyqtgraph. Measured with the demo open: a tick with nothing due
# costs ~1.3 µs from the timer's signal, a young collection 0.01 ms (700 new containers) to
# 0.9 ms (50,000), and opening the large workshop (~30,000 containers) is collected in one
# middle collection of ~6 ms; a full one takes ~4 ms. So the interval is about memory, not
# time: new cyclic garbage waits at most about a second. Shorter only wakes an idle laptop
# more often; longer lets a burst of garbage (the room's web server answering forty phones)
# pile up longer.
INTERVAL_MS = 1000
NAME = "tvaersCollector"


class Pace:
    """Which generation CPython would collect: young collections it would have run since the
    last middle one, and middle ones since the last full one (its own counts grow by only
    one per collection here, however much was allocated between two ticks). As CPython, a
    full collection also waits until the objects moved to the oldest generation since the
    last one are a quarter of those it then kept (`long_lived_*`): a large heap that hardly
    grows is not walked again and again."""

    def __init__(self) -> None:
        self.young = 0
        self.middle = 0
        self.long_lived_total = 0
        self.long_lived_pending = 0

    def due(self, count: int, threshold: tuple[int, ...]) -> int | None:
        """The generation to collect for `count` container objects allocated (less those
        freed) since the last collection; None below the threshold (threshold 0: never)."""
        young_at, middle_at, full_at = (*threshold, 0, 0, 0)[:3]
        if young_at <= 0 or count <= young_at:
            return None
        self.young += count // young_at
        if self.young <= middle_at:
            return 0
        self.middle += self.young // (middle_at + 1)
        self.young = 0  # a middle collection is a young one too
        if self.middle <= full_at or self.long_lived_pending < self.long_lived_total // 4:
            return 1
        self.middle = 0
        return 2

    def collected(self, generation: int, survivors: int) -> None:
        """After a middle collection, `survivors` moved to the oldest generation; after a
        full one, that many are in it."""
        if generation == 1:
            self.long_lived_pending += survivors
        elif generation == 2:
            self.long_lived_total = survivors
            self.long_lived_pending = 0


class Collector(QObject):
    """The application's collector: a child of the QApplication, in its (the GUI) thread."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(NAME)
        self.pace = Pace()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        gc.disable()
        self.timer.start()
        app.aboutToQuit.connect(self.last_collection)

    def tick(self) -> int | None:
        """Collect what is due; the generation collected, or None."""
        if gc.isenabled():  # something switched automatic collection back on: the bug returns
            gc.disable()
            log.warning("automatic garbage collection was switched on again; switched off")
        generation = self.pace.due(gc.get_count()[0], gc.get_threshold())
        if generation is not None:
            # What was closed and handed to deleteLater goes first, whole, as the event loop
            # would delete it next: the collector clears a garbage cycle's Python attributes
            # before Qt deletes its C++ side, and a closed window's widgets and models would
            # otherwise be asked things in between, with their attributes gone
            # (AttributeError from a header asking its model, seen once in CI).
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if generation == 1:  # what survives moves to the oldest generation
            walked = len(gc.get_objects(0)) + len(gc.get_objects(1))
            self.pace.collected(1, walked - gc.collect(1))
        elif generation == 2:
            gc.collect(2)
            self.pace.collected(2, len(gc.get_objects(2)))
        elif generation == 0:
            gc.collect(0)
        return generation

    def last_collection(self) -> None:
        """As the event loop ends: the windows' cycles go now, in the GUI thread, while the
        application is whole. Automatic collection stays off: a worker (the room's server
        stopping) may still run."""
        gc.collect()


def install(app: QCoreApplication) -> Collector:
    """Switch automatic collection off and collect on the GUI thread from now on; once per
    application (a second call returns the first collector)."""
    found = app.findChild(Collector, NAME)
    if isinstance(found, Collector):
        return found
    assert QThread.currentThread() == app.thread(), "the collector belongs to the GUI thread"
    collector = Collector(app)
    app.destroyed.connect(_application_gone)
    return collector


def _application_gone() -> None:
    """No application, no timer: Python collects by itself again."""
    gc.enable()
