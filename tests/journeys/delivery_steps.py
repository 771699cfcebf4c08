"""Steps of the delivery, sign-off and export journeys: what a person does, in real input only.

Opening a workshop goes through Ctrl+O (the file picker answered by the `picker` fixture);
tabs are chosen by clicking them; cards are dragged with the mouse pressed on a card, moved
across the board and let go, as a person does it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.export.minutes import SECTIONS
from desktop.storage.document import create_document
from desktop.ui.delivery_tab.board_column import CardListView
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.export_dialog import MinutesDialog
from desktop.ui.main_window import MainWindow
from tests.journeys import window_steps
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import Key, alt, ctrl, drag, focused, press, type_text, when_modal


def open_workshop(win: MainWindow, picker: FilePicker, qtbot: QtBot, path: Path) -> None:
    """Ctrl+O and the file picked: the workshop is on screen."""
    window_steps.open_workshop(win, picker, path)
    qtbot.waitUntil(lambda: win.tabs is not None)


def show_tab(win: MainWindow, qtbot: QtBot, name: str) -> None:
    """Click the tab's title."""
    window_steps.click_tab(win, name)


def delivery(win: MainWindow) -> DeliveryTab:
    tab = win.delivery_tab
    assert tab is not None
    return tab


def new_workshop(
    win: MainWindow, picker: FilePicker, qtbot: QtBot, path: Path, title: str, tab: str
) -> None:
    """A new workshop file titled `title`, opened with Ctrl+O, the tab named `tab` clicked."""
    create_document(path, title=title).close()
    open_workshop(win, picker, qtbot, path)
    show_tab(win, qtbot, tab)


def new_workshop_on_delivery(
    win: MainWindow, picker: FilePicker, qtbot: QtBot, path: Path, title: str
) -> DeliveryTab:
    """A new workshop file titled `title`, opened with Ctrl+O, its delivery tab clicked."""
    new_workshop(win, picker, qtbot, path, title, "delivery")
    return delivery(win)


def reopen_on_delivery(
    win: MainWindow, picker: FilePicker, qtbot: QtBot, path: Path
) -> DeliveryTab:
    """The saved workshop opened again with Ctrl+O (a new document, not the one on screen), its
    delivery tab clicked."""
    before = win.current
    open_workshop(win, picker, qtbot, path)
    assert win.current is not before
    show_tab(win, qtbot, "delivery")
    return delivery(win)


def add_card(qtbot: QtBot, tab: DeliveryTab, title: str, cost: str = "", years: str = "") -> None:
    """Alt+Y (Danish; Alt+A in English) adds a card and puts the cursor in its title (the
    button clicks itself a moment later, as it shows the press); the labels' Alt letters
    reach the cost and the contract years; Tab leaves the field, which stores what was typed."""
    before = len(titles(tab, "undecided"))
    alt_for(tab.add_button)
    qtbot.waitUntil(
        lambda: len(titles(tab, "undecided")) == before + 1 and tab.editor.title.hasFocus()
    )
    type_text(title)
    if cost:
        alt_for(tab.editor.annual_cost_dkk)
        type_text(cost)
    if years:
        alt_for(tab.editor.contract_years)
        type_text(years)
    press(Key.Key_Tab)


def titles(tab: DeliveryTab, placement: str) -> list[str]:
    """The cards of a column as they are shown, top to bottom."""
    model = tab.columns[placement].model
    return [str(model.card_at(row).service["title"]) for row in range(model.rowCount())]


def card_view(tab: DeliveryTab, placement: str) -> CardListView:
    return tab.columns[placement].view


def card_centre(tab: DeliveryTab, placement: str, row: int) -> QPoint:
    view = card_view(tab, placement)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid() and not rect.isEmpty(), f"card {row} of {placement} is not shown"
    return rect.center()


