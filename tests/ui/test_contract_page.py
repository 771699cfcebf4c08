"""The Contract page beside the board (issue 20, part 1), driven by keys and clicks: a
contract typed in, the calendar worked back from it, undo exact, and everything kept
through save, close and reopen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import delivery
from desktop.core import tender_calendar as tc
from desktop.core.contracts import CONTRACT_FIELDS
from desktop.core.delivery_models import Placement
from desktop.core.values import TenderRegime, TenderStep
from desktop.storage.document import WorkshopDocument, open_document
from desktop.ui.delivery_tab import timeline_view
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.open_workshop import OpenWorkshop
from tests.ui.delivery_pages import delivery_tab, new_document

TODAY = date(2027, 2, 9)


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    yield from new_document(tmp_path / "kontrakt.tvaers", "Kontrakt")


def _tab(qtbot: QtBot, doc: WorkshopDocument) -> DeliveryTab:
    tab = delivery_tab(qtbot, OpenWorkshop(doc), active=False)
    tab.contract_page.today = lambda: TODAY  # before any service is shown
    return tab


def _stored(tab: DeliveryTab, service_id: str) -> dict[str, object]:
    service = tab.workshop.read(lambda s: delivery.get_service(s, service_id=service_id))
    return {name: getattr(service, name) for name in CONTRACT_FIELDS}


def _to_contract_page(tab: DeliveryTab, qtbot: QtBot, service_id: str) -> None:
    tab.select_service(service_id, focus=True)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    focused = tab.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2: Kontrakt
    assert tab.details.currentIndex() == 1


def test_a_contract_typed_by_keys_gives_its_calendar_and_undo_restores_exactly(
    qtbot: QtBot, doc: WorkshopDocument, danish: None, tmp_path: Path
) -> None:
    with doc.session() as s:
        service = delivery.add_service(
            s,
            title="Danskundervisning <&>",
            placement=Placement.EXTERNAL.value,
            annual_cost_dkk=1_800_000,
            contract_years_typed="2+1+1",
            cpv_code="80580000-3",  # language courses: Annex XIV, the light regime
        )
    tab = _tab(qtbot, doc)
    page = tab.contract_page
    _to_contract_page(tab, qtbot, service.id)
    before = _stored(tab, service.id)
    assert page.calendar is None

    focused = tab.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # "&Leverandør"
    typed = (
        (page.current_supplier, "Sprogskolen <&> A/S"),
        (page.contract_start, "1.8.2023"),
        (page.contract_end, "31.07.2027"),
        (page.current_contract_typed, "2+1+1"),
        (page.options_used, "1"),
        (page.notice_months, "6"),
    )
    for edit, text in typed:  # each field in the Tab order, typed and left with Tab
        assert edit.hasFocus(), edit.objectName() or text
        QTest.keyClicks(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert page.agreement.hasFocus()

    stored = _stored(tab, service.id)
    assert stored["current_supplier"] == "Sprogskolen <&> A/S"
    assert stored["contract_start"] == "2023-08-01"
    assert stored["contract_end"] == "2027-07-31"
    assert stored["current_contract_typed"] == "2+1+1"
    assert (stored["options_used"], stored["notice_months"]) == (1, 6)
    assert "1" in page.options_left.text()  # one option remains
    assert page.calendar is not None
    assert page.calendar.regime is TenderRegime.LIGHT and not page.calendar.assumed
    assert page.calendar.delivery_start == date(2027, 8, 1)
    assert page.calendar.latest_announcement == date(2027, 3, 24)
    assert "<b>Annoncér senest: 24.03.2027</b>" in page.calendar_text.text()
    assert page.heading.text() == "Kontrakt for »Danskundervisning <&>«"
    assert "31.01.2027" in page.dates.text()  # the last day to give notice

    # Not a number of options: marked, nothing stored.
    page.options_used.setFocus()
    page.options_used.selectAll()
    QTest.keyClicks(page.options_used, "to")
    QTest.keyClick(page.options_used, Qt.Key.Key_Return)
    assert page.problem.isVisible() and "border" in page.options_used.styleSheet()
    assert _stored(tab, service.id)["options_used"] == 1
    page.options_used.selectAll()
    QTest.keyClicks(page.options_used, "1")
    QTest.keyClick(page.options_used, Qt.Key.Key_Return)
    assert not page.problem.isVisible()

    # Not a day: the date field's own words, nothing stored; typed right again, no step.
    page.contract_end.setFocus()
    page.contract_end.selectAll()
    QTest.keyClicks(page.contract_end, "31.02.2027")
    QTest.keyClick(page.contract_end, Qt.Key.Key_Return)
    assert page.problem.isVisible() and "border" in page.contract_end.styleSheet()
    assert page.problem.text() == page.contract_end.error_text() != ""
    assert _stored(tab, service.id)["contract_end"] == "2027-07-31"
    page.contract_end.selectAll()
    QTest.keyClicks(page.contract_end, "31.07.2027")
    QTest.keyClick(page.contract_end, Qt.Key.Key_Return)
    assert not page.problem.isVisible()

    # A later delivery start moves the calendar.
    page.delivery_start.setFocus()
    QTest.keyClicks(page.delivery_start, "01.10.2027")
    QTest.keyClick(page.delivery_start, Qt.Key.Key_Return)
    assert page.calendar.latest_announcement == date(2027, 5, 24)

    # Every field left was one step: undo all of them and the card is as before.
    stack = tab.workshop.undo_stack
    assert stack.count() == 7
    while stack.canUndo():
        stack.undo()
    assert _stored(tab, service.id) == before
    assert page.calendar is None
    assert page.contract_end.text() == ""
    while stack.canRedo():
        stack.redo()
    tab.workshop.save()
    doc.close()

    again = open_document(tmp_path / "kontrakt.tvaers")
    try:
        reopened = _tab(qtbot, again)
        reopened.select_service(service.id)
        page = reopened.contract_page
        assert page.current_supplier.text() == "Sprogskolen <&> A/S"
        assert page.contract_end.text() == "31.07.2027"
        assert page.delivery_start.text() == "01.10.2027"
        assert page.calendar is not None
        assert page.calendar.latest_announcement == date(2027, 5, 24)
    finally:
        again.close(save=False)


def test_lead_times_change_one_step_each_and_reset_to_default(
    qtbot: QtBot, doc: WorkshopDocument, danish: None
) -> None:
    with doc.session() as s:
        service = delivery.add_service(s, title="Psykologbistand", contract_end="2027-06-30")
    tab = _tab(qtbot, doc)
    page = tab.contract_page
    _to_contract_page(tab, qtbot, service.id)
    assert page.calendar is not None and page.calendar.assumed  # undecided: full EU assumed
    latest = page.calendar.latest_announcement
    assert page.lead_box.isHidden()
    focused = tab.focusWidget()
    assert focused is not None
    # "Ret &gennemløbstider…": Qt clicks a button's Alt letter after a short animation.
    QTest.keyClick(focused, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.lead_box.isVisible)
    assert page.lead_table.hasFocus()
    row = tc.STEPS.index(TenderStep.TENDER_PERIOD)
    column = tc.REGIMES.index(TenderRegime.FULL_EU)
    page.lead_table.setCurrentCell(row, column)
    QTest.keyClick(page.lead_table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not page.lead_table, editor
    editor.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(editor, "50")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # Qt commits a cell's editor a moment later

    def days() -> int:
        return tab.workshop.read(tc.read_lead_times)[TenderRegime.FULL_EU][
            TenderStep.TENDER_PERIOD
        ].days

    qtbot.waitUntil(lambda: days() == 50)
    assert page.calendar.latest_announcement == latest - timedelta(days=10)  # 40 -> 50 days
    assert page.lead_table.item(row, column).font().bold()
    page.lead_table.setCurrentCell(row, column)
    page.reset_button.click()
    assert (
        tab.workshop.read(tc.read_lead_times)[TenderRegime.FULL_EU][TenderStep.TENDER_PERIOD].days
        == tc.DEFAULT_DAYS[TenderRegime.FULL_EU][TenderStep.TENDER_PERIOD]
    )
    assert page.calendar.latest_announcement == latest
    tab.workshop.undo_stack.undo()  # the reset undone: 50 again
    assert page.calendar.latest_announcement != latest
    tab.workshop.undo_stack.undo()
    assert page.calendar.latest_announcement == latest
    assert not page.lead_table.item(row, column).font().bold()


def test_the_time_line_opens_from_the_board_and_draws_every_contract(
    qtbot: QtBot,
    doc: WorkshopDocument,
    danish: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with doc.session() as s:
        delivery.add_service(s, title="A", contract_end="2027-06-30", notice_months=3)
        delivery.add_service(s, title="B", contract_start="2026-01-01", contract_end="2026-12-31")
        delivery.add_service(s, title="Uden")
    tab = _tab(qtbot, doc)
    focused = tab.focusWidget() or tab
    with qtbot.waitActive(tab):
        tab.activateWindow()
    QTest.keyClick(
        tab.focusWidget() or focused,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window = tab.contract_page._timeline
    assert window is not None and window.isVisible()
    line = window.canvas.geometry_  # type: ignore[attr-defined]
    assert [row.title for row in line.rows] == ["A", "B"]
    image = window.canvas.grab().toImage()
    assert image.width() > 700

    # Save as CSV: the path asked for (answered here), the file written.
    out = tmp_path / "udbudskalender.csv"
    monkeypatch.setattr(timeline_view, "ask_csv_path", lambda _parent, _name: out)
    window.csv_button.click()  # type: ignore[attr-defined]
    assert out.read_bytes().decode("utf-8-sig").startswith('"Ydelse";"Regime"')
    window.close()


def test_a_read_only_workshop_shows_the_contract_but_takes_no_edit(
    qtbot: QtBot, doc: WorkshopDocument, danish: None, tmp_path: Path
) -> None:
    with doc.session() as s:
        service = delivery.add_service(s, title="Læst", contract_end="2027-06-30")
    doc.save()
    doc.close()
    readonly = open_document(tmp_path / "kontrakt.tvaers", read_only=True)
    try:
        tab = _tab(qtbot, readonly)
        tab.select_service(service.id)
        page = tab.contract_page
        assert page.contract_end.text() == "30.06.2027"
        assert page.contract_end.isReadOnly() and page.current_supplier.isReadOnly()
        assert not page.agreement.isEnabled()
        item = page.lead_table.item(0, 0)
        assert not item.flags() & Qt.ItemFlag.ItemIsEditable
        assert page.calendar is not None
    finally:
        readonly.close(save=False)
