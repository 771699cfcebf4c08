"""One real connection to the library: the suite's own PostgreSQL (tests/library/conftest.py)
answers, a wrong password and a missing database are plain sentences, a closed port gives up
within the timeout, and no password reaches the log."""

from __future__ import annotations

import logging
import time

import psycopg
import pytest

from desktop.library.connection import (
    NoDatabaseError,
    NoTlsError,
    UnreachableError,
    WrongPasswordError,
    check_connection,
    connection_arguments,
)
from desktop.library.settings import LibrarySettings
from tests.library.conftest import PgServer


def _local(server: PgServer, **changes: object) -> LibrarySettings:
    fields: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "user": server.superuser,
        "database": "postgres",
    }
    fields.update(changes)
    return LibrarySettings(**fields)  # type: ignore[arg-type]


def test_a_real_connection_to_the_library(
    pg_server: PgServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    reached = check_connection(_local(pg_server), pg_server.password)
    assert int(reached.server_version.split(".")[0]) >= 13
    assert pg_server.password not in caplog.text
    with psycopg.connect(**connection_arguments(_local(pg_server), pg_server.password).params) as c:  # type: ignore[arg-type]
        row = c.execute("SELECT current_setting('application_name')").fetchone()
    assert row == ("Tvaers",)


def test_a_wrong_password_is_a_plain_sentence(
    pg_server: PgServer, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(WrongPasswordError) as caught:
        check_connection(_local(pg_server), "wrong-password-123")
    assert caught.value.message("da").startswith("Biblioteket på 127.0.0.1 afviste")
    assert "wrong-password-123" not in caplog.text


def test_a_missing_database_is_named(pg_server: PgServer) -> None:
    with pytest.raises(NoDatabaseError):
        check_connection(_local(pg_server, database="no_such_db"), pg_server.password)


def test_a_server_that_is_not_there_is_unreachable_within_the_timeout(
    pg_server: PgServer,
) -> None:
    closed = LibrarySettings(host="127.0.0.1", port=1, user="u", database="postgres")
    started = time.monotonic()
    with pytest.raises(UnreachableError):
        check_connection(closed, "pw")
    assert time.monotonic() - started < 6


def test_a_server_without_tls_is_refused_when_tls_is_required(pg_server: PgServer) -> None:
    """The suite's server has no TLS: with verify-full (any host but this computer gets it)
    Tværs does not connect, and says why."""
    with pytest.raises(NoTlsError) as caught:
        check_connection(_local(pg_server, tls_mode="verify-full"), pg_server.password)
    assert "TLS" in caught.value.message("da")
