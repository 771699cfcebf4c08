"""Recording a sign-off: who answers (a participant or a typed name), what, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.signoff_models import Outcome
from desktop.ui.section_typing import TypedOverSection
from desktop.ui.signoff_tab.sign_offs_model import DATE_TIME_FORMAT, from_qdatetime, to_qdatetime


@dataclass(frozen=True)
class Approver:
    """A participant who can sign (leadership first in the list)."""

    participant_id: str
    name: str
    title: str
    leadership: bool


@dataclass(frozen=True)
class SignOffAnswer:
    participant_id: str | None
    approver_name: str
    approver_title: str
    outcome: str
    comment: str
    signed_at: datetime


class SignOffDialog(QDialog):
    def __init__(
        self,
        approvers: list[Approver],
        decision_title: str,
        preset: SignOffAnswer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign-off"))
        self.setMinimumWidth(520)
        self.approvers = approvers
        about = QLabel(decision_title)
        about.setObjectName("sectionHeading")
        about.setWordWrap(True)

        self.who = QComboBox()
        self.who.addItem(self.tr("Someone else (type the name and title)"), None)
        for approver in approvers:
            label = f"{approver.name} – {approver.title}" if approver.title else approver.name
            self.who.addItem(label, approver.participant_id)
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.outcomes = QButtonGroup(self)
        outcome_row = QHBoxLayout()
        for value, text in (
            (Outcome.APPROVED.value, self.tr("&Approved")),
            (Outcome.CHANGES_REQUESTED.value, self.tr("&Changes requested")),
            (Outcome.REJECTED.value, self.tr("Re&jected")),
        ):
            button = QRadioButton(text)
            button.setProperty("outcome", value)
            self.outcomes.addButton(button)
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(70)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat(DATE_TIME_FORMAT)
        self.when.setCalendarPopup(True)
        TypedOverSection(self.when)

        form = QFormLayout()
        form.addRow(self.tr("A&pprover"), self.who)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Outcome"), outcome_row)
        form.addRow(self.tr("Co&mment"), self.comment)
        form.addRow(self.tr("T&ime"), self.when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record sign-off"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.who.currentIndexChanged.connect(self._approver_chosen)
        self.name.textChanged.connect(self._update_ok)
        self._fill(preset)

    def _fill(self, preset: SignOffAnswer | None) -> None:
        if preset is None:
            # Leadership first: the most likely approver is preselected.
            first_leader = next((a for a in self.approvers if a.leadership), None)
            index = self.who.findData(first_leader.participant_id) if first_leader else 0
            self.who.setCurrentIndex(max(0, index))
            self._approver_chosen(self.who.currentIndex())
            self._check(Outcome.APPROVED.value)
            self.when.setDateTime(to_qdatetime(datetime.now()))
        else:
            index = self.who.findData(preset.participant_id) if preset.participant_id else 0
            self.who.setCurrentIndex(max(0, index))
            self.name.setText(preset.approver_name)
            self.title.setText(preset.approver_title)
            self._check(preset.outcome)
            self.comment.setPlainText(preset.comment)
            self.when.setDateTime(to_qdatetime(preset.signed_at))
        self._update_ok()

    def _check(self, outcome: str) -> None:
        for button in self.outcomes.buttons():
            button.setChecked(button.property("outcome") == outcome)

    def _approver_chosen(self, index: int) -> None:
        participant_id = self.who.itemData(index)
        chosen = next((a for a in self.approvers if a.participant_id == participant_id), None)
        if chosen is None:
            self.name.clear()
            self.title.clear()
            self.name.setFocus()
            return
        self.name.setText(chosen.name)
        self.title.setText(chosen.title)

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()))

    def answer(self) -> SignOffAnswer:
        participant_id = self.who.currentData()
        chosen = next((a for a in self.approvers if a.participant_id == participant_id), None)
        if chosen is not None and chosen.name.strip() != self.name.text().strip():
            participant_id = None  # a different name typed over the chosen person
        checked = self.outcomes.checkedButton()
        outcome = str(checked.property("outcome")) if checked else Outcome.APPROVED.value
        return SignOffAnswer(
            participant_id=participant_id,
            approver_name=self.name.text(),
            approver_title=self.title.text(),
            outcome=outcome,
            comment=self.comment.toPlainText(),
            signed_at=from_qdatetime(self.when.dateTime()),
        )
