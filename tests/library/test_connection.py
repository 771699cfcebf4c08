"""The rules for connecting to the library, checked on the arguments built (no server needed;
test_connection_server.py connects to the suite's own PostgreSQL)."""

from __future__ import annotations

import psycopg
import pytest

from desktop.library import connection
from desktop.library.connection import (
    CertificateError,
    NoDatabaseError,
    UnreachableError,
    WrongPasswordError,
    connection_arguments,
)
from desktop.library.settings import LibrarySettings

REMOTE = LibrarySettings(host="bibliotek.kommune.dk", user="anna")


@pytest.mark.parametrize("mode", ["auto", "disable", "prefer", "require", "verify-full"])
@pytest.mark.parametrize("host", ["bibliotek.kommune.dk", "10.0.0.5", "192.168.1.2", "fe80::1"])
def test_any_other_host_gets_tls_with_the_certificate_verified(host: str, mode: str) -> None:
    args = connection_arguments(LibrarySettings(host=host, user="u", tls_mode=mode), "pw")
    assert args.params["sslmode"] == "verify-full"


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST", "127.0.0.1", "::1", "/run/pg"])
def test_this_computer_may_go_without_tls(host: str) -> None:
    assert (
        connection_arguments(LibrarySettings(host=host, user="u"), "pw").params["sslmode"]
        == "prefer"
    )
    chosen = LibrarySettings(host=host, user="u", tls_mode="disable")
    assert connection_arguments(chosen, "pw").params["sslmode"] == "disable"


def test_the_ca_file_is_used_to_verify_the_server() -> None:
    library = LibrarySettings(host="bibliotek.kommune.dk", user="u", ca_file="/etc/ca.pem")
    assert connection_arguments(library, None).params["sslrootcert"] == "/etc/ca.pem"
    # Without one, the computer's trusted CAs (libpq 16+), not libpq's ~/.postgresql/root.crt.
    assert connection_arguments(REMOTE, None).params["sslrootcert"] == "system"
    local = LibrarySettings(host="localhost", user="u")
    assert "sslrootcert" not in connection_arguments(local, None).params


def test_timeout_application_name_and_the_server_fields() -> None:
    args = connection_arguments(
        LibrarySettings(host="db.kommune.dk", user="anna", port=6432, database="bib"), "pw"
    )
    assert args.params["connect_timeout"] == 5
    assert args.params["application_name"] == "Tvaers"  # the server keeps ASCII only
    assert (args.params["host"], args.params["port"]) == ("db.kommune.dk", 6432)
    assert (args.params["dbname"], args.params["user"]) == ("bib", "anna")


def test_the_password_is_a_parameter_never_in_the_url_or_repr() -> None:
    args = connection_arguments(REMOTE, "Hemmelig:@/kode")
    assert args.params["password"] == "Hemmelig:@/kode"
    assert args.connect_args["password"] == "Hemmelig:@/kode"
    assert args.sqlalchemy_url == "postgresql+psycopg://"
    assert "Hemmelig" not in repr(args) and "Hemmelig" not in str(args)
    assert "Hemmelig" not in args.described
    assert "password" not in connection_arguments(REMOTE, None).params


def test_the_engine_url_carries_no_secret() -> None:
    engine = connection.create_engine(connection_arguments(REMOTE, "Hemmelig"))
    try:
        assert "Hemmelig" not in str(engine.url)
        assert "Hemmelig" not in engine.url.render_as_string(hide_password=False)
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            'connection failed: FATAL:  password authentication failed for user "anna"',
            WrongPasswordError,
        ),
        ("connection failed: fe_sendauth: no password supplied", WrongPasswordError),
        (
            'connection failed: server certificate for "x" does not match host name "y"',
            CertificateError,
        ),
        ("connection failed: SSL error: certificate verify failed", CertificateError),
        ("connection failed: timeout expired", UnreachableError),
        ("connection failed: Connection refused\n\tIs the server running", UnreachableError),
        ('could not translate host name "nowhere" to address', UnreachableError),
        ('connection failed: FATAL:  database "bib" does not exist', NoDatabaseError),
    ],
)
def test_failures_are_explained_in_plain_words(
    message: str, kind: type[connection.ConnectionProblem]
) -> None:
    problem = connection.explain(psycopg.OperationalError(message), REMOTE)
    assert type(problem) is kind
    assert "bibliotek.kommune.dk" in problem.message("da")
    assert "bibliotek.kommune.dk" in problem.message("en")
