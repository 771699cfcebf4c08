"""The workshop's make-or-buy criteria: titles, which way a high score points, and weights.

Every change is an undoable command, pushed at once, so the board's scores and
suggestions follow while the dialog is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import delivery
from desktop.core.delivery_models import Leaning
from desktop.storage.changes import Changes
from desktop.ui.delivery_tab import commands
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.tab_pages import follow_changes


class CriteriaPanel(QWidget):
    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self._criteria: list[dict[str, Any]] = []
        self._shape: tuple[str, ...] = ()
        self.rows: dict[str, tuple[QLineEdit, QLineEdit, QComboBox, QDoubleSpinBox]] = {}
        intro = QLabel(
            self.tr(
                "Score each card 1–5 on these criteria. The weighted score runs from 5 "
                "(deliver it ourselves) to 1 (buy it): for each criterion, say which way a "
                "high score points. Weight 0 leaves a criterion out."
            )
        )
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 4)
        self.add_button = QPushButton(self.tr("&Add criterion"))
        self.add_button.clicked.connect(self.add_criterion)
        self.create_button = QPushButton(self.tr("Create the starting &criteria"))
        self.create_button.clicked.connect(self.create_criteria)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addStretch(1)
        follow_changes(self, self._show_changes, workshop)
        self.refresh()

    def _show_changes(self, changes: Changes) -> None:
        if changes.touches("criterion"):
            self.refresh()

    def refresh(self) -> None:
        self._criteria = self.workshop.read(
            lambda s: [c.model_dump() for c in delivery.list_criteria(s)]
        )
        shape = tuple(str(c["id"]) for c in self._criteria)
        if shape != self._shape:
            self._rebuild()
            self._shape = shape
        for criterion in self._criteria:
            title, description, favours, weight = self.rows[str(criterion["id"])]
            for line, name in ((title, "title"), (description, "description")):
                if not line.hasFocus() and line.text() != criterion[name]:
                    line.setText(str(criterion[name]))
                    line.setCursorPosition(0)
                line.setToolTip(str(criterion[name]))
            favours.setCurrentIndex(max(0, favours.findData(criterion["favours"])))
            if not weight.hasFocus():
                weight.blockSignals(True)
                weight.setValue(float(criterion["weight"]))
                weight.blockSignals(False)
        read_only = self.workshop.read_only
        self.create_button.setVisible(not self._criteria)
        self.create_button.setEnabled(not read_only)
        self.add_button.setEnabled(not read_only and bool(self._criteria))
        for widgets in self.rows.values():
            for widget in widgets:
                widget.setEnabled(not read_only)

    def _rebuild(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        headers = (
            self.tr("Criterion"),
            self.tr("What a 5 and a 1 mean"),
            self.tr("A high score speaks for"),
            self.tr("Weight"),
        )
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, column)
        for row, criterion in enumerate(self._criteria, start=1):
            criterion_id = str(criterion["id"])
            title = QLineEdit()
            description = QLineEdit()
            favours = QComboBox()
            favours.addItem(self.tr("delivering it ourselves"), Leaning.INTERNAL.value)
            favours.addItem(self.tr("buying it"), Leaning.EXTERNAL.value)
            weight = QDoubleSpinBox()
            weight.setRange(0.0, 10.0)
            weight.setSingleStep(0.5)
            weight.setDecimals(1)
            weight.setAccessibleName(self.tr("Weight"))
            delete = QPushButton(self.tr("Delete"))
            title.editingFinished.connect(lambda c=criterion_id, w=title: self._text(c, "title", w))
            description.editingFinished.connect(
                lambda c=criterion_id, w=description: self._text(c, "description", w)
            )
            favours.activated.connect(lambda _i, c=criterion_id, w=favours: self._favours(c, w))
            weight.valueChanged.connect(lambda v, c=criterion_id: self._weight(c, v))
            weight.editingFinished.connect(self.workshop.end_typing_step)
            delete.clicked.connect(lambda _c=False, c=criterion_id: self.delete_criterion(c))
            self.grid.addWidget(title, row, 0)
            self.grid.addWidget(description, row, 1)
            self.grid.addWidget(favours, row, 2)
            self.grid.addWidget(weight, row, 3)
            self.grid.addWidget(delete, row, 4)
            self.rows[criterion_id] = (title, description, favours, weight)

    def _current(self, criterion_id: str) -> dict[str, Any]:
        return next(c for c in self._criteria if str(c["id"]) == criterion_id)

    def _edit(self, criterion_id: str, name: str, value: Any) -> None:
        old = self._current(criterion_id)[name]
        if value != old and not self.workshop.read_only:
            self.workshop.push(
                commands.EditCriterion(self.workshop, criterion_id, {name: old}, {name: value})
            )

    def _text(self, criterion_id: str, name: str, line: QLineEdit) -> None:
        self._edit(criterion_id, name, line.text())
        self.workshop.end_typing_step()

    def _favours(self, criterion_id: str, box: QComboBox) -> None:
        self._edit(criterion_id, "favours", box.currentData())
        self.workshop.end_typing_step()

    def _weight(self, criterion_id: str, value: float) -> None:
        self._edit(criterion_id, "weight", round(float(value), 1))

    def add_criterion(self) -> None:
        self.workshop.push(
            commands.AddCriterion(self.workshop, title=self.tr("New criterion"), weight=1.0)
        )

    def delete_criterion(self, criterion_id: str) -> None:
        self.workshop.push(commands.DeleteCriterion(self.workshop, criterion_id))

    def create_criteria(self) -> None:
        self.workshop.push(commands.CreateCriteria(self.workshop))


class CriteriaDialog(QDialog):
    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Criteria and weights"))
        resize_to_fit(self, 1060, 460)
        self.panel = CriteriaPanel(workshop, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
