"""TLS and single sign-on against real servers: a PostgreSQL of the test's own with TLS on,
its certificate made here by a CA of the test's own (the `cryptography` package). A name the
certificate does not carry, or a CA the computer does not trust, is the plain certificate
sentence and nothing is sent; the right CA file connects with verify-full. Single sign-on
sends no password and is refused plainly by a server that asks for one."""

from __future__ import annotations

import datetime as dt
import ipaddress
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import func, select

from desktop.library import admin, sync
from desktop.library import server_schema as s
from desktop.library.connection import (
    CertificateError,
    SingleSignOnError,
    check_connection,
    connection_arguments,
    login_password,
)
from desktop.library.credentials import NoCredentialStoreError
from desktop.library.outbox import Outbox
from desktop.library.settings import LibrarySettings, from_dict
from tests.library.conftest import LocalCluster, PgServer

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

DATABASE = "tls"


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def make_ca_and_server_cert() -> tuple[bytes, bytes, bytes]:
    """(CA certificate, server certificate, server key) as PEM: the organisation's internal
    CA, and a server certificate for 127.0.0.1 only (no "localhost" in it)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Kommunens interne CA (test)"))
        .issuer_name(_name("Kommunens interne CA (test)"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(_name("bibliotek-test"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    return ca.public_bytes(pem), server.public_bytes(pem), _pem_key(key)


class TlsLibrary:
    def __init__(self, cluster: LocalCluster, ca_file: Path) -> None:
        self.server: PgServer = cluster.server
        self.ca_file = ca_file
        with self.server.connect() as conn:
            conn.execute(f'CREATE DATABASE "{DATABASE}"')  # type: ignore[arg-type]
        self.admin_url = self.server.url(DATABASE)

    def settings(self, host: str, **changes: object) -> LibrarySettings:
        fields: dict[str, object] = {
            "host": host,
            "port": self.server.port,
            "user": self.server.superuser,
            "database": DATABASE,
            "tls_mode": "verify-full",  # this computer: chosen, as a server elsewhere gets it
            "ca_file": str(self.ca_file),
        }
        fields.update(changes)
        return LibrarySettings(**fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def tls_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsLibrary]:
    ca, cert, key = make_ca_and_server_cert()
    folder = tmp_path_factory.mktemp("tls")
    ca_file = folder / "kommune-ca.pem"
    ca_file.write_bytes(ca)
    cluster = LocalCluster(
        "-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key",
        files={"server.crt": cert, "server.key": key},
    )
    try:
        cluster.start()
        yield TlsLibrary(cluster, ca_file)
    finally:
        cluster.remove()


def test_the_right_ca_file_connects_with_verify_full(tls_library: TlsLibrary) -> None:
    library = tls_library.settings("127.0.0.1")
    arguments = connection_arguments(library, tls_library.server.password)
    assert arguments.params["sslmode"] == "verify-full"
    assert arguments.params["sslrootcert"] == str(tls_library.ca_file)
    assert int(check_connection(library, tls_library.server.password).server_version[:2]) >= 13
    with psycopg.connect(**arguments.params) as conn:  # type: ignore[arg-type]
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        assert conn.info.pgconn.ssl_in_use
    assert row == (True,)


def test_a_name_the_certificate_does_not_carry_is_refused_and_nothing_is_sent(
    tls_library: TlsLibrary, tmp_path: Path
) -> None:
    """ "localhost" reaches the same server, but its certificate is for 127.0.0.1 only."""
    admin.init_library(tls_library.admin_url)
    library = tls_library.settings("localhost")
    with pytest.raises(CertificateError) as caught:
        check_connection(library, tls_library.server.password)
    assert caught.value.message("da").startswith("Serverens certifikat passer ikke til localhost")
    outbox = tmp_path / "outbox.sqlite"
    workshop = str(uuid.UUID(int=5))
    sync.queue_terms(
        [sync.term_payload({"side": "kommune", "term": "Borger"}, workshop, "W", "")], outbox
    )
    result = sync.sync_round(
        library,
        tls_library.server.password,
        lang="en",
        outbox_path=outbox,
        cache_path=tmp_path / "cache.sqlite",
    )
    assert result.sent == 0 and result.pulled is None
    assert result.error is not None and "certificate does not match localhost" in result.error
    assert tls_library.server.password not in result.error
    with Outbox(outbox) as box:
        assert box.pending_count() == 1  # kept, nothing sent
    with admin.connected(tls_library.admin_url) as conn:
        count = conn.execute(select(func.count()).select_from(s.term_proposals)).scalar()
    assert count == 0


def test_a_ca_the_computer_does_not_trust_is_refused(tls_library: TlsLibrary) -> None:
    """Without IT's CA file the computer's own trusted CAs are used (sslrootcert=system),
    and they never signed the test's internal CA."""
    library = tls_library.settings("127.0.0.1", ca_file="")
    assert connection_arguments(library, None).params["sslrootcert"] == "system"
    with pytest.raises(CertificateError):
        check_connection(library, tls_library.server.password)


def test_tls_is_not_skipped_when_the_server_offers_it(tls_library: TlsLibrary) -> None:
    """On this computer without a chosen mode (prefer), the server's TLS is still used."""
    library = tls_library.settings("127.0.0.1", tls_mode="auto", ca_file="")
    arguments = connection_arguments(library, tls_library.server.password)
    assert arguments.params["sslmode"] == "prefer"
    with psycopg.connect(**arguments.params) as conn:  # type: ignore[arg-type]
        assert conn.info.pgconn.ssl_in_use


# --- single sign-on (GSSAPI/Kerberos through libpq) -------------------------------------


def test_single_sign_on_sends_no_password_and_keeps_tls_in_charge() -> None:
    library = from_dict(
        {"host": "bibliotek.kommune.dk", "user": "anna", "login": "sso", "krbsrvname": "pgsql"}
    )
    assert library is not None and library.login == "sso"
    params = connection_arguments(library, "a-password-by-mistake").params
    assert "password" not in params
    assert params["require_auth"] == "gss"  # libpq refuses to answer a password request
    assert params["krbsrvname"] == "pgsql"
    assert params["gssencmode"] == "disable"  # else libpq would prefer it to TLS
    assert params["sslmode"] == "verify-full"
    password = LibrarySettings(host="bibliotek.kommune.dk", user="anna")
    assert connection_arguments(password, "pw").params["gssencmode"] == "disable"
    assert "require_auth" not in connection_arguments(password, "pw").params
    assert from_dict({"host": "h", "user": "u", "login": "magic"}).login == "password"  # type: ignore[union-attr]


def test_single_sign_on_against_a_server_that_asks_for_a_password_is_a_plain_sentence(
    pg_server: PgServer,
) -> None:
    """The suite's server has no Kerberos: it asks for a password, which single sign-on
    never gives, and the person is told to log on to the network or ask IT."""
    library = LibrarySettings(
        host=pg_server.host,
        port=pg_server.port,
        user=pg_server.superuser,
        database="postgres",
        login="sso",
    )
    with pytest.raises(SingleSignOnError) as caught:
        check_connection(library, pg_server.password)
    assert "single sign-on" in caught.value.message("da")
    assert "127.0.0.1" in caught.value.message("en")


def test_single_sign_on_never_asks_the_password_store() -> None:
    """No credential store is needed for single sign-on (keyring is not even asked)."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        sso = LibrarySettings(host="bibliotek.kommune.dk", user="anna", login="sso")
        assert login_password(sso) is None
        with pytest.raises(NoCredentialStoreError):
            login_password(LibrarySettings(host="bibliotek.kommune.dk", user="anna"))
    finally:
        keyring.set_keyring(before)
