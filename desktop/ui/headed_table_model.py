"""The plumbing every flat list in Tværs shares: rows, a header row of titles, and which
cells can be edited. Each model says how many rows it shows and what is in them.

A model the cycle collector is tearing down (desktop/ui/collector.py) shows no rows and no
columns: the collector clears a garbage cycle's Python attributes before Qt deletes the C++
objects, and a page laid out in between (another tab shown as a closed window's tabs go)
makes its headers ask their models again. `headers` is therefore also a class attribute,
and `cleared` says when the instance's own are gone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


def cleared(model: object) -> bool:
    """Whether the cycle collector has cleared `model`'s attributes (see above)."""
    return not vars(model)


class HeadedTableModel(QAbstractTableModel):
    headers: Sequence[str] = ()  # the column titles, in order
    read_only = False

    def _count(self) -> int:
        """How many rows are shown."""
        raise NotImplementedError

    def _editable(self, index: Index) -> bool:
        """Whether this cell can be edited in place (when the workshop is not read-only)."""
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or cleared(self) else self._count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and self._editable(index):
            base |= Qt.ItemFlag.ItemIsEditable
        return base
