"""One sync round with the organisation library: send what waits in the outbox, then pull the
library's terms into the cache. Qt-free; the UI runs it in a worker thread.

Safe to repeat and to cut off anywhere:
- an outbox entry of kind "term" becomes a term proposal whose key is the entry's UUID and
  whose content_hash is the entry's hash (server_schema.content_hash of the same canonical
  JSON), inserted with ON CONFLICT DO NOTHING, all of a round in one transaction;
- entries are marked sent only after the server committed. A round cut off before the commit
  (server stopped, connection ended) leaves nothing on the server and every entry pending; one
  cut off after the commit but before the marks sends the same rows again next time, and the
  server keeps one of each;
- an entry of kind "outcome" (a workshop's outcome, publish.outcome_payload) is written as
  `tvaers library publish` writes it (publish.write_outcome: unchanged, new, or its rows
  replaced), each workshop's newest entry in a transaction of its own, its entries marked
  sent after the commit; another person's outcome of that workshop is refused with a sentence;
- the pull replaces the cache whole in one local transaction (cache.replace_terms), so a pull
  cut off leaves the copy as it was; then the templates (cache.replace_templates), the same.

The connection follows connection.py's rules (TLS for any host but this computer, its
timeout, application_name, the password a parameter); every failure is a plain sentence.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import TvaersError
from desktop.library import cache as library_cache
from desktop.library import connection
from desktop.library import templates as library_templates
from desktop.library.admin import TERM_TEXT, require_current, translate
from desktop.library.outbox import Outbox, OutboxEntry

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.engine import URL

    from desktop.library.settings import LibrarySettings

log = logging.getLogger(__name__)

TERM = "term"  # the outbox kind of a term proposal
OUTCOME = "outcome"  # the outbox kind of a workshop's outcome (publish.outcome_payload)
# A term proposal's UUID: uuid5(PROPOSALS, its content hash), the same whichever way it is
# made (the app's outbox, `tvaers library publish`), so both make one proposal on the server.
PROPOSALS = uuid.UUID("6f1d7a52-1c1e-4b7e-9a55-7476616572ba")
# What a term proposal carries (server_schema.term_proposals' text columns).
PROPOSAL_FIELDS = tuple(name for name in TERM_TEXT if name != "counterpart_id")


@dataclass(frozen=True)
class SyncResult:
    """What one round did: entries the server now has, terms in the cache after the pull
    (None: no pull happened), and the plain sentence of what went wrong (None: nothing)."""

    sent: int
    pulled: int | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def counterpart_word(counterpart: Any) -> dict[str, str]:
    """A workshop term's counterpart as the library can find it: by side and word (its
    local id means nothing there). Empty without one."""
    if not counterpart:
        return {}
    return {"counterpart_side": str(counterpart.side), "counterpart_term": str(counterpart.term)}


def term_payload(
    term: Mapping[str, Any],
    workshop_id: str,
    workshop_title: str,
    area: str,
    *,
    changes: library_cache.LibraryTerm | None = None,
    counterpart_id: str = "",
) -> dict[str, str]:
    """A workshop's term as a proposal's content (text only: the outbox keeps JSON). With
    `changes`, a change to that library term, from the text the laptop last pulled: approving
    it after the term moved on makes it disputed (admin.approve_proposal). `counterpart_id`:
    the library term on the other side it is linked to (approving carries the link)."""
    payload = {
        name: str(term.get(name) or "")
        for name in ("side", "term", "explanation", "example", "source")
    }
    payload |= {
        "area": area or "",
        "origin_workshop_id": str(workshop_id),
        "origin_workshop_title": workshop_title or "",
    }
    if changes is not None:
        payload |= {"term_id": changes.id, "base_hash": changes.content_hash}
    if counterpart_id:
        payload["counterpart_id"] = counterpart_id
    return payload


def _word(side: object, term: object) -> tuple[str, str]:
    return (str(side or ""), str(term or "").casefold().strip())


def workshop_proposals(
    terms: Iterable[Mapping[str, Any]],
    workshop_id: str,
    workshop_title: str,
    area: str,
    library: Iterable[library_cache.LibraryTerm],
) -> list[dict[str, str]]:
    """The proposals a workshop's agreed `terms` make against the `library` as last pulled:
    a term the library has (same side and word) with the same explanation and example, and
    linked to the same counterpart, is not proposed again; with another text or a link the
    library lacks it is a change to that library term; any other a new term.

    A term's counterpart (`counterpart_side`, `counterpart_term`: counterpart_word) is
    linked in the library when the library has that counterpart; two new terms linked to
    each other are proposed unlinked, and the link follows with the next share after a
    steward approved them (a new term has no library id before)."""
    terms = list(terms)
    known = {_word(t.side, t.term): t for t in library}
    # A link counts whichever way the library holds it (A -> B or B -> A).
    linked = {(t.id, t.counterpart_id) for t in known.values() if t.counterpart_id}
    linked |= {(b, a) for a, b in linked}
    proposals = []
    for term in terms:
        if not str(term.get("term") or "").strip():
            continue
        found = known.get(_word(term.get("side"), term.get("term")))
        other = known.get(_word(term.get("counterpart_side"), term.get("counterpart_term")))
        counterpart_id = other.id if other is not None else ""
        if (
            found is not None
            and all(
                str(term.get(name) or "") == getattr(found, name)
                for name in ("explanation", "example")
            )
            and (not counterpart_id or (found.id, counterpart_id) in linked)
        ):
            continue
        proposals.append(
            term_payload(
                term,
                workshop_id,
                workshop_title,
                area,
                changes=found,
                counterpart_id=counterpart_id,
            )
        )
    return proposals


def proposal_key(payload: Mapping[str, Any]) -> str:
    """A term proposal's UUID, derived from its content (the outbox's canonical JSON)."""
    from desktop.library.outbox import content_hash

    return str(uuid.uuid5(PROPOSALS, content_hash(payload)))


def queue_terms(payloads: Iterable[Mapping[str, Any]], outbox_path: Path | None = None) -> int:
    """Put term proposals in the outbox (the same content again keeps its one entry);
    how many entries wait to be sent afterwards."""
    with Outbox(outbox_path) as box:
        for payload in payloads:
            box.add(TERM, payload, key=proposal_key(payload))
        return box.pending_count()


def proposal_row(payload: Mapping[str, Any], key: str, digest: str) -> dict[str, Any]:
    """A term_proposals row from a proposal's content, its UUID and content hash."""
    row: dict[str, Any] = {name: payload.get(name, "") for name in PROPOSAL_FIELDS}
    for name in ("origin_workshop_id", "term_id", "counterpart_id"):
        value = payload.get(name)
        row[name] = uuid.UUID(str(value)) if value else None
    row["base_hash"] = payload.get("base_hash") or None
    return {"id": uuid.UUID(key), **row, "content_hash": digest}


