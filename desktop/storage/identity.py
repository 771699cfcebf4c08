"""Is this file a sound Tværs workshop? Answered without changing a byte of it.

The SQLite header is read directly (magic, page size, user_version,
application_id), so a foreign or newer file is refused before SQLite opens it.
Only a regular file that passes the header is opened, read-only and immutable: its
schema must be its format's (desktop.storage.schema_check), its pages must pass
`integrity_check`, and its values must be ones the app can show.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.storage import errors, sidecars

# desktop.storage.schema_check is imported where it is used: the window imports this module
# before its first paint, and needs the schema check only when a workshop opens.

APPLICATION_ID = 0x54767273  # "Tvrs" in ASCII: what `file(1)` magic can match at offset 68.
# 1: workshop, participants, actions; 2: + glossary; 3: + canvas, delivery, sign-off;
# 4: + a service's contract years as typed ("2+1+1"); 5: + its planned announcement date
# and, on a mixed card, the bought share; 6: + leadership's frame for the decisions' resources;
# 7: + contract status, business case, follow-up measures, tender lead times, market dialogue
SCHEMA_VERSION = 7
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
_PAGE_SIZES = frozenset(2**n for n in range(9, 17))  # what SQLite writes: 512 to 65536


@dataclass(frozen=True)
class Header:
    page_size: int
    change_counter: int
    page_count: int
    user_version: int
    application_id: int
    sidecars: tuple[str, ...] = ()  # "-wal", "-journal": beside the file, taken into account


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
    is for a file this process has just written itself: its values are not judged again,
    and the cheaper quick_check stands in for integrity_check.

    A `-wal` or hot `-journal` beside the file is taken into account as SQLite would
    (desktop.storage.sidecars): the file is judged as it is with them, on a private copy,
    and the header returned names them."""
    if known_version is None:
        known_version = SCHEMA_VERSION
    _require_regular_file(path)
    found = sidecars.beside(path)
    if found:
        raw, _size = _read_start(path)
        if raw[:16] == SQLITE_MAGIC and raw[68:72] == APPLICATION_ID.to_bytes(4, "big"):
            # The file as SQLite sees it: with its committed WAL, without a hot journal's
            # half transaction. Everything is judged on that private copy.
            with sidecars.resolved(path) as copy:
                header = _inspect(copy, path.name, known_version, read_text=read_text)
            return replace(header, sidecars=tuple(found))
    return _inspect(path, path.name, known_version, read_text=read_text)


def schema_is_plain(path: Path) -> bool:
    """Cheap (no row is read, no page checked): a regular file with our header and exactly
    its format's tables, so a query of its tables can neither wait on a FIFO nor run a view
    or trigger. For glances at files that are not being opened (the start screen's recent
    list, recovery's look at another path); opening still runs the whole `inspect`."""
    from desktop.storage import schema_check

    try:
        _require_regular_file(path)
        raw, _size = _read_start(path)
        header = parse_header(raw) if len(raw) == HEADER_SIZE else None
        if (
            header is None
            or raw[:16] != SQLITE_MAGIC
            or header.application_id != APPLICATION_ID
            or header.user_version not in schema_check.known_versions()
        ):
            return False
        conn = connect_checked(readonly_uri(path))
        try:
            schema_check.check_schema(conn, header.user_version)
        finally:
            conn.close()
    except (errors.FileRefusal, schema_check.SchemaProblem, sqlite3.Error, ValueError, OSError):
        return False
    return True


def _require_regular_file(path: Path) -> None:
    """Missing, a folder, or not a regular file (a FIFO, a device): refused before any read,
    for reading a FIFO waits for a writer that never comes."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise errors.MissingFileError(path=str(path)) from None
    except OSError as exc:
        if not os.path.lexists(path):
            raise errors.MissingFileError(path=str(path)) from exc
        raise errors.UnreadableFileError(path=str(path), reason=exc.strerror or str(exc)) from exc
    if stat.S_ISDIR(mode):
        raise errors.FolderNotFileError(path=str(path))
    if not stat.S_ISREG(mode):
        raise errors.NotRegularFileError(path=str(path))


def _read_start(path: Path) -> tuple[bytes, int]:
    """The first HEADER_SIZE bytes and the size; never blocks (O_NONBLOCK, then fstat)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise errors.UnreadableFileError(path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped for a FIFO since the stat
            raise errors.NotRegularFileError(path=str(path))
        return os.read(fd, HEADER_SIZE), st.st_size
    except OSError as exc:
        raise errors.UnreadableFileError(path=str(path), reason=exc.strerror or str(exc)) from exc
    finally:
        os.close(fd)


def _inspect(path: Path, name: str, known_version: int, *, read_text: bool) -> Header:
    raw, size = _read_start(path)
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
    from desktop.storage import schema_check

    if header.user_version not in schema_check.known_versions():
        raise _damaged(name, "ukendt filformat", "unknown file format")
    if size % header.page_size or size < header.page_count * header.page_size:
        raise _damaged(name, "filen er afkortet", "the file is truncated")
    _check_database(path, name, header.user_version, own=not read_text)
    return header


def connect_checked(uri: str) -> sqlite3.Connection:
    """A connection for judging a file: code in its schema may use no function that is
    not innocuous (trusted_schema OFF), and text comes as bytes, so no value can fail."""
    conn = sqlite3.connect(uri, uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.text_factory = bytes
    return conn


def _check_database(path: Path, name: str, version: int, *, own: bool) -> None:
    """In this order, so that nothing a hostile file holds runs or is read: the schema
    (sqlite_master only), then the pages (integrity_check: every index against its table,
    which quick_check skips), then every value of the expected columns."""
    from desktop.storage import schema_check

    try:
        conn = connect_checked(readonly_uri(path))
    except sqlite3.Error as exc:
        raise errors.UnreadableFileError(path=str(path), reason=str(exc)) from exc
    try:
        try:
            schema_check.check_schema(conn, version)
        except schema_check.SchemaProblem as problem:
            if problem.harmful:
                raise errors.HarmfulContentError(
                    name=name, what_da=problem.da, what_en=problem.en
                ) from problem
            raise _damaged(name, problem.da, problem.en) from problem
        verdict = conn.execute("PRAGMA quick_check" if own else "PRAGMA integrity_check")
        if verdict.fetchall() != [(b"ok",)]:
            raise _damaged(name, "indholdet er ødelagt", "its contents are corrupt")
        if not own:
            bad = schema_check.check_values(conn, version)
            if bad:
                raise _damaged(name, "; ".join(b.da() for b in bad), "; ".join(b.en() for b in bad))
    except (sqlite3.Error, ValueError, OverflowError, MemoryError) as exc:
        raise _damaged(name, "indholdet er ødelagt", "its contents are corrupt") from exc
    finally:
        conn.close()


def _damaged(name: str, reason_da: str, reason_en: str) -> errors.DamagedFileError:
    return errors.DamagedFileError(name=name, reason_da=reason_da, reason_en=reason_en)


def verify_written(path: Path) -> None:
    """After VACUUM INTO: the new file must be complete and ours before it replaces anything.

    Its text is not decoded again: it comes from the working copy, which holds only what
    this process wrote, or what a file that passed `inspect` held when it was opened."""
    inspect(path, read_text=False)
