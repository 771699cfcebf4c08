"""Steps for the window-wide journeys (issue 15): opening the demo with the keys a person
uses, keys that go to the active window when nothing has focus yet, and walking what the
window shows (controls, mnemonics)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.conftest import copy_workshop
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import click

Key = Qt.Key
Mod = Qt.KeyboardModifier


def key_to_window(
    key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier, window: QWidget | None = None
) -> None:
    """A key as a person presses it: to the focused widget, else the active window (after a
    dialog closed offscreen, none may be active: then `window`, as the desktop would)."""
    target = QApplication.focusWidget() or QApplication.activeWindow() or window
    assert target is not None, "no window is active"
    QTest.keyClick(target, key, modifiers)


def open_demo(
    win: MainWindow, picker: FilePicker, demo_file: Path, folder: Path, qtbot: QtBot
) -> Path:
    """Ctrl+O and a copy of the demo workshop (the run's `demo_file`) picked in the file
    dialog; the Workshop tab shows."""
    path = copy_workshop(demo_file, folder / "demo.tvaers")
    picker.open_path = path
    key_to_window(Key.Key_O, Mod.ControlModifier, win)
    qtbot.waitUntil(lambda: win.tabs is not None and win.tabs.isVisible())
    return path


def present(win: MainWindow, qtbot: QtBot) -> None:
    """F5: presentation mode, the tab on screen full screen."""
    key_to_window(Key.Key_F5, Mod.NoModifier, win)
    qtbot.waitUntil(lambda: win.presentation.active)


def open_workshop(win: MainWindow, picker: FilePicker, path: Path) -> None:
    """Ctrl+O and `path` picked in the file dialog: the workshop is on screen."""
    picker.open_path = path
    if QApplication.focusWidget() is None:
        win.activateWindow()
        win.setFocus()
    key_to_window(Key.Key_O, Mod.ControlModifier, win)
    assert win.current is not None, picker.errors
    assert win.current.document.path == path.absolute()


def click_tab(win: MainWindow, name: str) -> QWidget:
    """A click on the title of the tab named `name` ("glossary", "canvas" …), any language."""
    tabs = win.tabs
    assert tabs is not None
    index = next(i for i in range(tabs.count()) if tabs.widget(i).objectName() == name)
    bar = tabs.tabBar()
    click(bar, bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    return tabs.currentWidget()


def visible_descendants(root: QWidget) -> Iterator[QWidget]:
    """Every widget under `root` that is on screen (not hidden, not a separate window)."""
    for child in root.findChildren(QWidget):
        if child.isVisible() and not child.isWindow() and child.window() is root.window():
            yield child


def library_menu_item(win: MainWindow, action: QAction) -> None:
    """File › Library › `action` with the keys a person presses: Alt+(File's letter), then the
    submenu's letter in the open File menu, then the item's letter in the open submenu."""
    from tests.journeys.delivery_steps import mnemonic
    from tests.journeys.real_input import alt

    file_item = win.file_menu.menuAction()
    alt(mnemonic(file_item.text()))
    opened = QApplication.activePopupWidget()
    assert opened is win.file_menu, opened
    QTest.keyClick(opened, Qt.Key(ord(mnemonic(win.library_menu.title()).upper())))
    submenu = QApplication.activePopupWidget()
    assert submenu is win.library_menu, submenu
    QTest.keyClick(submenu, Qt.Key(ord(mnemonic(action.text()).upper())))
