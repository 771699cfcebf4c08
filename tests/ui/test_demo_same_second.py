"""Two Tværs windows (two people on one laptop, or a double-click that started the app
twice) that open the demo in the same second each get a demo of their own: the second is
named »… (2)«. It was refused with »Vælg et andet navn«, which nobody can do for a demo."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui import main_window
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Answers


class OneSecond(datetime):
    @classmethod
    def now(cls, tz: object = None) -> OneSecond:  # type: ignore[override]
        return cls(2027, 3, 2, 9, 0, 0)


def test_two_demos_opened_in_the_same_second_are_two_files(
    qtbot: QtBot, answers: Answers, danish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "datetime", OneSecond)
    windows = []
    for _ in range(2):
        win = MainWindow("da")
        qtbot.addWidget(win)
        win.show()
        QTest.mouseClick(win.start.demo_button, Qt.MouseButton.LeftButton)  # »Åbn demo«
        qtbot.waitUntil(lambda w=win: w.current is not None)  # type: ignore[misc]
        windows.append(win)
    first, second = (w.current.document.path for w in windows)  # type: ignore[union-attr]
    assert answers.errors == []
    assert first != second
    assert second.name == first.name.replace(").tvaers", ") (2).tvaers")
    for win in windows:
        win.close_workshop()
