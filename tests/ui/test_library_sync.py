"""Background sync with the library (desktop/ui/library_sync.py): a round in a worker thread
shortly after start-up and on request, never two at once, the status bar's word on it (plain
text), closing the window while a round runs does not hang; and a wrong password through the
window's own round against the suite's real PostgreSQL is a plain sentence."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desktop.library import admin
from desktop.library import server_schema as s
from desktop.library.outbox import Outbox
from desktop.library.settings import LibrarySettings, save_library
from desktop.library.sync import SyncResult, queue_terms, term_payload
from desktop.ui import library_sync
from desktop.ui.library_status import plain_tooltip
from desktop.ui.library_sync import LibrarySync
from desktop.ui.main_window import MainWindow
from tests.library.conftest import admin_url, library_db, make_login, pg_server  # noqa: F401
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.ui.conftest import Answers
from tests.ui.test_library_glossary import _use_library

LIBRARY = LibrarySettings(host="127.0.0.1", user="anna", port=1)


class FakeRounds:
    """Stands in for run_round: records the thread and how many run at once; a round waits
    for `release` when `hold` is set."""

    def __init__(self, result: SyncResult | None = None) -> None:
        self.result = result or SyncResult(sent=1, pulled=3)
        self.threads: list[str] = []
        self.running = 0
        self.most_at_once = 0
        self.hold = False
        self.release = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, lang: str) -> SyncResult:
        with self.lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.threads.append(threading.current_thread().name)
        try:
            if self.hold:
                assert self.release.wait(30)
            return self.result
        finally:
            with self.lock:
                self.running -= 1


@pytest.fixture
def rounds(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeRounds]:
    fake = FakeRounds()
    monkeypatch.setattr(library_sync, "run_round", fake)
    yield fake
    fake.release.set()  # never leave a worker waiting


def _window(qtbot: QtBot) -> MainWindow:
    win = MainWindow("da")
    qtbot.addWidget(win)
    win.show()
    return win


def test_without_a_library_there_is_no_runner(
    qtbot: QtBot, danish: None, answers: Answers, rounds: FakeRounds
) -> None:
    win = _window(qtbot)
    assert win.library_sync is None and win.library_runner() is None
    win.sync_library_now()  # nothing to do, nothing happens
    assert rounds.threads == []


def test_a_round_runs_in_a_worker_thread_shortly_after_start(
    qtbot: QtBot,
    danish: None,
    answers: Answers,
    rounds: FakeRounds,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(library_sync, "START_DELAY_MS", 50)
    save_library(LIBRARY)
    win = _window(qtbot)
    runner = win.library_sync
    assert isinstance(runner, LibrarySync) and runner.timers_active
    assert win.library_status.text() == "Bibliotek: ikke forbundet"
    with qtbot.waitSignal(runner.finished, timeout=10_000) as done:
        pass  # the start-up timer fires the round; the test only waits
    assert done.args == [rounds.result]
    assert rounds.threads == ["library-sync"]  # never the GUI thread
    assert runner.last_success is not None
    clock = runner.last_success.strftime("%H.%M")
    assert win.library_status.text() == f"Bibliotek: forbundet, synkroniseret kl. {clock}"
    assert win.library_status.toolTip() == ""


def test_no_second_round_while_one_runs_and_one_more_follows(
    qtbot: QtBot, danish: None, answers: Answers, rounds: FakeRounds
) -> None:
    save_library(LIBRARY)
    win = _window(qtbot)
    runner = win.library_runner()
    assert runner is not None
    rounds.hold = True
    told: list[str] = []
    assert runner.run_now(lambda r: told.append("first"))
    qtbot.waitUntil(lambda: rounds.running == 1)
    # Asked again (Sync now, Share, the timer) while it runs: nothing starts now.
    assert not runner.run_now(lambda r: told.append("second"))
    assert not runner.run_now()
    runner._timer_round()  # the timer does not queue behind a round
    time.sleep(0.2)
    assert len(rounds.threads) == 1 and runner.running
    rounds.release.set()
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    assert told == ["first", "second"]
    assert len(rounds.threads) == 2  # the one asked for meanwhile, once
    assert rounds.most_at_once == 1
    assert runner.rounds == 2


def test_sync_now_in_the_library_menu_runs_a_round_and_says_what_it_did(
    qtbot: QtBot, danish: None, answers: Answers, rounds: FakeRounds
) -> None:
    save_library(LIBRARY)
    win = _window(qtbot)
    assert win.sync_action in win.library_menu.actions()
    assert win.sync_action.text() == "Synkronisér &nu"
    runner = win.library_runner()
    assert runner is not None
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        win.sync_action.trigger()
    assert win.statusBar().currentMessage() == (
        "Bibliotek: 1 forslag sendt. 3 begreber i kopien på denne computer."
    )


def test_a_failed_round_says_no_connection_and_why_in_a_plain_tooltip(
    qtbot: QtBot, danish: None, answers: Answers, rounds: FakeRounds
) -> None:
    sentence = "Biblioteket på <b>x</b> afviste forbindelsen: <img src=y>"
    rounds.result = SyncResult(0, None, sentence)
    save_library(LIBRARY)
    with Outbox() as box:
        box.add("term", {"term": "a"})
    win = _window(qtbot)
    runner = win.library_runner()
    assert runner is not None
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.run_now()
    status = win.library_status
    assert status.text() == "Bibliotek: ingen forbindelse, 1 venter på at blive sendt"
    assert status.textFormat() == status.textFormat().PlainText
    # Shown as the characters it is, never as markup.
    assert status.toolTip() == plain_tooltip(sentence)
    assert plain_tooltip(sentence).startswith("<p>Biblioteket på &lt;b&gt;x")
    assert "&lt;b&gt;x&lt;/b&gt;" in status.toolTip()
    # A round that fails in an unexpected way is a sentence too, and the runner goes on.
    rounds.result = RuntimeError("boom")  # type: ignore[assignment]
    with qtbot.waitSignal(runner.finished, timeout=10_000) as done:
        runner.run_now()
    assert done.args is not None
    assert done.args[0].error == "Synkroniseringen med biblioteket mislykkedes: RuntimeError"


def test_closing_the_window_during_a_round_does_not_hang(
    qtbot: QtBot, danish: None, answers: Answers, rounds: FakeRounds
) -> None:
    save_library(LIBRARY)
    win = _window(qtbot)
    runner = win.library_runner()
    assert runner is not None
    rounds.hold = True  # a server that never answers
    assert runner.run_now()
    qtbot.waitUntil(lambda: rounds.running == 1)
    started = time.monotonic()
    assert win.close()
    waited = time.monotonic() - started
    assert waited < library_sync.CLOSE_WAIT_S + 1.5, waited
    assert not runner.timers_active
    assert not runner.run_now()  # nothing starts after the window closed
    rounds.release.set()
    qtbot.waitUntil(lambda: rounds.running == 0)
    qtbot.wait(100)
    assert len(rounds.threads) == 1


def test_a_round_that_ends_within_the_wait_is_waited_for_on_close(
    qtbot: QtBot, danish: None, answers: Answers, rounds: FakeRounds
) -> None:
    save_library(LIBRARY)
    win = _window(qtbot)
    runner = win.library_runner()
    assert runner is not None
    rounds.hold = True
    assert runner.run_now()
    qtbot.waitUntil(lambda: rounds.running == 1)
    threading.Timer(0.3, rounds.release.set).start()
    assert runner.close(wait=5)  # True: the round ended before the window went
    assert rounds.running == 0


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_a_wrong_password_is_a_plain_sentence_in_the_status_bar(
    qtbot: QtBot,
    danish: None,
    answers: Answers,
    admin_url: str,  # noqa: F811
    make_login: Callable[[str], str],  # noqa: F811
    memory_keyring: MemoryKeyring,
) -> None:
    """The window's own round (the real run_round) with the password in the credential
    store wrong: nothing sent, the outbox kept, the sentence in the tooltip, no password."""
    admin.init_library(admin_url)
    url = make_login(s.CONTRIBUTOR)
    wrong = "forkert-kode-4711"
    _use_library(make_url(url).set(password=wrong).render_as_string(hide_password=False))
    payload = term_payload({"side": "kommune", "term": "Borger"}, str(uuid.UUID(int=7)), "W", "")
    queue_terms([payload])
    win = _window(qtbot)
    runner = win.library_runner()
    assert runner is not None
    with qtbot.waitSignal(runner.finished, timeout=20_000) as done:
        win.sync_action.trigger()
    assert done.args is not None and done.args[0].sent == 0
    status = win.library_status
    assert status.text() == "Bibliotek: ingen forbindelse, 1 venter på at blive sendt"
    assert "afviste brugernavnet eller adgangskoden" in status.toolTip()
    assert "Indstillinger › Bibliotek" in status.toolTip()
    assert wrong not in status.toolTip() and wrong not in win.statusBar().currentMessage()
    with Outbox() as box:
        assert box.pending_count() == 1
    # The right password (Settings › Library… stores it): the next round sends it.
    _use_library(url)
    with qtbot.waitSignal(runner.finished, timeout=20_000) as again:
        runner.run_now()
    assert again.args is not None and again.args[0] == SyncResult(sent=1, pulled=0)
    assert status.text().startswith("Bibliotek: forbundet, synkroniseret kl. ")
    assert status.toolTip() == ""


def test_a_runner_not_started_runs_only_when_asked(qtbot: QtBot, rounds: FakeRounds) -> None:
    """The glossary's runner for a tab outside a main window has no timed rounds."""
    runner = LibrarySync("da", start_delay_ms=10, interval_ms=10)
    assert not runner.timers_active
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        assert runner.run_now()
    assert not runner.timers_active
    qtbot.wait(100)
    assert rounds.threads == ["library-sync"]
    runner.close()
