"""Presentation mode as a facilitator uses it in front of the room: F5 in, Esc out, the keys
of a slide clicker, the canvas on the whole screen, nothing typed lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import canvas, glossary
from desktop.ui.glossary_tab.terms_model import COUNTERPART, TERM
from desktop.ui.main_window import TAB_NAMES, MainWindow
from desktop.ui.presentation import editing_parts, hidden_columns
from desktop.ui.tab_pages import TabPage
from tests.conftest import copy_workshop
from tests.ui.conftest import Answers

PROC = "procurement"
KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def demo(
    window: MainWindow, answers: Answers, demo_file: Path, tmp_path: Path, qtbot: QtBot
) -> MainWindow:
    path = copy_workshop(demo_file, tmp_path / "demo.tvaers")
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key as the user presses it: to whatever has the focus."""
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)


def _chrome(window: MainWindow) -> list[QWidget]:
    assert window.tabs is not None
    bars = [b for b in window.findChildren(QToolBar) if b.parentWidget() is window]
    return [window.menuBar(), window.statusBar(), window.tabs.tabBar(), *bars]


def _notes_rect_in_view(window: MainWindow) -> tuple[QRect, QRect]:
    tab = window.canvas_tab
    assert tab is not None
    rect = None
    for item in tab.scene.notes.values():
        box = item.sceneBoundingRect()
        rect = box if rect is None else rect.united(box)
    assert rect is not None
    return tab.view.mapFromScene(rect).boundingRect(), tab.view.viewport().rect()


# -- in and out ----------------------------------------------------------------------------


def test_f5_enters_full_screen_without_chrome_and_esc_restores_everything(
    demo: MainWindow, qtbot: QtBot
) -> None:
    window = demo
    window.showNormal()
    window.setGeometry(60, 40, 1100, 760)
    assert window.tabs is not None and window.glossary_tab is not None
    window.tabs.setCurrentWidget(window.glossary_tab)
    pane = window.glossary_tab.panes[PROC]
    pane.select_id(str(pane.model.term_at(2)["id"]))
    pane.view.setFocus()
    before = window.geometry()
    chrome = _chrome(window)
    assert all(w.isVisible() for w in chrome)

    _press(window, KEY.Key_F5)

    assert window.presentation.active
    assert window.presentation.action.isChecked()
    qtbot.waitUntil(window.isFullScreen)
    assert not any(w.isVisible() for w in chrome)
    assert window.presentation.header.isVisible()
    assert window.tabs.currentWidget() is window.glossary_tab

    _press(window, KEY.Key_Escape)

    assert not window.presentation.active
    assert not window.presentation.action.isChecked()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.geometry() == before
    assert all(w.isVisible() for w in chrome)
    assert not window.presentation.header.isVisible()
    assert window.tabs.currentWidget() is window.glossary_tab
    assert pane.selected_id() == pane.model.term_at(2)["id"]


def test_f5_leaves_again_and_a_maximised_window_stays_maximised(
    demo: MainWindow, qtbot: QtBot
) -> None:
    demo.showMaximized()
    qtbot.waitUntil(demo.isMaximized)

    _press(demo, KEY.Key_F5)
    qtbot.waitUntil(demo.isFullScreen)
    _press(demo, KEY.Key_F5)

    assert not demo.presentation.active
    qtbot.waitUntil(demo.isMaximized)
    assert not demo.isFullScreen()


def test_the_view_menu_and_the_toolbar_offer_presentation_mode(demo: MainWindow) -> None:
    action = demo.presentation.action
    assert action.text() == "&Præsentationstilstand"
    assert action.shortcut().toString() == "F5"
    menus = [a.menu() for a in demo.menuBar().actions()]
    assert any(action in m.actions() for m in menus if m is not None)
    toolbars = [b for b in demo.findChildren(QToolBar) if b.parentWidget() is demo]
    assert any(action in bar.actions() for bar in toolbars)


def test_without_a_workshop_f5_does_nothing(window: MainWindow) -> None:
    assert not window.presentation.action.isEnabled()
    window.presentation.action.trigger()
    assert not window.presentation.enter()
    assert not window.presentation.active
    assert window.menuBar().isVisible()


