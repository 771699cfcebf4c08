"""The suite's own PostgreSQL answers on loopback, and refuses a wrong password."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def test_without_the_server_programs_the_tests_fail_and_say_what_to_install(
    tmp_path: Path,
) -> None:
    """They must run in CI, never skip: no initdb/pg_ctl is a failure with the remedy."""
    here = Path(__file__)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            f"{here}::test_server_answers_on_loopback",
        ],
        env={**os.environ, "TVAERS_PG_BINDIR": str(tmp_path)},
        cwd=here.parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stdout
    assert "1 error" in result.stdout and "skipped" not in result.stdout
    assert "Install Debian's `postgresql` package" in result.stdout
