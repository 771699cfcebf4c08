"""The Workshop tab: the details, who takes part, and what the room agreed to follow up."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableView, QWidget

from desktop.core import actions, participants, workshop
from desktop.core.readiness import readiness_steps
from desktop.storage.changes import Changes
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.row_table_model import RowTableModel
from desktop.ui.row_table_panel import RowTablePanel
from desktop.ui.tab_pages import WorkshopPage, columns_of
from desktop.ui.workshop_tab import commands
from desktop.ui.workshop_tab.columns import action_columns, participant_columns
from desktop.ui.workshop_tab.details_form import DetailsForm
from desktop.ui.workshop_tab.layout import lay_out
from desktop.ui.workshop_tab.readiness_panel import ReadinessPanel


class WorkshopTab(WorkshopPage):
    # A link in the readiness overview was followed: the window shows that item.
    jump_requested = Signal(str, str)  # kind (desktop.core.readiness), item id

    def __init__(
        self, open_workshop: OpenWorkshop, lang: str = "da", parent: QWidget | None = None
    ) -> None:
        super().__init__(open_workshop, lang, parent)
        self.readiness = ReadinessPanel(lang)
        self.readiness.item_chosen.connect(self.jump_requested)
        self.details = DetailsForm()
        self.details.edit_requested.connect(self._edit_details)
        self.details.typing_finished.connect(open_workshop.end_typing_step)

        self.participant_model = RowTableModel(participant_columns(), self._edit_participant)
        self.participants = RowTablePanel(
            self.tr("Participants"),
            self.participant_model,
            add_text=self.tr("Add pa&rticipant"),
            delete_text=self.tr("Delete participant"),
            on_add=self.add_participant,
            on_delete=lambda rid: self.workshop.push(
                commands.DeleteParticipant(self.workshop, rid)
            ),
            stretch_columns=(0, 1, 2, 4),
        )
        self.action_model = RowTableModel(
            action_columns(self._participant_names, self._due_start), self._edit_action
        )
        self.follow_ups = RowTablePanel(
            self.tr("Follow-up actions"),
            self.action_model,
            add_text=self.tr("Add follow-up a&ction"),
            delete_text=self.tr("Delete action"),
            on_add=self.add_action,
            on_delete=lambda rid: self.workshop.push(commands.DeleteAction(self.workshop, rid)),
            stretch_columns=(0,),
        )

        lay_out(self, self.details, self.readiness, (self.participants, self.follow_ups))

        self.set_read_only(open_workshop.read_only)
        self.refresh()

    # -- columns -----------------------------------------------------------------------

    def _due_start(self) -> date:
        """Where an empty due date starts: the workshop's day, or today once it is past."""
        starts = self.workshop.read(lambda s: workshop.get_workshop(s).starts_at)
        today = date.today()
        return max(today, starts.date()) if starts else today

    def _participant_names(self) -> list[str]:
        return [str(r["name"]) for r in self.participant_model.rows if r["name"]]

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.show_changes(Changes.all())

    def show_changes(self, changes: Changes) -> None:
        """The parts the edit changed; the readiness overview sums up every tab, so it is
        read again after any edit."""
        details = changes.touches("workshop")
        people = changes.touches("participant")
        todo = changes.touches("action_item", "participant")
        ws, people_rows, todo_rows, steps = self.workshop.read(
            lambda s: (
                workshop.get_workshop(s) if details else None,
                [p.model_dump() for p in participants.list_participants(s)] if people else None,
                [a.model_dump() for a in actions.list_actions(s)] if todo else None,
                readiness_steps(s),
            )
        )
        if ws is not None:
            self.details.load(ws)
        self.readiness.show_steps(steps)
        if people_rows is not None:
            self.participant_model.load(people_rows)
        if todo_rows is not None:
            self.action_model.load(todo_rows)

    def select_action(self, action_id: str) -> None:
        """Show a follow-up action: its row selected and in view, the keyboard on it."""
        self.follow_ups.select_id(action_id)
        self.follow_ups.view.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self.details.set_read_only(read_only)
        self.participants.set_read_only(read_only)
        self.follow_ups.set_read_only(read_only)

    def reveal(self, _kind: str, item_id: str) -> None:
        self.select_action(item_id)

    def editing_parts(self) -> list[QWidget]:
        return [
            self.participants.add_button,
            self.participants.delete_button,
            self.follow_ups.add_button,
            self.follow_ups.delete_button,
        ]

    def hidden_columns(self) -> list[tuple[QTableView, int]]:
        """Personal data stays off the wall (the minutes, too, leave it out unless asked)."""
        return columns_of(self.participants, ("email", "phone"))

    def commit_typing(self) -> None:
        """Store what is typed but not yet committed (before save, close or quit)."""
        self.details.commit_pending()
        self.participants.commit_editor()
        self.follow_ups.commit_editor()

    # -- edits ---------------------------------------------------------------------------

    def add_participant(self) -> None:
        command = commands.AddParticipant(self.workshop, name=self.tr("New participant"))
        if self.workshop.push(command) and command.row_id:
            self.participants.select_id(command.row_id, edit_column=0)

    def add_action(self) -> None:
        command = commands.AddAction(self.workshop, what=self.tr("New action"))
        if self.workshop.push(command) and command.row_id:
            self.follow_ups.select_id(command.row_id, edit_column=0)

    def _edit_participant(self, row_id: str, field: str, old: Any, new: Any) -> None:
        self.workshop.push(commands.EditParticipant(self.workshop, row_id, field, old, new))

    def _edit_action(self, row_id: str, field: str, old: Any, new: Any) -> None:
        self.workshop.push(commands.EditAction(self.workshop, row_id, field, old, new))

    def _edit_details(self, _workshop_id: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.workshop.push(commands.EditWorkshopDetails(self.workshop, old, new))
