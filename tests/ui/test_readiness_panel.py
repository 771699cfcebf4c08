"""The readiness overview on the demo workshop: each link, clicked or followed with Enter,
shows its item on the right tab, selected and in view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import actions, canvas, glossary
from desktop.core.readiness import ACTION, DECISION, NOTE, SERVICE, TERM
from desktop.storage.changes import Changes
from desktop.ui.main_window import MainWindow
from desktop.ui.workshop_tab.readiness_panel import ReadinessPanel
from tests.ui.conftest import Answers


@pytest.fixture
def demo(window: MainWindow, answers: Answers) -> MainWindow:
    assert window.open_demo()
    assert window.workshop_tab is not None and window.tabs is not None
    assert window.tabs.currentWidget() is window.workshop_tab
    return window


def _panel(window: MainWindow) -> ReadinessPanel:
    assert window.workshop_tab is not None
    return window.workshop_tab.readiness


def _first_link(window: MainWindow, check_key: str) -> tuple[str, str]:
    for step in _panel(window).steps:
        for check in step.checks:
            if check.key == check_key:
                return check.items[0].kind, check.items[0].id
    raise AssertionError(f"no link under {check_key}")


def _click_link(qtbot: QtBot, panel: ReadinessPanel, kind: str, item_id: str) -> None:
    """Scroll the link into view and click it, as a mouse does."""
    view = panel.view
    href = f"item:{kind}/{item_id}"
    cursor = QTextCursor(view.document())
    for position in range(1, view.document().characterCount()):
        cursor.setPosition(position)
        if cursor.charFormat().anchorHref() == href:
            break
    else:
        raise AssertionError(f"{href} is not on the page")
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    where = view.cursorRect(cursor).center() + QPoint(3, 0)  # on the first letter
    assert view.anchorAt(where) == href
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_links_follow_the_method_and_name_the_demos_gaps(demo: MainWindow) -> None:
    panel = _panel(demo)
    kinds = [kind for kind, _ in panel.links()]
    # Services between: the undecided one, and those of the delivery step's other checks.
    assert kinds[:6] == [TERM, TERM, NOTE, NOTE, NOTE, SERVICE]
    assert set(kinds[6:-2]) == {SERVICE} and kinds[-2:] == [DECISION, DECISION]
    text = panel.text()
    assert "● Fælles sprog: 32 begreber, 32 forklaret, 10 aftalt" in text
    assert "    2 begreber er omstridte\n        målgruppe (indkøb)\n" in text
    assert "    1 ydelse mangler en beslutning om levering\n        Sundhedsforløb" in text
    assert "    1 beslutning er ændret efter godkendelse" in text
    assert "    5 ydelser uden business case\n        Mentorstøtte (ingen tal endnu)" in text
    assert "✓ Opfølgning: 7 opfølgningspunkter, 2 udført" in text


def test_term_link_shows_the_term_in_its_pane_and_editor(demo: MainWindow, qtbot: QtBot) -> None:
    kind, term_id = _first_link(demo, "terms_disputed")
    tab = demo.glossary_tab
    assert tab is not None
    tab.search.setText("mentor")  # a search that hides the term is cleared
    _click_link(qtbot, _panel(demo), kind, term_id)
    assert demo.tabs is not None and demo.tabs.currentWidget() is tab
    assert tab.search.text() == ""
    assert tab.panes["procurement"].selected_id() == term_id
    assert tab.editor.term_id == term_id
    assert QApplication.focusWidget() is tab.panes["procurement"].view


def test_note_link_switches_canvas_and_centres_the_note(demo: MainWindow, qtbot: QtBot) -> None:
    kind, note_id = _first_link(demo, "needs_without_service")
    tab = demo.canvas_tab
    assert tab is not None and demo.current is not None
    first = demo.current.read(lambda s: canvas.list_canvases(s)[0].id)
    assert tab.canvas_id == first  # the root problems: not the canvas the need is on
    _click_link(qtbot, _panel(demo), kind, note_id)
    assert demo.tabs is not None and demo.tabs.currentWidget() is tab
    home = demo.current.read(lambda s: canvas.get_note(s, note_id=note_id).canvas_id)
    assert tab.canvas_id == home != first
    assert tab.scene.selected_note_id() == note_id
    assert tab.panel.selected_id() == note_id
    shown = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    assert shown.contains(tab.scene.notes[note_id].sceneBoundingRect().center())
    assert tab.view.zoom() >= 0.8  # readable, not a speck on the whole wall


def test_service_link_selects_the_card_on_the_board(demo: MainWindow, qtbot: QtBot) -> None:
    kind, service_id = _first_link(demo, "services_undecided")
    _click_link(qtbot, _panel(demo), kind, service_id)
    tab = demo.delivery_tab
    assert demo.tabs is not None and tab is not None and demo.tabs.currentWidget() is tab
    assert tab.current_id == service_id
    assert tab.editor.title.text() == "Sundhedsforløb"


def test_changed_decision_link_selects_the_approval_that_went_stale(
    demo: MainWindow, qtbot: QtBot
) -> None:
    kind, decision_id = _first_link(demo, "decisions_changed")
    assert kind == DECISION
    _click_link(qtbot, _panel(demo), kind, decision_id)
    tab = demo.signoff_tab
    assert demo.tabs is not None and tab is not None and demo.tabs.currentWidget() is tab
    assert tab.selected_decision_id() == decision_id
    state = tab.selected_sign_off()
    assert state is not None and state.is_changed_after_approval
    assert tab.banner.isVisible()


def test_unapproved_decision_link_selects_the_decision(demo: MainWindow, qtbot: QtBot) -> None:
    kind, decision_id = _first_link(demo, "decisions_unapproved")
    _click_link(qtbot, _panel(demo), kind, decision_id)
    assert demo.signoff_tab is not None
    assert demo.signoff_tab.selected_decision_id() == decision_id


def test_action_link_selects_the_row_on_the_workshop_tab(demo: MainWindow, qtbot: QtBot) -> None:
    tab = demo.workshop_tab
    assert tab is not None
    tab.add_action()  # no owner, no due date: it appears in the overview at once
    tab.follow_ups.commit_editor()
    tab.follow_ups.view.clearSelection()
    kind, action_id = _first_link(demo, "actions_incomplete")
    assert kind == ACTION
    _click_link(qtbot, _panel(demo), kind, action_id)
    assert demo.tabs is not None and demo.tabs.currentWidget() is tab
    assert tab.follow_ups.selected_id() == action_id
    assert QApplication.focusWidget() is tab.follow_ups.view


def test_enter_on_a_link_reached_with_tab_follows_it(demo: MainWindow, qtbot: QtBot) -> None:
    view = _panel(demo).view
    view.setFocus()
    wanted = _first_link(demo, "needs_without_service")
    for _ in range(len(_panel(demo).links())):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.textCursor().charFormat().anchorHref() == f"item:{wanted[0]}/{wanted[1]}":
            break
    else:
        raise AssertionError("Tab never reached the link")
    assert demo.tabs is not None and demo.tabs.currentWidget() is demo.workshop_tab
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert demo.tabs.currentWidget() is demo.canvas_tab
    assert demo.canvas_tab is not None and demo.canvas_tab.scene.selected_note_id() == wanted[1]


def test_fixing_an_item_elsewhere_takes_its_link_away(demo: MainWindow) -> None:
    assert demo.current is not None and demo.tabs is not None and demo.glossary_tab is not None
    kind, term_id = _first_link(demo, "terms_disputed")
    demo.show_item(kind, term_id)
    demo.current.read(lambda s: glossary.update_term(s, term_id=term_id, status="agreed"))
    demo.current.changed.emit(Changes({"term": frozenset({term_id})}))
    demo.tabs.setCurrentWidget(demo.workshop_tab)  # refreshed when shown
    assert (TERM, term_id) not in _panel(demo).links()
    assert "1 begreb er omstridt" in _panel(demo).text()


def test_a_long_list_links_the_first_and_counts_the_rest(demo: MainWindow) -> None:
    assert demo.current is not None
    demo.current.read(
        lambda s: [
            actions.add_action(s, what=f"Punkt {i}", due=date(2027, 3, 1)) for i in range(25)
        ]
    )
    demo.current.changed.emit(Changes({"action_item": None}))
    text = _panel(demo).text()
    assert "    25 opfølgningspunkter mangler ansvarlig eller frist" in text
    assert "        og 15 flere" in text
    assert sum(1 for kind, _ in _panel(demo).links() if kind == ACTION) == 10


def test_an_unknown_link_goes_nowhere(demo: MainWindow) -> None:
    assert demo.tabs is not None
    demo.show_item("plan", "x")
    demo.show_item(SERVICE, "no-such-id")  # deleted meanwhile: the board shows, no error
    assert demo.tabs.currentWidget() is demo.delivery_tab
