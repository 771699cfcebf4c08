"""The room's QR code on screen: segno's modules painted square and sharp at any size, large
enough to scan from the back of a room when projected."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_image(text: str, pixels_per_module: int = 1) -> QImage:
    """The QR code of `text` (error correction M), black on white, quiet zone included."""
    import segno  # only when the room opens: never at start-up

    code = segno.make(text, error="m", micro=False)
    rows = list(code.matrix_iter(scale=1, border=QUIET_ZONE))
    size = len(rows)
    image = QImage(size, size, QImage.Format.Format_Mono)
    image.setColorTable([QColor("white").rgb(), QColor("black").rgb()])
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            image.setPixel(x, y, 1 if dark else 0)
    if pixels_per_module > 1:
        image = image.scaled(
            size * pixels_per_module,
            size * pixels_per_module,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    return image


class QrView(QWidget):
    """A square QR code as large as the widget allows, in whole pixels per module."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.text = ""
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str, description: str) -> None:
        self.text = text
        self._image = qr_image(text) if text else None
        self.setAccessibleName(description)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def pixmap(self) -> QPixmap | None:
        """The code as drawn now (for tests and screenshots)."""
        return self.grab() if self._image is not None else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        image = self._image
        if image is None:
            return
        side = min(self.width(), self.height())
        per_module = max(1, side // image.width())
        drawn = image.width() * per_module
        target = QRect((self.width() - drawn) // 2, (self.height() - drawn) // 2, drawn, drawn)
        painter.drawImage(target, image)
