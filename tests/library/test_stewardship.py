"""The steward's actions against the suite's real PostgreSQL: approve (as proposed or edited),
reject, merge, settle a dispute each way; a contributor refused by the server itself; two
stewards at once applying a decision once; untrusted text coming back exactly."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import Connection, Engine, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from desktop.library import admin, connection, stewardship, sync
from desktop.library import server_schema as s
from desktop.library.errors import LibraryPermissionDenied
from desktop.library.settings import LibrarySettings
from desktop.library.stewardship import TermText

MakeLogin = Callable[[str], str]
WORKSHOP = str(uuid.UUID(int=21))
NASTY = "Robert'); DROP TABLE tvaers_library.terms; -- <b>fed</b> <img src=x onerror=alert(1)>"
CONTROL = "før\u202eefter\x07 klokke\u200b og\tTab\nny linje"


def _payload(word: str, explanation: str, **change: str) -> dict[str, str]:
    payload = sync.term_payload(
        {"side": "domain", "term": word, "explanation": explanation},
        WORKSHOP,
        "Workshop om beskæftigelse",
        "Beskæftigelse",
    )
    return payload | change


class Library:
    """One test's library: a contributor (anne), another (bo), a steward (sif)."""

    def __init__(self, admin_url: str, make_login: MakeLogin) -> None:
        admin.init_library(admin_url)
        self.admin_url = admin_url
        self.urls = {
            "anne": make_login(s.CONTRIBUTOR),
            "bo": make_login(s.CONTRIBUTOR),
            "sif": make_login(s.STEWARD),
            "ulla": make_login(s.STEWARD),
            "rasmus": make_login(s.READER),
        }
        self.engines: dict[str, Engine] = {}

    def engine(self, who: str) -> Engine:
        if who not in self.engines:
            self.engines[who] = admin.make_engine(self.urls[who])
        return self.engines[who]

    def role(self, who: str) -> str:
        return str(make_url(self.urls[who]).username)

    @contextmanager
    def conn(self, who: str) -> Iterator[Connection]:
        with self.engine(who).connect() as conn:
            yield conn

    def propose(self, who: str, payload: dict[str, str]) -> uuid.UUID:
        """What a laptop's sync round sends: the payload's hash, a new UUID."""
        row = {name: payload.get(name, "") for name in sync.PROPOSAL_FIELDS}
        row["origin_workshop_id"] = uuid.UUID(payload["origin_workshop_id"])  # type: ignore[assignment]
        proposal = uuid.uuid4()
        with self.engine(who).begin() as conn:
            conn.execute(
                insert(s.term_proposals).values(
                    id=proposal,
                    **row,
                    term_id=uuid.UUID(payload["term_id"]) if "term_id" in payload else None,
                    base_hash=payload.get("base_hash"),
                    content_hash=s.content_hash(payload),
                )
            )
        return proposal

    def proposal(self, proposal_id: uuid.UUID) -> object:
        with admin.connected(self.admin_url) as conn:
            p = s.term_proposals
            return conn.execute(select(p).where(p.c.id == proposal_id)).one()

    def terms(self) -> list[object]:
        with admin.connected(self.admin_url) as conn:
            return list(conn.execute(select(s.terms).order_by(s.terms.c.term)).all())

    def approve(self, who: str, proposal_id: uuid.UUID, **kw: object) -> stewardship.Decided:
        with self.conn(who) as conn:
            return stewardship.approve(conn, proposal_id, **kw)  # type: ignore[arg-type]

    def change(self, who: str, term: object, explanation: str) -> uuid.UUID:
        """A change to a library term as a laptop sends it: from the hash it pulled."""
        return self.propose(
            who,
            _payload(
                term.term,  # type: ignore[attr-defined]
                explanation,
                term_id=str(term.id),  # type: ignore[attr-defined]
                base_hash=term.content_hash,  # type: ignore[attr-defined]
            ),
        )

    def dispute(self) -> tuple[uuid.UUID, object]:
        """Anne and Bo change the same term from the same text; Anne's is approved first,
        so Bo's becomes disputed. (Bo's proposal, the term after Anne's change.)"""
        first = self.propose("anne", _payload("Borger", "En borger i kommunen"))
        assert self.approve("sif", first).state == "approved"
        (term,) = self.terms()
        annes = self.change("anne", term, "Annes tekst")
        bos = self.change("bo", term, "Bos tekst")
        assert self.approve("sif", annes).state == "approved"
        assert self.approve("sif", bos) == stewardship.Decided("disputed", True)
        (term,) = self.terms()
        return bos, term

    def close(self) -> None:
        for engine in self.engines.values():
            engine.dispose()


