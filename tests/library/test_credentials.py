"""The library password lives in the credential store, never in a file of ours."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail, null

from desktop.library import credentials
from desktop.library.settings import LibrarySettings
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401

LIBRARY = LibrarySettings(host="bibliotek.kommune.dk", user="anna", port=5432, database="tvaers")


def test_password_is_stored_under_the_service_and_user_at_host(
    memory_keyring: MemoryKeyring,
) -> None:
    credentials.store_password(LIBRARY, "s3cret")
    assert memory_keyring.passwords == {
        ("Tværs bibliotek", "anna@bibliotek.kommune.dk:5432/tvaers"): "s3cret"
    }
    assert credentials.get_password(LIBRARY) == "s3cret"
    assert credentials.has_password(LIBRARY)


def test_forgetting_removes_the_password_and_is_quiet_when_none(
    memory_keyring: MemoryKeyring,
) -> None:
    credentials.store_password(LIBRARY, "s3cret")
    credentials.forget_password(LIBRARY)
    assert memory_keyring.passwords == {}
    credentials.forget_password(LIBRARY)  # nothing there: no error
    assert credentials.get_password(LIBRARY) is None


def test_another_library_has_its_own_password(memory_keyring: MemoryKeyring) -> None:
    other = LibrarySettings(host="bibliotek.kommune.dk", user="anna", database="test")
    credentials.store_password(LIBRARY, "one")
    credentials.store_password(other, "two")
    assert credentials.get_password(LIBRARY) == "one"
    assert credentials.get_password(other) == "two"


@pytest.fixture(params=[fail.Keyring, null.Keyring], ids=["no-backend", "null-backend"])
def no_store(request: pytest.FixtureRequest) -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(request.param())
    yield
    keyring.set_keyring(before)


def test_without_a_credential_store_a_plain_message_and_no_file(no_store: None) -> None:
    from desktop.storage.paths import data_dir

    with pytest.raises(credentials.NoCredentialStoreError) as caught:
        credentials.store_password(LIBRARY, "s3cret")
    assert "Secret Service" in caught.value.message("da")
    assert "ordinary file" in caught.value.message("en")
    with pytest.raises(credentials.NoCredentialStoreError):
        credentials.get_password(LIBRARY)
    assert not [p for p in data_dir().rglob("*") if p.is_file() and b"s3cret" in p.read_bytes()]


class PlaintextLike(MemoryKeyring):
    """Stands in for keyrings.alt's file backends, which keep passwords in a plain file."""


PlaintextLike.__module__ = "keyrings.alt.file"


def test_a_plain_text_keyring_is_refused() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(PlaintextLike())
    try:
        with pytest.raises(credentials.NoCredentialStoreError):
            credentials.store_password(LIBRARY, "s3cret")
    finally:
        keyring.set_keyring(before)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_locked_store_gives_a_plain_message() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with pytest.raises(credentials.CredentialStoreFailedError) as caught:
            credentials.get_password(LIBRARY)
    finally:
        keyring.set_keyring(before)
    assert "lås det op" in caught.value.message("da")
