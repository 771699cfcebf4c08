"""A workshop open read-only says the way out: the status bar named the state (»Skrivebeskyttet:
der kan ikke ændres«) but not what to do about it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import install_translators
from desktop.ui.main_window import MainWindow
from tests.conftest import copy_workshop
from tests.ui.conftest import Answers


def _menu_path(window: MainWindow) -> str:
    """»Filer > Gem som…« as the menu bar spells it, without the Alt marks."""
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if menu is not None and window.save_as_action in menu.actions():
            return f"{entry.text()} > {window.save_as_action.text()}".replace("&", "")
    raise AssertionError("Save as… is in no menu")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("da", "Skrivebeskyttet: brug Filer > Gem som… for at arbejde videre i en kopi"),
        ("en", "Read-only: use File > Save as… to go on working in a copy"),
    ],
)
def test_the_status_bar_says_how_to_go_on_in_a_copy(
    demo_file: Path,
    qtbot: QtBot,
    qapp: QApplication,
    answers: Answers,
    tmp_path: Path,
    lang: str,
    said: str,
) -> None:
    path = copy_workshop(demo_file, tmp_path / "Demo workshop.tvaers")
    translators = install_translators(qapp, lang)
    try:
        window = MainWindow(lang)
        qtbot.addWidget(window)
        assert window.open_path(path, read_only=True)
        assert window.save_state.text() == said
        assert _menu_path(window) in said  # the menu it names is the real one
        assert window.save_as_action.isEnabled()
        # The way out works: the copy opens for editing.
        answers.save_path = tmp_path / "Kopi.tvaers"
        assert window.save_as()
        assert window.current is not None and not window.current.read_only
        assert window.save_state.text() != said
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
