"""Text wrapped into a width as a text field wraps it: at spaces, and inside a word only
when the word alone is wider than the width (a Danish compound such as
»kontanthjælpsmodtagere« on a sticky note, »virksomhedskontakt« on a narrow card), so no
letter is cut off at the edge. QPainter.drawText's word wrap lets such a word run over.

Most texts have no such word: they are measured and drawn by drawText's word wrap, as
before (a wall of 1,000 notes opens as fast); only a text that overflows is laid out with a
QTextLayout that breaks inside the word."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_OPTION = QTextOption()
_OPTION.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def wrapped(text: str, font: QFont, width: float) -> tuple[QTextLayout | None, float]:
    """The height of `text` in `width`, and the layout to draw it with (None: drawText's
    word wrap fits it). An empty text is 0 high."""
    if not text:
        return None, 0.0
    bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1_000_000), FLAGS, text)
    if bounds.width() <= width:
        return None, bounds.height()
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    layout.setTextOption(_OPTION)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def draw_wrapped(painter: QPainter, box: QRectF, text: str, layout: QTextLayout | None) -> None:
    """Draw `text` as `wrapped` laid it out, in the painter's font and pen, cut at `box`."""
    if layout is None:
        painter.drawText(box, FLAGS, text)
        return
    painter.save()
    painter.setClipRect(box, Qt.ClipOperation.IntersectClip)
    layout.draw(painter, box.topLeft())
    painter.restore()
