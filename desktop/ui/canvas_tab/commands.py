"""Undo commands of the needs canvas, one per user action.

A drag is one command (made on release); consecutive arrow-key nudges of one note, and
consecutive vote changes of one note, merge into one step, as typing in a note does.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlmodel import Session

from desktop.core import canvas
from desktop.core.canvas import NotePlace
from desktop.ui.edit_fields import EditFields
from desktop.ui.open_workshop import OpenWorkshop, WorkshopCommand

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

EDIT_NOTE_ID = 4001
NUDGE_ID = 4002
VOTES_ID = 4003
NUDGE_PAUSE_S = 2.0  # nudges further apart than this are separate steps


# -- canvases -----------------------------------------------------------------------------


class AddCanvas(WorkshopCommand):
    def __init__(self, workshop: OpenWorkshop, template_key: str) -> None:
        super().__init__(workshop, translate("commands", "New canvas"))
        self.template_key = template_key
        self.canvas_id: str | None = None
        self.snapshot: dict[str, Any] | None = None

    def _redo(self, session: Session) -> None:
        if self.snapshot is None:
            self.canvas_id = canvas.create_canvas(session, template_key=self.template_key).id
        else:
            canvas.restore_canvas(session, data=self.snapshot)

    def _undo(self, session: Session) -> None:
        assert self.canvas_id is not None
        self.snapshot = canvas.delete_canvas(session, canvas_id=self.canvas_id)


class RenameCanvas(WorkshopCommand):
    def __init__(self, workshop: OpenWorkshop, canvas_id: str, title: str) -> None:
        super().__init__(workshop, translate("commands", "Rename canvas"))
        self.canvas_id, self.title = canvas_id, title
        self.before: str | None = None

    def _redo(self, session: Session) -> None:
        self.before = canvas.rename_canvas(session, canvas_id=self.canvas_id, title=self.title)

    def _undo(self, session: Session) -> None:
        assert self.before is not None
        canvas.rename_canvas(session, canvas_id=self.canvas_id, title=self.before)


class DeleteCanvas(WorkshopCommand):
    def __init__(self, workshop: OpenWorkshop, canvas_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete canvas"))
        self.canvas_id = canvas_id
        self.snapshot: dict[str, Any] | None = None

    def _redo(self, session: Session) -> None:
        self.snapshot = canvas.delete_canvas(session, canvas_id=self.canvas_id)

    def _undo(self, session: Session) -> None:
        assert self.snapshot is not None
        canvas.restore_canvas(session, data=self.snapshot)


# -- notes --------------------------------------------------------------------------------


class AddNote(WorkshopCommand):
    def __init__(self, workshop: OpenWorkshop, canvas_id: str, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add note"))
        self.canvas_id, self.fields = canvas_id, fields
        self.note_id: str | None = None
        self.snapshot: dict[str, Any] | None = None

    def _redo(self, session: Session) -> None:
        if self.snapshot is None:
            self.note_id = canvas.add_note(session, canvas_id=self.canvas_id, **self.fields).id
        else:  # redo after undo: the very same note, same id and place
            canvas.restore_note(session, data=self.snapshot)

    def _undo(self, session: Session) -> None:
        assert self.note_id is not None
        self.snapshot = canvas.delete_note(session, note_id=self.note_id)


class AcceptRoomNote(AddNote):
    """A note sent from a phone, accepted by the facilitator: an ordinary note, one step."""

    def __init__(self, workshop: OpenWorkshop, canvas_id: str, **fields: Any) -> None:
        super().__init__(workshop, canvas_id, **fields)
        self.setText(translate("commands", "Accept note from the room"))


class DeleteNote(WorkshopCommand):
    def __init__(self, workshop: OpenWorkshop, note_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete note"))
        self.note_id = note_id
        self.snapshot: dict[str, Any] | None = None

    def _redo(self, session: Session) -> None:
        self.snapshot = canvas.delete_note(session, note_id=self.note_id)

    def _undo(self, session: Session) -> None:
        assert self.snapshot is not None
        canvas.restore_note(session, data=self.snapshot)


def _edit_label(fields: set[str]) -> str:
    if fields == {"kind"}:
        return translate("commands", "Change note type")
    if fields == {"side"}:
        return translate("commands", "Change note side")
    if fields == {"priority"}:
        return translate("commands", "Change priority")
    return translate("commands", "Edit note")


class EditNote(EditFields):
    """A change to a note's text, kind, side or priority. Typing in one note merges; each
    kind, side or priority chosen is its own step."""

    def __init__(
        self, workshop: OpenWorkshop, note_id: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        super().__init__(
            workshop,
            _edit_label(set(new)),
            note_id,
            old,
            new,
            _update_note,
            merge_id=EDIT_NOTE_ID,
            never_merge=set(canvas.NOTE_FIELDS) - {"text"},
        )


class MergeRoomNote(EditFields):
    """A note from the room added to a note already up: one step, never merged with typing."""

    def __init__(self, workshop: OpenWorkshop, note_id: str, old: str, new: str) -> None:
        super().__init__(
            workshop,
            translate("commands", "Merge note from the room"),
            note_id,
            {"text": old},
            {"text": new},
            _update_note,
        )


def _update_note(session: Session, note_id: str, **changes: Any) -> object:
    return canvas.update_note(session, note_id=note_id, **changes)


class ChangeVotes(WorkshopCommand):
    """+1, -1 or a number typed in. Consecutive changes of one note are one step."""

    def __init__(
        self,
        workshop: OpenWorkshop,
        note_id: str,
        *,
        delta: int = 0,
        votes: int | None = None,
    ) -> None:
        super().__init__(workshop, translate("commands", "Change votes"))
        self.note_id, self.delta, self.votes = note_id, delta, votes
        self.before: int | None = None
        self.after: int | None = None

    def id(self) -> int:
        return VOTES_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, ChangeVotes)
            or other.isObsolete()  # it failed: Qt still asks
            or other.note_id != self.note_id
        ):
            return False
        if not self.open_for_merge:
            return False
        self.after = other.after
        return True

    def _redo(self, session: Session) -> None:
        if self.after is not None:
            canvas.set_votes(session, note_id=self.note_id, votes=self.after)
            return
        if self.votes is not None:
            self.before = canvas.set_votes(session, note_id=self.note_id, votes=self.votes)
        else:
            self.before = canvas.change_votes(session, note_id=self.note_id, delta=self.delta)
        self.after = canvas.get_note(session, note_id=self.note_id).votes

    def _undo(self, session: Session) -> None:
        assert self.before is not None
        canvas.set_votes(session, note_id=self.note_id, votes=self.before)


class VotingRound(WorkshopCommand):
    """The votes typed in during a voting round, stored together: one step to undo."""

    def __init__(self, workshop: OpenWorkshop, canvas_id: str, votes: dict[str, int]) -> None:
        super().__init__(workshop, translate("commands", "Voting round"))
        self.canvas_id, self.votes = canvas_id, dict(votes)
        self.before: dict[str, int] | None = None

    def _redo(self, session: Session) -> None:
        self.before = canvas.apply_voting_round(session, canvas_id=self.canvas_id, votes=self.votes)

    def _undo(self, session: Session) -> None:
        assert self.before is not None
        canvas.apply_voting_round(session, canvas_id=self.canvas_id, votes=self.before)


class AddRoomVotes(VotingRound):
    """The dots from the phones' vote added to the notes' votes (paper dots stay): one step.
    A note deleted since the vote began is left out."""

    def __init__(self, workshop: OpenWorkshop, canvas_id: str, dots: dict[str, int]) -> None:
        super().__init__(workshop, canvas_id, {})
        self.setText(translate("commands", "Votes from the room"))
        self.dots = dict(dots)

    def _redo(self, session: Session) -> None:
        if not self.votes:  # the first time: the sums, kept for redo
            on_canvas = canvas.canvas_contents(session, canvas_id=self.canvas_id).notes
            now = {str(n["id"]): int(n["votes"]) for n in on_canvas}
            self.votes = {
                note_id: min(canvas.MAX_VOTES, now[note_id] + dots)
                for note_id, dots in self.dots.items()
                if note_id in now and dots > 0
            }
        super()._redo(session)


# -- places -------------------------------------------------------------------------------


class _PlaceNote(WorkshopCommand):
    """Moves a note once with a core operation, then between the two exact places."""

    def __init__(self, workshop: OpenWorkshop, text: str, note_id: str) -> None:
        super().__init__(workshop, text)
        self.note_id = note_id
        self.before: NotePlace | None = None
        self.after: NotePlace | None = None

    def _move(self, session: Session) -> NotePlace:
        raise NotImplementedError

    def _redo(self, session: Session) -> None:
        if self.after is not None:
            canvas.place_note(session, note_id=self.note_id, place=self.after)
            return
        self.before = self._move(session)
        note = canvas.get_note(session, note_id=self.note_id)
        self.after = NotePlace(note.x, note.y, note.zone_id)

    def _undo(self, session: Session) -> None:
        assert self.before is not None
        canvas.place_note(session, note_id=self.note_id, place=self.before)


class MoveNote(_PlaceNote):
    """A drag, from press to release: one step, whatever the mouse did on the way."""

    def __init__(
        self, workshop: OpenWorkshop, note_id: str, x: float, y: float, height: float
    ) -> None:
        super().__init__(workshop, translate("commands", "Move note"), note_id)
        self.x, self.y, self.height = x, y, height

    def _move(self, session: Session) -> NotePlace:
        return canvas.move_note(
            session, note_id=self.note_id, x=self.x, y=self.y, height=self.height
        )


class NudgeNote(_PlaceNote):
    """Arrow keys. Nudges of the same note in quick succession are one step."""

    def __init__(
        self, workshop: OpenWorkshop, note_id: str, dx: float, dy: float, height: float
    ) -> None:
        super().__init__(workshop, translate("commands", "Move note"), note_id)
        self.dx, self.dy, self.height = dx, dy, height
        self.at = time.monotonic()

    def id(self) -> int:
        return NUDGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, NudgeNote)
            or other.isObsolete()  # it failed: Qt still asks
            or other.note_id != self.note_id
            or not self.open_for_merge
            or other.at - self.at > NUDGE_PAUSE_S
        ):
            return False
        self.after, self.at = other.after, other.at
        return True

    def _move(self, session: Session) -> NotePlace:
        return canvas.nudge_note(
            session, note_id=self.note_id, dx=self.dx, dy=self.dy, height=self.height
        )


class MoveNoteToZone(_PlaceNote):
    def __init__(self, workshop: OpenWorkshop, note_id: str, step: int, height: float) -> None:
        text = (
            translate("commands", "Move note to the next zone")
            if step > 0
            else translate("commands", "Move note to the previous zone")
        )
        super().__init__(workshop, text, note_id)
        self.step, self.height = step, height

    def _move(self, session: Session) -> NotePlace:
        return canvas.move_note_to_next_zone(
            session, note_id=self.note_id, step=self.step, height=self.height
        )
