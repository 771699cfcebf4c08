"""Is this file a sound Tværs workshop? Answered without changing a byte of it.

The SQLite header is read directly (magic, page size, user_version,
application_id), so a foreign or newer file is refused before SQLite opens it.
Only a file that passes the header is opened, read-only and immutable, for
`quick_check`.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from desktop.storage import errors

APPLICATION_ID = 0x54767273  # "Tvrs" in ASCII: what `file(1)` magic can match at offset 68.
# 1: workshop, participants, actions; 2: + glossary; 3: + canvas, delivery, sign-off;
# 4: + a service's contract years as typed ("2+1+1"); 5: + its planned announcement date
# and, on a mixed card, the bought share
SCHEMA_VERSION = 5
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
REQUIRED_TABLES = ("workshop",)
_PAGE_SIZES = frozenset(2**n for n in range(9, 17))  # what SQLite writes: 512 to 65536


@dataclass(frozen=True)
class Header:
    page_size: int
    change_counter: int
    page_count: int
    user_version: int
    application_id: int


def parse_header(raw: bytes) -> Header:
    page_size = struct.unpack(">H", raw[16:18])[0]
    if page_size == 1:
        page_size = 65536
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    valid_for = struct.unpack(">I", raw[92:96])[0]
    if valid_for != change_counter:
        page_count = 0  # header's size field is stale (legacy writer); do not use it.
    (user_version,) = struct.unpack(">i", raw[60:64])
    (application_id,) = struct.unpack(">i", raw[68:72])
    return Header(page_size, change_counter, page_count, user_version, application_id & 0xFFFFFFFF)


def read_change_counter(path: Path) -> int:
    """SQLite bumps this on every committed write in rollback-journal mode."""
    with open(path, "rb") as f:
        f.seek(24)
        return int.from_bytes(f.read(4), "big")


def readonly_uri(path: Path) -> str:
    # immutable=1: no locks, no journal lookup, so reading never writes anything.
    return path.absolute().as_uri() + "?mode=ro&immutable=1"


def inspect(path: Path, *, known_version: int | None = None, read_text: bool = True) -> Header:
    """Return the header of a sound workshop file, or raise the refusal that fits.

    `known_version` defaults to SCHEMA_VERSION, looked up at call time. `read_text=False`
    skips decoding every text value (for a file this process has just written itself)."""
    if known_version is None:
        known_version = SCHEMA_VERSION
    name = path.name
    if not path.exists():
        raise errors.MissingFileError(path=str(path))
    if path.is_dir():
        raise errors.FolderNotFileError(path=str(path))
    try:
        with open(path, "rb") as f:
            raw = f.read(HEADER_SIZE)
        size = path.stat().st_size
    except OSError as exc:
        raise errors.UnreadableFileError(path=str(path), reason=exc.strerror or str(exc)) from exc
    if size == 0:
        raise errors.EmptyFileError(name=name)
    if raw[:16] != SQLITE_MAGIC:
        if len(raw) < 16 and SQLITE_MAGIC.startswith(raw):
            raise _damaged(name, "filen er afkortet", "the file is truncated")
        if len(raw) >= 72 and int.from_bytes(raw[68:72], "big") == APPLICATION_ID:
            # Our mark is still there: a workshop whose first bytes were overwritten, which
            # the user should restore from a backup, not be told is some other kind of file.
            raise _damaged(name, "filens begyndelse er ødelagt", "its first bytes are corrupt")
        raise errors.NotSqliteError(name=name)
    if len(raw) < HEADER_SIZE:
        raise _damaged(name, "filen er afkortet", "the file is truncated")
    header = parse_header(raw)
    if header.page_size not in _PAGE_SIZES and header.application_id == APPLICATION_ID:
        raise _damaged(name, "filens begyndelse er ødelagt", "its first bytes are corrupt")
    if header.application_id != APPLICATION_ID:
        raise errors.ForeignFileError(name=name)
    if header.user_version > known_version:
        raise errors.NewerVersionError(name=name, found=header.user_version, known=known_version)
    if header.user_version < 1:
        raise _damaged(name, "ukendt filformat", "unknown file format")
    if size % header.page_size or size < header.page_count * header.page_size:
        raise _damaged(name, "filen er afkortet", "the file is truncated")
    _quick_check(path, name, read_text=read_text)
    return header


def _quick_check(path: Path, name: str, *, read_text: bool) -> None:
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise errors.UnreadableFileError(path=str(path), reason=str(exc)) from exc
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchall()
        if verdict != [("ok",)]:
            raise _damaged(name, "indholdet er ødelagt", "its contents are corrupt")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if not set(REQUIRED_TABLES) <= tables:
            raise _damaged(name, "tabeller mangler", "tables are missing")
        if read_text and not _text_is_readable(conn):
            raise _damaged(
                name, "noget af teksten kan ikke læses", "some of its text is unreadable"
            )
    except sqlite3.DatabaseError as exc:
        raise _damaged(name, "indholdet er ødelagt", "its contents are corrupt") from exc
    finally:
        conn.close()


def _text_is_readable(conn: sqlite3.Connection) -> bool:
    """Every text value is UTF-8. quick_check looks at the pages, not inside the values: a
    byte flipped in the middle of a name passes it, and every read of that table would then
    fail long after the file was opened."""
    conn.text_factory = bytes
    try:
        query = "SELECT name FROM sqlite_master WHERE type = 'table'"
        for table in [_quoted(row[0].decode()) for row in conn.execute(query)]:
            columns = [
                _quoted(row[1].decode()) for row in conn.execute(f"PRAGMA table_info({table})")
            ]
            for column in columns:
                texts = f"SELECT {column} FROM {table} WHERE typeof({column}) = 'text'"
                for (value,) in conn.execute(texts):
                    value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _damaged(name: str, reason_da: str, reason_en: str) -> errors.DamagedFileError:
    return errors.DamagedFileError(name=name, reason_da=reason_da, reason_en=reason_en)


def verify_written(path: Path) -> None:
    """After VACUUM INTO: the new file must be complete and ours before it replaces anything.

    Its text is not decoded again: it comes from the working copy, which holds only what
    this process wrote, or what a file that passed `inspect` held when it was opened."""
    inspect(path, read_text=False)
