"""A pane that scrolls instead of clipping when the window is small (a laptop at 200 %).

A form or a board wrapped here no longer sets the window's minimum size: below its own
minimum it gets scroll bars, so every control stays reachable at 960×540 logical pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PaneScrollArea(QScrollArea):
    """A scroll area that is hidden and shown with its pane: code that hides the pane
    (presentation mode, a "List" button) need not know it is wrapped."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.parentWidget() is None:
            return False  # not placed yet: showing it would open a window of its own
        if kind == QEvent.Type.HideToParent:
            self.hide()
        elif kind == QEvent.Type.ShowToParent:
            self.show()
        return False

    def sizeHint(self) -> QSize:
        # As tall as the pane at its smallest: a splitter gives it that much when there is
        # room, and what is left to its neighbour (the details form above the overview).
        hint = super().sizeHint()
        pane = self.widget()
        if pane is not None:
            hint.setHeight(pane.minimumSizeHint().height() + 2 * self.frameWidth())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A pane that can lay itself out for the width it gets (`fit_to_width(pixels)`)
        # is told the room it has, once this resize is done (not from inside it).
        if hasattr(self.widget(), "fit_to_width"):
            QTimer.singleShot(0, self, self._fit_pane)

    def _fit_pane(self) -> None:
        pane = self.widget()
        fit = getattr(pane, "fit_to_width", None)
        if pane is not None and callable(fit):
            fit(self.width() - self.frameWidth() * 2)
            layout = pane.layout()
            if layout is not None:
                layout.activate()  # its new minimum, now
            self.setWidgetResizable(True)  # the pane resized to it, the scroll bars set


def scrolling(widget: QWidget, *, horizontal: bool = True, vertical: bool = True) -> QScrollArea:
    """`widget` in a frameless scroll area that grows it to the space there is; a direction
    not allowed to scroll keeps the widget's minimum in that direction."""
    area = PaneScrollArea()
    area.setObjectName(f"{widget.objectName() or type(widget).__name__}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    off, needed = Qt.ScrollBarPolicy.ScrollBarAlwaysOff, Qt.ScrollBarPolicy.ScrollBarAsNeeded
    area.setHorizontalScrollBarPolicy(needed if horizontal else off)
    area.setVerticalScrollBarPolicy(needed if vertical else off)
    area.setWidget(widget)
    widget.installEventFilter(area)
    hint = widget.minimumSizeHint()
    if not horizontal:
        area.setMinimumWidth(hint.width())
    if not vertical:
        area.setMinimumHeight(hint.height())
    return area
