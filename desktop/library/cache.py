"""The cache: a read-only copy of the library's terms and templates as last pulled, in a SQLite
file in the data folder, so the glossary can search the library, and a new workshop choose a
template, with no network.

Only a pull writes it (replace_terms, replace_templates: the whole copy at once, in one
transaction, so a pull cut off half-way leaves the copy before it); everything else reads.
Everything in it came from the server and is untrusted text: kept as it is here, escaped where
it is shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import closing
from dataclasses import astuple, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

from desktop.library.outbox import FOLDER, LocalStore
from desktop.storage.paths import subdir

FILE_NAME = "cache.sqlite"


@dataclass(frozen=True)
class LibraryTerm:
    """A term as the library has it (server_schema.terms), every field text from the server."""

    id: str
    term: str
    side: str = ""
    explanation: str = ""
    example: str = ""
    source: str = ""
    area: str = ""
    counterpart_id: str = ""
    origin_workshop_title: str = ""
    published_by: str = ""
    published_at: str = ""
    content_hash: str = ""


_COLUMNS = [f.name for f in fields(LibraryTerm)]
_SCHEMA = (
    "CREATE TABLE terms ("
    + ", ".join(
        f"{name} TEXT NOT NULL" + (" PRIMARY KEY" if name == "id" else "") for name in _COLUMNS
    )
    + ", search_text TEXT NOT NULL)",
    "CREATE TABLE pulls (id INTEGER PRIMARY KEY CHECK (id = 1), pulled_at TEXT NOT NULL)",
)


@dataclass(frozen=True)
class CachedTemplate:
    """A template as the library has it (server_schema.templates), its body as JSON text;
    unchecked here: templates.usable_templates checks it before anything uses it."""

    id: str
    kind: str
    title: str
    body: str
    published_by: str = ""
    published_at: str = ""
    content_hash: str = ""


_TEMPLATE_COLUMNS = [f.name for f in fields(CachedTemplate)]
# Made on first use in any copy, older ones too (no version step: the copy is only a cache).
_TEMPLATES_TABLE = (
    "CREATE TABLE IF NOT EXISTS templates ("
    + ", ".join(
        f"{name} TEXT NOT NULL" + (" PRIMARY KEY" if name == "id" else "")
        for name in _TEMPLATE_COLUMNS
    )
    + ")"
)


# The portfolio last read, one row (made on first use: no version step for a cache).
_PORTFOLIO_TABLE = (
    "CREATE TABLE IF NOT EXISTS portfolio "
    "(id INTEGER PRIMARY KEY CHECK (id = 1), read_at TEXT NOT NULL, snapshot TEXT NOT NULL)"
)


def cache_path() -> Path:
    return subdir(FOLDER) / FILE_NAME


def _search_text(term: LibraryTerm) -> str:
    return "\n".join((term.term, term.explanation, term.example, term.area)).casefold()


class LibraryCache(LocalStore):
    """The cache file. One connection per instance; close() when done (or use `with`)."""

    what = "cache"
    schema = _SCHEMA

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(cache_path() if path is None else path)
        with self._transaction():
            self._conn.execute(_TEMPLATES_TABLE)

    def replace_terms(self, terms: Iterable[LibraryTerm]) -> int:
        """Make the copy exactly `terms` (a whole pull); how many it holds now."""
        placeholders = ", ".join("?" for _ in range(len(_COLUMNS) + 1))
        with self._transaction():
            self._conn.execute("DELETE FROM terms")
            self._conn.executemany(
                f"INSERT OR REPLACE INTO terms ({', '.join(_COLUMNS)}, search_text) "
                f"VALUES ({placeholders})",
                ((*astuple(t), _search_text(t)) for t in terms),
            )
            self._conn.execute(
                "INSERT OR REPLACE INTO pulls (id, pulled_at) VALUES (1, ?)",
                (datetime.now(UTC).isoformat(timespec="seconds"),),
            )
        return self.count()

    def replace_templates(self, templates: Iterable[CachedTemplate]) -> int:
        """Make the copy's templates exactly `templates` (a whole pull); how many it holds."""
        placeholders = ", ".join("?" for _ in _TEMPLATE_COLUMNS)
        with self._transaction():
            self._conn.execute("DELETE FROM templates")
            self._conn.executemany(
                f"INSERT OR REPLACE INTO templates ({', '.join(_TEMPLATE_COLUMNS)}) "
                f"VALUES ({placeholders})",
                (astuple(t) for t in templates),
            )
        return len(self.templates())

    def templates(self) -> list[CachedTemplate]:
        """The templates as last pulled, by kind and title."""
        with closing(
            self._conn.execute(
                f"SELECT {', '.join(_TEMPLATE_COLUMNS)} FROM templates "
                "ORDER BY kind, title COLLATE NOCASE, id"
            )
        ) as cur:
            return [CachedTemplate(*row) for row in cur.fetchall()]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM terms").fetchone()[0])

    def pulled_at(self) -> str | None:
        """When the copy was last pulled (ISO 8601, UTC); None if never."""
        row = self._conn.execute("SELECT pulled_at FROM pulls WHERE id = 1").fetchone()
        return None if row is None else str(row[0])

    def search(self, text: str, *, limit: int = 200) -> list[LibraryTerm]:
        """Terms whose word, explanation, example or area contains `text` (any case; æ, ø and
        å too), by word; every term for an empty text."""
        needle = text.strip().casefold()
        with closing(
            self._conn.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM terms WHERE instr(search_text, ?) > 0 "
                "ORDER BY term COLLATE NOCASE, id LIMIT ?",
                (needle, int(limit)),
            )
        ) as cur:
            return [LibraryTerm(*row) for row in cur.fetchall()]

    # -- the portfolio as last read (the portfolio window offline) ------------------------

    def save_portfolio(self, snapshot: str, read_at: str) -> None:
        """Keep the portfolio last read (portfolio.to_json) and when (ISO 8601)."""
        with self._transaction():
            self._conn.execute(_PORTFOLIO_TABLE)
            self._conn.execute(
                "INSERT OR REPLACE INTO portfolio (id, read_at, snapshot) VALUES (1, ?, ?)",
                (read_at, snapshot),
            )

    def last_portfolio(self) -> tuple[str, str] | None:
        """(snapshot, read_at) of the portfolio last read; None if never."""
        with self._transaction():
            self._conn.execute(_PORTFOLIO_TABLE)
            row = self._conn.execute("SELECT snapshot, read_at FROM portfolio").fetchone()
        return None if row is None else (str(row[0]), str(row[1]))
