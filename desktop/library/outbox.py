"""The outbox: what this laptop will publish to the library, kept in a SQLite file in the data
folder until the server has it.

Each entry has a UUID (the key its row gets on the server, so a publish that is cut off and
retried sends the same row again and the server keeps one), a kind ("term", "template",
"outcome", ...), its payload as JSON, the hex SHA-256 of that payload as canonical JSON, and
when it was added. Adding the same content of the same kind again keeps the one entry. An
entry is written in a transaction with synchronous=FULL before add() returns, so the app
killed at any moment after that loses nothing; it is marked sent once the server confirmed it,
and a sync sends only entries not marked, so a retried sync never sends twice.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from desktop.storage.paths import subdir

FOLDER = "library"  # in the data folder, for this user only (storage.paths.subdir)
FILE_NAME = "outbox.sqlite"
SCHEMA_VERSION = 1

# One statement each (executescript would commit the transaction they are made in).
_SCHEMA = (
    """CREATE TABLE entries (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind <> ''),
    payload TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (kind, content_hash)
)""",
    "CREATE INDEX entries_unsent ON entries (created_at) WHERE sent_at IS NULL",
)


def canonical_json(payload: Mapping[str, object]) -> str:
    """The payload as one text: sorted keys, Unicode kept, dates and UUIDs as text."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)


def content_hash(payload: Mapping[str, object]) -> str:
    """Hex SHA-256 of the payload's canonical JSON (the server's content_hash is the same)."""
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class OutboxEntry:
    id: str
    kind: str
    payload: dict[str, object]
    content_hash: str
    created_at: str  # ISO 8601, UTC
    sent_at: str | None = None

    @property
    def sent(self) -> bool:
        return self.sent_at is not None


def outbox_path() -> Path:
    return subdir(FOLDER) / FILE_NAME


class LocalStore:
    """A SQLite file of the library's in the data folder (the outbox, the cache): WAL, every
    commit synced (synchronous=FULL), its tables made in a transaction on first use."""

    what = "file"
    schema: tuple[str, ...] = ()
    schema_version = SCHEMA_VERSION

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=5.0)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        with self._transaction():
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > self.schema_version:
                raise RuntimeError(f"{self.what} {self.path} is from a newer Tværs ({version})")
            if version == 0:
                for statement in self.schema:
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {self.schema_version}")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")


class Outbox(LocalStore):
    """The outbox file. One connection per instance; close() when done (or use `with`)."""

    what = "outbox"
    schema = _SCHEMA

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(outbox_path() if path is None else path)

    def add(
        self, kind: str, payload: Mapping[str, object], *, key: str | None = None
    ) -> OutboxEntry:
        """Keep `payload` to be published; the entry already there for the same content of
        the same kind, if any. On disk (committed, synced) when this returns. `key`: the
        entry's UUID when the kind derives it from the content (else a new random one)."""
        if not kind:
            raise ValueError("an outbox entry needs a kind")
        text = canonical_json(payload)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with self._transaction():
            found = self._row("WHERE kind = ? AND content_hash = ?", (kind, digest))
            if found is not None:
                return found
            entry = OutboxEntry(
                id=key or str(uuid.uuid4()),
                kind=kind,
                payload=json.loads(text),
                content_hash=digest,
                created_at=datetime.now(UTC).isoformat(timespec="microseconds"),
            )
            self._conn.execute(
                "INSERT INTO entries (id, kind, payload, content_hash, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (entry.id, kind, text, digest, entry.created_at),
            )
        return entry

    def pending(self, limit: int | None = None) -> list[OutboxEntry]:
        """Entries not yet sent, oldest first."""
        sql = "WHERE sent_at IS NULL ORDER BY created_at, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._rows(sql, ())

    def pending_count(self) -> int:
        row = self._conn.execute("SELECT count(*) FROM entries WHERE sent_at IS NULL").fetchone()
        return int(row[0])

    def get(self, entry_id: str) -> OutboxEntry | None:
        return self._row("WHERE id = ?", (entry_id,))

    def mark_sent(self, entry_id: str) -> bool:
        """Mark the entry sent (the server confirmed it). False if it was marked already or
        is not in the outbox: the caller sent nothing new."""
        now = datetime.now(UTC).isoformat(timespec="microseconds")
        with self._transaction():
            cur = self._conn.execute(
                "UPDATE entries SET sent_at = ? WHERE id = ? AND sent_at IS NULL", (now, entry_id)
            )
        return cur.rowcount == 1

    def all_entries(self) -> list[OutboxEntry]:
        return self._rows("ORDER BY created_at, id", ())

    def _row(self, where: str, params: tuple[object, ...]) -> OutboxEntry | None:
        rows = self._rows(where, params)
        return rows[0] if rows else None

    def _rows(self, where: str, params: tuple[object, ...]) -> list[OutboxEntry]:
        with closing(
            self._conn.execute(
                "SELECT id, kind, payload, content_hash, created_at, sent_at FROM entries " + where,
                params,
            )
        ) as cur:
            return [
                OutboxEntry(
                    id=row[0],
                    kind=row[1],
                    payload=json.loads(row[2]),
                    content_hash=row[3],
                    created_at=row[4],
                    sent_at=row[5],
                )
                for row in cur.fetchall()
            ]


def pending_count(path: Path | None = None) -> int:
    """How many entries wait to be sent (0 when there is no outbox file yet)."""
    target = outbox_path() if path is None else path
    if not target.exists():
        return 0
    with Outbox(target) as box:
        return box.pending_count()
