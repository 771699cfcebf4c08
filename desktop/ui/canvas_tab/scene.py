"""The canvas as a QGraphicsScene: zones and notes, drag and drop, editing in place.

The scene never edits the workshop: it emits what the user did (`note_moved` on the
release of a drag, `add_requested` on a double-click, the text typed in a note) and
the tab turns that into undoable commands (Qt's diagramscene pattern).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPixmapCache, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from desktop.core.canvas import NOTE_WIDTH, CanvasContents, zone_contains
from desktop.ui.canvas_tab.note_item import TEXT_LOD, TOP_Z, NoteItem, NoteStyle
from desktop.ui.canvas_tab.zone_item import ZoneItem

MARGIN = 120.0
PIXMAP_CACHE_KB = 96 * 1024  # room around the zones, so a note can be dropped outside them


class CanvasScene(QGraphicsScene):
    note_moved = Signal(str, QPointF, QPointF)  # note id, old top-left, new top-left
    add_requested = Signal(str, QPointF)  # zone id ("" outside zones), where (scene)
    text_typed = Signal(str, str)  # note id, the text so far
    editing_finished = Signal(str, str)  # note id, the text as left
    selected_note_changed = Signal(str)  # note id, "" when none
    current_zone_changed = Signal(str)  # the zone new notes go to (N); "" when none

    def __init__(self, style: NoteStyle, parent: Any = None) -> None:
        super().__init__(parent)
        self.note_style = style
        self.canvas_id: str | None = None
        self.zones: dict[str, ZoneItem] = {}
        self.notes: dict[str, NoteItem] = {}
        self.read_only = False
        self.current_zone_id: str | None = None
        self.editing: NoteItem | None = None
        self._pressed: dict[str, QPointF] = {}
        self._drop_zone: ZoneItem | None = None
        self._raised: NoteItem | None = None
        self._cache_mode = QGraphicsItem.CacheMode.NoCache
        self.setBackgroundBrush(QColor("#dfe3e8"))
        # Without a BSP index: adding a full wall's 1,000 notes is quicker, and finding
        # the few items under the mouse by a linear pass costs microseconds.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        # Every note keeps a pixmap of itself (DeviceCoordinateCache): at 100 % a screenful
        # of a full wall needs more than Qt's default 10 MB.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.selectionChanged.connect(self._selection_changed)

    # -- showing ---------------------------------------------------------------------------

    def load(self, contents: CanvasContents | None) -> None:
        """Show a canvas. The same canvas again updates only what changed, so a note being
        edited or dragged keeps its editor and its place."""
        new_id = None if contents is None else str(contents.canvas["id"])
        if new_id != self.canvas_id:
            self._clear()
            self.canvas_id = new_id
        if contents is None:
            return
        self._sync(self.zones, contents.zones, self._make_zone, ZoneItem.update_zone)
        self._sync(self.notes, contents.notes, self._make_note, NoteItem.update_note)
        if self.current_zone_id not in self.zones:
            self.current_zone_id = None
            first = self.zones_in_order()[:1]
            self.set_current_zone(first[0].zone_id if first else None)
        self.setSceneRect(self.content_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def update_notes(self, notes: list[dict[str, Any]]) -> None:
        """Show a few notes of this canvas as stored now (after one edit)."""
        rect = self.sceneRect()
        for note in notes:
            item = self.notes[str(note["id"])]
            item.update_note(note)
            rect = rect.united(item.sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.setSceneRect(rect)  # grows with a note moved out; shrinks at the next full load

    def _make_zone(self, zone: dict[str, Any]) -> ZoneItem:
        return ZoneItem(zone)

    def _make_note(self, note: dict[str, Any]) -> NoteItem:
        item = NoteItem(note, self.note_style)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not self.read_only)
        item.setCacheMode(self._cache_mode)
        return item

    def set_zoom(self, zoom: float) -> None:
        """Readable notes are drawn once per zoom into a pixmap (DeviceCoordinateCache): a
        note dragged across a full wall then costs blits of the notes it passes, not their
        text laid out again on every mouse move. Blocks (zoomed far out) are cheaper to draw
        than to cache."""
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if zoom >= TEXT_LOD
            else QGraphicsItem.CacheMode.NoCache
        )
        if mode != self._cache_mode:
            self._cache_mode = mode
            for item in self.notes.values():
                item.setCacheMode(mode)

    def _sync(
        self, items: dict[str, Any], rows: list[dict[str, Any]], make: Any, update: Any
    ) -> None:
        wanted = {str(row["id"]) for row in rows}
        for gone in [key for key in items if key not in wanted]:
            item = items.pop(gone)
            if item is self.editing:
                self.editing = None
            self.removeItem(item)
        for row in rows:
            item = items.get(str(row["id"]))
            if item is None:
                item = make(row)
                items[str(row["id"])] = item
                self.addItem(item)
            else:
                update(item, row)

    def _clear(self) -> None:
        self.editing = None
        self._pressed = {}
        self._drop_zone = None
        self._raised = None
        self.current_zone_id = None
        self.zones, self.notes = {}, {}
        self.clear()

    def content_rect(self) -> QRectF:
        """Where the zones and notes are (for fit to window)."""
        rect = QRectF()
        for zone in self.zones.values():
            rect = rect.united(zone.scene_rect())
        for note in self.notes.values():
            rect = rect.united(note.sceneBoundingRect())
        return rect

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if read_only:
            self.finish_editing()
        for note in self.notes.values():
            note.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not read_only)

    # -- selection and zones ---------------------------------------------------------------

    def selected_note_id(self) -> str | None:
        for item in self.selectedItems():
            if isinstance(item, NoteItem):
                return item.note_id
        return None

    def select_note(self, note_id: str | None) -> None:
        item = self.notes.get(note_id or "")
        if item is not None and item.isSelected() and len(self.selectedItems()) == 1:
            return
        self.clearSelection()
        if item is not None:
            item.setSelected(True)

    def _selection_changed(self) -> None:
        # The selected note comes to the front, so its border and text are not hidden.
        selected = self.notes.get(self.selected_note_id() or "")
        raised = self._raised
        if raised is not selected:
            if raised is not None and raised.note_id in self.notes:
                raised.setZValue(raised.base_z)
            if selected is not None:
                selected.setZValue(TOP_Z)
            self._raised = selected
        self.selected_note_changed.emit(selected.note_id if selected is not None else "")

    def zone_at(self, point: QPointF) -> str | None:
        """The zone holding the point, by the core's rule (the last in order if several)."""
        found = None
        for zone in sorted(self.zones.values(), key=lambda z: z.position):
            rect = zone.scene_rect()
            if zone_contains(rect.x(), rect.y(), rect.width(), rect.height(), point.x(), point.y()):
                found = zone.zone_id
        return found

    def zones_in_order(self) -> list[ZoneItem]:
        return sorted(self.zones.values(), key=lambda z: z.position)

    def set_current_zone(self, zone_id: str | None) -> None:
        """The zone a new note goes to (N): marked on the canvas and named in the hint."""
        if zone_id == self.current_zone_id:
            return
        for key in (self.current_zone_id, zone_id):
            if key in self.zones:
                self.zones[key].set_marks(current=key == zone_id)
        self.current_zone_id = zone_id
        self.current_zone_changed.emit(zone_id or "")

    def step_current_zone(self, step: int) -> str | None:
        """The next (1) or previous (-1) zone, round the end, becomes the current zone."""
        zones = [zone.zone_id for zone in self.zones_in_order()]
        if not zones:
            return None
        at = zones.index(self.current_zone_id) if self.current_zone_id in zones else -1
        if at < 0:
            self.set_current_zone(zones[0] if step > 0 else zones[-1])
        else:
            self.set_current_zone(zones[(at + step) % len(zones)])
        return self.current_zone_id

    def _set_drop_zone(self, zone: ZoneItem | None) -> None:
        if zone is self._drop_zone:
            return
        if self._drop_zone is not None:
            self._drop_zone.set_marks(drop_target=False)
        if zone is not None:
            zone.set_marks(drop_target=True)
        self._drop_zone = zone

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.editing is not None and self.mouseGrabberItem() is not self.editing.editor:
            self.finish_editing()
        clicked = self.zone_at(event.scenePos())
        if clicked is not None:  # a click outside every zone keeps the zone for new notes
            self.set_current_zone(clicked)
        grabbed = self.mouseGrabberItem()
        if isinstance(grabbed, NoteItem) and not self.read_only:
            self._pressed = {grabbed.note_id: grabbed.pos()}
            grabbed.setZValue(TOP_Z + 1)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        grabbed = self.mouseGrabberItem()
        if isinstance(grabbed, NoteItem) and grabbed.note_id in self._pressed:
            # Light up the zone the note would land in.
            zone_id = self.zone_at(grabbed.centre())
            self._set_drop_zone(self.zones.get(zone_id or ""))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, {}
        self._set_drop_zone(None)
        for note_id, old in pressed.items():
            item = self.notes.get(note_id)
            if item is None:
                continue
            item.setZValue(TOP_Z if item.isSelected() else item.base_z)
            if item.pos() != old:
                self.note_moved.emit(note_id, old, item.pos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.itemAt(event.scenePos(), QTransform())
        if self.editing is not None and item is self.editing.editor:
            super().mouseDoubleClickEvent(event)  # select a word
            return
        event.accept()
        if self.read_only:
            return
        note = _note_of(item)
        if note is not None:
            self.start_editing(note.note_id)
            return
        zone_id = self.zone_at(event.scenePos()) or ""
        where = event.scenePos() - QPointF(NOTE_WIDTH / 2, 20)
        self.add_requested.emit(zone_id, where)

    # -- editing ---------------------------------------------------------------------------

    def start_editing(self, note_id: str) -> bool:
        item = self.notes.get(note_id)
        if item is None or self.read_only:
            return False
        if self.editing is not None and self.editing is not item:
            self.finish_editing()
        self.select_note(note_id)
        self.editing = item
        item.start_editing()
        return True

    def finish_editing(self) -> None:
        item, self.editing = self.editing, None
        if item is None:
            return
        text = item.finish_editing()
        if text is not None:
            self.editing_finished.emit(item.note_id, text)


def _note_of(item: QGraphicsItem | None) -> NoteItem | None:
    while item is not None and not isinstance(item, NoteItem):
        item = item.parentItem()
    return item
