"""The detail panel beside the board: every field of the selected card.

Free text is handed over through a TypingBuffer (one undo step per pause); the amount,
contract years and CPV code are checked when the field is left, and a problem is shown
under the field until it is corrected, without losing what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import business_case, cpv, delivery
from desktop.core.dates import format_date
from desktop.core.delivery import Card, NoteRef, contract_years_text, parse_share
from desktop.core.delivery_models import Placement
from desktop.core.money import format_dkk, format_number, parse_dkk, parse_years
from desktop.ui.checked_fields import CheckedFields
from desktop.ui.date_field import DateField
from desktop.ui.record_form import RecordForm
from desktop.ui.trf import trf
from desktop.ui.typing_buffer import show_text

LINE_FIELDS = ("title", "target_group", "volume", "owner")
BOX_FIELDS = ("description", "rationale")
CHECKED_FIELDS = (
    "annual_cost_dkk",
    "contract_years",
    "bought_share_percent",
    "cpv_code",
    "announcement_date",
)
ERROR_STYLE = "color: #b3261e;"


class ServiceEditor(RecordForm):
    """Emits `edit_requested(service id, old, new)` (see RecordForm) and the requests below."""

    move_requested = Signal(str, str)  # service id, placement
    score_requested = Signal(str, str, object)  # service id, criterion id, score or None
    pick_cpv_requested = Signal()
    link_requested = Signal(str)
    unlink_requested = Signal(str, str)  # service id, note id

    def __init__(
        self, lang: str, placements: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.checked = CheckedFields(
            self,
            lang,
            read=self._read_checked,
            store=self._store_checked,
            show_problem=self._show_problem,
            can_store=lambda: self.stored is not None and not self._read_only,
        )
        self._criteria_key: tuple[Any, ...] = ()
        self._score_boxes: dict[str, QComboBox] = {}
        self._needs_key: tuple[object, ...] = ()
        self._case_scored: set[str] = set()  # criteria whose score the business case gives
        self._scores: dict[str, int] = {}
        self._criteria: list[dict[str, Any]] = []
        self.default_day: dt.date | None = None  # the workshop's date: hints without a date

        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.title = QLineEdit()
        self.placement = QComboBox()
        for value, shown in placements.items():
            self.placement.addItem(shown, value)
        self.target_group = QLineEdit()
        self.description = QPlainTextEdit()
        self.rationale = QPlainTextEdit()
        for box in (self.description, self.rationale):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        self.annual_cost_dkk = QLineEdit()
        self.annual_cost_dkk.setPlaceholderText(self.tr("e.g. 1,234,567"))
        self.contract_years = QLineEdit()
        self.contract_years.setPlaceholderText(self.tr("e.g. 2+1+1"))
        self.contract_years.setToolTip(
            self.tr("Years including options: 4, 2.5 or 2+1+1 (base period plus options)")
        )
        self.contract_value = QLabel()
        self.bought_share_percent = QLineEdit()
        self.bought_share_percent.setPlaceholderText(self.tr("e.g. 60 %"))
        self.announcement_date = DateField(start=lambda: self.default_day or dt.date.today())
        self.volume = QLineEdit()
        self.volume.setPlaceholderText(self.tr("e.g. 40 courses a year"))
        self.owner = QLineEdit()
        self.cpv_code = QLineEdit()
        self.cpv_code.setPlaceholderText(self.tr("8 digits, e.g. 85312320"))
        self.cpv_button = QPushButton(self.tr("Choose…"))
        self.cpv_button.setToolTip(self.tr("Search the CPV codes by number or word"))
        self.cpv_button.clicked.connect(self.pick_cpv_requested)
        self.cpv_label = QLabel()
        self.cpv_label.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        cpv_row = QHBoxLayout()
        cpv_row.setContentsMargins(0, 0, 0, 0)
        cpv_row.addWidget(self.cpv_code, 1)
        cpv_row.addWidget(self.cpv_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows: tuple[tuple[str, Any, str], ...] = (
            (self.tr("&Title"), self.title, ""),
            (self.tr("&Placement"), self.placement, ""),
            (self.tr("Target &group"), self.target_group, ""),
            (self.tr("&Description"), self.description, ""),
            (
                self.tr("&Rationale"),
                self.rationale,
                self.tr("Why the service is placed where it is"),
            ),
            (
                self.tr("Annual &cost"),
                self.annual_cost_dkk,
                self.tr("Estimated annual cost in whole kroner, e.g. 1,234,567 or 1234567"),
            ),
            (
                self.tr("Contract length (&years)"),
                self.contract_years,
                self.contract_years.toolTip(),
            ),
            (
                self.tr("Contract value"),
                self.contract_value,
                self.tr("Annual cost × contract length incl. options"),
            ),
            (
                self.tr("&Bought share"),
                self.bought_share_percent,
                self.tr(
                    "On a mixed card: the per cent of the annual cost that is bought. Only "
                    "that part counts towards the thresholds."
                ),
            ),
            (self.tr("Vol&ume"), self.volume, ""),
            (self.tr("Ow&ner"), self.owner, ""),
            (self.tr("CPV c&ode"), cpv_row, ""),
            (
                self.tr("Announce&ment"),
                self.announcement_date,
                self.tr(
                    "When the tender is planned to be announced: it decides which thresholds "
                    "apply. Empty: the workshop's date."
                ),
            ),
        )
        for text, widget, tip in rows:
            label = QLabel(text)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
            else:
                label.setBuddy(self.cpv_code)
            if tip:
                label.setToolTip(tip)
            form.addRow(label, widget)

        self.hint_heading = QLabel(self.tr("Procurement rules"))
        self.hint_heading.setObjectName("sectionHeading")
        self.criteria_heading = QLabel(self.tr("Make or buy: criteria (1–5)"))
        self.criteria_heading.setObjectName("sectionHeading")
        self.criteria_grid = QGridLayout()
        self.criteria_grid.setColumnStretch(0, 1)
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        self.needs_heading = QLabel(self.tr("Needs it answers"))
        self.needs_heading.setObjectName("sectionHeading")
        self.needs = QListWidget()
        self.needs.setWordWrap(True)
        self.needs.setMinimumHeight(70)
        self.needs.setMaximumHeight(150)
        self.link_button = QPushButton(self.tr("&Link needs…"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.link_button.clicked.connect(self._link_clicked)
        self.unlink_button.clicked.connect(self._unlink_clicked)
        self.needs.currentRowChanged.connect(lambda _r: self._update_buttons())
        need_buttons = QHBoxLayout()
        need_buttons.addWidget(self.link_button)
        need_buttons.addWidget(self.unlink_button)
        need_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.cpv_label)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addWidget(self.hint_heading)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addWidget(self.criteria_heading)
        layout.addLayout(self.criteria_grid)
        layout.addWidget(self.score_label)
        layout.addSpacing(6)
        layout.addWidget(self.needs_heading)
        layout.addWidget(self.needs)
        layout.addLayout(need_buttons)
        layout.addStretch(1)

        self.watch_text(*LINE_FIELDS, *BOX_FIELDS)
        self.checked.watch(*CHECKED_FIELDS)
        self.placement.activated.connect(self._placement_chosen)
        self.show_card(None, [], [], {})

    # -- showing -------------------------------------------------------------------------

    @property
    def service_id(self) -> str | None:
        return self.row_id

    def show_card(
        self,
        card: Card | None,
        notes: Sequence[NoteRef],
        criteria: Sequence[dict[str, Any]],
        scores: dict[str, int],
    ) -> None:
        """Show a card (None: nothing selected). Text being typed is left alone."""
        with self.showing(card.service if card else None):
            self._fill(card)
            self._fill_criteria(criteria, scores, card)
            self._fill_needs(notes)
        self._update_buttons()

    def leave_row(self) -> None:
        super().leave_row()
        self.checked.commit_all()
        self.checked.dirty.clear()
        self._show_problem(None)

    def _fill(self, card: Card | None) -> None:
        enabled = card is not None
        for widget in self._inputs():
            widget.setEnabled(enabled)
        self.heading.setText(
            self.tr("Selected service") if enabled else self.tr("Select a card to see it in full")
        )
        if card is None:
            for name in (*LINE_FIELDS, *CHECKED_FIELDS):
                getattr(self, name).clear()
            for name in BOX_FIELDS:
                getattr(self, name).clear()
            self.contract_value.clear()
            self.cpv_label.clear()
            self.hint.clear()
            return
        service = card.service
        self.show_texts({name: str(service[name]) for name in (*LINE_FIELDS, *BOX_FIELDS)})
        shown = {
            "annual_cost_dkk": ""
            if service["annual_cost_dkk"] is None
            else format_number(service["annual_cost_dkk"], self.lang),
            "contract_years": contract_years_text(
                str(service["contract_years_typed"]), service["contract_years"], lang=self.lang
            ),
            "cpv_code": str(service["cpv_code"]),
            "bought_share_percent": ""
            if service["bought_share_percent"] is None
            else f"{service['bought_share_percent']} %",
            "announcement_date": format_date(dt.date.fromisoformat(service["announcement_date"]))
            if service["announcement_date"]
            else "",
        }
        for name, text in shown.items():
            if name not in self.checked.dirty:
                show_text(getattr(self, name), text)
        self.placement.setCurrentIndex(max(0, self.placement.findData(service["placement"])))
        self.contract_value.setText(
            format_dkk(card.contract_value_dkk, lang=self.lang)
            if card.contract_value_dkk is not None
            else self.tr("– (needs annual cost and contract length)")
        )
        self.cpv_label.setText(self._cpv_text(str(service["cpv_code"])))
        mixed = service["placement"] == Placement.MIXED.value
        self.bought_share_percent.setEnabled(mixed)
        self.announcement_date.setPlaceholderText(
            self.tr("The workshop's date")
            if self.default_day is not None
            else self.tr("dd.mm.yyyy")
        )
        if card.hint is None:
            self.hint.setText(self.tr("The procurement hint is shown on external and mixed cards."))
            self.hint.setToolTip("")
        else:
            self.hint.setText(card.hint.summary(self.lang))
            self.hint.setToolTip(card.hint.message(self.lang))

    def _cpv_text(self, code: str) -> str:
        """The code's official label and what kind of contract it is, as the hint sees it."""
        if not code:
            return ""
        entry = cpv.lookup(code)
        if entry is None:
            return self.tr(
                "Not a code of the CPV list (CPV 2008): check the code, or choose one with Choose…."
            )
        kind = cpv.kind_of(code)
        if kind is cpv.ContractKind.WORKS:
            what = self.tr("works")
        elif kind is cpv.ContractKind.SUPPLIES:
            what = self.tr("supplies")
        elif cpv.is_light_regime(code):
            what = self.tr("social or other specific service (Annex XIV: the light regime)")
        else:
            what = self.tr("service (not in Annex XIV: the ordinary rules for services)")
        text = f"{entry.label(self.lang)} – {what}."
        if cpv.is_reserved_art77(code):
            text += " " + self.tr(
                "May be reserved for certain organisations (art. 77 of the Directive)."
            )
        if "-" in code and not entry.check_digit:
            text += " " + self.tr("The check digit is not verified.")
        return text

    def _fill_criteria(
        self, criteria: Sequence[dict[str, Any]], scores: dict[str, int], card: Card | None
    ) -> None:
        self._criteria = list(criteria)
        key = tuple((c["id"], c["title"], c["description"], c["favours"]) for c in criteria)
        if key != self._criteria_key:
            self._rebuild_criteria(criteria)
            self._criteria_key = key
        self._case_scored = set()
        if card is not None:  # "Omkostninger" may take its score from the business case
            shown = delivery.effective_scores(card.service, scores, criteria)
            self._case_scored = {
                str(c["id"])
                for c in criteria
                if c["key"] == business_case.COST_KEY
                and business_case.case_score(card.service, str(c["favours"])) is not None
            }
            scores = shown
        for criterion_id, box in self._score_boxes.items():
            box.setCurrentIndex(max(0, box.findData(scores.get(criterion_id))))
            from_case = criterion_id in self._case_scored
            box.setEnabled(card is not None and not self._read_only and not from_case)
            box.setToolTip(self._case_reason(card, criteria) if from_case else box.whatsThis())
        self._scores = scores
        if card is None:
            self.score_label.clear()
        elif not criteria:
            self.score_label.setText(self.tr("The criteria are made when the first card is added."))
        else:
            self.score_label.setText(self._score_text(card))

    def _rebuild_criteria(self, criteria: Sequence[dict[str, Any]]) -> None:
        while self.criteria_grid.count():
            item = self.criteria_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._score_boxes = {}
        internal = self.tr("A 5 speaks for delivering it ourselves.")
        external = self.tr("A 5 speaks for buying it.")
        for row, criterion in enumerate(criteria):
            label = QLabel(str(criterion["title"]))
            label.setWordWrap(True)
            tip = str(criterion["description"]) + "\n\n"
            tip += internal if criterion["favours"] == "internal" else external
            label.setToolTip(tip)
            box = QComboBox()
            box.addItem("–", None)
            for score in range(1, 6):
                box.addItem(str(score), score)
            box.setToolTip(tip)
            box.setWhatsThis(tip)  # the tooltip again when the business case gives way
            box.setAccessibleName(str(criterion["title"]))
            label.setBuddy(box)
            criterion_id = str(criterion["id"])
            box.activated.connect(lambda _i, c=criterion_id, b=box: self._scored(c, b))
            self.criteria_grid.addWidget(label, row, 0)
            self.criteria_grid.addWidget(box, row, 1)
            self._score_boxes[criterion_id] = box

    def _score_text(self, card: Card) -> str:
        score = card.score
        if score.value is None:
            return self.tr("Not scored yet. No placement is suggested.")
        shown = f"{score.value:.1f}"
        text = trf(
            self.tr("Weighted score: %1 (5 = deliver internally, 1 = buy externally)."),
            shown.replace(".", ",") if self.lang == "da" else shown,
        )
        if score.suggestion is None:
            text += " " + self.tr("Score more criteria to get a suggested placement.")
        else:
            label = self.placement.itemText(self.placement.findData(score.suggestion))
            text += " " + trf(self.tr("Suggested placement: %1. The room decides."), label)
            reason = delivery.reason_criteria(self._scores, self._criteria, score.suggestion)
            if reason:  # the criteria that weigh most for it, in the workshop's words
                text += " " + trf(self.tr("Weighing most: %1."), ", ".join(reason))
        if self._case_scored and card.service.get("case_scores_cost"):
            text += " " + self.tr("The cost score comes from the business case (Alt+3).")
        return text

    def _case_reason(self, card: Card | None, criteria: Sequence[dict[str, Any]]) -> str:
        cost = next((c for c in criteria if c["key"] == business_case.COST_KEY), None)
        if card is None or cost is None:
            return ""
        return business_case.score_reason(card.service, str(cost["favours"]), self.lang)

    def _fill_needs(self, notes: Sequence[NoteRef]) -> None:
        key = (self.service_id, tuple(notes))
        if key == self._needs_key:
            return  # rebuilding the list would repaint it for nothing
        self._needs_key = key
        current = self.needs.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.needs.clear()
        for note in notes:
            where = " › ".join(part for part in (note.canvas_title, note.zone_title) if part)
            text = note.text if len(note.text) <= 160 else note.text[:160].rstrip() + "…"
            item = QListWidgetItem(f"{text}\n({where})" if where else text)
            item.setData(Qt.ItemDataRole.UserRole, note.note_id)
            item.setToolTip(note.text)
            self.needs.addItem(item)
            if note.note_id == keep:
                self.needs.setCurrentItem(item)
        if not notes and self.stored is not None:
            empty = QListWidgetItem(self.tr("No needs linked yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.needs.addItem(empty)

    def _inputs(self) -> list[QWidget]:
        return [
            self.title,
            self.placement,
            self.target_group,
            self.description,
            self.rationale,
            self.annual_cost_dkk,
            self.contract_years,
            self.bought_share_percent,
            self.volume,
            self.owner,
            self.cpv_code,
            self.cpv_button,
            self.announcement_date,
            self.needs,
        ]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for name in CHECKED_FIELDS:
            getattr(self, name).setReadOnly(read_only)
        for box in self._score_boxes.values():
            box.setEnabled(not read_only and self.stored is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.stored is not None and not self._read_only
        self.placement.setEnabled(editable)
        self.cpv_button.setEnabled(editable)
        self.link_button.setEnabled(editable)
        item = self.needs.currentItem()
        has_note = item is not None and bool(item.data(Qt.ItemDataRole.UserRole))
        self.unlink_button.setEnabled(editable and has_note)

    # -- edits ---------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Hand over everything typed (before save, on switching tabs)."""
        super().commit_pending()
        self.checked.commit_all()

    def set_cpv_code(self, code: str) -> None:
        """A code chosen in the picker: as if typed and the field left."""
        self.cpv_code.setText(code)
        self.checked.chosen("cpv_code")

    def _read_checked(self, name: str, line: QLineEdit) -> Any:
        """The amount, years, share, date or CPV code typed; raises a TvaersError if wrong."""
        if name == "annual_cost_dkk":
            return parse_dkk(line.text())
        if name == "contract_years":
            return parse_years(line.text())
        if name == "bought_share_percent":
            return parse_share(line.text())
        if name == "announcement_date":
            day = self.announcement_date.date()
            return "" if day is None else day.isoformat()
        return cpv.normalise_cpv(line.text())

    def _store_checked(self, name: str, value: Any) -> None:
        if name == "contract_years":
            # Kept as typed ("2+1+1"), so a change of the text is a change even when the
            # sum stays the same; the core stores the sum beside it.
            typed = self.contract_years.text().strip()
            self.request({"contract_years": value, "contract_years_typed": typed})
            return
        self.request({name: value})

    def _show_problem(self, message: str | None, line: QLineEdit | None = None) -> None:
        for name in CHECKED_FIELDS:
            getattr(self, name).setStyleSheet("")
        if message is None:
            self.problem.clear()
            self.problem.hide()
            return
        self.problem.setText(message)
        self.problem.show()
        if line is not None:
            line.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }")

    def _placement_chosen(self, _index: int) -> None:
        if self._loading or self.stored is None:
            return
        placement = self.placement.currentData()
        if placement != self.stored["placement"]:
            self.move_requested.emit(str(self.stored["id"]), str(placement))

    def _scored(self, criterion_id: str, box: QComboBox) -> None:
        if not self._loading and self.row_id is not None:
            self.score_requested.emit(self.row_id, criterion_id, box.currentData())

    def _link_clicked(self) -> None:
        if self.row_id is not None:
            self.link_requested.emit(self.row_id)

    def _unlink_clicked(self) -> None:
        item = self.needs.currentItem()
        note_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self.row_id is not None and note_id:
            self.unlink_requested.emit(self.row_id, str(note_id))
