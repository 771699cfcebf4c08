"""A workshop's outcome published from the app: put in the outbox, written by a sync round
against the suite's real PostgreSQL, idempotent and safe to cut off; another person's outcome
of the same workshop refused with a sentence; and a term proposed by the app and by
`tvaers library publish` is one proposal on the server, not two."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select, text
from sqlalchemy.engine import make_url

from desktop.library import admin, publish, sync
from desktop.library import server_schema as s
from desktop.library.outbox import Outbox
from desktop.library.settings import LibrarySettings
from desktop.storage.demo_file import write_demo
from desktop.storage.document import open_document
from tests.library.conftest import PgServer

MakeLogin = Callable[[str], str]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.tvaers"
    write_demo(path)
    return path


def _settings(url: str) -> tuple[LibrarySettings, str]:
    parsed = make_url(url)
    assert parsed.host and parsed.port and parsed.username and parsed.password
    library = LibrarySettings(
        host=parsed.host, user=parsed.username, port=parsed.port, database=str(parsed.database)
    )
    return library, parsed.password


def _round(url: str, folder: Path, **kw: object) -> sync.SyncResult:
    library, password = _settings(url)
    return sync.sync_round(
        library,
        password,
        outbox_path=folder / "outbox.sqlite",
        cache_path=folder / "cache.sqlite",
        **kw,  # type: ignore[arg-type]
    )


def _counts(admin_url: str) -> dict[str, int]:
    tables = {
        "proposals": s.term_proposals,
        "outcomes": s.outcomes,
        "services": s.services,
        "decisions": s.decisions,
    }
    with admin.connected(admin_url) as conn:
        return {
            name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in tables.items()
        }


def _pending(folder: Path) -> int:
    with Outbox(folder / "outbox.sqlite") as box:
        return box.pending_count()


@pytest.fixture
def contributor(admin_url: str, make_login: MakeLogin) -> str:
    admin.init_library(admin_url)
    return make_login(s.CONTRIBUTOR)


def test_an_outcome_through_the_outbox_is_written_once_and_replaced_when_changed(
    admin_url: str, contributor: str, demo_file: Path, tmp_path: Path
) -> None:
    outcome = publish.read_workshop(demo_file)
    assert "@" not in repr(publish.outcome_payload(outcome))  # no participant's e-mail
    publish.queue_outcome(outcome, tmp_path / "outbox.sqlite")
    publish.queue_outcome(outcome, tmp_path / "outbox.sqlite")  # published twice, offline
    assert _pending(tmp_path) == 2
    first = _round(contributor, tmp_path)
    assert first == sync.SyncResult(sent=1, pulled=0)  # the workshop's newest entry, once
    assert _pending(tmp_path) == 0
    once = _counts(admin_url)
    assert once == {
        "proposals": 0,
        "outcomes": 1,
        "services": len(outcome.services),
        "decisions": len(outcome.decisions),
    }
    assert _round(contributor, tmp_path) == sync.SyncResult(sent=0, pulled=0)
    # The CLI's publish of the same file finds the app's outcome unchanged: the same hash.
    assert publish.publish_workshop(contributor, demo_file).outcome == "unchanged"
    assert _counts(admin_url) | {"proposals": 0} == once
    # A second publish of a changed workshop replaces its outcome (the workshop's UUID).
    fewer = dataclasses.replace(outcome, services=outcome.services[1:])
    publish.queue_outcome(fewer, tmp_path / "outbox.sqlite")
    assert _round(contributor, tmp_path).sent == 1
    assert _counts(admin_url)["services"] == len(outcome.services) - 1
    assert _counts(admin_url)["outcomes"] == 1
    # And publishing the earlier content again is sent again, not lost as "already sent".
    publish.queue_outcome(outcome, tmp_path / "outbox.sqlite")
    assert _round(contributor, tmp_path).sent == 1
    assert _counts(admin_url)["services"] == len(outcome.services)


def test_an_outcome_send_ended_by_the_server_loses_nothing_and_the_retry_writes_it_once(
    pg_server: PgServer,
    library_db: str,
    admin_url: str,
    contributor: str,
    demo_file: Path,
    tmp_path: Path,
) -> None:
    outcome = publish.read_workshop(demo_file)
    publish.queue_outcome(outcome, tmp_path / "outbox.sqlite")

    def kill(conn: Connection) -> None:
        assert conn.execute(select(func.count()).select_from(s.services)).scalar_one() > 0
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with pg_server.connect(library_db) as killer:
            killer.execute("SELECT pg_terminate_backend(%s)", (pid,))

    cut = _round(contributor, tmp_path, before_commit=kill)
    assert cut.sent == 0 and cut.pulled is None
    assert cut.error is not None and "127.0.0.1" in cut.error and "Traceback" not in cut.error
    assert set(_counts(admin_url).values()) == {0}  # nothing half-written
    assert _pending(tmp_path) == 1
    retried = _round(contributor, tmp_path)
    assert retried == sync.SyncResult(sent=1, pulled=0)
    assert _counts(admin_url)["services"] == len(outcome.services)


def test_an_outcome_round_cut_off_after_the_commit_is_sent_again_without_a_duplicate(
    admin_url: str,
    contributor: str,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    outcome = publish.read_workshop(demo_file)
    publish.queue_outcome(outcome, tmp_path / "outbox.sqlite")

    def killed(self: Outbox, entry_id: str) -> bool:
        raise SystemExit("killed")

    with monkeypatch.context() as patch:
        patch.setattr(Outbox, "mark_sent", killed)
        with pytest.raises(SystemExit):
            _round(contributor, tmp_path)
    assert _counts(admin_url)["outcomes"] == 1
    assert _pending(tmp_path) == 1
    assert _round(contributor, tmp_path).sent == 1
    assert _counts(admin_url)["outcomes"] == 1
    assert _counts(admin_url)["services"] == len(outcome.services)  # no duplicate
    assert _pending(tmp_path) == 0


def test_another_persons_outcome_of_the_same_workshop_is_refused_with_a_sentence(
    admin_url: str, make_login: MakeLogin, demo_file: Path, tmp_path: Path
) -> None:
    admin.init_library(admin_url)
    anne, bo = make_login(s.CONTRIBUTOR), make_login(s.CONTRIBUTOR)
    (tmp_path / "anne").mkdir()
    (tmp_path / "bo").mkdir()
    outcome = publish.read_workshop(demo_file)
    publish.queue_outcome(outcome, tmp_path / "anne/outbox.sqlite")
    assert _round(anne, tmp_path / "anne").sent == 1
    changed = dataclasses.replace(outcome, services=outcome.services[:1])
    publish.queue_outcome(changed, tmp_path / "bo/outbox.sqlite")
    refused = _round(bo, tmp_path / "bo")
    assert refused.sent == 0 and refused.pulled == 0  # the rest of the round went on
    anne_role = str(make_url(anne).username)
    assert refused.error is not None
    assert f"af »{anne_role}«" in refused.error and "127.0.0.1" in refused.error
    assert _counts(admin_url)["services"] == len(outcome.services)  # Anne's, untouched
    with admin.connected(admin_url) as conn:
        assert set(conn.execute(select(s.outcomes.c.owner)).scalars()) == {anne_role}
    # Settled: not retried (and refused again) by every later round.
    assert _pending(tmp_path / "bo") == 0
    assert _round(bo, tmp_path / "bo") == sync.SyncResult(sent=0, pulled=0)


def test_a_reader_cannot_publish_an_outcome_and_it_stays_in_the_outbox(
    admin_url: str, make_login: MakeLogin, demo_file: Path, tmp_path: Path
) -> None:
    admin.init_library(admin_url)
    reader = make_login(s.READER)
    publish.queue_outcome(publish.read_workshop(demo_file), tmp_path / "outbox.sqlite")
    result = _round(reader, tmp_path)
    assert result.sent == 0 and result.error is not None and "tillader ikke" in result.error
    assert _counts(admin_url)["outcomes"] == 0
    assert _pending(tmp_path) == 1


def _app_proposals(demo_file: Path) -> list[dict[str, str]]:
    """The agreed terms as the glossary's Del med biblioteket… proposes them."""
    from desktop.ui.glossary_tab.library_actions import agreed_payloads

    doc = open_document(demo_file, read_only=True)
    try:
        with doc.session() as session:
            return agreed_payloads(session)
    finally:
        doc.close(save=False)


@pytest.mark.parametrize("first", ["app", "cli"])
def test_the_app_and_the_cli_propose_a_workshop_term_as_one_proposal(
    first: str, admin_url: str, contributor: str, demo_file: Path, tmp_path: Path
) -> None:
    terms = len(publish.read_workshop(demo_file).terms)
    payloads = _app_proposals(demo_file)
    assert len(payloads) == terms > 0

    def by_app() -> int:
        sync.queue_terms(payloads, tmp_path / "outbox.sqlite")
        return _round(contributor, tmp_path).sent

    def by_cli() -> int:
        return publish.publish_workshop(contributor, demo_file).proposals_new

    routes = [by_app, by_cli] if first == "app" else [by_cli, by_app]
    assert routes[0]() == terms
    routes[1]()
    assert _counts(admin_url)["proposals"] == terms  # one each, not two
    with admin.connected(admin_url) as conn:
        ids = {str(i) for i in conn.execute(select(s.term_proposals.c.id)).scalars()}
    with Outbox(tmp_path / "outbox.sqlite") as box:
        assert {e.id for e in box.all_entries()} == ids
    if first == "cli":  # the server had them already: the app's new entries add nothing
        assert publish.publish_workshop(contributor, demo_file).proposals_known == terms
