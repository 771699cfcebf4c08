"""The first thing a facilitator sees: recent workshops, a new one, open, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import format_date
from desktop.storage.summary import read_summary
from desktop.storage.working_copy import Recoverable, read_workshop_id

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)
    recovery_chosen = Signal(Path)  # the working copy holding the unsaved changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Tværs")
        title.setObjectName("startTitle")
        tagline = QLabel(
            self.tr(
                "Procurement and the professional side at one table: shared language, needs, "
                "delivery and leadership sign-off."
            )
        )
        tagline.setWordWrap(True)
        tagline.setObjectName("startTagline")

        self.new_button = QPushButton(self.tr("&New workshop"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.demo_button = QPushButton(self.tr("Open &demo"))
        self.new_button.setObjectName("primaryButton")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.recovery_box = QFrame()
        self.recovery_box.setObjectName("recoveryBox")
        recovery_layout = QVBoxLayout(self.recovery_box)
        recovery_heading = QLabel(self.tr("Unsaved changes were found"))
        recovery_heading.setObjectName("sectionHeading")
        recovery_text = QLabel(
            self.tr(
                "Tværs was not closed normally. These workshops have changes that were not "
                "saved. Choose one to recover it."
            )
        )
        recovery_text.setWordWrap(True)
        self.recovery_list = QListWidget()
        self.recovery_list.itemActivated.connect(
            lambda item: self.recovery_chosen.emit(item.data(PATH_ROLE))
        )
        recovery_layout.addWidget(recovery_heading)
        recovery_layout.addWidget(recovery_text)
        recovery_layout.addWidget(self.recovery_list)

        recent_heading = QLabel(self.tr("Recent workshops"))
        recent_heading.setObjectName("sectionHeading")
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(PATH_ROLE))
        )
        self.no_recent = QLabel(self.tr("No workshops yet. Create one, or open the demo."))
        self.no_recent.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(self.recovery_box)
        right.addWidget(recent_heading)
        right.addWidget(self.no_recent, 1)
        right.addWidget(self.recent_list, 1)

        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addSpacing(32)
        columns.addLayout(right, 3)

        inner = QWidget()
        inner.setMaximumWidth(1000)
        layout = QVBoxLayout(inner)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(24)
        layout.addLayout(columns, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(inner, 10)
        outer.addStretch(1)

    def show_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for entry in paths:
            path = Path(entry)
            text, readable = self._recent_text(path)
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, path)
            item.setToolTip(str(path))
            if not readable:
                item.setForeground(self.palette().placeholderText())
            self.recent_list.addItem(item)
        self.no_recent.setVisible(not paths)
        self.recent_list.setVisible(bool(paths))

    def _recent_text(self, path: Path) -> tuple[str, bool]:
        """The workshop's title and date over the file's name and folder; a file that is
        gone or cannot be read shows its name and says so (and is shown greyed)."""
        if not path.exists():
            note = self.tr("(not found)")
            return f"{path.stem}  {note}\n{path.parent}", False
        summary = read_summary(path)
        if summary is None:
            note = self.tr("(cannot be read)")
            return f"{path.stem}  {note}\n{path.parent}", False
        title = summary.title.strip() or path.stem
        when = format_date(summary.starts_at.date()) if summary.starts_at else ""
        first = f"{title}  ·  {when}" if when else title
        return f"{first}\n{path.name} – {path.parent}", True

    def show_recoverable(self, found: list[Recoverable]) -> None:
        """One entry per working copy with unsaved changes. One whose file is gone, or whose
        path now holds another workshop, says so: choosing it saves the changes as a new
        file (MainWindow.open_recovery), for they can no longer go back into that file."""
        self.recovery_list.clear()
        for state in found:
            when = state.edited_at.strftime("%d.%m.%Y %H:%M")
            # Named as the recent list names it: the workshop's title (as recovered), then
            # the file (the file's name alone called one workshop by two names).
            summary = read_summary(state.working_copy)
            name = (summary.title.strip() if summary else "") or state.document.stem
            text = self.tr("{name} – changed {when}").format(name=name, when=when)
            if not state.document.is_file():
                text += "  " + self.tr("(file not found: choose to save the changes as a new file)")
            elif state.workshop_id and read_workshop_id(state.document) != state.workshop_id:
                text += "  " + self.tr(
                    "(another workshop is at this path now: choose to save the changes as a "
                    "new file)"
                )
            item = QListWidgetItem(f"{text}\n{state.document.name} – {state.document.parent}")
            item.setData(PATH_ROLE, state.working_copy)
            item.setToolTip(str(state.document))
            self.recovery_list.addItem(item)
        # As tall as its entries (at most four, then it scrolls): at 200 % a list of one
        # took half the height and left the recent workshops a line and a half.
        rows = sum(self.recovery_list.sizeHintForRow(i) for i in range(min(len(found), 4)))
        frame = 2 * self.recovery_list.frameWidth()
        scroll = self.recovery_list.horizontalScrollBar().sizeHint().height()  # a long path
        self.recovery_list.setMaximumHeight(max(rows, 1) + frame + scroll + 4)
        self.recovery_box.setVisible(bool(found))
