"""Settings › Library…: typed with the keyboard, the password to the credential store and
never shown again, the connection test off the GUI thread with a plain sentence, "No library"
removing it all; and the status bar's word on the library."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.library.connection import CertificateError, UnreachableError, WrongPasswordError
from desktop.library.outbox import Outbox
from desktop.library.settings import LibrarySettings, load_library, save_library
from desktop.storage.paths import data_dir
from desktop.ui import library_dialog
from desktop.ui.library_dialog import LibraryChoice, LibraryDialog
from desktop.ui.main_window import MainWindow
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.ui.conftest import Answers

SECRET = "Kodeord-7b2e!"
SERVICE = "Tværs bibliotek"


@pytest.fixture
def dialog(qtbot: QtBot, danish: None, memory_keyring: MemoryKeyring) -> Iterator[LibraryDialog]:
    shown = LibraryDialog("da")
    qtbot.addWidget(shown)
    show_active(qtbot, shown)
    yield shown
    qtbot.waitUntil(lambda: not shown.checking)


def show_active(qtbot: QtBot, shown: QWidget) -> None:
    """Shown and active, as the desktop makes a new dialog (Alt letters need that)."""
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)


def alt(widget: QWidget, letter: str) -> None:
    QTest.keyClick(
        widget, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
    )


def type_into(dialog: LibraryDialog, letter: str, text: str) -> None:
    """Alt+letter to the field, all of it selected, the text typed over it."""
    alt(dialog, letter)
    focused = dialog.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused, text)


def fill_in(dialog: LibraryDialog) -> None:
    type_into(dialog, "S", "bibliotek.kommune.dk")
    type_into(dialog, "O", "6432")
    type_into(dialog, "D", "bib")
    type_into(dialog, "B", "anna")
    type_into(dialog, "A", SECRET)


def configured(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> tuple[LibrarySettings, LibraryDialog]:
    """A library configured with its password stored, and the dialog opened on it."""
    library = LibrarySettings(host="bibliotek.kommune.dk", user="anna")
    save_library(library)
    memory_keyring.set_password(SERVICE, library.key, SECRET)
    shown = LibraryDialog("da")
    qtbot.addWidget(shown)
    show_active(qtbot, shown)
    return library, shown


def secret_files() -> list[str]:
    return [
        str(p) for p in data_dir().rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()
    ]


def test_typed_settings_are_kept_and_the_password_goes_to_the_credential_store(
    dialog: LibraryDialog, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    fill_in(dialog)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # OK is the default button
    assert dialog.result() == LibraryDialog.DialogCode.Accepted
    library = LibrarySettings(host="bibliotek.kommune.dk", user="anna", port=6432, database="bib")
    assert load_library() == library
    assert dialog.choice == LibraryChoice(library, None)
    assert memory_keyring.passwords == {(SERVICE, "anna@bibliotek.kommune.dk:6432/bib"): SECRET}
    assert secret_files() == []
    assert SECRET not in caplog.text


def test_the_password_is_never_shown_again(
    qtbot: QtBot, danish: None, memory_keyring: MemoryKeyring
) -> None:
    library, again = configured(qtbot, memory_keyring)
    assert again.host.text() == "bibliotek.kommune.dk" and again.user.text() == "anna"
    assert again.password.text() == ""
    assert again.password.placeholderText() == "Gemt i computerens adgangskodelager"
    QTest.keyClick(again.host, Qt.Key.Key_Return)  # OK without typing it: the password stays
    assert again.result() == LibraryDialog.DialogCode.Accepted
    assert memory_keyring.passwords == {(SERVICE, library.key): SECRET}


def test_host_and_user_are_needed(dialog: LibraryDialog) -> None:
    type_into(dialog, "S", "bibliotek.kommune.dk")
    QTest.keyClick(dialog.host, Qt.Key.Key_Return)
    assert dialog.isVisible() and load_library() is None
    assert dialog.answer.text() == "Skriv serverens navn og dit brugernavn."
    assert dialog.focusWidget() is dialog.user


def test_the_connection_test_runs_off_the_gui_thread(
    dialog: LibraryDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    asked: list[tuple[LibrarySettings, str | None, str]] = []

    def slow_check(library: LibrarySettings, password: str | None) -> str:
        asked.append((library, password, threading.current_thread().name))
        assert release.wait(10)
        return "16.1"

    monkeypatch.setattr(library_dialog, "run_check", slow_check)
    fill_in(dialog)
    alt(dialog, "T")
    qtbot.waitUntil(lambda: bool(asked))
    assert dialog.answer.text() == "Forbinder til bibliotek.kommune.dk …"
    assert not dialog.test_button.isEnabled()
    # The window answers while the server does not: typing still works.
    type_into(dialog, "D", "andet")
    assert dialog.database.text() == "andet"
    release.set()
    qtbot.waitUntil(lambda: not dialog.checking)
    assert (
        dialog.answer.text() == "Biblioteket på bibliotek.kommune.dk svarer: Forbindelsen virker."
    )
    assert asked[0][1] == SECRET and asked[0][2] == "library-connection-test"
    assert asked[0][0].database == "bib"  # the settings as they were when the test began
    assert dialog.test_button.isEnabled()


@pytest.mark.parametrize(
    ("problem", "sentence"),
    [
        (
            WrongPasswordError(host="bibliotek.kommune.dk"),
            "afviste brugernavnet eller adgangskoden",
        ),
        (CertificateError(host="bibliotek.kommune.dk"), "certifikat passer ikke"),
        (UnreachableError(host="bibliotek.kommune.dk", seconds=5), "inden for 5 sekunder"),
        (RuntimeError("boom"), "Testen af forbindelsen mislykkedes: RuntimeError"),
    ],
)
def test_a_failed_connection_is_a_plain_sentence(
    dialog: LibraryDialog,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    problem: Exception,
    sentence: str,
) -> None:
    def failing(_library: LibrarySettings, _password: str | None) -> str:
        raise problem

    monkeypatch.setattr(library_dialog, "run_check", failing)
    fill_in(dialog)
    alt(dialog, "T")
    qtbot.waitUntil(lambda: sentence in dialog.answer.text())
    assert dialog.isVisible()


def test_a_successful_test_then_ok_says_connected(
    qtbot: QtBot,
    danish: None,
    answers: Answers,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = MainWindow("da")
    qtbot.addWidget(win)
    win.show()
    assert win.library_status.isHidden() and win.library_status.text() == ""
    assert win.library_menu.menuAction() not in win.file_menu.actions()  # no library
    monkeypatch.setattr(library_dialog, "run_check", lambda _l, _p: "16.1")

    def answer(parent: QWidget, lang: str) -> LibraryChoice | None:
        shown = LibraryDialog(lang, parent)
        qtbot.addWidget(shown)
        show_active(qtbot, shown)
        fill_in(shown)
        alt(shown, "T")
        qtbot.waitUntil(lambda: "svarer" in shown.answer.text())
        QTest.keyClick(shown.password, Qt.Key.Key_Return)
        return shown.choice

    monkeypatch.setattr(library_dialog, "configure_library", answer)
    win.library_action.trigger()
    assert win.library_status.isVisible()
    assert win.library_status.text() == "Bibliotek: forbundet"
    assert win.library_menu.menuAction() in win.file_menu.actions()  # once one is chosen


def test_the_status_bar_shows_the_library_only_when_one_is_configured(
    qtbot: QtBot, danish: None, answers: Answers
) -> None:
    save_library(LibrarySettings(host="bibliotek.kommune.dk", user="anna"))
    win = MainWindow("da")
    qtbot.addWidget(win)
    win.show()
    assert win.library_status.isVisible()
    assert win.library_status.text() == "Bibliotek: ikke forbundet"
    with Outbox() as box:
        box.add("term", {"term": "a"})
        box.add("term", {"term": "b"})
    win.library_status.refresh()
    assert win.library_status.text() == "Bibliotek: 2 venter på at blive sendt"
    save_library(None)
    win.library_status.refresh()
    assert win.library_status.isHidden() and win.library_status.text() == ""


def test_no_library_removes_the_settings_and_the_password(
    qtbot: QtBot, danish: None, answers: Answers, memory_keyring: MemoryKeyring
) -> None:
    _library, shown = configured(qtbot, memory_keyring)
    alt(shown, "I")
    qtbot.waitUntil(lambda: bool(answers.confirms))  # a button's Alt letter clicks after a blink
    assert "workshops ændres ikke" in answers.confirms[0]
    assert load_library() is None
    assert memory_keyring.passwords == {}
    assert shown.choice == LibraryChoice(None, None)


def test_no_library_is_not_offered_without_one(dialog: LibraryDialog) -> None:
    assert not dialog.remove_button.isEnabled()


def test_without_a_credential_store_the_dialog_says_what_to_do_and_writes_no_password(
    qtbot: QtBot, danish: None
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        shown = LibraryDialog("da")
        qtbot.addWidget(shown)
        show_active(qtbot, shown)
        fill_in(shown)
        QTest.keyClick(shown.password, Qt.Key.Key_Return)
    finally:
        keyring.set_keyring(before)
    assert shown.isVisible()  # not kept: the person decides what to do
    assert "Secret Service" in shown.answer.text()
    assert load_library() is None
    assert secret_files() == []


def test_single_sign_on_asks_for_no_password_and_keeps_none(
    dialog: LibraryDialog,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str | None] = []

    def check(library: LibrarySettings, password: str | None) -> str:
        asked.append(password)
        return "16.1"

    monkeypatch.setattr(library_dialog, "run_check", check)
    fill_in(dialog)  # a password typed first, then single sign-on chosen
    alt(dialog, "L")
    assert dialog.focusWidget() is dialog.login
    QTest.keyClick(dialog.login, Qt.Key.Key_Down)
    assert dialog.login.currentText() == "Organisationens single sign-on (Kerberos)"
    assert not dialog.password.isEnabled() and dialog.password.text() == ""
    alt(dialog, "T")
    qtbot.waitUntil(lambda: bool(asked))  # a button's Alt letter clicks after a blink
    qtbot.waitUntil(lambda: not dialog.checking)
    assert asked == [None]  # no password goes to the server
    QTest.keyClick(dialog.login, Qt.Key.Key_Return)
    assert dialog.result() == LibraryDialog.DialogCode.Accepted
    library = load_library()
    assert library is not None and library.login == "sso"
    assert memory_keyring.passwords == {}
    assert secret_files() == []


def test_choosing_single_sign_on_forgets_the_stored_password(
    qtbot: QtBot, danish: None, memory_keyring: MemoryKeyring
) -> None:
    _library, shown = configured(qtbot, memory_keyring)
    assert shown.login.currentData() == "password"
    shown.login.setCurrentIndex(shown.login.findData("sso"))
    QTest.keyClick(shown.host, Qt.Key.Key_Return)
    assert shown.result() == LibraryDialog.DialogCode.Accepted
    kept = load_library()
    assert kept is not None and kept.login == "sso"
    assert memory_keyring.passwords == {}
    again = LibraryDialog("da")
    qtbot.addWidget(again)
    assert again.login.currentData() == "sso" and not again.password.isEnabled()
