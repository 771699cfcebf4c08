"""The steward's window (Library › Proposals and disputes…) against the suite's real
PostgreSQL: a steward approves, edits, merges, rejects and settles a dispute with keys and
clicks; the library's text is shown as plain text; a user who is not a steward reads who can
and gets no buttons; the database work runs in a worker thread."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core import vocabulary
from desktop.library import server_schema as s
from desktop.library import stewardship
from desktop.library.settings import LibrarySettings, save_library
from desktop.ui import steward_window
from desktop.ui.main_window import MainWindow
from desktop.ui.steward_window import EditDialog, MergeDialog, StewardWindow
from tests.journeys.glossary_steps import POPUP_WARNINGS
from tests.journeys.test_mnemonics import mnemonic, problems_in
from tests.library.conftest import admin_url, library_db, make_login, pg_server  # noqa: F401
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.library.test_stewardship import CONTROL, NASTY, Library, _payload
from tests.ui.conftest import Answers
from tests.ui.test_library_glossary import _use_library

pytestmark = [
    pytest.mark.enable_socket,
    pytest.mark.allow_hosts(["127.0.0.1"]),
    POPUP_WARNINGS,  # the window is raised when shown; the offscreen platform cannot
]

MakeLogin = Callable[[str], str]
TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "tvaers_da.ts"


@pytest.fixture
def lib(admin_url: str, make_login: MakeLogin) -> Iterator[Library]:  # noqa: F811
    library = Library(admin_url, make_login)
    yield library
    library.close()


def _open(window: MainWindow, qtbot: QtBot) -> StewardWindow:
    """Library › Proposals and disputes… (the action the menu holds), the list fetched."""
    assert window.steward_action in window.library_menu.actions()
    window.steward_action.trigger()
    steward = window.findChild(StewardWindow)
    assert steward is not None and steward.isVisible()
    qtbot.waitUntil(lambda: steward.runs > 0, timeout=20_000)
    QApplication.processEvents()
    steward.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is steward)
    return steward


def _alt(widget: StewardWindow, letter: str, qtbot: QtBot, runs: int = 1) -> None:
    """Alt+letter on the window (a button's Alt letter clicks it a moment later, as on a
    desktop), then wait for the `runs` worker runs it starts to finish."""
    before = widget.runs
    QTest.keyClick(widget, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: widget.runs >= before + runs, timeout=20_000)
    QApplication.processEvents()


def _items(steward: StewardWindow) -> list[str]:
    return [steward.proposals.item(i).text() for i in range(steward.proposals.count())]


def _visible(steward: StewardWindow) -> list[str]:
    return [b.text() for b in steward.findChildren(QPushButton) if b.isVisibleTo(steward)]


def test_a_steward_approves_edits_merges_and_rejects_with_keys_and_clicks(
    window: MainWindow,
    lib: Library,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = lib.propose("anne", _payload(NASTY, CONTROL))
    second = lib.propose("bo", _payload("Borgr", "En borger"))
    third = lib.propose("bo", _payload("Borgeren", "Den, vi hjælper"))
    fourth = lib.propose("anne", _payload("Kun forslag", "Afvises"))
    _use_library(lib.urls["sif"])
    steward = _open(window, qtbot)
    assert steward.windowTitle() == "Forslag og uenigheder"
    items = _items(steward)
    assert len(items) == 4 and all(i.startswith("Nyt begreb: ") for i in items)
    assert f"foreslået af {lib.role('anne')}" in items[0]
    assert steward.state.text() == "4 forslag venter på en afgørelse."
    # The library's text exactly as typed, markup and all, as plain text (control characters
    # shown as U+FFFD, line breaks and tabs kept).
    shown = steward.proposal_text.toPlainText()
    assert NASTY in shown and "før\ufffdefter\ufffd klokke\ufffd og\tTab\nny linje" in shown
    assert steward.library_text.toPlainText() == (
        "Et nyt begreb: Biblioteket har endnu ingen tekst til det."
    )
    assert _visible(steward) == [
        "&Godkend",
        "R&et og godkend…",
        "&Flet ind i…",
        "&Afvis forslaget",
        "&Hent igen",
        "Luk",
    ]

    assert problems_in("steward window, a proposal", steward) == []
    # Approve the first with a click: in the library, the list one shorter.
    runs = steward.runs
    QTest.mouseClick(steward.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: steward.runs > runs, timeout=20_000)
    assert steward.state.text() == (
        "Forslaget er godkendt og ligger i biblioteket. 3 forslag venter på en afgørelse."
    )
    assert lib.proposal(first).state == "approved"  # type: ignore[attr-defined]
    assert steward.proposals.currentRow() == 0  # the next one is chosen

    # Edit and approve (Alt+E): the steward corrects the word in the dialog with keys.
    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, EditDialog)
        assert dialog.fields.term.text() == "Borgr"
        dialog.fields.term.selectAll()
        QTest.keyClicks(dialog.fields.term, "Borger")
        return True

    monkeypatch.setattr(steward_window, "run_dialog", edit)
    _alt(steward, "E", qtbot)
    assert lib.proposal(second).state == "approved"  # type: ignore[attr-defined]
    borger = next(t for t in lib.terms() if t.id == second)  # type: ignore[attr-defined]
    assert borger.term == "Borger"  # type: ignore[attr-defined]

    # Merge into… (Alt+F): the library's terms fetched, "Borger" searched and chosen, the
    # merged explanation typed.
    def merge(dialog: QDialog) -> bool:
        assert isinstance(dialog, MergeDialog)
        QTest.keyClicks(dialog.search, "borger")
        assert dialog.targets.count() == 1
        dialog.targets.setFocus()
        QTest.keyClick(dialog.targets, Qt.Key.Key_Down)
        assert dialog.target() is not None and dialog.fields.term.text() == "Borger"
        dialog.fields.explanation.selectAll()
        QTest.keyClicks(dialog.fields.explanation, "En borger; den, vi hjælper")
        return True

    monkeypatch.setattr(steward_window, "run_dialog", merge)
    _alt(steward, "F", qtbot, runs=2)  # the library's terms, then the merge
    assert lib.proposal(third).term_id == second  # type: ignore[attr-defined]
    merged = next(t for t in lib.terms() if t.id == second)  # type: ignore[attr-defined]
    assert merged.explanation == "En borger; den, vi hjælper"  # type: ignore[attr-defined]

    # Reject (Alt+A): nothing waits any more, and no decision button is enabled.
    _alt(steward, "A", qtbot)
    assert lib.proposal(fourth).state == "rejected"  # type: ignore[attr-defined]
    assert steward.state.text() == (
        "Forslaget er afvist; biblioteket er uændret. 0 forslag venter på en afgørelse."
    )
    assert not any(b.isEnabled() for b in steward.decision_buttons)
    assert len(lib.terms()) == 2


def test_a_dispute_shows_both_texts_and_is_settled_with_the_keys(
    window: MainWindow, lib: Library, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    bos, _term = lib.dispute()
    _use_library(lib.urls["ulla"])
    steward = _open(window, qtbot)
    (item,) = _items(steward)
    assert item.startswith("Omstridt: Borger – foreslået af " + lib.role("bo"))
    assert "Bos tekst" in steward.proposal_text.toPlainText()
    assert "Forklaring: Annes tekst" in steward.library_text.toPlainText()
    assert _visible(steward) == [
        "&Behold forslagets tekst",
        "Behold bib&liotekets tekst",
        "Re&t og afgør…",
        "&Hent igen",
        "Luk",
    ]
    assert problems_in("steward window, a dispute", steward) == []
    # Another steward settles it first (keeps the library's text): this one is told so.
    with lib.conn("sif") as conn:
        assert stewardship.settle(conn, bos, "library").applied
    _alt(steward, "B", qtbot)
    assert steward.state.text().startswith(
        f"Intet er ændret: {lib.role('sif')} havde allerede afgjort det (Afvist)."
    )
    assert steward.proposals.count() == 0
    (term,) = lib.terms()
    assert term.explanation == "Annes tekst"  # type: ignore[attr-defined]


def test_settling_keeps_the_proposals_text(
    window: MainWindow, lib: Library, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    bos, _term = lib.dispute()
    _use_library(lib.urls["sif"])
    steward = _open(window, qtbot)
    _alt(steward, "B", qtbot)  # Behold forslagets tekst
    assert lib.proposal(bos).state == "approved"  # type: ignore[attr-defined]
    (term,) = lib.terms()
    assert term.explanation == "Bos tekst"  # type: ignore[attr-defined]


def test_who_is_not_a_steward_reads_who_can_and_gets_no_buttons(
    window: MainWindow, lib: Library, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    lib.propose("anne", _payload("Borger", "En borger"))
    _use_library(lib.urls["anne"])
    steward = _open(window, qtbot)
    assert steward.state.text() == (
        "Kun bibliotekets redaktører kan godkende forslag og afgøre uenigheder. "
        "Bed IT om at gøre dig til redaktør (rollen tvaers_steward)."
    )
    assert steward.state.textFormat() == Qt.TextFormat.PlainText
    assert _visible(steward) == ["&Hent igen", "Luk"]
    assert not steward.proposals.isVisibleTo(steward)


def test_the_library_is_asked_in_a_worker_thread_and_an_unreachable_one_is_a_sentence(
    window: MainWindow,
    answers: Answers,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_library(LibrarySettings(host="127.0.0.1", user="sif", port=1))
    seen: list[str] = []
    release = threading.Event()
    real_load = steward_window.load

    def load(lang: str, action: object = None) -> steward_window.Loaded:
        seen.append(threading.current_thread().name)
        assert release.wait(20)
        return real_load(lang, action)  # type: ignore[arg-type]

    monkeypatch.setattr(steward_window, "load", load)
    window.steward_action.trigger()
    steward = window.findChild(StewardWindow)
    assert steward is not None
    qtbot.waitUntil(lambda: seen == ["library-steward"])
    # The window answers while the worker waits: the state says so, no button is enabled.
    assert steward.running and steward.state.text() == "Spørger biblioteket …"
    assert not steward.reload_button.isEnabled()
    QApplication.processEvents()
    release.set()
    qtbot.waitUntil(lambda: steward.runs > 0, timeout=20_000)
    QApplication.processEvents()
    assert steward.state.text().startswith("Tværs kunne ikke nå biblioteket på 127.0.0.1")
    assert "\n" not in steward.state.text()
    assert answers.errors == []


def test_one_danish_word_for_the_steward() -> None:
    """Every Danish text about the library's steward says »redaktør« (vocabulary.py)."""
    word = vocabulary.LIBRARY_ROLE[s.STEWARD]["da"]
    assert word == "redaktør"
    said = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        if "steward" not in source.replace("tvaers_steward", "").lower():
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        said += forms
    assert len(said) >= 3
    for text in said:
        assert word in text.lower() or "redaktører" in text.lower(), text


