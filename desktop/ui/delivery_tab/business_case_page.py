"""The "Business case" page beside the board: in-house delivery against buying over the same
years, against what the service costs today (desktop.core.business_case), the economic room
of the placement chosen, and the results to follow up.

A figure is stored when its field is left (Enter, Tab), each edit one undo step; a figure
that is not a number is outlined red with a plain message under the fields, and what was
typed stays in the field, nothing stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import business_case as bc
from desktop.core import delivery
from desktop.core.delivery_models import Placement, Service
from desktop.core.money import MAX_DKK
from desktop.core.signoff import format_number
from desktop.ui.delivery_tab import commands
from desktop.ui.delivery_tab.measures_panel import MeasuresPanel
from desktop.ui.labels import domain_labels
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.signoff_tab.amounts import read_typed, show_number
from desktop.ui.trf import trf
from desktop.ui.typing_buffer import show_text

ERROR_STYLE = "color: #b3261e;"
WHOLE = {name for name in bc.CASE_FIELDS if name.endswith("_dkk")} | {"case_years"}
MOST: dict[str, float] = {
    "case_years": 50,
    "case_fte": 100_000,
    "case_overhead_percent": 1000,
}


class BusinessCasePage(QWidget):
    """One service's business case (a DetailPage of desktop.ui.delivery_tab.detail_pages)."""

    SHOWS: tuple[str, ...] = ("service", "measure", "criterion")

    def __init__(self, workshop: OpenWorkshop, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.lang = lang
        self.service_id: str | None = None
        self.stored: dict[str, Any] = {}
        self._read_only = False

        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in bc.CASE_FIELDS}
        for name, edit in self.edits.items():
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(self._example(name))
            edit.textEdited.connect(lambda _t, e=edit: e.setStyleSheet(""))
            edit.editingFinished.connect(lambda n=name: self._commit(n))
        today = QFormLayout()
        in_house = QFormLayout()
        bought = QFormLayout()
        rows: tuple[tuple[QFormLayout, str, str, str], ...] = (
            (today, "case_years", self.tr("&Years"), self.tr("Both ways are counted over them")),
            (
                today,
                "case_baseline_dkk",
                self.tr("&Today's cost a year"),
                self.tr("What the service costs a year today, in kroner: the baseline"),
            ),
            (in_house, "case_fte", self.tr("&Number of FTE"), self.tr("Full-time equivalents")),
            (
                in_house,
                "case_salary_dkk",
                self.tr("Salary cost per FTE"),
                self.tr("Annual salary cost of one FTE, in kroner"),
            ),
            (
                in_house,
                "case_overhead_percent",
                self.tr("Overhead %"),
                self.tr("Overhead on the salaries (management, premises, IT), per cent"),
            ),
            (
                in_house,
                "case_other_dkk",
                self.tr("Other costs a year"),
                self.tr("Other annual costs of delivering it in-house, in kroner"),
            ),
            (
                in_house,
                "case_inhouse_once_dkk",
                self.tr("One-off cost"),
                self.tr("One-off transition cost of delivering it in-house (year 1)"),
            ),
            (
                bought,
                "case_external_dkk",
                self.tr("Annual &price"),
                self.tr("The annual price when it is bought, in kroner"),
            ),
            (
                bought,
                "case_external_once_dkk",
                self.tr("One-off cost"),
                self.tr("One-off transition cost of buying it (year 1)"),
            ),
        )
        for form, name, text, tip in rows:
            label = QLabel(text)
            label.setBuddy(self.edits[name])
            label.setToolTip(tip)
            self.edits[name].setToolTip(tip)
            self.edits[name].setAccessibleName(text.replace("&", ""))
            form.addRow(label, self.edits[name])
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()

        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        # The unit once in the header, not in every cell: four columns fit the narrow page.
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("In-house (DKK)"),
                self.tr("Bought (DKK)"),
                self.tr("Today (DKK)"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumHeight(120)
        self.difference = QLabel()
        self.room = QLabel()
        self.missing = QLabel()
        for label in (self.difference, self.room, self.missing):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.room.setStyleSheet("font-weight: bold;")
        # Short: a check box does not wrap, and the page is narrow; the tooltip says the rule.
        self.scores_cost = QCheckBox(self.tr("Score '&Costs' from the business case"))
        self.scores_cost.setToolTip(
            self.tr(
                "Cheaper by 20 % or more of the dearer in all gives 5 or 1, by 5 % or more "
                "4 or 2, otherwise 3 (a 5 speaks for buying on the starting criterion)"
            )
        )
        self.scores_cost.clicked.connect(self._scores_cost_clicked)
        self.score_reason = QLabel()
        self.score_reason.setWordWrap(True)
        self.measures = MeasuresPanel(workshop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.heading)
        layout.addLayout(today)
        for title, form in ((self.tr("In-house"), in_house), (self.tr("Bought"), bought)):
            part = QLabel(title)
            part.setObjectName("sectionHeading")
            layout.addWidget(part)
            layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.table)
        layout.addWidget(self.difference)
        layout.addWidget(self.room)
        layout.addWidget(self.missing)
        layout.addWidget(self.scores_cost)
        layout.addWidget(self.score_reason)
        layout.addSpacing(6)
        layout.addWidget(self.measures)
        layout.addStretch(1)
        self.show_service(None)

    def _example(self, name: str) -> str:
        if name == "case_years":
            return self.tr("e.g. 4")
        if name == "case_fte":
            return self.tr("e.g. 2.5")
        if name == "case_overhead_percent":
            return self.tr("e.g. 25")
        return self.tr("e.g. 1,234,567")

    # -- showing -------------------------------------------------------------------------

    def show_service(self, service_id: str | None) -> None:
        if service_id != self.service_id:
            self.problem.hide()
            for edit in self.edits.values():
                edit.setModified(False)
        self.service_id = service_id
        service, measures, favours = self.workshop.read(lambda s: self._read(s, service_id))
        self.stored = service or {}
        for name, edit in self.edits.items():
            # A figure being typed, or one refused (outlined red, still modified after the
            # cursor left), stays as typed when another figure is stored meanwhile.
            keep = edit.isModified()
            if not keep:
                show_text(edit, self._shown(name, self.stored.get(name)))
                edit.setModified(False)
                edit.setStyleSheet("")
            edit.setEnabled(service is not None)
        self.scores_cost.setEnabled(service is not None and not self._read_only)
        self.scores_cost.setChecked(bool(self.stored.get("case_scores_cost")))
        self.heading.setText(str(self.stored.get("title", "")) if service else "")
        self.measures.show_measures(service_id, measures)
        self._show_case(service, favours)

    @staticmethod
    def _read(
        session: Any, service_id: str | None
    ) -> tuple[dict[str, Any] | None, list[dict[str, Any]], str | None]:
        if service_id is None:
            return None, [], None
        row = session.get(Service, service_id)
        if row is None:
            return None, [], None
        measures = bc.list_measures(session, service_id=service_id)
        cost = next((c for c in delivery.list_criteria(session) if c.key == bc.COST_KEY), None)
        return (
            row.model_dump(),
            [m.model_dump() for m in measures],
            None if cost is None else cost.favours,
        )

    def _shown(self, name: str, value: Any) -> str:
        return show_number(value, self.lang)

    def _show_case(self, service: dict[str, Any] | None, favours: str | None) -> None:
        if service is None:
            self.table.setRowCount(0)
            for label in (self.difference, self.room, self.missing, self.score_reason):
                label.clear()
            return
        case = bc.compute(service)
        years = case.table()
        self.table.setRowCount(len(years) + (1 if years else 0))
        for row, year in enumerate(years):
            self._row(row, str(year.number), (year.in_house, year.external, year.today))
        if years:
            totals = (case.in_house_total, case.external_total, case.today_total)
            self._row(len(years), self.tr("In all"), totals)
        self.difference.setText(case.difference_text(self.lang))
        room = case.room_text(self.lang)
        if room:
            placement = domain_labels(Placement).get(case.placement, case.placement)
            room = trf(self.tr("%1 (%2, against today)"), room, placement)
        elif not case.decided:
            room = self.tr("No room against today until the card is placed.")
        self.room.setText(room)
        self.missing.setText(case.missing_text(self.lang))
        self.missing.setVisible(bool(case.missing))
        reason = ""
        if service.get("case_scores_cost") and favours is not None:
            reason = bc.score_reason(service, favours, self.lang)
        self.score_reason.setText(reason)
        self.score_reason.setVisible(bool(reason))

    def _row(self, row: int, first: str, amounts: Sequence[Decimal | None]) -> None:
        self.table.setItem(row, 0, QTableWidgetItem(first))
        for column, amount in enumerate(amounts, start=1):
            shown = format_number(bc.rounded(amount), self.lang) if amount is not None else "–"
            item = QTableWidgetItem(shown)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        self.scores_cost.setEnabled(not read_only and self.service_id is not None)
        self.measures.set_read_only(read_only)

    def commit_typing(self) -> None:
        for name, edit in self.edits.items():
            if edit.isModified():
                self._commit(name)
        self.measures.commit_editor()

    # -- edits ---------------------------------------------------------------------------

    def _commit(self, name: str) -> None:
        edit = self.edits[name]
        if self._read_only or self.service_id is None or not self.stored:
            return
        read, value = read_typed(
            edit,
            whole=name in WHOLE,
            hint=self._hint(name),
            most=MOST.get(name, MAX_DKK),
        )
        if read and name == "case_years" and value == 0:
            read = False
            edit.setStyleSheet("QLineEdit { border: 2px solid #c62828; }")
        if not read:
            self.problem.setText(self._hint(name))
            self.problem.show()
            return
        refused = [other for other, e in self.edits.items() if other != name and e.isModified()]
        if refused:  # another figure is still refused: its message stays
            self.problem.setText(self._hint(refused[0]))
        else:
            self.problem.hide()
        typed: Any = None if value is None else (int(value) if name in WHOLE else float(value))
        old = self.stored.get(name)
        if typed == old:
            show_text(edit, self._shown(name, old))
            return
        self._push({name: old}, {name: typed})

    def _hint(self, name: str) -> str:
        if name == "case_years":
            return self.tr(
                "Type a whole number of years from 1 to 50, or leave it empty. Nothing was stored."
            )
        if name in WHOLE:
            return self.tr(
                "Type an amount in whole kroner, e.g. 1,234,567, or leave it empty. "
                "Nothing was stored."
            )
        return self.tr("Type a number, e.g. 2.5, or leave it empty. Nothing was stored.")

    def _scores_cost_clicked(self, checked: bool) -> None:
        if self.service_id is None or self._read_only:
            return
        old = bool(self.stored.get("case_scores_cost"))
        if checked != old:
            self._push({"case_scores_cost": old}, {"case_scores_cost": checked})

    def _push(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        assert self.service_id is not None
        self.workshop.push(commands.EditService(self.workshop, self.service_id, old, new))
        self.workshop.end_typing_step()  # each figure its own step
