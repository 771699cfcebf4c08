"""Leadership sign-off as it happens in the room, keys and mouse only: a decision typed in,
signed off through the sign-off dialog, then changed, and the sign-off shown as stale; and
decisions ranked by leadership inside the frame it sets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import signoff
from desktop.core.signoff import DecisionStatus
from desktop.storage.document import open_document
from desktop.ui.main_window import MainWindow
from desktop.ui.signoff_tab.sign_off_dialog import SignOffDialog
from desktop.ui.signoff_tab.tab import SignOffTab
from tests.export.pdf_reading import Pdf
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import (
    alt_for,
    in_dialog,
    new_workshop,
    open_workshop,
    save_as,
    show_tab,
)
from tests.journeys.real_input import (
    Key,
    Mod,
    click,
    click_cell,
    ctrl,
    press,
    type_text,
    when_modal,
)

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
    new_workshop(win, picker, qtbot, path, "Ledelsesforankring", "signoff")
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


MENTOR = "Mentorstøtte hjemtages"
LESSONS = "Danskundervisning & <sprogcenter>"


def _add_decision(tab: SignOffTab, qtbot: QtBot, title: str, amount: str, count: int) -> None:
    alt_for(tab.add_decision_button)
    qtbot.waitUntil(lambda: tab.decisions_model.rowCount() == count and tab.editor.title.hasFocus())
    type_text(title)  # over the selected "Ny beslutning"
    alt_for(tab.editor.amount)
    type_text(amount)
    press(Key.Key_Tab)


def _titles(tab: SignOffTab) -> list[str]:
    model = tab.decisions_model
    return [model.report_at(row).decision["title"] for row in range(model.rowCount())]


def test_leadership_ranks_decisions_inside_a_frame_by_keys(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    pdf_reader: list[str],
) -> None:
    """Issue 20, part 4 as leadership does it in the room, keys only: two decisions, a frame
    typed after Alt+M, the frame running out at decision 2; Alt+Up ranks the cheaper one
    first, Ctrl+Z puts it back and Ctrl+Y again; the ranking and the frame are in the file,
    in the tab after reopening, and in the minutes."""
    win = journey_window
    path = tmp_path / "Prioritering.tvaers"
    out = tmp_path / "Prioritering.pdf"
    new_workshop(win, picker, qtbot, path, "Prioritering af ressourcer", "signoff")
    tab = signoff_tab(win)
    _add_decision(tab, qtbot, MENTOR, "900.000", 1)
    _add_decision(tab, qtbot, LESSONS, "600.000", 2)
    assert _titles(tab) == [MENTOR, LESSONS]

    frame = tab.frame_editor
    alt_for(frame.budget)  # "Ramme"
    type_text("1.000.000")
    press(Key.Key_Tab)
    qtbot.waitUntil(lambda: frame.verdict.text().startswith("⚠ Over rammen fra beslutning 2"))
    assert frame.verdict.text().endswith("(beløb).")  # the kroner run out, not hours

    # The cheaper decision first: now both are over the frame from the second on, but the
    # one over is the mentor decision.
    click_cell(tab.decisions_view, 1)  # the second decision
    press(Key.Key_Up, Mod.AltModifier)
    qtbot.waitUntil(lambda: _titles(tab) == [LESSONS, MENTOR])
    ctrl("z")
    qtbot.waitUntil(lambda: _titles(tab) == [MENTOR, LESSONS])
    ctrl("y")
    qtbot.waitUntil(lambda: _titles(tab) == [LESSONS, MENTOR])
    assert frame.verdict.text().startswith("⚠ Over rammen fra beslutning 2")

    ctrl("s")
    assert read_saved(path, "SELECT title, resources_dkk FROM decision ORDER BY position") == [
        (LESSONS, 600_000),
        (MENTOR, 900_000),
    ]
    assert read_saved(path, "SELECT budget_dkk, hours, fte FROM resource_frame") == [
        (1_000_000, None, None)
    ]

    # Closed and opened again: the frame and the ranking are shown as they were left.
    ctrl("w")
    qtbot.waitUntil(lambda: win.signoff_tab is None)
    open_workshop(win, picker, qtbot, path)
    show_tab(win, qtbot, "signoff")
    tab = signoff_tab(win)
    assert _titles(tab) == [LESSONS, MENTOR]
    assert tab.frame_editor.budget.text() == "1.000.000"

    @in_dialog(qtbot)
    def export(dialog: QWidget) -> None:
        save_as(dialog, out)

    when_modal(export)
    ctrl("p")
    qtbot.waitUntil(lambda: bool(pdf_reader), timeout=30_000)  # written, and handed to a reader
    text = " ".join(Pdf.of(out).text().split())
    assert "Prioritering og ressourcer" in text
    assert "1.000.000 kr." in text
    assert "Over rammen fra beslutning 2" in text
    assert text.index(LESSONS) < text.index(MENTOR)
