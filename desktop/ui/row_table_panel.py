"""A titled table of rows with Add and Delete buttons: the shape of the Workshop tab's lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.delegates import ColumnDelegate, open_cell_editor
from desktop.ui.row_table_model import RowTableModel
from desktop.ui.row_views import row_view


class RowTablePanel(QWidget):
    def __init__(
        self,
        title: str,
        model: RowTableModel,
        *,
        add_text: str,
        delete_text: str,
        on_add: Callable[[], None],
        on_delete: Callable[[str], object],  # what it returns is not used
        stretch_columns: tuple[int, ...] = (0,),
        buttons_below: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`buttons_below`: the buttons on a row of their own under the title, for a narrow
        panel (the card's pages beside the board), which the title and buttons side by side
        would make wider than the panel."""
        super().__init__(parent)
        self.model = model
        heading = QLabel(title)
        heading.setObjectName("sectionHeading")
        self.view = row_view(model, type_to_edit=True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        # Free text shares the width (elided, full text in the tooltip); short values fit
        # their content. No horizontal scrolling: it hides columns on a projector.
        for column in range(model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in stretch_columns
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(60)
        header.setStretchLastSection(False)
        self._delegates = [ColumnDelegate(c, self.view) for c in model.columns]
        for i, delegate in enumerate(self._delegates):
            self.view.setItemDelegateForColumn(i, delegate)

        self.add_button = QPushButton(add_text)
        self.delete_button = QPushButton(delete_text)
        self.add_button.clicked.connect(on_add)
        self.delete_button.clicked.connect(self._delete_selected)
        self._on_delete = on_delete
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_selected)

        buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if buttons_below:
            layout.addWidget(heading)
        else:
            buttons.addWidget(heading)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        model.modelAboutToBeReset.connect(self._close_editor)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select_id(self, row_id: str, *, edit_column: int | None = None) -> None:
        row = self.model.row_of(row_id)
        if row < 0:
            return
        index = self.model.index(row, edit_column or 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        if edit_column is not None:
            self.view.setFocus()
            self.view.edit(index)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self._update_buttons()

    def commit_editor(self) -> None:
        """Store what is typed in an open cell (before save, close or quit)."""
        editor = self._open_editor()
        if editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _open_editor(self) -> QWidget | None:
        return open_cell_editor(self.view)

    def _close_editor(self) -> None:
        """Rows are about to change under an open cell editor (an undo, say): close it, or
        Qt later commits its text into whatever row now sits there."""
        editor = self._open_editor()
        if editor is not None:
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _delete_selected(self) -> None:
        row_id = self.selected_id()
        if row_id is None or self.model.read_only:
            return
        row = self.model.row_of(row_id)
        self._on_delete(row_id)
        # The row that took its place is selected (the last one if it was the last), as in
        # the list of sign-offs: Del, Del deletes two rows, and Delete stays clickable.
        count = self.model.rowCount()
        if count and self.model.row_of(row_id) < 0 and self.selected_id() is None:
            self.select_id(self.model.row_id(min(row, count - 1)))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(not self.model.read_only and self.selected_id() is not None)
