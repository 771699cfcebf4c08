"""The selected term in full: the long fields get room to be written and read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.ui.typing_buffer import TypingBuffer, typed_changes

TEXT_FIELDS = ("term", "explanation", "example", "source")


class TermEditor(QWidget):
    """Emits `edit_requested(term_id, old, new)`; `typing_finished` closes the undo step."""

    edit_requested = Signal(str, dict, dict)
    typing_finished = Signal()

    def __init__(self, status_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._term: dict[str, Any] | None = None
        self._loading = False
        self._typing = TypingBuffer(self._commit_fields, self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.term = QLineEdit()
        self.explanation = QPlainTextEdit()
        self.example = QPlainTextEdit()
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Law and §, or where the term comes from"))
        for box in (self.explanation, self.example):
            box.setTabChangesFocus(True)
            box.installEventFilter(self)
        self.explanation.setMinimumHeight(60)
        self.example.setMinimumHeight(40)
        self.status = QComboBox()
        for value, shown in status_labels.items():
            self.status.addItem(shown, value)
        self.taught_by = QComboBox()
        self.counterpart = QLabel()
        self.counterpart.setWordWrap(True)

        # Two columns: the short fields left, the long texts right, so the editor stays low
        # and the two lists above keep most of the screen.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(self.heading, 0, 0, 1, 4)
        short = (
            (self.tr("&Term"), self.term),
            (self.tr("Stat&us"), self.status),
            (self.tr("Taught &by"), self.taught_by),
            (self.tr("Sou&rce"), self.source),
            (self.tr("Counterpart"), self.counterpart),
        )
        for row, (text, widget) in enumerate(short, start=1):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
        for column, (text, box) in enumerate(
            ((self.tr("E&xplanation"), self.explanation), (self.tr("Exa&mple"), self.example))
        ):
            label = QLabel(text)
            label.setBuddy(box)
            grid.addWidget(label, 1 + column * 3, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(box, 1 + column * 3, 3, 3 if column == 0 else 2, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)

        self.term.textEdited.connect(lambda _t: self._typed("term"))
        self.source.textEdited.connect(lambda _t: self._typed("source"))
        self.term.editingFinished.connect(self._finish_typing)
        self.source.editingFinished.connect(self._finish_typing)
        self.explanation.textChanged.connect(lambda: self._typed("explanation"))
        self.example.textChanged.connect(lambda: self._typed("example"))
        self.status.activated.connect(lambda _i: self._chosen("status", self.status))
        self.taught_by.activated.connect(lambda _i: self._chosen("taught_by", self.taught_by))
        self.show_term(None, {}, "")

    @property
    def term_id(self) -> str | None:
        return None if self._term is None else str(self._term["id"])

    def show_term(
        self,
        term: dict[str, Any] | None,
        names: dict[str, str],
        counterpart: str,
        *,
        hidden: bool = False,
    ) -> None:
        """Show a term (None: nothing selected, or with `hidden` the selected term is
        hidden by the search). Text being typed is left alone."""
        if term is None or self.term_id != term["id"]:
            self._typing.flush()
        self._loading = True
        try:
            self._term = dict(term) if term else None
            enabled = term is not None
            for widget in (self.term, self.explanation, self.example, self.source):
                widget.setEnabled(enabled)
            self.status.setEnabled(enabled and not self._read_only)
            self.taught_by.setEnabled(enabled and not self._read_only)
            if enabled:
                self.heading.setText(self.tr("Selected term"))
            elif hidden:
                self.heading.setText(
                    self.tr(
                        "The selected term is hidden by the search. Clear the search to see it."
                    )
                )
            else:
                self.heading.setText(self.tr("Select a term to see it in full"))
            self.taught_by.clear()
            self.taught_by.addItem("—", None)
            for participant_id, name in names.items():
                self.taught_by.addItem(name, participant_id)
            if term is None:
                for line in (self.term, self.source):
                    line.clear()
                for box in (self.explanation, self.example):
                    box.clear()
                self.counterpart.clear()
                return
            for name in TEXT_FIELDS:
                if name in self._typing.pending:
                    continue
                widget = getattr(self, name)
                value = str(term[name])
                if isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != value:
                        widget.setPlainText(value)
                elif widget.text() != value:
                    widget.setText(value)
                    widget.setCursorPosition(0)
            self.status.setCurrentIndex(max(0, self.status.findData(term["status"])))
            self.taught_by.setCurrentIndex(max(0, self.taught_by.findData(term["taught_by"])))
            self.counterpart.setText(
                counterpart or self.tr("None (select one on each side and link)")
            )
        finally:
            self._loading = False

    _read_only = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.term, self.source):
            widget.setReadOnly(read_only)
        for box in (self.explanation, self.example):
            box.setReadOnly(read_only)
        self.status.setEnabled(not read_only and self._term is not None)
        self.taught_by.setEnabled(not read_only and self._term is not None)

    def commit_pending(self) -> None:
        self._typing.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.explanation, self.example) and event.type() == QEvent.Type.FocusOut:
            self._finish_typing()
        return super().eventFilter(watched, event)

    def _typed(self, name: str) -> None:
        if not self._loading and self._term is not None and not self._read_only:
            self._typing.typed(name)

    def _finish_typing(self) -> None:
        self._typing.flush()
        self.typing_finished.emit()

    def _commit_fields(self, fields: set[str]) -> None:
        if self._term is None:
            return
        old, new = typed_changes(self, fields, self._term)
        if new:
            self._term.update(new)
            self.edit_requested.emit(str(self._term["id"]), old, new)

    def _chosen(self, field: str, combo: QComboBox) -> None:
        if self._loading or self._term is None:
            return
        value = combo.currentData()
        if value != self._term[field]:
            old = {field: self._term[field]}
            self._term[field] = value
            self.edit_requested.emit(str(self._term["id"]), old, {field: value})
            self.typing_finished.emit()
