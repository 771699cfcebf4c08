"""Text wrapped into a width as a text field wraps it: at spaces, and inside a word only
when the word alone is wider than the width (a Danish compound such as
»kontanthjælpsmodtagere« on a sticky note, »virksomhedskontakt« on a narrow card), so no
letter is cut off at the edge. QPainter.drawText's word wrap lets such a word run over."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QTextLayout, QTextOption

_OPTION = QTextOption()
_OPTION.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def wrapped(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    """`text` laid out in `width` (draw it with layout.draw(painter, top_left)), and its
    height; an empty text is 0 high."""
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
    return layout, (height if text else 0.0)
