"""How Tværs connects to the organisation library: from the settings and the password to the
arguments psycopg (and SQLAlchemy's `postgresql+psycopg://`) take, and a connection test whose
failures are plain sentences.

The rules: any host but this computer gets TLS with the server's certificate verified
(sslmode=verify-full, against the CA file IT gave, else the computer's trusted certificates:
sslrootcert=system, libpq 16 and newer; psycopg[binary] ships libpq 18); GSSAPI encryption is
off (gssencmode=disable), since libpq would prefer it to TLS whatever sslmode says, so TLS is
always what carries the connection; a connection gives up after CONNECT_TIMEOUT seconds; the
server sees application_name "Tvaers"; the password is a separate argument, never part of a
URL that could be logged. With single sign-on (login "sso") no password is asked or sent:
libpq logs in with the user's Kerberos ticket (require_auth=gss refuses anything else), the
server's service name krbsrvname if IT gave one."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.errors import TvaersError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desktop.library.settings import LibrarySettings

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5  # seconds
# PostgreSQL keeps only printable ASCII in application_name ("Tværs" arrives as "Tv??rs").
APPLICATION_NAME = "Tvaers"
# SQLAlchemy's URL holds nothing: host, user and password go in connect_args, so no URL
# string Tværs or SQLAlchemy writes to a log can carry a secret.
SQLALCHEMY_URL = "postgresql+psycopg://"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
SYSTEM_ROOT_CERT_LIBPQ = 160000  # sslrootcert=system: libpq 16 and newer


def _libpq_version() -> int:
    import psycopg

    return int(psycopg.pq.version())


def is_local(host: str) -> bool:
    """This computer: a loopback name or address, or a Unix socket folder."""
    host = host.strip()
    return host.lower() in LOCAL_HOSTS or host.startswith("/") or host.startswith("@")


def tls_mode(library: LibrarySettings) -> str:
    """The sslmode used: verify-full for any host but this computer, whatever is stored."""
    if not is_local(library.host):
        return "verify-full"
    return "prefer" if library.tls_mode == "auto" else library.tls_mode


@dataclass(frozen=True)
class ConnectionArguments:
    """Keyword arguments for psycopg.connect, the password among them; repr hides it."""

    params: dict[str, object] = field(repr=False)
    described: str

    def __repr__(self) -> str:
        return f"ConnectionArguments({self.described})"

    @property
    def sqlalchemy_url(self) -> str:
        return SQLALCHEMY_URL

    @property
    def connect_args(self) -> dict[str, object]:
        """For create_engine(SQLALCHEMY_URL, connect_args=...)."""
        return dict(self.params)


def login_password(library: LibrarySettings) -> str | None:
    """The password to connect with: the credential store's for a password login, None for
    single sign-on (no password store is even asked). Raises credentials' plain errors."""
    if library.login == "sso":
        return None
    from desktop.library import credentials

    return credentials.get_password(library)


def connection_arguments(
    library: LibrarySettings, password: str | None, *, timeout: int = CONNECT_TIMEOUT
) -> ConnectionArguments:
    params: dict[str, object] = {
        "host": library.host.strip(),
        "port": library.port,
        "dbname": library.database,
        "user": library.user,
        "connect_timeout": timeout,
        "application_name": APPLICATION_NAME,
        "sslmode": tls_mode(library),
    }
    if library.ca_file and params["sslmode"] != "disable":
        params["sslrootcert"] = library.ca_file
    elif params["sslmode"] == "verify-full" and _libpq_version() >= SYSTEM_ROOT_CERT_LIBPQ:
        params["sslrootcert"] = "system"  # the computer's trusted CAs, not ~/.postgresql
    params["gssencmode"] = "disable"  # TLS carries the connection, its certificate checked
    if library.login == "sso":
        params["require_auth"] = "gss"  # the Kerberos ticket; a password is never sent
        if library.krbsrvname:
            params["krbsrvname"] = library.krbsrvname
    elif password is not None:
        params["password"] = password
    return ConnectionArguments(params=params, described=f"{library.key} ({params['sslmode']})")


def create_engine(arguments: ConnectionArguments) -> Engine:
    """A SQLAlchemy engine for the library (nothing connects until it is used)."""
    import sqlalchemy

    return sqlalchemy.create_engine(
        SQLALCHEMY_URL, connect_args=arguments.connect_args, pool_pre_ping=True
    )


# --- what a failed connection means, in words a facilitator can act on -------------------


class ConnectionProblem(TvaersError):
    """The library could not be reached or refused us. `host` names the server."""


class WrongPasswordError(ConnectionProblem):
    da = (
        "Biblioteket på {host} afviste brugernavnet eller adgangskoden. Tjek dem under "
        "Indstillinger › Bibliotek…, eller spørg IT."
    )
    en = (
        "The library at {host} refused the user name or password. Check them under "
        "Settings › Library…, or ask IT."
    )