def _proposal_row(entry: OutboxEntry) -> dict[str, Any]:
    return proposal_row(entry.payload, entry.id, entry.content_hash)


def _server_url(library: LibrarySettings) -> URL:
    """The server for messages (host:port/database), no password in it."""
    from sqlalchemy.engine import URL

    return URL.create(
        "postgresql+psycopg",
        username=library.user,
        host=library.host,
        port=library.port,
        database=library.database,
    )


@contextmanager
def open_library(
    library: LibrarySettings, password: str | None, *, timeout: int = connection.CONNECT_TIMEOUT
) -> Iterator[Connection]:
    """A connection to the library by connection.py's rules, checked to be a library this
    Tværs knows (no transaction left open); a failure to connect, or of the driver inside the
    block, raised as one plain sentence."""
    from sqlalchemy.exc import DBAPIError

    server = _server_url(library)
    arguments = connection.connection_arguments(library, password, timeout=timeout)
    engine = connection.create_engine(arguments)
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise connection.explain(exc.orig or exc, library, timeout=timeout) from None
        with conn:
            try:
                with conn.begin():
                    require_current(conn, server)
                yield conn
            except DBAPIError as exc:
                raise translate(exc, server) from None
    finally:
        engine.dispose()


def sync_round(
    library: LibrarySettings,
    password: str | None,
    *,
    lang: str = "da",
    outbox_path: Path | None = None,
    cache_path: Path | None = None,
    timeout: int = connection.CONNECT_TIMEOUT,
    before_commit: Callable[[Connection], None] | None = None,
) -> SyncResult:
    """Send the outbox's pending term proposals and outcomes, then pull the terms into the
    cache. `before_commit` is the tests' way in just before each send is committed."""
    sent = 0
    pulled: int | None = None
    refused: TvaersError | None = None
    server = _server_url(library)
    try:
        with open_library(library, password, timeout=timeout) as conn:
            with Outbox(outbox_path) as box:
                pending = [e for e in box.pending() if e.kind == TERM]
                if pending:
                    _send(conn, pending, before_commit)
                    for entry in pending:  # only now: the server has them
                        box.mark_sent(entry.id)
                    sent = len(pending)
                outcomes = [e for e in box.pending() if e.kind == OUTCOME]
                done, refused = _send_outcomes(conn, box, outcomes, server, before_commit)
                sent += done
            with conn.begin():
                terms = pull_on(conn)
                templates = library_templates.pull(conn)  # choosing works offline
        with library_cache.LibraryCache(cache_path) as copy:
            pulled = copy.replace_terms(terms)
            copy.replace_templates(templates)
    except TvaersError as problem:
        log.info("library sync stopped: %s", type(problem).__name__)
        return SyncResult(sent, pulled, problem.message(lang))
    log.info("library sync: %d sent, %d terms pulled", sent, pulled or 0)
    return SyncResult(sent, pulled, None if refused is None else refused.message(lang))


