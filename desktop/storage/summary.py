"""What the start screen shows of a workshop file it lists: the title and the date.

Read cheaply and without writing anything (read-only, immutable: no lock, no journal), and
without Qt, so a file on a slow share or one that is not a workshop costs little and
changes nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.storage.identity import readonly_uri, schema_is_plain


@dataclass(frozen=True)
class Summary:
    title: str
    starts_at: datetime | None


def read_summary(path: Path) -> Summary | None:
    """The workshop's title and start, or None when the file cannot be read as a workshop
    (gone, unreadable, another kind of file, a damaged one)."""
    # Only a plain workshop is queried: a FIFO, a planted view or a trigger at a path in
    # the recent list would otherwise hang or run code as the start screen draws.
    if not schema_is_plain(path):
        return None
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=0.5)
        try:
            row = conn.execute("SELECT title, starts_at FROM workshop LIMIT 1").fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
    if row is None:
        return Summary("", None)
    title, starts = row
    return Summary(str(title or ""), _datetime(starts))


def _datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
