"""Minutes exported as a facilitator does it, keys only: Ctrl+P, sections chosen with Tab
and Space, the file named, Enter; on a computer where no program opens PDF files, the app
says where the file is and copies its path on Alt+K."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.export.minutes import SECTIONS
from desktop.storage.document import create_document
from desktop.ui.export_dialog import MinutesDialog
from desktop.ui.main_window import MainWindow
from tests.export.pdf_reading import Pdf
from tests.journeys.conftest import FilePicker
from tests.journeys.delivery_steps import (
    add_card,
    alt_for,
    choose_sections,
    in_dialog,
    new_workshop_on_delivery,
    open_workshop,
    when_message_box,
)
from tests.journeys.real_input import Key, ctrl, press, when_modal

TITLE = "Mentorstøtte i jobcentret"
SERVICE = "Kørsel til genoptræning, Ærø & Thurø"
KEEP = ("cover", "delivery")


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
    tab = new_workshop_on_delivery(win, picker, qtbot, path, TITLE)
    add_card(qtbot, tab, SERVICE, "500.000", "2+1+1")

    chosen: dict[str, bool] = {}

    @in_dialog(qtbot)
    def choose(dialog: QWidget) -> None:
        chosen.update(choose_sections(dialog, KEEP, out))

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
    pdf_reader: list[str],
) -> None:
    """Issue 17, item 6: Ctrl+P (File › Eksportér referat og uddelingsark…), the signature sheet
    chosen with Alt+H and the arrow keys, Enter: the PDF is written where it was suggested,
    beside the workshop, and shown."""
    win = journey_window
    path = tmp_path / "Underskrift.tvaers"
    create_document(path, title=TITLE).close()
    open_workshop(win, picker, qtbot, path)
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
    qtbot.waitUntil(lambda: bool(pdf_reader), timeout=30_000)

    (out,) = chosen
    assert out.name.endswith("Underskriftsark.pdf") and out.parent == tmp_path
    assert pdf_reader == [str(out)]
    text = Pdf.of(out).text()
    assert "Underskriftsark" in text and TITLE in text
