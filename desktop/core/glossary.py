"""The two-way glossary: each side's words, explained for the other side, and their links.

A term has at most one counterpart on the other side, and the link is symmetric:
linking A to B first unlinks whatever A and B were linked to. Every operation that
changes links returns what is needed to undo it exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from desktop.core import operations as ops
from desktop.core.errors import TvaersError
from desktop.core.models import Participant, Term, TermSide, utc_now
from desktop.core.starter_vocabularies import StarterVocabulary
from desktop.core.workshop import get_workshop

WHAT = "Begrebet"


class SameSideError(TvaersError):
    da = "Et begreb kan kun forbindes med et begreb fra den anden side."
    en = "A term can only be linked to a term from the other side."


def list_terms(session: Session) -> list[Term]:
    """All terms, procurement's first, each side in the facilitator's order."""
    query = select(Term).order_by(col(Term.side).desc(), col(Term.position), col(Term.created_at))
    return list(session.exec(query).all())


def term_rows(session: Session) -> list[dict[str, Any]]:
    """Every term's stored fields, in `list_terms`' order: the dicts `model_dump()` gives,
    read without building a `Term` per row (20,000 terms: ~0.16 s instead of ~0.48 s)."""
    terms = _TERMS
    query = sa_select(terms).order_by(terms.c.side.desc(), terms.c.position, terms.c.created_at)
    return _plain(session, query)


def terms_by_id(session: Session, *, term_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """These terms' stored fields, by id, as `term_rows` gives them (one edit's rows: the
    glossary repaints only those); ids of terms no longer there are left out."""
    query = sa_select(_TERMS).where(_TERMS.c.id.in_(list(term_ids)))
    return {row["id"]: row for row in _plain(session, query)}


_TERMS: Any = Term.__table__  # type: ignore[attr-defined]


def _plain(session: Session, query: Any) -> list[dict[str, Any]]:
    result = session.connection().execute(query)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.all()]


def add_term(session: Session, **fields: Any) -> Term:
    return ops.add_row(session, Term, fields)


def update_term(session: Session, *, term_id: str, **changes: Any) -> Term:
    if "counterpart_id" in changes:
        raise ValueError("use link_terms/unlink_term to change counterparts")
    return ops.update_row(session, Term, term_id, changes, what=WHAT)


def delete_term(session: Session, *, term_id: str) -> dict[str, Any]:
    """Delete a term (its counterpart loses the link); the snapshot restores both."""
    term = ops.get_row(session, Term, term_id, what=WHAT)
    if term.counterpart_id:
        other = session.get(Term, term.counterpart_id)
        if other is not None and other.counterpart_id == term.id:
            other.counterpart_id = None
            session.add(other)
    return ops.delete_row(session, Term, term_id, what=WHAT)


def restore_term(session: Session, *, data: dict[str, Any]) -> Term:
    """Undo of `delete_term`, in one transaction: the term with its id and place, and the
    link both ways (a crash can never leave the counterpart pointing nowhere)."""
    data = dict(data)
    if data.get("taught_by") and session.get(Participant, data["taught_by"]) is None:
        data["taught_by"] = None  # that participant was deleted meanwhile
    other = session.get(Term, data["counterpart_id"]) if data.get("counterpart_id") else None
    if other is None:
        data["counterpart_id"] = None  # that term was deleted meanwhile
    term = Term.model_validate(data)
    session.add(term)
    session.flush()
    if other is not None:
        _relink(session, term, other)
    session.commit()
    return term


@dataclass(frozen=True)
class Links:
    """Who was linked to whom before a change: {term_id: counterpart_id or None}."""

    before: dict[str, str | None]


def link_terms(session: Session, *, first_id: str, second_id: str) -> Links:
    first = ops.get_row(session, Term, first_id, what=WHAT)
    second = ops.get_row(session, Term, second_id, what=WHAT)
    if first.side == second.side:
        raise SameSideError()
    affected = {first.id, second.id}
    for term in (first, second):
        if term.counterpart_id:
            affected.add(term.counterpart_id)
    before = _links_of(session, affected)
    for term in (first, second):
        _drop_link(session, term)
    _set_link(session, first, second)
    session.commit()
    return Links(before)


def unlink_term(session: Session, *, term_id: str) -> Links:
    term = ops.get_row(session, Term, term_id, what=WHAT)
    affected = {term.id} | ({term.counterpart_id} if term.counterpart_id else set())
    before = _links_of(session, affected)
    _drop_link(session, term)
    session.commit()
    return Links(before)


def restore_links(session: Session, *, links: Links) -> None:
    """Undo of link/unlink: put every affected term's counterpart back as it was."""
    for term_id, counterpart_id in links.before.items():
        term = session.get(Term, term_id)
        if term is not None:
            term.counterpart_id = counterpart_id
            term.updated_at = utc_now()
            session.add(term)
    session.commit()