def test_closing_the_workshop_leaves_presentation_mode(demo: MainWindow, qtbot: QtBot) -> None:
    demo.presentation.enter()
    assert demo.close_workshop()
    assert not demo.presentation.active
    assert demo.menuBar().isVisible() and demo.statusBar().isVisible()
    qtbot.waitUntil(lambda: not demo.isFullScreen())
    assert not demo.presentation.action.isEnabled()


# -- keys ----------------------------------------------------------------------------------


def test_ctrl_digits_and_page_keys_switch_tabs(demo: MainWindow) -> None:
    tabs = demo.tabs
    assert tabs is not None
    demo.presentation.enter()
    header = demo.presentation.header

    _press(demo, KEY.Key_3, CTRL)
    assert tabs.currentWidget() is demo.canvas_tab
    assert [b.isChecked() for b in header.steps] == [False, False, True, False, False]
    _press(demo, KEY.Key_PageDown)  # a slide clicker's "next"
    assert tabs.currentWidget() is demo.delivery_tab
    _press(demo, KEY.Key_PageUp)
    _press(demo, KEY.Key_PageUp)
    assert tabs.currentWidget() is demo.glossary_tab
    _press(demo, KEY.Key_5, CTRL)
    _press(demo, KEY.Key_PageDown)  # the last step stays the last
    assert tabs.currentWidget() is demo.signoff_tab
    header.steps[0].click()
    assert tabs.currentWidget() is demo.workshop_tab


def test_tab_keys_work_only_while_presenting(demo: MainWindow) -> None:
    assert demo.tabs is not None
    demo.tabs.setCurrentIndex(0)
    _press(demo, KEY.Key_3, CTRL)
    assert demo.tabs.currentIndex() == 0


def test_digits_typed_in_a_note_stay_text(demo: MainWindow) -> None:
    tab = demo.canvas_tab
    assert tab is not None and demo.tabs is not None
    demo.tabs.setCurrentWidget(tab)
    demo.presentation.enter()
    note_id = next(iter(tab.scene.notes))
    tab.edit_text(note_id)
    assert tab.scene.editing is not None

    for key in (KEY.Key_1, KEY.Key_3, KEY.Key_5):
        _press(demo, key)
    _press(demo, KEY.Key_Escape)  # ends the writing, not the presentation

    assert demo.presentation.active
    assert demo.tabs.currentWidget() is tab
    text = tab.workshop.read(lambda s: canvas.get_note(s, note_id=note_id).text)
    assert text.endswith("135")


def test_esc_in_a_cell_editor_closes_the_editor_first(demo: MainWindow) -> None:
    tab = demo.glossary_tab
    assert tab is not None and demo.tabs is not None
    demo.tabs.setCurrentWidget(tab)
    demo.presentation.enter()
    view = tab.panes[PROC].view
    index = tab.models[PROC].index(0, TERM)
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view

    _press(demo, KEY.Key_Escape)

    assert demo.presentation.active
    assert view.state() != view.State.EditingState
    _press(demo, KEY.Key_Escape)
    assert not demo.presentation.active


def test_esc_in_a_dialog_closes_the_dialog_only(demo: MainWindow, qtbot: QtBot) -> None:
    demo.presentation.enter()
    dialog = QDialog(demo)
    dialog.show()
    qtbot.waitExposed(dialog)

    qtbot.keyClick(dialog, KEY.Key_Escape)

    assert not dialog.isVisible()
    assert demo.presentation.active


def test_menu_shortcuts_still_work_with_the_menu_bar_hidden(demo: MainWindow) -> None:
    tab = demo.canvas_tab
    assert tab is not None and demo.tabs is not None and demo.current is not None
    demo.tabs.setCurrentWidget(tab)
    note_id = next(iter(tab.scene.notes))
    votes = tab.workshop.read(lambda s: canvas.get_note(s, note_id=note_id).votes)
    tab.change_votes(note_id, 1)
    demo.presentation.enter()

    _press(demo, KEY.Key_Z, CTRL)

    assert tab.workshop.read(lambda s: canvas.get_note(s, note_id=note_id).votes) == votes
    demo.presentation.leave()
    assert demo.undo_action not in demo.actions()  # lent to the window only while presenting


