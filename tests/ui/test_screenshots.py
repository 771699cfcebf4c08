"""`tvaers screenshots DIR` renders the start screen, every tab (also on a 1080p laptop at
200 % and 150 %) and presentation mode at a projector's two usual sizes to PNG, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def test_screenshots_writes_a_png_per_tab(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "screenshots", str(out), "--lang", "da"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    names = sorted(p.name for p in out.glob("*.png"))
    presented = [
        f"presentation-{tab}-{size}.png"
        for tab in ("canvas", "delivery", "glossary", "signoff")
        for size in ("1280x720", "1920x1080")
    ]
    tabs = ("01-workshop", "02-glossary", "03-canvas", "04-delivery", "05-signoff")
    small = [f"{tab}-{size}.png" for tab in tabs for size in ("960x540", "1280x720")]
    pages = [f"04-delivery-{page}.png" for page in ("contract", "business-case", "dialogue")]
    pages.append("04-delivery-timeline.png")
    assert names == sorted(
        ["00-start.png", *(f"{tab}.png" for tab in tabs), *small, *presented, *pages]
    )
    image = QImage(str(out / "01-workshop.png"))
    assert (image.width(), image.height()) == (1280, 800)
    sampled = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(sampled) > 5  # a rendered window, not a blank rectangle
    for name in presented + small:
        image = QImage(str(out / name))
        width, height = (int(n) for n in name.removesuffix(".png").rsplit("-", 1)[1].split("x"))
        assert (image.width(), image.height()) == (width, height), name
        sampled = {image.pixel(x, y) for x in range(0, width, 16) for y in range(0, height, 16)}
        assert len(sampled) > 5, name
