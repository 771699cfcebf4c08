"""A real PostgreSQL for the library's tests: one server per test session, one database per test.

The server is Debian's `postgresql` (13 or newer): initdb makes a cluster in a temp folder,
pg_ctl starts it listening only on 127.0.0.1 (a free port) and on a Unix socket in that
folder, with password (SCRAM) logins for everyone, the tests' superuser included, so a wrong
password is refused as on a real server. It is stopped at the end of the session, also
when a test fails. Missing binaries fail the tests with a plain message: in CI they must run.
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

MIN_VERSION = 13
SUPERUSER = "tvaers_test"
INSTALL_HINT = (
    "PostgreSQL's server programs (initdb, pg_ctl; version 13 or newer) were not found. "
    "Install Debian's `postgresql` package (sudo apt-get install postgresql); "
    "the test suite starts its own server."
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Sockets only for the tests that use the server, and only to loopback (psycopg's own C
    sockets are libpq's; this keeps any Python-level socket of such a test on 127.0.0.1)."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.enable_socket)
            item.add_marker(pytest.mark.allow_hosts(["127.0.0.1"]))


def _version(bindir: Path) -> int:
    out = subprocess.run(
        [str(bindir / "pg_ctl"), "--version"], capture_output=True, text=True, check=False
    ).stdout
    match = re.search(r"(\d+)", out)
    return int(match.group(1)) if match else 0


def _candidates() -> list[Path]:
    """Where initdb and pg_ctl may be: TVAERS_PG_BINDIR alone when set; else pg_config's
    bindir, Debian's /usr/lib/postgresql/N/bin (newest first), the folder of initdb on PATH."""
    override = os.environ.get("TVAERS_PG_BINDIR")
    if override:
        return [Path(override)]
    found: list[Path] = []
    if shutil.which("pg_config"):
        out = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if out:
            found.append(Path(out))
    debian = glob.glob("/usr/lib/postgresql/*/bin")
    found += sorted(
        (Path(p) for p in debian),
        key=lambda p: int(re.sub(r"\D", "", p.parent.name) or 0),
        reverse=True,
    )
    initdb = shutil.which("initdb")
    if initdb:
        found.append(Path(initdb).resolve().parent)
    return found


def find_bindir() -> Path | None:
    """The first folder with initdb and pg_ctl of version 13 or newer."""
    for bindir in _candidates():
        tools = (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file()
        if tools and _version(bindir) >= MIN_VERSION:
            return bindir
    return None


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    superuser: str
    password: str
    socket_dir: Path

    def url(self, dbname: str, user: str | None = None, password: str | None = None) -> str:
        """A SQLAlchemy URL (psycopg 3 dialect) for TCP on 127.0.0.1."""
        who = user or self.superuser
        secret = self.password if password is None else password
        return (
            f"postgresql+psycopg://{quote(who, safe='')}:{quote(secret, safe='')}"
            f"@{self.host}:{self.port}/{dbname}"
        )

    def connect(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.superuser,
            password=self.password,
            dbname=dbname,
            autocommit=True,
            connect_timeout=10,
        )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as_server_user(args: list[str], folder: Path) -> None:
    """initdb and postgres refuse root: as root (CI containers), run them as Debian's postgres."""
    user = "postgres" if os.geteuid() == 0 else None
    if user is not None:
        shutil.chown(folder, user)
    result = subprocess.run(args, capture_output=True, text=True, check=False, user=user)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} failed:\n{result.stdout}\n{result.stderr}")


class LocalCluster:
    """A PostgreSQL cluster of its own in a temp folder, on 127.0.0.1 and a free port (kept
    across a stop and a start), password (SCRAM) logins for everyone. `options` are more
    server settings (TLS); `files` are put in the data folder, readable by the server only
    (a TLS key). The suite's server is one; a test that stops its server makes its own."""

    def __init__(self, options: str = "", files: dict[str, bytes] | None = None) -> None:
        bindir = find_bindir()
        if bindir is None:
            pytest.fail(INSTALL_HINT, pytrace=False)
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="tvaers-pg-"))
        os.chmod(self.folder, 0o755)
        self.data = self.folder / "data"
        self.data.mkdir()
        sockets = self.folder / "sock"
        sockets.mkdir()
        password = secrets.token_urlsafe(16)
        pwfile = self.folder / "pw"
        pwfile.write_text(password + "\n", encoding="utf-8")
        os.chmod(pwfile, 0o644)
        if os.geteuid() == 0:
            shutil.chown(sockets, "postgres")
        _run_as_server_user(
            [
                str(bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(pwfile),
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            self.data,
        )
        pwfile.unlink()
        for name, content in (files or {}).items():
            path = self.data / name
            path.write_bytes(content)
            os.chmod(path, 0o600)
            if os.geteuid() == 0:
                shutil.chown(path, "postgres")
        port = _free_port()
        self.options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60 " + options
        ).strip()
        self.log = self.folder / "server.log"
        if os.geteuid() == 0:
            self.log.touch()
            shutil.chown(self.log, "postgres")
        self.server = PgServer("127.0.0.1", port, SUPERUSER, password, sockets)

    def start(self) -> PgServer:
        try:
            self.pg_ctl("-o", self.options, "-l", str(self.log), "-w", "start")
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}\n{self.log.read_text(errors='replace')}") from None
        return self.server

    def stop(self, mode: str = "immediate") -> None:
        """pg_ctl stop: "immediate" is a crash (the server's processes killed at once)."""
        self.pg_ctl("-m", mode, "-w", "stop")

    def pg_ctl(self, *args: str) -> None:
        _run_as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), *args], self.data)

    def remove(self) -> None:
        """Stopped (if running) and its folder gone."""
        subprocess.run(
            [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            check=False,
            user="postgres" if os.geteuid() == 0 else None,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    cluster = LocalCluster()
    try:
        yield cluster.start()
    finally:
        cluster.remove()


_counter = iter(range(1, 1_000_000))


@pytest.fixture
def library_db(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database of this test's own; its name."""
    name = f"lib_{os.getpid()}_{next(_counter)}"
    with pg_server.connect() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    yield name
    with pg_server.connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]


@pytest.fixture
def admin_url(pg_server: PgServer, library_db: str) -> str:
    """The superuser's URL of this test's database (as IT's init script would have it)."""
    return pg_server.url(library_db)


@pytest.fixture
def make_login(pg_server: PgServer, library_db: str) -> Iterator[Callable[[str], str]]:
    """make_login(group) -> URL of a new login role in `group` (roles are cluster-wide, so
    each has a name of its own)."""
    made: list[str] = []

    def make(group: str) -> str:
        name = f"u_{secrets.token_hex(4)}"
        password = secrets.token_urlsafe(12)
        with pg_server.connect() as conn:
            conn.execute(
                f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE {group}"  # type: ignore[arg-type]
            )
        made.append(name)
        return pg_server.url(library_db, user=name, password=password)

    yield make
    with pg_server.connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{library_db}" WITH (FORCE)')  # type: ignore[arg-type]
        for name in made:
            conn.execute(f"DROP ROLE IF EXISTS {name}")  # type: ignore[arg-type]
