"""One side of the glossary: its heading, its buttons and its table of terms."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.delegates import ColumnDelegate
from desktop.ui.glossary_tab.terms_model import COUNTERPART, EXPLANATION, STATUS, SideTermsModel
from desktop.ui.row_table_model import Column
from desktop.ui.trf import trf

# The explanation is what the room reads: the other columns give way before it gets less
# than this share of the table's width (a long term, large type, a 1280×720 projector).
EXPLANATION_SHARE = 0.45


class TermPane(QWidget):
    selected = Signal(str)  # term id ("" when nothing is selected)

    def __init__(self, title: str, model: SideTermsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        heading = QLabel(title)
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("Add"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.sort_button = QPushButton(self.tr("Sort A–Å"))
        self.add_button.setToolTip(self.tr("Add a term on this side (Ins)"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        for small in (self.up_button, self.down_button):
            small.setFixedWidth(36)

        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == EXPLANATION
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(column, mode)
        self.view.setColumnWidth(0, 170)
        self.view.setColumnWidth(STATUS, 95)
        self.view.setColumnWidth(COUNTERPART, 140)
        self._fitting = False
        self._quiet = False  # a selection being put back, not chosen
        header.sectionResized.connect(self._section_resized)
        self.view.viewport().installEventFilter(self)
        status_column = Column("status", "", "choice", list(model.status_labels.items()))
        self._status_delegate = ColumnDelegate(status_column, self.view)
        self.view.setItemDelegateForColumn(STATUS, self._status_delegate)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        # Clicking the row that is already current still means "this one": show its link.
        self.view.clicked.connect(self._current_changed)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sort_button)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

    def selected_id(self) -> str | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return str(self.model.term_at(index.row())["id"])

    def select_id(self, term_id: str, *, edit: bool = False, announce: bool = True) -> bool:
        """Select a term if the list shows it; `announce=False` puts a selection back
        without telling anyone (after the list was reloaded). False if it is not shown."""
        row = self.model.row_of(term_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        selection = self.view.selectionModel()
        if selection.currentIndex().row() != row or not selection.isRowSelected(row):
            before, self._quiet = self._quiet, self._quiet or not announce
            try:
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._quiet = before
        if announce and not self._quiet:
            self.view.scrollTo(index)
            self._current_changed()
        if edit:
            self.view.setFocus()
            self.view.edit(index)
        return True

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Selection changes in here are the list's own (reloaded, filtered), not chosen."""
        before, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = before

    def clear_selection(self) -> None:
        """No term selected on this side, without telling anyone (it is hidden)."""
        with self.quiet():
            self.view.selectionModel().clear()

    def reveal(self, term_id: str | None) -> None:
        """Highlight a term (the counterpart of what is selected on the other side)."""
        self.model.set_highlight(term_id)
        row = self.model.row_of(term_id) if term_id else -1
        if row >= 0:
            self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.sort_button,
        ):
            button.setEnabled(not read_only)

    def update_count(self, filtering: bool) -> None:
        if filtering:
            self.count.setText(trf(self.tr("%1 of %2"), self.model.match_count, self.model.total))
        else:
            self.count.setText(trf(self.tr("Terms: %1"), self.model.total))

    def _current_changed(self) -> None:
        if not self._quiet:
            self.selected.emit(self.selected_id() or "")

    # -- room for the explanation ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != EXPLANATION:  # a column widened by hand or to fit larger type
            self.fit_columns()

    def fit_columns(self) -> None:
        """Narrow the term, status and counterpart columns (in proportion) when together
        they leave the explanation less than its share of the width."""
        if self._fitting:
            return
        width = self.view.viewport().width()
        header = self.view.horizontalHeader()
        others = [
            c
            for c in range(self.model.columnCount())
            if c != EXPLANATION and not self.view.isColumnHidden(c)
        ]
        taken = sum(header.sectionSize(c) for c in others)
        room = int(width * (1 - EXPLANATION_SHARE))
        if width <= 0 or taken <= room:
            return
        self._fitting = True
        try:
            for column in others:
                size = header.sectionSize(column) * room // taken
                header.resizeSection(column, max(header.minimumSectionSize(), size))
        finally:
            self._fitting = False
