"""The view on the canvas: zoom (Ctrl+wheel, Ctrl++ / Ctrl+-, fit to window) and pan.

Keys for the selected note are handed to the tab (`key_handler`), except while a note is
being edited: then every key is text.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from desktop.ui.canvas_tab.note_item import NoteItem
from desktop.ui.canvas_tab.scene import CanvasScene

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
STEP = 1.2
REFIT_PAUSE_S = 0.5  # a resize back within this is a scroll bar's, not the user's


class CanvasView(QGraphicsView):
    zoom_changed = Signal(float)
    note_menu_requested = Signal(str, QPoint)  # note id, where (global)
    canvas_menu_requested = Signal(QPointF, QPoint)  # where (scene), where (global)

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.canvas_scene = scene
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)  # drag the background: pan
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Fitted to the window until the user zooms: a resize (the splitter, the window)
        # then fits again instead of leaving the canvas cut off.
        self.fitting = True
        self._fitted_from = (QSize(), 0.0)  # the size before the last fit on resize, when
        # Where the mouse pointer rests on the canvas (viewport coordinates), None when it
        # is elsewhere: N puts a new note there if it rests in the zone for new notes.
        self.pointer: QPoint | None = None
        self._hovered_zone: str | None = None

    # -- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, *, anchor_mouse: bool = False) -> None:
        self.fitting = False
        self._scale_to(factor, anchor_mouse=anchor_mouse)

    def _scale_to(self, factor: float, *, anchor_mouse: bool = False) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if abs(factor - self.zoom()) < 1e-6:
            return
        if not anchor_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        ratio = factor / self.zoom()
        self.scale(ratio, ratio)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._zoomed()

    def _zoomed(self) -> None:
        self.canvas_scene.set_zoom(self.zoom())
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP)

    def fit(self) -> None:
        """The whole canvas in the window, and kept so while the window changes size."""
        self.fitting = True
        rect = self.canvas_scene.content_rect()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM or self.zoom() < MIN_ZOOM:
            self._scale_to(self.zoom())
        self._zoomed()

    def zoom_to(self, rect: QRectF) -> None:
        """Fill the window with one part of the canvas (a zone, for the projector)."""
        self.fitting = False
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM or self.zoom() < MIN_ZOOM:
            self._scale_to(self.zoom())
        self._zoomed()

    def request_fit(self) -> None:
        """Fit now, and again once the view has its real size (a new canvas was shown)."""
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.fitting:
            return
        # A fit can show or hide a scroll bar; that resizes the viewport, which fits again,
        # which can hide or show the bar again, for ever (the window hung at some sizes).
        # Back at the size it just left, the view keeps the fit it has.
        size, now = event.size(), time.monotonic()
        left, when = self._fitted_from
        if size == left and now - when < REFIT_PAUSE_S:
            self._fitted_from = (QSize(), 0.0)
            return
        self._fitted_from = (event.oldSize(), now)
        self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * STEP**steps, anchor_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    def show_note(self, note_id: str) -> None:
        item = self.canvas_scene.notes.get(note_id)
        if item is not None:
            self.ensureVisible(item, 40, 40)

    # -- the pointer -----------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.pointer = event.position().toPoint()
        if event.buttons() == Qt.MouseButton.NoButton:
            # The pointer entering a zone makes it the zone for new notes, as a click
            # does; moving within it does not undo a zone chosen with the keys.
            zone_id = self.canvas_scene.zone_at(self.mapToScene(self.pointer))
            if zone_id != self._hovered_zone:
                self._hovered_zone = zone_id
                if zone_id is not None:
                    self.canvas_scene.set_current_zone(zone_id)
        super().mouseMoveEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.pointer = self._hovered_zone = None
        return super().viewportEvent(event)

    def pointer_in_scene(self) -> QPointF | None:
        """Where the pointer rests, in scene units; None when it is not on the canvas."""
        if self.pointer is None or not self.viewport().rect().contains(self.pointer):
            return None
        return self.mapToScene(self.pointer)

    # -- keys and menus --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.canvas_scene.editing is None:
            if self._zoom_key(event):
                return
            if self.key_handler is not None and self.key_handler(event):
                event.accept()
                return
        super().keyPressEvent(event)

    def _zoom_key(self, event: QKeyEvent) -> bool:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            return False
        event.accept()
        return True

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        scene = self.canvas_scene
        if scene.editing is not None:
            super().contextMenuEvent(event)  # the text editor's own menu
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            where = self.mapToScene(event.pos())
            item = self.itemAt(event.pos())
            while item is not None and not isinstance(item, NoteItem):
                item = item.parentItem()
            if isinstance(item, NoteItem):
                scene.select_note(item.note_id)
                self.note_menu_requested.emit(item.note_id, event.globalPos())
            else:
                self.canvas_menu_requested.emit(where, event.globalPos())
            event.accept()
            return
        note_id = scene.selected_note_id()  # the Menu key or Shift+F10
        if note_id is not None:
            item = scene.notes[note_id]
            spot = self.mapFromScene(item.pos() + QPointF(20, 20))
            self.note_menu_requested.emit(note_id, self.viewport().mapToGlobal(spot))
        else:
            centre = self.viewport().rect().center()
            self.canvas_menu_requested.emit(
                self.mapToScene(centre), self.viewport().mapToGlobal(centre)
            )
        event.accept()
