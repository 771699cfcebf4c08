"""Which organisation library this laptop uses: server, port, database, user and TLS, kept in
the app's settings file (storage.settings, key "library"). No library is the default. Never a
password: that lives in the operating system's credential store (credentials.py)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from desktop.storage import settings as app_settings

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "tvaers"
# libpq's sslmode values Tværs accepts ("auto": the rule below). Any host but this computer
# always gets verify-full (connection.py), whatever is stored here.
TLS_MODES = ("auto", "verify-full", "require", "prefer", "disable")
# How the user logs in: "password" (kept in the OS credential store) or "sso", the
# organisation's single sign-on through libpq's GSSAPI (Kerberos): no password asked or kept.
LOGINS = ("password", "sso")
# Words that never belong in the settings: a password given by mistake is dropped, not stored.
_SECRET_KEYS = ("password", "passwd", "secret", "sslpassword")


@dataclass(frozen=True)
class LibrarySettings:
    host: str
    user: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    tls_mode: str = "auto"  # verify-full for a server elsewhere, prefer on this computer
    ca_file: str = ""  # the CA that signed the server's certificate; "" is the system's
    login: str = "password"  # or "sso" (GSSAPI/Kerberos through libpq)
    krbsrvname: str = ""  # the server's Kerberos service name; "" is libpq's ("postgres")

    @property
    def key(self) -> str:
        """user@host:port/db: the name of this library's password in the credential store."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def from_dict(data: dict[str, object] | None) -> LibrarySettings | None:
    """The settings stored, or None when none (or no usable ones) are."""
    if not data:
        return None
    host, user = data.get("host"), data.get("user")
    if not isinstance(host, str) or not host.strip() or not isinstance(user, str):
        return None
    port = data.get("port", DEFAULT_PORT)
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        port = DEFAULT_PORT
    database = data.get("database", DEFAULT_DATABASE)
    if not isinstance(database, str) or not database.strip():
        database = DEFAULT_DATABASE
    tls_mode = data.get("tls_mode", "auto")
    ca_file = data.get("ca_file", "")
    login = data.get("login", "password")
    krbsrvname = data.get("krbsrvname", "")
    return LibrarySettings(
        host=host.strip(),
        user=user.strip(),
        port=port,
        database=database.strip(),
        tls_mode=tls_mode if tls_mode in TLS_MODES else "auto",
        ca_file=ca_file if isinstance(ca_file, str) else "",
        login=login if login in LOGINS else "password",
        krbsrvname=krbsrvname.strip() if isinstance(krbsrvname, str) else "",
    )


def load_library() -> LibrarySettings | None:
    """The library this laptop uses; None is no library (the default)."""
    return from_dict(app_settings.load_settings().library)


def save_library(library: LibrarySettings | None) -> None:
    """Keep `library` (None: no library) in the settings file, the rest of it unchanged."""
    prefs = app_settings.load_settings()
    if library is None:
        prefs.library = None
    else:
        data = asdict(library)
        for word in _SECRET_KEYS:  # never, even if a later field is named so by mistake
            data.pop(word, None)
        prefs.library = data
    app_settings.save_settings(prefs)