def drop_point(
    tab: DeliveryTab, placement: str, before_row: int | None, *, lower: bool = False
) -> QPoint:
    """Where a person lets go: on the upper part of the card at `before_row` (or, `lower`,
    on its lower part: after it), or below the last card (None), in the coordinates of that
    column's list."""
    view = card_view(tab, placement)
    model = view.model()
    if before_row is not None:
        index = model.index(before_row, 0)
        view.scrollTo(index)  # a person scrolls a long column first
        rect = view.visualRect(index)
        quarter = max(2, rect.height() // 4)
        return QPoint(rect.center().x(), rect.bottom() - quarter if lower else rect.top() + quarter)
    count = model.rowCount()
    if count == 0:
        return QPoint(view.viewport().width() // 2, 20)
    last = view.visualRect(model.index(count - 1, 0))
    return QPoint(last.center().x(), min(last.bottom() + 12, view.viewport().height() - 3))


def drag_card(
    tab: DeliveryTab,
    source: str,
    row: int,
    target: str,
    before_row: int | None = None,
    *,
    lower: bool = False,
) -> None:
    """Press on a card, move the mouse to the other column, let go: the mouse stays with the
    list it was pressed on until release (as Qt's implicit grab keeps it for a person)."""
    source_view = card_view(tab, source)
    viewport = source_view.viewport()
    start = card_centre(tab, source, row)
    target_view = card_view(tab, target)
    assert target_view.isVisible(), f"the {target} column is not on screen"
    end_global = target_view.viewport().mapToGlobal(
        drop_point(tab, target, before_row, lower=lower)
    )
    drag(viewport, start, viewport.mapFromGlobal(end_global), steps=10)


def mnemonic(text: str) -> str:
    """The letter after "&" in a label ("Kontrakt&år" -> "å")."""
    at = text.replace("&&", "").find("&")
    assert at >= 0, f"{text!r} has no Alt letter"
    return text.replace("&&", "")[at + 1]


def alt_for(widget: QWidget) -> None:
    """Press Alt and the letter the screen shows for `widget`: its own (a button) or its
    label's. The letter is read from the window, so a journey follows a changed mnemonic."""
    if isinstance(widget, QAbstractButton):
        alt(mnemonic(widget.text()))
        return
    window = widget.window()
    labels = [
        label
        for label in window.findChildren(QLabel)
        if label.buddy() is widget and label.isVisible() and "&" in label.text()
    ]
    assert labels, f"no label with an Alt letter leads to {widget!r}"
    alt(mnemonic(labels[0].text()))
    assert widget.hasFocus(), f"Alt+{mnemonic(labels[0].text())} did not reach {widget!r}"


def in_dialog(qtbot: QtBot) -> Callable[[Callable[[QWidget], None]], Callable[[QWidget], None]]:
    """For `when_modal`: the person's keys reach the dialog once it is the active window (as
    their keys do); if a step fails, the dialog is closed so the journey fails, not hangs."""

    def wrap(steps: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
        def run(dialog: QWidget) -> None:
            try:
                qtbot.waitUntil(
                    lambda: dialog.isActiveWindow() and dialog.focusWidget() is not None
                )
                steps(dialog)
            except BaseException:
                dialog.close()
                raise

        return run

    return wrap


def when_message_box(
    qtbot: QtBot, action: Callable[[QMessageBox], None], *, timeout_ms: int = 30_000
) -> None:
    """Run `action(box)` once a message box is the active modal window (other modal windows,
    such as a dialog before it or a progress bar, are waited out). Call before what shows it."""
    waited = {"ms": 0}

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            in_dialog(qtbot)(action)(box)  # type: ignore[arg-type]
            return
        waited["ms"] += 20
        if waited["ms"] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def save_as(dialog: QWidget, out: Path) -> None:
    """In the export dialog: Alt+the letter of "Gem som" (the path is selected, typing
    replaces it), `out` typed, Enter (the default button: Eksportér)."""
    alt_for(dialog.path)  # type: ignore[attr-defined]
    type_text(str(out))
    press(Key.Key_Return)


def choose_sections(dialog: QWidget, keep: Collection[str], out: Path) -> dict[str, bool]:
    """In the export dialog, which opens on the first section: Tab through the sections, Space
    on each not in `keep`, then saved as `out`. Gives each section's box as it was ticked."""
    assert isinstance(dialog, MinutesDialog)
    boxes = dialog.section_boxes
    assert focused() is boxes["cover"]
    for key in list(SECTIONS)[1:]:
        press(Key.Key_Tab)
        assert focused() is boxes[key]
        if key not in keep:
            press(Key.Key_Space)
    chosen = {key: box.isChecked() for key, box in boxes.items()}
    save_as(dialog, out)
    return chosen


def export_minutes(qtbot: QtBot, keep: Collection[str], out: Path) -> None:
    """Ctrl+P, the sections in `keep` chosen and the minutes saved as `out`; where no program
    opens the PDF, the message saying so is closed with Escape."""

    @in_dialog(qtbot)
    def choose(dialog: QWidget) -> None:
        choose_sections(dialog, keep, out)

    def close(box: QMessageBox) -> None:
        press(Key.Key_Escape)

    when_modal(choose)
    when_message_box(qtbot, close)
    ctrl("p")
    qtbot.waitUntil(
        lambda: out.exists() and QApplication.activeModalWidget() is None, timeout=30_000
    )
