"""The table model behind participants and actions: a correct Qt model that never writes itself."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester

from desktop.ui.row_table_model import Column, RowTableModel

COLUMNS = [
    Column("name", "Navn"),
    Column("side", "Side", "choice", [("procurement", "Indkøb"), ("domain", "Fagområde")]),
    Column("present", "Til stede", "bool"),
    Column("due", "Frist", "date"),
]


def _rows() -> list[dict[str, Any]]:
    return [
        {"id": "a", "name": "Ida <&> 😀", "side": "procurement", "present": True, "due": None},
        {"id": "b", "name": "", "side": "domain", "present": False, "due": date(2027, 2, 9)},
    ]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = RowTableModel(COLUMNS, lambda *_: None)
    model.load(_rows())
    qtmodeltester.check(model)
    model.load(_rows()[:1])
    qtmodeltester.check(model)


def test_display_shows_labels_dates_and_text_as_typed() -> None:
    model = RowTableModel(COLUMNS, lambda *_: None)
    model.load(_rows())
    assert model.data(model.index(0, 0)) == "Ida <&> 😀"
    assert model.data(model.index(0, 1)) == "Indkøb"
    assert model.data(model.index(1, 3)) == "09.02.2027"
    assert model.data(model.index(0, 3)) == ""
    assert model.data(model.index(1, 2), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_edit_asks_for_a_command_and_leaves_rows_alone() -> None:
    requests: list[tuple[str, str, Any, Any]] = []
    model = RowTableModel(COLUMNS, lambda *args: requests.append(args))
    model.load(_rows())
    assert model.setData(model.index(1, 3), QDate(2027, 3, 1))
    assert model.setData(
        model.index(0, 2), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert not model.setData(model.index(0, 0), "Ida <&> 😀")  # unchanged: no step
    assert requests == [
        ("b", "due", date(2027, 2, 9), date(2027, 3, 1)),
        ("a", "present", True, False),
    ]
    assert model.rows[1]["due"] == date(2027, 2, 9)  # shown only once stored and reloaded


def test_read_only_model_refuses_edits() -> None:
    requests: list[object] = []
    model = RowTableModel(COLUMNS, lambda *args: requests.append(args))
    model.load(_rows())
    model.read_only = True
    assert not model.setData(model.index(0, 0), "Nyt navn")
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    assert requests == []
