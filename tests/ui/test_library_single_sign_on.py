"""With single sign-on (Kerberos) Tværs sends no password and asks no password store, in
every window that talks to the library: the steward's, the portfolio and publishing a
template. On a computer without a password store each used to stop at »no credential store«
before trying the server; now each tries the server and says why it could not be reached."""

from __future__ import annotations

from collections.abc import Callable

import keyring
import pytest
from keyring.backends import fail

from desktop.core.errors import TvaersError
from desktop.library import templates
from desktop.library.settings import LibrarySettings, save_library
from desktop.ui import portfolio_window, steward_window, template_publish

NO_STORE = "adgangskode"  # every sentence about the credential store names the password


def _steward(lang: str) -> str:
    return steward_window.load(lang).problem or ""


def _portfolio(lang: str) -> str:
    try:
        portfolio_window.read_configured(lang)
    except TvaersError as problem:
        return problem.message(lang)
    return ""


def _template(lang: str) -> str:
    criteria = {"version": 1, "criteria": [{"key": "pris", "title": "Pris", "weight": 1.0}]}
    row = templates.template_row(templates.MAKE_OR_BUY, "Kriterier", criteria)
    return template_publish.run_publish([row], lang).error or ""


@pytest.mark.parametrize("read", [_steward, _portfolio, _template])
def test_single_sign_on_tries_the_server_without_a_password_store(
    read: Callable[[str], str], monkeypatch: pytest.MonkeyPatch, danish: None
) -> None:
    keyring.set_keyring(fail.Keyring())  # this computer has no password store at all
    # A closed port on this computer: the answer comes at once, and says it cannot be reached.
    save_library(LibrarySettings(host="127.0.0.1", user="anne", port=1, login="sso"))
    said = read("da")
    assert said and "127.0.0.1" in said, said
    assert NO_STORE not in said.lower(), said
