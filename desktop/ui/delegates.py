"""Cell editors: a drop-down for choices, a date field that can be empty, text with suggestions."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui import dialogs
from desktop.ui.date_field import CALENDAR_BUTTON_ROOM, DateField
from desktop.ui.row_table_model import Column

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # lupdate finds translate("context", "text")
KEEPS_EDITOR_OPEN = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
LEAVING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class ColumnDelegate(QStyledItemDelegate):
    """Picks the editor from the column's kind."""

    def __init__(self, column: Column, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self._explaining = False
        # Each cell's size, measured once: a column that fits its content (ResizeToContents)
        # is measured over every row on each layout pass, and a cell's measure asks the
        # model for eight roles (the 800 actions of a 4x workshop: 14,400 measures, ~0.3 s,
        # when the Workshop tab first shows). Forgotten whenever the model changes.
        self._sizes: dict[tuple[int, int], QSize] = {}
        self._measured: QAbstractItemModel | None = None
        self._measured_font = QFont()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = self.column.kind
        if kind == "choice":
            combo = QComboBox(parent)
            for value, label in self.column.choices:
                combo.addItem(label, value)
            return combo
        if kind == "date":
            editor = DateField(parent, start=self.column.date_start or date.today)
            editor.setFrame(False)
            editor.date_chosen.connect(lambda: self._chosen_in_calendar(editor))
            return editor
        line = QLineEdit(parent)
        if self.column.suggestions is not None:
            completer = QCompleter(self.column.suggestions(), line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line.setCompleter(completer)
        return line

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        model = index.model()
        if model is not self._measured:
            self._measure_for(model)
        if option.font != self._measured_font:  # larger type (presenting): measure anew
            self._sizes.clear()
            self._measured_font = QFont(option.font)
        key = (index.row(), index.column())
        hint = self._sizes.get(key)
        if hint is None:
            hint = super().sizeHint(option, index)
            if self.column.kind == "date":  # the open editor needs room for its calendar button
                hint.setWidth(hint.width() + CALENDAR_BUTTON_ROOM)
            self._sizes[key] = hint
        return QSize(hint)  # a copy: the caller may change it

    def _measure_for(self, model: QAbstractItemModel) -> None:
        """Measure this model's cells, and forget the measures on any change of its rows,
        their contents or order (before and after: a view may measure in between)."""
        self._sizes.clear()
        self._measured = model
        for signal in (
            model.dataChanged,
            model.modelAboutToBeReset,
            model.modelReset,
            model.layoutAboutToBeChanged,
            model.layoutChanged,
            model.rowsAboutToBeInserted,
            model.rowsInserted,
            model.rowsAboutToBeRemoved,
            model.rowsRemoved,
            model.rowsAboutToBeMoved,
            model.rowsMoved,
            model.columnsAboutToBeInserted,
            model.columnsInserted,
            model.columnsAboutToBeRemoved,
            model.columnsRemoved,
            model.columnsAboutToBeMoved,
            model.columnsMoved,
        ):
            signal.connect(self._forget_sizes)

    def _forget_sizes(self) -> None:
        self._sizes.clear()

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateField):
            valid = isinstance(value, QDate) and value.isValid()
            # PySide6's stubs give QDate.toPython() as object; it returns a date.
            editor.set_date(cast(date, value.toPython()) if valid else None)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateField):
            if editor.error() is not None:
                # Focus left (or the file is saved) with a date that cannot be: keep the
                # stored one and say why, once the editor has closed.
                message = self._refusal(editor)
                window = editor.window()
                QTimer.singleShot(0, lambda: dialogs.show_error(window, message))
                return
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Tab on a date that cannot be: say why and keep the editor open with the
        typed text, so it can be corrected."""
        if isinstance(watched, DateField):
            if (
                event.type() == QEvent.Type.FocusOut
                and isinstance(event, QFocusEvent)
                and (self._explaining or event.reason() in KEEPS_EDITOR_OPEN)
                and watched.error() is not None
            ):
                # Our message box, or another window, took the focus: the editor stays
                # open with what was typed, to be corrected on return.
                return True
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in LEAVING_KEYS
                and watched.error() is not None
            ):
                self._explaining = True
                try:
                    dialogs.show_error(watched.window(), self._refusal(watched))
                finally:
                    self._explaining = False
                watched.setFocus()
                watched.selectAll()
                return True
        return super().eventFilter(watched, event)

    def _refusal(self, editor: DateField) -> str:
        return translate("ColumnDelegate", "{reason} The date was not changed.").format(
            reason=editor.error_text()
        )

    def _chosen_in_calendar(self, editor: DateField) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def open_cell_editor(view: QAbstractItemView) -> QWidget | None:
    """The cell editor open in `view` that holds the keyboard focus, or None.

    The focus may sit inside a composite editor (a date field's line edit): the editor
    Qt knows is the viewport's child that contains it, and only that one may be given to
    commitData/closeEditor.
    """
    widget = QApplication.focusWidget()
    viewport = view.viewport()
    while widget is not None and widget.parentWidget() is not viewport:
        widget = widget.parentWidget()
    return widget
