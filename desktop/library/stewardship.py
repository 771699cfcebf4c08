"""The steward's work on the library's term proposals (Qt-free; the UI runs it in a worker thread).

A steward (a member of the role `tvaers_steward`) approves a proposal as it is or with their
own edit, rejects it, merges it into a library term they choose, or settles a dispute (the
proposal's text, the library's text, or an edited one). Each action is one transaction on a
SQLAlchemy Connection with no transaction open: the proposal is locked (SELECT … FOR UPDATE)
and its state checked first, so two stewards deciding the same proposal at once, or one
pressing twice, apply it once: the other is told who decided it (`Decided.applied` False).
`decided_by` is the server's `current_user`, `decided_at` its clock.

A change whose library term moved on since the contributor started from it becomes disputed
(`other_text` keeps the library's text beside the proposal's), never an overwrite. A term
written with a steward's own text gets the content hash a laptop would give that text
(sync.term_payload's fields, server_schema.content_hash), so the next pull and the next change
start from it. The server enforces who may do this (GRANTs and row-level security): a
contributor's attempt is refused there, whatever a laptop shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from sqlalchemy import Connection, func, select, text, update
from sqlalchemy.dialects.postgresql import insert

from desktop.core.errors import TvaersError
from desktop.library import connection
from desktop.library import server_schema as s
from desktop.library.admin import TERM_TEXT
from desktop.library.admin import Decision as State
from desktop.library.sync import PROPOSAL_FIELDS, open_library

if TYPE_CHECKING:
    from desktop.library.settings import LibrarySettings

T = TypeVar("T")
Kind = Literal["new", "change", "disputed"]
Keep = Literal["proposal", "library", "edited"]
OPEN_STATES = ("proposed", "disputed")
# A lock held by another steward, or a slow server, is waited for this long (milliseconds).
TIMEOUT_MS = connection.CONNECT_TIMEOUT * 1000


class ProposalGone(TvaersError):
    da = "Forslaget findes ikke længere i biblioteket. Listen er hentet igen."
    en = "The proposal is no longer in the library. The list has been fetched again."


class TermGone(TvaersError):
    da = "Bibliotekets begreb findes ikke længere. Listen er hentet igen; vælg et andet."
    en = "The library's term no longer exists. The list has been fetched again; choose another."


class TermMovedOn(TvaersError):
    da = (
        "Bibliotekets tekst til »{term}« er ændret, siden du så den, så intet er ændret. "
        "Listen er hentet igen: læs teksten, og beslut igen."
    )
    en = (
        "The library's text for “{term}” changed after you saw it, so nothing was changed. "
        "The list has been fetched again: read the text and decide again."
    )


@dataclass(frozen=True)
class TermText:
    """The words of a term a steward reads and may edit."""

    side: str = ""
    term: str = ""
    explanation: str = ""
    example: str = ""
    source: str = ""

    @classmethod
    def of(cls, row: object) -> TermText:
        """From a row or a mapping (other_text); missing and NULL values as ""."""
        if isinstance(row, Mapping):
            return cls(**{f.name: _str(row.get(f.name)) for f in fields(cls)})
        return cls(**{f.name: _str(getattr(row, f.name, None)) for f in fields(cls)})


@dataclass(frozen=True)
class OpenProposal:
    """A proposal waiting for a steward: a new term, a change to a library term, or a
    dispute. `library` is the library term's text now (None for a new term, or when it is
    gone), `other` the library's text when the dispute arose."""

    id: uuid.UUID
    kind: Kind
    owner: str
    proposed_at: datetime
    text: TermText
    area: str
    origin_workshop_title: str
    term_id: uuid.UUID | None
    library: TermText | None
    library_hash: str | None
    other: TermText | None
    # The words of the counterparts (the library term on the other side each is linked to):
    # a change may be no more than a new link, and the steward must see it.
    counterpart: str = ""
    library_counterpart: str = ""


@dataclass(frozen=True)
class LibraryEntry:
    """A library term a proposal can be merged into."""

    id: uuid.UUID
    text: TermText
    content_hash: str


@dataclass(frozen=True)
class Decided:
    """The proposal's state after the action; `applied` False when it had been decided
    before (by another steward, or a repeat), then `decided_by` says by whom."""

    state: State
    applied: bool
    decided_by: str | None = None


def _str(value: object) -> str:
    return "" if value is None else str(value)


def term_hash(values: Mapping[str, object]) -> str:
    """The content hash a laptop gives this text as a new term (sync.term_payload's fields
    as text, server_schema.content_hash)."""
    return s.content_hash({name: _str(values.get(name)) for name in PROPOSAL_FIELDS})


def _limits(conn: Connection) -> None:
    """This transaction waits at most TIMEOUT_MS for a lock or a statement."""
    conn.execute(text(f"SET LOCAL lock_timeout = {TIMEOUT_MS}"))
    conn.execute(text(f"SET LOCAL statement_timeout = {TIMEOUT_MS}"))


