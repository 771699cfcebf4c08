"""What a voting round holds while it runs, and its two lists: the notes as typed in, and
the notes ranked by the votes so far (ties share a place)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.core import canvas
from desktop.ui.canvas_tab.labels import SIDE_COLOURS
from desktop.ui.headed_table_model import HeadedTableModel, Index
from desktop.ui.trf import trf

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

SUMMARY_CHARS = 160


class RoundNotes:
    """The canvas's notes in the order they are typed in, their votes before the round, and
    the numbers typed so far (a note not typed in keeps its votes)."""

    def __init__(
        self,
        notes: Sequence[dict[str, Any]],
        zones: Sequence[dict[str, Any]],
        zone_titles: dict[str, str],
    ) -> None:
        self.notes = list(notes)
        self.zones = list(zones)
        self.zone_titles = zone_titles
        self.before = {str(n["id"]): int(n["votes"]) for n in self.notes}
        self.typed: dict[str, int] = {}
        self._rows = {str(n["id"]): row for row, n in enumerate(self.notes)}

    def id_at(self, row: int) -> str:
        return str(self.notes[row]["id"])

    def row_of(self, note_id: str) -> int:
        return self._rows.get(note_id, -1)

    def zone_title(self, note: dict[str, Any]) -> str:
        return self.zone_titles.get(str(note["zone_id"] or ""), "—")

    def type_in(self, note_id: str, votes: int | None) -> None:
        """A number typed for a note; None (the field emptied) keeps its votes."""
        if votes is None:
            self.typed.pop(note_id, None)
        else:
            self.typed[note_id] = votes

    def votes_of(self, note_id: str) -> int:
        return self.typed.get(note_id, self.before[note_id])

    def changes(self) -> dict[str, int]:
        """The notes whose votes the round changes, in the order they were typed in."""
        return {
            note_id: self.typed[note_id]
            for note_id in self._rows
            if note_id in self.typed and self.typed[note_id] != self.before[note_id]
        }

    def total(self) -> int:
        return sum(self.votes_of(note_id) for note_id in self._rows)

    def with_votes(self) -> int:
        return sum(1 for note_id in self._rows if self.votes_of(note_id) > 0)

    def ranking(self) -> list[tuple[int | None, bool, dict[str, Any]]]:
        """(place, shared, note with the round's votes), most votes first; equal votes in the
        minutes' order (zone, then as put up). Notes without votes have no place."""
        current = [{**n, "votes": self.votes_of(str(n["id"]))} for n in self.notes]
        ordered = canvas.order_by_votes(current, self.zones)
        places = canvas.vote_places([int(n["votes"]) for n in ordered])
        return [
            (place if note["votes"] > 0 else None, shared and note["votes"] > 0, note)
            for (place, shared), note in zip(places, ordered, strict=True)
        ]


def summary(note: dict[str, Any], limit: int = SUMMARY_CHARS) -> str:
    """The note's text on one line, cut after `limit` characters."""
    text = " ".join(str(note["text"]).split()) or translate("voting_round", "(empty note)")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def place_text(place: int | None, shared: bool) -> str:
    if place is None:
        return "–"
    if shared:
        return trf(translate("voting_round", "%1. (tied)"), place)
    return trf(translate("voting_round", "%1."), place)


class _RoundModel(HeadedTableModel):
    def _count(self) -> int:
        raise NotImplementedError


class EntriesModel(_RoundModel):
    """Every note in wall order: its text, zone, votes before, and the number typed."""

    NOTE, ZONE, BEFORE, NOW = range(4)

    def __init__(self, notes: RoundNotes, sides: dict[str, str]) -> None:
        super().__init__()
        self.round = notes
        self.sides = sides
        self.headers = [
            translate("voting_round", "Note"),
            translate("voting_round", "Zone"),
            translate("voting_round", "Before"),
            translate("voting_round", "Now"),
        ]

    def _count(self) -> int:
        return len(self.round.notes)

    def note_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, self.NOW), self.index(row, self.NOW))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.round.notes)):
            return None
        note = self.round.notes[index.row()]
        note_id = str(note["id"])
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NOTE:
                return summary(note)
            if column == self.ZONE:
                return self.round.zone_title(note)
            if column == self.BEFORE:
                return str(self.round.before[note_id])
            typed = self.round.typed.get(note_id)
            return "" if typed is None else str(typed)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NOTE:
            return SIDE_COLOURS.get(str(note["side"]), QColor("white"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE:
            side = self.sides.get(str(note["side"]), str(note["side"]))
            return f"{side}\n\n{note['text']}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.BEFORE, self.NOW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.NOW:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return note_id
        return None


class ResultsModel(_RoundModel):
    """The notes ranked by the votes so far: place (shared places marked), votes, text."""

    PLACE, VOTES, NOTE = range(3)

    def __init__(self, notes: RoundNotes) -> None:
        super().__init__()
        self.round = notes
        self.headers = [
            translate("voting_round", "Place"),
            translate("voting_round", "Votes"),
            translate("voting_round", "Note"),
        ]
        self._ranking: list[tuple[int | None, bool, dict[str, Any]]] = []
        self._rows: dict[str, int] = {}

    def _count(self) -> int:
        return len(self._ranking)

    def refresh(self) -> None:
        self.beginResetModel()
        self._ranking = self.round.ranking()
        self._rows = {str(note["id"]): row for row, (_p, _s, note) in enumerate(self._ranking)}
        self.endResetModel()

    def id_at(self, row: int) -> str | None:
        return str(self._ranking[row][2]["id"]) if 0 <= row < len(self._ranking) else None

    def row_of(self, note_id: str | None) -> int:
        return self._rows.get(note_id or "", -1)

    def place_of(self, note_id: str) -> str:
        place, shared, _note = self._ranking[self._rows[note_id]]
        return place_text(place, shared)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ranking)):
            return None
        place, shared, note = self._ranking[index.row()]
        note_id = str(note["id"])
        column = index.column()
        changed = self.round.votes_of(note_id) != self.round.before[note_id]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PLACE:
                return place_text(place, shared)
            if column == self.VOTES:
                return str(note["votes"])
            return summary(note)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NOTE:
            return SIDE_COLOURS.get(str(note["side"]), QColor("white"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.VOTES and changed:
                return trf(
                    translate("voting_round", "Before the round: %1"), self.round.before[note_id]
                )
            if column == self.NOTE:
                return str(note["text"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PLACE, self.VOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.VOTES and changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and place is None:
            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.UserRole:
            return note_id
        return None
