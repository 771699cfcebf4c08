"""Minutes exported as a facilitator does it, keys only: Ctrl+P, sections chosen with Tab
and Space, the file named, Enter; on a computer where no program opens PDF files, the app
says where the file is and copies its path on Alt+K."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.export.minutes import SECTIONS
from desktop.storage.document import create_document
from desktop.ui.export_dialog import MinutesDialog
from desktop.ui.main_window import MainWindow
from tests.export.pdf_reading import Pdf
from tests.journeys.conftest import FilePicker
from tests.journeys.delivery_steps import (
    alt_for,
    delivery,
    in_dialog,
    open_workshop,
    show_tab,
    titles,
    when_message_box,
)
from tests.journeys.real_input import Key, ctrl, focused, press, type_text, when_modal

TITLE = "Mentorstøtte i jobcentret"
SERVICE = "Kørsel til genoptræning, Ærø & Thurø"
KEEP = ("cover", "delivery")


@pytest.fixture
def no_pdf_reader(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A computer where no program opens a PDF (or a folder): openUrl says False."""
    asked: list[str] = []

    def open_url(url: object) -> bool:
        asked.append(url.toLocalFile())  # type: ignore[attr-defined]
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return asked


def test_minutes_with_chosen_sections_and_no_pdf_reader(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    no_pdf_reader: list[str],
) -> None:
    win = journey_window
    path = tmp_path / "Referat.tvaers"
    out = tmp_path / "ud" / "referat fra workshoppen.pdf"
    out.parent.mkdir()
    create_document(path, title=TITLE).close()
    open_workshop(win, picker, qtbot, path)
    show_tab(win, qtbot, "delivery")
    tab = delivery(win)
    alt_for(tab.add_button)
    qtbot.waitUntil(lambda: len(titles(tab, "undecided")) == 1 and tab.editor.title.hasFocus())
    type_text(SERVICE)
    alt_for(tab.editor.annual_cost_dkk)
    type_text("500.000")
    alt_for(tab.editor.contract_years)
    type_text("2+1+1")
    press(Key.Key_Tab)

    chosen: dict[str, bool] = {}

    @in_dialog(qtbot)
    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog)
        boxes = dialog.section_boxes
        assert focused() is boxes["cover"]  # the dialog opens on the first section
        for key in list(SECTIONS)[1:]:
            press(Key.Key_Tab)
            assert focused() is boxes[key]
            if key not in KEEP:
                press(Key.Key_Space)
        chosen.update({key: box.isChecked() for key, box in boxes.items()})
        alt_for(dialog.path)  # "Gem som": the path is selected, typing replaces it
        type_text(str(out))
        press(Key.Key_Return)  # the default button: Eksportér

    said: list[str] = []

    def copy_path(box: QMessageBox) -> None:
        said.append(box.text())
        (copy,) = [b for b in box.buttons() if "Kopiér" in b.text()]
        alt_for(copy)

    when_modal(choose)
    when_message_box(qtbot, copy_path)
    ctrl("p")
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == str(out), timeout=30_000)

    assert chosen == {key: key in KEEP for key in SECTIONS}
    assert no_pdf_reader == [str(out)]  # the PDF was offered to the system, which said no
    (message,) = said
    assert str(out) in message
    assert "ikke noget program" in message
    text = Pdf.of(out).text()
    assert TITLE in text
    assert SERVICE in text
    assert "2+1+1 år" in text
    assert SECTIONS["delivery"].title("da") in text
    for key in set(SECTIONS) - set(KEEP):
        assert SECTIONS[key].title("da") not in text, key


def test_a_signature_sheet_from_the_file_menu_with_keys(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 17, item 6: Ctrl+P (File › Eksportér referat og uddelingsark…), the signature sheet
    chosen with Alt+H and the arrow keys, Enter: the PDF is written where it was suggested,
    beside the workshop, and shown."""
    win = journey_window
    path = tmp_path / "Underskrift.tvaers"
    create_document(path, title=TITLE).close()
    open_workshop(win, picker, qtbot, path)
    shown: list[str] = []

    def open_url(url: Any) -> bool:
        shown.append(url.toLocalFile())
        return True  # a PDF reader took it

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)

    chosen: list[Path] = []

    @in_dialog(qtbot)
    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog)
        alt_for(dialog.document)  # "Hvad skal eksporteres"
        for _ in range(3):  # Referat, fælles sprog, arbejdsark, underskriftsark
            press(Key.Key_Down)
        assert dialog.document.currentText() == "Uddelingsark: underskriftsark (A4)"
        assert dialog.sections_box.isHidden()
        chosen.append(Path(dialog.path.text()))
        press(Key.Key_Return)

    file_menu = win.menuBar().actions()[0].menu()
    assert file_menu is not None and win.export_action in file_menu.actions()
    assert win.export_action.text() == "&Eksportér referat og uddelingsark…"
    when_modal(choose)
    ctrl("p")  # the File menu's export action
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)

    (out,) = chosen
    assert out.name.endswith("Underskriftsark.pdf") and out.parent == tmp_path
    assert shown == [str(out)]
    text = Pdf.of(out).text()
    assert "Underskriftsark" in text and TITLE in text
