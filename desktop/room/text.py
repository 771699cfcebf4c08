"""A participant's note as it may reach the canvas: plain text, checked and cleaned.

Markup stays text (it is shown as plain text in Qt and escaped in the PDF, as every note);
control characters go, except line breaks and tabs; the length is limited. Emoji and
right-to-left text pass unchanged; nothing is trimmed or normalised (a note is stored as
typed).
"""

from __future__ import annotations

import unicodedata

MAX_NOTE_CHARS = 500  # a sticky note, not a letter: the page says so before sending
# Line breaks and tabs are part of a note; every other control character (C0, DEL, C1) is
# removed. Format characters (Cf: the bidi marks RTL text needs, zero-width joiners of emoji)
# are kept, except the bidi overrides and isolates, which could turn the canvas's text around.
_KEPT_CONTROLS = {"\n", "\t"}
_BIDI_OVERRIDES = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


class NoteRefused(ValueError):
    """The note cannot be taken; `reason` is a key the page turns into words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean_note_text(text: object) -> str:
    """The note's text as the canvas gets it, or NoteRefused('empty' | 'too_long' | 'not_text')."""
    if not isinstance(text, str):
        raise NoteRefused("not_text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(
        ch
        for ch in text
        if ch in _KEPT_CONTROLS or (unicodedata.category(ch) != "Cc" and ch not in _BIDI_OVERRIDES)
    )
    if not kept.strip():
        raise NoteRefused("empty")
    if len(kept) > MAX_NOTE_CHARS:
        raise NoteRefused("too_long")
    return kept
