"""A zone on the canvas: a titled area with the question the room answers there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.core.canvas import ZONE_PADDING

TITLE_PX = 30
PROMPT_PX = 17
TITLE_TOP = 10.0
PROMPT_TOP = 52.0

BACKGROUND = QColor("#fbfbf8")
BORDER = QColor("#9aa3ad")
CURRENT = QColor("#1a56c4")  # the zone a new note goes to (N): a border and a tint
CURRENT_FILL = QColor("#f0f5fd")
TARGET_FILL = QColor("#e3eefc")  # the zone a dragged note would land in
TARGET_BORDER = QColor("#1a56c4")


def _font(pixels: int, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class ZoneItem(QGraphicsItem):
    """Not selectable and not movable: a press on a zone pans the view, a double-click
    adds a note (the scene decides)."""

    title_font = None
    prompt_font = None

    def __init__(self, zone: dict[str, Any]) -> None:
        super().__init__()
        self.zone_id = str(zone["id"])
        self.setZValue(-1)
        self.current = False
        self.drop_target = False
        self._rect = QRectF()
        self.title = ""
        self.prompt = ""
        self.update_zone(zone)

    @classmethod
    def fonts(cls) -> tuple[QFont, QFont]:
        if cls.title_font is None or cls.prompt_font is None:
            cls.title_font = _font(TITLE_PX, bold=True)
            cls.prompt_font = _font(PROMPT_PX, italic=True)
        return cls.title_font, cls.prompt_font

    def update_zone(self, zone: dict[str, Any]) -> None:
        rect = QRectF(0, 0, float(zone["width"]), float(zone["height"]))
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.setPos(float(zone["x"]), float(zone["y"]))
        self.title, self.prompt = str(zone["title"]), str(zone["prompt"])
        self.position = int(zone["position"])
        self.update()

    def scene_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def set_marks(self, *, current: bool | None = None, drop_target: bool | None = None) -> None:
        changed = False
        if current is not None and current != self.current:
            self.current, changed = current, True
        if drop_target is not None and drop_target != self.drop_target:
            self.drop_target, changed = drop_target, True
        if changed:
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.drop_target:
            pen = QPen(TARGET_BORDER, 5)
        elif self.current:
            pen = QPen(CURRENT, 3)
        else:
            pen = QPen(BORDER, 1.5)
        painter.setPen(pen)
        if self.drop_target:
            painter.setBrush(TARGET_FILL)
        else:
            painter.setBrush(CURRENT_FILL if self.current else BACKGROUND)
        painter.drawRoundedRect(self._rect, 8, 8)
        title_font, prompt_font = self.fonts()
        width = self._rect.width() - 2 * ZONE_PADDING
        painter.setPen(QColor("#1f2933"))
        painter.setFont(title_font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(
            QRectF(ZONE_PADDING, TITLE_TOP, width, PROMPT_TOP - TITLE_TOP),
            int(flags | Qt.TextFlag.TextSingleLine),
            self.title,
        )
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < 0.25:  # too small to read: the title is enough to find one's way
            return
        painter.setPen(QColor("#4a5561"))
        painter.setFont(prompt_font)
        painter.drawText(
            QRectF(ZONE_PADDING, PROMPT_TOP, width, self._rect.height() - PROMPT_TOP),
            int(flags | Qt.TextFlag.TextWordWrap),
            self.prompt,
        )