def _send_outcomes(
    conn: Connection,
    box: Outbox,
    entries: list[OutboxEntry],
    server: URL,
    before_commit: Callable[[Connection], None] | None,
) -> tuple[int, TvaersError | None]:
    """Each workshop's newest pending outcome written (publish.write_outcome: unchanged,
    new or replacing its rows), one transaction each; that workshop's entries marked sent
    only after the commit. Another person's outcome of the same workshop is refused for
    good: its entries are settled (marked) and the refusal returned to be said."""
    from desktop.library.errors import OutcomeOfAnother
    from desktop.library.publish import outcome_from_payload, write_outcome

    by_workshop: dict[str, list[OutboxEntry]] = {}
    for entry in entries:  # oldest first: the last of each workshop is its newest
        workshop = entry.payload.get("workshop")
        key = str(workshop.get("workshop_id")) if isinstance(workshop, dict) else entry.id
        by_workshop.setdefault(key, []).append(entry)
    sent = 0
    refused: TvaersError | None = None
    for group in by_workshop.values():
        try:
            with conn.begin():
                write_outcome(conn, outcome_from_payload(group[-1].payload), server=server)
                if before_commit is not None:
                    before_commit(conn)
        except OutcomeOfAnother as exc:
            log.info("library sync: an outcome refused, another person's")
            refused = exc
        else:
            sent += 1
        for entry in group:
            box.mark_sent(entry.id)
    return sent, refused


def _send(
    conn: Connection,
    entries: list[OutboxEntry],
    before_commit: Callable[[Connection], None] | None,
) -> None:
    from sqlalchemy.dialects.postgresql import insert

    from desktop.library import server_schema as s

    with conn.begin():
        conn.execute(
            insert(s.term_proposals)
            .values([_proposal_row(e) for e in entries])
            .on_conflict_do_nothing(index_elements=[s.term_proposals.c.id])
        )
        if before_commit is not None:
            before_commit(conn)


def pull_on(conn: Connection) -> list[library_cache.LibraryTerm]:
    from sqlalchemy import select

    from desktop.library import server_schema as s

    names = [f.name for f in fields(library_cache.LibraryTerm)]
    rows = conn.execute(
        select(*(getattr(s.terms.c, n) for n in names)).order_by(s.terms.c.term, s.terms.c.id)
    ).all()
    return [library_cache.LibraryTerm(*("" if v is None else str(v) for v in row)) for row in rows]
