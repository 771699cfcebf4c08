"""The workshop's times typed as a facilitator types them: a click on »til« (or »fra«) and
the time typed. A click put the cursor after the hours, so the hours typed were refused
without a word and only the minutes were taken: »16:30« typed over 15:00 became 15:30."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.workshop_tab.tab import WorkshopTab
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.glossary_steps import settle
from tests.journeys.real_input import Key, click, ctrl, press, type_text
from tests.journeys.window_steps import click_tab, open_demo


@pytest.mark.parametrize("select_all", [False, True], ids=["click", "click-ctrl-a"])
def test_a_time_typed_after_a_click_is_the_time_stored(
    journey_window: MainWindow,
    picker: FilePicker,
    demo_file: Path,
    qtbot: QtBot,
    tmp_path: Path,
    select_all: bool,
) -> None:
    win = journey_window
    path = open_demo(win, picker, demo_file, tmp_path, qtbot)
    tab = click_tab(win, "workshop")
    assert isinstance(tab, WorkshopTab)
    for edit, typed in ((tab.details.ends, "16:30"), (tab.details.starts, "8:15")):
        click(edit)  # the middle of the field, as a person aims
        if select_all:
            ctrl("a")
        type_text(typed)
        press(Key.Key_Tab)
        settle()
    assert (tab.details.starts.text(), tab.details.ends.text()) == ("08:15", "16:30")
    ctrl("s")
    assert read_saved(path, "SELECT starts_at, ends_at FROM workshop") == [
        ("2027-02-09 08:15:00.000000", "2027-02-09 16:30:00.000000")
    ]
