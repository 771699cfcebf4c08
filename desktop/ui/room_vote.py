"""The vote from phones, in the room's panel: start it on the canvas's notes (dots per phone,
optionally a limit per note), see how many phones have voted (never the results while they
are hidden), show the result (to the phones too), and close it: the dots are added to the
notes' votes as one undo step (desktop/ui/room_control.py).

The whole canvas is on the ballot, not the zone for new notes: a dot vote picks among
everything on the wall, as the voting round with dots on paper does for the same canvas, so
the two add up on the same notes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.room.vote import MAX_DOTS

DEFAULT_DOTS = 3
SHOWN_CHARS = 80


class RoomVoteBox(QFrame):
    start_requested = Signal(int, int)  # dots per phone, per-note limit (0: none)
    reveal_requested = Signal()
    close_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("roomVote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel(self.tr("Vote from phones"))
        heading.setObjectName("sectionHeading")
        layout.addWidget(heading)

        self.setup = QWidget()
        form = QFormLayout(self.setup)
        form.setContentsMargins(0, 0, 0, 0)
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(DEFAULT_DOTS)
        self.per_note = QSpinBox()
        self.per_note.setRange(0, MAX_DOTS)
        self.per_note.setSpecialValueText(self.tr("No limit"))
        self.dots.valueChanged.connect(lambda n: self.per_note.setMaximum(n))
        self.per_note.setMaximum(DEFAULT_DOTS)
        form.addRow(self.tr("Dots per phone:"), self.dots)
        form.addRow(self.tr("Most dots on one note:"), self.per_note)
        self.start_button = QPushButton(self.tr("&Begin a vote"))
        self.start_button.setToolTip(
            self.tr("The phones vote on the notes of the canvas shown; results stay hidden")
        )
        self.start_button.clicked.connect(self._start)
        form.addRow(self.start_button)
        layout.addWidget(self.setup)

        self.running = QWidget()
        running = QVBoxLayout(self.running)
        running.setContentsMargins(0, 0, 0, 0)
        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        self.voters_label = QLabel()
        self.results = QListWidget()  # note texts from the canvas: plain list items
        self.results.setObjectName("roomVoteResults")
        self.results.setAccessibleName(self.tr("Result of the vote"))
        self.results.hide()
        self.reveal_button = QPushButton(self.tr("Show the result"))
        self.reveal_button.setToolTip(self.tr("Show the dots per note here and on the phones"))
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.close_button = QPushButton(self.tr("Close the vote"))
        self.close_button.setToolTip(
            self.tr("Stop the vote and add its dots to the notes' votes (one step to undo)")
        )
        self.close_button.clicked.connect(self.close_requested)
        row = QHBoxLayout()
        row.addWidget(self.reveal_button)
        row.addWidget(self.close_button)
        running.addWidget(self.rules_label)
        running.addWidget(self.voters_label)
        running.addWidget(self.results)
        running.addLayout(row)
        layout.addWidget(self.running)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        layout.addWidget(self.last_label)
        self.show_idle()

    def _start(self) -> None:
        self.start_requested.emit(self.dots.value(), self.per_note.value())

    def show_idle(self, last: str = "") -> None:
        self.setup.show()
        self.running.hide()
        self.results.clear()
        self.results.hide()
        self.last_label.setText(last)
        self.last_label.setVisible(bool(last))

    def show_running(self, notes: int, dots: int, per_note: int) -> None:
        rules = self.tr("%n dots per phone", "", dots)
        if per_note:
            rules += " · " + self.tr("at most %n on one note", "", per_note)
        self.rules_label.setText(self.tr("%n notes on the ballot", "", notes) + " · " + rules)
        self.set_voters(0)
        self.setup.hide()
        self.last_label.hide()
        self.running.show()
        self.reveal_button.setEnabled(True)
        self.close_button.setFocus()

    def set_voters(self, voters: int) -> None:
        self.voters_label.setText(self.tr("%n phones have voted", "", voters))

    def show_results(self, rows: list[tuple[str, int]]) -> None:
        """The dots per note, most first (shown once the facilitator reveals them)."""
        self.results.clear()
        for text, dots in sorted(rows, key=lambda row: -row[1]):
            shown = " ".join(text.split())
            if len(shown) > SHOWN_CHARS:
                shown = shown[: SHOWN_CHARS - 1] + "…"
            self.results.addItem(f"{dots} · {shown}")
        self.results.show()
        self.reveal_button.setEnabled(False)
        self.close_button.setFocus()  # what comes next
