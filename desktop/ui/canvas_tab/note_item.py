"""A sticky note on the canvas: coloured by side, with its kind, priority and votes on top.

Its height follows the text up to NOTE_MAX_HEIGHT; a longer text is cut on the wall
with a fade (the list beside the canvas and the editor show all of it). A word wider than
the note (a Danish compound such as »kontanthjælpsmodtagere«) breaks inside, as in the
editor, rather than running off the note's edge; a note marked "✓ Ydelse" keeps room for
the mark below its text. Text is edited in place by a QGraphicsTextItem that exists only
while editing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QLinearGradient,
    QPainter,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.core.canvas import (
    NOTE_FONT_PX,
    NOTE_HEADER,
    NOTE_MAX_HEIGHT,
    NOTE_MIN_HEIGHT,
    NOTE_PADDING,
    NOTE_WIDTH,
)
from desktop.core.canvas_models import NoteSide
from desktop.ui.canvas_tab.labels import PRIORITY_COLOURS, SIDE_COLOURS
from desktop.ui.wrapped_text import draw_wrapped, wrapped

if TYPE_CHECKING:
    from desktop.ui.canvas_tab.scene import CanvasScene

TEXT_WIDTH = NOTE_WIDTH - 2 * NOTE_PADDING
COVERED_ROOM = 16.0  # more below the text of a note marked "✓ Ydelse": the mark sits there
SELECTED = QColor("#0b3fb3")
BADGE = QColor("#263238")
SHADOW = QColor(0, 0, 0, 45)
BARS = QColor(0, 0, 0, 60)
TOP_Z = 1_000_000.0  # the selected or dragged note is drawn above the others
TEXT_LOD = 0.3  # below this zoom the text is unreadable: notes are drawn as blocks


class NoteStyle:
    """Fonts and words every note shares (made once per scene, after the translator)."""

    def __init__(
        self,
        kinds: dict[str, str],
        priorities: dict[str, str],
        sides: dict[str, str],
        covered: str = "",
    ) -> None:
        self.kinds, self.priorities, self.sides = kinds, priorities, sides
        self.covered = covered  # "✓ Ydelse": a service on the delivery board answers it
        self.text_font = QFont()
        self.text_font.setPixelSize(NOTE_FONT_PX)
        self.header_font = QFont()
        self.header_font.setPixelSize(14)
        self.header_font.setBold(True)
        self.chip_font = QFont()
        self.chip_font.setPixelSize(13)
        self.chip_font.setBold(True)
        self.header_metrics = QFontMetricsF(self.header_font)
        self.chip_metrics = QFontMetricsF(self.chip_font)

    def text_layout(self, text: str) -> tuple[QTextLayout | None, float]:
        """The text in the note's width: the layout to draw it with (None: plain word
        wrap) and its height (desktop.ui.wrapped_text)."""
        return wrapped(text, self.text_font, TEXT_WIDTH)


class NoteItem(QGraphicsItem):
    def __init__(self, note: dict[str, Any], style: NoteStyle) -> None:
        super().__init__()
        self.note_id = str(note["id"])
        self.style = style
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.note: dict[str, Any] = {}
        self.editor: NoteEditor | None = None  # while the text is being edited
        self._editor_item: NoteEditor | None = None
        self.base_z = 0.0
        self._height = NOTE_MIN_HEIGHT
        self._cut = False
        self._layout: QTextLayout | None = None
        self.update_note(note)

    # -- data ------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return str(self.note.get("text", ""))

    @property
    def height(self) -> float:
        return self._height

    def update_note(self, note: dict[str, Any]) -> None:
        """Show the note as stored. While it is being edited its text is left alone; while it
        is being dragged, so is its place."""
        old = self.note
        self.note = dict(note)
        if self.editor is not None:
            self.note["text"] = old.get("text", "")
        elif (
            old.get("text") != self.note["text"]
            or not old
            or bool(old.get("services")) != bool(self.note.get("services"))
        ):
            self._measure()
        self.base_z = float(note["position"])
        if not self.isSelected() and self.zValue() != self.base_z:
            self.setZValue(self.base_z)
        place = QPointF(float(note["x"]), float(note["y"]))
        grabbed = self.scene() is not None and self.scene().mouseGrabberItem() is self
        if self.pos() != place and not grabbed:
            self.setPos(place)
        if old != self.note:
            self.update()

    @property
    def covered(self) -> bool:
        """Marked "✓ Ydelse": a service on the delivery board answers this need."""
        return bool(self.note.get("services")) and bool(self.style.covered)

    def _measure(self, full: float | None = None) -> None:
        if full is None:
            self._layout, text_height = self.style.text_layout(self.text)
            full = 2 * NOTE_PADDING + NOTE_HEADER + text_height
        if self.covered:
            full += COVERED_ROOM
        height = max(
            NOTE_MIN_HEIGHT, full if self.editor is not None else min(full, NOTE_MAX_HEIGHT)
        )
        self._cut = self.editor is None and full > NOTE_MAX_HEIGHT
        if height != self._height:
            self.prepareGeometryChange()
            self._height = height

    def centre(self) -> QPointF:
        return self.pos() + QPointF(NOTE_WIDTH / 2, self._height / 2)

    # -- drawing ---------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, NOTE_WIDTH + 8, self._height + 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(0, 0, NOTE_WIDTH, self._height)
        colour = SIDE_COLOURS.get(self.note["side"], SIDE_COLOURS[NoteSide.OTHER.value])
        selected = self.isSelected()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < TEXT_LOD:
            # Unreadable at this zoom anyway: a plain block with bars for the text, drawn
            # cheaply, so a wall of 1,000 notes still opens and pans quickly.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(rect, SELECTED if selected else colour.darker(130))
            painter.fillRect(
                rect.adjusted(3, 3, -3, -3) if selected else rect.adjusted(1, 1, -1, -1), colour
            )
            self._paint_bars(painter, rect)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADOW)
        painter.drawRect(rect.translated(3, 3))
        painter.setPen(QPen(SELECTED, 4) if selected else QPen(colour.darker(150), 1))
        painter.setBrush(colour)
        painter.drawRect(rect)
        self._paint_header(painter)
        if self.editor is None:
            self._paint_text(painter, rect, colour)
        if self.covered:
            self._paint_covered(painter, rect)

    def _paint_covered(self, painter: QPainter, rect: QRectF) -> None:
        """A small mark in the corner: this need is answered by a card on the board."""
        style = self.style
        width = style.chip_metrics.horizontalAdvance(style.covered) + 12
        chip = QRectF(rect.right() - width - 4, rect.bottom() - 22, width, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2e7d32"))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(Qt.GlobalColor.white)
        painter.setFont(style.chip_font)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), style.covered)

    def _paint_bars(self, painter: QPainter, rect: QRectF) -> None:
        lines = min(3, max(1, len(self.text) // 25))
        for line in range(lines):
            top = NOTE_PADDING + NOTE_HEADER + line * 26
            width = TEXT_WIDTH if line < lines - 1 else TEXT_WIDTH * 0.6
            painter.fillRect(QRectF(NOTE_PADDING, top, width, 14), BARS)

    def _paint_header(self, painter: QPainter) -> None:
        """Kind, then the priority chip; the votes badge on the right. A long kind is cut
        short rather than run under the badge."""
        style = self.style
        votes = int(self.note["votes"])
        badge_width = 0.0
        if votes:
            badge_width = max(26.0, style.chip_metrics.horizontalAdvance(str(votes)) + 14)
        right = NOTE_WIDTH - NOTE_PADDING - badge_width - (6 if votes else 0)
        priority = self.note["priority"]
        chip_label = style.priorities.get(priority, priority).upper() if priority else ""
        chip_width = style.chip_metrics.horizontalAdvance(chip_label) + 12 if priority else 0.0
        kind = style.kinds.get(self.note["kind"], self.note["kind"])
        room = right - NOTE_PADDING - (chip_width + 6 if priority else 0)
        kind = style.header_metrics.elidedText(kind, Qt.TextElideMode.ElideRight, room)
        painter.setFont(style.header_font)
        painter.setPen(QColor("#263238"))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRectF(NOTE_PADDING, NOTE_PADDING - 3, room, NOTE_HEADER - 6), flags, kind)
        if priority:
            left = NOTE_PADDING + style.header_metrics.horizontalAdvance(kind) + 6
            chip = QRectF(left, NOTE_PADDING - 1, chip_width, NOTE_HEADER - 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PRIORITY_COLOURS.get(priority, BADGE))
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(Qt.GlobalColor.white)
            painter.setFont(style.chip_font)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), chip_label)
        if votes:
            badge = QRectF(
                NOTE_WIDTH - NOTE_PADDING - badge_width + 4, NOTE_PADDING - 4, badge_width, 26
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE)
            painter.drawRoundedRect(badge, 13, 13)
            painter.setPen(Qt.GlobalColor.white)
            painter.setFont(style.chip_font)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(votes))

    def _paint_text(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        top = NOTE_PADDING + NOTE_HEADER
        bottom = rect.height() - NOTE_PADDING - (COVERED_ROOM if self.covered else 0.0)
        box = QRectF(NOTE_PADDING, top, TEXT_WIDTH, bottom - top)
        painter.setFont(self.style.text_font)
        painter.setPen(QColor("#111111"))
        draw_wrapped(painter, box, self.text, self._layout)  # as _measure laid it out
        if self._cut:  # fade the last lines out and say there is more
            fade = QRectF(1, box.bottom() + NOTE_PADDING - 48, NOTE_WIDTH - 2, 47)
            gradient = QLinearGradient(fade.topLeft(), fade.bottomLeft())
            clear = QColor(colour)
            clear.setAlpha(0)
            gradient.setColorAt(0, clear)
            gradient.setColorAt(0.7, colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(gradient))
            painter.drawRect(fade)
            painter.setPen(QColor("#111111"))
            painter.drawText(
                QRectF(NOTE_PADDING, box.bottom() + NOTE_PADDING - 26, TEXT_WIDTH, 22),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                "…",
            )

    # -- interaction -----------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # One note at a time: Ctrl/Shift-click would select several, and a drag would then
        # move several notes in one gesture that the undo history cannot name.
        event.setModifiers(Qt.KeyboardModifier.NoModifier)
        super().mousePressEvent(event)

    def canvas_scene(self) -> CanvasScene | None:
        from desktop.ui.canvas_tab.scene import CanvasScene

        scene = self.scene()
        return scene if isinstance(scene, CanvasScene) else None

    # -- editing in place --------------------------------------------------------------------

    def start_editing(self) -> None:
        if self.editor is not None:
            return
        # One editor per note, made on first use and then hidden and shown again: never
        # removed from the scene, so nothing is freed inside its own key or focus event.
        if self._editor_item is None:
            self._editor_item = NoteEditor(self)
        self.editor = self._editor_item
        self.editor.begin(self.text)
        self._fit_editor()
        self.update()

    def finish_editing(self) -> str | None:
        """Stop editing; returns the text as typed (None if the note was not being edited)."""
        editor = self.editor
        if editor is None:
            return None
        self.editor = None
        text = editor.toPlainText()
        editor.end()
        self.note["text"] = text
        self._measure()
        self.update()
        return text

    def _fit_editor(self) -> None:
        if self.editor is not None:
            full = 2 * NOTE_PADDING + NOTE_HEADER + self.editor.boundingRect().height()
            self._measure(full)

    def editor_typed(self) -> None:
        self._fit_editor()
        self.update()
        scene = self.canvas_scene()
        if scene is not None and self.editor is not None:
            scene.text_typed.emit(self.note_id, self.editor.toPlainText())

    def editor_left(self) -> None:
        scene = self.canvas_scene()
        if scene is not None:
            scene.finish_editing()


class NoteEditor(QGraphicsTextItem):
    """The note's text, editable: Enter starts a new line; Esc, Ctrl+Enter or a click
    elsewhere is done."""

    def __init__(self, note: NoteItem) -> None:
        super().__init__(note)
        self.note = note
        self.done = True
        self.hide()
        self.setFont(note.style.text_font)
        self.setDefaultTextColor(QColor("#111111"))
        self.document().setDocumentMargin(0)
        self.setTextWidth(TEXT_WIDTH)
        self.setPos(NOTE_PADDING, NOTE_PADDING + NOTE_HEADER)
        self.document().contentsChanged.connect(self._changed)

    def begin(self, text: str) -> None:
        self.setPlainText(text)
        self.done = False
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.show()
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def end(self) -> None:
        self.done = True
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.clearFocus()
        self.hide()

    def _changed(self) -> None:
        if not self.done:
            self.note.editor_typed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        done = event.key() == Qt.Key.Key_Escape or (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        if done:
            event.accept()
            self.note.editor_left()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.done and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.note.editor_left()
