"""The new workshop's times typed as a facilitator types them: a click on »til« (or »fra«)
in the Ny workshop dialog and the time typed. A click left the cursor where it fell, after
the hours, and the hours typed were refused without a word: »16:30« typed over 15:00
became 15:30, and the workshop was made with the wrong time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from desktop.ui.main_window import MainWindow
from desktop.ui.new_workshop_dialog import NewWorkshopDialog
from tests.journeys.conftest import read_saved
from tests.journeys.real_input import Key, click, ctrl, press, type_text, when_modal
from tests.journeys.test_workshop_journey import settle


@pytest.mark.parametrize("select_all", [False, True], ids=["click", "click-ctrl-a"])
def test_times_typed_after_a_click_in_the_new_workshop_dialog_are_the_times_stored(
    journey_window: MainWindow, select_all: bool
) -> None:
    win = journey_window

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        type_text("Mentorstøtte")
        for edit, typed in ((dialog.ends, "16:30"), (dialog.starts, "8:15")):
            click(edit)  # the middle of the field, as a person aims
            if select_all:
                ctrl("a")
            type_text(typed)
        click(dialog.facilitator)
        type_text("Kim")
        press(Key.Key_Return)  # Opret

    when_modal(fill)
    click(win.start.new_button)
    assert win.current is not None, "the workshop was not made"
    win.activateWindow()
    settle()
    [(starts, ends)] = read_saved(
        win.current.document.path, "SELECT starts_at, ends_at FROM workshop"
    )
    assert (str(starts)[11:16], str(ends)[11:16]) == ("08:15", "16:30")
