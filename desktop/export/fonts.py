"""The fonts of every PDF Tværs prints, shipped in resources/fonts (its README says where
each file comes from, and under which licence).

DejaVu Sans, in four faces, prints the text: Latin with its extensions (Polish, Turkish,
Vietnamese, Icelandic, the Balkan languages), Greek and Cyrillic. Noto Emoji, a monochrome
emoji font, prints the characters DejaVu Sans lacks and it has, run by run: `escape.markup`
wraps such runs in a `<font>` tag, and `draw_string` switches font for them on a canvas.

reportlab embeds only the glyphs a document uses, so a PDF grows by the characters it
prints, not by the size of the files.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop.resources import resource_path

REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    "DejaVuSans",
    "DejaVuSans-Bold",
    "DejaVuSans-Oblique",
    "DejaVuSans-BoldOblique",
)
EMOJI = "NotoEmoji"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}
# Emoji skin-tone modifiers: a PDF cannot join them to the hand before them (no shaping),
# and on their own they print as coloured squares, so they are left out.
SKIN_TONES = range(0x1F3FB, 0x1F400)

_lock = threading.Lock()


def font_dir() -> str:
    return str(resource_path("fonts"))


def register() -> None:
    """Register the fonts once per process, DejaVu Sans as a family (for <b> and <i>) and
    Noto Emoji as a family of one face (so a <font> run inside <b> still finds it)."""
    with _lock:
        if EMOJI in pdfmetrics.getRegisteredFontNames():
            return
        if ttfonts.makeToUnicodeCMap is not _to_unicode_cmap:
            global _reportlab_cmap
            _reportlab_cmap = ttfonts.makeToUnicodeCMap
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        folder = resource_path("fonts")
        for name, file_name in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        pdfmetrics.registerFontFamily(
            EMOJI, normal=EMOJI, bold=EMOJI, italic=EMOJI, boldItalic=EMOJI
        )


_reportlab_cmap: Callable[[str, Sequence[int]], str] = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap (what a PDF reader copies, searches and reads out for each
    glyph), but a character beyond U+FFFF, as every emoji is, written as the UTF-16 pair
    the PDF format asks for: reportlab writes five hex digits, read as another character."""
    cmap: str = _reportlab_cmap(fontname, subset)
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{i:02X}> <{code:04X}>\n", f"<{i:02X}> <{utf16}>\n", 1)
    return cmap


def _printable(name: str) -> set[int]:
    face = pdfmetrics.getFont(name).face
    # Not controls, format characters (the soft hyphen, a zero-width space), surrogates,
    # private use or non-characters, even where a font has a glyph for them: they are
    # cleaned up before printing.
    return {c for c in face.charToGlyph if _kept(c)}


def _kept(c: int) -> bool:
    if c < 0x20 or 0x7F <= c < 0xA0 or 0xD800 <= c < 0xF900 or not c < 0xF0000:
        return False
    if 0xFE00 <= c < 0xFE10 or 0xE0100 <= c < 0xE01F0:
        return False  # variation selectors: the font is chosen per character here
    return unicodedata.category(chr(c)) not in ("Cf", "Cn", "Co", "Cs")  # soft hyphen, ZWSP...


@cache
def text_characters() -> frozenset[int]:
    """Code points every face of DejaVu Sans has a glyph for."""
    register()
    common = _printable(REGULAR)
    for name in (BOLD, ITALIC, BOLD_ITALIC):
        common &= _printable(name)
    return frozenset(common)


@cache
def emoji_characters() -> frozenset[int]:
    """Code points only Noto Emoji has: printed in it, whatever the paragraph's font."""
    register()
    return frozenset(_printable(EMOJI) - text_characters() - set(SKIN_TONES))


def character_class(chars: frozenset[int] | set[int]) -> str:
    """A regex character class body (no brackets) matching exactly `chars`."""
    ranges: list[str] = []
    ordered = sorted(chars)
    start = prev = ordered[0]
    for c in ordered[1:]:
        if c != prev + 1:
            ranges.append(_range(start, prev))
            start = c
        prev = c
    ranges.append(_range(start, prev))
    return "".join(ranges)


def _range(first: int, last: int) -> str:
    if first == last:
        return re.escape(chr(first))
    return f"{re.escape(chr(first))}-{re.escape(chr(last))}"


@cache
def emoji_runs() -> re.Pattern[str]:
    """Matches a run of characters only the emoji font has."""
    return re.compile(f"[{character_class(emoji_characters())}]+")


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` (already made printable by `escape.plain`) as (font, piece) runs: emoji in
    Noto Emoji, everything else in `font`."""
    found: list[tuple[str, str]] = []
    at = 0
    for match in emoji_runs().finditer(text):
        if match.start() > at:
            found.append((font, text[at : match.start()]))
        found.append((EMOJI, match.group()))
        at = match.end()
    if at < len(text) or not found:
        found.append((font, text[at:]))
    return found


def string_width(text: str, font: str, size: float) -> float:
    """The width of `text` as `draw_string` draws it."""
    return sum(stringWidth(piece, face, size) for face, piece in runs(text, font))


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *, align: str = "left"
) -> None:
    """Draw `text` (made printable by `escape.plain`) at `x`, `y`, left-aligned, or with
    `align` "right" or "centre" about `x`: in `font`, its emoji in Noto Emoji. Leaves the
    canvas's font at `font`."""
    parts = runs(text, font)
    if align != "left":
        width = sum(stringWidth(piece, face, size) for face, piece in parts)
        x -= width if align == "right" else width / 2
    for face, piece in parts:
        canvas.setFont(face, size)
        canvas.drawString(x, y, piece)
        if len(parts) > 1:
            x += stringWidth(piece, face, size)
    if parts[-1][0] != font:
        canvas.setFont(font, size)
