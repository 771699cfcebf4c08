"""A figure the business case refuses stays as typed, outlined, with its message, while the
facilitator goes on to the next figure: it vanished without a word as soon as the next one
was stored (»4 år« in »Antal år«, then today's cost: the years field was empty again)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import add_card, alt_for, new_workshop_on_delivery
from tests.journeys.real_input import Key, alt, ctrl, press, type_text

YEARS_HINT = "Skriv et helt antal år fra 1 til 50, eller lad feltet stå tomt. Intet blev gemt."


@pytest.mark.parametrize("lang", ["da"], indirect=True)
def test_a_refused_figure_stays_as_typed_while_the_next_is_stored(
    journey_window: MainWindow, picker: FilePicker, qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    path = tmp_path / "Afvist.tvaers"
    tab = new_workshop_on_delivery(journey_window, picker, qtbot, path, "Mentorstøtte")
    add_card(qtbot, tab, "Mentorstøtte")
    alt("3")  # Business case
    page = tab.case_page
    qtbot.waitUntil(page.isVisible)
    years = page.edits["case_years"]
    alt_for(years)
    type_text("fire")
    press(Key.Key_Tab)
    assert page.problem.isVisible() and page.problem.text() == YEARS_HINT
    type_text("700.000")  # today's cost a year: read and stored
    press(Key.Key_Tab)
    ctrl("s")
    sql = "SELECT case_years, case_baseline_dkk FROM service"
    assert read_saved(path, sql) == [(None, 700_000)]
    assert years.text() == "fire", "what was typed and refused is still there to correct"
    assert page.problem.isVisible() and page.problem.text() == YEARS_HINT

    alt_for(years)  # corrected: stored, and the message goes
    ctrl("a")
    type_text("4")
    press(Key.Key_Tab)
    ctrl("s")
    assert read_saved(path, sql) == [(4, 700_000)]
    assert not page.problem.isVisible()
