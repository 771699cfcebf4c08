"""Library › Portfolio…, against the suite's real PostgreSQL: the portfolio window with both
workshops' services, totals and decisions, read in a worker thread, the copy last read shown
while the library cannot be reached, and its PDF saved and read back."""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desktop.library import admin, portfolio, publish
from desktop.library import server_schema as s
from desktop.library.settings import LibrarySettings, load_library, save_library
from desktop.ui import portfolio_window
from desktop.ui.main_window import MainWindow
from desktop.ui.portfolio_window import PortfolioWindow
from tests.export.pdf_reading import Pdf
from tests.library.conftest import admin_url, library_db, make_login, pg_server  # noqa: F401
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.library.test_portfolio import HOSTILE_WORKSHOP, workshops  # noqa: F401
from tests.ui.conftest import Answers
from tests.ui.test_library_glossary import _use_library

pytestmark = [
    pytest.mark.enable_socket,
    pytest.mark.allow_hosts(["127.0.0.1"]),
    # The offscreen platform cannot raise a window of its own or pass on its size hints.
    pytest.mark.qt_log_ignore(
        "This plugin does not support raise", "This plugin does not support propagateSizeHints"
    ),
]

MakeLogin = Callable[[str], str]
READ = re.compile(r"Læst \d\d\.\d\d\.\d{4} \d\d\.\d\d")


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _open_portfolio(window: MainWindow, qtbot: QtBot) -> PortfolioWindow:
    window.update_library_menu()
    window.portfolio_action.trigger()
    found = window.findChild(PortfolioWindow, "portfolioWindow")
    assert found is not None and found.isVisible()
    qtbot.waitUntil(lambda: not found.reading, timeout=20_000)
    return found


@pytest.fixture
def reader(
    admin_url: str,  # noqa: F811
    make_login: MakeLogin,  # noqa: F811
    workshops: tuple[Path, Path],  # noqa: F811
    memory_keyring: MemoryKeyring,
) -> str:
    """A library with both workshops published by two contributors; this laptop a reader."""
    admin.init_library(admin_url)
    for path in workshops:
        assert publish.publish_workshop(make_login(s.CONTRIBUTOR), path).outcome == "new"
    url = make_login(s.READER)
    _use_library(url)
    return url


def test_the_portfolio_window_shows_both_workshops_and_saves_the_pdf(
    window: MainWindow,
    answers: Answers,
    qtbot: QtBot,
    reader: str,
    workshops: tuple[Path, Path],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = portfolio.read_portfolio(reader)
    assert len(expected.workshops) == 2
    pw = _open_portfolio(window, qtbot)
    assert READ.fullmatch(pw.state.text().rstrip(".")), pw.state.text()
    assert pw.state.textFormat() == Qt.TextFormat.PlainText
    totals = _cells(pw.totals)
    assert totals[-1][:3] == ["I alt", "", str(len(expected.services))]
    assert sum(int(row[2]) for row in totals[:-1]) == len(expected.services)
    areas = {row[0] for row in totals[:-1]}
    assert areas == {w.area for w in expected.workshops}
    counts = expected.decision_counts()
    assert _cells(pw.decisions) == [
        ["Godkendt", str(counts["approved"])],
        ["Afventer", str(counts["pending"])],
        ["Ændret efter godkendelse", str(counts["changed"])],
        ["Afvist", str(counts["rejected"])],
    ]
    titles = [row[0] for row in _cells(pw.workshops)]
    assert HOSTILE_WORKSHOP in titles  # library text as plain text, markup and all
    assert len(titles) == 2
    assert pw.counts.text().startswith(f"2 workshops · {len(expected.services)} ydelser · ")
    # The short tables show their rows (up to SHORT_TABLE_ROWS, then they scroll) instead of
    # one or two behind a scroll bar; the workshops' list takes the rest of the height.
    for short in (pw.totals, pw.decisions):
        shown = min(short.rowCount(), portfolio_window.SHORT_TABLE_ROWS)
        rows = sum(short.rowHeight(r) for r in range(shown))
        assert short.viewport().height() >= rows, short.objectName()
    assert pw.decisions.verticalScrollBar().maximum() == 0  # its four rows, all in view
    assert pw.workshops.height() > pw.decisions.height()

    # Save as PDF…: the file chosen in the save dialog gets the same PDF as the CLI's report.
    answers.save_path = tmp_path / "portefølje.pdf"
    monkeypatch.setattr(portfolio_window, "ask_pdf_path", lambda _p, _s: answers.save_path)
    QTest.mouseClick(pw.pdf_button, Qt.MouseButton.LeftButton)
    assert answers.errors == []
    assert str(answers.save_path) in answers.infos[-1]
    text = Pdf.of(answers.save_path).text()
    for service in expected.services:
        assert service.title.replace("\x07", "") in text, service.title
    assert "Porteføljen på tværs af workshops" in text

    # Esc closes the window.
    pw.activateWindow()
    QTest.keyClick(pw, Qt.Key.Key_Escape)
    assert not pw.isVisible()


def test_offline_the_window_shows_the_portfolio_last_read_and_says_why(
    window: MainWindow, answers: Answers, qtbot: QtBot, reader: str
) -> None:
    pw = _open_portfolio(window, qtbot)
    shown = _cells(pw.workshops)
    assert len(shown) == 2
    pw.close()
    library = load_library()
    assert library is not None
    with socket.socket() as probe:  # a port nothing listens on: the server is not there
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    save_library(
        LibrarySettings(
            host=library.host, user=library.user, port=closed, database=library.database
        )
    )
    again = PortfolioWindow("da", window)
    assert _cells(again.workshops) == shown  # the copy, before any network
    assert READ.match(again.state.text()) and "kopien på denne computer" in again.state.text()
    again.show()
    with qtbot.waitSignal(again.read_done, timeout=20_000):
        assert again.read()
    assert "kunne ikke nå biblioteket" in again.state.text()
    assert "Vist: porteføljen som læst " in again.state.text()
    assert _cells(again.workshops) == shown
    assert again.pdf_button.isEnabled()
    again.close()


def test_without_a_copy_and_without_the_library_the_window_says_so(
    window: MainWindow, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    save_library(LibrarySettings(host="127.0.0.1", user="anne", port=closed, database="x"))
    pw = PortfolioWindow("da", window)
    assert pw.workshops.rowCount() == 0 and not pw.pdf_button.isEnabled()
    with qtbot.waitSignal(pw.read_done, timeout=20_000):
        pw.read()
    assert "Der er endnu ikke læst nogen portefølje på denne computer." in pw.state.text()
    assert not pw.pdf_button.isEnabled()
    pw.close()