@pytest.fixture
def lib(admin_url: str, make_login: MakeLogin) -> Iterator[Library]:
    library = Library(admin_url, make_login)
    yield library
    library.close()


def test_only_a_steward_is_told_they_are_one(lib: Library) -> None:
    seen = {}
    for who in ("anne", "sif", "rasmus"):
        with lib.conn(who) as conn:
            seen[who] = stewardship.is_steward(conn)
    assert seen == {"anne": False, "sif": True, "rasmus": False}


def test_the_open_proposals_new_change_and_disputed_with_both_texts(lib: Library) -> None:
    bos, term = lib.dispute()
    new = lib.propose("anne", _payload("Ydelse", "Det, borgeren får"))
    change = lib.change("anne", term, "Annes anden tekst")
    with lib.conn("sif") as conn:
        found = {p.id: p for p in stewardship.open_proposals(conn)}
    assert set(found) == {bos, new, change}
    assert [p.kind for p in found.values()] == ["disputed", "new", "change"]  # oldest first
    disputed = found[bos]
    assert disputed.owner == lib.role("bo")
    assert disputed.text.explanation == "Bos tekst"
    assert disputed.library is not None and disputed.library.explanation == "Annes tekst"
    assert disputed.other is not None and disputed.other.explanation == "Annes tekst"
    assert disputed.library_hash == term.content_hash  # type: ignore[attr-defined]
    assert found[new].library is None and found[new].term_id is None
    assert found[change].library == TermText.of(term)
    assert found[new].origin_workshop_title == "Workshop om beskæftigelse"


def test_approve_as_proposed_then_again_changes_nothing(lib: Library) -> None:
    proposal = lib.propose("anne", _payload("Borger", "En borger"))
    decided = lib.approve("sif", proposal)
    assert decided == stewardship.Decided("approved", True, lib.role("sif"))
    row = lib.proposal(proposal)
    assert row.decided_by == lib.role("sif") and row.decided_at is not None  # type: ignore[attr-defined]
    (term,) = lib.terms()
    assert (term.id, term.published_by) == (proposal, lib.role("anne"))  # type: ignore[attr-defined]
    assert term.content_hash == row.content_hash  # type: ignore[attr-defined]
    # A second steward (or the same one pressing again) applies nothing and is told who did.
    assert lib.approve("ulla", proposal) == stewardship.Decided("approved", False, lib.role("sif"))
    assert lib.proposal(proposal).decided_by == lib.role("sif")  # type: ignore[attr-defined]


def test_approve_with_the_stewards_edit_recomputes_the_hash_a_laptop_would_give(
    lib: Library,
) -> None:
    proposal = lib.propose("anne", _payload("Borgr", "En borger"))
    edited = TermText(side="domain", term="Borger", explanation="Den, indsatsen er for")
    assert lib.approve("sif", proposal, edited=edited).state == "approved"
    (term,) = lib.terms()
    assert TermText.of(term) == edited
    # The hash of the same text proposed as a new term from the same workshop.
    assert term.content_hash == s.content_hash(  # type: ignore[attr-defined]
        _payload("Borger", "Den, indsatsen er for")
    )
    assert term.origin_workshop_title == "Workshop om beskæftigelse"  # type: ignore[attr-defined]
    # A laptop that pulled it and changes it starts from that hash: approved, not disputed.
    change = lib.change("bo", term, "Bos præcisering")
    assert lib.approve("sif", change).state == "approved"


def test_reject_leaves_the_library_as_it_was(lib: Library) -> None:
    proposal = lib.propose("anne", _payload("Borger", "En borger"))
    with lib.conn("sif") as conn:
        assert stewardship.reject(conn, proposal) == stewardship.Decided(
            "rejected", True, lib.role("sif")
        )
        assert stewardship.reject(conn, proposal).applied is False
        assert stewardship.approve(conn, proposal) == stewardship.Decided(
            "rejected", False, lib.role("sif")
        )
    assert lib.terms() == []
    with lib.conn("sif") as conn:
        assert stewardship.open_proposals(conn) == []


