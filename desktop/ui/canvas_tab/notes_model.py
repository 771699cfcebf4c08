"""The current canvas's notes as a table, most votes first: the canvas for the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.ui.canvas_tab.labels import SIDE_COLOURS
from desktop.ui.headed_table_model import HeadedTableModel, Index

VotesRequest = Callable[[str, int], None]
translate = QCoreApplication.translate

VOTES, NOTE, ZONE = range(3)


class NotesModel(HeadedTableModel):
    def __init__(
        self,
        on_votes: VotesRequest,
        priorities: dict[str, str],
        kinds: dict[str, str],
        sides: dict[str, str],
    ) -> None:
        super().__init__()
        self.headers = [
            translate("canvas", "Votes"),
            translate("canvas", "Note"),
            translate("canvas", "Zone"),
        ]
        self.read_only = False
        self._on_votes = on_votes
        self._priorities, self._kinds, self._sides = priorities, kinds, sides
        self._notes: list[dict[str, Any]] = []
        self._zones: dict[str, str] = {}

    def load(self, notes: Sequence[dict[str, Any]], zone_titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self._zones = zone_titles
        self.endResetModel()

    def update_notes(self, notes: Sequence[dict[str, Any]]) -> bool:
        """Show changed rows in place. False if the order by votes would change: then the
        caller loads the list again."""
        rows = {str(n["id"]): n for n in notes}
        if any(n["votes"] != rows[str(n["id"])]["votes"] for n in self._notes if n["id"] in rows):
            return False
        for row, note in enumerate(self._notes):
            new = rows.get(str(note["id"]))
            if new is not None:
                self._notes[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def note_at(self, row: int) -> dict[str, Any]:
        return self._notes[row]

    def row_of(self, note_id: str) -> int:
        for row, note in enumerate(self._notes):
            if note["id"] == note_id:
                return row
        return -1

    # -- Qt model API ----------------------------------------------------------------------

    def _count(self) -> int:
        return len(self._notes)

    def _editable(self, index: Index) -> bool:
        return index.column() == VOTES

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._notes)):
            return None
        note = self._notes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == VOTES:
                return str(note["votes"])
            if column == NOTE:
                return self._summary(note)
            return self._zones.get(note["zone_id"] or "", "—")
        if role == Qt.ItemDataRole.EditRole:
            return int(note["votes"]) if column == VOTES else None
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE:
            side = self._sides.get(note["side"], note["side"])
            kind = self._kinds.get(note["kind"], note["kind"])
            return f"{kind} · {side}\n\n{note['text']}"
        if role == Qt.ItemDataRole.DecorationRole and column == NOTE:
            return SIDE_COLOURS.get(note["side"], QColor("white"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return note["id"]
        return None

    def _summary(self, note: dict[str, Any]) -> str:
        text = " ".join(str(note["text"]).split()) or translate("canvas", "(empty)")
        if len(text) > 160:
            text = text[:159] + "…"
        priority = note["priority"]
        if priority:
            return f"[{self._priorities.get(priority, priority)}] {text}"
        return text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or self.read_only
            or role != Qt.ItemDataRole.EditRole
            or index.column() != VOTES
        ):
            return False
        note = self._notes[index.row()]
        try:
            votes = int(value)
        except (TypeError, ValueError):
            return False
        if votes == note["votes"]:
            return False
        self._on_votes(str(note["id"]), votes)
        return True
