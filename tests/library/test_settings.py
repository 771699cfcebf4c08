"""The library's configuration in the settings file: none by default, kept without a secret."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop.library import credentials
from desktop.library.settings import LibrarySettings, from_dict, load_library, save_library
from desktop.storage import settings as app_settings
from desktop.storage.paths import data_dir
from tests.library.memory_keyring import memory_keyring_fixture  # noqa: F401

SECRET = "Hemmelig-kode-9f3a!"


def test_no_library_is_the_default() -> None:
    assert load_library() is None
    assert app_settings.load_settings().library is None


def test_library_settings_are_kept_and_read_back() -> None:
    library = LibrarySettings(
        host="bibliotek.kommune.dk",
        user="anna",
        port=6432,
        database="tvaers_bib",
        tls_mode="verify-full",
        ca_file="/etc/ssl/kommune-ca.pem",
    )
    save_library(library)
    assert load_library() == library
    assert library.key == "anna@bibliotek.kommune.dk:6432/tvaers_bib"


def test_keeping_a_library_leaves_the_other_settings() -> None:
    prefs = app_settings.load_settings()
    prefs.language = "en"
    prefs.remember(Path("/tmp/a.tvaers"))
    app_settings.save_settings(prefs)
    save_library(LibrarySettings(host="h", user="u"))
    prefs = app_settings.load_settings()
    assert prefs.language == "en" and prefs.recent == [str(Path("/tmp/a.tvaers").absolute())]
    app_settings.save_settings(prefs)  # the language menu saving again keeps the library
    assert load_library() == LibrarySettings(host="h", user="u")


def test_no_library_removes_the_configuration() -> None:
    save_library(LibrarySettings(host="h", user="u"))
    save_library(None)
    assert load_library() is None
    assert "library" not in json.loads(app_settings.settings_path().read_text("utf-8")) or (
        json.loads(app_settings.settings_path().read_text("utf-8"))["library"] is None
    )


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ({}, None),
        ({"host": "", "user": "u"}, None),
        ({"host": 5, "user": "u"}, None),
        ({"host": "h"}, None),
        (
            {"host": " h ", "user": "u", "port": "x", "database": "", "tls_mode": "weird"},
            LibrarySettings(host="h", user="u"),
        ),
        ({"host": "h", "user": "u", "port": 70000}, LibrarySettings(host="h", user="u")),
        ({"host": "h", "user": "u", "port": True}, LibrarySettings(host="h", user="u")),
    ],
)
def test_damaged_settings_read_as_no_library_or_defaults(
    stored: dict[str, object], expected: LibrarySettings | None
) -> None:
    assert from_dict(stored) == expected


def test_a_password_is_never_written_to_the_data_folder_or_the_log(
    memory_keyring: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    library = LibrarySettings(host="bibliotek.kommune.dk", user="anna")
    save_library(library)
    credentials.store_password(library, SECRET)
    # A settings dict with a password slipped in (a later bug) still stores none.
    prefs = app_settings.load_settings()
    prefs.library = {**(prefs.library or {}), "password": SECRET}
    app_settings.save_settings(prefs)
    save_library(load_library())
    assert credentials.get_password(library) == SECRET
    found = [p for p in data_dir().rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]
    assert found == []
    assert SECRET not in caplog.text
    assert "password" not in json.loads(app_settings.settings_path().read_text("utf-8"))["library"]
