"""The suite's own PostgreSQL answers on loopback, and refuses a wrong password."""

from __future__ import annotations

import psycopg
import pytest

from tests.library.conftest import PgServer


def test_server_answers_on_loopback(pg_server: PgServer) -> None:
    with pg_server.connect() as conn:
        row = conn.execute("SHOW server_version_num").fetchone()
        listen = conn.execute("SHOW listen_addresses").fetchone()
    assert row is not None and int(str(row[0])) >= 130000
    assert listen == ("127.0.0.1",)


def test_wrong_password_is_refused(pg_server: PgServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(
            host=pg_server.host,
            port=pg_server.port,
            user=pg_server.superuser,
            password="wrong",
            dbname="postgres",
            connect_timeout=5,
        )
