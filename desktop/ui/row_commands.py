"""Undo commands shared by every table of rows (participants, actions, later terms, ...).

Each tab's commands.py subclasses these with its own label and core functions, so
the undo history reads in the workshop's words ("Omdøb deltager").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, cast

from sqlmodel import Session

from desktop.ui.edit_fields import EditFields
from desktop.ui.open_workshop import OpenWorkshop, WorkshopCommand


@dataclass(frozen=True)
class RowOps:
    """The core operations of one table, in a shape the commands can call alike."""

    add: Callable[..., Any]  # (session, **fields) -> row
    update: Callable[..., Any]  # (session, row_id, **changes) -> row
    delete: Callable[..., dict[str, Any]]  # (session, row_id) -> snapshot
    restore: Callable[..., Any]  # (session, snapshot) -> row

    @classmethod
    def of(cls, core: ModuleType, noun: str) -> RowOps:
        """The core module's `add_<noun>(session, **fields)`, `update_<noun>(session,
        <noun>_id=..., **changes)`, `delete_<noun>(session, <noun>_id=...)` and
        `restore_<noun>(session, data=...)`, the convention every table's operations keep.
        Looked up when called, so a test can put a failing one in their place."""
        key = f"{noun}_id"

        def op(verb: str) -> Callable[..., Any]:
            return cast("Callable[..., Any]", getattr(core, f"{verb}_{noun}"))

        return cls(
            add=lambda s, **fields: op("add")(s, **fields),
            update=lambda s, row_id, **changes: op("update")(s, **{key: row_id}, **changes),
            delete=lambda s, row_id: op("delete")(s, **{key: row_id}),
            restore=lambda s, data: op("restore")(s, data=data),
        )


class AddRow(WorkshopCommand):
    ops: RowOps

    def __init__(self, workshop: OpenWorkshop, text: str, **fields: Any) -> None:
        super().__init__(workshop, text)
        self.fields = fields
        self.row_id: str | None = None
        self.snapshot: dict[str, Any] | None = None

    def _redo(self, session: Session) -> None:
        if self.snapshot is None:
            row = self.ops.add(session, **self.fields)
            self.row_id = row.id
        else:  # redo after undo: the very same row, same id and place
            self.ops.restore(session, self.snapshot)

    def _undo(self, session: Session) -> None:
        assert self.row_id is not None
        self.snapshot = self.ops.delete(session, self.row_id)


class EditRowField(EditFields):
    """One table cell: each edit is one step."""

    ops: RowOps

    def __init__(
        self, workshop: OpenWorkshop, text: str, row_id: str, field: str, old: Any, new: Any
    ) -> None:
        super().__init__(workshop, text, row_id, {field: old}, {field: new}, self.ops.update)


class DeleteRow(WorkshopCommand):
    ops: RowOps

    def __init__(self, workshop: OpenWorkshop, text: str, row_id: str) -> None:
        super().__init__(workshop, text)
        self.row_id = row_id
        self.snapshot: dict[str, Any] | None = None

    def _redo(self, session: Session) -> None:
        self.snapshot = self.ops.delete(session, self.row_id)

    def _undo(self, session: Session) -> None:
        assert self.snapshot is not None
        self.ops.restore(session, self.snapshot)
