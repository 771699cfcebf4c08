"""Fixtures for the window: a MainWindow in Danish with every dialog answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import install_translators
from desktop.core.starter_vocabularies import StarterVocabulary
from desktop.storage.paths import documents_dir
from desktop.ui import dialogs, new_workshop_dialog
from desktop.ui.main_window import MainWindow
from desktop.ui.new_workshop_dialog import NewWorkshop


class Answers:
    """What the test 'clicks' in each dialog, and what the dialogs said."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.new_workshop: NewWorkshop | None = None
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.recover: bool | None = True  # None: Esc, nothing opens
        self.locked: str | None = "read_only"
        self.confirm = True
        self.backup: Path | None = None
        self.starter: StarterVocabulary | None = None
        self.csv_open: Path | None = None
        self.csv_save: Path | None = None
        self.confirms: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    a = Answers()
    monkeypatch.setattr(dialogs, "show_error", lambda _p, text: a.errors.append(text))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, text: a.infos.append(text))
    monkeypatch.setattr(dialogs, "ask_open_path", lambda _p: a.open_path)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda _p, _s: a.save_path)
    monkeypatch.setattr(dialogs, "ask_new_path", lambda _p, _s: a.save_path)
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, _m: a.recover)
    monkeypatch.setattr(dialogs, "ask_locked", lambda _p, _e, _l: a.locked)

    def confirm(_parent: object, _title: str, message: str) -> bool:
        a.confirms.append(message)
        return a.confirm

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask_csv_open_path", lambda _p, _f: a.csv_open)
    monkeypatch.setattr(dialogs, "ask_csv_save_path", lambda _p, _s: a.csv_save)
    monkeypatch.setattr(dialogs, "ask_backup", lambda _p, _b: a.backup)
    monkeypatch.setattr(dialogs, "ask_starter_vocabulary", lambda _p, _v, _l: a.starter)
    monkeypatch.setattr(new_workshop_dialog, "ask_new_workshop", lambda _p: a.new_workshop)
    return a


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "da")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot: QtBot, answers: Answers, danish: None) -> Iterator[MainWindow]:
    win = MainWindow("da")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_workshop()


def new_workshop_answer(title: str = "Workshop om mentorstøtte", **extra: Any) -> NewWorkshop:
    return NewWorkshop(
        path=documents_dir() / f"{title}.tvaers",
        title=title,
        organisation=extra.get("organisation", "Eksempel Kommune"),
        area=extra.get("area", "Center for Arbejdsmarked"),
        location=extra.get("location", "Mødelokale 2"),
        starts_at=datetime(2027, 3, 2, 9, 0),
        ends_at=datetime(2027, 3, 2, 15, 0),
        facilitator=extra.get("facilitator", "Ida Indkøb"),
    )
