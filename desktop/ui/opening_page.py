"""What the window shows while the workshop it was started with opens.

Opening needs the workshop's modules (SQLModel, SQLAlchemy, the tabs: ~0.5 s on a
laptop). Loading them before the window appears left the facilitator looking at nothing
after a double-click; now the window paints at once, with the file's name, and the
workshop follows (issue 9: start to the first painted window).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.trf import trf

# If the window is never painted (started minimised, say), open anyway after this long.
OPEN_ANYWAY_MS = 1_000


class OpeningPage(QWidget):
    painted = Signal()  # once, after the first paint has reached the screen

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        self._told = False
        label = QLabel(trf(self.tr("Opening %1 …"), name))
        label.setObjectName("sectionHeading")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._told:
            self._told = True
            QTimer.singleShot(0, self.painted.emit)  # after this paint, not inside it


def run_after_first_paint(page: OpeningPage, action: Callable[[], object]) -> None:
    """Run `action` once: when `page` has painted, or after OPEN_ANYWAY_MS."""
    done = False

    def go() -> None:
        nonlocal done
        if not done:
            done = True
            action()

    page.painted.connect(go)
    QTimer.singleShot(OPEN_ANYWAY_MS, go)
