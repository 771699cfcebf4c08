"""A needs canvas as vector shapes: its zones, the notes in their side's colours, the votes.

The canvas is scaled to fit the space it is given; scene units (1 unit = 1 px at 100 %
zoom in the app) keep their proportions. Text on a note is an excerpt that fits the note;
the full text follows in the list of notes. Also the blank worksheet: a template's zones
with their prompts and room to write.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.core import canvas as canvas_rules
from desktop.export import escape
from desktop.export.fonts import draw_string, string_width
from desktop.export.minutes_data import NoteRow, ZoneRow
from desktop.export.styles import (
    ACCENT,
    BOLD,
    INK,
    ITALIC,
    MUTED,
    REGULAR,
    RULE,
    SIDE_EDGE,
    SIDE_FILL,
)

# A sticky note as the canvas tab draws it, in scene units: the same width, height, font
# and header line, so each note sits on paper where it hangs on the wall.
NOTE_WIDTH = canvas_rules.NOTE_WIDTH
NOTE_PADDING = canvas_rules.NOTE_PADDING
NOTE_HEADER = canvas_rules.NOTE_HEADER  # kind, priority and votes above the text
NOTE_TEXT = float(canvas_rules.NOTE_FONT_PX)
NOTE_LINE = canvas_rules.NOTE_LINE_HEIGHT
ZONE_TITLE = 20.0
ZONE_PROMPT = 13.0
VOTE_RADIUS = 12.0
PRIORITY_INK = {
    "must": colors.HexColor("#B71C1C"),
    "should": colors.HexColor("#C25400"),
    "could": colors.HexColor("#546E7A"),
}
SMALLEST_TEXT = 3.0  # points: below this, text is not drawn (only the shapes)
ZONE_FILL = colors.HexColor("#F6F7F9")
OTHER_SIDE = "other"


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return max(1.0, self.right - self.left)

    @property
    def height(self) -> float:
        return max(1.0, self.bottom - self.top)


def bounds(zones: Iterable[ZoneRow], notes: Iterable[NoteRow]) -> Box | None:
    """The part of the scene with anything on it; None for an empty canvas."""
    boxes = [(z.x, z.y, z.x + z.width, z.y + z.height) for z in zones]
    boxes += [(n.x, n.y, n.x + NOTE_WIDTH, n.y + note_height(n)) for n in notes]
    if not boxes:
        return None
    return Box(
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def note_height(note: NoteRow) -> float:
    """As on the wall: from the text, between the canvas's smallest and tallest note."""
    return canvas_rules.estimated_height(note.text[:2_000])


def wrap_lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """At most `most` lines of `text` no wider than `width`; a cut text ends with "…".
    A word longer than a line is broken, with a hyphen."""
    if most <= 0 or width <= 0:
        return []
    source = text[: 60 * most + 200]  # more than fits: a 10 MB note costs nothing here
    rest = deque(" ".join(escape.plain(source).split()).split())
    more = len(source) < len(text)
    lines: list[str] = []
    current = ""
    while rest and len(lines) < most:
        word = rest.popleft()
        candidate = f"{current} {word}" if current else word
        if string_width(candidate, font, size) <= width:
            current = candidate
        elif current:
            lines.append(current)
            current = ""
            rest.appendleft(word)
        else:  # a word wider than the line: break it, with a hyphen where there is room
            hyphen = string_width("-", font, size)
            cut = _longest_fit(word, font, size, width - hyphen)
            lines.append(word[:cut] + ("-" if cut > 1 else ""))
            if word[cut:]:
                rest.appendleft(word[cut:])
    if current:
        if len(lines) < most:
            lines.append(current)
        else:
            more = True
    if more or rest:
        last = lines[-1] if lines else ""
        while last and string_width(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1:] = [last.rstrip() + "…"]
    return lines


def _longest_fit(word: str, font: str, size: float, width: float) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


