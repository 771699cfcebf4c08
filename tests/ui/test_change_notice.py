"""One change notice per edit, naming the rows it changed: the tab on screen repaints only
those, a hidden tab reads what it missed when it is shown, and the window's menus and title
are brought up to date once per edit (issue 19, item 1)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from sqlmodel import Session

from desktop.core import glossary
from desktop.core.errors import TvaersError
from desktop.storage.changes import Changes
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.main_window import MainWindow
from desktop.ui.open_workshop import WorkshopCommand
from desktop.ui.workshop_tab.tab import WorkshopTab
from tests.ui.conftest import Answers

PROC = "procurement"


class Calls:
    def __init__(self) -> None:
        self.by_name: dict[str, list[Any]] = {}

    def count(self, name: str) -> int:
        return len(self.by_name.get(name, []))

    def watch(self, monkeypatch: pytest.MonkeyPatch, cls: type, method: str) -> None:
        original = getattr(cls, method)
        name = f"{cls.__name__}.{method}"
        takes = len(inspect.signature(original).parameters) - 1  # a signal may send more

        def counted(self_: Any, *args: Any) -> Any:
            self.by_name.setdefault(name, []).append(args)
            return original(self_, *args[:takes])

        monkeypatch.setattr(cls, method, counted)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """Counts, patched before the workshop opens (signals connect to the counted methods)."""
    found = Calls()
    found.watch(monkeypatch, MainWindow, "_update_chrome")
    for tab in (GlossaryTab, WorkshopTab, DeliveryTab):
        found.watch(monkeypatch, tab, "refresh")
        found.watch(monkeypatch, tab, "show_changes")
    return found


@pytest.fixture
def demo(window: MainWindow, answers: Answers, calls: Calls) -> Iterator[MainWindow]:
    assert window.open_demo()
    yield window


def _notices(window: MainWindow) -> list[Changes]:
    assert window.current is not None
    seen: list[Changes] = []
    window.current.changed.connect(seen.append)
    return seen


def _open_glossary_on_first_term(window: MainWindow) -> tuple[GlossaryTab, str]:
    tab = window.glossary_tab
    assert tab is not None and window.tabs is not None
    window.tabs.setCurrentWidget(tab)
    term_id = tab.models[PROC].term_at(0)["id"]
    tab.panes[PROC].select_id(term_id)
    assert tab.editor.term_id == term_id
    return tab, term_id


def test_typing_in_the_editor_names_one_term_and_repaints_only_it(
    demo: MainWindow, calls: Calls
) -> None:
    tab, term_id = _open_glossary_on_first_term(demo)
    seen = _notices(demo)
    refreshes, chrome = calls.count("GlossaryTab.refresh"), calls.count("MainWindow._update_chrome")
    resets: list[int] = []
    tab.models[PROC].modelReset.connect(lambda: resets.append(1))
    tab.editor.explanation.setFocus()
    tab.editor.explanation.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(tab.editor.explanation, " <&> ok")
    tab.commit_typing()
    assert seen, "the edit sent no change notice"
    for changes in seen:
        assert dict(changes.rows) == {"term": frozenset({term_id})}
        assert changes.is_echo_of(tab.editor)
    assert calls.count("GlossaryTab.refresh") == refreshes  # no list read again
    assert resets == []  # the rows repainted in place: selection and scroll stay
    assert calls.count("MainWindow._update_chrome") - chrome == len(seen)  # once per edit
    stored = demo.current.read(lambda s: glossary.terms_by_id(s, term_ids=[term_id]))  # type: ignore[union-attr]
    assert stored[term_id]["explanation"].endswith(" <&> ok")
    assert tab.models[PROC].term_at(0)["explanation"] == stored[term_id]["explanation"]
    assert tab.editor.term_id == term_id


def test_undo_is_no_echo_and_repaints_the_term_in_the_editor_too(demo: MainWindow) -> None:
    tab, _term_id = _open_glossary_on_first_term(demo)
    before = tab.models[PROC].term_at(0)["explanation"]
    tab.editor.explanation.setFocus()
    QTest.keyClicks(tab.editor.explanation, "x")
    tab.commit_typing()
    seen = _notices(demo)
    assert demo.undo_action.isEnabled()
    demo.undo_action.trigger()
    assert [c.origin for c in seen] == [None]
    assert tab.editor.explanation.toPlainText() == before
    assert tab.models[PROC].term_at(0)["explanation"] == before


def test_a_hidden_tab_reads_what_it_missed_once_when_shown(demo: MainWindow, calls: Calls) -> None:
    assert demo.workshop_tab is not None and demo.delivery_tab is not None
    tab, _term_id = _open_glossary_on_first_term(demo)
    shown = calls.count("WorkshopTab.show_changes")
    board = calls.count("DeliveryTab.refresh")
    for text in ("a", "b", "c"):
        tab.editor.explanation.setFocus()
        QTest.keyClicks(tab.editor.explanation, text)
        tab.commit_typing()
    assert calls.count("WorkshopTab.show_changes") == shown  # hidden: nothing read yet
    assert demo.tabs is not None
    demo.tabs.setCurrentWidget(demo.workshop_tab)
    assert calls.count("WorkshopTab.show_changes") == shown + 1  # all three at once
    missed = calls.by_name["WorkshopTab.show_changes"][-1][0]
    assert missed.touches("term") and not missed.touches("service")
    demo.tabs.setCurrentWidget(demo.delivery_tab)
    assert calls.count("DeliveryTab.refresh") == board  # terms are not on the board


def test_a_failed_edit_leaves_no_undo_step_and_every_view_reads_again(
    demo: MainWindow, answers: Answers
) -> None:
    class EditsAGoneTerm(WorkshopCommand):
        def _redo(self, session: Session) -> None:
            glossary.update_term(session, term_id="slettet imens", explanation="x")

    assert demo.current is not None
    stack = demo.current.undo_stack
    steps = stack.count()
    seen = _notices(demo)
    reported: list[TvaersError] = []
    demo.current.error.connect(reported.append)
    assert not demo.current.push(EditsAGoneTerm(demo.current, "Ret begreb"))
    assert stack.count() == steps and not stack.canRedo()
    assert [c.everything for c in seen] == [True]
    assert len(reported) == 1


def test_ctrl_z_after_typing_updates_menus_once(demo: MainWindow, calls: Calls) -> None:
    tab, _term_id = _open_glossary_on_first_term(demo)
    tab.editor.explanation.setFocus()
    QTest.keyClicks(tab.editor.explanation, "z")
    tab.commit_typing()
    tab.panes[PROC].view.setFocus()  # in a text box, Ctrl+Z is the box's own undo
    chrome = calls.count("MainWindow._update_chrome")
    QTest.keyClick(tab.panes[PROC].view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert calls.count("MainWindow._update_chrome") - chrome == 1
