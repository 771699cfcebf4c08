"""The readiness overview: what is still missing before the minutes go out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.readiness import Check

OK_MARK = "✓"
TODO_MARK = "●"


class ReadinessPanel(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        heading = QLabel(self.tr("Ready for the minutes?"))
        heading.setObjectName("sectionHeading")
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.lines)

    def show_checks(self, checks: list[Check]) -> None:
        # The sign-off line is always shown: it is the overview leadership asks for.
        shown = [c for c in checks if not c.ok or (c.key == "sign_off" and c.text(self.lang))]
        lines = [
            f"{OK_MARK if c.ok else TODO_MARK} {c.step(self.lang)}: {c.text(self.lang)}"
            for c in shown
        ]
        if all(c.ok for c in checks):
            lines.insert(0, OK_MARK + " " + self.tr("Nothing is missing."))
        self.lines.setText("\n".join(lines))
