"""The business case page beside the board, typed by keys: the figures, the sums over the
years, the room against today, undo, save and reopen, a bad amount, and the measures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core import business_case, delivery
from desktop.storage.document import WorkshopDocument, open_document
from desktop.ui.delivery_tab.business_case_page import BusinessCasePage
from desktop.ui.delivery_tab.commands import ScoreService
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.open_workshop import OpenWorkshop
from tests.core.service_builders import CASE_FIGURES
from tests.ui.delivery_pages import delivery_tab, new_document

FIGURES = {
    "case_years": "4",
    "case_baseline_dkk": "1.000.000",
    "case_fte": "1,5",
    "case_salary_dkk": "500.000",
    "case_overhead_percent": "10",
    "case_other_dkk": "50.000",
    "case_inhouse_once_dkk": "100.000",
    "case_external_dkk": "950.000",
    "case_external_once_dkk": "50.000",
}
STORED = CASE_FIGURES


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    yield from new_document(tmp_path / "case.tvaers", "Business case")


@pytest.fixture
def workshop(doc: WorkshopDocument) -> OpenWorkshop:
    return OpenWorkshop(doc)


def open_case(tab: DeliveryTab, title: str = "Jobafklaring", **fields: Any) -> BusinessCasePage:
    service = tab.workshop.read(
        lambda s: delivery.add_service(s, title=title, placement="internal", **fields)
    )
    tab.refresh()
    tab.select_service(service.id)
    page = tab.case_page
    tab.details.setCurrentIndex(tab.details.indexOf(page.parentWidget().parentWidget()))
    assert page.isVisible()
    return page


def open_new_case(
    qtbot: QtBot, workshop: OpenWorkshop, **fields: Any
) -> tuple[DeliveryTab, BusinessCasePage, str]:
    """The delivery tab shown, a new service's business case open on it, and the service's id."""
    tab = delivery_tab(qtbot, workshop)
    page = open_case(tab, **fields)
    assert page.service_id is not None
    return tab, page, page.service_id


def type_into(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def type_cell(page: BusinessCasePage, row: int, column: int, text: str) -> None:
    """Click a cell of the measures, F2, type and press Enter (the delegate commits on the
    next turn of the event loop)."""
    view = page.measures.view
    rect = view.visualRect(page.measures.model.index(row, column))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()][-1]
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def stored(tab: DeliveryTab, service_id: str) -> dict[str, Any]:
    return tab.workshop.read(lambda s: delivery.get_service(s, service_id=service_id).model_dump())


def case_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in (*business_case.CASE_FIELDS, "case_scores_cost")}


@pytest.mark.usefixtures("danish")
def test_typed_figures_give_the_sums_and_undo_restores_exactly(
    qtbot: QtBot, workshop: OpenWorkshop
) -> None:
    tab, page, sid = open_new_case(qtbot, workshop)
    before = case_fields(stored(tab, sid))
    for name, text in FIGURES.items():
        type_into(page.edits[name], text)
    assert {k: stored(tab, sid)[k] for k in STORED} == STORED
    # 4 years and the total: 1.500.000 x ... in-house 3.600.000, bought 3.850.000
    assert page.table.rowCount() == 5
    assert page.table.item(0, 1).text() == "975.000"  # year 1 with the one-off cost
    assert page.table.item(4, 1).text() == "3.600.000"
    assert page.table.item(4, 2).text() == "3.850.000"
    assert page.table.item(4, 3).text() == "4.000.000"
    assert page.difference.text() == "Intern levering er 250.000 kr. billigere end køb over 4 år."
    assert page.room.text().startswith("Råderum +400.000 kr. over 4 år")
    assert not page.missing.isVisible()
    # The board's column header shows the room too.
    assert "Råderum +400.000 kr. over 4 år" in tab.columns["internal"].totals.text()
    # Each figure is one step: undo them all, and the card is as it was.
    for _ in FIGURES:
        workshop.undo_stack.undo()
    assert case_fields(stored(tab, sid)) == before
    assert page.edits["case_years"].text() == ""
    assert page.room.text() == "" or "Råderum" not in page.room.text()
    for _ in FIGURES:
        workshop.undo_stack.redo()
    assert {k: stored(tab, sid)[k] for k in STORED} == STORED


@pytest.mark.usefixtures("danish")
def test_a_bad_amount_shows_a_plain_message_and_loses_nothing(
    qtbot: QtBot, workshop: OpenWorkshop
) -> None:
    tab, page, sid = open_new_case(qtbot, workshop, case_baseline_dkk=800_000)
    steps = workshop.undo_stack.count()
    type_into(page.edits["case_baseline_dkk"], "mange penge")
    assert page.problem.isVisible()
    assert "hele kroner" in page.problem.text() and "1.234.567" in page.problem.text()
    assert page.edits["case_baseline_dkk"].text() == "mange penge"  # what was typed stays
    assert "#c62828" in page.edits["case_baseline_dkk"].styleSheet()
    assert stored(tab, sid)["case_baseline_dkk"] == 800_000
    assert workshop.undo_stack.count() == steps
    type_into(page.edits["case_years"], "0")  # no years is not a number of years
    assert stored(tab, sid)["case_years"] is None and page.problem.isVisible()
    type_into(page.edits["case_baseline_dkk"], "900.000")
    assert stored(tab, sid)["case_baseline_dkk"] == 900_000
    assert not page.problem.isVisible()


@pytest.mark.usefixtures("danish")
def test_the_case_and_its_measures_survive_save_and_reopen(
    qtbot: QtBot, doc: WorkshopDocument, workshop: OpenWorkshop
) -> None:
    tab = delivery_tab(qtbot, workshop)
    page = open_case(tab)
    for name, text in FIGURES.items():
        type_into(page.edits[name], text)
    QTest.mouseClick(page.scores_cost, Qt.MouseButton.LeftButton)
    assert page.score_reason.isVisible()
    assert "Score 2 fra business casen" in page.score_reason.text()
    QTest.mouseClick(page.measures.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.measures.model.rowCount() == 1)
    editor = page.measures.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "Andel i job efter 6 mdr.")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    type_cell(page, 0, 1, "30 %")
    type_cell(page, 0, 2, "45 %")
    row = page.measures.model.rows[0]
    assert (row["name"], row["baseline"], row["target"], row["result"]) == (
        "Andel i job efter 6 mdr.",
        "30 %",
        "45 %",
        "",
    )
    sid = page.service_id
    doc.save()
    path = doc.path
    doc.close()
    reopened = open_document(path)
    try:
        again = delivery_tab(qtbot, OpenWorkshop(reopened))
        again.select_service(str(sid))
        shown = again.case_page
        assert {n: shown.edits[n].text() for n in FIGURES} == FIGURES
        assert shown.scores_cost.isChecked()
        assert shown.room.text().startswith("Råderum +400.000 kr. over 4 år")
        assert [r["target"] for r in shown.measures.model.rows] == ["45 %"]
    finally:
        reopened.close(save=False)


@pytest.mark.usefixtures("danish")
def test_measures_add_edit_delete_each_one_undo_step(qtbot: QtBot, workshop: OpenWorkshop) -> None:
    tab = delivery_tab(qtbot, workshop)
    page = open_case(tab)
    steps = workshop.undo_stack.count()
    QTest.mouseClick(page.measures.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.measures.model.rowCount() == 1)
    QTest.keyClicks(page.measures.view.focusWidget(), "Tilfredshed")
    QTest.keyClick(page.measures.view.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert workshop.undo_stack.count() == steps + 2
    assert page.measures.model.rows[0]["name"] == "Tilfredshed"
    page.measures.view.setFocus()
    QTest.keyClick(page.measures.view, Qt.Key.Key_Delete)
    assert page.measures.model.rowCount() == 0
    workshop.undo_stack.undo()
    assert page.measures.model.rows[0]["name"] == "Tilfredshed"
    workshop.undo_stack.undo()
    assert page.measures.model.rows[0]["name"] != "Tilfredshed"
    workshop.undo_stack.undo()
    assert page.measures.model.rowCount() == 0


@pytest.mark.usefixtures("danish")
def test_the_cost_score_from_the_case_is_read_only_on_the_card_with_its_reason(
    qtbot: QtBot, workshop: OpenWorkshop
) -> None:
    tab, page, sid = open_new_case(qtbot, workshop)
    criteria = {c["key"]: c for c in tab.board.criteria}  # type: ignore[union-attr]
    cost_box = tab.editor._score_boxes[str(criteria[business_case.COST_KEY]["id"])]
    for key, score in (("strategic_importance", 5), ("internal_capacity", 4), ("cost", 5)):
        workshop.push(ScoreService(workshop, sid, str(criteria[key]["id"]), score))
    assert cost_box.currentText() == "5" and cost_box.isEnabled()
    for name, text in FIGURES.items():
        type_into(page.edits[name], text)
    QTest.mouseClick(page.scores_cost, Qt.MouseButton.LeftButton)
    # In-house is 6,5 % cheaper: 2 on a criterion where 5 speaks for buying; not editable.
    assert cost_box.currentText() == "2" and not cost_box.isEnabled()
    assert "Score 2 fra business casen" in cost_box.toolTip()
    label = tab.editor.score_label.text()
    assert "Forslag til placering: Internt" in label
    assert "Vejer tungest: Strategisk betydning / kernekompetence 5" in label
    assert "business casen" in label
    card = tab.board.card(sid)  # type: ignore[union-attr]
    assert card is not None and card.score.value == pytest.approx((5 + 4 + 4) / 3)
    workshop.undo_stack.undo()  # the box unticked: the typed 5 counts again
    assert cost_box.currentText() == "5" and cost_box.isEnabled()
