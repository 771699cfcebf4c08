"""The glossary and the organisation library, against the suite's real PostgreSQL: one laptop
(its own data folder and settings) shares its agreed terms, a steward approves, another laptop
fetches the term into its workshop (one undo step, its origin in the source); without a
library neither button shows."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.core import glossary
from desktop.library import admin
from desktop.library import server_schema as s
from desktop.library.credentials import store_password
from desktop.library.outbox import Outbox
from desktop.library.settings import LibrarySettings, save_library
from desktop.ui.glossary_tab import commands, library_actions
from desktop.ui.glossary_tab.library_actions import FetchDialog
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.main_window import MainWindow
from tests.library.conftest import admin_url, library_db, make_login, pg_server  # noqa: F401
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.ui.conftest import Answers, new_workshop_answer

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

MakeLogin = Callable[[str], str]
WORD = "Borgerrettet <b>indsats</b>"
EXPLANATION = "Støtte'); DROP TABLE term; -- tæt på borgeren"


def _use_library(url: str) -> None:
    """This laptop's settings: the library at `url`, its password in the credential store."""
    parsed = make_url(url)
    assert parsed.host and parsed.port and parsed.username and parsed.password
    library = LibrarySettings(
        host=parsed.host, user=parsed.username, port=parsed.port, database=str(parsed.database)
    )
    save_library(library)
    store_password(library, parsed.password)


def _new_workshop(window: MainWindow, answers: Answers, title: str) -> GlossaryTab:
    answers.new_workshop = new_workshop_answer(title)
    assert window.new_workshop()
    tab = window.glossary_tab
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    return tab


def _terms(tab: GlossaryTab) -> list[dict[str, object]]:
    return tab.workshop.read(lambda s: [t.model_dump() for t in glossary.list_terms(s)])


def test_without_a_library_the_glossary_has_no_library_buttons(
    window: MainWindow, answers: Answers
) -> None:
    tab = _new_workshop(window, answers, "Workshop uden bibliotek")
    assert not tab.library_actions.share_button.isVisibleTo(tab)
    assert not tab.library_actions.fetch_button.isVisibleTo(tab)
    # A library configured later (Settings › Library…) shows them when the tab is shown again.
    save_library(LibrarySettings(host="127.0.0.1", user="anne", port=1))
    window.tabs.setCurrentIndex(
        0 if window.tabs.currentWidget() is not window.tabs.widget(0) else 1
    )
    window.tabs.setCurrentWidget(tab)
    assert tab.library_actions.share_button.isVisibleTo(tab)
    assert tab.library_actions.fetch_button.isVisibleTo(tab)


def test_one_laptop_shares_a_steward_approves_another_fetches(
    window: MainWindow,
    answers: Answers,
    qtbot: QtBot,
    admin_url: str,  # noqa: F811
    make_login: MakeLogin,  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin.init_library(admin_url)
    anne, birgit = make_login(s.CONTRIBUTOR), make_login(s.CONTRIBUTOR)

    # Anne's laptop: her data folder, her library settings.
    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "anne"))
    _use_library(anne)
    tab = _new_workshop(window, answers, "Workshop om mentorstøtte")
    actions = tab.library_actions
    assert actions.share_button.isVisibleTo(tab) and actions.fetch_button.isVisibleTo(tab)
    workshop = tab.workshop
    fields = {"side": "domain", "explanation": EXPLANATION, "status": "agreed"}
    workshop.push(commands.AddTerm(workshop, term=WORD, **fields))
    workshop.push(commands.AddTerm(workshop, term="Kun foreslået", side="domain"))
    with qtbot.waitSignal(actions.round_done, timeout=20_000) as sent:
        QTest.mouseClick(actions.share_button, Qt.MouseButton.LeftButton)
    assert sent.args is not None and sent.args[0].error is None, sent.args
    assert sent.args[0].sent == 1
    assert "1" in answers.confirms[-1]  # one agreed term proposed, the other left
    assert window.library_status.text().startswith("Bibliotek: forbundet, synkroniseret kl. ")
    with Outbox() as box:
        assert box.pending_count() == 0
    with admin.connected(admin_url) as conn:
        proposals = conn.execute(select(s.term_proposals.c.id, s.term_proposals.c.term)).all()
    assert [p.term for p in proposals] == [WORD]
    # Sharing again sends nothing new and makes no duplicate.
    with qtbot.waitSignal(actions.round_done, timeout=20_000) as again:
        QTest.mouseClick(actions.share_button, Qt.MouseButton.LeftButton)
    assert again.args is not None and again.args[0].sent == 0
    assert admin.library_status(admin_url).counts["term_proposals"] == 1

    # A steward approves.
    assert admin.approve_proposal(admin_url, uuid.UUID(str(proposals[0].id))) == "approved"
    window.close_workshop()

    # Birgit's laptop: another data folder and settings; her copy of the library is empty.
    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "birgit"))
    _use_library(birgit)
    tab = _new_workshop(window, answers, "Workshop om hjemmepleje")
    actions = tab.library_actions
    seen: list[list[str]] = []

    def drive(dialog: FetchDialog) -> bool:
        """The person waits for the list, types a search, ticks the term with Space, OK."""
        qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=20_000)
        QTest.keyClicks(dialog.search, "INDSATS")
        assert dialog.results.count() == 1
        seen.append([dialog.results.item(i).text() for i in range(dialog.results.count())])
        dialog.results.setFocus()
        dialog.results.setCurrentRow(0)
        QTest.keyClick(dialog.results, Qt.Key.Key_Space)
        return True

    monkeypatch.setattr(library_actions, "run_dialog", drive)
    QTest.mouseClick(actions.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not actions.running)
    assert seen == [[f"{WORD} – {EXPLANATION}"]]  # plain text, as it came
    fetched = [t for t in _terms(tab) if t["term"] == WORD]
    assert len(fetched) == 1
    assert fetched[0]["explanation"] == EXPLANATION
    assert fetched[0]["side"] == "domain"
    assert fetched[0]["source"] == "Organisationens bibliotek: Workshop om mentorstøtte"
    assert answers.infos[-1] == "1 begreb er tilføjet."
    # One undo step takes it out again.
    tab.workshop.undo_stack.undo()
    assert [t for t in _terms(tab) if t["term"] == WORD] == []
    tab.workshop.undo_stack.redo()
    # Fetching it again adds nothing: the workshop has it.
    QTest.mouseClick(actions.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not actions.running)
    assert len([t for t in _terms(tab) if t["term"] == WORD]) == 1


def test_the_fetch_dialog_says_why_the_copy_was_not_refreshed(qtbot: QtBot, danish: None) -> None:
    from desktop.library.sync import SyncResult

    dialog = FetchDialog()
    qtbot.addWidget(dialog)
    assert dialog.state.text() == "Der er endnu ingen kopi af biblioteket på denne computer."
    dialog.round_finished(SyncResult(0, None, "Tværs kunne ikke nå biblioteket <b>x</b>"))
    assert dialog.state.text().endswith("\nTværs kunne ikke nå biblioteket <b>x</b>")
    assert dialog.state.textFormat() == Qt.TextFormat.PlainText
    assert dialog.results.count() == 0
