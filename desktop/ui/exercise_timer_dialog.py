"""The exercise timer's "Other time…" dialog: a typed time and the exercise's name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.exercise_timer import TimerTimeError, parse_duration

translate = QCoreApplication.translate


@dataclass(frozen=True)
class TimerChoice:
    seconds: int
    label: str


def exercise_names() -> list[str]:
    """Names a facilitator often gives a timed exercise; any other can be typed."""
    return [
        translate("exercise names", "Silent brainstorm"),
        translate("exercise names", "Group work"),
        translate("exercise names", "Dot voting"),
        translate("exercise names", "Round of the table"),
        translate("exercise names", "Break"),
    ]


def name_box(current: str) -> QComboBox:
    """An editable list of common names, showing `current`."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(exercise_names())
    box.setCurrentText(current)
    line = box.lineEdit()
    if line is not None:
        line.setPlaceholderText(translate("exercise names", "e.g. Silent brainstorm"))
    return box


class TimerDialog(QDialog):
    def __init__(self, label: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Start a countdown"))
        self.setMinimumWidth(420)
        self.time = QLineEdit()
        # The same examples as TimerTimeError's, so the hint and the correction agree.
        self.time.setPlaceholderText(self.tr("e.g. 5, 5:30, 90 sec or 1 h 30 min"))
        self.name = name_box(label)
        self.problem = QLabel()
        self.problem.setObjectName("timerProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(self.tr("&Time"), self.time)
        form.addRow(self.tr("&Exercise"), self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.time.textChanged.connect(self._check)
        self._check()

    def seconds(self) -> int | None:
        try:
            return parse_duration(self.time.text())
        except TimerTimeError:
            return None

    def _check(self) -> None:
        """Say at once what is wrong with the time; an empty field is not yet wrong."""
        problem = ""
        if self.time.text().strip():
            try:
                parse_duration(self.time.text())
            except TimerTimeError as exc:
                problem = exc.message(self.lang)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if self.isVisible():
            self.adjustSize()  # room for the explanation, and none when it goes
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.seconds() is not None)

    def choice(self) -> TimerChoice | None:
        seconds = self.seconds()
        return None if seconds is None else TimerChoice(seconds, self.name.currentText().strip())
