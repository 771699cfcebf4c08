"""Every window Tværs opens beside the main one fits the screen it opens on: on a 1080p
laptop at 200 % (960×540 logical) the steward's and portfolio windows, the time line, the
criteria, the CPV and the needs dialogs used to ask for up to 1060×640 and reached under the
taskbar or off the screen. Their first size is now the screen's room at most."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import screen_fit
from desktop.ui.delivery_tab.cpv_dialog import CpvDialog
from desktop.ui.delivery_tab.criteria_panel import CriteriaDialog
from desktop.ui.delivery_tab.needs_dialog import NeedsDialog
from desktop.ui.delivery_tab.timeline_view import TimelineWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.portfolio_window import PortfolioWindow
from desktop.ui.steward_window import StewardWindow
from tests.ui.conftest import Answers

LAPTOP_200 = QRect(0, 0, 960, 540)
ROOM = (960 - screen_fit.BORDERS, 540 - screen_fit.TITLE_AND_TASKBAR)


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "available_for", lambda _widget: LAPTOP_200)


def _makers(win: MainWindow) -> dict[str, Callable[[], QWidget]]:
    assert win.current is not None
    return {
        "steward": lambda: StewardWindow(win, "da"),
        "portfolio": lambda: PortfolioWindow("da", win),
        "time line": lambda: TimelineWindow(win.current, "da", dt.date.today, win),  # type: ignore[arg-type]
        "criteria": lambda: CriteriaDialog(win.current, win),  # type: ignore[arg-type]
        "CPV": lambda: CpvDialog("", "da", win),
        "needs": lambda: NeedsDialog([], set(), win),
    }


def test_each_window_fits_a_laptop_at_200_percent(
    window: MainWindow, answers: Answers, qtbot: QtBot, small_screen: None
) -> None:
    assert window.open_demo()
    too_big = []
    for name, make in _makers(window).items():
        shown = make()
        qtbot.addWidget(shown)
        size = shown.size()
        if size.width() > ROOM[0] or size.height() > ROOM[1]:
            too_big.append(f"{name}: {size.width()}x{size.height()}")
        shown.close()
    assert too_big == []


def test_on_a_large_screen_a_window_keeps_the_size_it_asks_for(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(screen_fit, "available_for", lambda _widget: QRect(0, 0, 1920, 1040))
    shown = PortfolioWindow("da", window)
    qtbot.addWidget(shown)
    assert shown.size().toTuple() == (900, 640)
