"""Publishing a workshop to the real server: idempotent, all or nothing, and pulled back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, text, update
from sqlalchemy.engine import make_url

from desktop.library import admin, publish
from desktop.library import server_schema as s
from desktop.library.errors import LibraryPermissionDenied, LibraryUnreachable, OutcomeOfAnother
from desktop.storage.demo_file import write_demo
from tests.library.conftest import PgServer

MakeLogin = Callable[[str], str]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.tvaers"
    write_demo(path)
    return path


def _counts(url: str) -> dict[str, int]:
    status = admin.library_status(url)
    return {name: status.counts[name] for name in ("term_proposals", *publish_tables())}


def publish_tables() -> tuple[str, ...]:
    return ("workshop_outcomes", "outcome_services", "outcome_decisions")


def test_the_demo_has_what_a_publish_needs(demo_file: Path) -> None:
    outcome = publish.read_workshop(demo_file)
    assert outcome.terms and outcome.services and outcome.decisions
    flat = repr(outcome)
    assert "@" not in flat  # no participant's e-mail
    assert {d["signoff_state"] for d in outcome.decisions} <= {
        "approved",
        "changed_after_approval",
        "changes_requested",
        "rejected",
        "unsigned",
    }


def test_publishing_twice_leaves_no_duplicate(
    admin_url: str, make_login: MakeLogin, demo_file: Path
) -> None:
    admin.init_library(admin_url)
    url = make_login(s.CONTRIBUTOR)
    outcome = publish.read_workshop(demo_file)
    first = publish.publish_workshop(url, demo_file)
    assert first == publish.Published(len(outcome.terms), 0, "new")
    once = _counts(url)
    assert once == {
        "term_proposals": len(outcome.terms),
        "workshop_outcomes": 1,
        "outcome_services": len(outcome.services),
        "outcome_decisions": len(outcome.decisions),
    }
    again = publish.publish_workshop(url, demo_file)
    assert again == publish.Published(0, len(outcome.terms), "unchanged")
    assert _counts(url) == once


def test_a_connection_killed_inside_a_publish_leaves_nothing_and_a_retry_completes(
    pg_server: PgServer, library_db: str, admin_url: str, make_login: MakeLogin, demo_file: Path
) -> None:
    admin.init_library(admin_url)
    url = make_login(s.CONTRIBUTOR)

    def kill(conn: Connection) -> None:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with pg_server.connect(library_db) as killer:
            killer.execute("SELECT pg_terminate_backend(%s)", (pid,))

    with pytest.raises(LibraryUnreachable):
        publish.publish_workshop(url, demo_file, before_commit=kill)
    assert set(_counts(url).values()) == {0}  # nothing half-written
    retried = publish.publish_workshop(url, demo_file)
    assert retried.outcome == "new" and retried.proposals_known == 0
    assert _counts(url)["outcome_services"] == len(publish.read_workshop(demo_file).services)


def test_approved_terms_are_pulled_back(
    admin_url: str, make_login: MakeLogin, demo_file: Path
) -> None:
    admin.init_library(admin_url)
    contributor = make_login(s.CONTRIBUTOR)
    steward = make_login(s.STEWARD)
    publish.publish_workshop(contributor, demo_file)
    assert publish.pull_terms(contributor) == []
    engine = admin.make_engine(steward)
    with engine.connect() as conn:
        ids = conn.execute(select(s.term_proposals.c.id)).scalars().all()
    engine.dispose()
    for proposal_id in ids:
        assert admin.approve_proposal(steward, proposal_id) == "approved"
    pulled = publish.pull_terms(make_login(s.READER))
    outcome = publish.read_workshop(demo_file)
    assert sorted(t.term for t in pulled) == sorted(t["term"] for t in outcome.terms)
    assert {t.origin_workshop_title for t in pulled} == {outcome.workshop["title"]}


def test_a_reader_cannot_publish(admin_url: str, make_login: MakeLogin, demo_file: Path) -> None:
    admin.init_library(admin_url)
    with pytest.raises(LibraryPermissionDenied):
        publish.publish_workshop(make_login(s.READER), demo_file)
    assert admin.library_status(admin_url).counts["term_proposals"] == 0


def _outcome_changed_since(admin_url: str) -> set[str]:
    """As if the workshop had changed since it was published; the owners of its rows."""
    engine = admin.make_engine(admin_url)
    with engine.begin() as conn:
        conn.execute(update(s.outcomes).values(content_hash="older"))
        owners = set(conn.execute(select(s.outcomes.c.owner)).scalars())
        owners |= set(conn.execute(select(s.services.c.owner)).scalars())
    engine.dispose()
    return owners


def test_an_outcome_is_replaced_only_by_its_publisher_or_a_steward(
    admin_url: str, make_login: MakeLogin, demo_file: Path
) -> None:
    admin.init_library(admin_url)
    anne, bo, steward = (make_login(group) for group in (s.CONTRIBUTOR, s.CONTRIBUTOR, s.STEWARD))
    anne_role = make_url(anne).username
    publish.publish_workshop(anne, demo_file)
    _outcome_changed_since(admin_url)
    with pytest.raises(OutcomeOfAnother, match=str(anne_role)):
        publish.publish_workshop(bo, demo_file)
    assert _counts(admin_url)["outcome_services"] == len(publish.read_workshop(demo_file).services)
    assert publish.publish_workshop(steward, demo_file).outcome == "replaced"
    assert publish.publish_workshop(anne, demo_file).outcome == "unchanged"
    assert _outcome_changed_since(admin_url) == {anne_role}  # still Anne's
    assert publish.publish_workshop(anne, demo_file).outcome == "replaced"
