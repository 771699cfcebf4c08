"""The one way Tværs shows a list of rows: whole rows selected, one at a time, edited in
place with F2 or a double click (and, where typing should start an edit, any key)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView

EDIT = QAbstractItemView.EditTrigger


def row_view(model: QAbstractItemModel, *, type_to_edit: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    triggers = EDIT.DoubleClicked | EDIT.EditKeyPressed
    view.setEditTriggers(triggers | EDIT.AnyKeyPressed if type_to_edit else triggers)
    return view


def make_current_row(selection: QItemSelectionModel, index: QModelIndex) -> None:
    """`index`'s row current and the only one selected."""
    selection.setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
