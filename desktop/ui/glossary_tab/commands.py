"""Undo commands of the shared-language tab, one per user action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from desktop.core import glossary
from desktop.ui.edit_fields import EditFields
from desktop.ui.open_workshop import OpenWorkshop, WorkshopCommand
from desktop.ui.row_commands import AddRow, DeleteRow, RowOps

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

TERM_OPS = RowOps.of(glossary, "term")
TERM_MERGE_ID = 2000


class AddTerm(AddRow):
    ops = TERM_OPS

    def __init__(self, workshop: OpenWorkshop, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add term"), **fields)


class DeleteTerm(DeleteRow):
    ops = TERM_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete term"), row_id)


class EditTerm(EditFields):
    """A change to one term's fields. Typing in the same field of the same term merges;
    each status chosen is its own step."""

    def __init__(
        self, workshop: OpenWorkshop, term_id: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        label = (
            translate("commands", "Change term status")
            if set(new) == {"status"}
            else translate("commands", "Edit term")
        )
        super().__init__(
            workshop,
            label,
            term_id,
            old,
            new,
            TERM_OPS.update,
            merge_id=TERM_MERGE_ID,
            never_merge={"status"},
        )


class LinkTerms(WorkshopCommand):
    def __init__(self, workshop: OpenWorkshop, first_id: str, second_id: str) -> None:
        super().__init__(workshop, translate("commands", "Link terms"))
        self.first_id, self.second_id = first_id, second_id
        self.links: glossary.Links | None = None

    def _redo(self, session: Session) -> None:
        self.links = glossary.link_terms(session, first_id=self.first_id, second_id=self.second_id)

    def _undo(self, session: Session) -> None:
        assert self.links is not None
        glossary.restore_links(session, links=self.links)


class UnlinkTerm(WorkshopCommand):
    def __init__(self, workshop: OpenWorkshop, term_id: str) -> None:
        super().__init__(workshop, translate("commands", "Unlink terms"))
        self.term_id = term_id
        self.links: glossary.Links | None = None

    def _redo(self, session: Session) -> None:
        self.links = glossary.unlink_term(session, term_id=self.term_id)

    def _undo(self, session: Session) -> None:
        assert self.links is not None
        glossary.restore_links(session, links=self.links)


class ReorderTerms(WorkshopCommand):
    """Move a term up or down, or sort a side by term. Undo and redo put back the positions
    as stored, not just the order (see `glossary.side_positions`)."""

    def __init__(
        self, workshop: OpenWorkshop, text: str, side: str, *, term_id: str = "", offset: int = 0
    ) -> None:
        super().__init__(workshop, text)
        self.side, self.term_id, self.offset = side, term_id, offset
        self.before: dict[str, int] = {}
        self.after: dict[str, int] | None = None

    def _redo(self, session: Session) -> None:
        if self.after is not None:
            glossary.restore_positions(session, positions=self.after)
            return
        self.before = glossary.side_positions(session, side=self.side)
        if self.term_id:
            glossary.move_term(session, term_id=self.term_id, offset=self.offset)
        else:
            glossary.sort_by_term(session, side=self.side)
        self.after = glossary.side_positions(session, side=self.side)

    def _undo(self, session: Session) -> None:
        glossary.restore_positions(session, positions=self.before)


def move_term(workshop: OpenWorkshop, side: str, term_id: str, offset: int) -> ReorderTerms:
    text = (
        translate("commands", "Move term up")
        if offset < 0
        else translate("commands", "Move term down")
    )
    return ReorderTerms(workshop, text, side, term_id=term_id, offset=offset)


def sort_terms(workshop: OpenWorkshop, side: str) -> ReorderTerms:
    return ReorderTerms(workshop, translate("commands", "Sort terms"), side)


class AddManyTerms(WorkshopCommand):
    """A starter vocabulary or a CSV import: many terms, one transaction, one undo step."""

    def __init__(self, workshop: OpenWorkshop, text: str, rows: list[dict[str, Any]]) -> None:
        super().__init__(workshop, text)
        self.rows = rows
        self.ids: list[str] = []
        self.snapshots: list[dict[str, Any]] = []

    def _redo(self, session: Session) -> None:
        if self.snapshots:
            glossary.restore_terms(session, snapshots=self.snapshots)
        else:
            self.ids = glossary.add_terms(session, self.rows)

    def _undo(self, session: Session) -> None:
        self.snapshots = glossary.delete_terms(session, term_ids=self.ids)


def insert_starter(workshop: OpenWorkshop, rows: list[dict[str, Any]]) -> AddManyTerms:
    return AddManyTerms(workshop, translate("commands", "Add starter vocabulary"), rows)


def import_terms(workshop: OpenWorkshop, rows: list[dict[str, Any]]) -> AddManyTerms:
    return AddManyTerms(workshop, translate("commands", "Import terms"), rows)