def test_merge_into_a_library_term(lib: Library) -> None:
    first = lib.propose("anne", _payload("Borger", "En borger"))
    lib.approve("sif", first)
    (target,) = lib.terms()
    twin = lib.propose("bo", _payload("Borgeren", "Den, vi hjælper"))
    merged = TermText(side="domain", term="Borger", explanation="En borger; den, vi hjælper")
    with lib.conn("sif") as conn:
        # The target changed after the steward read it: refused, nothing changed.
        with pytest.raises(stewardship.TermMovedOn) as moved:
            stewardship.merge(conn, twin, first, merged, seen_hash="another hash")
        assert "»Borger«" in moved.value.message("da")
        with pytest.raises(stewardship.TermGone):
            stewardship.merge(conn, twin, uuid.uuid4(), merged)
        assert lib.proposal(twin).state == "proposed"  # type: ignore[attr-defined]
        decided = stewardship.merge(
            conn,
            twin,
            first,
            merged,
            seen_hash=target.content_hash,  # type: ignore[attr-defined]
        )
        assert decided == stewardship.Decided("approved", True, lib.role("sif"))
        assert stewardship.merge(conn, twin, first, merged).applied is False
    (term,) = lib.terms()  # no new term: the proposal went into the target
    assert term.id == first and TermText.of(term) == merged  # type: ignore[attr-defined]
    assert term.published_by == lib.role("anne")  # type: ignore[attr-defined]
    assert term.content_hash == stewardship.term_hash(term._mapping)  # type: ignore[attr-defined]
    assert lib.proposal(twin).term_id == first  # type: ignore[attr-defined]


@pytest.mark.parametrize("keep", ["proposal", "library", "edited"])
def test_settle_a_dispute(lib: Library, keep: stewardship.Keep) -> None:
    bos, term = lib.dispute()
    edited = TermText(side="domain", term="Borger", explanation="Sifs afgørelse")
    with lib.conn("sif") as conn:
        with pytest.raises(stewardship.TermMovedOn):
            stewardship.settle(conn, bos, keep, edited, seen_hash="not what the term has")
        assert lib.proposal(bos).state == "disputed"  # type: ignore[attr-defined]
        decided = stewardship.settle(
            conn,
            bos,
            keep,
            edited,
            seen_hash=term.content_hash,  # type: ignore[attr-defined]
        )
        assert decided.applied and decided.decided_by == lib.role("sif")
        assert stewardship.settle(conn, bos, "proposal").applied is False  # settled once
    (after,) = lib.terms()
    row = lib.proposal(bos)
    expected = {"proposal": "Bos tekst", "library": "Annes tekst", "edited": "Sifs afgørelse"}
    assert after.explanation == expected[keep]  # type: ignore[attr-defined]
    assert row.state == ("rejected" if keep == "library" else "approved")  # type: ignore[attr-defined]
    if keep == "proposal":
        assert after.content_hash == row.content_hash  # type: ignore[attr-defined]
    if keep == "library":
        assert after.content_hash == term.content_hash  # type: ignore[attr-defined]
    if keep == "edited":
        assert after.content_hash == stewardship.term_hash(after._mapping)  # type: ignore[attr-defined]
    with lib.conn("sif") as conn:
        assert stewardship.open_proposals(conn) == []


def test_a_contributor_cannot_approve_or_reject_the_server_refuses(lib: Library) -> None:
    own = lib.propose("anne", _payload("Borger", "En borger"))
    others = lib.propose("bo", _payload("Ydelse", "En ydelse"))
    with lib.conn("anne") as conn:
        # Her own: the terms are the stewards' (GRANT), a decided state not hers (RLS).
        with pytest.raises(ProgrammingError) as refused:
            stewardship.approve(conn, own)
        assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
        with pytest.raises(ProgrammingError) as refused:
            stewardship.reject(conn, own)
        assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
        assert "row-level security" in str(refused.value.orig)
        # Another's: row-level security gives her no row to lock.
        with pytest.raises(stewardship.ProposalGone):
            stewardship.reject(conn, others)
    with lib.conn("rasmus") as conn, pytest.raises(ProgrammingError):
        stewardship.reject(conn, own)
    assert lib.terms() == []
    assert lib.proposal(own).state == "proposed"  # type: ignore[attr-defined]
    assert lib.proposal(others).state == "proposed"  # type: ignore[attr-defined]


