"""Sharing and fetching terms through the library as two facilitators do it: the whole window,
keys and clicks only (tests/journeys' way; the app's own dialogs typed into while open),
against the suite's real PostgreSQL, each laptop with its own data folder and settings."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.library import admin
from desktop.library import server_schema as s
from desktop.ui.glossary_tab.library_actions import FetchDialog
from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker, journey_window, lang, picker, screen  # noqa: F401
from tests.journeys.glossary_steps import (
    DOMAIN,
    POPUP_WARNINGS,
    add_term,
    choose,
    make_workshop,
    open_with_ctrl_o,
    replace_text,
    saved_terms,
    settle,
)
from tests.journeys.real_input import Key, click, press, type_text, when_modal
from tests.library.conftest import admin_url, library_db, make_login, pg_server  # noqa: F401
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.ui.test_library_glossary import _use_library

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

MakeLogin = Callable[[str], str]
WORD = "Borgerrettet indsats"


def _active(qtbot: QtBot, win: MainWindow) -> None:
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


@POPUP_WARNINGS
def test_share_approve_fetch_with_keys_on_the_whole_window(
    journey_window: MainWindow,  # noqa: F811
    picker: FilePicker,  # noqa: F811
    qtbot: QtBot,
    admin_url: str,  # noqa: F811
    make_login: MakeLogin,  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = journey_window
    admin.init_library(admin_url)
    anne, birgit = make_login(s.CONTRIBUTOR), make_login(s.CONTRIBUTOR)

    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "anne"))
    _use_library(anne)
    make_workshop(tmp_path / "anne.tvaers")
    tab = open_with_ctrl_o(win, picker, tmp_path / "anne.tvaers")
    _active(qtbot, win)
    add_term(tab, DOMAIN, WORD)
    replace_text(tab.editor.term, WORD)  # in Valgt begreb, as the name typed in the list
    settle()
    choose(tab.editor.status, "Aftalt")
    settle()
    asked: list[str] = []

    def yes(dialog: QWidget) -> None:
        asked.append(dialog.windowTitle())
        press(Key.Key_Return)  # Ja, the default answer

    when_modal(yes)
    click(tab.library_actions.share_button)
    qtbot.waitUntil(lambda: not tab.library_actions.running, timeout=20_000)
    settle()
    assert asked == ["Del med biblioteket"]
    assert win.library_status.text().startswith("Bibliotek: forbundet, synkroniseret kl. ")
    with admin.connected(admin_url) as conn:
        proposals = conn.execute(select(s.term_proposals.c.id, s.term_proposals.c.term)).all()
    assert [p.term for p in proposals] == [WORD]
    assert admin.approve_proposal(admin_url, uuid.UUID(str(proposals[0].id))) == "approved"
    win.close_workshop()

    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "birgit"))
    _use_library(birgit)
    make_workshop(tmp_path / "birgit.tvaers")
    _active(qtbot, win)
    tab = open_with_ctrl_o(win, picker, tmp_path / "birgit.tvaers")
    _active(qtbot, win)
    seen: list[int] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, FetchDialog)
        qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=20_000)
        type_text("indsats")  # the search has the cursor
        seen.append(dialog.results.count())
        press(Key.Key_Tab)  # to the list: its first term
        press(Key.Key_Space)  # ticked
        press(Key.Key_Return)  # Tilføj til workshoppen

    when_modal(pick, timeout_ms=20_000)
    click(tab.library_actions.fetch_button)
    qtbot.waitUntil(lambda: not tab.library_actions.running, timeout=20_000)
    settle()
    assert seen == [1]
    assert picker.infos[-1] == "1 begreb er tilføjet."
    _active(qtbot, win)  # the dialog closed: the window has the keys again
    press(Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    fetched = [t for t in saved_terms(tmp_path / "birgit.tvaers") if t["term"] == WORD]
    assert len(fetched) == 1
    assert fetched[0]["source"] == "Organisationens bibliotek: Beskæftigelsesindsats 2027"
