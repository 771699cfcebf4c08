"""`tvaers library init|status URL` run as IT runs it, in a fresh process, against the real
server: exit codes, one plain sentence on stderr, no traceback, never the password."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core import starter_vocabularies
from desktop.library import admin
from tests.library.conftest import PgServer
from tests.library.test_admin import make_newer


def tvaers(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        cwd=Path(__file__).parent,
    )


def _no_trace(result: subprocess.CompletedProcess[str], *secrets: str) -> None:
    assert "Traceback" not in result.stderr
    for secret in secrets:
        assert secret not in result.stdout + result.stderr


def test_init_then_status(pg_server: PgServer, library_db: str, admin_url: str) -> None:
    head, _known = admin.known_revisions()
    # The password from PGPASSWORD, as IT should give it: not in the URL.
    url = f"postgresql://{pg_server.superuser}@127.0.0.1:{pg_server.port}/{library_db}"
    env = {"PGPASSWORD": pg_server.password}
    empty = tvaers("library", "status", url, "--lang", "en", env=env)
    assert empty.returncode == 10, empty.stderr
    assert "not a library yet" in empty.stderr
    starter = starter_vocabularies.available()
    first_content = (
        f"Første indhold: {sum(len(v.terms) for v in starter)} begreber fra {len(starter)} "
        "af Tværs' startordforråd (med deres kilder).",
        "Startordforrådene er i biblioteket i forvejen; intet er ændret.",
    )
    for again in range(2):
        init = tvaers("library", "init", url, "--lang", "da", env=env)
        assert init.returncode == 0, init.stderr
        assert f"skemaversion {head}" in init.stdout
        assert first_content[again] in init.stdout  # the starter vocabularies once
    status = tvaers("library", "status", url, "--lang", "en", env=env)
    assert status.returncode == 0, status.stderr
    assert f"Schema version: {head} (this Tværs: {head})" in status.stdout
    assert f"terms: {sum(len(v.terms) for v in starter)}" in status.stdout
    _no_trace(status, pg_server.password)


def test_wrong_password(pg_server: PgServer, library_db: str) -> None:
    url = pg_server.url(library_db, password="not-the-Password-42")
    result = tvaers("library", "status", url, "--lang", "da")
    assert result.returncode == 9, result.stderr
    assert "afviste login som »tvaers_test«" in result.stderr
    _no_trace(result, "not-the-Password-42")


def test_unreachable_port(pg_server: PgServer) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    url = f"postgresql://someone:secret-word-77@127.0.0.1:{free}/lib"
    result = tvaers("library", "init", url, "--lang", "en")
    assert result.returncode == 8, result.stderr
    assert f"The library at 127.0.0.1:{free}/lib cannot be reached" in result.stderr
    _no_trace(result, "secret-word-77")


def test_schema_from_a_newer_tvaers(admin_url: str) -> None:
    make_newer(admin_url, "0999")
    for action in ("status", "init"):
        result = tvaers("library", action, admin_url, "--lang", "en")
        assert result.returncode == 10, result.stderr
        assert "schema version 0999, newer than this Tværs knows" in result.stderr
        _no_trace(result)


def test_usage_error_and_a_url_that_is_not_postgresql() -> None:
    assert tvaers("library", "status").returncode == 1
    result = tvaers("library", "status", "mysql://a@b/c", "--lang", "en")
    assert result.returncode == 8
    assert "cannot be read" in result.stderr
    _no_trace(result)


def test_a_remote_host_gets_verified_tls() -> None:
    url = admin.library_url("postgresql://it@bibliotek.kommune.dk/tvaers")
    assert url.query["sslmode"] == "verify-full"
    assert "sslmode" not in admin.library_url("postgresql://it@localhost/tvaers").query


def test_publish_twice_then_pull(
    admin_url: str, make_login: Callable[[str], str], tmp_path: Path
) -> None:
    from desktop.library import server_schema as s
    from desktop.storage.demo_file import write_demo

    demo = tmp_path / "demo.tvaers"
    write_demo(demo)
    admin.init_library(admin_url)
    url = make_login(s.CONTRIBUTOR)
    first = tvaers("library", "publish", str(demo), "--url", url, "--lang", "en")
    assert first.returncode == 0, first.stderr
    assert "the outcome is new" in first.stdout
    again = tvaers("library", "publish", str(demo), "--url", url, "--lang", "da")
    assert again.returncode == 0, again.stderr
    assert "0 nye forslag" in again.stdout and "resultatet er uændret" in again.stdout
    pulled = tvaers("library", "pull", "--url", url)
    assert (pulled.returncode, pulled.stdout) == (0, "")  # nothing approved yet
    not_a_workshop = tmp_path / "x.tvaers"
    not_a_workshop.write_text("hello", encoding="utf-8")
    refused = tvaers("library", "publish", str(not_a_workshop), "--url", url, "--lang", "en")
    assert refused.returncode == 2, refused.stderr
    _no_trace(refused)


def test_pulled_text_reaches_the_terminal_without_control_characters() -> None:
    from desktop.library.commands import printable

    assert printable("ok\x1b[31mred\u202eevil\ttab") == "ok\ufffd[31mred\ufffdevil\ufffdtab"
    assert printable("æøå »citat« <b>") == "æøå »citat« <b>"
