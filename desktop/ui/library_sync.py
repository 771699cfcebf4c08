"""Background sync with the organisation library: one sync round (desktop.library.sync) in a
worker thread shortly after start-up, every few minutes, and whenever asked (Library › Sync
now, the glossary's Share and Fetch, anyone holding the window's runner).

Owned by the main window, and made only while a library is configured: this module imports
nothing of desktop.library at its top, so a laptop without a library loads none of it.

- Never two rounds at once: asked while one runs, the runner remembers to start one more right
  after it (what was queued meanwhile is then sent) and calls `on_done` with that one.
- Never the GUI thread: the round (its connection gives up after connection.CONNECT_TIMEOUT)
  runs in a daemon thread; the result comes back through a queued signal.
- Closing the window stops the timers and waits a bounded time for a round in flight; a round
  still running after that ends on its own timeouts, and nobody is told (its daemon thread
  does not keep the process alive).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from desktop.core.errors import TvaersError
from desktop.ui.trf import trf

if TYPE_CHECKING:
    from desktop.library.sync import SyncResult

log = logging.getLogger(__name__)

START_DELAY_MS = 10_000  # the first round, once the window is up and painted
INTERVAL_MS = 5 * 60_000  # then every five minutes
CLOSE_WAIT_S = 2.0  # closing the window waits at most this long for a round in flight

OnDone = Callable[["SyncResult"], None]


def run_round(lang: str) -> SyncResult:
    """One sync round with the configured library (runs in the worker thread)."""
    from desktop.library import sync
    from desktop.library.connection import login_password
    from desktop.library.settings import load_library

    library = load_library()
    if library is None:
        return sync.SyncResult(0, None, None)
    try:
        password = login_password(library)  # None with single sign-on
    except TvaersError as exc:
        return sync.SyncResult(0, None, exc.message(lang))
    return sync.sync_round(library, password, lang=lang)


class _Relay(QObject):
    """Carries a finished round from the worker thread to the GUI thread (queued). Its parent
    is the application (see LibrarySync.__init__), never the window."""

    done = Signal(object)


class LibrarySync(QObject):
    """The window's sync runner. `run_now(on_done)` asks for a round; `finished(SyncResult)`
    follows every round; `started` precedes it."""

    started = Signal()
    finished = Signal(object)  # a SyncResult, in the GUI thread

    def __init__(
        self,
        lang: str,
        parent: QObject | None = None,
        *,
        start_delay_ms: int | None = None,
        interval_ms: int | None = None,
    ) -> None:
        """The delays default to START_DELAY_MS and INTERVAL_MS as they are when made."""
        super().__init__(parent)
        self.lang = lang
        self.last_result: SyncResult | None = None
        self.last_success: datetime | None = None  # local time of the last round that worked
        self.rounds = 0  # rounds finished (tests, the status bar)
        self._thread: threading.Thread | None = None
        self._again = False  # asked while a round ran: one more right after it
        self._waiting: list[OnDone] = []  # told when the round they asked for ends
        self._current: list[OnDone] = []  # told when the running round ends
        self._closed = False
        # Owned by the application, not the window: a window closed meanwhile cannot delete
        # it under the emitting thread, and the worker never holds the last reference to it
        # (a Qt object freed in the worker, and what it reaches, would die in that thread).
        self._relay = _Relay(QCoreApplication.instance())
        self._relay.done.connect(self._finished)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(START_DELAY_MS if start_delay_ms is None else start_delay_ms)
        self._first.timeout.connect(self._timer_round)
        self._every = QTimer(self)
        self._every.setInterval(INTERVAL_MS if interval_ms is None else interval_ms)
        self._every.timeout.connect(self._timer_round)

    def start(self) -> None:
        """Begin the timed rounds: the first after the start-up delay, then every interval."""
        if self._closed:
            return
        self._first.start()
        self._every.start()

    @property
    def running(self) -> bool:
        """A round runs, or one more is to follow the one that runs."""
        return self._thread is not None

    @property
    def timers_active(self) -> bool:
        return self._first.isActive() or self._every.isActive()

    def run_now(self, on_done: OnDone | None = None) -> bool:
        """Start a round in a worker thread; True if it started now. While one runs, False:
        one more follows it (what was queued meanwhile goes with it) and `on_done` is called
        with that one's result. After close() nothing starts and False is returned."""
        if self._closed:
            return False
        if on_done is not None:
            self._waiting.append(on_done)
        if self._thread is not None:
            self._again = True
            return False
        self._start_thread()
        return True

    def _timer_round(self) -> None:
        if self._thread is None:  # a timed round never queues behind another
            self.run_now()

    def _start_thread(self) -> None:
        self._current, self._waiting = self._waiting, []
        self._again = False
        lang, relay, runner = self.lang, self._relay, run_round

        def work() -> None:
            try:
                result: object = runner(lang)
            except Exception as exc:  # never a crash in the thread: told as a sentence
                log.warning("library sync failed", exc_info=True)
                result = exc
            try:
                relay.done.emit(result)
            except RuntimeError:  # the application is going away: nobody to tell
                log.info("library sync finished after its window closed")

        self._thread = threading.Thread(target=work, name="library-sync", daemon=True)
        if self._every.isActive():
            self._every.start()  # the next timed round counts from this one
        self.started.emit()
        self._thread.start()

    def _finished(self, outcome: object) -> None:
        from desktop.library.sync import SyncResult

        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(1.0)  # it has emitted: it ends at once
        if isinstance(outcome, SyncResult):
            result = outcome
        else:
            name = type(outcome).__name__
            result = SyncResult(0, None, trf(self.tr("The library sync failed: %1"), name))
        self.last_result = result
        self.rounds += 1
        if result.ok:
            self.last_success = datetime.now()
        callers, self._current = self._current, []
        if self._closed:
            return
        self.finished.emit(result)  # the status bar first: callers may read it
        for on_done in callers:
            try:
                on_done(result)
            except Exception:  # one caller's mistake must not stop the others or the runner
                log.warning("a library sync caller failed", exc_info=True)
        if self._again or self._waiting:
            self._start_thread()

    def message(self, result: SyncResult) -> str:
        """What a round did, in a sentence for the status bar."""
        if result.error is not None:
            return result.error
        return (
            self.tr("Library: %n proposals sent.", "", result.sent)
            + " "
            + self.tr("%n terms in the copy on this computer.", "", result.pulled or 0)
        )

    def close(self, wait: float = CLOSE_WAIT_S) -> bool:
        """Stop the timers and start nothing more; wait at most `wait` seconds for a round in
        flight. True if none runs any longer."""
        self._closed = True
        self._first.stop()
        self._every.stop()
        self._again = False
        self._waiting = []
        thread = self._thread
        if thread is None:
            return True
        thread.join(max(0.0, wait))
        return not thread.is_alive()


def attach(window: QMainWindow) -> LibrarySync:
    """A started runner for `window` (its parent): every round's result shown in the window's
    library status, the timed rounds begun."""
    runner = LibrarySync(getattr(window, "lang", "da"), window)
    status = getattr(window, "library_status", None)
    if status is not None:
        runner.finished.connect(lambda result: status.show_result(result, runner.last_success))
    runner.start()
    return runner


def sync_now(window: QMainWindow, runner: LibrarySync) -> bool:
    """Library › Sync now: a round now (or right after the one running), its start and end
    said in the status bar."""
    bar = window.statusBar()
    sending = QCoreApplication.translate("LibrarySync", "Library: sending and fetching…")
    bar.showMessage(sending, 15_000)
    return runner.run_now(lambda result: bar.showMessage(runner.message(result), 15_000))