def test_two_stewards_at_once_decide_each_proposal_once(lib: Library) -> None:
    proposals = [lib.propose("anne", _payload(f"Begreb {i}", "Tekst")) for i in range(8)]
    results: dict[str, list[stewardship.Decided]] = {"sif": [], "ulla": []}
    start = threading.Barrier(2)

    def work(who: str, action: Callable[..., stewardship.Decided]) -> None:
        with lib.conn(who) as conn:
            start.wait()
            for proposal in proposals:
                results[who].append(action(conn, proposal))

    threads = [
        threading.Thread(target=work, args=("sif", stewardship.approve)),
        threading.Thread(target=work, args=("ulla", stewardship.reject)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for i, proposal in enumerate(proposals):
        one, other = results["sif"][i], results["ulla"][i]
        assert [one.applied, other.applied].count(True) == 1, (one, other)
        winner = one if one.applied else other
        assert lib.proposal(proposal).state == winner.state  # type: ignore[attr-defined]
        assert (one if not one.applied else other).state == winner.state
    approved = [r for r in results["sif"] if r.applied]
    assert len(lib.terms()) == len(approved)


def test_a_steward_waiting_on_another_sees_the_decision_made_meanwhile(lib: Library) -> None:
    proposal = lib.propose("anne", _payload("Borger", "En borger"))
    seen: list[stewardship.Decided] = []
    with lib.conn("ulla") as ulla, ulla.begin():
        ulla.execute(
            text("SELECT 1 FROM tvaers_library.term_proposals WHERE id = :id FOR UPDATE"),
            {"id": proposal},
        )
        waiting = threading.Thread(target=lambda: seen.append(lib.approve("sif", proposal)))
        waiting.start()
        with admin.connected(lib.admin_url) as probe:  # Sif's approval waits for Ulla's lock
            for _ in range(500):
                if probe.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                    break
                probe.execute(text("SELECT pg_sleep(0.01)"))
        stewardship._decide(ulla, proposal, "rejected")  # and commits
    waiting.join(30)
    assert seen == [stewardship.Decided("rejected", False, lib.role("ulla"))]
    assert lib.terms() == []


def test_sql_markup_and_control_text_round_trips(lib: Library) -> None:
    proposal = lib.propose("anne", _payload(NASTY, CONTROL))
    with lib.conn("sif") as conn:
        (found,) = stewardship.open_proposals(conn)
        assert (found.text.term, found.text.explanation) == (NASTY, CONTROL)
        edited = TermText(side="domain", term=NASTY + " ændret", explanation=CONTROL, example=NASTY)
        assert stewardship.approve(conn, proposal, edited).applied
        (entry,) = stewardship.library_terms(conn, "DROP TABLE")
        assert entry.text == edited
        assert stewardship.library_terms(conn, "%") == []  # LIKE's characters as typed
        assert stewardship.library_terms(conn, "DROP_TABLE") == []  # "_" is no wildcard
    (term,) = lib.terms()
    assert TermText.of(term) == edited


def test_with_library_from_the_apps_settings_gives_plain_sentences(lib: Library) -> None:
    parsed = make_url(lib.urls["sif"])
    assert parsed.host and parsed.port and parsed.username and parsed.password
    library = LibrarySettings(
        host=parsed.host, user=parsed.username, port=parsed.port, database=str(parsed.database)
    )
    assert stewardship.with_library(library, parsed.password, stewardship.is_steward) is True
    with pytest.raises(connection.WrongPasswordError):
        stewardship.with_library(library, "wrong", stewardship.is_steward)
    reader = make_url(lib.urls["rasmus"])
    assert reader.username and reader.password
    as_reader = LibrarySettings(
        host=parsed.host, user=reader.username, port=parsed.port, database=str(parsed.database)
    )
    proposal = lib.propose("anne", _payload("Borger", "En borger"))
    with pytest.raises(LibraryPermissionDenied) as refused:
        stewardship.with_library(
            as_reader, reader.password, lambda conn: stewardship.reject(conn, proposal)
        )
    assert refused.value.message("da").startswith("Biblioteket på ")