def test_the_english_alt_letters_differ_too(qtbot: QtBot) -> None:
    """The window in English (the source texts): no two visible buttons share a letter."""
    steward = StewardWindow(None, "en")
    qtbot.addWidget(steward)
    texts = [b.text() for b in steward.findChildren(QPushButton)] + [steward.list_label.text()]
    proposal = texts[:4] + texts[7:]
    dispute = texts[4:]
    for shown in (proposal, dispute):
        letters = [mnemonic(t) for t in shown if mnemonic(t)]
        assert len(letters) == len(set(letters)), shown


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_library_menus_alt_letters_differ(qtbot: QtBot, qapp: QApplication, lang: str) -> None:
    """Each item of the Library menu has its own Alt letter (the mnemonic walk in
    tests/journeys sees the menu bar without a library, so without this menu)."""
    from desktop.app import install_translators

    translators = install_translators(qapp, lang)
    try:
        window = MainWindow(lang)
        qtbot.addWidget(window)
        texts = [a.text() for a in window.library_menu.actions() if not a.isSeparator()]
        assert window.steward_action.text() in texts
        letters = [mnemonic(t) for t in texts]
        assert None not in letters and len(set(letters)) == len(letters), texts
        # File › Library: the submenu's letter differs from the File menu's other items.
        save_library(LibrarySettings(host="bibliotek.kommune.dk", user="anne"))
        window.update_library_menu()
        in_file = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
        assert window.library_menu.title() in in_file
        letters = [mnemonic(t) for t in in_file]
        assert None not in letters and len(set(letters)) == len(letters), in_file
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
