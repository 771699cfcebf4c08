"""Issue 15: the window opens within the screen and where it was last closed, as large as it
was, kept on the screen it finds (a laptop at 200 % has less room than the last monitor)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.storage import settings
from desktop.ui.main_window import MainWindow, fit_rect

FRAME = (16, 40)


def test_a_rect_larger_than_the_screen_is_made_to_fit_it() -> None:
    # What 200 % on a 1080p screen left: the window asked for more than the screen has.
    fitted = fit_rect(QRect(0, 0, 1840, 1138), QRect(0, 0, 960, 516), FRAME)
    assert fitted.width() <= 960 - FRAME[0] and fitted.height() <= 516 - FRAME[1]
    assert fitted.left() >= 8 and fitted.top() >= 32
    assert fitted.right() + 8 <= 959 and fitted.bottom() + 8 <= 515


def test_a_rect_off_the_screen_is_moved_onto_it() -> None:
    fitted = fit_rect(QRect(3000, -200, 800, 600), QRect(0, 0, 1920, 1040), FRAME)
    assert QRect(0, 0, 1920, 1040).contains(fitted.adjusted(-8, -32, 8, 8))
    assert fitted.size().toTuple() == (800, 600)


def test_a_rect_that_fits_stays_as_it_was() -> None:
    wanted = QRect(100, 120, 900, 600)
    assert fit_rect(wanted, QRect(0, 0, 1920, 1040), FRAME) == wanted


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow("da")
    qtbot.addWidget(window)
    return window


def test_the_window_opens_within_the_screen_the_first_time(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.restore_placement()
    window.show()
    qtbot.waitExposed(window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(window.frameGeometry()) or screen.contains(window.geometry())
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_the_window_reopens_where_and_as_large_as_it_was(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(60, 70, 700, 560)
    qtbot.waitUntil(lambda: window.geometry() == QRect(60, 70, 700, 560))
    window.close()
    assert settings.load_settings().window == [60, 70, 700, 560]

    again = _window(qtbot)
    again.restore_placement()
    assert again.geometry() == QRect(60, 70, 700, 560)


def test_a_remembered_size_too_large_for_this_screen_is_clamped(qtbot: QtBot) -> None:
    prefs = settings.load_settings()
    prefs.window = [0, 0, 1840, 1138]  # remembered on a larger screen
    settings.save_settings(prefs)
    window = _window(qtbot)
    window.restore_placement()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(window.geometry())


def test_a_maximised_window_reopens_maximised(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.show()
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    assert settings.load_settings().maximized
    again = _window(qtbot)
    again.restore_placement()
    again.show()
    qtbot.waitUntil(again.isMaximized)


def test_unreadable_window_settings_are_ignored() -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"window": [1, "x", 3, 4], "maximized": "yes"}', encoding="utf-8")
    prefs = settings.load_settings()
    assert prefs.window is None and prefs.maximized is False


def test_a_long_file_path_does_not_widen_the_window(qtbot: QtBot) -> None:
    """The path in the status bar made the window 750 px wide at least: it is elided."""
    window = _window(qtbot)
    narrow = window.minimumSizeHint().width()
    window.path_label.setText("C:/Users/facilitator/OneDrive - Kommune/" + "Workshops/" * 30)
    assert window.minimumSizeHint().width() == narrow
    assert window.path_label.toolTip().endswith("Workshops/")  # the whole path on hover