class _Scene(Flowable):
    """Shared scaling: scene units to points, y downwards on the wall, upwards in PDF."""

    box: Box
    stretch = False  # fill the space (a worksheet), rather than keep the proportions
    zone_fill = ZONE_FILL

    def __init__(self, box: Box, *, most_height: float | None = None) -> None:
        super().__init__()
        self.box = box
        self.most_height = most_height
        self.scale = self.scale_y = 1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        height = min(availHeight, self.most_height or availHeight)
        if self.stretch:
            self.scale, self.scale_y = availWidth / self.box.width, height / self.box.height
        else:
            self.scale = self.scale_y = min(availWidth / self.box.width, height / self.box.height)
        self.width = self.box.width * self.scale
        self.height = self.box.height * self.scale_y
        return self.width, self.height

    def px(self, x: float) -> float:
        return (x - self.box.left) * self.scale

    def py(self, y: float) -> float:
        return self.height - (y - self.box.top) * self.scale_y

    def draw_zone(
        self,
        canvas: Canvas,
        zone: ZoneRow,
        *,
        title_size: float,
        prompt_size: float,
        header: float | None = None,
    ) -> None:
        """The zone's box, its title and as much of its prompt as fits in `header` points
        below the top (where the wall keeps notes away), else in a third of the zone."""
        s = self.scale
        x, top = self.px(zone.x), self.py(zone.y)
        w, h = zone.width * s, zone.height * self.scale_y
        canvas.setFillColor(self.zone_fill)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.roundRect(x, top - h, w, h, min(6 * s, w / 4, h / 4), stroke=1, fill=1)
        pad = max(10 * s, title_size * 0.6)
        if title_size < SMALLEST_TEXT:
            return
        y = top - pad - title_size * 0.8
        canvas.setFillColor(INK)
        for line in wrap_lines(zone.title, BOLD, title_size, w - 2 * pad, 2):
            draw_string(canvas, x + pad, y, line, BOLD, title_size)
            y -= title_size * 1.2
        if zone.prompt and prompt_size >= SMALLEST_TEXT:
            y -= prompt_size * 0.2
            leading = prompt_size * 1.25
            bottom = top - (header if header is not None else h * 0.35)
            most = int((y - 0.25 * prompt_size - bottom) / leading) + 1
            canvas.setFillColor(MUTED)
            for line in wrap_lines(zone.prompt, ITALIC, prompt_size, w - 2 * pad, most):
                draw_string(canvas, x + pad, y, line, ITALIC, prompt_size)
                y -= prompt_size * 1.25