def is_steward(conn: Connection) -> bool:
    """Whether the logged-in role may decide proposals (a member of tvaers_steward)."""
    with conn.begin():
        _limits(conn)
        return bool(
            conn.execute(
                text("SELECT pg_has_role(current_user, :role, 'MEMBER')"), {"role": s.STEWARD}
            ).scalar()
        )


def open_proposals(conn: Connection) -> list[OpenProposal]:
    """The proposals waiting for a steward (proposed and disputed), oldest first, each with
    the library term's text now for a change or a dispute."""
    p, t = s.term_proposals, s.terms
    partner, library_partner = s.terms.alias("partner"), s.terms.alias("library_partner")
    target = func.coalesce(p.c.term_id, p.c.id)
    library_cols = [getattr(t.c, f.name).label(f"lib_{f.name}") for f in fields(TermText)]
    query = (
        select(
            p,
            t.c.id.label("lib_id"),
            t.c.content_hash.label("lib_hash"),
            *library_cols,
            partner.c.term.label("partner_term"),
            library_partner.c.term.label("library_partner_term"),
        )
        .select_from(
            p.outerjoin(t, t.c.id == target)
            .outerjoin(partner, partner.c.id == p.c.counterpart_id)
            .outerjoin(library_partner, library_partner.c.id == t.c.counterpart_id)
        )
        .where(p.c.state.in_(OPEN_STATES))
        .order_by(p.c.proposed_at, p.c.id)
    )
    with conn.begin():
        _limits(conn)
        rows = conn.execute(query).all()
    found = []
    for row in rows:
        library = None
        if row.lib_id is not None:
            words = {f.name: _str(getattr(row, f"lib_{f.name}")) for f in fields(TermText)}
            library = TermText(**words)
        kind: Kind = "disputed" if row.state == "disputed" else "change" if row.term_id else "new"
        found.append(
            OpenProposal(
                id=row.id,
                kind=kind,
                owner=row.owner,
                proposed_at=row.proposed_at,
                text=TermText.of(row),
                area=_str(row.area),
                origin_workshop_title=_str(row.origin_workshop_title),
                term_id=row.term_id,
                library=library,
                library_hash=row.lib_hash,
                other=TermText.of(row.other_text) if row.other_text else None,
                counterpart=_str(row.partner_term),
                library_counterpart=_str(row.library_partner_term),
            )
        )
    return found


def library_terms(conn: Connection, search: str = "", *, limit: int = 200) -> list[LibraryEntry]:
    """Library terms whose word contains `search` (any case), by word: merge targets."""
    t = s.terms
    query = select(t).order_by(func.lower(t.c.term), t.c.id).limit(limit)
    if search.strip():
        needle = search.strip().lower()
        for special in ("\\", "%", "_"):  # LIKE's own characters, matched as typed
            needle = needle.replace(special, "\\" + special)
        query = query.where(func.lower(t.c.term).like(f"%{needle}%", escape="\\"))
    with conn.begin():
        _limits(conn)
        rows = conn.execute(query).all()
    return [LibraryEntry(row.id, TermText.of(row), row.content_hash) for row in rows]


# --- the actions: one transaction each -------------------------------------------------


def _locked_proposal(conn: Connection, proposal_id: uuid.UUID) -> Any:
    p = s.term_proposals
    row = conn.execute(select(p).where(p.c.id == proposal_id).with_for_update()).one_or_none()
    if row is None:  # gone, or (a contributor's) row-level security hides it for writing
        raise ProposalGone()
    return row


def _locked_term(conn: Connection, term_id: uuid.UUID) -> Any:
    t = s.terms
    return conn.execute(select(t).where(t.c.id == term_id).with_for_update()).one_or_none()


def _values(base: object, edited: TermText | None = None) -> dict[str, Any]:
    """The term's columns from `base` (a proposal or term row), with a steward's `edited`
    words over them; the content hash recomputed when edited."""
    values: dict[str, Any] = {name: getattr(base, name) for name in TERM_TEXT}
    if edited is None:
        values["content_hash"] = base.content_hash  # type: ignore[attr-defined]
        return values
    values |= {f.name: getattr(edited, f.name) for f in fields(TermText)}
    values["content_hash"] = term_hash(values)
    return values


def _write_term(conn: Connection, term_id: uuid.UUID, values: dict[str, Any]) -> None:
    stmt = insert(s.terms).values(id=term_id, **values)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[s.terms.c.id], set_={**values, "published_at": func.now()}
        )
    )


def _decide(conn: Connection, proposal_id: uuid.UUID, state: State, **more: object) -> Decided:
    p = s.term_proposals
    decided_by = conn.execute(
        update(p)
        .where(p.c.id == proposal_id)
        .values(state=state, decided_by=func.current_user(), decided_at=func.now(), **more)
        .returning(p.c.decided_by)
    ).scalar_one()
    return Decided(state, True, decided_by)


