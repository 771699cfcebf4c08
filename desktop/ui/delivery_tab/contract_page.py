"""The Contract page beside the board (issue 20, part 1): the contract in force for the
chosen service, and the tender calendar worked back from the day the new delivery starts.

Each field is stored when it is left (Enter, Tab, a day picked in the calendar): one undo
step per change (`commands.EditService`). The lead times of the calendar are the workshop's
assumptions, shown in a table under it: a change is one undo step (`SetLeadTime`), and
"Reset" puts the selected one back to its default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from desktop.core import tender_calendar as tc
from desktop.core.contracts import (
    agreement_name,
    contract_status,
    parse_notice,
    parse_options_used,
    periods,
)
from desktop.core.dates import format_date
from desktop.core.delivery import Board
from desktop.core.money import YearsError, years_without_unit
from desktop.core.values import Agreement, TenderRegime, TenderStep
from desktop.ui.checked_fields import CheckedFields, DateTypedError
from desktop.ui.date_field import DateField
from desktop.ui.delivery_tab.commands import EditService
from desktop.ui.labels import ui_language
from desktop.ui.open_workshop import OpenWorkshop, WorkshopCommand
from desktop.ui.signoff_tab.amounts import INVALID_STYLE
from desktop.ui.trf import trf
from desktop.ui.typing_buffer import show_text

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")
PASSED_COLOUR = "#b3261e"
TEXT_FIELDS = ("current_supplier", "agreement_name")
DATE_FIELDS = ("contract_start", "contract_end", "delivery_start")
TYPED_FIELDS = ("current_contract_typed", "options_used", "notice_months")


class SetLeadTime(WorkshopCommand):
    """One lead time of the calendar changed, or put back to its default (days None)."""

    def __init__(self, workshop: OpenWorkshop, regime: str, step: str, days: int | None) -> None:
        super().__init__(workshop, translate("commands", "Change lead time"))
        self.regime, self.step, self.days = regime, step, days
        self.previous: int | None = None

    def _redo(self, session: Session) -> None:
        self.previous = tc.set_lead_time(
            session, regime=self.regime, step=self.step, days=self.days
        )

    def _undo(self, session: Session) -> None:
        tc.set_lead_time(session, regime=self.regime, step=self.step, days=self.previous)


class ContractPage(QWidget):
    """A `DetailPage`: the chosen service's contract and its tender calendar."""

    SHOWS: tuple[str, ...] = ("service", "tender_lead_time", "workshop")

    def __init__(
        self,
        workshop: OpenWorkshop,
        lang: str,
        board: Callable[[], Board | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop, self.lang, self.board = workshop, lang, board
        # The day the calendar is read on: the workshop's date (as the procurement hints),
        # today for a workshop without one (tests give a day).
        self.today: Callable[[], dt.date] = self._start_day
        self.service_id: str | None = None
        self.stored: dict[str, Any] | None = None
        self.calendar: tc.TenderCalendar | None = None
        self._read_only = False
        self.typed = CheckedFields(
            self,
            lang,
            read=self._read_typed,
            store=lambda name, value: self._request({name: value}),
            show_problem=self._show_problem,
            can_store=lambda: self.stored is not None and not self._read_only,
        )

        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.current_supplier = QLineEdit()
        start = self._start_day
        self.contract_start = DateField(start=start)
        self.contract_end = DateField(start=start)
        self.delivery_start = DateField(start=start)
        self.current_contract_typed = QLineEdit()
        self.current_contract_typed.setPlaceholderText(self.tr("e.g. 2+1+1"))
        self.options_left = QLabel()
        self.options_used = QLineEdit()
        self.notice_months = QLineEdit()
        self.notice_months.setPlaceholderText(self.tr("e.g. 6"))
        self.agreement = QComboBox()
        for value in Agreement:
            self.agreement.addItem(agreement_name(value, ui_language()), value.value)
        self.agreement_name = QLineEdit()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PASSED_COLOUR};")
        self.problem.hide()
        self.dates = QLabel()  # notice date, last possible end
        self.dates.setWordWrap(True)

        options_row = QHBoxLayout()
        options_row.setContentsMargins(0, 0, 0, 0)
        options_row.addWidget(self.current_contract_typed, 1)
        options_row.addWidget(self.options_left)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows: tuple[tuple[str, QWidget, QHBoxLayout | None, str], ...] = (
            (self.tr("S&upplier"), self.current_supplier, None, self.tr("Who delivers it today")),
            (self.tr("Contract start"), self.contract_start, None, ""),
            (
                self.tr("Contract e&nd"),
                self.contract_end,
                None,
                self.tr("The end of the current period, without options not yet used"),
            ),
            (
                self.tr("&Options"),
                self.current_contract_typed,
                options_row,
                self.tr("The contract's length as typed: 2+1+1 is 2 years and two 1-year options"),
            ),
            (self.tr("Options used"), self.options_used, None, ""),
            (self.tr("Notice (months)"), self.notice_months, None, ""),
            (
                self.tr("A&greement"),
                self.agreement,
                None,
                self.tr("An existing agreement that may cover the service without a tender"),
            ),
            (self.tr("Agreement name"), self.agreement_name, None, ""),
            (
                self.tr("New delivery start"),
                self.delivery_start,
                None,
                self.tr("When the new delivery must start; empty: the day after the contract end"),
            ),
        )
        for text, widget, shown, tip in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            if tip:
                label.setToolTip(tip)
                widget.setToolTip(tip)
            if shown is not None:
                form.addRow(label, shown)
            else:
                form.addRow(label, widget)

        self.calendar_heading = QLabel(self.tr("Tender calendar"))
        self.calendar_heading.setObjectName("sectionHeading")
        self.calendar_text = QLabel()
        self.calendar_text.setWordWrap(True)
        self.calendar_text.setTextFormat(Qt.TextFormat.RichText)
        self.calendar_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lead_times_button = QPushButton(self.tr("Change lead &times…"))
        self.lead_times_button.setCheckable(True)
        self.lead_times_button.toggled.connect(self._show_lead_times)
        self.timeline_button = QPushButton(self.tr("Time line…"))
        self.timeline_button.setToolTip(
            self.tr("Every service's contract and tender calendar on one time line (Ctrl+Shift+L)")
        )
        self.timeline_button.clicked.connect(self.open_timeline)
        # On the board's top row (the tab puts it there): the key works on every page.
        QShortcut(QKeySequence("Ctrl+Shift+L"), self.timeline_button, self.open_timeline)
        self.lead_table = QTableWidget(len(tc.STEPS), len(tc.REGIMES))
        self.lead_table.setHorizontalHeaderLabels([tc.regime_name(r, lang) for r in tc.REGIMES])
        self.lead_table.setVerticalHeaderLabels([tc.step_name(s, lang) for s in tc.STEPS])
        self.lead_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lead_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lead_table.setTabKeyNavigation(False)
        self.lead_table.setAccessibleName(self.tr("Lead times in days"))
        self.lead_table.itemChanged.connect(self._lead_time_typed)
        self.reset_button = QPushButton(self.tr("Reset to default"))
        self.reset_button.clicked.connect(self._reset_lead_time)
        self.lead_note = QLabel(
            self.tr(
                "Lead times in calendar days for the whole workshop. Every one is an "
                "assumption: check it with procurement. A changed one is shown in bold."
            )
        )
        self.lead_note.setWordWrap(True)
        lead_buttons = QHBoxLayout()
        lead_buttons.addWidget(self.lead_times_button)
        lead_buttons.addStretch(1)
        self.lead_box = QWidget()
        box = QVBoxLayout(self.lead_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.lead_note)
        box.addWidget(self.lead_table)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_button)
        reset_row.addStretch(1)
        box.addLayout(reset_row)
        self.lead_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.dates)
        layout.addSpacing(6)
        layout.addWidget(self.calendar_heading)
        layout.addWidget(self.calendar_text)
        layout.addLayout(lead_buttons)
        layout.addWidget(self.lead_box)
        layout.addStretch(1)

        self.typed.watch(*TEXT_FIELDS, *DATE_FIELDS, *TYPED_FIELDS)
        self.agreement.activated.connect(self._agreement_chosen)
        self._timeline: QWidget | None = None
        self.show_service(None)

    # -- showing ---------------------------------------------------------------------------

    def _start_day(self) -> dt.date:
        board = self.board()
        return board.day if board is not None and board.day is not None else dt.date.today()

    def _inputs(self) -> list[QWidget]:
        return [
            *(getattr(self, n) for n in (*TEXT_FIELDS, *DATE_FIELDS, *TYPED_FIELDS)),
            self.agreement,
        ]

    def show_service(self, service_id: str | None) -> None:
        if service_id != self.service_id:
            self.commit_typing()
            self.typed.dirty.clear()
            self._show_problem(None)
        self.service_id = service_id
        row = None
        times = None
        if service_id is not None:
            row, times = self.workshop.read(
                lambda s: (
                    _row_or_none(s, service_id),
                    tc.read_lead_times(s),
                )
            )
        self.stored = row
        for widget in self._inputs():
            widget.setEnabled(row is not None)
        self.agreement.setEnabled(row is not None and not self._read_only)
        if row is None or times is None:
            self.service_id = None
            self.heading.setText(self.tr("Select a card to see its contract"))
            for name in (*TEXT_FIELDS, *DATE_FIELDS, *TYPED_FIELDS):
                getattr(self, name).clear()
            self.options_left.clear()
            self.dates.clear()
            self.calendar = None
            self.calendar_text.setText(self.tr("No service chosen."))
            self._fill_lead_times(tc.lead_times())
            return
        self.heading.setText(trf(self.tr("Contract of “%1”"), str(row["title"])))
        status = contract_status(row)
        shown = {
            "current_supplier": status.supplier,
            "agreement_name": str(row["agreement_name"]),
            "contract_start": format_date(status.start),
            "contract_end": format_date(status.end),
            "delivery_start": format_date(status.own_delivery_start),
            "current_contract_typed": status.typed,
            "options_used": "" if row["options_used"] is None else str(row["options_used"]),
            "notice_months": "" if row["notice_months"] is None else str(row["notice_months"]),
        }
        for name, text in shown.items():
            if name not in self.typed.dirty:
                show_text(getattr(self, name), text)
        self.agreement.setCurrentIndex(max(0, self.agreement.findData(row["agreement"])))
        self.delivery_start.setPlaceholderText(
            format_date(status.delivery_start) if status.delivery_start else self.tr("dd.mm.yyyy")
        )
        self.options_left.setText(
            self.tr("%n options remain", "", status.options_remaining) if status.periods else ""
        )
        facts = []
        if status.notice_date is not None:
            facts.append(
                trf(self.tr("Last day to give notice: %1"), format_date(status.notice_date))
            )
        if status.last_possible_end is not None and status.options_remaining:
            facts.append(
                trf(
                    self.tr("Last possible end with every option used: %1"),
                    format_date(status.last_possible_end),
                )
            )
        self.dates.setText("\n".join(facts))
        self.dates.setVisible(bool(facts))
        board = self.board()
        found = board.card(str(row["id"])) if board is not None else None
        one = tc.service_calendar(
            row, found.hint if found is not None else None, times, today=self.today()
        )
        self.calendar = one.calendar
        self.calendar_text.setText(self._calendar_html(one))
        self._fill_lead_times(times)
        if self._timeline is not None and self._timeline.isVisible():
            self._timeline.refresh()  # type: ignore[attr-defined]

    def _calendar_html(self, one: tc.ServiceCalendar) -> str:
        calendar = one.calendar
        if calendar is None:
            return escape(
                self.tr(
                    "Type the contract end or the new delivery start: the calendar is worked "
                    "back from the day the new delivery must start."
                )
            )
        lang = self.lang
        lines = [
            escape(trf(self.tr("Regime: %1"), calendar.regime_text(lang))),
            escape(trf(self.tr("Delivery starts %1"), format_date(calendar.delivery_start))),
            escape(trf(self.tr("Passed as seen from %1"), format_date(calendar.today))),
        ]
        rows = []
        for step in calendar.steps:
            name = escape(step.name(lang))
            when = f"{format_date(step.starts)} – {format_date(step.ends)}"
            days = escape(self.tr("%n days", "", step.days))
            cells = f"<td>{name}</td><td>{when}</td><td>{days}</td>"
            style = f' style="color:{PASSED_COLOUR}"' if step.passed else ""
            if step.step is TenderStep.TENDER_PERIOD:
                cells = f"<td><b>{name}</b></td><td><b>{when}</b></td><td>{days}</td>"
            rows.append(f"<tr{style}>{cells}</tr>")
        latest = format_date(calendar.latest_announcement)
        announce = escape(trf(self.tr("Announce at the latest: %1"), latest))
        notes = []
        if calendar.announcement_passed:
            notes.append(
                trf(
                    self.tr(
                        "The latest announcement date, %1, has passed: the tender cannot be "
                        "announced in time with these lead times."
                    ),
                    latest,
                )
            )
        elif calendar.passed:
            notes.append(
                self.tr(
                    "%n steps should already have started (shown in red).", "", len(calendar.passed)
                )
            )
        if one.planned_too_late and one.announcement_date is not None:
            notes.append(
                trf(
                    self.tr("The card plans the announcement on %1, after the latest date."),
                    format_date(one.announcement_date),
                )
            )
        warning = "".join(f'<p style="color:{PASSED_COLOUR}">{escape(note)}</p>' for note in notes)
        assumptions = escape(
            self.tr("Every lead time is an assumption that can be changed (Change lead times).")
        )
        return (
            "<br>".join(lines)
            + f"<p><b>{announce}</b></p>{warning}<table cellspacing='0' cellpadding='2'>"
            + "".join(rows)
            + f"</table><p><i>{assumptions}</i></p>"
        )

    def _fill_lead_times(self, times: tc.LeadTimes) -> None:
        self.lead_table.blockSignals(True)
        try:
            for column, regime in enumerate(tc.REGIMES):
                for row, step in enumerate(tc.STEPS):
                    lead = times[regime][step]
                    item = self.lead_table.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                        self.lead_table.setItem(row, column, item)
                    item.setText(str(lead.days))
                    font = QFont(item.font())
                    font.setBold(lead.changed)
                    item.setFont(font)
                    item.setToolTip(
                        trf(self.tr("Default: %1 days (an assumption)"), str(lead.default))
                    )
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if not self._read_only:
                        flags |= Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags)
        finally:
            self.lead_table.blockSignals(False)

    def _show_lead_times(self, shown: bool) -> None:
        self.lead_box.setVisible(shown)
        if shown:
            self.lead_table.setFocus()
            if self.lead_table.currentRow() < 0:
                self.lead_table.setCurrentCell(0, len(tc.REGIMES) - 1)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for name in (*TEXT_FIELDS, *DATE_FIELDS, *TYPED_FIELDS):
            getattr(self, name).setReadOnly(read_only)
        self.agreement.setEnabled(not read_only and self.stored is not None)
        self.reset_button.setEnabled(not read_only)
        self._fill_lead_times(self.workshop.read(tc.read_lead_times))

    # -- edits -----------------------------------------------------------------------------

    def commit_typing(self) -> None:
        self.typed.commit_all()

    def _read_typed(self, name: str, line: QLineEdit) -> Any:
        """The value typed in a field, to store; raises a TvaersError for what is wrong."""
        if name in DATE_FIELDS:
            assert isinstance(line, DateField)
            error = line.error_text()
            if error:
                raise DateTypedError(text=error)
            day = line.date()
            return "" if day is None else day.isoformat()
        value = line.text()
        if name == "current_contract_typed":
            value = years_without_unit(value)
            if value and not periods(value):
                raise YearsError(typed=value[:40])
            return value
        if name == "options_used":
            return parse_options_used(value)
        if name == "notice_months":
            return parse_notice(value)
        return value.strip()

    def _agreement_chosen(self, _index: int) -> None:
        if self.stored is not None and not self._read_only:
            self._request({"agreement": self.agreement.currentData()})

    def _request(self, new: dict[str, Any]) -> None:
        assert self.stored is not None
        old = {name: self.stored[name] for name in new}
        if old == new:
            return
        self.workshop.push(EditService(self.workshop, str(self.stored["id"]), old, new))
        self.workshop.end_typing_step()  # every field left is its own undo step

    def _show_problem(self, message: str | None, line: QLineEdit | None = None) -> None:
        for name in (*TEXT_FIELDS, *DATE_FIELDS, *TYPED_FIELDS):
            getattr(self, name).setStyleSheet("")
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        if line is not None and message:
            line.setStyleSheet(INVALID_STYLE)

    def _lead_time_typed(self, item: QTableWidgetItem) -> None:
        if self._read_only:
            return
        regime = tc.REGIMES[item.column()]
        step = tc.STEPS[item.row()]
        text = item.text().strip()
        if not text.isdigit() or int(text) > tc.MAX_DAYS:
            self._show_problem(tc.LeadTimeError().message(self.lang))
            self._fill_lead_times(self.workshop.read(tc.read_lead_times))
            return
        self._show_problem(None)
        self._set_lead_time(regime, step, int(text))

    def _reset_lead_time(self) -> None:
        item = self.lead_table.currentItem()
        if item is None or self._read_only:
            return
        self._set_lead_time(tc.REGIMES[item.column()], tc.STEPS[item.row()], None)

    def _set_lead_time(self, regime: TenderRegime, step: TenderStep, days: int | None) -> None:
        times = self.workshop.read(tc.read_lead_times)
        now = times[regime][step]
        if (days if days is not None else now.default) == now.days:
            return
        self.workshop.push(SetLeadTime(self.workshop, regime.value, step.value, days))

    # -- the time line ---------------------------------------------------------------------

    def open_timeline(self) -> None:
        from desktop.ui.delivery_tab.timeline_view import TimelineWindow

        if self._timeline is None:
            self._timeline = TimelineWindow(self.workshop, self.lang, lambda: self.today(), self)
        self._timeline.refresh()  # type: ignore[attr-defined]
        self._timeline.show()
        self._timeline.activateWindow()


def _row_or_none(session: Session, service_id: str) -> dict[str, Any] | None:
    from desktop.core.delivery_models import Service

    service = session.get(Service, service_id)
    return None if service is None else service.model_dump()
