"""IT's side of the library: create or upgrade it on a server, and report its state.

init_library(url) makes the schema `tvaers_library` (Alembic upgrade to head, run here, no
alembic.ini), the group roles tvaers_reader, tvaers_contributor and tvaers_steward, their
grants and row-level security; running it again changes nothing. library_status(url) says
whether the server answers, which schema revision it has against the one this Tværs knows,
and how many rows each table holds. approve_proposal() is a steward's approval of a term
proposal. URLs are SQLAlchemy's (postgresql+psycopg://user@host:port/db; plain postgresql://
is read as psycopg 3); a password comes from the URL (tests, IT scripts), PGPASSWORD or
libpq's ~/.pgpass, and is never put in a message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from uuid import UUID

import psycopg
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool

from desktop.library import server_schema as s
from desktop.library.errors import (
    LibraryError,
    LibraryFailed,
    LibraryLoginRefused,
    LibraryNewerSchema,
    LibraryNoAccess,
    LibraryNotInitialised,
    LibraryPermissionDenied,
    LibraryUnreachable,
    LibraryUrlError,
)

MIGRATIONS = Path(__file__).parent / "migrations"
CONNECT_TIMEOUT_S = 10
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
# Any number; only init takes it, so two inits at once run one after the other.
_INIT_LOCK = 0x7476_6165_7273  # "tvaers"
_LOGIN_REFUSED = re.compile(
    r"password authentication failed|no password supplied|role .* does not exist|"
    r"pg_hba\.conf rejects|GSSAPI|Kerberos|authentication",
    re.IGNORECASE,
)

SchemaState = Literal["current", "behind", "newer", "empty"]


def library_url(url: str) -> URL:
    """The SQLAlchemy URL with the psycopg 3 driver; LibraryUrlError when it is not one."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise LibraryUrlError(reason=_mask(str(exc), url)) from None
    if parsed.get_backend_name() != "postgresql":
        raise LibraryUrlError(reason=f"not postgresql: {parsed.drivername}")
    if parsed.get_driver_name() not in ("psycopg", "postgresql"):
        raise LibraryUrlError(reason=f"driver {parsed.get_driver_name()}; use postgresql+psycopg")
    parsed = parsed.set(drivername="postgresql+psycopg")
    if (parsed.host or "localhost") not in LOCAL_HOSTS and "sslmode" not in parsed.query:
        # Any other host: TLS, and the server's certificate checked against its name.
        parsed = parsed.update_query_dict({"sslmode": "verify-full"})
    return parsed


def where(url: URL) -> str:
    """The server as messages show it: host:port/database, never user or password."""
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _mask(message: str, *secrets: str | None) -> str:
    for secret in secrets:
        if secret:
            message = message.replace(secret, "***")
    return message


def make_engine(url: str | URL) -> Engine:
    """An engine that opens one connection per use (no pool left behind), with a timeout."""
    parsed = url if isinstance(url, URL) else library_url(url)
    return create_engine(
        parsed, poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
    )


def translate(exc: DBAPIError, url: URL) -> LibraryError:
    """The server's refusal as one of our errors, its password masked."""
    orig = exc.orig
    reason = _mask(str(orig).splitlines()[0] if str(orig) else type(orig).__name__, url.password)
    reason = re.sub(r"^connection failed: ", "", reason)
    user = url.username or ""
    if isinstance(orig, psycopg.errors.InsufficientPrivilege):
        return LibraryPermissionDenied(where=where(url), user=user, reason=reason)
    if isinstance(orig, psycopg.OperationalError) and orig.sqlstate is None:
        if "permission denied for database" in str(orig):
            return LibraryNoAccess(where=where(url), user=user, reason=reason)
        if _LOGIN_REFUSED.search(str(orig)):
            return LibraryLoginRefused(where=where(url), user=user)
        return LibraryUnreachable(where=where(url), reason=reason)
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if exc.connection_invalidated or sqlstate[:2] in ("08", "57"):
        # The connection was lost or the server ended it: nothing of the transaction stays.
        return LibraryUnreachable(where=where(url), reason=reason)
    return LibraryFailed(where=where(url), reason=reason)


