"""Del in a list of participants or actions leaves the next row selected, as the list of
sign-offs does, so Del, Del removes two rows. After the first Del nothing was selected and
the second did nothing (nor could Slet deltager be clicked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.row_table_panel import RowTablePanel
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.real_input import click, ctrl, press
from tests.journeys.window_steps import Key, open_demo


def _names(panel: RowTablePanel) -> list[str]:
    return [str(row["name"]) for row in panel.model.rows]


@pytest.mark.parametrize("lang", ["da"], indirect=True)
def test_del_twice_deletes_two_participants_and_undo_brings_them_back(
    journey_window: MainWindow, picker: FilePicker, demo_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    path = open_demo(win, picker, demo_file, tmp_path, qtbot)
    panel = win.workshop_tab.participants  # type: ignore[union-attr]
    before = _names(panel)
    view = panel.view
    click(view.viewport(), view.visualRect(panel.model.index(1, 0)).center())
    assert panel.selected_id() == panel.model.row_id(1)
    press(Key.Key_Escape)  # a click may open the cell: leave it, keep the row
    press(Key.Key_Delete)
    qtbot.waitUntil(lambda: len(_names(panel)) == len(before) - 1)
    assert _names(panel)[1] == before[2]
    assert panel.selected_id() == panel.model.row_id(1)  # the next one, where the deleted was
    assert panel.delete_button.isEnabled()
    press(Key.Key_Delete)
    qtbot.waitUntil(lambda: len(_names(panel)) == len(before) - 2)
    assert _names(panel) == [before[0], *before[3:]]

    ctrl("s")
    assert read_saved(path, "SELECT count(*) FROM participant") == [(len(before) - 2,)]
    ctrl("z")
    ctrl("z")
    qtbot.waitUntil(lambda: _names(panel) == before)
