"""Typing into Qt's date and time fields (QDateTimeEdit, QTimeEdit) after a click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit


class TypedOverSection(QObject):
    """What is typed into a date or time field after a click replaces the part clicked (the
    hours, the minutes, the day …), as it does after Tab; over the whole field selected
    (Ctrl+A) it starts with the first part. Qt left the cursor where the click fell, inside
    or after the hours, and refused the hours typed there without a word: »16:30« typed
    over 15:00 became 15:30."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        line = edit.findChild(QLineEdit)
        assert line is not None  # every spin box types into a line edit of its own
        self.line = line
        line.installEventFilter(self)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.MouseButtonRelease  # the field's, or its text's (Qt's choice)
            and not self.line.hasSelectedText()  # a click, not a drag over the text
        ):
            self.edit.setSelectedSection(self.edit.currentSection())
        elif (
            watched is self.edit
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isdigit()
            and self.line.selectedText() == self.line.text()
        ):
            first = self.edit.sectionAt(0)
            self.edit.setCurrentSection(first)
            self.edit.setSelectedSection(first)
        return super().eventFilter(watched, event)