def _undecided(row: Any) -> Decided:
    return Decided(row.state, False, row.decided_by)


def _check_seen(current: Any, seen_hash: str | None, word: str) -> None:
    if seen_hash is not None and (current is None or current.content_hash != seen_hash):
        raise TermMovedOn(term=word)


def approve(conn: Connection, proposal_id: uuid.UUID, edited: TermText | None = None) -> Decided:
    """Approve a proposal (with the steward's `edited` words, when given) into the terms: a
    new term gets the proposal's id, a change is written over its term — unless the term
    moved on since the contributor started (its hash is neither the proposal's base_hash nor
    its own): then the proposal becomes disputed, the library's text kept beside it."""
    with conn.begin():
        _limits(conn)
        row = _locked_proposal(conn, proposal_id)
        if row.state != "proposed":
            return _undecided(row)
        term_id = row.term_id or row.id
        current = _locked_term(conn, term_id)
        if current is not None and current.content_hash not in (row.base_hash, row.content_hash):
            other = {name: _jsonable(getattr(current, name)) for name in TERM_TEXT}
            other |= {"content_hash": current.content_hash, "published_by": current.published_by}
            p = s.term_proposals
            conn.execute(
                update(p).where(p.c.id == proposal_id).values(state="disputed", other_text=other)
            )
            return Decided("disputed", True)
        values = _values(row, edited) | {"published_by": row.owner}
        _write_term(conn, term_id, values)
        return _decide(conn, proposal_id, "approved")


def reject(conn: Connection, proposal_id: uuid.UUID) -> Decided:
    """Reject a proposal or a dispute: the library's term stays as it is."""
    with conn.begin():
        _limits(conn)
        row = _locked_proposal(conn, proposal_id)
        if row.state not in OPEN_STATES:
            return _undecided(row)
        return _decide(conn, proposal_id, "rejected")


def merge(
    conn: Connection,
    proposal_id: uuid.UUID,
    target_id: uuid.UUID,
    merged: TermText,
    *,
    seen_hash: str | None = None,
) -> Decided:
    """Merge a proposal into the library term `target_id`: the term gets the `merged` words
    (its origin and publisher stay), the proposal is approved with term_id = the target.
    With `seen_hash` (the target's hash the steward read), a target changed since is refused
    (TermMovedOn) and nothing changes."""
    with conn.begin():
        _limits(conn)
        row = _locked_proposal(conn, proposal_id)
        if row.state not in OPEN_STATES:
            return _undecided(row)
        target = _locked_term(conn, target_id)
        if target is None:
            raise TermGone()
        _check_seen(target, seen_hash, target.term)
        values = _values(target, merged)
        conn.execute(
            update(s.terms)
            .where(s.terms.c.id == target_id)
            .values(**values, published_at=func.now())
        )
        return _decide(conn, proposal_id, "approved", term_id=target_id)


def settle(
    conn: Connection,
    proposal_id: uuid.UUID,
    keep: Keep,
    edited: TermText | None = None,
    *,
    seen_hash: str | None = None,
) -> Decided:
    """Settle a dispute: keep the proposal's text (written over the term; the proposal
    approved), the library's text (the term as it is; the proposal rejected) or the
    steward's `edited` words over the proposal's (approved). With `seen_hash` (the term's
    hash the steward read), a term changed since is refused (TermMovedOn), nothing changed."""
    if keep == "edited" and edited is None:
        raise ValueError("settle(keep='edited') needs the edited text")
    with conn.begin():
        _limits(conn)
        row = _locked_proposal(conn, proposal_id)
        if row.state != "disputed":
            return _undecided(row)
        term_id = row.term_id or row.id
        current = _locked_term(conn, term_id)
        _check_seen(current, seen_hash, row.term if current is None else current.term)
        if keep == "library":
            return _decide(conn, proposal_id, "rejected")
        values = _values(row, edited if keep == "edited" else None)
        _write_term(conn, term_id, values | {"published_by": row.owner})
        return _decide(conn, proposal_id, "approved")


def _jsonable(value: object) -> object:
    return str(value) if isinstance(value, uuid.UUID) else value


# --- from the app's settings ------------------------------------------------------------


def with_library(
    library: LibrarySettings,
    password: str | None,
    work: Callable[[Connection], T],
    *,
    timeout: int = connection.CONNECT_TIMEOUT,
) -> T:
    """Connect by the app's rules (sync.open_library: connection.py's TLS and `timeout`, the
    library's schema checked), run `work(conn)`; every failure raised as a TvaersError with
    a plain sentence."""
    with open_library(library, password, timeout=timeout) as conn:
        return work(conn)
