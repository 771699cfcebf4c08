"""Settings › Library…: which organisation library this laptop uses (server, port, database,
user, how to log in, the CA that signed the server's certificate), its password kept in the
operating system's credential store and never shown again, or the organisation's single
sign-on (GSSAPI/Kerberos through libpq: no password asked or kept), a connection test that
runs off the GUI thread, and "No library" to remove it all.

Imported only when the menu item is chosen; the driver and keyring only when they are used."""

from __future__ import annotations

import threading
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import TvaersError
from desktop.library.settings import (
    DEFAULT_DATABASE,
    DEFAULT_PORT,
    LibrarySettings,
    load_library,
    save_library,
)
from desktop.ui import dialogs
from desktop.ui.trf import trf

translate = QCoreApplication.translate


@dataclass(frozen=True)
class LibraryChoice:
    """What the dialog left: the library now configured (None: no library) and whether the
    last connection test with exactly these settings reached it (None: not tested)."""

    library: LibrarySettings | None
    reached: bool | None


def run_check(library: LibrarySettings, password: str | None) -> str:
    """Connect once (at most about five seconds); the server's version. Raises a TvaersError
    with a plain sentence. Runs in a worker thread; tests replace it."""
    from desktop.library.connection import check_connection

    return check_connection(library, password).server_version


def stored_password(library: LibrarySettings) -> str | None:
    from desktop.library import credentials

    return credentials.get_password(library)


def store_password(library: LibrarySettings, password: str) -> None:
    from desktop.library import credentials

    credentials.store_password(library, password)


def forget_password(library: LibrarySettings) -> None:
    from desktop.library import credentials

    credentials.forget_password(library)


def ask_ca_file(parent: QWidget | None) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("LibraryDialog", "Choose the CA file"),
        "",
        translate("LibraryDialog", "Certificates (*.pem *.crt *.cer);;All files (*)"),
    )
    return Path(chosen) if chosen else None


class _CheckDone(QObject):
    """Carries a finished test from the worker thread to the dialog (queued to the GUI)."""

    done = Signal(object, object, object)  # the settings tested, version or None, error or None


class LibraryDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("libraryDialog")
        self.setWindowTitle(self.tr("Organisation library"))
        self.setMinimumWidth(520)
        self.current = load_library()
        self.choice = LibraryChoice(self.current, None)
        self._reached: tuple[LibrarySettings, bool] | None = None
        self._checking = False

        intro = QLabel(
            self.tr(
                "Tværs can share terms, templates and decisions through your organisation's "
                "library on a server IT runs. Workshops are kept on this computer as always; "
                "without a library Tværs connects to nothing."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. bibliotek.kommune.dk"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(DEFAULT_DATABASE)
        self.user = QLineEdit()
        self.login = QComboBox()
        self.login.setObjectName("libraryLogin")
        self.login.addItem(self.tr("Password, kept in the computer's password store"), "password")
        self.login.addItem(self.tr("The organisation's single sign-on (Kerberos)"), "sso")
        self.login.currentIndexChanged.connect(self._login_changed)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("The computer's own certificates"))
        self.choose_ca = QPushButton(self.tr("C&hoose…"))
        self.choose_ca.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.choose_ca)
        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Log in with"), self.login)
        form.addRow(self.tr("Pass&word"), self.password)
        ca_label = QLabel(self.tr("&CA file"))  # a row of two: its label leads to the text
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.remove_button = QPushButton(self.tr("&No library"))
        self.remove_button.clicked.connect(self.remove_library)
        self.remove_button.setEnabled(self.current is not None)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        self.answer = QLabel()
        self.answer.setObjectName("libraryResult")
        self.answer.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.keep)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)

        self._done = _CheckDone(self)
        self._done.done.connect(self._checked)
        if self.current is not None:
            self._show(self.current)
        self.host.setFocus()

    def _show(self, library: LibrarySettings) -> None:
        self.host.setText(library.host)
        self.port.setValue(library.port)
        self.database.setText(library.database)
        self.user.setText(library.user)
        self.ca_file.setText(library.ca_file)
        self.login.setCurrentIndex(max(0, self.login.findData(library.login)))
        if library.login == "sso":
            return  # no password is kept for single sign-on
        try:
            has_password = stored_password(library) is not None
        except TvaersError as exc:
            self.answer.setText(exc.message(self.lang))
            has_password = False
        self.password.setPlaceholderText(
            self.tr("Kept in the computer's password store") if has_password else ""
        )

    def settings(self) -> LibrarySettings | None:
        """The settings as typed; None (and a sentence saying what is missing) if incomplete."""
        host, user = self.host.text().strip(), self.user.text().strip()
        if not host or not user:
            self.answer.setText(self.tr("Type the server's name and your user name."))
            (self.host if not host else self.user).setFocus()
            return None
        library = LibrarySettings(
            host=host,
            user=user,
            port=self.port.value(),
            database=self.database.text().strip() or DEFAULT_DATABASE,
            ca_file=self.ca_file.text().strip(),
            login=str(self.login.currentData()),
        )
        if self.current is not None:  # keep what IT chose in the file: TLS mode, service name
            library = replace(
                library, tls_mode=self.current.tls_mode, krbsrvname=self.current.krbsrvname
            )
        return library

    @property
    def single_sign_on(self) -> bool:
        return self.login.currentData() == "sso"

    def _login_changed(self) -> None:
        """Single sign-on asks for no password: the field is emptied and closed."""
        sso = self.single_sign_on
        if sso:
            self.password.clear()
        self.password.setEnabled(not sso)

    def _password_for(self, library: LibrarySettings) -> str | None:
        if library.login == "sso":
            return None
        typed = self.password.text()
        if typed:
            return typed
        if self.current is not None and self.current.key == library.key:
            return stored_password(library)
        return None

    def _choose_ca_file(self) -> None:
        chosen = ask_ca_file(self)
        if chosen is not None:
            self.ca_file.setText(str(chosen))

    # --- the connection test, off the GUI thread ---------------------------------------

    def test_connection(self) -> None:
        library = self.settings()
        if library is None or self._checking:
            return
        try:
            password = self._password_for(library)
        except TvaersError as exc:
            self.answer.setText(exc.message(self.lang))
            return
        self._checking = True
        self.test_button.setEnabled(False)
        self.answer.setText(trf(self.tr("Connecting to %1…"), library.host))
        done = self._done

        def work() -> None:
            try:
                version = run_check(library, password)
            except Exception as exc:  # any failure is told in the dialog, never a crash
                done.done.emit(library, None, exc)
            else:
                done.done.emit(library, version, None)

        threading.Thread(target=work, name="library-connection-test", daemon=True).start()

    def _checked(self, library: LibrarySettings, version: object, error: object) -> None:
        self._checking = False
        self.test_button.setEnabled(True)
        if error is None:
            self._reached = (library, True)
            self.answer.setText(
                trf(self.tr("The library at %1 answers: the connection works."), library.host)
            )
            return
        self._reached = (library, False)
        if isinstance(error, TvaersError):
            self.answer.setText(error.message(self.lang))
        else:
            self.answer.setText(
                trf(self.tr("The connection test failed: %1"), type(error).__name__)
            )

    @property
    def checking(self) -> bool:
        return self._checking

    # --- keeping and removing --------------------------------------------------------

    def keep(self) -> None:
        library = self.settings()
        if library is None:
            return
        typed = "" if library.login == "sso" else self.password.text()
        try:
            if typed:
                store_password(library, typed)
            if self.current is not None and self.current.key != library.key:
                forget_password(self.current)
        except TvaersError as exc:
            if library.login != "sso":  # single sign-on needs no password store
                self.answer.setText(exc.message(self.lang))
                return
        if library.login == "sso" and self.current is not None:
            with suppress(TvaersError):  # single sign-on keeps no password
                forget_password(self.current)
        self.password.clear()
        save_library(library)
        reached = self._reached[1] if self._reached and self._reached[0] == library else None
        self.choice = LibraryChoice(library, reached)
        self.accept()

    def remove_library(self) -> None:
        if self.current is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("No library"),
            self.tr(
                "Remove the library from this computer? Its settings and its password are "
                "removed; workshops are not changed."
            ),
        ):
            return
        with suppress(TvaersError):  # no password store: no password of ours is there either
            forget_password(self.current)
        save_library(None)
        self.choice = LibraryChoice(None, None)
        self.accept()


def configure_library(parent: QWidget | None, lang: str) -> LibraryChoice | None:
    """Show the dialog; what it left, or None if cancelled."""
    dialog = LibraryDialog(lang, parent)
    return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
