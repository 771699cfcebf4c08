"""The cell delegate measures each cell once (issue 19, item 10), and measures again what
changed: a column that fits its content follows its text, its rows and its type size."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.ui.delegates import ColumnDelegate
from desktop.ui.row_table_model import Column, RowTableModel
from desktop.ui.row_table_panel import RowTablePanel

COLUMNS = [
    Column("what", "Hvad"),
    Column("owner", "Ansvarlig"),
    Column("due", "Frist", "date"),
]


def _rows(owner: str, count: int = 3, prefix: str = "r") -> list[dict[str, Any]]:
    return [
        {"id": f"{prefix}{i}", "what": f"Opgave {i}", "owner": owner, "due": None}
        for i in range(count)
    ]


def _panel(qtbot: QtBot) -> tuple[RowTablePanel, RowTableModel]:
    model = RowTableModel(COLUMNS, lambda *_: None)
    panel = RowTablePanel(
        "Opfølgning",
        model,
        add_text="Tilføj",
        delete_text="Slet",
        on_add=lambda: None,
        on_delete=lambda _rid: None,
        stretch_columns=(0,),
    )
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, model


def _owner_width(panel: RowTablePanel) -> int:
    QApplication.processEvents()
    panel.view.horizontalHeader().resizeSections()  # as a layout pass does
    return panel.view.horizontalHeader().sectionSize(1)


def test_a_column_that_fits_its_content_follows_edits_reloads_and_type_size(
    qtbot: QtBot,
) -> None:
    panel, model = _panel(qtbot)
    model.load(_rows("Ida"))
    short = _owner_width(panel)

    model.load(_rows("Ida Marie Kirkegaard Sørensen-Bækgaard, jobcenterchef"))  # same rows
    longer = _owner_width(panel)
    assert longer > short + 100

    model.load(_rows("Bo", prefix="other"))  # other rows: a reset
    assert _owner_width(panel) < longer

    model.load(
        _rows("Bo", count=2, prefix="other") + _rows("Ida Marie Kirkegaard Sørensen", 1, "x")
    )
    assert _owner_width(panel) > short + 50

    before = _owner_width(panel)
    font = QFont(panel.view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    panel.view.setFont(font)  # larger type, as when presenting
    assert _owner_width(panel) > before + 50


def test_each_cell_is_measured_once_and_a_date_keeps_room_for_its_button(
    qtbot: QtBot, monkeypatch: Any
) -> None:
    panel, model = _panel(qtbot)
    measured: list[tuple[int, int]] = []
    plain = QStyledItemDelegate.sizeHint

    def counting(self: QStyledItemDelegate, option: QStyleOptionViewItem, index: Any) -> Any:
        measured.append((index.row(), index.column()))
        return plain(self, option, index)

    monkeypatch.setattr(QStyledItemDelegate, "sizeHint", counting)
    model.load(_rows("Ida", count=50))
    for _ in range(3):
        _owner_width(panel)
    assert sorted(set(measured)) == sorted(measured)  # no cell twice
    assert {(r, c) for r, c in measured if c == 1} == {(r, 1) for r in range(50)}

    delegate = panel.view.itemDelegateForColumn(2)
    assert isinstance(delegate, ColumnDelegate)
    option = QStyleOptionViewItem()
    option.font = panel.view.font()
    index = model.index(0, 2)
    hint = delegate.sizeHint(option, index)
    hint.setWidth(1)  # the caller's copy: what is kept stays
    assert delegate.sizeHint(option, index).width() > 1
