"""Steps in the shared-language tab, as a facilitator takes them: keys and clicks only.

The workshop file may be made quickly (create_document) and is then opened with Ctrl+O,
the way a person opens a file; everything after that is real input.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from desktop.core import glossary, participants
from desktop.storage.document import create_document, open_document
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import Key, Mod, click, click_cell, ctrl, press, type_text
from tests.journeys.window_steps import click_tab, open_workshop

PROC, DOMAIN = "procurement", "domain"

# A drop-down's list is a popup window; the offscreen platform says it cannot raise it or
# grab the keyboard for it (a desktop can). Tests that open one ignore just that.
POPUP_WARNINGS = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def make_workshop(path: Path, people: Sequence[str] = ()) -> dict[str, str]:
    """A workshop file with these participants; {name: participant id}."""
    doc = create_document(path, title="Beskæftigelsesindsats 2027")
    ids: dict[str, str] = {}
    with doc.session() as session:
        for name in people:
            ids[name] = participants.add_participant(session, name=name).id
    doc.close(save=True)
    return ids


def open_with_ctrl_o(win: MainWindow, picker: FilePicker, path: Path) -> GlossaryTab:
    """Ctrl+O, the file picked, then a click on the tab "Fælles sprog"."""
    open_workshop(win, picker, path)
    tab = click_tab(win, "glossary")
    assert tab is win.glossary_tab
    return tab


def settle() -> None:
    """Let the window finish what the last key or click started (a person's next key
    comes a moment later): queued commits run, closed editors go."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()


def add_term(tab: GlossaryTab, side: str, word: str) -> None:
    """Click "Tilføj" on that side; the new term's name is ready to be typed over."""
    click(tab.panes[side].add_button)
    settle()
    press(Key.Key_A, Mod.ControlModifier)  # the whole "Nyt begreb", whatever the editor did
    type_text(word)
    press(Key.Key_Return)
    settle()


def click_term(tab: GlossaryTab, side: str, word: str) -> None:
    model = tab.panes[side].model
    row = next(r for r in range(model.rowCount()) if model.term_at(r)["term"] == word)
    click_cell(tab.panes[side].view, row, 0)


def click_field(widget: QWidget) -> None:
    """Click into a field of "Valgt begreb" (near its left edge, where text starts)."""
    click(widget, QPoint(min(20, widget.width() // 2), min(12, widget.height() // 2)))
    assert widget.hasFocus() or widget.isAncestorOf(QApplication.focusWidget())


def replace_text(widget: QWidget, text: str) -> None:
    """Click into a detail field, select all it holds and type over it."""
    click_field(widget)
    ctrl("a")
    if not text:
        press(Key.Key_Delete)
    for number, line in enumerate(text.split("\n")):
        if number:
            press(Key.Key_Return)  # a new line in a multi-line field
        if line:
            type_text(line)


def choose(combo: QComboBox, label: str) -> None:
    """Pick an entry of a drop-down by keyboard: click it open, Home, Down to it, Enter."""
    labels = [combo.itemText(i) for i in range(combo.count())]
    target = labels.index(label)
    click(combo)
    popup = QApplication.activePopupWidget()
    assert popup is not None, "the list did not open"
    current = combo.currentIndex()
    key = Key.Key_Down if target > current else Key.Key_Up
    for _ in range(abs(target - current)):
        press(key)
    press(Key.Key_Return)
    settle()
    if QApplication.activeWindow() is not combo.window():
        # The offscreen platform has no window manager to hand activation back from the
        # closed list to the window, as a desktop does.
        combo.window().activateWindow()
        settle()
    assert QApplication.activePopupWidget() is None


def saved_terms(path: Path) -> list[dict[str, object]]:
    """The terms in the saved file, read-only, as plain dicts in the lists' order."""
    doc = open_document(path, read_only=True)
    try:
        with doc.session() as session:
            return [t.model_dump() for t in glossary.list_terms(session)]
    finally:
        doc.close(save=False)
