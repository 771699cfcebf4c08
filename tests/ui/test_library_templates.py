"""Templates through the library, on the whole window against the suite's real PostgreSQL: a
steward publishes the open workshop's canvas and criteria as a template through the Library
menu with Alt keys; a sync round pulls it on a second data folder; there Ctrl+N chooses it
with keys, and the new workshop has those zones and criteria (and weights) after Ctrl+S,
closing and opening it again. A contributor is told that a steward must publish templates;
without templates in the copy the New workshop dialog is as it always was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.core import canvas, delivery
from desktop.library import admin, sync
from desktop.library import server_schema as s
from desktop.library.credentials import get_password
from desktop.library.settings import load_library
from desktop.ui.canvas_tab.commands import AddCanvas
from desktop.ui.delivery_tab.commands import CreateCriteria
from desktop.ui.main_window import MainWindow
from desktop.ui.new_workshop_dialog import NewWorkshopDialog
from desktop.ui.template_publish import PublishTemplateDialog
from tests.journeys.conftest import (  # noqa: F401
    FilePicker,
    journey_window,
    lang,
    picker,
    screen,
)
from tests.journeys.real_input import Key, Mod, alt, ctrl, focused, press, type_text, when_modal
from tests.journeys.window_steps import key_to_window, library_menu_item, open_workshop
from tests.library.conftest import admin_url, library_db, make_login, pg_server  # noqa: F401
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.ui.test_library_glossary import _use_library as use_library

pytestmark = [
    pytest.mark.enable_socket,
    pytest.mark.allow_hosts(["127.0.0.1"]),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

MakeLogin = Callable[[str], str]
NAME = "Rodproblemer <b>i</b> beskæftigelse"
CRITERION = "Pris <i>alt</i> medregnet"


def _use_library(url: str, win: MainWindow) -> None:
    """This laptop's library settings and password, as Settings › Library… stores them (the
    window shows its Library menu then, as after that dialog)."""
    use_library(url)
    win.update_library_menu()


def _settle(win: MainWindow) -> None:
    """What the window manager does when a dialog has closed: the window active again."""
    QApplication.processEvents()
    if QApplication.activeWindow() is None or QApplication.focusWidget() is None:
        win.activateWindow()
        assert QTest.qWaitForWindowActive(win)


def _new_workshop_by_keys(win: MainWindow, title: str, choose: Callable[[QWidget], None]) -> None:
    """Ctrl+N, the title typed, `choose` for the rest, Return."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        assert focused() is dialog.title
        type_text(title)
        choose(dialog)
        press(Key.Key_Return)  # the default button: Opret

    _when_dialog(fill)
    _settle(win)
    key_to_window(Key.Key_N, Mod.ControlModifier, win)


def _when_dialog(action: Callable[[QWidget], None]) -> None:
    """when_modal, with the dialog made the active window first (what a window manager does
    once the menus that opened it have closed; offscreen leaves the main window active), and
    the dialog closed when a check in `action` fails, so the test fails instead of hanging."""

    def run(dialog: QWidget) -> None:
        try:
            if QApplication.activeWindow() is not dialog:
                dialog.activateWindow()
                assert QTest.qWaitForWindowActive(dialog)
                QApplication.processEvents()
            action(dialog)
        except BaseException:
            if isinstance(dialog, QDialog):
                dialog.reject()
            raise

    when_modal(run)


def _library_menu_action(win: MainWindow, action: QAction) -> None:
    """File › Library › the item, with the keys."""
    _settle(win)
    library_menu_item(win, action)


