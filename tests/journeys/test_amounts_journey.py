"""Amounts as each reader writes them (session 9): the English window says "DKK 1,234,567"
where the Danish one says "1.234.567 kr.", on the board, its cards and the service editor,
as the English minutes already did; an amount typed either way is stored as typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.delivery_tab.card_delegate import CardDelegate
from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import (
    add_card,
    alt_for,
    card_centre,
    card_view,
    new_workshop_on_delivery,
)
from tests.journeys.real_input import Key, click, ctrl, press, type_text

UND = "undecided"
# What each language's reader sees for 1,234,567 kr. a year over 4 years, and for 650,000.
SHOWN = {
    "da": ("1.234.567", "1.234.567 kr./år", "4.938.268 kr.", "650.000"),
    "en": ("1,234,567", "DKK 1,234,567/yr", "DKK 4,938,268", "650,000"),
}


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
@pytest.mark.parametrize("typed", ["1.234.567", "1,234,567", "DKK 1,234,567", "1234567 kr."])
def test_amounts_show_in_the_window_language_and_are_read_either_way(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    lang: str,
    typed: str,
) -> None:
    win = journey_window
    path = tmp_path / "Beløb.tvaers"
    tab = new_workshop_on_delivery(win, picker, qtbot, path, "Mentorstøtte i jobcentret")
    field, per_year, contract, edited = SHOWN[lang]

    add_card(qtbot, tab, "Mentorstøtte", typed, "4")
    click(card_view(tab, UND).viewport(), card_centre(tab, UND, 0))
    assert tab.editor.annual_cost_dkk.text() == field
    assert tab.editor.contract_value.text() == contract
    header = tab.columns[UND].totals.text()
    assert per_year in header and contract in header, header
    view = card_view(tab, UND)
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    card = delegate._lines(view.model().card_at(0))
    assert any(line.startswith(per_year) for line in card), card

    alt_for(tab.editor.annual_cost_dkk)  # what the field shows, typed over in its own way
    ctrl("a")
    type_text(edited)
    press(Key.Key_Tab)
    ctrl("s")
    assert read_saved(path, "SELECT annual_cost_dkk FROM service") == [(650_000,)]
    assert tab.editor.annual_cost_dkk.text() == edited


def test_a_card_without_a_cost_says_so_in_the_fields_own_words(
    journey_window: MainWindow, picker: FilePicker, qtbot: QtBot, tmp_path: Path
) -> None:
    """The field is »Anslået årlig udgift«; a card and a column without one say »Ingen
    anslået udgift«, »Ingen anslåede udgifter«, »1 uden anslået udgift«, not »pris«, the
    business case's word for the price paid when the service is bought."""
    win = journey_window
    tab = new_workshop_on_delivery(win, picker, qtbot, tmp_path / "Uden.tvaers", "Tolkning")
    add_card(qtbot, tab, "Tolkebistand")
    view = card_view(tab, UND)
    click(view.viewport(), card_centre(tab, UND, 0))
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    assert "Ingen anslået udgift" in delegate._lines(view.model().card_at(0))
    assert tab.columns[UND].totals.text().splitlines() == [
        "Ingen anslåede udgifter",
        "Kontrakt –",
        "1 uden anslået udgift",
    ]
