"""Render the application icon from its SVG source to every size the platforms ask for.

    python build/make_icons.py          write resources/icons/tvaers-<size>.png, .ico, .icns
    python build/make_icons.py --check  exit 1 when a committed file differs from the SVG

The SVG (resources/icons/tvaers.svg) is the one source: Qt renders it (QSvgRenderer), so
the pixels are the ones the window shows; Pillow writes the Windows .ico and macOS .icns.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "tvaers.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor theme sizes, committed as PNG
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # Windows: 100-250 % of 16 and 32 px
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # macOS, 1x and 2x
TOLERANCE = 2  # per channel, out of 255, when --check compares pixels


def png_name(size: int) -> str:
    return f"tvaers-{size}.png"


def render(size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # A QApplication (not a QGuiApplication), so a test session's widgets can share it.
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def build() -> dict[str, bytes]:
    """File name -> contents, for every file this script owns in resources/icons."""
    from PIL import Image

    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})
    rendered = {size: render(size) for size in sizes}
    images = {size: Image.open(io.BytesIO(png)).convert("RGBA") for size, png in rendered.items()}
    files = {png_name(size): rendered[size] for size in PNG_SIZES}

    ico = io.BytesIO()
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    files["tvaers.ico"] = ico.getvalue()

    icns = io.BytesIO()
    images[max(ICNS_SIZES)].save(
        icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES[:-1]]
    )
    files["tvaers.icns"] = icns.getvalue()
    return files


def stale(files: dict[str, bytes]) -> list[str]:
    """The names whose committed pixels differ from a fresh rendering of the SVG."""
    from PIL import Image, ImageChops

    out = []
    for name, data in files.items():
        path = ICONS / name
        if not path.is_file():
            out.append(name)
            continue
        if name.endswith(".png"):
            fresh = Image.open(io.BytesIO(data)).convert("RGBA")
            committed = Image.open(path).convert("RGBA")
            if fresh.size != committed.size:
                out.append(name)
                continue
            # Anti-aliased edges may round differently on another CPU: allow a shade or two.
            extrema = ImageChops.difference(fresh, committed).getextrema()
            if max(high for _low, high in extrema) > TOLERANCE:
                out.append(name)
        elif path.stat().st_size == 0:
            out.append(name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        differing = stale(files)
        for name in differing:
            print(f"{ICONS / name}: differs from {SOURCE.name}; run build/make_icons.py")
        return 1 if differing else 0
    ICONS.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (ICONS / name).write_bytes(data)
        print(ICONS / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
