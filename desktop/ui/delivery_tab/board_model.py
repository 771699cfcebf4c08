"""One column of the delivery board as a list model, with the drag-and-drop logic.

The model never changes its own rows: a drop becomes a `drop_requested(service_id,
placement, before_id)` request that the tab turns into an undoable command, and the board
is then reloaded from the workshop. Qt's views call `mimeData` when a drag starts and
`dropMimeData` when it ends, so tests can drive exactly that logic without a mouse.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.core.delivery import Card
from desktop.ui.headed_table_model import cleared

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-tvaers-service"
ID_ROLE = Qt.ItemDataRole.UserRole
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_ROLE = Qt.ItemDataRole.UserRole + 2  # a warning on the card (market dialogue), or None


class BoardColumnModel(QAbstractListModel):
    drop_requested = Signal(str, str, object)  # service id, placement, before id (or None)

    def __init__(self, placement: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.placement = placement
        self.read_only = False
        self.lang = "da"  # for the procurement hint in the tooltip
        self._cards: list[Card] = []
        self._rows: dict[str, int] = {}  # service id -> row
        self._marks: dict[str, str] = {}  # service id -> the warning the card is marked with

    # -- content -----------------------------------------------------------------------

    def load(self, cards: Sequence[Card]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self._rows = {card.id: row for row, card in enumerate(self._cards)}
        self.endResetModel()

    def set_marks(self, marks: dict[str, str]) -> None:
        """The cards marked with a warning (equal treatment in the market dialogue)."""
        if marks != self._marks:
            self._marks = dict(marks)
            if self._cards:
                self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))

    def same_cards(self, cards: Sequence[Card]) -> bool:
        return self._cards == list(cards)

    def card_at(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, service_id: str) -> int:
        return self._rows.get(service_id, -1)

    @property
    def cards(self) -> list[Card]:
        return list(self._cards)

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # cleared: torn down by the cycle collector (desktop/ui/headed_table_model.py)
        return 0 if parent.isValid() or cleared(self) else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return str(card.service["title"])
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [str(card.service["title"])]
            if card.service["description"]:
                parts.append(str(card.service["description"]))
            if card.hint is not None:
                parts.append(card.hint.message(self.lang))
            if card.id in self._marks:
                parts.append("⚠ " + self._marks[card.id])
            return "\n\n".join(parts)
        if role == ID_ROLE:
            return card.id
        if role == CARD_ROLE:
            return card
        if role == MARK_ROLE:
            return self._marks.get(card.id)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the column itself: cards can be dropped into it
            return Qt.ItemFlag.NoItemFlags if self.read_only else Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled  # not drop-enabled: drops go between cards
        return flags

    # -- drag and drop -------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            card = self._cards[rows[0]]
            payload = {"service_id": card.id, "from": self.placement}
            mime.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))
            mime.setText(str(card.service["title"]))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return not self.read_only and data.hasFormat(MIME_TYPE) and _service_id(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask for the card to go into this column just before the card at `row` (a drop on
        a card: before that card; below the last card or on empty space: at the end)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        service_id = _service_id(data)
        assert service_id is not None
        if parent.isValid():
            row = parent.row()
        before_id = self._cards[row].id if 0 <= row < len(self._cards) else None
        self.drop_requested.emit(service_id, self.placement, before_id)
        return True


def _service_id(data: QMimeData) -> str | None:
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    service_id = payload.get("service_id") if isinstance(payload, dict) else None
    return service_id if isinstance(service_id, str) and service_id else None
