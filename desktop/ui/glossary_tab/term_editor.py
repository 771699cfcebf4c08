"""The selected term in full: the long fields get room to be written and read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.ui.record_form import RecordForm

TEXT_FIELDS = ("term", "explanation", "example", "source")


class TermEditor(RecordForm):
    """Emits `edit_requested(term_id, old, new)`; `typing_finished` closes the undo step."""

    def __init__(self, status_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] | None = None
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.term = QLineEdit()
        self.explanation = QPlainTextEdit()
        self.example = QPlainTextEdit()
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Law and §, or where the term comes from"))
        for box in (self.explanation, self.example):
            box.setTabChangesFocus(True)
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
            (self.tr("Explained &by"), self.taught_by),
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

        self.watch_text(*TEXT_FIELDS)
        self.status.activated.connect(lambda _i: self._chosen("status", self.status))
        self.taught_by.activated.connect(lambda _i: self._chosen("taught_by", self.taught_by))
        self.show_term(None, {}, "")

    @property
    def term_id(self) -> str | None:
        return self.row_id

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
        with self.showing(term):
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
            if names != self._names:  # else the list stays, and the popup if it is open
                self._names = dict(names)
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
                self.taught_by.setCurrentIndex(0)
                return
            self.show_texts({name: str(term[name]) for name in TEXT_FIELDS})
            self.status.setCurrentIndex(max(0, self.status.findData(term["status"])))
            self.taught_by.setCurrentIndex(max(0, self.taught_by.findData(term["taught_by"])))
            self.counterpart.setText(
                counterpart or self.tr("None (select one on each side and link)")
            )

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.status.setEnabled(not read_only and self.stored is not None)
        self.taught_by.setEnabled(not read_only and self.stored is not None)

    def _chosen(self, field: str, combo: QComboBox) -> None:
        self.request({field: combo.currentData()})
