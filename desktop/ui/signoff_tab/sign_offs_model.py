"""A decision's sign-offs, oldest first: who answered what, when, and whether it still holds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDateTimeEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core.signoff import SignOffState
from desktop.core.signoff_models import Outcome
from desktop.ui.headed_table_model import HeadedTableModel, Index
from desktop.ui.section_typing import TypedOverSection

EditRequest = Callable[[str, str, Any, Any], None]  # (sign_off_id, field, old, new)

APPROVER, TITLE, OUTCOME, SIGNED_AT, COMMENT, STATE = range(6)
FIELDS = {
    APPROVER: "approver_name",
    TITLE: "approver_title",
    OUTCOME: "outcome",
    SIGNED_AT: "signed_at",
    COMMENT: "comment",
}
OUTCOME_COLOURS = {
    Outcome.APPROVED.value: QColor(46, 160, 67, 90),
    Outcome.CHANGES_REQUESTED.value: QColor(240, 190, 0, 110),
    Outcome.REJECTED.value: QColor(210, 40, 40, 100),
}
STALE_COLOUR = QColor(230, 120, 0, 140)
DATE_TIME_FORMAT = "dd.MM.yyyy HH:mm"


def format_time(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else ""


def to_qdatetime(value: datetime) -> QDateTime:
    """Wall-clock time to the minute, with no time zone in between."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


class SignOffsModel(HeadedTableModel):
    def __init__(
        self,
        headers: Sequence[str],
        outcome_labels: dict[str, str],
        state_labels: dict[str, str],
        lang: str,
        on_edit: EditRequest,
    ) -> None:
        super().__init__()
        self.headers = list(headers)
        self.outcome_labels = outcome_labels
        self.state_labels = state_labels  # current, changed_after_approval, changed, superseded
        self.lang = lang
        self.read_only = False
        self.states: list[SignOffState] = []
        self._on_edit = on_edit

    def load(self, states: Sequence[SignOffState]) -> None:
        if [s.id for s in states] == [s.id for s in self.states] and self.states:
            self.states = list(states)
            last = self.index(len(self.states) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.states = list(states)
        self.endResetModel()

    def state_at(self, row: int) -> SignOffState:
        return self.states[row]

    def row_of(self, sign_off_id: str) -> int:
        for row, state in enumerate(self.states):
            if state.id == sign_off_id:
                return row
        return -1

    def state_text(self, state: SignOffState) -> str:
        if state.is_superseded:
            return self.state_labels["superseded"]
        if state.is_changed_after_approval:
            return "⚠ " + self.state_labels["changed_after_approval"]
        if state.is_stale:
            return "⚠ " + self.state_labels["changed"]
        return self.state_labels["current"]

    # -- Qt model API ----------------------------------------------------------------

    def _count(self) -> int:
        return len(self.states)

    def _editable(self, index: Index) -> bool:
        return index.column() in FIELDS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.states)):
            return None
        state = self.states[index.row()]
        row = state.sign_off
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == OUTCOME:
                return self.outcome_labels.get(state.outcome, state.outcome)
            if column == SIGNED_AT:
                return format_time(row["signed_at"])
            if column == STATE:
                return self.state_text(state)
            return str(row[FIELDS[column]]).replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole:
            if column == SIGNED_AT:
                value = row["signed_at"]
                return to_qdatetime(value) if value else QDateTime.currentDateTime()
            return row.get(FIELDS.get(column, ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATE and state.changes:
                return "\n".join(change.describe(self.lang) for change in state.changes)
            if column in (APPROVER, TITLE, COMMENT):
                return str(row[FIELDS[column]]) or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == OUTCOME and not state.is_superseded:
                return QBrush(OUTCOME_COLOURS.get(state.outcome, QColor(0, 0, 0, 0)))
            if column == STATE and state.is_current and state.is_stale:
                return QBrush(STALE_COLOUR)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and state.is_superseded:
            return QBrush(QColor(120, 120, 120))
        if role == Qt.ItemDataRole.FontRole and state.is_superseded:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return state.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or role != Qt.ItemDataRole.EditRole:
            return False
        field = FIELDS.get(index.column())
        if field is None:
            return False
        state = self.states[index.row()]
        old = state.sign_off[field]
        new = value
        if field == "signed_at":
            if not isinstance(value, QDateTime) or not value.isValid():
                return False
            new = from_qdatetime(value)
        if new == old:
            return False
        self._on_edit(state.id, field, old, new)
        return True


class DateTimeDelegate(QStyledItemDelegate):
    """The time of a sign-off, to the minute."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateTimeEdit(parent)
        editor.setDisplayFormat(DATE_TIME_FORMAT)
        editor.setCalendarPopup(True)
        TypedOverSection(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateTimeEdit) and isinstance(value, QDateTime):
            editor.setDateTime(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDateTimeEdit):
            model.setData(index, editor.dateTime(), Qt.ItemDataRole.EditRole)
