"""Undo commands of the delivery board, one per user action."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from desktop.core import delivery
from desktop.ui.edit_fields import EditFields
from desktop.ui.open_workshop import OpenWorkshop, WorkshopCommand
from desktop.ui.row_commands import AddRow, DeleteRow, RowOps

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

SERVICE_OPS = RowOps.of(delivery, "service")
CRITERION_OPS = RowOps.of(delivery, "criterion")
SERVICE_MERGE_ID = 5000
CRITERION_MERGE_ID = 5001


def _criterion_ids(session: Session) -> set[str]:
    return {criterion.id for criterion in delivery.list_criteria(session)}


class AddService(AddRow):
    """The workshop's first card brings the starting criteria; its undo takes them away
    again, so undoing everything gives back the workshop as it was."""

    ops = SERVICE_OPS

    def __init__(self, workshop: OpenWorkshop, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add service"), **fields)
        self.criteria: list[str] = []

    def _redo(self, session: Session) -> None:
        if self.snapshot is None:
            had = _criterion_ids(session)
            super()._redo(session)
            self.criteria = sorted(_criterion_ids(session) - had)
        else:
            super()._redo(session)

    def _undo(self, session: Session) -> None:
        assert self.row_id is not None
        self.snapshot = delivery.delete_service(
            session, service_id=self.row_id, with_criteria=self.criteria
        )


class DeleteService(DeleteRow):
    ops = SERVICE_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete service"), row_id)


class EditService(EditFields):
    """A change to a card's fields. Typing in the same fields of the same card merges."""

    def __init__(
        self, workshop: OpenWorkshop, service_id: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        text = translate("commands", "Edit service")
        update = SERVICE_OPS.update
        super().__init__(workshop, text, service_id, old, new, update, merge_id=SERVICE_MERGE_ID)


class MoveService(WorkshopCommand):
    """A card to another column or place: drag and drop, Ctrl+arrows, the placement box."""

    def __init__(
        self,
        workshop: OpenWorkshop,
        service_id: str,
        placement: str,
        before_id: str | None,
        *,
        reorder: bool = False,
    ) -> None:
        text = (
            translate("commands", "Reorder services")
            if reorder
            else translate("commands", "Move service")
        )
        super().__init__(workshop, text)
        self.service_id, self.placement, self.before_id = service_id, placement, before_id
        self.before: delivery.BoardOrder | None = None
        self.after: delivery.BoardOrder | None = None

    def _redo(self, session: Session) -> None:
        if self.after is not None:
            delivery.restore_order(session, order=self.after)
            return
        card, placement, before_id = self.service_id, self.placement, self.before_id
        self.before = delivery.move_service(
            session, service_id=card, placement=placement, before_id=before_id
        )
        # What the move stored, for the redo: not read back
        self.after = delivery.moved_order(
            self.before, service_id=card, placement=placement, before_id=before_id
        )

    def _undo(self, session: Session) -> None:
        assert self.before is not None
        delivery.restore_order(session, order=self.before)


class ScoreService(WorkshopCommand):
    def __init__(
        self,
        workshop: OpenWorkshop,
        service_id: str,
        criterion_id: str,
        score: int | None,
    ) -> None:
        super().__init__(workshop, translate("commands", "Score service"))
        self.service_id, self.criterion_id, self.score = service_id, criterion_id, score
        self.previous: int | None = None

    def _redo(self, session: Session) -> None:
        self.previous = delivery.set_score(
            session, service_id=self.service_id, criterion_id=self.criterion_id, score=self.score
        )

    def _undo(self, session: Session) -> None:
        delivery.set_score(
            session,
            service_id=self.service_id,
            criterion_id=self.criterion_id,
            score=self.previous,
        )


class LinkNeeds(WorkshopCommand):
    """Link one or more notes to a card, as one step."""

    def __init__(self, workshop: OpenWorkshop, service_id: str, note_ids: Sequence[str]) -> None:
        super().__init__(workshop, translate("commands", "Link needs"))
        self.service_id, self.note_ids = service_id, list(note_ids)
        self.added: list[str] = []

    def _redo(self, session: Session) -> None:
        self.added = [
            note_id
            for note_id in self.note_ids
            if delivery.link_note(session, service_id=self.service_id, note_id=note_id)
        ]

    def _undo(self, session: Session) -> None:
        for note_id in self.added:
            delivery.unlink_note(session, service_id=self.service_id, note_id=note_id)


class UnlinkNeed(WorkshopCommand):
    def __init__(self, workshop: OpenWorkshop, service_id: str, note_id: str) -> None:
        super().__init__(workshop, translate("commands", "Unlink need"))
        self.service_id, self.note_id = service_id, note_id
        self.removed = False

    def _redo(self, session: Session) -> None:
        self.removed = delivery.unlink_note(
            session, service_id=self.service_id, note_id=self.note_id
        )

    def _undo(self, session: Session) -> None:
        if self.removed:
            delivery.link_note(session, service_id=self.service_id, note_id=self.note_id)


class CreateServiceFromNote(WorkshopCommand):
    """ "Create service from note" on the needs canvas: a new Undecided card, linked."""

    def __init__(self, workshop: OpenWorkshop, note_id: str) -> None:
        super().__init__(workshop, translate("commands", "Create service from note"))
        self.note_id = note_id
        self.service_id: str | None = None
        self.snapshot: dict[str, Any] | None = None
        self.criteria: list[str] = []  # the starting criteria, if this was the first card

    def _redo(self, session: Session) -> None:
        if self.snapshot is None:
            had = _criterion_ids(session)
            self.service_id = delivery.create_service_from_note(session, note_id=self.note_id).id
            self.criteria = sorted(_criterion_ids(session) - had)
        else:  # redo after undo: the very same card, with its link (and criteria)
            delivery.restore_service(session, data=self.snapshot)

    def _undo(self, session: Session) -> None:
        assert self.service_id is not None
        self.snapshot = delivery.delete_service(
            session, service_id=self.service_id, with_criteria=self.criteria
        )


class CreateCriteria(WorkshopCommand):
    """The starting criteria, when the criteria are opened before any card exists."""

    def __init__(self, workshop: OpenWorkshop) -> None:
        super().__init__(workshop, translate("commands", "Create criteria"))
        self.created: list[str] = []

    def _redo(self, session: Session) -> None:
        self.created = delivery.ensure_criteria(session)

    def _undo(self, session: Session) -> None:
        delivery.remove_criteria(session, criterion_ids=self.created)


class AddCriterion(AddRow):
    ops = CRITERION_OPS

    def __init__(self, workshop: OpenWorkshop, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add criterion"), **fields)


class DeleteCriterion(DeleteRow):
    ops = CRITERION_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete criterion"), row_id)


class EditCriterion(EditFields):
    """A criterion's weight, direction, title or description. Typing merges."""

    def __init__(
        self,
        workshop: OpenWorkshop,
        criterion_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
    ) -> None:
        label = (
            translate("commands", "Change weight")
            if set(new) == {"weight"}
            else translate("commands", "Edit criterion")
        )
        update, merge_id = CRITERION_OPS.update, CRITERION_MERGE_ID
        super().__init__(workshop, label, criterion_id, old, new, update, merge_id=merge_id)
