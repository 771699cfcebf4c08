"""Issue 15: Alt+letter does what its label says, in Danish and English.

Two controls on screen together with the same Alt letter make Alt+letter ambiguous: Qt then
only moves the focus to one of them and clicks nothing. On the Workshop tab, Alt+D (“Tilføj
&deltager” and “&Dato”) left the focus on the button, so the space in “Søren Østergaard”
clicked it and the new row's editor took the rest: the name was stored as “stergaard”; in
English Alt+P (“Add &participant” and “&Place”) selected all of Place for the next key.

The walk collects the Alt letters of what is visible together (buttons, labels with a buddy,
group boxes, tab titles, the menu bar) on every tab and in our dialogs, in both languages,
and fails on a clash, on a letter that is not on every keyboard (Æ, Ø, Å), and on an
ampersand that leads nowhere (a label without a buddy shows it as “&”).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import TAB_NAMES, MainWindow
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.glossary_steps import POPUP_WARNINGS
from tests.journeys.real_input import alt, click, ctrl, press, type_text, when_modal
from tests.journeys.window_steps import Key, Mod, key_to_window, open_demo, visible_descendants


def mnemonic(text: str) -> str | None:
    """The Alt letter Qt gives `text` ("&Dato" -> "D"), None if it has none."""
    sequence = QKeySequence.mnemonic(text)
    if sequence.isEmpty():
        return None
    return sequence.toString(QKeySequence.SequenceFormat.PortableText).rsplit("+", 1)[-1]


def labelled(root: QWidget) -> list[tuple[str, str]]:
    """(text, what it is) of everything on screen in `root` that may carry an Alt letter."""
    found: list[tuple[str, str]] = []
    if isinstance(root, QMainWindow) and root.menuBar().isVisible():
        found += [(a.text(), "menu") for a in root.menuBar().actions() if a.isVisible()]
    for widget in visible_descendants(root):
        if isinstance(widget, QAbstractButton):
            found.append((widget.text(), type(widget).__name__))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), "group box"))
        elif isinstance(widget, QTabBar):
            found += [
                (widget.tabText(i), "tab") for i in range(widget.count()) if widget.isTabVisible(i)
            ]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), "label"))
    return found


def problems_in(scope: str, root: QWidget) -> list[str]:
    problems: list[str] = []
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, kind in labelled(root):
        letter = mnemonic(text)
        if letter is None:
            continue
        by_letter[letter].append(f"{kind} “{text}”")
        if not ("A" <= letter <= "Z" or "0" <= letter <= "9"):
            problems.append(f"{scope}: Alt+{letter} is not on every keyboard: {kind} “{text}”")
    for letter, owners in sorted(by_letter.items()):
        if len(owners) > 1:
            problems.append(f"{scope}: Alt+{letter} is shared by " + ", ".join(owners))
    for widget in visible_descendants(root):
        if (
            isinstance(widget, QLabel)
            and widget.buddy() is None
            and widget.textFormat() != Qt.TextFormat.RichText
            and "<" not in widget.text()
            and mnemonic(widget.text()) is not None
        ):
            problems.append(f"{scope}: label “{widget.text()}” has an Alt letter but no buddy")
    return problems


def menu_problems(scope: str, menu: QMenu) -> list[str]:
    """Inside one open menu the items' letters must differ too (and the submenus')."""
    problems: list[str] = []
    by_letter: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        letter = mnemonic(action.text()) if action.isVisible() else None
        if letter is not None:
            by_letter[letter].append(action.text())
        if action.menu() is not None:
            problems += menu_problems(f"{scope} › {action.text()}", action.menu())
    problems += [
        f"{scope}: Alt+{letter} is shared by " + ", ".join(f"“{t}”" for t in texts)
        for letter, texts in by_letter.items()
        if len(texts) > 1
    ]
    return problems


class Walk:
    """What the journey saw, scope by scope."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.scopes: list[str] = []

    def look(self, scope: str, root: QWidget) -> None:
        self.scopes.append(scope)
        self.problems += problems_in(scope, root)

    def dialog(self, scope: str, open_it: Callable[[], None], qtbot: QtBot) -> None:
        """Open one of our dialogs with the person's key or click, look, close it with Esc."""
        seen: list[str] = []

        def look_and_close(dialog: QWidget) -> None:
            qtbot.wait(20)  # its layout settles
            self.look(scope, dialog)
            seen.append(scope)
            QTest.keyClick(dialog, Key.Key_Escape)

        window = QApplication.activeWindow()
        when_modal(look_and_close)
        open_it()
        qtbot.waitUntil(lambda: seen == [scope])
        if window is not None:  # the desktop gives the window back its activation
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_library_dialog(win: MainWindow) -> None:
    """Settings › Library… with the keys: Alt+(the Settings menu), then the item's letter."""
    settings_menu = next(
        a
        for a in win.menuBar().actions()
        if a.isVisible() and a.menu() is not None and win.library_action in a.menu().actions()
    )
    alt(mnemonic(settings_menu.text()) or "")
    menu = QApplication.activePopupWidget()  # the open menu has the keys
    assert menu is settings_menu.menu(), menu
    QTest.keyClick(menu, Key(ord(mnemonic(win.library_action.text()) or "")))