# -- what is shown ---------------------------------------------------------------------------


def test_the_canvas_fits_the_screen_and_refits_when_it_changes_size(
    demo: MainWindow, qtbot: QtBot
) -> None:
    tab = demo.canvas_tab
    assert tab is not None and demo.tabs is not None
    demo.tabs.setCurrentWidget(tab)
    tab.view.set_zoom(2.0)  # zoomed in on a detail before presenting
    notes, viewport = _notes_rect_in_view(demo)
    assert not viewport.contains(notes)

    demo.presentation.enter()
    for size in ((1280, 720), (1920, 1080)):
        demo.resize(*size)
        qtbot.waitUntil(lambda size=size: (demo.width(), demo.height()) == size)
        QApplication.processEvents()
        notes, viewport = _notes_rect_in_view(demo)
        assert viewport.contains(notes), size
        assert notes.width() > viewport.width() * 0.6 or notes.height() > viewport.height() * 0.6
        assert not tab.panel.isVisible()

    demo.presentation.leave()
    assert tab.view.zoom() == pytest.approx(2.0)
    assert tab.panel.isVisible()


def test_editing_panes_and_contact_details_are_hidden_while_presenting(demo: MainWindow) -> None:
    assert demo.tabs is not None and demo.workshop_tab is not None
    participants = demo.workshop_tab.participants
    email = [c.field for c in participants.model.columns].index("email")
    for tab in (demo.glossary_tab, demo.delivery_tab, demo.workshop_tab):
        assert tab is not None
        demo.tabs.setCurrentWidget(tab)
        demo.presentation.enter()
        parts = editing_parts(tab)
        assert parts and not any(p.isVisible() for p in parts)
        if tab is demo.workshop_tab:
            assert participants.view.isColumnHidden(email)
        if tab is demo.glossary_tab:
            assert tab.showcase_button.isVisible()  # "vis ord" is for the room
        demo.presentation.leave()
        assert all(p.isVisible() for p in parts)
        assert not participants.view.isColumnHidden(email)


def test_every_tab_names_its_own_editing_parts(demo: MainWindow) -> None:
    """Each tab keeps the TabPage protocol and names widgets of its own for hiding."""
    assert demo.tabs is not None
    tabs = {name: getattr(demo, f"{name}_tab") for name in TAB_NAMES}  # each built now
    for name, tab in tabs.items():
        for method in TabPage.__dict__:
            if not method.startswith("_"):
                assert callable(getattr(tab, method, None)), f"{name}: {method}"
        parts = editing_parts(tab)
        assert parts, name
        assert all(tab.isAncestorOf(p) for p in parts), name
    assert demo.glossary_tab is not None
    assert {c for _v, c in hidden_columns(demo.glossary_tab)} == {COUNTERPART}
    assert demo.workshop_tab is not None
    assert len(hidden_columns(demo.workshop_tab)) == 2


def test_type_grows_with_the_screen_and_returns_to_normal(demo: MainWindow, qtbot: QtBot) -> None:
    tab = demo.delivery_tab
    assert tab is not None and demo.tabs is not None
    demo.tabs.setCurrentWidget(tab)
    label = tab.columns["internal"].findChild(QLabel)
    assert label is not None
    normal = label.fontInfo().pixelSize()

    demo.presentation.enter()
    sizes = []
    for size in ((1280, 720), (1920, 1080)):
        demo.resize(*size)
        qtbot.waitUntil(lambda size=size: (demo.width(), demo.height()) == size)
        sizes.append(label.fontInfo().pixelSize())
    demo.presentation.leave()

    assert normal < sizes[0] < sizes[1]
    assert sizes[1] >= 22  # read from the back of the room on a 1080p projector
    assert label.fontInfo().pixelSize() == normal


