"""The market dialogue as a facilitator logs it, keys only, in the whole window: a card, its
Market dialogue page (Alt+4), two meetings (Alt+M), a piece of information (Alt+O) ticked
at one supplier's meeting (Tab, Space), the equal-treatment warning, "Giv til alle"
(Alt+G), saved (Ctrl+S), opened again, and the dialogue handout exported (Ctrl+P)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.delivery_tab.board_model import MARK_ROLE
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.export_dialog import MinutesDialog
from desktop.ui.main_window import MainWindow
from tests.export.pdf_reading import Pdf
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import (
    add_card,
    alt_for,
    card_centre,
    card_view,
    in_dialog,
    new_workshop_on_delivery,
    reopen_on_delivery,
)
from tests.journeys.real_input import (
    Key,
    alt,
    click,
    ctrl,
    focused,
    press,
    type_text,
    when_modal,
)

SERVICE = "Psykologbistand"
TOLD = "Budgettet er <2 mio. & fast"


def dialogue_page_by_keys(qtbot: QtBot, tab: DeliveryTab) -> None:
    """Alt+<the page's number> shows the Market dialogue page."""
    pages = tab.details
    at = next(i for i in range(pages.count()) if pages.widget(i).widget() is tab.dialogue_page)
    alt(str(at + 1))
    qtbot.waitUntil(lambda: pages.currentIndex() == at)


def meeting(qtbot: QtBot, tab: DeliveryTab, supplier: str) -> None:
    page = tab.dialogue_page
    before = page.meeting_model.rowCount()
    alt_for(page.meetings.add_button)
    qtbot.waitUntil(lambda: page.meeting_model.rowCount() == before + 1)
    type_text(supplier)  # the new meeting's supplier cell is open for typing
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: page.meeting_model.rows[before]["supplier"] == supplier)


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_log_a_dialogue_warn_give_to_all_save_reopen_and_export(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    pdf_reader: list[str],
    lang: str,
) -> None:
    win = journey_window
    path = tmp_path / "Dialog.tvaers"
    tab = new_workshop_on_delivery(win, picker, qtbot, path, "Markedsdialog i jobcentret")
    add_card(qtbot, tab, SERVICE)

    dialogue_page_by_keys(qtbot, tab)
    page = tab.dialogue_page
    meeting(qtbot, tab, "Aktiv Vej ApS")
    meeting(qtbot, tab, "Bedre Rent A/S")

    alt_for(page.infos.add_button)
    qtbot.waitUntil(lambda: page.info_model.rowCount() == 1)
    type_text(TOLD)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: page.info_model.rows[0]["text"] == TOLD)
    # The row's text cell has the keyboard: Tab to the first meeting's tick, Space.
    assert focused() is page.infos.view
    press(Key.Key_Tab)
    assert page.infos.view.currentIndex().column() == 1
    press(Key.Key_Space)
    qtbot.waitUntil(lambda: len(page.warnings) == 1)
    warning = page.warning_texts()[0]
    assert "Aktiv Vej ApS" in warning and "Bedre Rent A/S" in warning
    card = tab.columns["undecided"].model.index(0)
    assert card.data(MARK_ROLE)  # the card on the board is marked too

    assert page.warnings[0][1].isVisible()
    alt_for(page.warnings[0][1])  # Giv til alle / Give to all
    qtbot.waitUntil(lambda: not page.warnings)
    assert not card.data(MARK_ROLE)
    ctrl("z")
    qtbot.waitUntil(lambda: len(page.warnings) == 1)
    ctrl("y")
    qtbot.waitUntil(lambda: not page.warnings)

    ctrl("s")
    assert read_saved(path, "SELECT supplier FROM dialogue_meeting ORDER BY position") == [
        ("Aktiv Vej ApS",),
        ("Bedre Rent A/S",),
    ]
    assert read_saved(path, "SELECT text, shared_on FROM dialogue_info") == [
        (TOLD, date.today().isoformat())
    ]
    assert len(read_saved(path, "SELECT * FROM dialogue_told")) == 1

    tab = reopen_on_delivery(win, picker, qtbot, path)
    click(card_view(tab, "undecided").viewport(), card_centre(tab, "undecided", 0))
    dialogue_page_by_keys(qtbot, tab)
    page = tab.dialogue_page
    assert [r["supplier"] for r in page.meeting_model.rows] == ["Aktiv Vej ApS", "Bedre Rent A/S"]
    assert page.info_model.rows[0]["shared_on"] == date.today()
    assert not page.warnings

    label = (
        "Uddelingsark: markedsdialog til offentliggørelse (A4)"
        if lang == "da"
        else "Handout: the market dialogue, to publish (A4)"
    )

    @in_dialog(qtbot)
    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog)
        alt_for(dialog.document)
        while dialog.document.currentText() != label:
            at = dialog.document.currentIndex()
            press(Key.Key_Down)
            assert dialog.document.currentIndex() != at, "the handout is not offered"
        press(Key.Key_Return)

    when_modal(choose)
    ctrl("p")
    qtbot.waitUntil(lambda: bool(pdf_reader), timeout=30_000)
    text = Pdf.of(Path(pdf_reader[0])).text()
    assert "Markedsdialog – resumé" in text  # in the workshop's language, whatever the UI's
    assert TOLD in text and "Bedre Rent A/S" in text