def _links_of(session: Session, ids: Iterable[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for term_id in ids:
        term = session.get(Term, term_id)
        if term is not None:
            found[term_id] = term.counterpart_id
    return found


def _drop_link(session: Session, term: Term) -> None:
    if term.counterpart_id:
        other = session.get(Term, term.counterpart_id)
        if other is not None and other.counterpart_id == term.id:
            other.counterpart_id = None
            other.updated_at = utc_now()
            session.add(other)
    term.counterpart_id = None
    session.add(term)


def _set_link(session: Session, first: Term, second: Term) -> None:
    now = utc_now()
    first.counterpart_id, second.counterpart_id = second.id, first.id
    first.updated_at = second.updated_at = now
    session.add(first)
    session.add(second)


def _relink(session: Session, term: Term, other: Term) -> None:
    """Link `term` and `other`, first unlinking whatever else either was linked to, so a
    third term never keeps pointing at one of them (at most one counterpart each)."""
    for one in (term, other):
        partner_id = one.counterpart_id
        if partner_id and partner_id not in (term.id, other.id):
            _drop_link(session, one)
    _set_link(session, term, other)


# -- order ------------------------------------------------------------------------------


def side_order(session: Session, *, side: str) -> list[str]:
    query = (
        select(Term.id).where(Term.side == side).order_by(col(Term.position), col(Term.created_at))
    )
    return list(session.exec(query).all())


def reorder(session: Session, *, side: str, ordered_ids: Sequence[str]) -> list[str]:
    """Give one side's terms this order; returns the previous order (for undo)."""
    before = side_order(session, side=side)
    if sorted(before) != sorted(ordered_ids):
        raise ValueError("reorder must name exactly the terms of that side")
    for position, term_id in enumerate(ordered_ids):
        term = session.get(Term, term_id)
        assert term is not None
        term.position = position
        session.add(term)
    session.commit()
    return before


def side_positions(session: Session, *, side: str) -> dict[str, int]:
    """Each term of one side with its position as stored: what an undo of a move puts back.
    Not the order alone: the numbers have gaps (a deleted term leaves one) and are shared
    with the other side (a new term goes after the last of either), so putting back 0, 1,
    2 ... would give a different file than the one before the move."""
    query = select(Term.id, Term.position).where(Term.side == side)
    return {term_id: position for term_id, position in session.exec(query)}


def restore_positions(session: Session, *, positions: Mapping[str, int]) -> None:
    """Undo (and redo) of a move or sort: each term back at the very position it had."""
    ops.restore_positions(session, Term, positions)


def move_term(session: Session, *, term_id: str, offset: int) -> list[str]:
    """Move a term up (offset -1) or down (+1) within its side; returns the previous order."""
    term = ops.get_row(session, Term, term_id, what=WHAT)
    order = side_order(session, side=term.side)
    index = order.index(term_id)
    target = max(0, min(len(order) - 1, index + offset))
    order.insert(target, order.pop(index))
    return reorder(session, side=term.side, ordered_ids=order)


def sort_by_term(session: Session, *, side: str) -> list[str]:
    """Alphabetical in Danish order (æ, ø, å last); returns the previous order."""
    terms = [t for t in list_terms(session) if t.side == side]
    terms.sort(key=lambda t: danish_sort_key(t.term))
    return reorder(session, side=side, ordered_ids=[t.id for t in terms])


_DANISH_TAIL = {"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "aa": "}"}


def danish_sort_key(text: str) -> str:
    """Danish alphabetical order: æ, ø and å come after z."""
    key = text.casefold()
    for letter, after_z in _DANISH_TAIL.items():
        key = key.replace(letter, after_z)
    return key


# -- many at once ------------------------------------------------------------------------


def add_terms(session: Session, rows: Sequence[dict[str, Any]]) -> list[str]:
    """Add several terms in one transaction (an import, a starter vocabulary).

    A row may carry its own `id` and name its counterpart (`counterpart_id`): a term
    already in the workshop, or another of these rows, before or after it. Links are made
    once every row is in, symmetric, one counterpart each (a later row's link wins).
    """
    for fields in rows:  # refuse a bad row before any is added: all or nothing
        ops.refuse_bad_fields(Term, fields)
    position = ops.next_position(session, Term)
    added: list[tuple[Term, str | None]] = []
    for offset, fields in enumerate(rows):
        # Inserted unlinked: the file's foreign key refuses a link to a row not yet there.
        values = {"position": position + offset, **fields, "counterpart_id": None}
        term = Term(**values)
        session.add(term)
        added.append((term, fields.get("counterpart_id")))
    session.flush()
    _link_wanted(session, added)
    session.commit()
    return [term.id for term, _ in added]


def _link_wanted(session: Session, wanted: Sequence[tuple[Term, str | None]]) -> None:
    for term, counterpart_id in wanted:
        if not counterpart_id:
            continue
        other = session.get(Term, counterpart_id)
        if other is not None and other.side != term.side and other.id != term.id:
            _relink(session, term, other)
    session.flush()


def delete_terms(session: Session, *, term_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Delete several terms in one transaction; returns their snapshots (for redo/undo)."""
    snapshots = []
    for term_id in term_ids:
        term = session.get(Term, term_id)
        if term is None:
            continue
        if term.counterpart_id:
            other = session.get(Term, term.counterpart_id)
            if other is not None and other.counterpart_id == term.id:
                other.counterpart_id = None
                session.add(other)
        snapshots.append(ops.snapshot(term))
        session.delete(term)
    session.commit()
    return snapshots


def restore_terms(session: Session, *, snapshots: Sequence[dict[str, Any]]) -> None:
    """Undo of `delete_terms`: the terms come back with their ids, positions and links."""
    wanted: list[tuple[Term, str | None]] = []
    for data in snapshots:
        # Inserted unlinked, then linked: two deleted terms may be each other's counterpart.
        values = {**data, "counterpart_id": None}
        if values.get("taught_by") and session.get(Participant, values["taught_by"]) is None:
            values["taught_by"] = None  # that participant was deleted meanwhile
        term = Term.model_validate(values)
        session.add(term)
        wanted.append((term, data.get("counterpart_id")))
    session.flush()
    _link_wanted(session, wanted)
    session.commit()


def starter_rows(
    session: Session, *, vocabulary: StarterVocabulary, lang: str
) -> list[dict[str, Any]]:
    """The starter terms not yet in the workshop (same side, same word, any case)."""
    present = {t.term.casefold().strip() for t in list_terms(session) if t.side == vocabulary.side}
    rows = []
    for starter in vocabulary.terms:
        term, explanation, example = starter.text(lang)
        if term.casefold().strip() in present:
            continue
        present.add(term.casefold().strip())
        rows.append(
            {
                "side": vocabulary.side,
                "term": term,
                "explanation": explanation,
                "example": example,
                "source": vocabulary.source_of(starter, lang),
            }
        )
    return rows


def participant_names(session: Session) -> dict[str, str]:
    """Who can have taught a term, in the Workshop tab's order."""
    query = select(Participant).order_by(col(Participant.position), col(Participant.created_at))
    return {p.id: p.name for p in session.exec(query).all()}


def workshop_language(session: Session) -> str:
    """Starter terms are inserted in the language the minutes are written in."""
    return get_workshop(session).minutes_language or "da"


SIDES = (TermSide.PROCUREMENT.value, TermSide.DOMAIN.value)
