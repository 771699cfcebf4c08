"""init_library and library_status against the suite's real PostgreSQL: schema, roles,
grants and row-level security are the server's, so the refusals here come from PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import ProgrammingError

from desktop.library import admin
from desktop.library import server_schema as s
from desktop.library.errors import LibraryNewerSchema
from tests.library.conftest import PgServer

MakeLogin = Callable[[str], str]


def _proposal(term: str, **extra: object) -> dict[str, object]:
    content = {"term": term, "explanation": f"{term} forklaret", **extra}
    return {"id": uuid.uuid4(), **content, "content_hash": s.content_hash(content)}


def test_init_creates_schema_and_roles_and_is_idempotent(
    pg_server: PgServer, library_db: str, admin_url: str
) -> None:
    head, _known = admin.known_revisions()
    assert admin.library_status(admin_url).state == "empty"
    assert admin.init_library(admin_url) == head
    assert admin.init_library(admin_url) == head  # twice is fine
    with pg_server.connect(library_db) as conn:
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'tvaers_library'"
            )
        }
        roles = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles")}
        rls = dict(
            conn.execute(
                "SELECT relname, relrowsecurity FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE nspname = 'tvaers_library' AND relkind = 'r'"
            ).fetchall()
        )
    assert {t.name for t in s.metadata.tables.values()} | {"alembic_version"} == tables
    assert set(s.ROLES) <= roles
    assert all(rls[t] for t in s.OWNED_TABLES)
    status = admin.library_status(admin_url)
    assert (status.state, status.revision, status.known) == ("current", head, head)
    assert status.counts["terms"] == 0 and status.counts["term_proposals.proposed"] == 0


def test_reader_cannot_write(admin_url: str, make_login: MakeLogin) -> None:
    admin.init_library(admin_url)
    reader = admin.make_engine(make_login(s.READER))
    try:
        with reader.connect() as conn:
            assert conn.execute(select(s.terms)).all() == []
            with pytest.raises(ProgrammingError) as refused:
                conn.execute(insert(s.term_proposals).values(**_proposal("Borger")))
            assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
    finally:
        reader.dispose()


def test_contributor_changes_only_their_own_proposals(
    admin_url: str, make_login: MakeLogin
) -> None:
    admin.init_library(admin_url)
    alice = admin.make_engine(make_login(s.CONTRIBUTOR))
    bob = admin.make_engine(make_login(s.CONTRIBUTOR))
    mine = _proposal("Borger")
    try:
        with alice.begin() as conn:
            conn.execute(insert(s.term_proposals).values(**mine))
        with bob.begin() as conn:
            # Bob sees Alice's proposal, but his UPDATE and DELETE reach no row of hers (RLS).
            assert conn.execute(select(s.term_proposals.c.owner)).scalar_one() != "bob"
            changed = conn.execute(
                update(s.term_proposals)
                .values(explanation="Bobs tekst")
                .where(s.term_proposals.c.id == mine["id"])
            )
            deleted = conn.execute(
                text("DELETE FROM tvaers_library.term_proposals WHERE id = :id"),
                {"id": mine["id"]},
            )
            assert (changed.rowcount, deleted.rowcount) == (0, 0)
            # Nor may he write a row in Alice's name, nor approve anything himself.
            with pytest.raises(ProgrammingError) as refused:
                conn.execute(
                    insert(s.term_proposals).values(**_proposal("Ydelse"), owner="someone_else")
                )
            assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
        with bob.begin() as conn, pytest.raises(ProgrammingError):
            conn.execute(insert(s.term_proposals).values(**_proposal("Ydelse"), state="approved"))
        with alice.begin() as conn:
            explanation = conn.execute(select(s.term_proposals.c.explanation)).scalar_one()
            assert explanation == "Borger forklaret"
            own = conn.execute(
                update(s.term_proposals)
                .values(explanation="Alices nye tekst")
                .where(s.term_proposals.c.id == mine["id"])
            )
            assert own.rowcount == 1
            with pytest.raises(ProgrammingError):  # approving is the steward's
                conn.execute(update(s.term_proposals).values(state="approved"))
    finally:
        alice.dispose()
        bob.dispose()


def test_steward_approves_and_a_moved_term_becomes_disputed(
    admin_url: str, make_login: MakeLogin
) -> None:
    admin.init_library(admin_url)
    contributor_url = make_login(s.CONTRIBUTOR)
    steward_url = make_login(s.STEWARD)
    contributor = admin.make_engine(contributor_url)
    first = _proposal("Borger")
    try:
        with contributor.begin() as conn:
            conn.execute(insert(s.term_proposals).values(**first))
        assert admin.approve_proposal(steward_url, first["id"]) == "approved"  # type: ignore[arg-type]
        assert admin.approve_proposal(steward_url, first["id"]) == "approved"  # type: ignore[arg-type]
        with contributor.connect() as conn:
            term = conn.execute(select(s.terms)).one()
        assert (term.id, term.term, term.content_hash) == (
            first["id"],
            "Borger",
            first["content_hash"],
        )
        # Two facilitators change the same term from the same text: the later is disputed.
        one = _proposal("Borger", side="kommune")
        two = _proposal("Borger", side="leverandør")
        with contributor.begin() as conn:
            for change in (one, two):
                conn.execute(
                    insert(s.term_proposals).values(
                        **change, term_id=term.id, base_hash=term.content_hash
                    )
                )
        assert admin.approve_proposal(steward_url, one["id"]) == "approved"  # type: ignore[arg-type]
        assert admin.approve_proposal(steward_url, two["id"]) == "disputed"  # type: ignore[arg-type]
        with contributor.connect() as conn:
            disputed = conn.execute(
                select(s.term_proposals).where(s.term_proposals.c.id == two["id"])
            ).one()
            library_term = conn.execute(select(s.terms)).one()
        assert library_term.side == "kommune"  # not overwritten
        assert disputed.side == "leverandør" and disputed.other_text["side"] == "kommune"
        assert admin.library_status(steward_url).counts["term_proposals.disputed"] == 1
    finally:
        contributor.dispose()


def make_newer(admin_url: str, revision: str) -> None:
    """A library as a newer Tværs would have left it: a revision this one does not know."""
    admin.init_library(admin_url)
    engine = admin.make_engine(admin_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE tvaers_library.alembic_version SET version_num = :r"), {"r": revision}
        )
    engine.dispose()


def test_a_schema_from_a_newer_tvaers_is_refused(admin_url: str) -> None:
    make_newer(admin_url, "9999")
    assert admin.library_status(admin_url).state == "newer"
    with pytest.raises(LibraryNewerSchema, match="9999"):
        admin.init_library(admin_url)


NASTY = [
    "'; DROP TABLE tvaers_library.terms; --",
    "<b>fed</b> <script>alert(1)</script> &amp; &lt;",
    "Robert'); DELETE FROM terms WHERE ('1'='1",
    "æøå ÆØÅ »citat« \\ backslash \t tab \n ny linje $$ dollar $1 %s %(x)s {x}",
    "😀 \u202e højre-mod-venstre \u200b nul-bredde",
]


def test_terms_full_of_sql_and_markup_come_back_exactly(
    admin_url: str, make_login: MakeLogin
) -> None:
    admin.init_library(admin_url)
    contributor = admin.make_engine(make_login(s.CONTRIBUTOR))
    steward_url = make_login(s.STEWARD)
    made = [_proposal(text_, example=text_, source=text_) for text_ in NASTY]
    try:
        with contributor.begin() as conn:
            conn.execute(insert(s.term_proposals), made)
        for proposal in made:
            assert admin.approve_proposal(steward_url, proposal["id"]) == "approved"  # type: ignore[arg-type]
        with contributor.connect() as conn:
            back = {r.id: r for r in conn.execute(select(s.terms))}
        assert len(back) == len(NASTY)
        for proposal in made:
            row = back[proposal["id"]]  # type: ignore[index]
            assert (row.term, row.example, row.source) == (proposal["term"],) * 3
    finally:
        contributor.dispose()


def test_the_migrations_make_what_the_models_describe(admin_url: str) -> None:
    """The migrations are frozen SQL, the models (server_schema) what the code reads and
    writes: Alembic's comparison of the migrated database with the models finds nothing."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    admin.init_library(admin_url)
    engine = create_engine(admin_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_schemas": True, "version_table_schema": s.SCHEMA}
            )
            differences = [
                d
                for d in compare_metadata(context, s.metadata)
                if not (d[0] == "remove_table" and d[1].name == "alembic_version")
            ]
    finally:
        engine.dispose()
    assert differences == []


