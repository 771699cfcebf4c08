"""The board after moves, undo and redo shows what a board opened afresh shows.

A move reads and shows as little as it can (tests/bench/test_delivery_speed.py): the cards
that did not change are the same objects, a column whose cards are all the same keeps its
header and room, a card keeps its drawn lines, and a change to nothing but the services'
rows keeps the sums of the scores and the counts of needs. Each step here is compared
with a new tab over the same workshop, which reads and computes everything."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import canvas, delivery
from desktop.core.canvas_templates import NEEDS_MAPPING
from desktop.core.delivery_models import Placement
from desktop.storage.document import WorkshopDocument, create_document
from desktop.ui.delivery_tab import commands
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.open_workshop import OpenWorkshop

UND, INT, EXT, MIX, NOB = (p.value for p in Placement)
CASE_BASE = "case_baseline_dkk"
CASE = {"case_years": 4, "case_baseline_dkk": 700_000, "case_fte": 1.0,
        "case_salary_dkk": 520_000, "case_overhead_percent": 15.0, "case_other_dkk": 48_000,
        "case_inhouse_once_dkk": 40_000, "case_external_dkk": 760_000,
        "case_external_once_dkk": 25_000}  # fmt: skip


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[OpenWorkshop]:
    doc: WorkshopDocument = create_document(tmp_path / "levering.tvaers", title="Levering")
    yield OpenWorkshop(doc)
    if not doc._closed:
        doc.close(save=False)


def _tab(qtbot: QtBot, workshop: OpenWorkshop) -> DeliveryTab:
    tab = DeliveryTab(workshop, "da")
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    QApplication.processEvents()
    return tab


def _shown(tab: DeliveryTab) -> dict[str, Any]:
    """What the board shows: each column's header and cards (id, drawn lines, height,
    tooltip, selected), where the cards start, the board's room and the card in the panel."""
    QApplication.processEvents()
    columns = {}
    for placement, column in tab.columns.items():
        model, view = column.model, column.view
        delegate = view.itemDelegate()
        cards = []
        for row in range(model.rowCount()):
            card, index = model.card_at(row), model.index(row, 0)
            cards.append(
                (
                    card.id,
                    delegate._lines(card),  # type: ignore[attr-defined]
                    view.visualRect(index).height(),
                    model.data(index, Qt.ItemDataRole.ToolTipRole),
                    view.selectionModel().isSelected(index),
                )
            )
        header = (column.title.text(), column.totals.text(), column.totals.toolTip())
        columns[placement] = (header, column.totals.height(), cards)
    board = tab.board
    assert board is not None
    return {
        "columns": columns,
        "tops": _tops(tab),
        "room": tab.board_room.text(),
        "panel": (
            tab.current_id,
            tab.editor.heading.text(),
            tab.editor.title.text(),
            tab.editor.placement.currentData(),
            tab.editor.score_label.text(),
        ),
        "board": (board.columns, board.totals, board.sums, board.scored, board.linked),
    }


def _tops(tab: DeliveryTab) -> set[int]:
    """Where each column's cards start (one height: the headers are aligned)."""
    return {column.view.mapTo(tab, QPoint(0, 0)).y() for column in tab.columns.values()}


def _as_fresh(tab: DeliveryTab, qtbot: QtBot, after: str = "") -> None:
    fresh = _tab(qtbot, tab.workshop)
    if tab.current_id is not None:
        fresh.select_service(tab.current_id)
    try:
        qtbot.waitUntil(lambda: len(_tops(fresh)) == 1)  # the headers aligned once shown
        assert _shown(tab) == _shown(fresh), after
    finally:
        fresh.close()
        fresh.deleteLater()


def _drop(tab: DeliveryTab, service_id: str, placement: str, row: int) -> None:
    source = next(p for p, c in tab.columns.items() if c.model.row_of(service_id) >= 0)
    model = tab.columns[source].model
    mime = model.mimeData([model.index(model.row_of(service_id), 0)])
    target = tab.columns[placement].model
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, QModelIndex())


