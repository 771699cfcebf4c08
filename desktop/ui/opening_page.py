"""What the window shows while the workshop it was started with opens.

Opening needs the workshop's modules (SQLModel, SQLAlchemy, the tabs: ~0.5 s on a
laptop). Loading them before the window appears left the facilitator looking at nothing
after a double-click; now the window paints at once, with the file's name, and the
workshop follows (issue 9: start to the first painted window). Started with a file, the
notice then gives way to the Workshop tab's first look, read without the ORM
(desktop/ui/first_look.py), while the workshop's modules load (issue 19, item 10).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.trf import trf

# If the window is never painted (started minimised, say), open anyway after this long.
OPEN_ANYWAY_MS = 1_000


class OpeningPage(QWidget):
    """`first_look`: the file whose Workshop tab is shown, read-only, once this page has
    painted and before `painted` is sent (desktop/ui/first_look.py); if it cannot be read
    that way, the notice stays."""

    painted = Signal()  # once, after the first paint (and the first look's) reached the screen
    _first_paint_done = Signal()

    def __init__(
        self, name: str, parent: QWidget | None = None, *, first_look: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        self._told = False
        self._first_look_of = first_look
        self.first_look: QWidget | None = None
        self.label = QLabel(trf(self.tr("Opening %1 …"), name))
        self.label.setObjectName("sectionHeading")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.label)
        self._first_paint_done.connect(self._after_first_paint)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._told:
            self._told = True
            QTimer.singleShot(0, self._first_paint_done.emit)  # after this paint, not in it

    def _after_first_paint(self) -> None:
        if self._first_look_of is not None and self.show_first_look(self._first_look_of):
            return  # `painted` follows the first look's paint
        self.painted.emit()

    def show_first_look(self, path: Path) -> bool:
        """The Workshop tab of `path`, read-only, in place of the notice; False (the notice
        stays) when the file cannot be read that way."""
        from desktop.ui import first_look  # Qt widgets and sqlite3 only: no ORM

        rows = first_look.read_first_look(path)
        if rows is None:
            return False
        look = self.first_look = first_look.FirstLook(rows)
        look.painted.connect(self.painted)
        self.label.hide()
        self._layout.setContentsMargins(0, 0, 0, 0)  # where the real tabs will be
        self._layout.addWidget(look)
        return True


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
