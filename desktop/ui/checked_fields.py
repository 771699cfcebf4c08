"""Typed fields whose text is checked when they are left (the card's amounts, years, CPV
code and announcement date; the contract page's fields).

Typing in a field marks it; leaving it, or a day chosen in its calendar, checks what was
typed: what is wrong is shown and stays as typed, nothing stored; what is right is stored
(one undo step, by the form). A field that is only shown, never typed in, is never read
back, so showing a card never stores anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.core.errors import TvaersError
from desktop.ui.date_field import DateField


class DateTypedError(TvaersError):
    """A date field's own message about what was typed (already in the UI's language)."""

    da = en = "{text}"


class CheckedFields:
    """The marked (typed in, not yet stored) fields of `owner`, named by attribute.

    `read(name, line)` gives the value to store or raises a TvaersError; `store(name,
    value)` stores it; `show_problem(message, line)` shows a message beside the fields
    (None: clears it); `can_store()` is false without a row or in a read-only workshop."""

    def __init__(
        self,
        owner: QWidget,
        lang: str,
        *,
        read: Callable[[str, QLineEdit], Any],
        store: Callable[[str, Any], None],
        show_problem: Callable[[str | None, QLineEdit | None], None],
        can_store: Callable[[], bool],
    ) -> None:
        self.owner, self.lang = owner, lang
        self.read, self.store = read, store
        self.show_problem, self.can_store = show_problem, can_store
        self.dirty: set[str] = set()

    def watch(self, *names: str) -> None:
        """Typing marks the field and leaving it checks it; a DateField is also marked by
        ↑/↓ and checked when a day is chosen in its calendar."""
        for name in names:
            line: QLineEdit = getattr(self.owner, name)
            line.textEdited.connect(lambda _t, n=name: self.dirty.add(n))
            line.editingFinished.connect(lambda n=name: self.commit(n))
            if isinstance(line, DateField):
                line.stepped.connect(lambda n=name: self.dirty.add(n))
                line.date_chosen.connect(lambda n=name: self.chosen(n))

    def chosen(self, name: str) -> None:
        """A value put in the field other than by typing (a day picked, a code chosen)."""
        self.dirty.add(name)
        self.commit(name)

    def commit_all(self) -> None:
        """Check and store every marked field (before save, on leaving the row)."""
        for name in list(self.dirty):
            self.commit(name)

    def commit(self, name: str) -> None:
        """Check what is typed in the field; store it, or show what is wrong."""
        if not self.can_store() or name not in self.dirty:
            return
        line: QLineEdit = getattr(self.owner, name)
        try:
            value = self.read(name, line)
        except TvaersError as exc:
            self.show_problem(exc.message(self.lang), line)
            return
        self.dirty.discard(name)
        self.show_problem(None, None)
        self.store(name, value)
