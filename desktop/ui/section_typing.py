"""Typing into Qt's date and time fields (QDateTimeEdit, QTimeEdit) after a click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit

SEPARATORS = frozenset(".:/- ,")


class TypedOverSection(QObject):
    """What is typed into a date or time field after a click replaces the part clicked (the
    hours, the minutes, the day …), as it does after Tab; over the whole field selected
    (Ctrl+A) it starts with the first part. Qt left the cursor where the click fell, inside
    or after the hours, and refused the hours typed there without a word: »16:30« typed
    over 15:00 became 15:30. A date and time typed in full, separators and all, goes part
    by part as written."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        # The part a digit was typed into: when the digit filled it, Qt went on to the next
        # part by itself, and the separator typed next ("." ":" or the space) must not move
        # on once more ("10.02.2027 14:20" became 10.12.2026 20:27: the month skipped, the
        # year typed into the hours).
        self._digit_in: int | None = None
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
        elif watched is self.edit and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            typed = event.text()
            digit_in, self._digit_in = self._digit_in, None
            if typed.isdigit():
                if self.line.selectedText() == self.line.text():
                    first = self.edit.sectionAt(0)
                    self.edit.setCurrentSection(first)
                    self.edit.setSelectedSection(first)
                self._digit_in = self.edit.currentSectionIndex()
            elif (
                typed in SEPARATORS
                and digit_in is not None
                and digit_in != self.edit.currentSectionIndex()
            ):
                return True  # Qt moved on already when the digit filled the part
        return super().eventFilter(watched, event)
