"""Ny workshop with »Skift…« onto a file that is there already. The picker asked »… findes
allerede. Vil du erstatte den?«; after »Ja« and »Opret« Tværs refused (»Der findes allerede
en fil med navnet …«) once the dialog had closed, and everything typed in it was lost. Now a
new workshop's picker does not offer to replace, and the dialog says the name is taken and
stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop.storage.document import create_document
from desktop.ui.main_window import MainWindow
from desktop.ui.new_workshop_dialog import NewWorkshopDialog
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.real_input import Key, alt, click, press, type_text, when_modal
from tests.journeys.test_workshop_journey import settle
from tests.reliability.support import FileState

TAKEN = "Der findes allerede en fil med navnet »Mentorstøtte.tvaers«. Vælg et andet navn."


def _until(done: Callable[[], bool], ms: int = 5000) -> None:
    """A button's Alt letter clicks it after showing it pressed, on a timer: wait for what
    the click does, not a guessed 200 ms (a busy CI machine took longer once)."""
    waited = 0
    while not done() and waited < ms:
        QTest.qWait(20)
        waited += 20


def test_a_taken_file_chosen_with_skift_is_refused_at_once_and_nothing_typed_is_lost(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path
) -> None:
    win = journey_window
    taken = tmp_path / "Mentorstøtte.tvaers"
    create_document(taken, title="Den der var der før").close()
    before = FileState.of(taken)
    picker.save_path = taken  # what the person picks after »Skift…«
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        type_text("Mentorstøtte i jobcentret")
        press(Key.Key_Tab)
        type_text("Eksempel Kommune")
        alt("k")  # Skift…
        _until(lambda: bool(picker.errors))
        seen["said"] = list(picker.errors)
        seen["where"] = dialog.where.text()
        press(Key.Key_Return)  # Opret, where the dialog shows

    when_modal(fill)
    click(win.start.new_button)
    settle()
    assert seen["said"] == [TAKEN]
    assert str(taken) != seen["where"]
    assert win.current is not None, picker.errors
    made = win.current.document.path
    assert made != taken and str(made) == seen["where"]
    assert read_saved(made, "SELECT title, organisation FROM workshop") == [
        ("Mentorstøtte i jobcentret", "Eksempel Kommune")
    ]
    before.assert_unchanged(taken)


def test_a_file_made_meanwhile_at_the_chosen_name_keeps_the_dialog_open_with_what_was_typed(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path
) -> None:
    """Opret onto a name chosen with Skift… that another program took meanwhile: the dialog
    says so and stays, instead of closing and losing what was typed."""
    win = journey_window
    chosen = tmp_path / "Mentorstøtte.tvaers"
    picker.save_path = chosen
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        type_text("Mentorstøtte")
        press(Key.Key_Tab)
        type_text("Eksempel Kommune")
        alt("k")  # Skift…: the name is free
        _until(lambda: dialog.where.text() == str(chosen))
        seen["where"] = dialog.where.text()
        create_document(chosen, title="Den der kom imellem").close()  # another Tværs, say
        press(Key.Key_Return)  # Opret
        seen["open"] = dialog.isVisible()
        seen["typed"] = (dialog.title.text(), dialog.organisation.text())
        press(Key.Key_Escape)  # Annuller

    when_modal(fill)
    click(win.start.new_button)
    settle()
    assert seen["where"] == str(chosen)
    assert picker.errors == [TAKEN]
    assert seen["open"], "the dialog closed, and what was typed in it with it"
    assert seen["typed"] == ("Mentorstøtte", "Eksempel Kommune")
    assert win.current is None
