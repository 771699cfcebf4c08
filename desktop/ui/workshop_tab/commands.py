"""Undo commands of the Workshop tab: one class per user action, labelled in the user's words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from desktop.core import actions, participants, workshop
from desktop.ui.edit_fields import EditFields
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.row_commands import AddRow, DeleteRow, EditRowField, RowOps

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

PARTICIPANT_OPS = RowOps.of(participants, "participant")
ACTION_OPS = RowOps.of(actions, "action")


class AddParticipant(AddRow):
    ops = PARTICIPANT_OPS

    def __init__(self, workshop: OpenWorkshop, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add participant"), **fields)


class EditParticipant(EditRowField):
    ops = PARTICIPANT_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str, field: str, old: Any, new: Any):
        text = (
            translate("commands", "Rename participant")
            if field == "name"
            else translate("commands", "Edit participant")
        )
        super().__init__(workshop, text, row_id, field, old, new)


class DeleteParticipant(DeleteRow):
    ops = PARTICIPANT_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete participant"), row_id)


class AddAction(AddRow):
    ops = ACTION_OPS

    def __init__(self, workshop: OpenWorkshop, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add follow-up action"), **fields)


class EditAction(EditRowField):
    ops = ACTION_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str, field: str, old: Any, new: Any):
        super().__init__(
            workshop, translate("commands", "Edit follow-up action"), row_id, field, old, new
        )


class DeleteAction(DeleteRow):
    ops = ACTION_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete follow-up action"), row_id)


DETAILS_MERGE_ID = 1000


class EditWorkshopDetails(EditFields):
    """Typing in a details field: each pause commits, and one field's typing is one undo step.
    The workshop has one row: its id is not needed to find it."""

    def __init__(self, workshop: OpenWorkshop, old: dict[str, Any], new: dict[str, Any]) -> None:
        text = translate("commands", "Edit workshop details")
        super().__init__(workshop, text, "", old, new, _update_details, merge_id=DETAILS_MERGE_ID)


def _update_details(session: Session, _row_id: str, **changes: Any) -> object:
    return workshop.update_workshop(session, **changes)
