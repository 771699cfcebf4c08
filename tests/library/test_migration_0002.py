"""Migration 0002: a library made at 0001 is brought up by init with the steward's queue and
the other indexes of docs/SCALING.md, and afterwards only the library's roles may connect."""

from __future__ import annotations

import secrets
from collections.abc import Callable

import psycopg
import pytest
from alembic import command
from sqlalchemy import text

from desktop.library import admin
from desktop.library.commands import EXIT_REFUSED, exit_code
from desktop.library.errors import LibraryNoAccess
from tests.library.conftest import PgServer

MakeLogin = Callable[[str], str]

NEW_INDEXES = {
    "terms_published",
    "terms_counterpart",
    "term_proposals_queue",
    "term_proposals_workshop",
}


def _indexes(pg_server: PgServer, db: str) -> set[str]:
    with pg_server.connect(db) as conn:
        return {
            str(r[0])
            for r in conn.execute(
                "SELECT indexname FROM pg_indexes WHERE schemaname = 'tvaers_library'"
            )
        }


def test_a_library_at_0001_is_upgraded_by_init(
    pg_server: PgServer, library_db: str, admin_url: str
) -> None:
    with admin.connected(admin_url) as conn:
        conn.execute(text("CREATE SCHEMA tvaers_library"))
        command.upgrade(admin._alembic_config(conn), "0001")
    assert not NEW_INDEXES & _indexes(pg_server, library_db)
    assert admin.library_status(admin_url).state == "behind"
    assert admin.init_library(admin_url) == "0002"
    assert _indexes(pg_server, library_db) >= NEW_INDEXES
    assert admin.library_status(admin_url).state == "current"


def test_the_steward_queue_reads_the_partial_index(
    pg_server: PgServer, library_db: str, admin_url: str
) -> None:
    admin.init_library(admin_url)
    with pg_server.connect(library_db) as conn:
        conn.execute("SET enable_seqscan = off")
        plan = "\n".join(
            str(r[0])
            for r in conn.execute(
                "EXPLAIN SELECT id FROM tvaers_library.term_proposals "
                "WHERE state IN ('proposed', 'disputed') ORDER BY proposed_at LIMIT 50"
            )
        )
    assert "term_proposals_queue" in plan


def test_only_the_library_roles_may_connect(
    pg_server: PgServer, library_db: str, admin_url: str, make_login: MakeLogin
) -> None:
    stranger = f"u_{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(12)
    with pg_server.connect() as conn:
        conn.execute(f"CREATE ROLE {stranger} LOGIN PASSWORD '{password}'")  # type: ignore[arg-type]
    try:
        stranger_url = pg_server.url(library_db, user=stranger, password=password)
        with psycopg.connect(stranger_url.replace("+psycopg", "")):
            pass  # before init, PUBLIC may connect, as PostgreSQL makes every database
        admin.init_library(admin_url)
        with pytest.raises(LibraryNoAccess) as refused:
            admin.library_status(stranger_url)
        assert exit_code(refused.value) == EXIT_REFUSED
        said = refused.value.message("da")
        assert f"lukker ikke »{stranger}« ind" in said and "tvaers_contributor" in said
        assert password not in said
        for group in ("tvaers_reader", "tvaers_contributor", "tvaers_steward"):
            assert admin.library_status(make_login(group)).state == "current"
    finally:
        with pg_server.connect() as conn:
            conn.execute(f"DROP ROLE IF EXISTS {stranger}")  # type: ignore[arg-type]
