"""The CPV picker: all of CPV 2008, searched with the keyboard, with its marks and counts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import install_translators
from desktop.ui import dialogs
from desktop.ui.delivery_tab.cpv_dialog import MAX_SHOWN, CpvDialog


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")  # English plural forms ("1 code")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _dialog(qtbot: QtBot, lang: str, current: str = "") -> CpvDialog:
    dialog = CpvDialog(current, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(dialog: CpvDialog, text: str) -> None:
    dialog.search.clear()
    QTest.keyClicks(dialog.search, text)


def _codes(dialog: CpvDialog) -> list[str]:
    items = [dialog.results.item(row) for row in range(dialog.results.count())]
    return [
        item.data(Qt.ItemDataRole.UserRole) for item in items if item.data(Qt.ItemDataRole.UserRole)
    ]


def test_empty_search_lists_the_annex_xiv_codes_under_their_headings(
    qtbot: QtBot, danish: None
) -> None:
    dialog = _dialog(qtbot, "da")
    codes = _codes(dialog)
    assert len(codes) == len(set(codes)) == 423  # every CPV 2008 code that Annex XIV covers
    assert dialog.results.count() == 423 + 15  # and a heading for each of its 15 rows
    heading = dialog.results.item(0)
    assert heading.text() == "Sundhedsydelser, sociale ydelser og dertil knyttede tjenesteydelser"
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert codes[0] == "75200000"  # row 1 first, in code order within the row
    assert all("· Bilag XIV – light-regime" in dialog.results.item(row).text()
               for row in range(1, dialog.results.count())
               if dialog.results.item(row).flags() & Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
    assert dialog.count.text() == (
        "423 koder i bilag XIV (light-regime) – skriv for at søge i alle CPV-koder"
    )
    assert dialog.chosen_code() == "75200000-8"  # the first code, not the heading


def test_arrow_keys_step_over_the_headings(qtbot: QtBot, danish: None) -> None:
    dialog = _dialog(qtbot, "da")
    codes = [
        dialog.results.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(dialog.results.count())
    ]
    last_of_row_1 = codes.index("98514000")
    assert codes[last_of_row_1 + 1] is None  # the heading of row 2
    dialog.results.setCurrentRow(last_of_row_1)
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.chosen_code() == "75000000-6"  # row 2's first code
    QTest.keyClick(dialog.search, Qt.Key.Key_Up)
    assert dialog.chosen_code() == "98514000-9"
    dialog.results.setCurrentRow(1)
    QTest.keyClick(dialog.search, Qt.Key.Key_Up)  # the heading above cannot be chosen
    assert dialog.chosen_code() == "75200000-8"


def test_typing_searches_the_whole_vocabulary_and_enter_chooses(qtbot: QtBot, danish: None) -> None:
    dialog = _dialog(qtbot, "da")
    _type(dialog, "counselling")
    assert dialog.chosen_code() == "85312320-8"
    assert dialog.count.text() == "2 koder"
    _type(dialog, "sprogkurser")
    assert dialog.count.text() == "1 kode"
    assert dialog.results.item(0).text() == (
        "80580000   Afholdelse af sprogkurser   · Bilag XIV – light-regime\n"
        "            Provision of language courses"
    )
    _type(dialog, "motorkøretøjer")  # goods: not a service at all
    assert dialog.results.item(0).text().startswith("34100000   Motorkøretøjer   · Varer\n")
    _type(dialog, "8059")
    assert dialog.chosen_code() == "80590000-6"
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == CpvDialog.DialogCode.Accepted
    assert dialog.chosen_code() == "80590000-6"


def test_marks_works_supplies_and_no_mark_for_ordinary_services(qtbot: QtBot, danish: None) -> None:
    dialog = _dialog(qtbot, "da")
    _type(dialog, "45210000")
    assert dialog.results.item(0).text().startswith("45210000   ")
    assert dialog.results.item(0).text().split("\n")[0].endswith("· Bygge- og anlæg")
    _type(dialog, "72000000")  # IT services: outside Annex XIV, no mark
    first_line = dialog.results.item(0).text().split("\n")[0]
    assert first_line.startswith("72000000   ") and "·" not in first_line
    _type(dialog, "48000000")
    assert dialog.results.item(0).text().split("\n")[0].endswith("· Varer")


def test_a_broad_search_shows_at_most_200_and_asks_for_more(qtbot: QtBot, danish: None) -> None:
    dialog = _dialog(qtbot, "da")
    _type(dialog, "a")
    assert dialog.results.count() == MAX_SHOWN == 200
    assert dialog.count.text() == "Viser 200 af 8.261 koder – skriv mere for at indsnævre"
    _type(dialog, "findes ikke")
    assert dialog.results.count() == 0
    assert dialog.chosen_code() is None
    assert dialog.count.text() == "0 koder"


def test_arrow_keys_in_the_search_field_move_in_the_results(qtbot: QtBot, danish: None) -> None:
    dialog = _dialog(qtbot, "da")
    _type(dialog, "counselling")
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.chosen_code() == "85312300-2"  # Vejledning og rådgivning
    assert dialog.focusWidget() is dialog.search  # typing goes on in the search field
    QTest.keyClick(dialog.search, Qt.Key.Key_Up)
    assert dialog.chosen_code() == "85312320-8"
    QTest.keyClick(dialog.search, Qt.Key.Key_Up)  # stays on the first
    assert dialog.results.currentRow() == 0
    _type(dialog, "a")
    QTest.keyClick(dialog.search, Qt.Key.Key_PageDown)
    assert dialog.results.currentRow() > 1  # a page further
    QTest.keyClick(dialog.search, Qt.Key.Key_PageUp)
    assert dialog.results.currentRow() == 0


def test_the_current_code_is_selected_or_searched_for(qtbot: QtBot, danish: None) -> None:
    light = _dialog(qtbot, "da", "85312320-8")
    assert light.search.text() == ""
    assert light.chosen_code() == "85312320-8"
    other = _dialog(qtbot, "da", "72000000")
    assert other.search.text() == "72000000"
    assert other.chosen_code() == "72000000"
    QTest.keyClicks(other.search, "sprogkurser")  # the selected code is replaced
    assert other.chosen_code() == "80580000"


def test_english_ui_shows_english_first_and_english_counts(qtbot: QtBot, english: None) -> None:
    dialog = _dialog(qtbot, "en")
    assert dialog.count.text() == (
        "423 codes in Annex XIV (light regime) – type to search all CPV codes"
    )
    _type(dialog, "sprogkurser")
    assert dialog.results.item(0).text() == (
        "80580000   Provision of language courses   · Annex XIV – light regime\n"
        "            Afholdelse af sprogkurser"
    )
    assert dialog.count.text() == "1 code"
    _type(dialog, "a")
    assert dialog.count.text() == "Showing 200 of 8,261 codes – type more to narrow the search"
    _type(dialog, "45210000")
    assert dialog.results.item(0).text().split("\n")[0].endswith("· Works")


def test_ask_cpv_code_returns_the_chosen_code_or_none(
    qtbot: QtBot, danish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose(self: CpvDialog) -> int:
        QTest.keyClicks(self.search, "erhvervsrevalidering")
        return CpvDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CpvDialog, "exec", choose)
    assert dialogs.ask_cpv_code(None, "", "da") == "85312510-7"
    monkeypatch.setattr(CpvDialog, "exec", lambda self: CpvDialog.DialogCode.Rejected.value)
    assert dialogs.ask_cpv_code(None, "", "da") is None
