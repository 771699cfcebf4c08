"""Issue 21's "done when", as two facilitators and a steward do it: laptop A shares a term,
laptop B (a steward) approves it in Library › Forslag og uenigheder…, A fetches it; then A and
B both change that term and share, the later change shows in the steward's window as disputed
with both texts, the steward settles it, and A fetches the settled text.

The whole window, keys and clicks only (tests/journeys' way; the app's own dialogs typed into
while open), against the suite's real PostgreSQL, each laptop with its own data folder and
settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.library import admin
from desktop.library import server_schema as s
from desktop.ui.glossary_tab.library_actions import FetchDialog
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.main_window import MainWindow
from desktop.ui.steward_window import StewardWindow
from tests.journeys.conftest import FilePicker, journey_window, lang, picker, screen  # noqa: F401
from tests.journeys.glossary_steps import (
    DOMAIN,
    POPUP_WARNINGS,
    add_term,
    choose,
    click_term,
    make_workshop,
    open_with_ctrl_o,
    replace_text,
    settle,
)
from tests.journeys.real_input import Key, Mod, alt, click, ctrl, press, type_text, when_modal
from tests.journeys.window_steps import key_to_window, library_menu_item
from tests.library.conftest import admin_url, library_db, make_login, pg_server  # noqa: F401
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.ui.test_library_glossary import _use_library
from tests.ui.test_library_glossary_journey import _active

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

MakeLogin = Callable[[str], str]
WORD = "Borgerrettet indsats"
FIRST = "Indsats tæt på borgeren"


class Laptops:
    """One window playing two laptops: each its own data folder, settings and workshops."""

    def __init__(
        self,
        win: MainWindow,
        file_picker: FilePicker,
        qtbot: QtBot,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        self.win, self.picker, self.qtbot = win, file_picker, qtbot
        self.tmp_path, self.monkeypatch = tmp_path, monkeypatch

    def use(self, name: str, url: str, workshop: str) -> GlossaryTab:
        """Laptop `name` with the library at `url`, its workshop `workshop` open (Ctrl+O)."""
        win = self.win
        win.close_workshop()
        self.monkeypatch.setenv("TVAERS_DATA_DIR", str(self.tmp_path / name))
        _use_library(url)
        win.update_library_menu()  # as Settings › Library… does once the library is saved
        path = self.tmp_path / f"{workshop}.tvaers"
        if not path.exists():
            make_workshop(path)
        _active(self.qtbot, win)
        tab = open_with_ctrl_o(win, self.picker, path)
        _active(self.qtbot, win)
        return tab

    def share(self, tab: GlossaryTab) -> None:
        """Del med biblioteket…, the confirmation answered Ja with Return."""
        asked: list[str] = []

        def yes(dialog: QWidget) -> None:
            asked.append(dialog.windowTitle())
            _active(self.qtbot, dialog)  # a desktop gives a new dialog the keys
            press(Key.Key_Return)

        when_modal(yes)
        click(tab.library_actions.share_button)
        self.qtbot.waitUntil(lambda: not tab.library_actions.running, timeout=20_000)
        settle()
        assert asked == ["Del med biblioteket"]
        assert self.win.library_status.text().startswith("Bibliotek: forbundet")
        _active(self.qtbot, self.win)  # the confirmation closed: the window has the keys

    def fetch(self, tab: GlossaryTab, shown: str, *, add: bool) -> list[str]:
        """Hent fra biblioteket…: wait until the refreshed copy shows `shown`, search, and
        tick and add the term (add) or look and close with Escape; the list as seen."""
        seen: list[str] = []

        def pick(dialog: QWidget) -> None:
            assert isinstance(dialog, FetchDialog)
            _active(self.qtbot, dialog)
            self.qtbot.waitUntil(
                lambda: (
                    [dialog.results.item(i).text() for i in range(dialog.results.count())]
                    == [shown]
                ),
                timeout=20_000,
            )
            type_text("indsats")  # the search has the cursor
            seen.extend(dialog.results.item(i).text() for i in range(dialog.results.count()))
            if add:
                press(Key.Key_Tab)  # to the list: its first term
                press(Key.Key_Space)  # ticked
                press(Key.Key_Return)  # Tilføj til workshoppen
            else:
                press(Key.Key_Escape)

        when_modal(pick, timeout_ms=20_000)
        click(tab.library_actions.fetch_button)
        self.qtbot.waitUntil(lambda: not tab.library_actions.running, timeout=20_000)
        settle()
        _active(self.qtbot, self.win)  # the dialog closed: the window has the keys again
        return seen

    def change(self, tab: GlossaryTab, explanation: str) -> None:
        """The fetched term clicked, its explanation typed over, marked Aftalt."""
        click_term(tab, DOMAIN, WORD)
        settle()
        replace_text(tab.editor.explanation, explanation)
        settle()
        choose(tab.editor.status, "Aftalt")
        settle()

    def steward_window(self, before: int = -1) -> StewardWindow:
        """Filer › Bibliotek › Forslag og uenigheder… with the keys; the window's list fetched."""
        win = self.win
        existing = win.findChild(StewardWindow)
        runs = existing.runs if existing is not None else 0
        win.activateWindow()
        library_menu_item(win, win.steward_action)
        self.qtbot.waitUntil(lambda: win.findChild(StewardWindow) is not None)
        steward = win.findChild(StewardWindow)
        assert steward is not None
        self.qtbot.waitUntil(lambda: steward.runs > runs, timeout=20_000)
        _active(self.qtbot, steward)
        return steward

    def decide(self, steward: StewardWindow, letter: str) -> None:
        """Alt+letter in the steward's window; wait for its worker to finish."""
        runs = steward.runs
        key_to_window(Key(ord(letter)), Mod.AltModifier, steward)
        self.qtbot.waitUntil(lambda: steward.runs > runs, timeout=20_000)
        settle()


