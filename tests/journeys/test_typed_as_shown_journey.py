"""A card says »1.234.567 kr./år · 4 år«: typed back into its fields the way it is shown, or
the way a Danish letter writes an amount (»kr. 1.234.567«), it is read, not refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import add_card, alt_for, new_workshop_on_delivery
from tests.journeys.real_input import Key, ctrl, press, type_text


@pytest.mark.parametrize(
    ("cost", "years", "stored"),
    [
        ("kr. 1.234.567", "3 år", (1_234_567, 3.0, "3")),
        ("1.234.567 kr./år", "2+1+1 år", (1_234_567, 4.0, "2+1+1")),
        ("1234567", "2 år + 2 år", (1_234_567, 4.0, "2 + 2")),
    ],
)
def test_cost_and_years_typed_as_a_card_shows_them_are_kept(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    cost: str,
    years: str,
    stored: tuple[int, float, str],
) -> None:
    path = tmp_path / "Som vist.tvaers"
    tab = new_workshop_on_delivery(journey_window, picker, qtbot, path, "Mentorstøtte")
    add_card(qtbot, tab, "Mentorstøtte", cost, years)
    ctrl("s")
    # kept without the unit: the card and the minutes add »år« themselves
    sql = "SELECT annual_cost_dkk, contract_years, contract_years_typed FROM service"
    assert read_saved(path, sql) == [stored]
    assert tab.editor.problem.isHidden() or not tab.editor.problem.text()

    # typed over with the unit as the card says it: still read
    alt_for(tab.editor.contract_years)
    ctrl("a")
    type_text("5 år")
    press(Key.Key_Tab)
    ctrl("s")
    assert read_saved(path, "SELECT contract_years FROM service") == [(5.0,)]
