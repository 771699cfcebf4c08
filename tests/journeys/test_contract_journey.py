"""The contract of a service recorded by keyboard only on the whole window (issue 20,
part 1): Alt+2 to the Contract page, the fields by their Alt letters and Tab, the calendar
worked back at once, saved with Ctrl+S, opened again, and the minutes exported with the
section "Kontrakter og udbudskalender" in them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.export.minutes import SECTIONS
from desktop.ui.main_window import MainWindow
from tests.export.pdf_reading import Pdf
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import (
    add_card,
    alt_for,
    export_minutes,
    new_workshop_on_delivery,
    reopen_on_delivery,
)
from tests.journeys.real_input import Key, alt, ctrl, focused, press, type_text

KEEP = ("cover", "contracts")
SUPPLIER = "Kørselsfirmaet <Syd> & Co ApS"


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_a_contract_by_keyboard_is_saved_reopened_and_in_the_minutes(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    no_pdf_reader: list[str],
    lang: str,
) -> None:
    win = journey_window
    path = tmp_path / "Kontrakt.tvaers"
    out = tmp_path / "referat.pdf"
    tab = new_workshop_on_delivery(win, picker, qtbot, path, "Kørsel")
    add_card(qtbot, tab, "Kørsel til genoptræning")

    alt("2")  # the panel's second page: Kontrakt / Contract
    page = tab.contract_page
    qtbot.waitUntil(page.isVisible)
    alt_for(page.current_supplier)
    type_text(SUPPLIER)
    press(Key.Key_Tab)
    type_text("1.4.2024")  # contract start
    press(Key.Key_Tab)
    type_text("31.03.2027")  # contract end
    press(Key.Key_Tab)
    type_text("2+1")
    press(Key.Key_Tab)
    type_text("1")  # options used
    press(Key.Key_Tab)
    type_text("3")  # notice in months
    press(Key.Key_Tab)
    assert focused() is page.agreement

    # The calendar at once: undecided, so a full EU tender is assumed (and said).
    assert page.calendar is not None and page.calendar.assumed
    assert page.calendar.delivery_start == date(2027, 4, 1)
    assert page.calendar.latest_announcement == date(2026, 11, 12)  # 140 days before
    assert "12.11.2026" in page.calendar_text.text()
    ctrl("z")  # the notice undone, exactly
    assert page.notice_months.text() == ""
    ctrl("y")
    assert page.notice_months.text() == "3"

    ctrl("s")
    assert read_saved(
        path,
        "SELECT current_supplier, contract_start, contract_end, current_contract_typed, "
        "options_used, notice_months FROM service",
    ) == [(SUPPLIER, "2024-04-01", "2027-03-31", "2+1", 1, 3)]

    tab = reopen_on_delivery(win, picker, qtbot, path)
    tab.select_service(tab.board.columns["undecided"][0].id)  # type: ignore[union-attr]
    page = tab.contract_page
    assert page.current_supplier.text() == SUPPLIER
    assert page.contract_end.text() == "31.03.2027"
    assert page.current_contract_typed.text() == "2+1"

    export_minutes(qtbot, KEEP, out)
    text = Pdf.of(out).text()
    assert SECTIONS["contracts"].title("da") in text  # the minutes' language: Danish
    assert SUPPLIER in text
    assert "Annoncér senest 12.11.2026" in text
    assert "antaget EU-udbud" in text
