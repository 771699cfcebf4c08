"""Reading the PDFs back, and workshops to print: helpers of the minutes and handout tests."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlmodel import Session

from desktop.core.canvas_models import Canvas, Note, Zone
from desktop.core.canvas_templates import load_template


@dataclass
class Pdf:
    reader: PdfReader
    _texts: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, data: bytes | Path) -> Pdf:
        source = io.BytesIO(data) if isinstance(data, bytes) else data
        return cls(PdfReader(source))

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    def page_text(self, number: int) -> PrintedText:
        """Page `number` (from 1), its whitespace made single spaces."""
        if number not in self._texts:
            self._texts[number] = flat(self.reader.pages[number - 1].extract_text())
        return PrintedText(self._texts[number])

    def text(self) -> PrintedText:
        return PrintedText(" ".join(self.page_text(n) for n in range(1, self.pages + 1)))

    def size(self, number: int) -> tuple[float, float]:
        box = self.reader.pages[number - 1].mediabox
        return float(box.width), float(box.height)

    def fonts(self) -> dict[str, Any]:
        """Every font used on any page, by its base name, with its font dictionary."""
        found: dict[str, Any] = {}
        for page in self.reader.pages:
            resources = page.get("/Resources")
            if resources is None:
                continue
            for font in resources.get_object().get("/Font", {}).values():
                font = font.get_object()
                found[str(font["/BaseFont"])] = font
        return found


_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=4096)
def as_printed(expected: str) -> re.Pattern[str]:
    """`expected` as it may read in a PDF's flat text once the minutes hyphenate (issue 17):
    a word broken at a line's end with the hyphen reportlab adds ("forenin- ger"), or after
    a hyphen of its own ("light- regimet")."""
    parts = []
    for c, after in zip(expected, expected[1:] + " ", strict=True):
        parts.append(re.escape(c))
        if _LETTER.match(after):
            parts.append("(?:- )?" if _LETTER.match(c) else " ?" if c == "-" else "")
    return re.compile("".join(parts))


class PrintedText(str):
    """A PDF's flat text in which `in`, `find`, `index` and `count` also find a text that
    the PDF hyphenated at a line's end; slices and replacements stay PrintedText."""

    def __contains__(self, expected: object) -> bool:
        return isinstance(expected, str) and self.find(expected) >= 0

    def find(self, expected: str, *where: Any) -> int:
        at = str.find(self, expected, *where)
        if at >= 0 or where or len(expected) < 2:
            return at
        found = as_printed(expected).search(self)
        return found.start() if found else -1

    def index(self, expected: str, *where: Any) -> int:
        at = self.find(expected, *where)
        if at < 0:
            raise ValueError(f"{expected!r} is not in the text")
        return at

    def count(self, expected: str, *where: Any) -> int:
        if where or len(expected) < 2:
            return str.count(self, expected, *where)
        return len(as_printed(expected).findall(self))

    def __getitem__(self, key: Any) -> PrintedText:
        return PrintedText(str.__getitem__(self, key))

    def replace(self, old: str, new: str, count: int = -1) -> PrintedText:  # type: ignore[override]
        return PrintedText(str.replace(self, old, new, count))


def flat(text: str) -> str:
    """Text as it reads on the page: runs of whitespace as one space."""
    return " ".join(text.split())


def add_canvas(
    session: Session,
    template_key: str,
    notes: list[dict[str, Any]],
    *,
    title: str | None = None,
    position: int = 0,
) -> Canvas:
    """A canvas with a template's zones (Danish titles) and `notes`, each dict naming its zone
    by key ("zone") and any Note fields; placed inside its zone unless x/y are given."""
    template = load_template(template_key)
    canvas = Canvas(
        title=title if title is not None else template.title_da,
        template_key=template_key,
        position=position,
    )
    session.add(canvas)
    session.flush()  # no ORM relationships: parents first
    zones = {}
    for i, z in enumerate(template.zones):
        zone = Zone(
            canvas_id=canvas.id,
            key=z.key,
            title=z.title_da,
            prompt=z.prompt_da,
            position=i,
            x=z.x,
            y=z.y,
            width=z.width,
            height=z.height,
        )
        session.add(zone)
        zones[z.key] = zone
    session.flush()
    placed: dict[str, int] = {}
    for i, spec in enumerate(notes):
        spec = dict(spec)
        zone = zones.get(spec.pop("zone", ""))
        n = placed.get(zone.key, 0) if zone else 0
        if zone is not None:
            placed[zone.key] = n + 1
        x = (zone.x + 15 + (n % 2) * 200) if zone else 2000.0
        y = (zone.y + 70 + (n // 2) * 130) if zone else 100.0
        session.add(
            Note(
                canvas_id=canvas.id,
                zone_id=zone.id if zone else None,
                position=i,
                **{"x": x, "y": y, **spec},
            )
        )
    session.commit()
    return canvas
