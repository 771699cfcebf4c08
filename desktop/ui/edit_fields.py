"""One undo command for a change to some fields of one row (issue 19, item 3).

Terms, services, criteria, decisions, sign-offs, notes, the workshop's details and the
rows of the Workshop tab's tables all change this way: a core update function called with
the new values, and with the old ones to undo. Typing merges: while the user stays in a
field, each pause's edit of the same fields of the same row joins the step before
(`merge_id`); leaving the field closes the step (`OpenWorkshop.end_typing_step`). Typing
that ends where it began ("a", then backspace) leaves no step behind: the merged command
marks itself obsolete and Qt drops it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlmodel import Session

from desktop.ui.open_workshop import OpenWorkshop, WorkshopCommand

NO_MERGE = -1  # Qt's id for a command that never merges (a table cell: one edit, one step)


class EditFields(WorkshopCommand):
    """`update(session, row_id, **fields)` with `new`, and with `old` to undo.

    Merges with the next EditFields of the same `merge_id` while `open_for_merge`, for
    the same row and the same set of fields, unless one of them is in `never_merge` (a
    term's status: each choice is its own step)."""

    def __init__(
        self,
        workshop: OpenWorkshop,
        text: str,
        row_id: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        update: Callable[..., object],
        *,
        merge_id: int = NO_MERGE,
        never_merge: Collection[str] = (),
    ) -> None:
        super().__init__(workshop, text)
        self.row_id, self.old, self.new = row_id, dict(old), dict(new)
        self.update = update
        self.merge_id = merge_id
        self.never_merge = frozenset(never_merge)

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditFields)
            or other.isObsolete()  # it failed: nothing of it is stored (Qt still asks)
            or not self.open_for_merge
            or other.merge_id != self.merge_id
            or other.row_id != self.row_id
            or set(other.new) != set(self.new)
            or self.never_merge & set(self.new)
        ):
            return False
        self.new = dict(other.new)
        if self.new == self.old:
            self.setObsolete(True)  # back where it began: no step (Qt drops it)
        return True

    def _redo(self, session: Session) -> None:
        self.update(session, self.row_id, **self.new)

    def _undo(self, session: Session) -> None:
        self.update(session, self.row_id, **self.old)
