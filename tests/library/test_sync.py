"""A sync round against the suite's real PostgreSQL: the outbox's proposals sent once, the
library's terms pulled into the cache, and a round cut off anywhere losing nothing and
duplicating nothing on the next one."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.engine import make_url

from desktop.library import admin, sync
from desktop.library import server_schema as s
from desktop.library.cache import LibraryCache
from desktop.library.outbox import Outbox
from desktop.library.settings import LibrarySettings
from tests.library.conftest import PgServer

MakeLogin = Callable[[str], str]
WORKSHOP = str(uuid.UUID(int=7))
NASTY = "Robert'); DROP TABLE tvaers_library.terms; -- <b>fed</b> <img src=x onerror=alert(1)>"


def _settings(url: str) -> tuple[LibrarySettings, str]:
    parsed = make_url(url)
    assert parsed.host and parsed.port and parsed.username and parsed.password
    library = LibrarySettings(
        host=parsed.host, user=parsed.username, port=parsed.port, database=str(parsed.database)
    )
    return library, parsed.password


def _payload(word: str, explanation: str = "") -> dict[str, str]:
    return sync.term_payload(
        {"side": "kommune", "term": word, "explanation": explanation or f"Om {word}"},
        WORKSHOP,
        "Workshop om beskæftigelse",
        "Beskæftigelse",
    )


@pytest.fixture
def contributor(admin_url: str, make_login: MakeLogin) -> str:
    admin.init_library(admin_url)
    return make_login(s.CONTRIBUTOR)


def _proposals(admin_url: str) -> list[str]:
    with admin.connected(admin_url) as conn:
        return list(conn.execute(select(s.term_proposals.c.term)).scalars())


def _round(url: str, tmp_path: Path, **kw: object) -> sync.SyncResult:
    library, password = _settings(url)
    return sync.sync_round(
        library,
        password,
        outbox_path=tmp_path / "outbox.sqlite",
        cache_path=tmp_path / "cache.sqlite",
        **kw,  # type: ignore[arg-type]
    )


def test_a_round_sends_once_and_pulls_what_a_steward_approved(
    admin_url: str, contributor: str, tmp_path: Path
) -> None:
    outbox = tmp_path / "outbox.sqlite"
    assert sync.queue_terms([_payload("Borger"), _payload("Ydelse"), _payload(NASTY)], outbox) == 3
    first = _round(contributor, tmp_path)
    assert first == sync.SyncResult(sent=3, pulled=0)
    again = _round(contributor, tmp_path)
    assert again == sync.SyncResult(sent=0, pulled=0)
    assert sorted(_proposals(admin_url)) == sorted(["Borger", "Ydelse", NASTY])
    with Outbox(outbox) as box:
        entries = box.all_entries()
    assert all(e.sent for e in entries)
    # The proposal's key is the outbox entry's UUID, its hash the entry's hash.
    for entry in entries:
        assert admin.approve_proposal(admin_url, uuid.UUID(entry.id)) == "approved"
    pulled = _round(contributor, tmp_path)
    assert pulled == sync.SyncResult(sent=0, pulled=3)
    with LibraryCache(tmp_path / "cache.sqlite") as cache:
        found = cache.search("ydelse")
        nasty = cache.search("drop table")
    assert [t.term for t in found] == ["Ydelse"]
    assert found[0].id == next(e.id for e in entries if e.payload["term"] == "Ydelse")
    assert found[0].content_hash == next(
        e.content_hash for e in entries if e.payload["term"] == "Ydelse"
    )
    assert found[0].origin_workshop_title == "Workshop om beskæftigelse"
    assert [t.term for t in nasty] == [NASTY]  # kept as text, the server's table intact


def test_a_connection_ended_inside_the_send_loses_nothing_and_the_next_round_sends_once(
    pg_server: PgServer, library_db: str, admin_url: str, contributor: str, tmp_path: Path
) -> None:
    sync.queue_terms([_payload("Borger"), _payload("Ydelse")], tmp_path / "outbox.sqlite")

    def kill(conn: Connection) -> None:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with pg_server.connect(library_db) as killer:
            killer.execute("SELECT pg_terminate_backend(%s)", (pid,))

    cut = _round(contributor, tmp_path, before_commit=kill)
    assert cut.sent == 0 and cut.pulled is None
    assert cut.error is not None and "127.0.0.1" in cut.error and "Traceback" not in cut.error
    assert _proposals(admin_url) == []
    with Outbox(tmp_path / "outbox.sqlite") as box:
        assert box.pending_count() == 2
    retried = _round(contributor, tmp_path)
    assert retried == sync.SyncResult(sent=2, pulled=0)
    assert sorted(_proposals(admin_url)) == ["Borger", "Ydelse"]


def test_a_round_cut_off_after_the_commit_sends_again_without_a_duplicate(
    admin_url: str, contributor: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server committed, then the app died before marking the entries sent."""
    sync.queue_terms([_payload("Borger"), _payload("Ydelse")], tmp_path / "outbox.sqlite")

    def killed(self: Outbox, entry_id: str) -> bool:
        raise SystemExit("killed")

    with monkeypatch.context() as patch:
        patch.setattr(Outbox, "mark_sent", killed)
        with pytest.raises(SystemExit):
            _round(contributor, tmp_path)
    assert sorted(_proposals(admin_url)) == ["Borger", "Ydelse"]
    with Outbox(tmp_path / "outbox.sqlite") as box:
        assert box.pending_count() == 2
    retried = _round(contributor, tmp_path)
    assert retried == sync.SyncResult(sent=2, pulled=0)
    assert sorted(_proposals(admin_url)) == ["Borger", "Ydelse"]  # no duplicate


