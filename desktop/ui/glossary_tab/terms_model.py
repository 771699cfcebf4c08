"""One side's terms as a table, with the search filter built in.

Not a QSortFilterProxyModel: with 5,000 terms a Python filterAcceptsRow per row
per keystroke misses the 16 ms budget, while one pass over pre-lowered text does
not (tests/bench/test_glossary_speed.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.models import TermStatus
from desktop.ui.headed_table_model import HeadedTableModel, Index

EditRequest = Callable[[str, str, Any, Any], None]

STATUS_COLOURS = {
    # Soft enough for black text in a light theme, visible in a dark one.
    TermStatus.PROPOSED.value: QColor(128, 128, 128, 50),
    TermStatus.AGREED.value: QColor(46, 160, 67, 90),
    TermStatus.DISPUTED.value: QColor(230, 120, 0, 120),
}
HIGHLIGHT = QColor(255, 200, 0, 110)

TERM, EXPLANATION, STATUS, COUNTERPART = range(4)
EDITABLE = {TERM: "term", EXPLANATION: "explanation", STATUS: "status"}


class SideTermsModel(HeadedTableModel):
    def __init__(
        self,
        side: str,
        headers: Sequence[str],
        status_labels: dict[str, str],
        on_edit: EditRequest,
    ) -> None:
        super().__init__()
        self.side = side
        self.headers = list(headers)
        self.status_labels = status_labels
        self.read_only = False
        self.highlight_id: str | None = None
        self._on_edit = on_edit
        self._all: list[dict[str, Any]] = []
        # What the search looks in, per row of _all: made at the first search, not on
        # every load (20,000 terms: ~30 ms when a workshop opens, for a search not typed).
        self._haystacks: list[str] | None = None
        self._visible: list[int] = []
        self._needle = ""
        self._names: dict[str, str] = {}
        self._counterparts: dict[str, str] = {}

    # -- loading and filtering -------------------------------------------------------

    def load(
        self,
        rows: Sequence[dict[str, Any]],
        *,
        names: dict[str, str],
        counterpart_terms: dict[str, str],
    ) -> None:
        """Show these rows. When the same terms come back in the same order (an edit of
        their text, status or link) the rows are updated in place: the selection, an open
        cell editor and the scroll position stay, and a term just edited stays in the list
        even if it no longer matches the search (it does not vanish while being typed
        into); the next change of the search text applies the search again."""
        rows = list(rows)
        same_terms = [r["id"] for r in rows] == [r["id"] for r in self._all]
        self._names = names
        self._counterparts = counterpart_terms
        if same_terms:
            self._all, self._haystacks = rows, None
            if not self._join_new_matches() and self._visible:  # the same rows, new contents
                last = self.index(len(self._visible) - 1, len(self.headers) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._all, self._haystacks = rows, None
        self._visible = self._matching(self._needle)
        self.endResetModel()

    def update_terms(self, rows: dict[str, dict[str, Any]]) -> bool:
        """Put in these stored rows where their terms are (ids, sides and order unchanged),
        and repaint them and the rows that name them as counterpart. Rows stay in the
        list even if they no longer match the search (as `load` keeps them), and a term
        that matches it now joins the list (an undone rename brings back the word searched
        for): then the list is laid out again and True is returned."""
        for index, old in enumerate(self._all):
            new = rows.get(old["id"])
            if new is not None:
                self._all[index] = new
                if self._haystacks is not None:
                    self._haystacks[index] = _haystack(new)
        self._counterparts.update((term_id, str(row["term"])) for term_id, row in rows.items())
        if self._join_new_matches():
            return True
        last = len(self.headers) - 1
        for row, index in enumerate(self._visible):
            term = self._all[index]
            if term["id"] in rows or term["counterpart_id"] in rows:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return False

    def _join_new_matches(self) -> bool:
        """Terms the search finds now that the list does not show join it (the list is laid
        out again): True if any did. Rows already shown stay, matching or not."""
        if not self._needle:  # without a search every term is shown already
            return False
        shown = set(self._visible)
        joining = [i for i in self._matching(self._needle) if i not in shown]
        if not joining:
            return False
        self.beginResetModel()
        self._visible = sorted(shown.union(joining))
        self.endResetModel()
        return True

    def set_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._visible = self._matching(needle)
        self.endResetModel()

    def _matching(self, needle: str) -> list[int]:
        if not needle:
            return list(range(len(self._all)))
        if self._haystacks is None:
            self._haystacks = [_haystack(r) for r in self._all]
        return [i for i, hay in enumerate(self._haystacks) if needle in hay]

    @property
    def match_count(self) -> int:
        return len(self._visible)

    @property
    def total(self) -> int:
        return len(self._all)

    def term_at(self, row: int) -> dict[str, Any]:
        return self._all[self._visible[row]]

    def row_of(self, term_id: str) -> int:
        for row, index in enumerate(self._visible):
            if self._all[index]["id"] == term_id:
                return row
        return -1

    def set_highlight(self, term_id: str | None) -> None:
        old = self.highlight_id
        self.highlight_id = term_id
        for changed in (old, term_id):
            row = self.row_of(changed) if changed else -1
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    # -- Qt model API ----------------------------------------------------------------

    def _count(self) -> int:
        return len(self._visible)

    def _editable(self, index: Index) -> bool:
        return index.column() in EDITABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        term = self.term_at(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._display(term, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(term) if column in (TERM, EXPLANATION) else text or None
            return text.replace("\n", " ") if column == EXPLANATION else text
        if role == Qt.ItemDataRole.EditRole:
            return term.get(EDITABLE.get(column, ""), None)
        if role == Qt.ItemDataRole.BackgroundRole:
            if term["id"] == self.highlight_id:
                return QBrush(HIGHLIGHT)
            if column == STATUS:
                return QBrush(STATUS_COLOURS.get(term["status"], QColor(0, 0, 0, 0)))
        if role == Qt.ItemDataRole.FontRole and (column == TERM or term["id"] == self.highlight_id):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return term["id"]
        return None

    def _display(self, term: dict[str, Any], column: int) -> str:
        if column == TERM:
            return str(term["term"])
        if column == EXPLANATION:
            return str(term["explanation"])
        if column == STATUS:
            return self.status_labels.get(term["status"], term["status"])
        if column == COUNTERPART:
            counterpart = term["counterpart_id"]
            return (
                "↔ " + self._counterparts[counterpart] if counterpart in self._counterparts else ""
            )
        return ""

    def _tooltip(self, term: dict[str, Any]) -> str:
        parts = [str(term["term"]), str(term["explanation"])]
        if term["example"]:
            parts.append(str(term["example"]))
        taught_by = self._names.get(term["taught_by"] or "")
        if taught_by:
            parts.append("– " + taught_by)
        return "\n\n".join(p for p in parts if p)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or role != Qt.ItemDataRole.EditRole:
            return False
        field = EDITABLE.get(index.column())
        if field is None:
            return False
        term = self.term_at(index.row())
        if value == term[field]:
            return False
        self._on_edit(str(term["id"]), field, term[field], value)
        return True


def _haystack(term: dict[str, Any]) -> str:
    """What the search looks in."""
    return "\n".join((term["term"], term["explanation"], term["example"])).casefold()