def test_init_puts_the_starter_vocabularies_in_once_and_keeps_a_stewards_changes(
    admin_url: str, make_login: MakeLogin
) -> None:
    """The library's first content: every starter term, in Danish with its source and the
    vocabulary it comes from; again adds nothing, and a steward's change and deletion stand."""
    from desktop.core import starter_vocabularies
    from desktop.library.starter_terms import StarterResult, add_starter_terms, starter_id

    admin.init_library(admin_url)
    vocabularies = starter_vocabularies.available()
    expected = {
        starter_id(v.key, term.term_da): (v, term) for v in vocabularies for term in v.terms
    }
    assert add_starter_terms(admin_url) == StarterResult(len(expected), len(vocabularies))
    with admin.connected(admin_url) as conn:
        rows = {r.id: r for r in conn.execute(select(s.terms))}
    assert set(rows) == set(expected)
    vocabulary, term = next(iter(expected.values()))
    row = rows[starter_id(vocabulary.key, term.term_da)]
    assert (row.side, row.term, row.explanation, row.example) == (
        vocabulary.side,
        term.term_da,
        term.explanation_da,
        term.example_da,
    )
    assert row.source == vocabulary.source_of(term, "da")  # the starter's source and date
    assert row.origin_workshop_title == f"Tværs' startordforråd: {vocabulary.title_da}"
    values = {
        name: getattr(row, name)
        for name in ("side", "term", "explanation", "example", "source", "area")
    } | {"origin_workshop_title": row.origin_workshop_title}
    assert row.content_hash == s.content_hash(values)

    # A steward changes one term and deletes another; init runs again (an upgrade).
    changed_id, deleted_id = list(rows)[:2]
    steward = admin.make_engine(make_login(s.STEWARD))
    try:
        with steward.begin() as conn:
            conn.execute(
                update(s.terms)
                .where(s.terms.c.id == changed_id)
                .values(explanation="Redaktørens tekst", content_hash="steward")
            )
            conn.execute(s.terms.delete().where(s.terms.c.id == deleted_id))
    finally:
        steward.dispose()
    admin.init_library(admin_url)
    assert add_starter_terms(admin_url) == StarterResult(0, 0)
    with admin.connected(admin_url) as conn:
        after = {r.id: r for r in conn.execute(select(s.terms))}
    assert set(after) == set(expected) - {deleted_id}
    assert after[changed_id].explanation == "Redaktørens tekst"


def test_a_starter_word_the_library_has_already_is_not_added_twice(admin_url: str) -> None:
    from desktop.core import starter_vocabularies
    from desktop.library.starter_terms import add_starter_terms

    admin.init_library(admin_url)
    vocabulary = starter_vocabularies.available()[0]
    word = vocabulary.terms[0].term_da
    with admin.connected(admin_url) as conn:  # approved from a workshop before the upgrade
        conn.execute(
            insert(s.terms).values(
                id=uuid.uuid4(), side=vocabulary.side, term=word.upper(), content_hash="w"
            )
        )
    added = add_starter_terms(admin_url).added
    with admin.connected(admin_url) as conn:
        words = list(conn.execute(select(s.terms.c.term)).scalars())
    assert [w.casefold() for w in words].count(word.casefold()) == 1
    total = sum(len(v.terms) for v in starter_vocabularies.available())
    assert added == total - 1