def _items(steward: StewardWindow) -> list[str]:
    return [steward.proposals.item(i).text() for i in range(steward.proposals.count())]


@POPUP_WARNINGS
def test_share_approve_in_the_stewards_window_fetch_and_settle_a_dispute(
    journey_window: MainWindow,  # noqa: F811
    picker: FilePicker,  # noqa: F811
    qtbot: QtBot,
    admin_url: str,  # noqa: F811
    make_login: MakeLogin,  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = journey_window
    admin.init_library(admin_url)
    anne, birgit = make_login(s.CONTRIBUTOR), make_login(s.STEWARD)
    laptops = Laptops(win, picker, qtbot, tmp_path, monkeypatch)

    # Laptop A shares an agreed term.
    tab = laptops.use("anne", anne, "anne")
    add_term(tab, DOMAIN, WORD)
    replace_text(tab.editor.term, WORD)
    settle()
    replace_text(tab.editor.explanation, FIRST)
    settle()
    choose(tab.editor.status, "Aftalt")
    laptops.share(tab)

    # Laptop B, a steward: Bibliotek › Forslag og uenigheder…, the new term approved (Alt+G).
    tab = laptops.use("birgit", birgit, "birgit")
    steward = laptops.steward_window()
    (item,) = _items(steward)
    assert item.startswith(f"Nyt begreb: {WORD} – foreslået af ")
    assert f"Forklaring: {FIRST}" in steward.proposal_text.toPlainText()
    laptops.decide(steward, "G")  # Godkend
    assert steward.state.text() == (
        "Forslaget er godkendt og ligger i biblioteket. 0 forslag venter på en afgørelse."
    )
    key_to_window(Key.Key_Escape, Mod.NoModifier, steward)  # the window closes
    qtbot.waitUntil(lambda: not steward.isVisible())

    # Laptop A fetches the approved term into another workshop, and changes it.
    tab = laptops.use("anne", anne, "anne-2")
    assert laptops.fetch(tab, f"{WORD} – {FIRST}", add=True) == [f"{WORD} – {FIRST}"]
    assert picker.infos[-1] == "1 begreb er tilføjet."
    laptops.change(tab, "Annes tekst")
    laptops.share(tab)

    # Laptop B fetches the same term too, changes it from the same text, and shares later.
    tab = laptops.use("birgit", birgit, "birgit")
    laptops.fetch(tab, f"{WORD} – {FIRST}", add=True)
    laptops.change(tab, "Birgits tekst")
    laptops.share(tab)
    with admin.connected(admin_url) as conn:
        p = s.term_proposals
        changes = conn.execute(select(p.c.explanation, p.c.state).where(p.c.term_id.isnot(None)))
        assert sorted(changes.all()) == [("Annes tekst", "proposed"), ("Birgits tekst", "proposed")]

    # The steward approves the first change; the later one becomes disputed, both texts shown.
    steward = laptops.steward_window()
    assert [i.split(" – ")[0] for i in _items(steward)] == [f"Ændring: {WORD}"] * 2
    assert "Annes tekst" in steward.proposal_text.toPlainText()
    laptops.decide(steward, "G")  # Godkend: Anne's change is the library's text now
    assert "Birgits tekst" in steward.proposal_text.toPlainText()
    laptops.decide(steward, "G")  # Godkend: the term moved on since Birgit started
    assert steward.state.text().startswith(
        "Bibliotekets begreb er ændret, siden forslaget blev lavet, så det er nu omstridt"
    )
    (item,) = _items(steward)
    assert item.startswith(f"Omstridt: {WORD} – foreslået af ")
    assert "Forklaring: Birgits tekst" in steward.proposal_text.toPlainText()
    assert "Forklaring: Annes tekst" in steward.library_text.toPlainText()
    with admin.connected(admin_url) as conn:
        (term,) = conn.execute(select(s.terms.c.explanation)).all()
    assert term.explanation == "Annes tekst"  # not overwritten while disputed

    # The steward settles it with an edited text (Alt+T, Ret og afgør…, typed in the dialog).
    def edit(dialog: QWidget) -> None:
        assert dialog.windowTitle() == "Ret og afgør"
        _active(qtbot, dialog)
        press(Key.Key_Tab)  # from the term to the explanation
        ctrl("a")
        type_text("Annes og Birgits tekst")
        alt("A")  # Afgør

    when_modal(edit)
    laptops.decide(steward, "T")
    assert steward.proposals.count() == 0
    key_to_window(Key.Key_Escape, Mod.NoModifier, steward)
    qtbot.waitUntil(lambda: not steward.isVisible())

    # Laptop A fetches the settled text.
    tab = laptops.use("anne", anne, "anne-2")
    settled = f"{WORD} – Annes og Birgits tekst"
    assert laptops.fetch(tab, settled, add=False) == [settled]
