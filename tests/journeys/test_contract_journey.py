"""The contract of a service recorded by keyboard only on the whole window (issue 20,
part 1): Alt+2 to the Contract page, the fields by their Alt letters and Tab, the calendar
worked back at once, saved with Ctrl+S, opened again, and the minutes exported with the
section "Kontrakter og udbudskalender" in them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.export.minutes import SECTIONS
from desktop.storage.document import create_document
from desktop.ui.export_dialog import MinutesDialog
from desktop.ui.main_window import MainWindow
from tests.export.pdf_reading import Pdf
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import (
    alt_for,
    delivery,
    in_dialog,
    open_workshop,
    show_tab,
    titles,
    when_message_box,
)
from tests.journeys.real_input import Key, alt, ctrl, focused, press, type_text, when_modal

KEEP = ("cover", "contracts")
SUPPLIER = "Kørselsfirmaet <Syd> & Co ApS"


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_a_contract_by_keyboard_is_saved_reopened_and_in_the_minutes(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # no PDF reader
    win = journey_window
    path = tmp_path / "Kontrakt.tvaers"
    out = tmp_path / "referat.pdf"
    create_document(path, title="Kørsel").close()
    open_workshop(win, picker, qtbot, path)
    show_tab(win, qtbot, "delivery")
    tab = delivery(win)
    alt_for(tab.add_button)
    qtbot.waitUntil(lambda: len(titles(tab, "undecided")) == 1 and tab.editor.title.hasFocus())
    type_text("Kørsel til genoptræning")
    press(Key.Key_Tab)

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

    before = win.current
    open_workshop(win, picker, qtbot, path)
    assert win.current is not before
    show_tab(win, qtbot, "delivery")
    tab = delivery(win)
    tab.select_service(tab.board.columns["undecided"][0].id)  # type: ignore[union-attr]
    page = tab.contract_page
    assert page.current_supplier.text() == SUPPLIER
    assert page.contract_end.text() == "31.03.2027"
    assert page.current_contract_typed.text() == "2+1"

    @in_dialog(qtbot)
    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog)
        boxes = dialog.section_boxes
        for key in list(SECTIONS)[1:]:
            press(Key.Key_Tab)
            assert focused() is boxes[key]
            if key not in KEEP:
                press(Key.Key_Space)
        alt_for(dialog.path)
        type_text(str(out))
        press(Key.Key_Return)

    def close(box: QMessageBox) -> None:
        press(Key.Key_Escape)

    when_modal(choose)
    when_message_box(qtbot, close)
    ctrl("p")
    qtbot.waitUntil(
        lambda: out.exists() and QApplication.activeModalWidget() is None, timeout=30_000
    )
    text = Pdf.of(out).text()
    assert SECTIONS["contracts"].title("da") in text  # the minutes' language: Danish
    assert SUPPLIER in text
    assert "Annoncér senest 12.11.2026" in text
    assert "antaget EU-udbud" in text
