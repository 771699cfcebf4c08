"""A service's results to follow up (measures): name, baseline, target and the result a
follow-up workshop fills in; add, edit, delete, each one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core import business_case
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.row_commands import AddRow, DeleteRow, EditRowField, RowOps
from desktop.ui.row_table_model import Column, RowTableModel
from desktop.ui.row_table_panel import RowTablePanel

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

MEASURE_OPS = RowOps.of(business_case, "measure")


class AddMeasure(AddRow):
    ops = MEASURE_OPS

    def __init__(self, workshop: OpenWorkshop, **fields: Any) -> None:
        super().__init__(workshop, translate("commands", "Add measure"), **fields)


class EditMeasure(EditRowField):
    ops = MEASURE_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str, field: str, old: Any, new: Any):
        super().__init__(workshop, translate("commands", "Edit measure"), row_id, field, old, new)


class DeleteMeasure(DeleteRow):
    ops = MEASURE_OPS

    def __init__(self, workshop: OpenWorkshop, row_id: str) -> None:
        super().__init__(workshop, translate("commands", "Delete measure"), row_id)


class MeasuresPanel(RowTablePanel):
    """The measures of the service shown (`show_measures`)."""

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        self.workshop = workshop
        self.service_id: str | None = None
        columns = [
            Column("name", self.tr("Measure")),
            Column("baseline", self.tr("Baseline")),
            Column("target", self.tr("Target")),
            Column("result", self.tr("Result")),
        ]
        model = RowTableModel(columns, self._edit)
        super().__init__(
            self.tr("Results to follow up"),
            model,
            add_text=self.tr("Add &measure"),
            delete_text=self.tr("Delete measure"),
            on_add=self.add_measure,
            on_delete=lambda row_id: self.workshop.push(DeleteMeasure(self.workshop, row_id)),
            stretch_columns=(0,),
            buttons_below=True,
            parent=parent,
        )
        self.view.setMinimumHeight(110)
        self.add_button.setToolTip(
            self.tr("A result to follow up, e.g. the share in a job after 6 months")
        )

    def show_measures(self, service_id: str | None, rows: list[dict[str, Any]]) -> None:
        self.service_id = service_id
        self.model.load(rows)
        self.add_button.setEnabled(service_id is not None and not self.model.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.add_button.setEnabled(self.service_id is not None and not read_only)

    def add_measure(self) -> None:
        if self.service_id is None or self.model.read_only:
            return
        command = AddMeasure(self.workshop, service_id=self.service_id, name=self.tr("New measure"))
        if self.workshop.push(command) and command.row_id:
            self.select_id(command.row_id, edit_column=0)

    def _edit(self, row_id: str, field: str, _old: Any, new: Any) -> None:
        old = next((r.get(field) for r in self.model.rows if r["id"] == row_id), None)
        self.workshop.push(EditMeasure(self.workshop, row_id, field, old, new or ""))
