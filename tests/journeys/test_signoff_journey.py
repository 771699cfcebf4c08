"""Leadership sign-off as it happens in the room, keys and mouse only: a decision typed in,
signed off through the sign-off dialog, then changed, and the sign-off shown as stale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import signoff
from desktop.core.signoff import DecisionStatus
from desktop.storage.document import create_document, open_document
from desktop.ui.main_window import MainWindow
from desktop.ui.signoff_tab.sign_off_dialog import SignOffDialog
from desktop.ui.signoff_tab.tab import SignOffTab
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import alt_for, in_dialog, open_workshop, show_tab
from tests.journeys.real_input import Key, Mod, click, ctrl, press, type_text, when_modal

TITLE = "Mentorstøtte hjemtages delvist"
TEXT = "To interne mentorer fra 1. marts; resten købes."
LATER = " Og en tredje efter sommerferien."


def signoff_tab(win: MainWindow) -> SignOffTab:
    tab = win.signoff_tab
    assert tab is not None
    return tab


def test_decision_signed_off_then_changed_is_marked_stale_in_the_file(
    journey_window: MainWindow, picker: FilePicker, qtbot: QtBot, tmp_path: Path
) -> None:
    win = journey_window
    path = tmp_path / "Ledelse.tvaers"
    create_document(path, title="Ledelsesforankring").close()
    open_workshop(win, picker, qtbot, path)
    show_tab(win, qtbot, "signoff")
    tab = signoff_tab(win)
    editor = tab.editor

    alt_for(tab.add_decision_button)  # the button clicks itself a moment later
    qtbot.waitUntil(lambda: tab.decisions_model.rowCount() == 1 and editor.title.hasFocus())
    type_text(TITLE)  # over the selected "Ny beslutning"
    alt_for(editor.text)
    type_text(TEXT)
    alt_for(editor.conditions)
    type_text("Evalueres efter 12 måneder")
    alt_for(editor.owner)
    type_text("Connie Centerchef")
    alt_for(editor.amount)
    type_text("1.100.000")
    press(Key.Key_Tab)

    said: list[str] = []

    @in_dialog(qtbot)
    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignOffDialog)
        said.append(dialog.windowTitle())
        alt_for(dialog.name)
        type_text("Dorte Direktør")
        alt_for(dialog.title)
        type_text("Kommunaldirektør")
        alt_for(dialog.comment)
        type_text("God plan.")
        alt_for(dialog.name)
        press(Key.Key_Return)  # the dialog's default button: Registrér godkendelse

    when_modal(sign)
    alt_for(tab.add_sign_off_button)
    qtbot.waitUntil(lambda: tab.sign_offs_model.rowCount() == 1, timeout=10_000)
    assert said == ["Godkendelse"]
    assert tab.selected_report() is not None
    assert tab.selected_report().status == DecisionStatus.APPROVED  # type: ignore[union-attr]
    assert not tab.banner.isVisible()

    # The decision changes afterwards: the approval no longer covers it, and it shows.
    win.activateWindow()  # what the window manager does when the dialog has closed
    qtbot.waitUntil(win.isActiveWindow)
    click(editor.text)  # into the decision's text
    press(Key.Key_End, Mod.ControlModifier)
    type_text(LATER)
    press(Key.Key_Tab)
    qtbot.waitUntil(
        lambda: (
            tab.selected_report() is not None
            and tab.selected_report().status == DecisionStatus.CHANGED_AFTER_APPROVAL
        )  # type: ignore[union-attr]
    )
    assert tab.banner.isVisible()

    ctrl("s")
    assert read_saved(
        path, "SELECT title, text, conditions, owner, resources_dkk FROM decision"
    ) == [(TITLE, TEXT + LATER, "Evalueres efter 12 måneder", "Connie Centerchef", 1_100_000)]
    assert read_saved(
        path, "SELECT approver_name, approver_title, outcome, comment FROM sign_off"
    ) == [("Dorte Direktør", "Kommunaldirektør", "approved", "God plan.")]
    saved = open_document(path, read_only=True)
    try:
        with saved.session() as s:
            (report,) = signoff.decision_reports(s)
            (state,) = report.sign_offs
            assert report.status == DecisionStatus.CHANGED_AFTER_APPROVAL
            assert state.is_stale
            assert [c.field for c in state.changes] == ["text"]
    finally:
        saved.close()
