"""Undo commands of the market dialogue page, one per user action."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from desktop.core import dialogue
from desktop.ui.open_workshop import OpenWorkshop, WorkshopCommand
from desktop.ui.row_commands import AddRow, DeleteRow, EditRowField, RowOps

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

MEETING_OPS = RowOps.of(dialogue, "meeting")
INFO_OPS = RowOps.of(dialogue, "info")


class AddMeeting(AddRow):
    ops = MEETING_OPS

    def __init__(self, workshop: OpenWorkshop, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add dialogue meeting"), **fields)


class DeleteMeeting(DeleteRow):
    ops = MEETING_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete dialogue meeting"), row_id)


class EditMeeting(EditRowField):
    ops = MEETING_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str, field: str, old: Any, new: Any) -> None:
        text = translate("commands", "Edit dialogue meeting")
        super().__init__(workshop, text, row_id, field, old, new)


class AddInfo(AddRow):
    ops = INFO_OPS

    def __init__(self, workshop: OpenWorkshop, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add dialogue information"))
        self.fields = fields  # not through AddRow's keywords: a piece's field is "text"


class DeleteInfo(DeleteRow):
    ops = INFO_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete dialogue information"), row_id)


class EditInfo(EditRowField):
    ops = INFO_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str, field: str, old: Any, new: Any) -> None:
        text = translate("commands", "Edit dialogue information")
        super().__init__(workshop, text, row_id, field, old, new)


class TellAtMeeting(WorkshopCommand):
    """Tick (or untick) a piece of information as given at a meeting."""

    def __init__(self, workshop: OpenWorkshop, info_id: str, meeting_id: str, told: bool) -> None:
        text = (
            translate("commands", "Mark information as given")
            if told
            else translate("commands", "Mark information as not given")
        )
        super().__init__(workshop, text)
        self.info_id, self.meeting_id, self.told = info_id, meeting_id, told
        self.was = not told

    def _redo(self, session: Session) -> None:
        self.was = dialogue.set_told(
            session, info_id=self.info_id, meeting_id=self.meeting_id, told=self.told
        )

    def _undo(self, session: Session) -> None:
        dialogue.set_told(session, info_id=self.info_id, meeting_id=self.meeting_id, told=self.was)


class GiveToAll(WorkshopCommand):
    """A piece given to some suppliers is given to every supplier on a day."""

    def __init__(self, workshop: OpenWorkshop, info_id: str, on: date) -> None:
        super().__init__(workshop, translate("commands", "Give information to all suppliers"))
        self.info_id, self.on = info_id, on
        self.before = ""

    def _redo(self, session: Session) -> None:
        self.before = dialogue.share_info(session, info_id=self.info_id, on=self.on)

    def _undo(self, session: Session) -> None:
        dialogue.update_info(session, info_id=self.info_id, shared_on=self.before)
