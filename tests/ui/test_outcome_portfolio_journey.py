"""Issue 21's "the portfolio PDF lists both workshops' services", as two facilitators and a
leader do it: two laptops (two data folders, two main windows) each share their workshop's
outcome through File › Library opened with Alt keys, and the portfolio window's Save as
PDF… writes a PDF that lists both workshops' services. Keys and clicks only (tests/journeys'
way), against the suite's real PostgreSQL; the file pickers are the one thing answered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from desktop.core.delivery_models import Service
from desktop.core.models import Workshop
from desktop.library import admin
from desktop.library import server_schema as s
from desktop.storage.demo_file import write_demo
from desktop.storage.document import open_document
from desktop.ui import portfolio_window
from desktop.ui.main_window import MainWindow
from desktop.ui.portfolio_window import PortfolioWindow
from tests.export.pdf_reading import Pdf
from tests.journeys.conftest import FilePicker, journey_window, lang, picker, screen  # noqa: F401
from tests.journeys.glossary_steps import POPUP_WARNINGS
from tests.journeys.real_input import Key, click, press, when_modal
from tests.journeys.window_steps import library_menu_item, open_workshop
from tests.library.conftest import admin_url, library_db, make_login, pg_server  # noqa: F401
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.ui.test_library_glossary import _use_library
from tests.ui.test_library_glossary_journey import _active

pytestmark = [
    pytest.mark.enable_socket,
    pytest.mark.allow_hosts(["127.0.0.1"]),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

MakeLogin = Callable[[str], str]


def _workshop(path: Path, who: str) -> list[str]:
    """A demo workshop of `who`'s own (its own UUIDs), its services named for them."""
    write_demo(path)
    doc = open_document(path)
    try:
        with doc.session() as session:
            workshop = session.exec(select(Workshop)).one()
            workshop.title = f"Workshop hos {who}"
            session.add(workshop)
            titles = []
            for service in session.exec(select(Service)).all():
                service.title = f"{service.title} ({who})"
                titles.append(service.title)
                session.add(service)
            session.commit()
        doc.save()
    finally:
        doc.close()
    return titles


def _share(win: MainWindow, qtbot: QtBot) -> list[str]:
    asked: list[str] = []

    def yes(dialog: QWidget) -> None:
        asked.append(dialog.windowTitle())
        QTest.keyClick(dialog, Key.Key_Return)  # Ja, the default answer

    when_modal(yes)
    library_menu_item(win, win.share_outcome_action)
    bar = win.statusBar()
    qtbot.waitUntil(lambda: "resultat er delt" in bar.currentMessage(), timeout=20_000)
    return asked


@POPUP_WARNINGS
def test_two_laptops_share_their_outcomes_and_the_portfolio_pdf_lists_both(
    journey_window: MainWindow,  # noqa: F811
    picker: FilePicker,  # noqa: F811
    qtbot: QtBot,
    admin_url: str,  # noqa: F811
    make_login: MakeLogin,  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin.init_library(admin_url)
    anne, birgit = make_login(s.CONTRIBUTOR), make_login(s.CONTRIBUTOR)

    # Anne's laptop: the library set up (Settings › Library… shows the Library menu).
    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "anne"))
    _use_library(anne)
    win = journey_window
    win.update_library_menu()
    anne_services = _workshop(tmp_path / "anne.tvaers", "Anne")
    open_workshop(win, picker, tmp_path / "anne.tvaers")
    _active(qtbot, win)
    assert _share(win, qtbot) == ["Del workshoppens resultat"]
    win.close()  # Anne's laptop is done (its background sync with it)

    # Birgit's laptop: another data folder and settings, another window.
    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "birgit"))
    _use_library(birgit)
    other = MainWindow("da")
    qtbot.addWidget(other)
    other.resize(1366, 768)
    other.show()
    _active(qtbot, other)
    birgit_services = _workshop(tmp_path / "birgit.tvaers", "Birgit")
    open_workshop(other, picker, tmp_path / "birgit.tvaers")
    _active(qtbot, other)
    _share(other, qtbot)
    with admin.connected(admin_url) as conn:
        assert len(conn.execute(select(s.outcomes.c.workshop_id)).all()) == 2

    # The portfolio, in its own window; Save as PDF… clicked, the file picked.
    _active(qtbot, other)
    library_menu_item(other, other.portfolio_action)
    found = other.findChild(PortfolioWindow, "portfolioWindow")
    assert found is not None
    qtbot.waitUntil(lambda: not found.reading, timeout=20_000)
    assert found.workshops.rowCount() == 2
    target = tmp_path / "portefølje.pdf"
    monkeypatch.setattr(portfolio_window, "ask_pdf_path", lambda _p, _s: target)
    _active(qtbot, found)
    click(found.pdf_button)  # Gem som PDF…
    assert picker.errors == []
    assert picker.infos[-1] == f"Porteføljen er gemt som PDF:\n{target}"
    text = Pdf.of(target).text()
    for title in (*anne_services, *birgit_services, "Workshop hos Anne", "Workshop hos Birgit"):
        assert title in text, title
    press(Key.Key_Escape)  # closes the portfolio window
    assert not found.isVisible()
    other.close()