class CanvasDrawing(_Scene):
    """One canvas of the workshop, with its notes, scaled into the frame."""

    def __init__(
        self,
        zones: Sequence[ZoneRow],
        notes: Sequence[NoteRow],
        box: Box,
        *,
        priority_words: Mapping[str, str] | None = None,
        most_height: float | None = None,
    ) -> None:
        super().__init__(box, most_height=most_height)
        self.zones = zones
        self.notes = notes
        self.priority_words = priority_words or {}

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        for zone in self.zones:
            # Titles and prompts no smaller than can be read on paper, even when a big
            # wall is scaled down to a page.
            self.draw_zone(
                canvas,
                zone,
                title_size=max(7.0, ZONE_TITLE * self.scale),
                prompt_size=max(5.0, ZONE_PROMPT * self.scale),
                header=canvas_rules.ZONE_HEADER * self.scale_y,
            )
        for note in self.notes:
            self._draw_note(canvas, note)
        canvas.restoreState()

    def _draw_note(self, canvas: Canvas, note: NoteRow) -> None:
        s = self.scale
        side = note.side if note.side in SIDE_FILL else OTHER_SIDE
        x, top = self.px(note.x), self.py(note.y)
        w, h = NOTE_WIDTH * s, note_height(note) * s
        canvas.setFillColor(SIDE_FILL[side])
        canvas.setStrokeColor(SIDE_EDGE[side])
        canvas.setLineWidth(0.5)
        canvas.rect(x, top - h, w, h, stroke=1, fill=1)
        pad = NOTE_PADDING * s
        header = top - pad - NOTE_HEADER * s / 2  # the middle of the header line
        size = NOTE_TEXT * s
        word = self.priority_words.get(note.priority, "")
        if word and size * 0.8 >= SMALLEST_TEXT:
            canvas.setFillColor(PRIORITY_INK.get(note.priority, MUTED))
            canvas.setFont(BOLD, size * 0.8)
            canvas.drawString(x + pad, header - size * 0.28, word)
        if note.votes:
            self._draw_votes(canvas, note.votes, x + w - pad - VOTE_RADIUS * s, header)
        if size < SMALLEST_TEXT:
            return
        leading = NOTE_LINE * s
        most = int((h - 2 * pad - NOTE_HEADER * s) / leading)
        canvas.setFillColor(INK)
        y = top - pad - NOTE_HEADER * s - size
        for line in wrap_lines(note.text, REGULAR, size, w - 2 * pad, most):
            draw_string(canvas, x + pad, y, line, REGULAR, size)
            y -= leading

    def _draw_votes(self, canvas: Canvas, votes: int, cx: float, cy: float) -> None:
        r = VOTE_RADIUS * self.scale
        canvas.setFillColor(ACCENT)
        canvas.circle(cx, cy, r, stroke=0, fill=1)
        label = str(votes) if votes < 1000 else "999+"
        font_size = r * (1.15 if len(label) < 3 else 0.75)
        if font_size >= SMALLEST_TEXT * 0.8:
            canvas.setFillColor(colors.white)
            canvas.setFont(BOLD, font_size)
            canvas.drawCentredString(cx, cy - font_size * 0.36, label)


class WorksheetDrawing(_Scene):
    """A template's zones, large, with their prompts and room to write or stick notes."""

    stretch = True
    zone_fill = colors.white  # paper to write on

    def __init__(self, zones: Sequence[ZoneRow], box: Box) -> None:
        super().__init__(box)
        self.zones = zones

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        for zone in self.zones:
            # On paper, read around a table: titles of at least 14 pt, prompts of 10 pt.
            self.draw_zone(
                canvas,
                zone,
                title_size=max(14.0, ZONE_TITLE * self.scale),
                prompt_size=max(10.0, ZONE_PROMPT * self.scale),
            )
        canvas.restoreState()


class Legend(Flowable):
    """Coloured squares naming the sides, and what the circle on a note means."""

    def __init__(self, labels: Sequence[tuple[str, str]], note: str) -> None:
        super().__init__()
        self.labels = [(side, escape.plain(text)) for side, text in labels]
        self.note = escape.plain(note)
        self.size = 8.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = 6 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x, y = 0.0, 2 * mm
        canvas.saveState()
        canvas.setLineWidth(0.5)
        for side, text in self.labels:
            canvas.setFillColor(SIDE_FILL.get(side, SIDE_FILL[OTHER_SIDE]))
            canvas.setStrokeColor(SIDE_EDGE.get(side, SIDE_EDGE[OTHER_SIDE]))
            canvas.rect(x, y - 1, 9, 9, stroke=1, fill=1)
            canvas.setFillColor(INK)
            draw_string(canvas, x + 13, y + 0.5, text, REGULAR, self.size)
            x += 13 + string_width(text, REGULAR, self.size) + 5 * mm
        canvas.setFillColor(ACCENT)
        canvas.circle(x + 4.5, y + 3.5, 4.5, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 6)
        canvas.drawCentredString(x + 4.5, y + 1.4, "3")
        canvas.setFillColor(MUTED)
        draw_string(canvas, x + 13, y + 0.5, self.note, REGULAR, self.size)
        canvas.restoreState()
