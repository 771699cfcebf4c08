"""Counterpart links reach the library: a workshop's two linked terms (one per side) are
proposed, approved, and once the library has both, the next share links them there, which
a steward approves as a change; after that nothing more is proposed. Against the suite's real
PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from desktop.library import admin, stewardship, sync
from desktop.library import server_schema as s
from desktop.library.cache import LibraryCache
from tests.library.test_sync import _round

MakeLogin = Callable[[str], str]
WORKSHOP = str(uuid.UUID(int=11))
OFFEROR = {
    "side": "procurement",
    "term": "Tilbudsgiver",
    "explanation": "Den virksomhed, der afgiver et tilbud <b>&</b> 😀",
    "example": "",
    "source": "",
    "counterpart_side": "domain",
    "counterpart_term": "Leverandør",
}
SUPPLIER = {
    "side": "domain",
    "term": "Leverandør",
    "explanation": "Den, der leverer ydelsen til borgeren",
    "example": "",
    "source": "",
    "counterpart_side": "procurement",
    "counterpart_term": "Tilbudsgiver",
}


def _share(contributor: str, tmp_path: Path) -> list[dict[str, str]]:
    """One share as the app does it: proposals against the copy last pulled, then a round."""
    with LibraryCache(tmp_path / "cache.sqlite") as copy:
        library = copy.search("", limit=1000)
    proposals = sync.workshop_proposals(
        [OFFEROR, SUPPLIER], WORKSHOP, "Workshop", "Beskæftigelse", library
    )
    sync.queue_terms(proposals, tmp_path / "outbox.sqlite")
    assert _round(contributor, tmp_path).ok
    return proposals


def _approve_all(admin_url: str) -> None:
    p = s.term_proposals
    with admin.connected(admin_url) as conn:
        waiting = list(conn.execute(select(p.c.id).where(p.c.state == "proposed")).scalars())
    for proposal in waiting:
        assert admin.approve_proposal(admin_url, proposal) == "approved"


def _library(admin_url: str) -> dict[str, tuple[str, str | None]]:
    t = s.terms
    with admin.connected(admin_url) as conn:
        rows = conn.execute(select(t.c.term, t.c.id, t.c.counterpart_id)).all()
    ids = {str(row.id): row.term for row in rows}
    return {row.term: (str(row.id), ids.get(str(row.counterpart_id))) for row in rows}


def test_two_linked_terms_are_linked_in_the_library_after_the_next_share(
    admin_url: str, make_login: MakeLogin, tmp_path: Path
) -> None:
    admin.init_library(admin_url)
    contributor = make_login(s.CONTRIBUTOR)
    first = _share(contributor, tmp_path)
    assert [p.get("counterpart_id") for p in first] == [None, None]  # no library ids yet
    _approve_all(admin_url)
    assert {term: partner for term, (_id, partner) in _library(admin_url).items()} == {
        "Tilbudsgiver": None,
        "Leverandør": None,
    }
    assert _round(contributor, tmp_path).ok  # the copy now has both

    second = _share(contributor, tmp_path)
    library = _library(admin_url)
    assert {p["term"]: p["counterpart_id"] for p in second} == {
        "Tilbudsgiver": library["Leverandør"][0],
        "Leverandør": library["Tilbudsgiver"][0],
    }
    assert all(p["term_id"] for p in second)  # changes to the library's terms, not new ones
    # The steward sees what the change is: the same text, and now a counterpart.
    with admin.connected(admin_url, begin=False) as conn:
        waiting = {o.text.term: o for o in stewardship.open_proposals(conn)}
    assert (waiting["Tilbudsgiver"].counterpart, waiting["Tilbudsgiver"].library_counterpart) == (
        "Leverandør",
        "",
    )
    _approve_all(admin_url)
    assert {term: partner for term, (_id, partner) in _library(admin_url).items()} == {
        "Tilbudsgiver": "Leverandør",
        "Leverandør": "Tilbudsgiver",
    }
    assert _round(contributor, tmp_path).ok
    assert _share(contributor, tmp_path) == []  # linked and unchanged: nothing to propose


def test_a_link_held_one_way_in_the_library_counts_both_ways() -> None:
    offeror = sync.library_cache.LibraryTerm(
        id=str(uuid.uuid4()),
        term="Tilbudsgiver",
        side="procurement",
        explanation=OFFEROR["explanation"],
    )
    supplier = sync.library_cache.LibraryTerm(
        id=str(uuid.uuid4()),
        term="Leverandør",
        side="domain",
        explanation=SUPPLIER["explanation"],
        counterpart_id=offeror.id,
    )
    proposals = sync.workshop_proposals(
        [OFFEROR, SUPPLIER], WORKSHOP, "W", "A", [offeror, supplier]
    )
    assert proposals == []
