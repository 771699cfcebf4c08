"""Undo commands of the sign-off tab, one per user action."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from desktop.core import signoff
from desktop.ui.edit_fields import EditFields
from desktop.ui.open_workshop import OpenWorkshop, WorkshopCommand
from desktop.ui.row_commands import AddRow, DeleteRow, RowOps

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

DECISION_OPS = RowOps.of(signoff, "decision")
SIGN_OFF_OPS = RowOps.of(signoff, "sign_off")
DECISION_MERGE_ID = 6000


class AddDecision(AddRow):
    ops = DECISION_OPS

    def __init__(self, workshop: OpenWorkshop, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add decision"), **fields)


class DeleteDecision(DeleteRow):
    """Deletes the decision with its sign-offs; undo brings all of them back."""

    ops = DECISION_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete decision"), row_id)


class EditDecision(EditFields):
    """A change to a decision's fields. Typing in the same fields of the same decision merges."""

    def __init__(
        self, workshop: OpenWorkshop, decision_id: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        text = translate("commands", "Edit decision")
        update = DECISION_OPS.update
        super().__init__(workshop, text, decision_id, old, new, update, merge_id=DECISION_MERGE_ID)


class MoveDecision(WorkshopCommand):
    def __init__(self, workshop: OpenWorkshop, decision_id: str, offset: int) -> None:
        text = (
            translate("commands", "Move decision up")
            if offset < 0
            else translate("commands", "Move decision down")
        )
        super().__init__(workshop, text)
        self.decision_id, self.offset = decision_id, offset
        # The positions as stored, not just the order: undo gives back the very same file.
        self.before: dict[str, int] = {}
        self.after: dict[str, int] | None = None

    def _redo(self, session: Session) -> None:
        if self.after is not None:
            signoff.restore_decision_positions(session, positions=self.after)
            return
        self.before = signoff.decision_positions(session)
        signoff.move_decision(session, decision_id=self.decision_id, offset=self.offset)
        self.after = signoff.decision_positions(session)

    def _undo(self, session: Session) -> None:
        signoff.restore_decision_positions(session, positions=self.before)


class EditFrame(EditFields):
    """Set or clear leadership's frame for the resources (budget, hours, FTE). One field is
    edited at a time, when it is left: each edit is one step. The frame's row is made by the
    first edit; undo gives back the file exactly as it was (no row, or the row as it was),
    and redo the very row the edit made."""

    def __init__(self, workshop: OpenWorkshop, old: dict[str, Any], new: dict[str, Any]) -> None:
        text = translate("commands", "Change the frame")
        super().__init__(workshop, text, "", old, new, _update_frame)
        self.before: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None
        self.ran = False

    def _redo(self, session: Session) -> None:
        if self.ran:
            signoff.restore_frame(session, snapshot=self.after)
            return
        self.before = signoff.frame_snapshot(session)
        super()._redo(session)
        self.after = signoff.frame_snapshot(session)
        self.ran = True

    def _undo(self, session: Session) -> None:
        signoff.restore_frame(session, snapshot=self.before)


def _update_frame(session: Session, _row_id: str, **fields: Any) -> None:
    signoff.update_resource_frame(session, **fields)


class SetDecisionServices(WorkshopCommand):
    """Tick or untick services on the delivery board that the decision covers."""

    def __init__(self, workshop: OpenWorkshop, decision_id: str, service_ids: list[str]) -> None:
        super().__init__(workshop, translate("commands", "Change services covered"))
        self.decision_id, self.service_ids = decision_id, list(service_ids)
        self.before: list[str] = []

    def _redo(self, session: Session) -> None:
        self.before = signoff.set_decision_services(
            session, decision_id=self.decision_id, service_ids=self.service_ids
        )

    def _undo(self, session: Session) -> None:
        signoff.set_decision_services(
            session, decision_id=self.decision_id, service_ids=self.before
        )


class AddSignOff(WorkshopCommand):
    """Record a sign-off. Redo after undo puts back the very same one, fingerprint and all:
    it records what was signed then, not what the decision is at the time of the redo."""

    def __init__(
        self,
        workshop: OpenWorkshop,
        *,
        renew: bool = False,
        decision_id: str,
        approver_name: str,
        approver_title: str,
        participant_id: str | None,
        outcome: str,
        comment: str,
        signed_at: datetime,
    ) -> None:
        text = (
            translate("commands", "Sign again")  # as the button says
            if renew
            else translate("commands", "Add sign-off")
        )
        super().__init__(workshop, text)
        self.fields: dict[str, Any] = {
            "decision_id": decision_id,
            "approver_name": approver_name,
            "approver_title": approver_title,
            "participant_id": participant_id,
            "outcome": outcome,
            "comment": comment,
            "signed_at": signed_at,
        }
        self.row_id: str | None = None
        self.snapshot: dict[str, Any] | None = None

    def _redo(self, session: Session) -> None:
        if self.snapshot is None:
            self.row_id = signoff.add_sign_off(session, **self.fields).id
        else:
            signoff.restore_sign_off(session, data=self.snapshot)

    def _undo(self, session: Session) -> None:
        assert self.row_id is not None
        self.snapshot = signoff.delete_sign_off(session, sign_off_id=self.row_id)


class EditSignOff(EditFields):
    """Correct a sign-off's outcome, time, approver or comment (never what was signed).
    Edited in a table cell, so each edit is one step: nothing to merge."""

    def __init__(
        self, workshop: OpenWorkshop, sign_off_id: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        text = translate("commands", "Edit sign-off")
        super().__init__(workshop, text, sign_off_id, old, new, SIGN_OFF_OPS.update)


class DeleteSignOff(DeleteRow):
    ops = SIGN_OFF_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete sign-off"), row_id)
