"""Beside the canvas: every note of the canvas by votes, and the selected note in full.

Everything the canvas does with a mouse can be done here with the keyboard: select with
the arrow keys, + and - for votes, Enter to write, Del to delete, N for a new note.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.canvas import MAX_VOTES
from desktop.ui.canvas_tab.notes_model import NOTE, VOTES, ZONE, Index, NotesModel
from desktop.ui.row_views import row_view
from desktop.ui.trf import trf
from desktop.ui.typing_buffer import TypingBuffer


class VotesDelegate(QStyledItemDelegate):
    """A spin box that cannot go below 0."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(0, MAX_VOTES)
        return box


class NoteDetail(QWidget):
    """The selected note: its whole text and its choices. Emits `edit_requested(note_id, old,
    new)` and `votes_requested(note_id, votes)`; `typing_finished` closes the undo step."""

    edit_requested = Signal(str, dict, dict)
    votes_requested = Signal(str, int)
    typing_finished = Signal()

    def __init__(
        self,
        kinds: dict[str, str],
        sides: dict[str, str],
        priorities: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._note: dict[str, Any] | None = None
        self._loading = False
        self._read_only = False
        self._typing = TypingBuffer(self._commit_text, self)
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(60)  # three lines, also when the window is small
        self.text.setTabChangesFocus(True)
        self.text.installEventFilter(self)
        self.text.textChanged.connect(self._typed)
        self.combos: dict[str, QComboBox] = {}
        for field, labels in (("kind", kinds), ("side", sides), ("priority", priorities)):
            combo = QComboBox()
            for value, label in labels.items():
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, f=field: self._chosen(f))
            self.combos[field] = combo
        self.votes = QSpinBox()
        self.votes.setRange(0, MAX_VOTES)
        self.votes.valueChanged.connect(self._votes_changed)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        text_label = QLabel(self.tr("Te&xt"))
        text_label.setBuddy(self.text)
        grid.addWidget(text_label, 0, 0, 1, 4)
        grid.addWidget(self.text, 1, 0, 1, 4)
        pairs = (
            (self.tr("&Type"), self.combos["kind"], 2, 0),
            (self.tr("S&ide"), self.combos["side"], 2, 2),
            (self.tr("&Priority"), self.combos["priority"], 3, 0),
            (self.tr("V&otes"), self.votes, 3, 2),
        )
        for caption, widget, row, column in pairs:
            buddy = QLabel(caption)
            buddy.setBuddy(widget)
            grid.addWidget(buddy, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(1, 1)
        self.show_note(None)

    @property
    def note_id(self) -> str | None:
        return None if self._note is None else str(self._note["id"])

    def show_note(self, note: dict[str, Any] | None) -> None:
        """Show a note (None: nothing selected). Text being typed is left alone."""
        if note is None or self.note_id != note["id"]:
            self._typing.flush()
        self._loading = True
        try:
            self._note = dict(note) if note else None
            enabled = note is not None
            self.text.setEnabled(enabled)
            self.text.setPlaceholderText(
                self.tr("Write the note's text here")
                if enabled
                else self.tr("Select a note to read and edit it here")
            )
            for widget in (*self.combos.values(), self.votes):
                widget.setEnabled(enabled and not self._read_only)
            if note is None:
                self.text.clear()
                for combo in self.combos.values():
                    combo.setCurrentIndex(-1)
                self.votes.setValue(0)
                return
            if not self._typing.pending and self.text.toPlainText() != note["text"]:
                self.text.setPlainText(str(note["text"]))
            for field, combo in self.combos.items():
                combo.setCurrentIndex(max(0, combo.findData(note[field])))
            self.votes.setValue(int(note["votes"]))
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.text.setReadOnly(read_only)
        for widget in (*self.combos.values(), self.votes):
            widget.setEnabled(not read_only and self._note is not None)

    def commit_pending(self) -> None:
        self._typing.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self._typing.flush()
            self.typing_finished.emit()
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        if not self._loading and self._note is not None and not self._read_only:
            self._typing.typed("text")

    def _commit_text(self, _fields: set[str]) -> None:
        if self._note is None:
            return
        value = self.text.toPlainText()
        if value != self._note["text"]:
            old = {"text": self._note["text"]}
            self._note["text"] = value
            self.edit_requested.emit(str(self._note["id"]), old, {"text": value})

    def _chosen(self, field: str) -> None:
        if self._loading or self._note is None:
            return
        value = self.combos[field].currentData()
        if value != self._note[field]:
            old = {field: self._note[field]}
            self._note[field] = value
            self.edit_requested.emit(str(self._note["id"]), old, {field: value})
            self.typing_finished.emit()

    def _votes_changed(self, votes: int) -> None:
        if self._loading or self._note is None or votes == self._note["votes"]:
            return
        self._note["votes"] = votes
        self.votes_requested.emit(str(self._note["id"]), votes)


class NotesPanel(QWidget):
    selected = Signal(str)  # note id, "" when none

    def __init__(self, model: NotesModel, detail: NoteDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.detail = detail
        heading = QLabel(self.tr("Notes by votes"))
        heading.setObjectName("sectionHeading")
        self.count = QLabel()
        self.view = row_view(model)
        self.view.setItemDelegateForColumn(VOTES, VotesDelegate(self.view))
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.setMinimumHeight(5 * 28)  # a few notes, also when the window is small
        header = self.view.horizontalHeader()
        # Fixed, not ResizeToContents: that would measure all rows of a full wall on show.
        header.setSectionResizeMode(VOTES, QHeaderView.ResizeMode.Fixed)
        self.view.setColumnWidth(
            VOTES, header.fontMetrics().horizontalAdvance(model.headers[VOTES]) + 24
        )
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ZONE, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(ZONE, 110)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.hint = QLabel(
            self.tr(
                "+ / −: votes · Enter: write · Del: delete · N: new note · "
                "T, S, P: type, side, priority"
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")

        top = QVBoxLayout()
        top.setSpacing(2)
        top.addWidget(heading)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.hint)
        layout.addWidget(detail, 2)

    def selected_id(self) -> str | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return str(self.model.note_at(index.row())["id"])

    def select_id(self, note_id: str | None) -> None:
        row = self.model.row_of(note_id) if note_id else -1
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row, NOTE)
        if selection.currentIndex().row() == row and selection.isRowSelected(row):
            return
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (after presentation mode, or the room's panel): the selected row in
        view. It was scrolled to while the list was hidden, against no real height."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._reveal_current)

    def _reveal_current(self) -> None:
        index = self.view.selectionModel().currentIndex()
        if index.isValid():
            self.view.scrollTo(index)

    def update_count(self) -> None:
        self.count.setText(trf(self.tr("Notes: %1"), self.model.rowCount()))

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.selected.emit(self.selected_id() or "")
