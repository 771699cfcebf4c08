"""The whole window, in Danish or English, at a laptop's size; only file pickers answered.

Journeys drive everything else with real keys and mouse (tests/journeys/real_input.py):
the app's own dialogs are typed into while they are open. The operating system's file
picker is the one thing a test answers, as the path the person would have chosen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import install_translators
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow


class FilePicker:
    """The paths the person picks in the system's file dialogs, and what the app said."""

    def __init__(self) -> None:
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.csv_open: Path | None = None
        self.csv_save: Path | None = None
        self.errors: list[str] = []
        self.infos: list[str] = []


@pytest.fixture
def picker(monkeypatch: pytest.MonkeyPatch) -> FilePicker:
    p = FilePicker()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda _p: p.open_path)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda _p, _s: p.save_path)
    monkeypatch.setattr(dialogs, "ask_csv_open_path", lambda _p, _f: p.csv_open)
    monkeypatch.setattr(dialogs, "ask_csv_save_path", lambda _p, _s: p.csv_save)
    # A message box would block the journey; the journey asserts on what it said instead.
    monkeypatch.setattr(dialogs, "show_error", lambda _p, text: p.errors.append(text))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, text: p.infos.append(text))
    return p


@pytest.fixture(params=["da"])
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def journey_window(
    qtbot: QtBot, qapp: QApplication, picker: FilePicker, lang: str
) -> Iterator[MainWindow]:
    """The main window at 1366×768 (the commonest municipal laptop), shown and active."""
    translators = install_translators(qapp, lang)
    win = MainWindow(lang)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close_workshop()
    for translator in translators:
        qapp.removeTranslator(translator)


def read_saved(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Rows of the saved document, read as another program would: read-only, no Tværs."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()
