"""The library password, kept in the operating system's credential store through `keyring`
(Windows Credential Manager, macOS Keychain, Secret Service on Linux). Never in a file of
ours: with no credential store, Tværs says what to do instead of writing the password down."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from desktop.core.errors import TvaersError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from desktop.library.settings import LibrarySettings

log = logging.getLogger(__name__)

SERVICE = "Tværs bibliotek"


class NoCredentialStoreError(TvaersError):
    da = (
        "Computeren har ikke et sted at gemme adgangskoder sikkert, så Tværs kan ikke huske "
        "adgangskoden til biblioteket. På Linux: installér og start en nøglering (fx GNOME "
        "Keyring eller KWallet, som bruger Secret Service), eller bed IT om hjælp. Tværs "
        "gemmer aldrig adgangskoden i en almindelig fil."
    )
    en = (
        "This computer has no secure place to keep passwords, so Tværs cannot remember the "
        "library's password. On Linux: install and start a keyring (such as GNOME Keyring or "
        "KWallet, which provide Secret Service), or ask IT for help. Tværs never keeps the "
        "password in an ordinary file."
    )


class CredentialStoreFailedError(TvaersError):
    da = (
        "Computerens adgangskodelager svarede ikke ({reason}). Er det låst, så lås det op, "
        "og prøv igen."
    )
    en = (
        "The computer's password store did not answer ({reason}). If it is locked, unlock it "
        "and try again."
    )


def _store() -> KeyringBackend:
    """The credential store in use; NoCredentialStoreError for none, or for one that keeps
    passwords in a plain file (keyrings.alt) or throws them away (the null backend)."""
    import keyring  # only when a library is configured: never at start-up
    from keyring.backends import fail, null

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        raise NoCredentialStoreError()
    names = [type(backend).__module__]
    names += [type(b).__module__ for b in getattr(backend, "backends", [])]
    if any(name.startswith("keyrings.alt") for name in names):
        raise NoCredentialStoreError()
    return backend


def _call(action: str, operation: Callable[[], object]) -> object:
    from keyring.errors import KeyringError, NoKeyringError

    try:
        return operation()
    except NoKeyringError:
        raise NoCredentialStoreError() from None
    except KeyringError as exc:
        # The store's own words can name the service and user; never the password.
        log.warning("credential store refused to %s: %s", action, type(exc).__name__)
        raise CredentialStoreFailedError(reason=type(exc).__name__) from None


def store_password(library: LibrarySettings, password: str) -> None:
    store = _store()
    _call("store", lambda: store.set_password(SERVICE, library.key, password))


def get_password(library: LibrarySettings) -> str | None:
    """The stored password, or None when none is stored for this library."""
    store = _store()
    value = _call("read", lambda: store.get_password(SERVICE, library.key))
    return value if isinstance(value, str) else None


def forget_password(library: LibrarySettings) -> None:
    """Remove the library's password from the store (nothing happens if none is there)."""
    from keyring.errors import PasswordDeleteError

    store = _store()

    def delete() -> None:
        with suppress(PasswordDeleteError):  # none was stored: nothing to remove
            store.delete_password(SERVICE, library.key)

    _call("delete", delete)


def has_password(library: LibrarySettings) -> bool:
    return get_password(library) is not None