def test_a_server_that_is_not_there_is_a_sentence_and_keeps_the_outbox_and_the_cache(
    pg_server: PgServer, contributor: str, tmp_path: Path
) -> None:
    library, password = _settings(contributor)
    with LibraryCache(tmp_path / "cache.sqlite") as cache:
        cache.replace_terms([])
    sync.queue_terms([_payload("Borger")], tmp_path / "outbox.sqlite")
    import socket

    with socket.socket() as probe:  # a port nothing listens on: the server stopped
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    stopped = LibrarySettings(host=library.host, user=library.user, port=closed, database="x")
    result = sync.sync_round(
        stopped,
        password,
        outbox_path=tmp_path / "outbox.sqlite",
        cache_path=tmp_path / "cache.sqlite",
        timeout=2,
    )
    assert result.sent == 0 and result.pulled is None
    assert result.error is not None and "kunne ikke nå biblioteket" in result.error
    with Outbox(tmp_path / "outbox.sqlite") as box:
        assert box.pending_count() == 1
    wrong = sync.sync_round(
        library,
        password + "x",
        lang="en",
        outbox_path=tmp_path / "outbox.sqlite",
        cache_path=tmp_path / "cache.sqlite",
    )
    assert wrong.error is not None and "refused the user name or password" in wrong.error
    assert password not in wrong.error


def test_a_reader_cannot_send_and_is_told_so(
    admin_url: str, make_login: MakeLogin, tmp_path: Path
) -> None:
    admin.init_library(admin_url)
    reader = make_login(s.READER)
    sync.queue_terms([_payload("Borger")], tmp_path / "outbox.sqlite")
    result = _round(reader, tmp_path)
    assert result.sent == 0 and result.error is not None
    assert "tillader ikke" in result.error
    assert _proposals(admin_url) == []
    with Outbox(tmp_path / "outbox.sqlite") as box:
        assert box.pending_count() == 1


def test_two_laptops_changing_the_same_library_term_make_a_dispute_with_both_texts(
    admin_url: str, make_login: MakeLogin, tmp_path: Path
) -> None:
    admin.init_library(admin_url)
    anne, birgit = make_login(s.CONTRIBUTOR), make_login(s.CONTRIBUTOR)
    laptops = {"anne": (anne, tmp_path / "anne"), "birgit": (birgit, tmp_path / "birgit")}
    for _url, folder in laptops.values():
        folder.mkdir()
    sync.queue_terms([_payload("Borger", "Den, kommunen hjælper")], tmp_path / "anne/outbox.sqlite")
    assert _round(anne, tmp_path / "anne").sent == 1
    with admin.connected(admin_url) as conn:
        first = conn.execute(select(s.term_proposals.c.id)).scalar_one()
    assert admin.approve_proposal(admin_url, first) == "approved"
    texts = {"anne": "Den, der modtager en ydelse", "birgit": "Den, der bor i kommunen"}
    changes = {}
    for name, (url, folder) in laptops.items():
        assert _round(url, folder).pulled == 1
        with LibraryCache(folder / "cache.sqlite") as cache:
            library = cache.search("")
        workshop_term = {"side": "kommune", "term": "borger", "explanation": texts[name]}
        same = {**workshop_term, "term": "Borger", "explanation": "Den, kommunen hjælper"}
        # The library's own text is not proposed again; a changed one is a change to it.
        assert sync.workshop_proposals([same], WORKSHOP, "W", "A", library) == []
        proposals = sync.workshop_proposals([workshop_term], WORKSHOP, "W", "A", library)
        assert [p["term_id"] for p in proposals] == [library[0].id]
        sync.queue_terms(proposals, folder / "outbox.sqlite")
        assert _round(url, folder).sent == 1
        with Outbox(folder / "outbox.sqlite") as box:
            changes[name] = uuid.UUID(box.all_entries()[-1].id)
    assert admin.approve_proposal(admin_url, changes["anne"]) == "approved"
    assert admin.approve_proposal(admin_url, changes["birgit"]) == "disputed"
    with admin.connected(admin_url) as conn:
        term = conn.execute(select(s.terms)).one()
        disputed = conn.execute(
            select(s.term_proposals).where(s.term_proposals.c.id == changes["birgit"])
        ).one()
    assert term.explanation == texts["anne"]  # not overwritten silently
    assert disputed.explanation == texts["birgit"]
    assert disputed.other_text["explanation"] == texts["anne"]  # both texts kept
