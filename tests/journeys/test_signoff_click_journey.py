"""Leadership sign-off with the mouse: a click on a decision in the ranked list shows that
decision, with its sign-offs, beside the list (a click changes Qt's current row before it
selects it, so the tab must follow the selection, not only the current row)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.signoff_tab.decisions_model import RANK, STATUS, TITLE
from desktop.ui.signoff_tab.tab import SignOffTab
from tests.journeys.conftest import ALSO_AT_200_PERCENT, FilePicker
from tests.journeys.real_input import Key, click_cell, press
from tests.journeys.window_steps import click_tab, open_demo


def test_a_click_on_a_decision_shows_it(
    journey_window: MainWindow, picker: FilePicker, demo_file: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    win = journey_window
    open_demo(win, picker, demo_file, tmp_path, qtbot)
    tab = click_tab(win, "signoff")
    assert isinstance(tab, SignOffTab)
    titles = [
        tab.decisions_model.report_at(row).decision["title"]
        for row in range(tab.decisions_model.rowCount())
    ]
    assert len(titles) == 3
    for row in (1, 2, 0):
        click_cell(tab.decisions_view, row)
        qtbot.waitUntil(lambda row=row: tab.editor.title.text() == titles[row])
        assert tab.sign_offs_model.rowCount() == len(tab.decisions_model.report_at(row).sign_offs)
    # The keys move through the list as before.
    press(Key.Key_Up)
    qtbot.waitUntil(lambda: tab.editor.title.text() == titles[0])
    press(Key.Key_Down)
    qtbot.waitUntil(lambda: tab.editor.title.text() == titles[1])


def test_a_click_on_a_stale_sign_off_offers_to_sign_again(
    journey_window: MainWindow, picker: FilePicker, demo_file: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    win = journey_window
    open_demo(win, picker, demo_file, tmp_path, qtbot)
    tab = click_tab(win, "signoff")
    assert isinstance(tab, SignOffTab)
    stale_row = next(
        row
        for row in range(tab.decisions_model.rowCount())
        if any(s.is_changed_after_approval for s in tab.decisions_model.report_at(row).sign_offs)
    )
    click_cell(tab.decisions_view, stale_row)
    qtbot.waitUntil(lambda: tab.sign_offs_model.rowCount() == 2)
    assert not tab.renew_button.isEnabled()  # no sign-off chosen yet
    click_cell(tab.sign_offs_view, 0)
    qtbot.waitUntil(lambda: tab.renew_button.isEnabled() and tab.delete_sign_off_button.isEnabled())


@ALSO_AT_200_PERCENT
def test_the_decision_titles_stay_readable_beside_their_status(
    journey_window: MainWindow, picker: FilePicker, demo_file: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    """At 200 % the status column took the list's width ("⚠ Ændret efter godkendelse" on
    one line) and left the titles a column of broken words ("Mentor… hjemta… delvist:")."""
    win = journey_window
    open_demo(win, picker, demo_file, tmp_path, qtbot)
    tab = click_tab(win, "signoff")
    assert isinstance(tab, SignOffTab)
    view = tab.decisions_view
    qtbot.waitUntil(lambda: view.columnWidth(TITLE) > 0)
    metrics = view.fontMetrics()
    words = [
        word
        for row in range(tab.decisions_model.rowCount())
        for word in tab.decisions_model.report_at(row).decision["title"].split()
    ]
    widest_word = max(metrics.horizontalAdvance(word) for word in words)
    assert view.columnWidth(TITLE) >= widest_word + 8  # no title word cut
    assert view.columnWidth(TITLE) >= view.columnWidth(STATUS)
    visible = view.viewport().width()
    assert sum(view.columnWidth(c) for c in (RANK, TITLE, STATUS)) <= visible + 1
