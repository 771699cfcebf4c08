"""The decisions as a list in leadership's order of priority: the rank, the title (marked
"Over rammen" under it when the decision falls outside leadership's frame) and where each
stands with leadership."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.priorities import Ranking
from desktop.core.signoff import DecisionReport, DecisionStatus
from desktop.ui.headed_table_model import HeadedTableModel, Index

# Soft enough for black text in a light theme, visible in a dark one.
STATUS_COLOURS = {
    DecisionStatus.APPROVED: QColor(46, 160, 67, 90),
    DecisionStatus.CHANGED_AFTER_APPROVAL: QColor(230, 120, 0, 140),
    DecisionStatus.CHANGES_REQUESTED: QColor(240, 190, 0, 110),
    DecisionStatus.REJECTED: QColor(210, 40, 40, 100),
    DecisionStatus.UNSIGNED: QColor(128, 128, 128, 40),
}
WARNING = "⚠ "
OVER_FRAME_COLOUR = QColor(210, 40, 40, 70)

RANK, TITLE, STATUS = range(3)


class DecisionsModel(HeadedTableModel):
    def __init__(
        self,
        headers: Sequence[str],
        status_labels: dict[DecisionStatus, str],
        changed_note: str,
        over_frame: str = "Over the frame",
        rank_tooltip: str = "Priority",
    ) -> None:
        super().__init__()
        self.headers = list(headers)
        self.status_labels = status_labels
        self.changed_note = changed_note  # tooltip when an approval went stale
        self.over_frame = over_frame  # the mark of a decision outside the frame
        self.rank_tooltip = rank_tooltip  # what the short header of the rank column means
        self.reports: list[DecisionReport] = []
        self.ranking: Ranking | None = None
        # Each row's cells, role by role, made once per load: the rows are as tall as their
        # wrapped titles, and Qt measures every row (asking each cell for nine roles) on
        # each layout pass: 400 decisions, ~60,000 calls when the tab first shows.
        self._cells: list[tuple[dict[int, Any], ...]] = []

    def load(self, reports: Sequence[DecisionReport], ranking: Ranking | None = None) -> None:
        """Show `reports` in their order; `ranking` (of the same reports) marks those outside
        leadership's frame."""
        self.ranking = ranking
        cells = [self._cells_of(row, r) for row, r in enumerate(reports)]
        if [r.id for r in reports] == [r.id for r in self.reports] and self.reports:
            self.reports, self._cells = list(reports), cells
            last = self.index(len(self.reports) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.reports, self._cells = list(reports), cells
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            section == RANK
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
        ):
            return self.rank_tooltip
        return super().headerData(section, orientation, role)

    def report_at(self, row: int) -> DecisionReport:
        return self.reports[row]

    def row_of(self, decision_id: str) -> int:
        for row, report in enumerate(self.reports):
            if report.id == decision_id:
                return row
        return -1

    # -- Qt model API ----------------------------------------------------------------

    def _count(self) -> int:
        return len(self.reports)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._cells):
            return None
        return self._cells[row][index.column()].get(role)

    def _cells_of(self, row: int, report: DecisionReport) -> tuple[dict[int, Any], ...]:
        """What each column shows of a decision, by role (None for a role not listed)."""
        title = str(report.decision["title"])
        label = self.status_labels.get(report.status, str(report.status))
        if report.has_changed_after_approval and report.status != (
            DecisionStatus.CHANGED_AFTER_APPROVAL
        ):
            label += " " + WARNING.strip()
        elif report.status == DecisionStatus.CHANGED_AFTER_APPROVAL:
            label = WARNING + label
        display, tooltip, background, user = (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.UserRole,
        )
        over = self.ranking is not None and self.ranking.is_over(row)
        first = over and self.ranking is not None and self.ranking.first_over == row
        # Under the title, not in a column of its own: the list is narrow, and titles wrap.
        mark = (WARNING if first else "") + self.over_frame if over else ""
        centre = Qt.AlignmentFlag.AlignCenter
        shown = title.replace("\n", " ")
        return (
            {display: str(row + 1), Qt.ItemDataRole.TextAlignmentRole: centre, user: report.id},
            {
                display: f"{shown}\n{mark}" if mark else shown,
                tooltip: (f"{title}\n{mark}" if mark else title) or None,
                background: QBrush(OVER_FRAME_COLOUR) if over else None,
                user: report.id,
            },
            {
                display: label,
                tooltip: self.changed_note if report.has_changed_after_approval else None,
                background: QBrush(STATUS_COLOURS.get(report.status, QColor(0, 0, 0, 0))),
                user: report.id,
            },
        )
