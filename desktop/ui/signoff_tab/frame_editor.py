"""Leadership's frame for all decisions' resources (budget, hours, FTE), and what the decisions
ask for against it, down to where the frame runs out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.priorities import Ranking
from desktop.core.signoff import FRAME_FIELDS, FRAME_MAX
from desktop.ui.signoff_tab.amounts import read_typed, show_number
from desktop.ui.typing_buffer import show_text

OVER_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"


class FrameEditor(QWidget):
    """Emits `edit_requested(old, new)` for one field of the frame, when it is left (Enter,
    Tab) with another value; an empty field is no limit."""

    edit_requested = Signal(dict, dict)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.stored: dict[str, Any] = {name: None for name in FRAME_FIELDS}
        self._read_only = False
        self.budget = QLineEdit()
        self.hours = QLineEdit()
        self.fte = QLineEdit()
        self.edits = {"budget_dkk": self.budget, "hours": self.hours, "fte": self.fte}
        label = QLabel(self.tr("Fra&me"))
        label.setBuddy(self.budget)
        label.setToolTip(
            self.tr("What leadership sets aside for all the decisions together; empty: no limit")
        )
        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(label)
        for edit, unit in (
            (self.budget, self.tr("DKK")),
            (self.hours, self.tr("hours")),
            (self.fte, self.tr("FTE")),
        ):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(self.tr("no limit"))
            edit.setMaximumWidth(140)
            fields.addWidget(edit, 1)
            fields.addWidget(QLabel(unit))
        fields.addStretch(1)
        self.budget.setMinimumWidth(110)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(fields)
        layout.addWidget(self.summary)
        layout.addWidget(self.verdict)
        for name, edit in self.edits.items():
            edit.textEdited.connect(lambda _t, e=edit: e.setStyleSheet(""))
            edit.editingFinished.connect(lambda n=name: self._commit(n))

    def show_frame(self, frame: Mapping[str, Any], ranking: Ranking) -> None:
        """Show the frame as stored (a field being typed in is left alone) and the totals."""
        self.stored = {name: frame.get(name) for name in FRAME_FIELDS}
        for name, edit in self.edits.items():
            if not edit.hasFocus() or not edit.isModified():
                show_text(edit, show_number(self.stored[name], self.lang))
                edit.setModified(False)
                edit.setStyleSheet("")
                edit.setToolTip("")
        self.summary.setText(f"{ranking.asked_text(self.lang)} {ranking.frame_text(self.lang)}")
        verdict = ranking.verdict(self.lang)
        self.verdict.setText(("⚠ " if ranking.first_over is not None else "") + verdict)
        self.verdict.setStyleSheet(OVER_STYLE if ranking.first_over is not None else "")
        self.verdict.setVisible(bool(verdict))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for edit in self.edits.values():
            edit.setReadOnly(read_only)

    def commit_pending(self) -> None:
        for name, edit in self.edits.items():
            if edit.isModified():
                self._commit(name)

    def _commit(self, name: str) -> None:
        edit = self.edits[name]
        if self._read_only:
            return
        read, value = read_typed(
            edit,
            whole=name == "budget_dkk",
            hint=self.tr("Type a number, e.g. 1,240,000 or 1.5, or leave it empty"),
            most=FRAME_MAX[name],
        )
        if not read:
            return
        if value == self.stored[name]:
            show_text(edit, show_number(value, self.lang))
            return
        self.edit_requested.emit({name: self.stored[name]}, {name: value})
