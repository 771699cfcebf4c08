"""Ctrl+Z and Ctrl+Y where a facilitator expects them, in every text field of the window.

Qt gives a text field the undo keys whether or not it has anything of its own to undo: a
person who types in one field, presses Tab and then Ctrl+Z in the next got that field's
empty undo, and nothing happened. In Tværs typing is already a step of the window's undo
(`typing_buffer`, `EditFields`), so a field keeps the keys only for what was typed since
the person came into it; otherwise they are the window's Undo and Redo.

One event filter, on the field that has the focus (line edits, text boxes, spin and date
boxes, combo boxes one can type in): at a shortcut check for the window's undo (redo) keys
it lets the window have them when the field has nothing of its own to undo (redo, nor
typing of its own: new typing ends what could be redone). The field's own history is
dropped when it is left, as its typing is then one closed step of the window (not when a
context menu opens: its Undo entry still works), and when the window's Undo or Redo runs
(from the keys, the menu or the toolbar).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TextField = QLineEdit | QPlainTextEdit | QTextEdit


def text_field(widget: QWidget | None) -> TextField | None:
    """The text a focused widget types into: itself, or the line inside a spin, date or
    time box or a combo box one can type in. None for anything else."""
    if isinstance(widget, TextField):
        return widget
    if isinstance(widget, QAbstractSpinBox) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    ):
        return widget.findChild(QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return None


def has_own(field: TextField, *, redo: bool) -> bool:
    """Whether the field has typing of its own to undo (or redo)."""
    if field.isReadOnly():
        return False
    if isinstance(field, QLineEdit):
        return field.isRedoAvailable() if redo else field.isUndoAvailable()
    if not field.isUndoRedoEnabled():
        return False
    document = field.document()
    return document.isRedoAvailable() if redo else document.isUndoAvailable()


def forget_own(field: TextField) -> None:
    """Drop the field's own undo history; what it shows, its cursor, its selection and
    whether it counts as modified stay as they were."""
    if not isinstance(field, QLineEdit):
        field.document().clearUndoRedoStacks()
        return
    if not (field.isUndoAvailable() or field.isRedoAvailable()):
        return
    cursor, modified = field.cursorPosition(), field.isModified()
    start, length = field.selectionStart(), len(field.selectedText())
    blocked = field.blockSignals(True)  # the same text: no change for anyone to hear of
    try:
        field.setText(field.text())  # Qt's only way to empty a line edit's undo
        if length and cursor == start:
            field.setSelection(start + length, -length)
        elif length:
            field.setSelection(start, length)
        else:
            field.setCursorPosition(cursor)
        field.setModified(modified)
    finally:
        field.blockSignals(blocked)


class UndoKeys(QObject):
    """Gives `window`'s undo and redo actions their keys in a field with nothing of its own
    to undo or redo. Lives as long as the window (its child)."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._undo, self._redo = undo, redo
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        # The window stepped back or on: what the field could undo or redo of its own
        # would now jump over the window's steps.
        undo.triggered.connect(self._window_stepped)
        redo.triggered.connect(self._window_stepped)

    def _window_stepped(self) -> None:
        field = text_field(self._watched)
        if field is not None:
            forget_own(field)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        if new is not None and new.window() is self._window and text_field(new) is not None:
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent) and isinstance(watched, QWidget)
            keys = QKeySequence(event.keyCombination())
            for action, redo in ((self._undo, False), (self._redo, True)):
                field = text_field(watched)
                if keys in action.shortcuts() and field is not None:
                    # The field's own typing first; and after new typing, as in any
                    # editor, there is nothing to redo (its Redo keys stay the field's).
                    if has_own(field, redo=redo) or (redo and has_own(field, redo=False)):
                        return False
                    event.ignore()  # not the field's: the window's shortcut runs
                    return True
        elif kind == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent) and isinstance(watched, QWidget)
            field = text_field(watched)
            if field is not None and event.reason() != Qt.FocusReason.PopupFocusReason:
                forget_own(field)
        return False
