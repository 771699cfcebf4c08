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
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
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
    monkeypatch.setattr(dialogs, "ask_new_path", lambda _p, _s: p.save_path)
    monkeypatch.setattr(dialogs, "ask_csv_open_path", lambda _p, _f: p.csv_open)
    monkeypatch.setattr(dialogs, "ask_csv_save_path", lambda _p, _s: p.csv_save)
    # A message box would block the journey; the journey asserts on what it said instead.
    monkeypatch.setattr(dialogs, "show_error", lambda _p, text: p.errors.append(text))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, text: p.infos.append(text))
    return p


def _pdf_opener(monkeypatch: pytest.MonkeyPatch, opens: bool) -> list[str]:
    """openUrl answered as the computer would: `opens` where a program opens PDF files. The
    list holds the files the app offered to the system."""
    offered: list[str] = []

    def open_url(url: QUrl) -> bool:
        offered.append(url.toLocalFile())
        return opens

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return offered


@pytest.fixture
def no_pdf_reader(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A computer where no program opens a PDF (or a folder): openUrl says False."""
    return _pdf_opener(monkeypatch, opens=False)


@pytest.fixture
def pdf_reader(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A computer where a program opens PDF files: openUrl takes each and says True."""
    return _pdf_opener(monkeypatch, opens=True)


@pytest.fixture(params=["da"])
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# For a journey that must also work on a 1080p laptop at 200 % (960×540, less the title
# bar and taskbar): `@ALSO_AT_200_PERCENT`.
ALSO_AT_200_PERCENT = pytest.mark.parametrize(
    "screen", [(1366, 768), (960, 480)], ids=["1366x768", "200%"], indirect=True
)


@pytest.fixture(params=[(1366, 768)], ids=["1366x768"])
def screen(request: pytest.FixtureRequest) -> tuple[int, int]:
    """The window's size: parametrize indirectly with (960, 480) for a 1080p laptop at 200 %."""
    return tuple(request.param)  # type: ignore[return-value]


@pytest.fixture
def journey_window(
    qtbot: QtBot, qapp: QApplication, picker: FilePicker, lang: str, screen: tuple[int, int]
) -> Iterator[MainWindow]:
    """The main window at 1366×768 (the commonest municipal laptop) unless the test asks
    for another `screen`, shown and active."""
    translators = install_translators(qapp, lang)
    win = MainWindow(lang)
    qtbot.addWidget(win)
    win.resize(*screen)
    win.show()
    qtbot.waitUntil(lambda: win.size().toTuple() == screen)  # not held larger by a minimum
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