class CertificateError(ConnectionProblem):
    da = (
        "Serverens certifikat passer ikke til {host} eller kan ikke bekræftes, så Tværs "
        "forbinder ikke. Tjek servernavnet og CA-filen, eller spørg IT."
    )
    en = (
        "The server's certificate does not match {host} or cannot be verified, so Tværs does "
        "not connect. Check the server name and the CA file, or ask IT."
    )


class NoTlsError(ConnectionProblem):
    da = (
        "Serveren {host} tilbyder ikke en krypteret forbindelse (TLS), og Tværs forbinder kun "
        "krypteret til en server uden for denne computer. Bed IT om at slå TLS til på serveren."
    )
    en = (
        "The server {host} offers no encrypted connection (TLS), and Tværs connects to a "
        "server other than this computer only encrypted. Ask IT to turn TLS on at the server."
    )


class UnreachableError(ConnectionProblem):
    da = (
        "Tværs kunne ikke nå biblioteket på {host} inden for {seconds} sekunder. Tjek "
        "netværket og servernavnet. Dit arbejde gemmes på computeren imens."
    )
    en = (
        "Tværs could not reach the library at {host} within {seconds} seconds. Check the "
        "network and the server name. Your work is kept on this computer meanwhile."
    )


class NoDatabaseError(ConnectionProblem):
    da = "Serveren {host} svarer, men har ingen database ved navn »{database}«. Spørg IT."
    en = "The server {host} answers but has no database called “{database}”. Ask IT."


class SingleSignOnError(ConnectionProblem):
    da = (
        "Biblioteket på {host} lukkede dig ikke ind med organisationens single sign-on "
        "(Kerberos). Log på organisationens netværk, så computeren har din billet, eller "
        "spørg IT, om du skal bruge adgangskode i stedet."
    )
    en = (
        "The library at {host} did not let you in with the organisation's single sign-on "
        "(Kerberos). Log on to the organisation's network so the computer has your ticket, "
        "or ask IT whether you should use a password instead."
    )


class RefusedError(ConnectionProblem):
    da = "Biblioteket på {host} afviste forbindelsen: {reason}"
    en = "The library at {host} refused the connection: {reason}"


def explain(
    error: Exception, library: LibrarySettings, *, timeout: int = CONNECT_TIMEOUT
) -> ConnectionProblem:
    """The plain sentence for a psycopg error raised while connecting."""
    text = str(error)
    lowered = text.lower()
    sqlstate = getattr(error, "sqlstate", None)
    host = library.host
    sso = ("gssapi", "kerberos", "credential cache", 'requirement "gss"', "gss authentication")
    if library.login == "sso" and (sqlstate == "28000" or any(word in lowered for word in sso)):
        return SingleSignOnError(host=host)
    if sqlstate == "28P01" or "password authentication failed" in lowered:
        return WrongPasswordError(host=host)
    if "no password supplied" in lowered or "authentication failed" in lowered:
        return WrongPasswordError(host=host)
    if "does not support ssl" in lowered:
        return NoTlsError(host=host)
    if "certificate" in lowered or ("ssl" in lowered and "verify" in lowered):
        return CertificateError(host=host)
    if sqlstate == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return NoDatabaseError(host=host, database=library.database)
    reach = (
        "timeout expired",
        "connection refused",
        "could not translate host name",
        "name or service not known",
        "no route to host",
        "network is unreachable",
        "could not connect",
        "no such file or directory",
        "connection timed out",
    )
    if any(word in lowered for word in reach):
        return UnreachableError(host=host, seconds=timeout)
    # The server's own words (first line), which never hold the password.
    reason = text.strip().splitlines()[-1] if text.strip() else type(error).__name__
    return RefusedError(host=host, reason=reason[:300])


@dataclass(frozen=True)
class Reachable:
    server_version: str


def check_connection(
    library: LibrarySettings, password: str | None, *, timeout: int = CONNECT_TIMEOUT
) -> Reachable:
    """Connect once and close again: Reachable, or a ConnectionProblem raised with a plain
    sentence. Blocks for at most about `timeout` seconds: call it off the GUI thread."""
    import psycopg

    arguments = connection_arguments(library, password, timeout=timeout)
    log.info("testing the library connection to %s", arguments.described)
    try:
        with psycopg.connect(**arguments.params) as conn:  # type: ignore[arg-type]
            version = conn.info.parameter_status("server_version") or ""
    except psycopg.Error as exc:
        problem = explain(exc, library, timeout=timeout)
        log.info("library connection failed: %s", type(problem).__name__)
        raise problem from None
    return Reachable(server_version=version)
