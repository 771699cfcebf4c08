"""A table model over rows from `core`: thin, with no SQL (the address-book way).

The model shows snapshots (plain dicts) that the tab reloads on every
`OpenWorkshop.changed`. An edit does not change the snapshot: it asks the tab to
push an undo command, and the refresh that follows shows what was stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt

from desktop.core.dates import format_date
from desktop.ui.headed_table_model import HeadedTableModel, Index

EditRequest = Callable[[str, str, Any, Any], None]  # (row_id, field, old, new)


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: str = "text"  # text | choice | bool | date
    choices: Sequence[tuple[str, str]] = ()  # (stored value, label shown)
    # `dataclasses.field` in full: to a type checker the attribute `field` above hides it.
    suggestions: Callable[[], list[str]] | None = dataclasses.field(default=None, compare=False)
    # Where an empty date starts (↑/↓, the calendar, a year left out); today if not given.
    date_start: Callable[[], date] | None = dataclasses.field(default=None, compare=False)

    def label_of(self, value: Any) -> str:
        for stored, label in self.choices:
            if stored == value:
                return label
        return "" if value is None else str(value)


class RowTableModel(HeadedTableModel):
    def __init__(self, columns: Sequence[Column], on_edit: EditRequest) -> None:
        super().__init__()
        self.columns = list(columns)
        self.headers = [c.title for c in self.columns]
        self.rows: list[dict[str, Any]] = []
        self.read_only = False
        self._on_edit = on_edit

    # -- loading -------------------------------------------------------------------

    def load(self, rows: Sequence[dict[str, Any]]) -> None:
        same_rows = [r["id"] for r in rows] == [r["id"] for r in self.rows]
        if same_rows and self.rows:
            self.rows = list(rows)
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_id(self, row: int) -> str:
        return str(self.rows[row]["id"])

    def row_of(self, row_id: str) -> int:
        for i, r in enumerate(self.rows):
            if r["id"] == row_id:
                return i
        return -1

    # -- Qt model API ----------------------------------------------------------------

    def _count(self) -> int:
        return len(self.rows)

    def _editable(self, index: Index) -> bool:
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].kind == "bool" and not self.read_only:
            return (base & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()].get(column.field)
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "date":
                return format_date(value)
            if column.kind == "choice":
                return column.label_of(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "date":
                return QDate(value.year, value.month, value.day) if value else QDate()
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text" and value:
            return str(value)  # the whole text where the cell elides it
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        old = row.get(column.field)
        if column.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column.kind == "date":
            if isinstance(value, QDate):
                value = value.toPython() if value.isValid() else None
            new = value if isinstance(value, date) else None
        else:
            new = value
        if new == old:
            return False
        self._on_edit(str(row["id"]), column.field, old, new)
        return True
