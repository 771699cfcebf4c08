"""A facilitator starts a workshop from nothing, with keys and mouse only: the New workshop
dialog typed through with Tab, the details, participants and follow-up actions with their
due dates typed the Danish ways; Ctrl+S; the file holds exactly what was typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCalendarWidget, QWidget

from desktop.ui.date_field import DateField
from desktop.ui.main_window import MainWindow
from desktop.ui.new_workshop_dialog import NewWorkshopDialog
from desktop.ui.workshop_tab.tab import WorkshopTab
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.real_input import (
    Key,
    Mod,
    click,
    click_cell,
    ctrl,
    focused,
    press,
    type_text,
    when_modal,
)


def settle(win: QWidget | None = None) -> None:
    """Let the window finish what the last key started (queued commits, closed editors)."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    if win is not None and QApplication.activeWindow() is None:
        # The offscreen platform leaves no window active once a popup (the owner's
        # suggestions) has closed; a window manager gives the focus back to the window.
        win.activateWindow()
        assert QTest.qWaitForWindowActive(win)


# The owner's suggestions pop up as a window of their own, which offscreen cannot raise.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
TITLE = "Indkøb af mentorstøtte"


def _fill_new_workshop(day: str, *, starts: str = "09:30", ends: str = "14:45") -> None:
    """Typed into the New workshop dialog once it is open: Tab from field to field."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        assert focused() is dialog.title
        type_text(TITLE)
        press(Key.Key_Tab)
        type_text("Eksempel Kommune")
        press(Key.Key_Tab)
        type_text("Beskæftigelse")
        press(Key.Key_Tab)
        type_text("Mødelokale 2")
        press(Key.Key_Tab)
        assert focused() is dialog.day
        type_text(day)  # Tab selected the date shown: typing replaces it
        press(Key.Key_Tab)
        assert focused() is dialog.starts
        type_text(starts)
        press(Key.Key_Tab)
        assert focused() is dialog.ends
        type_text(ends)
        press(Key.Key_Tab)
        assert focused() is dialog.facilitator
        type_text("Kim Kontrakt")
        press(Key.Key_Return)  # the default button: Opret

    when_modal(fill)


def _create_workshop(win: MainWindow, day: str = "15.01.2027") -> WorkshopTab:
    _fill_new_workshop(day)
    click(win.start.new_button)
    tab = win.workshop_tab
    assert tab is not None, "the workshop did not open"
    win.activateWindow()  # what the window manager does when the dialog has closed
    settle()
    return tab


def _quick_workshop(win: MainWindow, day: str) -> WorkshopTab:
    """New workshop: a title, Tab to Dato, the date typed, Enter."""

    def fill(dialog: QWidget) -> None:
        type_text(TITLE)
        for _ in range(4):
            press(Key.Key_Tab)
        if day:
            type_text(day)
        else:
            press(Key.Key_Delete)
        press(Key.Key_Return)

    when_modal(fill)
    click(win.start.new_button)
    tab = win.workshop_tab
    assert tab is not None, "the workshop did not open"
    win.activateWindow()  # what the window manager does when the dialog has closed
    settle()
    return tab


def _to_due_of_new_action(tab: WorkshopTab) -> QWidget:
    """Add a follow-up action; Enter keeps its text; Tab, Tab to the empty due date."""
    click(tab.follow_ups.add_button)
    press(Key.Key_Tab)
    press(Key.Key_Tab)
    return focused()


def _saved(win: MainWindow, sql: str) -> list[tuple[object, ...]]:
    ctrl("s")
    assert win.current is not None
    return read_saved(win.current.document.path, sql)


def _add_action(tab: WorkshopTab, what: str, owner: str, due: str) -> None:
    """Add, type what, Tab, owner, Tab, the due date, Enter."""
    click(tab.follow_ups.add_button)
    type_text(what)
    press(Key.Key_Tab)
    type_text(owner)
    press(Key.Key_Tab)
    assert isinstance(focused(), DateField), "Tab did not reach the due date"
    type_text(due)
    press(Key.Key_Return)
    settle(tab.window())


@pytest.mark.parametrize(
    "screen", [(1366, 768), (960, 480)], ids=["1366x768", "200%"], indirect=True
)
def test_new_workshop_typed_through_to_the_saved_file(
    journey_window: MainWindow, picker: FilePicker
) -> None:
    win = journey_window
    tab = _create_workshop(win)

    click(tab.details.purpose.viewport())
    type_text("Fælles sprog om mentorstøtte")
    press(Key.Key_Tab)  # the purpose box passes Tab on: leaving it stores the text

    click(tab.participants.add_button)  # the new participant's name is open for typing
    type_text("Sanne Sagsbehandler")
    press(Key.Key_Tab)
    type_text("Jobkonsulent")
    press(Key.Key_Return)
    settle()
    click(tab.participants.add_button)
    type_text("Ida Indkøb")
    press(Key.Key_Return)
    settle()

    _add_action(tab, "Send referatet", "Ida Indkøb", "27.01.2027")
    _add_action(tab, "Book opfølgningsmøde", "Sanne Sagsbehandler", "27/1-2027")
    _add_action(tab, "Tjek kontrakten", "Kim Kontrakt", "3.2.27")
    _add_action(tab, "Ring til leverandøren", "Ida Indkøb", "31.02.2027")
    # A day that does not exist: said plainly, the cell stays open with what was typed.
    assert picker.errors == [
        "31.02.2027 findes ikke: februar 2027 har 28 dage. Datoen er ikke ændret."
    ]
    editor = focused()
    assert isinstance(editor, DateField) and editor.text() == "31.02.2027"
    ctrl("a")  # what was typed, selected and corrected
    type_text("28.2.2027")
    press(Key.Key_Return)
    settle(win)

    ctrl("s")
    path = win.current.document.path if win.current else Path()
    assert read_saved(
        path,
        "SELECT title, organisation, area, location, facilitator, purpose,"
        " starts_at, ends_at FROM workshop",
    ) == [
        (
            TITLE,
            "Eksempel Kommune",
            "Beskæftigelse",
            "Mødelokale 2",
            "Kim Kontrakt",
            "Fælles sprog om mentorstøtte",
            "2027-01-15 09:30:00.000000",
            "2027-01-15 14:45:00.000000",
        )
    ]
    assert read_saved(path, "SELECT name, role FROM participant ORDER BY position") == [
        ("Sanne Sagsbehandler", "Jobkonsulent"),
        ("Ida Indkøb", ""),
    ]
    assert read_saved(path, "SELECT what, owner, due FROM action_item ORDER BY position") == [
        ("Send referatet", "Ida Indkøb", "2027-01-27"),
        ("Book opfølgningsmøde", "Sanne Sagsbehandler", "2027-01-27"),
        ("Tjek kontrakten", "Kim Kontrakt", "2027-02-03"),
        ("Ring til leverandøren", "Ida Indkøb", "2027-02-28"),
    ]


# -- each date fault of issue 15, as the facilitator met it --------------------------------


def test_a_typed_due_date_and_enter_store_exactly_that_date(journey_window: MainWindow) -> None:
    tab = _quick_workshop(journey_window, "15.01.2027")
    _to_due_of_new_action(tab)
    type_text("27.01.2027")
    press(Key.Key_Return)
    settle(journey_window)
    assert tab.action_model.data(tab.action_model.index(0, 2)) == "27.01.2027"
    assert _saved(journey_window, "SELECT due FROM action_item") == [("2027-01-27",)]


def test_up_in_an_empty_due_date_starts_from_the_workshop_date(
    journey_window: MainWindow,
) -> None:
    tab = _quick_workshop(journey_window, "15.01.2027")  # a workshop still to come
    editor = _to_due_of_new_action(tab)
    press(Key.Key_Up)
    assert editor.text() == "15.01.2027"
    press(Key.Key_Up)
    assert editor.text() == "16.01.2027"
    press(Key.Key_Return)
    settle(journey_window)
    assert _saved(journey_window, "SELECT due FROM action_item") == [("2027-01-16",)]


def test_up_in_an_empty_due_date_starts_from_today_after_the_workshop(
    journey_window: MainWindow,
) -> None:
    tab = _quick_workshop(journey_window, "15.01.2020")
    editor = _to_due_of_new_action(tab)
    press(Key.Key_Down)
    assert editor.text() == date.today().strftime("%d.%m.%Y")


def test_up_in_the_empty_workshop_date_starts_from_today(journey_window: MainWindow) -> None:
    tab = _quick_workshop(journey_window, "")
    click(tab.details.day)
    press(Key.Key_Up)
    assert tab.details.day.text() == date.today().strftime("%d.%m.%Y")
    press(Key.Key_Return)
    assert _saved(journey_window, "SELECT date(starts_at) FROM workshop") == [
        (date.today().isoformat(),)
    ]


def test_the_due_date_calendar_opens_at_the_workshop_month_and_a_day_picked_is_stored(
    journey_window: MainWindow,
) -> None:
    tab = _quick_workshop(journey_window, "15.01.2027")
    _to_due_of_new_action(tab)
    press(Key.Key_Down, Mod.AltModifier)
    popup = QApplication.activePopupWidget()
    assert popup is not None, "no calendar opened"
    calendar = popup.findChild(QCalendarWidget)
    assert calendar is not None
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 1)
    assert calendar.selectedDate().toPython() == date(2027, 1, 15)
    assert calendar.isAncestorOf(focused()), "the calendar does not have the keys"
    press(Key.Key_Right)  # a day later
    press(Key.Key_Return)
    settle(journey_window)
    assert _saved(journey_window, "SELECT due FROM action_item") == [("2027-01-16",)]


@pytest.mark.parametrize("typed", ["15.01.2027", "15/1-2027", "15.1.27"])
def test_the_new_workshop_date_typed_is_the_date_stored(
    journey_window: MainWindow, typed: str
) -> None:
    _quick_workshop(journey_window, typed)
    assert _saved(journey_window, "SELECT date(starts_at) FROM workshop") == [("2027-01-15",)]


@pytest.mark.parametrize(
    "lang, message",
    [
        ("da", "31.02.2027 findes ikke: februar 2027 har 28 dage. Datoen er ikke ændret."),
        ("en", "31.02.2027 does not exist: February 2027 has 28 days. The date was not changed."),
    ],
    indirect=["lang"],
)
def test_a_due_date_that_cannot_be_is_refused_plainly_and_the_stored_one_kept(
    journey_window: MainWindow, picker: FilePicker, lang: str, message: str
) -> None:
    tab = _quick_workshop(journey_window, "15.01.2027")
    _to_due_of_new_action(tab)
    type_text("27.01.2027")
    press(Key.Key_Return)
    settle(journey_window)
    view = tab.follow_ups.view
    click_cell(view, 0, 2)
    type_text("3")  # typing on the cell opens it for typing over
    type_text("1.02.2027")
    press(Key.Key_Return)
    assert picker.errors == [message]
    assert focused().text() == "31.02.2027"  # still there, to be corrected
    press(Key.Key_Escape)
    settle(journey_window)
    assert _saved(journey_window, "SELECT due FROM action_item") == [("2027-01-27",)]


def test_a_workshop_date_that_cannot_be_is_refused_plainly_and_kept_to_correct(
    journey_window: MainWindow, picker: FilePicker
) -> None:
    tab = _quick_workshop(journey_window, "15.01.2027")
    click(tab.details.day)
    ctrl("a")
    type_text("31.02.2027")
    press(Key.Key_Return)
    assert picker.errors == [
        "31.02.2027 findes ikke: februar 2027 har 28 dage. Workshoppens dato er ikke ændret."
    ]
    assert tab.details.day.text() == "31.02.2027"
    assert _saved(journey_window, "SELECT date(starts_at) FROM workshop") == [("2027-01-15",)]
    ctrl("a")
    type_text("28.2.2027")
    press(Key.Key_Return)
    assert _saved(journey_window, "SELECT date(starts_at) FROM workshop") == [("2027-02-28",)]


def test_a_new_workshop_date_that_cannot_be_keeps_the_dialog_open(
    journey_window: MainWindow, picker: FilePicker
) -> None:
    def fill(dialog: QWidget) -> None:
        type_text(TITLE)
        for _ in range(4):
            press(Key.Key_Tab)
        type_text("31.02.2027")
        press(Key.Key_Return)
        assert picker.errors == [
            "31.02.2027 findes ikke: februar 2027 har 28 dage. "
            "Ret datoen, eller lad feltet stå tomt."
        ]
        assert dialog.isVisible() and focused().text() == "31.02.2027"
        type_text("28.02.2027")  # the wrong date is selected: typing replaces it
        press(Key.Key_Return)

    when_modal(fill)
    click(journey_window.start.new_button)
    assert journey_window.workshop_tab is not None
    journey_window.activateWindow()
    settle()
    assert _saved(journey_window, "SELECT date(starts_at) FROM workshop") == [("2027-02-28",)]