def test_moves_undo_and_redo_show_what_a_fresh_board_shows(
    qtbot: QtBot, workshop: OpenWorkshop, danish: None
) -> None:
    def add(title: str, placement: str, **fields: Any) -> str:
        return str(
            workshop.read(
                lambda s: delivery.add_service(s, title=title, placement=placement, **fields)
            ).id
        )

    jobs = add("Jobsøgningskurser", INT, annual_cost_dkk=760_000, contract_years=4.0, **CASE)
    psych = add("Psykologbistand", EXT, annual_cost_dkk=900_000, contract_years=4.0,
                cpv_code="85121270")  # fmt: skip
    health = add("Sundhedsforløb", EXT, annual_cost_dkk=600_000, contract_years=2.0,
                 cpv_code="85121200")  # fmt: skip
    mentor = add("Mentorstøtte", MIX, annual_cost_dkk=400_000, bought_share_percent=60)
    danish_lessons = add("Danskundervisning", UND)
    others = [add(f"Kort {i}", UND) for i in range(4)]
    note = workshop.read(_a_note)
    tab = _tab(qtbot, workshop)
    _as_fresh(tab, qtbot)
    criteria = [str(c["id"]) for c in tab.board.criteria] if tab.board else []
    assert criteria

    steps: list[tuple[str, Any]] = [
        ("out of a CPV group", lambda: _drop(tab, psych, UND, 0)),
        ("into the group again", lambda: _drop(tab, psych, EXT, 1)),
        ("a case into another column", lambda: _drop(tab, jobs, EXT, 0)),
        ("reordered", lambda: _drop(tab, others[3], UND, 0)),
        ("a step right (Ctrl+Right)", lambda: tab.step_service(mentor, 1, 0)),
        ("scored", lambda: tab._score(danish_lessons, criteria[0], 5)),
        ("then moved", lambda: _drop(tab, danish_lessons, INT, -1)),
        ("a need linked", lambda: workshop.push(commands.LinkNeeds(workshop, health, [note]))),
        ("then moved", lambda: _drop(tab, health, NOB, 0)),
        (
            "the case edited",
            lambda: tab._edit_from_editor(jobs, {CASE_BASE: 700_000}, {CASE_BASE: 900_000}),
        ),
        ("then moved back", lambda: _drop(tab, jobs, INT, 0)),
    ]
    for what, step in steps:
        step()
        _as_fresh(tab, qtbot, what)
    stack = workshop.undo_stack
    assert stack.count() == len(steps)
    for what, _step in reversed(steps):
        stack.undo()
        _as_fresh(tab, qtbot, f"undo: {what}")
    assert [c.id for c in tab.columns[EXT].model.cards] == [psych, health]
    for what, _step in steps:
        stack.redo()
        _as_fresh(tab, qtbot, f"redo: {what}")
    assert tab.columns[NOB].model.cards[0].needs == 1


def _a_note(session: Any) -> str:
    board = canvas.create_canvas(session, template_key=NEEDS_MAPPING)
    return str(canvas.add_note(session, canvas_id=board.id, text="Borgere med angst").id)


def test_headers_go_back_to_three_lines_when_the_tall_one_is_undone(
    qtbot: QtBot, workshop: OpenWorkshop, danish: None
) -> None:
    """The headers are as tall as the tallest (a business case's room is a line more), and
    lower again when it is gone: measured without the minimum height they were given."""
    tab = _tab(qtbot, workshop)
    labels = [column.totals for column in tab.columns.values()]
    three = 3 * labels[0].fontMetrics().lineSpacing() + 2
    qtbot.waitUntil(lambda: {label.minimumHeight() for label in labels} == {three})
    tab.add_service()
    card = tab.current_id
    assert card is not None
    tab.move_service(card, INT, None)
    tab._edit_from_editor(card, dict.fromkeys(CASE), CASE)
    assert tab.columns[INT].totals.text().count("\n") >= 3  # four lines and more
    qtbot.waitUntil(lambda: len({label.minimumHeight() for label in labels}) == 1)
    assert labels[0].minimumHeight() > three
    workshop.undo_stack.undo()
    qtbot.waitUntil(lambda: {label.minimumHeight() for label in labels} == {three})