def test_nothing_typed_is_lost_entering_and_leaving(demo: MainWindow, qtbot: QtBot) -> None:
    tab = demo.glossary_tab
    assert tab is not None and demo.tabs is not None
    demo.tabs.setCurrentWidget(tab)
    term_id = str(tab.models[PROC].term_at(0)["id"])
    tab.panes[PROC].select_id(term_id)
    tab.editor.example.setFocus()
    qtbot.keyClicks(tab.editor.example, " Og mere.")

    _press(demo, KEY.Key_F5)  # before the typing pause has passed

    stored = tab.workshop.read(
        lambda s: next(t.example for t in glossary.list_terms(s) if t.id == term_id)
    )
    assert " Og mere." in stored
    assert not tab.editor.isVisible()
    demo.presentation.leave()
    assert tab.editor.isVisible()
    assert tab.editor.example.toPlainText() == stored


def test_page_down_in_the_one_term_view_shows_the_next_term_not_the_next_tab(
    demo: MainWindow,
) -> None:
    tab = demo.glossary_tab
    assert tab is not None and demo.tabs is not None
    demo.tabs.setCurrentWidget(tab)
    demo.presentation.enter()
    tab.open_showcase()
    first = tab.showcase.current_id()

    _press(demo, KEY.Key_PageDown)

    assert demo.tabs.currentWidget() is tab
    assert tab.showcase.current_id() != first
    _press(demo, KEY.Key_Escape)  # back to the lists, still presenting
    assert demo.presentation.active and not tab.showcase_open()
    _press(demo, KEY.Key_Escape)
    assert not demo.presentation.active


def test_the_exercise_timer_shows_big_in_the_corner_while_presenting(demo: MainWindow) -> None:
    countdown = QLabel("04:59")
    demo.presentation.set_timer_display(countdown)
    assert not countdown.isVisible()

    demo.presentation.enter()
    demo.resize(1280, 720)
    QApplication.processEvents()
    assert countdown.isVisible()
    corner = demo.presentation.timer_corner.geometry()
    assert corner.right() > demo.width() * 0.8 and corner.top() < demo.height() * 0.2

    demo.presentation.leave()
    assert not countdown.isVisible()


def test_esc_leaves_from_a_text_field_too(demo: MainWindow) -> None:
    """A field that has no use for Esc does not keep the room stuck in presentation mode."""
    assert demo.tabs is not None and demo.signoff_tab is not None
    demo.tabs.setCurrentWidget(demo.signoff_tab)
    demo.presentation.enter()
    field = demo.signoff_tab.editor.findChild(QPlainTextEdit)
    assert field is not None
    field.setFocus()
    assert QApplication.focusWidget() is field

    _press(demo, KEY.Key_Escape)

    assert not demo.presentation.active


@pytest.mark.parametrize("name", ["workshop", "glossary", "delivery", "signoff"])
def test_a_running_countdown_never_covers_the_tab(demo: MainWindow, name: str) -> None:
    """Issue 15: the countdown covered the board's totals, the Side/Present columns and the
    glossary's "Show term by term" button. It has the header's strip, not the tab's room."""
    assert demo.tabs is not None
    demo.tabs.setCurrentIndex(TAB_NAMES.index(name))
    demo.presentation.enter()
    for size in ((1280, 720), (1920, 1080)):
        demo.resize(*size)
        demo.exercise_timer.start(300, "Øvelse")
        for _ in range(3):
            QApplication.processEvents()
        corner = demo.presentation.timer_corner
        assert corner.isVisible()
        timer = QRect(corner.mapTo(demo, corner.rect().topLeft()), corner.size())
        tab = demo.tabs.currentWidget()
        content = QRect(tab.mapTo(demo, tab.rect().topLeft()), tab.size())
        assert not timer.intersects(content), (size, timer, content)
        assert QRect(0, 0, demo.width(), demo.height()).contains(timer)
        # the header with the countdown fits the screen's width (not a wider window)
        assert demo.presentation.header.minimumSizeHint().width() <= size[0]
        demo.exercise_timer.stop()
        QApplication.processEvents()
        assert not corner.isVisible()  # no empty box in the header
    demo.presentation.leave()