def _zones_and_criteria(win: MainWindow) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    assert win.current is not None

    def read(session: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        made = canvas.list_canvases(session)
        zones = [
            (c.title, z.key, z.title, z.prompt, z.x, z.y, z.width, z.height)
            for c in made
            for z in canvas.list_zones(session, canvas_id=c.id)
        ]
        criteria = [
            (c.key, c.title, c.description, c.weight, c.favours)
            for c in delivery.list_criteria(session)
        ]
        return zones, criteria

    return win.current.read(read)


def test_a_steward_publishes_and_another_laptop_starts_a_workshop_from_it(
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
    steward, anne = make_login(s.STEWARD), make_login(s.CONTRIBUTOR)

    # The steward's laptop: a workshop with the root-problem canvas and the criteria, one
    # criterion renamed and weighted.
    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "steward"))
    _use_library(steward, win)
    assert win.library_menu.menuAction() in win.file_menu.actions()
    assert not win.template_action.isEnabled()  # only with a workshop open
    _new_workshop_by_keys(win, "Skabelonværksted", lambda _d: None)
    qtbot.waitUntil(lambda: win.current is not None)
    workshop = win.current
    assert workshop is not None and win.template_action.isEnabled()
    workshop.push(AddCanvas(workshop, "rodproblemer"))
    workshop.push(CreateCriteria(workshop))

    def weigh(session: Any) -> None:
        first = delivery.list_criteria(session)[0]
        delivery.update_criterion(session, criterion_id=first.id, title=CRITERION, weight=3.5)

    assert workshop.run_edit(weigh)
    published_zones, published_criteria = _zones_and_criteria(win)
    assert len(published_zones) == 4 and published_criteria[0][1:4:2] == (CRITERION, 3.5)

    # Library › Publish as template… (Alt keys): the name typed, both parts kept, Return.
    seen: list[PublishTemplateDialog] = []

    def publish(dialog: QWidget) -> None:
        assert isinstance(dialog, PublishTemplateDialog)
        seen.append(dialog)
        assert focused() is dialog.name and dialog.name.selectedText() == "Skabelonværksted"
        type_text(NAME)  # replaces the workshop's title offered
        assert dialog.with_canvas.isChecked() and dialog.with_criteria.isChecked()
        press(Key.Key_Return)

    _when_dialog(publish)
    _library_menu_action(win, win.template_action)
    qtbot.waitUntil(lambda: bool(picker.infos or picker.errors), timeout=20_000)
    assert seen and not picker.errors, picker.errors
    assert "biblioteket" in picker.infos[-1]
    with admin.connected(admin_url) as conn:
        rows = conn.execute(select(s.templates).order_by(s.templates.c.kind)).all()
    assert [(r.kind, r.title) for r in rows] == [("canvas", NAME), ("make_or_buy", NAME)]
    assert {r.published_by for r in rows} == {make_url(steward).username}
    win.close_workshop()

    # A contributor's laptop: publishing is refused by the library, in one plain sentence.
    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "anne"))
    _use_library(anne, win)
    _new_workshop_by_keys(win, "Annes værksted", lambda _d: None)
    qtbot.waitUntil(lambda: win.current is not None)
    assert win.current is not None
    win.current.push(CreateCriteria(win.current))
    _when_dialog(lambda _dialog: press(Key.Key_Return))
    _library_menu_action(win, win.template_action)
    qtbot.waitUntil(lambda: bool(picker.errors), timeout=20_000)
    assert picker.errors[-1].startswith("Kun en redaktør (rollen tvaers_steward) kan dele")
    win.close_workshop()

    # Before a sync the copy has no templates: Ctrl+N is the dialog it always was.
    def no_choice(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        assert dialog.canvas_choice is None and dialog.criteria_choice is None
        press(Key.Key_Escape)

    _when_dialog(no_choice)
    _settle(win)
    key_to_window(Key.Key_N, Mod.ControlModifier, win)
    _settle(win)
    assert win.current is None

    # A sync round pulls the templates into this laptop's copy.
    library = load_library()
    assert library is not None
    result = sync.sync_round(library, get_password(library))  # this data folder's copy
    assert result.ok, result.error

    # Ctrl+N: the canvas and the criteria chosen from the library with keys.
    shown: dict[str, list[str]] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        for name, combo in (("canvas", dialog.canvas_choice), ("criteria", dialog.criteria_choice)):
            assert isinstance(combo, QComboBox)
            shown[name] = [combo.itemText(i) for i in range(combo.count())]
        alt("l")  # Lærred
        assert focused() is dialog.canvas_choice
        press(Key.Key_End)  # the library's template is the last choice
        alt("i")  # Kriterier
        assert focused() is dialog.criteria_choice
        press(Key.Key_End)

    _new_workshop_by_keys(win, "Værksted fra skabelon", choose)
    qtbot.waitUntil(lambda: win.current is not None)
    library_choice = f"Skabelon fra biblioteket: {NAME}"  # plain text, markup and all
    assert shown["canvas"][0] == "Intet endnu (vælges under fanen Behov og krav)"
    assert shown["canvas"][-1] == library_choice and len(shown["canvas"]) == 5
    assert shown["criteria"] == ["Startkriterierne", library_choice]
    path = win.current.document.path  # type: ignore[union-attr]
    _settle(win)
    ctrl("s")
    win.close_workshop()
    open_workshop(win, picker, path)
    zones, criteria = _zones_and_criteria(win)
    assert [z[1:] for z in zones] == [z[1:] for z in published_zones]
    assert {z[0] for z in zones} == {NAME}  # the canvas is named after the template
    assert criteria == published_criteria


def test_the_publish_dialog_offers_only_what_the_workshop_has(
    journey_window: MainWindow,  # noqa: F811
    picker: FilePicker,  # noqa: F811
    qtbot: QtBot,
) -> None:
    """Nothing to publish is said, not asked; a workshop with criteria but no canvas offers
    only the criteria; nothing is sent when the steward cancels."""
    from desktop.ui import template_publish

    win = journey_window
    _new_workshop_by_keys(win, "Tomt værksted", lambda _d: None)
    qtbot.waitUntil(lambda: win.current is not None)
    assert win.current is not None
    assert not template_publish.publish_template(win)
    assert picker.infos[-1].startswith("Workshoppen har endnu hverken zoner")

    win.current.push(CreateCriteria(win.current))
    offered: list[tuple[bool, bool, bool, bool]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PublishTemplateDialog)
        offered.append(
            (
                dialog.with_canvas.isEnabled(),
                dialog.with_canvas.isChecked(),
                dialog.with_criteria.isChecked(),
                dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled(),
            )
        )
        dialog.with_criteria.setChecked(False)  # nothing chosen: Del cannot be pressed
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        press(Key.Key_Escape)

    _when_dialog(look)
    assert not template_publish.publish_template(win)
    assert offered == [(False, False, True, True)]
    assert not picker.errors
