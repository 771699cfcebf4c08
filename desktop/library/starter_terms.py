"""The library's first content: the starter vocabularies that ship with Tværs
(desktop/core/starter_vocabularies.py), put into the library's terms by `tvaers library init`.

Each starter term gets a fixed UUID (uuid5 of its vocabulary's key and its Danish word), so
running init again finds it. A vocabulary is put in once: when any of its terms is in the
library already, it is left alone, so a term a steward has changed keeps the steward's text
and one a steward has deleted stays deleted. A word the library has already on that side
(approved from a workshop) is not added a second time. The terms are in Danish (the library's
language), with the starter vocabulary's own source and the date it was checked, and their
origin says which starter vocabulary they come from.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, func, select, text
from sqlalchemy.dialects.postgresql import insert

from desktop.core import starter_vocabularies
from desktop.library import server_schema as s
from desktop.library.admin import connected, library_url, require_current

# Derives a starter term's UUID: the same vocabulary and word give the same row on every server.
NAMESPACE = uuid.UUID("0d6c1a8e-3b7f-4f55-8a49-7476616572b1")
ORIGIN_DA = "Tværs' startordforråd: {title}"
_INIT_LOCK = 0x7476_6165_7273  # admin.init_library's: two inits at once wait for each other


@dataclass(frozen=True)
class StarterResult:
    added: int  # terms put in the library now
    vocabularies: int  # vocabularies put in now (the others were there already)


def starter_id(vocabulary_key: str, term_da: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{vocabulary_key}\n{term_da.strip().casefold()}")


def starter_rows(
    vocabulary: starter_vocabularies.StarterVocabulary,
) -> list[dict[str, object]]:
    """The vocabulary's terms as rows of the library's terms (Danish text)."""
    rows = []
    for term in vocabulary.terms:
        values: dict[str, object] = {
            "side": vocabulary.side,
            "term": term.term_da,
            "explanation": term.explanation_da,
            "example": term.example_da,
            "source": vocabulary.source_of(term, "da"),
            "area": "",
            "origin_workshop_title": ORIGIN_DA.format(title=vocabulary.title_da),
        }
        rows.append(
            {
                "id": starter_id(vocabulary.key, term.term_da),
                **values,
                "content_hash": s.content_hash(values),
            }
        )
    return rows


def add_starter_terms_on(conn: Connection) -> StarterResult:
    """Put each starter vocabulary not yet in the library into its terms (one transaction,
    the caller's)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INIT_LOCK})
    added = vocabularies = 0
    for vocabulary in starter_vocabularies.available():
        rows = starter_rows(vocabulary)
        there = conn.execute(
            select(func.count())
            .select_from(s.terms)
            .where(s.terms.c.id.in_([row["id"] for row in rows]))
        ).scalar_one()
        if there:
            continue  # put in before: a steward's changes and deletions stand
        words = {  # folded here: the server's lower() may know only ASCII (locale C)
            str(word).strip().casefold()
            for word in conn.execute(
                select(s.terms.c.term).where(s.terms.c.side == vocabulary.side)
            ).scalars()
        }
        new = [row for row in rows if str(row["term"]).strip().casefold() not in words]
        if new:
            stmt = insert(s.terms).values(new).on_conflict_do_nothing(index_elements=[s.terms.c.id])
            added += len(conn.execute(stmt.returning(s.terms.c.id)).all())
        vocabularies += 1
    return StarterResult(added, vocabularies)


def add_starter_terms(url: str) -> StarterResult:
    """add_starter_terms_on, on the library at `url` (IT's login, as init)."""
    parsed = library_url(url)
    with connected(url) as conn:
        require_current(conn, parsed)
        return add_starter_terms_on(conn)