def show_tab(win: MainWindow, name: str, qtbot: QtBot) -> QWidget:
    assert win.tabs is not None
    names = [win.tabs.widget(i).objectName() for i in range(win.tabs.count())]
    bar = win.tabs.tabBar()
    click(bar, bar.tabRect(names.index(name)).center())
    qtbot.waitUntil(lambda: win.tabs.currentWidget().objectName() == name)
    return win.tabs.currentWidget()


@POPUP_WARNINGS  # Settings › Library… is opened through its menu, a popup
@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_no_two_controls_on_screen_share_an_alt_letter(
    demo_file: Path, journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    walk = Walk()
    walk.look("start screen", win)
    walk.dialog("new workshop", lambda: key_to_window(Key.Key_N, Mod.ControlModifier, win), qtbot)
    open_demo(win, picker, demo_file, tmp_path, qtbot)
    for name in TAB_NAMES:  # a new tab is walked without anyone remembering it
        tab = show_tab(win, name, qtbot)
        if name == "delivery":  # a card chosen: the editor shows all its parts
            column = next(iter(tab.columns.values()))  # type: ignore[attr-defined]
            click(column.view.viewport(), column.view.visualRect(column.model.index(0, 0)).center())
        qtbot.wait(20)
        walk.look(f"tab {name}", win)
        if name == "canvas":
            walk.dialog("voting round", lambda: ctrl("v", Mod.ShiftModifier), qtbot)
        if name == "delivery":
            delivery, editor = tab, tab.editor  # type: ignore[attr-defined]
            walk.dialog("criteria", lambda d=delivery: click(d.criteria_button), qtbot)  # type: ignore[attr-defined]
            walk.dialog("CPV code", lambda e=editor: click(e.cpv_button), qtbot)
            walk.dialog("link needs", lambda e=editor: click(e.link_button), qtbot)
            # The card's Contract page, its lead times open (issue 20, part 1).
            bar = delivery.details.tabBar()  # type: ignore[attr-defined]
            click(bar, bar.tabRect(1).center())
            click(delivery.contract_page.lead_times_button)  # type: ignore[attr-defined]
            qtbot.waitUntil(delivery.contract_page.lead_box.isVisible)  # type: ignore[attr-defined]
            walk.look("tab delivery, page Contract", win)
            # The Business case page (issue 20, part 2): its figures and its measures.
            click(bar, bar.tabRect(2).center())  # page 3
            qtbot.waitUntil(delivery.case_page.isVisible)  # type: ignore[attr-defined]
            walk.look("tab delivery, page Business case", win)
            # The Market dialogue page (issue 20, part 3) of the demo's service whose dialogue
            # has a warning: its "Give to all" button is on screen too.
            page, pages = delivery.dialogue_page, delivery.details  # type: ignore[attr-defined]
            for column in delivery.columns.values():  # type: ignore[attr-defined]
                model, view = column.model, column.view
                titles = [model.card_at(r).service["title"] for r in range(model.rowCount())]
                if "Psykologbistand" in titles:
                    card = view.visualRect(model.index(titles.index("Psykologbistand"), 0))
                    click(view.viewport(), card.center())
            at = next(i for i in range(pages.count()) if pages.widget(i).widget() is page)
            click(pages.tabBar(), pages.tabBar().tabRect(at).center())
            qtbot.waitUntil(lambda p=page: bool(p.warnings))
            walk.look("tab delivery, page Market dialogue", win)
        if name == "signoff":
            signoff = tab
            walk.dialog("sign-off", lambda s=signoff: click(s.add_sign_off_button), qtbot)  # type: ignore[attr-defined]
    walk.dialog("countdown", lambda: ctrl("t"), qtbot)
    walk.dialog("export minutes", lambda: ctrl("p"), qtbot)
    walk.dialog("library", lambda: open_library_dialog(win), qtbot)
    for action in win.menuBar().actions():
        if action.menu() is not None:
            walk.problems += menu_problems(f"menu {action.text()}", action.menu())
    assert walk.problems == [], "\n".join(walk.problems)


# After the test, a focus-out queued for the participant's closed cell editor reaches the
# delegate, which hands that editor to commitData once more; Qt warns and ignores it (the
# name was stored by Enter, as the test checks).
@pytest.mark.qt_log_ignore("QAbstractItemView::commitData called with an editor")
@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_danish_letters_typed_after_alt_keys_are_stored_intact(
    demo_file: Path,
    journey_window: MainWindow,
    picker: FilePicker,
    tmp_path: Path,
    qtbot: QtBot,
    lang: str,
) -> None:
    """The facilitator's keys, as in the report: Alt+(add participant), the name, Enter;
    Alt+(place), a new place. Both are stored exactly as typed, and nothing else changes."""
    win = journey_window
    path = open_demo(win, picker, demo_file, tmp_path, qtbot)
    tab = win.workshop_tab
    assert tab is not None
    add_letter = mnemonic(tab.participants.add_button.text())
    place_label = tab.details.layout().labelForField(tab.details.location)
    place_letter = mnemonic(place_label.text())
    assert add_letter and place_letter
    before = read_saved(path, "SELECT starts_at, ends_at, title FROM workshop")
    click(tab.participants.view.viewport())  # the keyboard somewhere on the tab
    rows = tab.participant_model.rowCount()
    alt(add_letter)
    qtbot.waitUntil(lambda: tab.participant_model.rowCount() == rows + 1)
    press(Key.Key_A, Mod.ControlModifier)  # the new row's name, all of it
    type_text("Søren Østergaard")
    press(Key.Key_Return)
    alt(place_letter)
    type_text("Ærø Rådhus, mødelokale 2")
    press(Key.Key_Tab)
    qtbot.waitUntil(lambda: win.current.is_dirty)  # type: ignore[union-attr]
    ctrl("s")
    qtbot.waitUntil(lambda: not win.current.is_dirty)  # type: ignore[union-attr]
    names = [r[0] for r in read_saved(path, "SELECT name FROM participant")]
    assert "Søren Østergaard" in names, repr(names)
    assert not [n for n in names if n != "Søren Østergaard" and "stergaard" in str(n)]
    assert read_saved(path, "SELECT location FROM workshop") == [("Ærø Rådhus, mødelokale 2",)]
    assert read_saved(path, "SELECT starts_at, ends_at, title FROM workshop") == before
