"""The one way user text reaches a PDF: made safe for the font and for Paragraph markup.

reportlab's Paragraph reads markup, so `<`, `>` and `&` in what people typed must become
entities or they vanish, or break the build. Characters the embedded font (Vera) has no
glyph for would print as empty boxes, or as NUL in the PDF's text layer: they are
replaced by a close relative the font has (ą -> a, ﬁ -> fi, a full-width Ａ -> A, an em
space -> a space), or left out (emoji and other symbols), or printed as "?" (letters of a
script the font lacks), so the rest of the text always prints. Control characters go, and
every kind of line break becomes one.

Everything here is a pure function of text, so `markup` and `plain` can be used from any
thread. Text made only of characters the font has takes a fast path (one regex search).
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache

import reportlab
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
# Regular, bold, italic, bold italic: the Bitstream Vera family shipped inside reportlab.
FONT_FILES = {
    "Vera": "Vera.ttf",
    "Vera-Bold": "VeraBd.ttf",
    "Vera-Italic": "VeraIt.ttf",
    "Vera-BoldItalic": "VeraBI.ttf",
}

# A text longer than this prints up to here, then says how much more the file holds: a
# 10 MB paste would otherwise be some 2,000 pages nobody takes home. 100,000 characters
# is about 25 pages, three times a 5,000-word explanation.
PRINT_LIMIT = 100_000
# Long texts are laid out in pieces of about this many characters: reportlab re-wraps the
# rest of a paragraph at every page break, so one huge paragraph costs quadratic time.
PIECE = 1_500

_LINE_BREAKS = {
    "\r": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
    "\x85": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
}


@cache
def font_characters() -> frozenset[int]:
    """Code points every face of the family has a glyph for (they share one character set)."""
    common: set[int] | None = None
    for file_name in FONT_FILES.values():
        face = TTFont("coverage", os.path.join(FONT_DIR, file_name)).face
        chars = {
            c
            for c in face.charToGlyph
            if 0x20 <= c < 0xFFFE and not 0x7F <= c < 0xA0 and c != 0xAD  # soft hyphen: goes
        }
        common = chars if common is None else common & chars
    assert common is not None
    return frozenset(common)


@cache
def _needs_care() -> re.Pattern[str]:
    """Matches any character that is not simply printable as is (anything but a glyph of the
    font, a space, or a newline)."""
    ranges: list[str] = []
    chars = sorted(font_characters() | {0x0A})
    start = prev = chars[0]
    for c in chars[1:]:
        if c != prev + 1:
            ranges.append(_range(start, prev))
            start = c
        prev = c
    ranges.append(_range(start, prev))
    return re.compile("[^" + "".join(ranges) + "]")


def _range(first: int, last: int) -> str:
    if first == last:
        return re.escape(chr(first))
    return f"{re.escape(chr(first))}-{re.escape(chr(last))}"


class _Replacements(dict[int, str]):
    """str.translate table, filled in on first sight of each character."""

    def __missing__(self, code: int) -> str:
        value = _replacement(chr(code))
        self[code] = value
        return value


def _replacement(ch: str) -> str:
    known = font_characters()
    if ord(ch) in known or ch == "\n":
        return ch
    if ch in _LINE_BREAKS:
        return _LINE_BREAKS[ch]
    if ch == "\t":
        return " "
    category = unicodedata.category(ch)
    if category[0] == "C" or category in ("Mn", "Me"):
        return ""  # controls, format characters, surrogates, private use; stray combining marks
    if category[0] == "Z":
        return " "  # em space, ideographic space...
    relative = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in relative if ord(c) in known)
    if kept and ord(relative[0]) in known:
        return kept  # ą -> a, ﬀ -> ff, ① -> 1
    if category[0] == "S":
        return ""  # emoji, arrows, dingbats: no glyph, and no word is lost without them
    return "?"  # a letter or number of a script the font lacks


_TABLE = _Replacements()


def plain(text: str) -> str:
    """`text` as the font can print it, for drawString and PDF metadata (no markup)."""
    if not _needs_care().search(text):
        return text
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    return text.translate(_TABLE)


def markup(text: str) -> str:
    """`text` as Paragraph markup that prints exactly what was typed: entities for `&`, `<`
    and `>`, a `<br/>` for each line break, nothing the font cannot print."""
    text = plain(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\n" in text:
        text = text.replace("\n", "<br/>")
    return text


def clip(text: str, limit: int = PRINT_LIMIT) -> tuple[str, int]:
    """(what prints, how many characters are left out) for a text of any length."""
    if len(text) <= limit:
        return text, 0
    cut = text.rfind(" ", limit - 200, limit)
    cut = cut if cut > 0 else limit
    return text[:cut], len(text) - cut


def pieces(text: str, size: int = PIECE) -> list[str]:
    """`text` in pieces of at most about `size` characters, each piece whole lines where
    the lines are short, a long line cut between words, an endless word anywhere."""
    if len(text) <= size:
        return [text]
    found: list[str] = []
    current: list[str] = []
    length = 0
    for line in text.split("\n"):
        while len(line) > size:
            cut = line.rfind(" ", size // 2, size)
            cut = cut if cut > 0 else size
            found.extend(["\n".join(current)] if current else [])
            current, length = [], 0
            found.append(line[:cut])
            line = line[cut:].lstrip(" ")
        if current and length + len(line) > size:
            found.append("\n".join(current))
            current, length = [], 0
        current.append(line)
        length += len(line) + 1
    if current:
        found.append("\n".join(current))
    return found