@contextmanager
def connected(url: str, *, begin: bool = True) -> Iterator[Connection]:
    """A connection to the library (in one transaction when `begin`), its failures translated."""
    parsed = library_url(url)
    engine = make_engine(parsed)
    try:
        with engine.connect() as conn:
            if begin:
                with conn.begin():
                    yield conn
            else:
                yield conn
    except DBAPIError as exc:
        raise translate(exc, parsed) from None
    finally:
        engine.dispose()


def _alembic_config(conn: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def known_revisions() -> tuple[str, set[str]]:
    """(head, every revision) of the migrations this Tværs carries."""
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head, {rev.revision for rev in script.walk_revisions()}


def _revision(conn: Connection) -> str | None:
    exists = conn.execute(
        text("SELECT to_regclass(:name)"), {"name": f"{s.SCHEMA}.alembic_version"}
    ).scalar()
    if exists is None:
        return None
    return conn.execute(text(f"SELECT version_num FROM {s.SCHEMA}.alembic_version")).scalar()


def _state(revision: str | None) -> SchemaState:
    head, known = known_revisions()
    if revision is None:
        return "empty"
    if revision == head:
        return "current"
    return "behind" if revision in known else "newer"


def init_library(url: str) -> str:
    """Create or upgrade the library on the server at `url`; its revision afterwards."""
    parsed = library_url(url)
    with connected(url) as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INIT_LOCK})
        revision = _revision(conn)
        if _state(revision) == "newer":
            raise LibraryNewerSchema(
                where=where(parsed), found=revision, known=known_revisions()[0]
            )
        conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {s.SCHEMA}"))
        command.upgrade(_alembic_config(conn), "head")
        after = _revision(conn)
    assert after is not None
    return after


@dataclass(frozen=True)
class LibraryStatus:
    where: str
    user: str
    revision: str | None
    known: str
    state: SchemaState
    counts: dict[str, int] = field(default_factory=dict)


COUNTED = (s.terms, s.term_proposals, s.templates, s.outcomes, s.services, s.decisions)


def library_status(url: str) -> LibraryStatus:
    """Reachable (else LibraryUnreachable / LibraryLoginRefused), revision, counts."""
    parsed = library_url(url)
    with connected(url) as conn:
        user = str(conn.execute(text("SELECT current_user")).scalar())
        revision = _revision(conn)
        state = _state(revision)
        counts: dict[str, int] = {}
        if state in ("current", "behind"):
            for table in COUNTED:
                count = conn.execute(select(func.count()).select_from(table)).scalar_one()
                counts[table.name] = int(count)
            for proposal_state in s.PROPOSAL_STATES:
                counts[f"term_proposals.{proposal_state}"] = int(
                    conn.execute(
                        select(func.count())
                        .select_from(s.term_proposals)
                        .where(s.term_proposals.c.state == proposal_state)
                    ).scalar_one()
                )
    return LibraryStatus(where(parsed), user, revision, known_revisions()[0], state, counts)


def require_current(conn: Connection, url: URL) -> None:
    """Refuse a server whose library is missing or newer than this Tværs."""
    revision = _revision(conn)
    state = _state(revision)
    if state == "empty":
        raise LibraryNotInitialised(where=where(url))
    if state == "newer":
        raise LibraryNewerSchema(where=where(url), found=revision, known=known_revisions()[0])


TERM_TEXT = (
    "side",
    "term",
    "explanation",
    "example",
    "source",
    "area",
    "counterpart_id",
    "origin_workshop_id",
    "origin_workshop_title",
)

Decision = Literal["approved", "disputed", "rejected", "proposed"]


def approve_proposal(url: str, proposal_id: UUID) -> Decision:
    """A steward approves a proposal into the terms, in one transaction (the steward's work
    is desktop/library/stewardship.py; this is its form for a URL: IT scripts and tests).

    A change to a library term that has moved on since the contributor started from it
    (its content_hash is no longer the proposal's base_hash) is not applied: the proposal
    becomes disputed and keeps the library's text beside its own until a steward settles
    it. A proposal already decided keeps its state (approving twice changes nothing)."""
    from desktop.library import stewardship  # it builds on this module

    parsed = library_url(url)
    with connected(url, begin=False) as conn:
        with conn.begin():
            require_current(conn, parsed)
        return stewardship.approve(conn, proposal_id).state
