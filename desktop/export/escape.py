"""The one way user text reaches a PDF: made safe for the fonts and for Paragraph markup.

reportlab's Paragraph reads markup, so `<`, `>` and `&` in what people typed must become
entities or they vanish, or break the build. Every character DejaVu Sans has prints as
itself (Latin with its extensions, Vietnamese, Greek, Cyrillic); a character only the
emoji font has is printed in it (`markup` wraps each run of them in a `<font>` tag, and
`fonts.draw_string` does the same on a canvas). A character no shipped font has would print
as an empty box, or as NUL in the PDF's text layer: it is replaced by a close relative the
font has (a full-width Ａ -> A, an em space -> a space), or printed as "?" (a letter of a
script the fonts lack, a symbol neither has), so the rest of the text always prints and a
document can say that something is missing (`watch`). Control characters go, and every
kind of line break becomes one.

Everything here is a pure function of text, so `markup` and `plain` can be used from any
thread. Text made only of characters the text font has takes a fast path (one regex search).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from desktop.export import fonts

# A text longer than this prints up to here, then says how much more the file holds: a
# 10 MB paste would otherwise be some 2,000 pages nobody takes home. 100,000 characters
# is about 25 pages, three times a 5,000-word explanation.
PRINT_LIMIT = 100_000
# Long texts are laid out in pieces of about this many characters: reportlab re-wraps the
# rest of a paragraph at every page break, so one huge paragraph costs quadratic time.
PIECE = 1_500
UNPRINTABLE = "?"  # what a character no shipped font has prints as

_LINE_BREAKS = {
    "\r": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
    "\x85": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
}
_EMOJI_TAG = f'<font name="{fonts.EMOJI}">\\g<0></font>'


def font_characters() -> frozenset[int]:
    """Code points every face of the text font has a glyph for."""
    return fonts.text_characters()


@cache
def _needs_care() -> re.Pattern[str]:
    """Matches any character that is not simply printable as is in the text font (anything
    but one of its glyphs, a space, or a newline). Combining marks match, too: a text typed
    with them (e and an accent) is composed first, so it prints and reads as é."""
    simple = {c for c in font_characters() if unicodedata.category(chr(c))[0] != "M"}
    return re.compile(f"[^{fonts.character_class(simple | {0x0A})}]")


class _Replacements(dict[int, str]):
    """str.translate table, filled in on first sight of each character."""

    def __missing__(self, code: int) -> str:
        value = _replacement(chr(code))
        self[code] = value
        return value


def _replacement(ch: str) -> str:
    known = font_characters()
    if ord(ch) in known or ord(ch) in fonts.emoji_characters() or ch == "\n":
        return ch
    if ch in _LINE_BREAKS:
        return _LINE_BREAKS[ch]
    if ch == "\t":
        return " "
    if ord(ch) in fonts.SKIN_TONES:
        return ""  # a modifier of the emoji before it, which prints without it
    category = unicodedata.category(ch)
    if category[0] == "C" or category in ("Mn", "Me"):
        return ""  # controls, format characters, surrogates, private use; stray combining marks
    if category[0] == "Z":
        return " "  # em space, ideographic space...
    relative = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in relative if ord(c) in known)
    if kept and ord(relative[0]) in known:
        return kept  # ﬀ -> ff, ① -> 1, a full-width Ａ -> A
    return UNPRINTABLE  # a letter of a script, or a symbol, no shipped font has


_TABLE = _Replacements()


@dataclass
class Unprintable:
    """How many characters were printed as "?" while `watch` was on."""

    count: int = 0


_watching: ContextVar[Unprintable | None] = ContextVar("unprintable", default=None)


@contextmanager
def watch() -> Iterator[Unprintable]:
    """Counts the characters `plain` and `markup` replace by "?" in this thread (or task)
    until the block ends: a document that printed any can say so."""
    seen = Unprintable()
    token = _watching.set(seen)
    try:
        yield seen
    finally:
        _watching.reset(token)


def plain(text: str) -> str:
    """`text` as the fonts can print it, for drawString (through `fonts.draw_string`) and
    PDF metadata (no markup)."""
    if not _needs_care().search(text):
        return text
    return _printable(text)


def _printable(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    printed = text.translate(_TABLE)
    seen = _watching.get()
    if seen is not None and UNPRINTABLE in printed:
        seen.count += max(0, printed.count(UNPRINTABLE) - text.count(UNPRINTABLE))
    return printed


def markup(text: str) -> str:
    """`text` as Paragraph markup that prints exactly what was typed: entities for `&`, `<`
    and `>`, a `<br/>` for each line break, each run of emoji in the emoji font, nothing
    the fonts cannot print."""
    care = _needs_care().search(text) is not None
    if care:
        text = _printable(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\n" in text:
        text = text.replace("\n", "<br/>")
    if care:
        text = fonts.emoji_runs().sub(_EMOJI_TAG, text)
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
