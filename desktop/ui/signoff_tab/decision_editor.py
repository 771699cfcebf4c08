"""The selected decision in full: what is decided, its resources, the services it covers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.signoff import (
    DecisionReport,
    ServiceInfo,
    format_number,
    format_value,
    placement_label,
)
from desktop.ui import dialogs
from desktop.ui.record_form import RecordForm
from desktop.ui.signoff_tab.amounts import read_typed, show_number
from desktop.ui.trf import trf
from desktop.ui.typing_buffer import show_text

TEXT_FIELDS = ("title", "text", "conditions", "owner", "resources_text")
NUMBER_FIELDS = ("resources_dkk", "resources_hours", "resources_fte")


class DecisionEditor(RecordForm):
    """Emits `edit_requested(decision_id, old, new)` and `services_requested(decision_id, ids)`;
    `typing_finished` closes the undo step of a field."""

    services_requested = Signal(str, list)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.years_typed: dict[str, str] = {}  # service id -> contract years as typed
        self._names: tuple[str, ...] | None = None

        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.title = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What management decides, in plain words"))
        self.conditions = QPlainTextEdit()
        self.conditions.setPlaceholderText(self.tr("What must hold for the decision to stand"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Who follows the decision up"))
        self.resources_text = QPlainTextEdit()
        self.resources_text.setPlaceholderText(self.tr("Other resources, in words"))
        for box in (self.text, self.conditions, self.resources_text):
            box.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.conditions.setMinimumHeight(50)
        self.resources_text.setMaximumHeight(54)
        self.amount = QLineEdit()
        self.hours = QLineEdit()
        self.fte = QLineEdit()
        self.numbers = {"resources_dkk": self.amount, "resources_hours": self.hours}
        self.numbers["resources_fte"] = self.fte
        for edit in self.numbers.values():
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMinimumWidth(60)
        self.amount.setMinimumWidth(100)
        self.services = QListWidget()
        self.services.setMinimumHeight(60)
        self.services.setWordWrap(True)
        self.services.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.services.itemChanged.connect(self._service_ticked)

        resources = QHBoxLayout()
        resources.setContentsMargins(0, 0, 0, 0)
        for edit, unit, stretch in (
            (self.amount, self.tr("DKK"), 3),
            (self.hours, self.tr("hours"), 2),
            (self.fte, self.tr("FTE"), 2),
        ):
            resources.addWidget(edit, stretch)
            resources.addWidget(QLabel(unit))

        left = QFormLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addRow(self.tr("&Title"), self.title)
        left.addRow(self.tr("&Decision"), self.text)
        left.addRow(self.tr("&Conditions"), self.conditions)
        right = QFormLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addRow(self.tr("O&wner"), self.owner)
        resources_label = QLabel(self.tr("&Resources"))
        resources_label.setBuddy(self.amount)
        right.addRow(resources_label, resources)
        right.addRow(self.tr("Other reso&urces"), self.resources_text)
        right.addRow(self.tr("Services c&overed"), self.services)
        columns = QHBoxLayout()
        self.columns = columns
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)

        self.watch_text(*TEXT_FIELDS)
        for name, edit in self.numbers.items():
            edit.textEdited.connect(lambda _t, e=edit: e.setStyleSheet(""))
            edit.editingFinished.connect(lambda n=name: self._commit_number(n))
        self.show_decision(None, [], [])

    def fit_to_width(self, width: int) -> None:
        """The two columns side by side where there is room, one above the other on a small
        screen (a laptop at 200 %), so the texts never shrink to a few letters."""
        columns = self.columns
        right = columns.itemAt(columns.count() - 1)
        side_by_side = right is None or width >= right.minimumSize().width() + 320
        ways = QBoxLayout.Direction
        direction = ways.LeftToRight if side_by_side else ways.TopToBottom
        if columns.direction() != direction:
            columns.setDirection(direction)

    @property
    def decision_id(self) -> str | None:
        return self.row_id

    # -- showing -------------------------------------------------------------------------

    def show_decision(
        self,
        report: DecisionReport | None,
        services: Sequence[ServiceInfo],
        names: Sequence[str],
    ) -> None:
        """Show a decision (None: nothing selected). Text being typed is left alone."""
        decision = report.decision if report else None
        with self.showing(decision):
            enabled = decision is not None
            for widget in (
                self.title,
                self.text,
                self.conditions,
                self.owner,
                self.resources_text,
                self.services,
                *self.numbers.values(),
            ):
                widget.setEnabled(enabled)
            self.heading.setText(
                self.tr("Selected decision")
                if enabled
                else self.tr("Select a decision, or add one, to see it in full")
            )
            if tuple(names) != self._names:  # else the completer (and its popup) stays
                self._names = tuple(names)
                completer = QCompleter(list(names), self.owner)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                self.owner.setCompleter(completer)
            if decision is None:
                for line in (self.title, self.owner, *self.numbers.values()):
                    line.clear()
                for box in (self.text, self.conditions, self.resources_text):
                    box.clear()
                self.services.clear()
                return
            self.show_texts({name: str(decision[name]) for name in TEXT_FIELDS})
            for name, edit in self.numbers.items():
                if not edit.hasFocus() or not edit.isModified():  # else it is being typed
                    show_text(edit, show_number(decision[name], self.lang))
                    edit.setModified(False)
                    edit.setStyleSheet("")
                    edit.setToolTip("")
            self._show_services(report, services)

    def leave_row(self) -> None:
        super().leave_row()
        self._commit_numbers()

    def _show_services(
        self, report: DecisionReport | None, services: Sequence[ServiceInfo]
    ) -> None:
        covered = {s.id for s in report.services} if report else set()
        shown = [
            self.services.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.services.count())
        ]
        if services and shown == [s.id for s in services]:
            # The same cards: update them in place. A tick arrives here from inside the list's
            # own itemChanged signal, and its items must not be deleted under it.
            for row, service in enumerate(services):
                item = self.services.item(row)
                item.setText(self._service_text(service))
                checked = service.id in covered
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
        self.services.clear()
        if not services:
            item = QListWidgetItem(self.tr("No services on the delivery board yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.services.addItem(item)
            return
        for service in services:
            item = QListWidgetItem(self._service_text(service))
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self._read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            checked = service.id in covered
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.services.addItem(item)

    def _service_text(self, service: ServiceInfo) -> str:
        parts = [placement_label(service.placement, self.lang)]
        if service.annual_cost_dkk is not None:
            amount = format_value("annual_cost_dkk", service.annual_cost_dkk, self.lang)
            parts.append(trf(self.tr("%1/year"), amount))
        if service.contract_years is not None:
            years = format_value("contract_years", service.contract_years, self.lang)
            typed = self.years_typed.get(service.id, "")
            if typed:  # as the board shows it: "2+1+1 år", not "4 år"
                years = years.replace(format_number(service.contract_years, self.lang), typed, 1)
            parts.append(years)
        return f"{service.title} – {', '.join(parts)}"

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for line in self.numbers.values():
            line.setReadOnly(read_only)
        for row in range(self.services.count()):
            item = self.services.item(row)
            if item.data(Qt.ItemDataRole.UserRole):
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not read_only:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)

    def commit_pending(self) -> None:
        super().commit_pending()
        self._commit_numbers()

    def focus_title(self) -> None:
        self.title.setFocus()
        self.title.selectAll()

    # -- edits ---------------------------------------------------------------------------

    def _commit_numbers(self) -> None:
        for name, edit in self.numbers.items():
            if edit.isModified():
                self._commit_number(name)

    def _commit_number(self, name: str) -> None:
        edit = self.numbers[name]
        if self._loading or self.stored is None or self._read_only:
            return
        read, value = read_typed(
            edit,
            whole=name == "resources_dkk",
            hint=self.tr("Type a number, e.g. 1,240,000 or 1.5"),
        )
        if not read:
            # Said once, in words: the red outline alone goes unseen, and the next decision
            # shown takes the place of what was typed.
            edit.setModified(False)
            message = self.tr(
                "“%1” is not a number: type e.g. 1,240,000 or 1.5. "
                "The decision's resources were not changed."
            )
            dialogs.show_error(self.window(), trf(message, edit.text().strip()))
            return
        if not self.request({name: value}):  # else the stored value is shown again
            show_text(edit, show_number(value, self.lang))

    def _service_ticked(self, _item: QListWidgetItem) -> None:
        if self._loading or self.row_id is None or self._read_only:
            return
        ticked = []
        for row in range(self.services.count()):
            item = self.services.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole):
                ticked.append(str(item.data(Qt.ItemDataRole.UserRole)))
        self.services_requested.emit(self.row_id, ticked)
