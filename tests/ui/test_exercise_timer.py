"""The exercise timer in the toolbar and on the wall, driven by a fake clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QToolBar, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import install_translators
from desktop.core.exercise_timer import TimerState
from desktop.ui import dialogs
from desktop.ui.exercise_timer import (
    FLASH_SECONDS,
    BigTimerDisplay,
    ExerciseTimer,
    TimerWidget,
)
from desktop.ui.exercise_timer_dialog import TimerChoice, TimerDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Answers, new_workshop_answer


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(danish: None, clock: FakeClock) -> ExerciseTimer:
    return ExerciseTimer("da", clock=clock)


@pytest.fixture
def widget(qtbot: QtBot, timer: ExerciseTimer) -> TimerWidget:
    w = TimerWidget(timer)
    qtbot.addWidget(w)
    w.show()
    return w


def advance(timer: ExerciseTimer, clock: FakeClock, seconds: float) -> None:
    clock.now += seconds
    timer.tick()  # what the QTimer does every 100 ms


def menu_action(widget: TimerWidget, text: str) -> QAction:
    found = [a for a in widget.menu.actions() if a.text() == text]
    assert len(found) == 1, [a.text() for a in widget.menu.actions()]
    return found[0]


# -- the toolbar widget --------------------------------------------------------------


def test_idle_timer_offers_a_countdown_and_nothing_else(widget: TimerWidget) -> None:
    assert widget.objectName() == "exerciseTimer"
    assert widget.text() == "Nedtælling"
    assert widget.property("timerState") == "idle"
    assert widget.start_button.isVisible()
    for hidden in (widget.face, widget.pause_button, widget.add_button, widget.stop_button):
        assert not hidden.isVisible()


def test_start_menu_offers_presets_other_time_and_a_name(widget: TimerWidget) -> None:
    texts = [a.text() for a in widget.menu.actions() if not a.isSeparator()]
    assert texts == [
        "3 min.",
        "5 min.",
        "10 min.",
        "15 min.",
        "Anden tid…",
        "Navngiv øvelsen…",
    ]


def test_preset_from_the_menu_starts_the_countdown(
    widget: TimerWidget, timer: ExerciseTimer, clock: FakeClock
) -> None:
    menu_action(widget, "5 min.").trigger()
    assert widget.text() == "Nedtælling 05:00"
    assert widget.property("timerState") == "running"
    for shown in (widget.face, widget.pause_button, widget.add_button, widget.stop_button):
        assert shown.isVisible()
    advance(timer, clock, 1)
    assert widget.time_label.text() == "04:59"
    advance(timer, clock, 120)
    assert widget.time_label.text() == "02:59"


def test_the_qtimer_keeps_the_display_moving(
    qtbot: QtBot, widget: TimerWidget, timer: ExerciseTimer, clock: FakeClock
) -> None:
    timer.preset_actions[3].trigger()
    assert timer.is_ticking()
    clock.now += 1
    qtbot.waitUntil(lambda: widget.time_label.text() == "02:59", timeout=2000)


def test_pause_and_resume_by_the_button(
    qtbot: QtBot, widget: TimerWidget, timer: ExerciseTimer, clock: FakeClock
) -> None:
    timer.start(300, "Stille brainstorm")
    advance(timer, clock, 10)
    assert widget.pause_button.toolTip() == "Sæt nedtællingen på pause"
    qtbot.mouseClick(widget.pause_button, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.PAUSED
    assert widget.text() == "På pause · Stille brainstorm 04:50"
    assert not timer.is_ticking()  # nothing to redraw while paused
    advance(timer, clock, 100)
    assert widget.time_label.text() == "04:50"
    assert timer.pause_action.text() == "Fortsæt"
    qtbot.mouseClick(widget.pause_button, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.RUNNING
    advance(timer, clock, 5)
    assert widget.text() == "Stille brainstorm 04:45"


def test_add_a_minute_by_the_button(
    qtbot: QtBot, widget: TimerWidget, timer: ExerciseTimer, clock: FakeClock
) -> None:
    timer.start(180)
    advance(timer, clock, 30)
    assert widget.add_button.text() == "+1 min."
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert widget.time_label.text() == "03:30"


def test_stop_by_the_button_goes_back_to_idle(
    qtbot: QtBot, widget: TimerWidget, timer: ExerciseTimer
) -> None:
    timer.start(180, "Pause")
    qtbot.mouseClick(widget.stop_button, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.IDLE
    assert widget.text() == "Nedtælling"
    assert not widget.stop_button.isVisible()
    assert not timer.is_ticking()


def test_actions_are_enabled_only_when_they_can_act(timer: ExerciseTimer, clock: FakeClock) -> None:
    def enabled() -> tuple[bool, bool, bool]:
        return (
            timer.pause_action.isEnabled(),
            timer.add_minute_action.isEnabled(),
            timer.stop_action.isEnabled(),
        )

    assert enabled() == (False, False, False)
    assert not timer.rename_action.isEnabled()
    timer.start(60)
    assert enabled() == (True, True, True)
    assert timer.rename_action.isEnabled()
    advance(timer, clock, 60)
    assert enabled() == (False, True, True)  # at zero: a minute more, or stop


def test_zero_flashes_red_and_says_time_is_up(
    widget: TimerWidget, timer: ExerciseTimer, clock: FakeClock
) -> None:
    timer.start(60, "Stille brainstorm")
    advance(timer, clock, 60)
    assert widget.text() == "Tiden er gået · Stille brainstorm 00:00"
    assert widget.property("timerState") == "finished"
    assert widget.property("flash") is True
    assert "#c62828" in widget.face.styleSheet()
    assert "background: #c62828" in widget.face.styleSheet()
    advance(timer, clock, 0.6)
    assert widget.property("flash") is False  # the dim half of the flash: still red-edged
    assert "background: #ffebee" in widget.face.styleSheet()
    assert widget.text() == "Tiden er gået · Stille brainstorm 00:00"
    advance(timer, clock, 0.5)
    assert widget.property("flash") is True


def test_after_flashing_it_stays_red_and_stops_ticking(
    widget: TimerWidget, timer: ExerciseTimer, clock: FakeClock
) -> None:
    timer.start(60)
    advance(timer, clock, 60)
    assert timer.is_ticking()
    advance(timer, clock, FLASH_SECONDS + 0.6)
    assert widget.property("flash") is True
    assert "background: #c62828" in widget.face.styleSheet()
    assert widget.text() == "Tiden er gået 00:00"
    assert not timer.is_ticking()


def test_finished_is_signalled_once(timer: ExerciseTimer, clock: FakeClock) -> None:
    seen: list[None] = []
    timer.finished.connect(lambda: seen.append(None))
    timer.start(60)
    advance(timer, clock, 59)
    assert seen == []
    advance(timer, clock, 1)
    advance(timer, clock, 1)
    assert len(seen) == 1
    timer.add_minute()
    advance(timer, clock, 60)
    assert len(seen) == 2


def test_changed_is_emitted_only_when_the_display_changes(
    timer: ExerciseTimer, clock: FakeClock
) -> None:
    timer.start(60)
    changes: list[None] = []
    timer.changed.connect(lambda: changes.append(None))
    for _ in range(5):
        advance(timer, clock, 0.1)
    assert changes == []
    advance(timer, clock, 0.5)
    assert len(changes) == 1


def test_last_minute_turns_the_time_amber(
    widget: TimerWidget, timer: ExerciseTimer, clock: FakeClock
) -> None:
    timer.start(120)
    assert widget.face.styleSheet() == ""
    advance(timer, clock, 60)
    assert "#a84f00" in widget.face.styleSheet()


def test_a_long_name_is_shortened_in_the_toolbar_but_whole_in_the_tooltip(
    widget: TimerWidget, timer: ExerciseTimer
) -> None:
    name = "Stille brainstorm om målgruppernes behov i jobcentret og i ungeindsatsen"
    timer.start(300, name)
    assert widget.caption.text().endswith("…")
    assert widget.caption.sizeHint().width() <= 220
    assert widget.face.toolTip() == name


def test_no_button_takes_the_keyboard_focus(widget: TimerWidget) -> None:
    buttons = widget.findChildren(QToolButton)
    assert len(buttons) == 4
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)


def test_typing_goes_on_while_the_timer_runs_and_reaches_zero(
    qtbot: QtBot, timer: ExerciseTimer, clock: FakeClock
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    edit = QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(edit)
    widget = TimerWidget(timer)
    layout.addWidget(widget)
    host.show()
    host.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "Borgeren ")
    timer.preset_actions[3].trigger()
    qtbot.mouseClick(widget.pause_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.pause_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "skal ")
    advance(timer, clock, 240)
    assert timer.state is TimerState.FINISHED
    advance(timer, clock, 0.6)
    qtbot.keyClicks(edit, "mødes")
    assert QApplication.focusWidget() is edit
    assert edit.text() == "Borgeren skal mødes"


# -- "Other time…" and the name ------------------------------------------------------


def test_other_time_starts_what_the_dialog_answers(
    monkeypatch: pytest.MonkeyPatch,
    widget: TimerWidget,
    timer: ExerciseTimer,
) -> None:
    offered: list[str] = []

    def ask(_parent: object, label: str, lang: str) -> TimerChoice:
        offered.append(label)
        return TimerChoice(330, "Stille brainstorm")

    monkeypatch.setattr(dialogs, "ask_exercise_timer", ask)
    menu_action(widget, "Anden tid…").trigger()
    assert widget.text() == "Stille brainstorm 05:30"
    timer.stop()
    menu_action(widget, "Anden tid…").trigger()
    assert offered == ["", "Stille brainstorm"]  # the last name is offered for the next round


def test_cancelled_dialog_leaves_the_timer_as_it_was(
    monkeypatch: pytest.MonkeyPatch, widget: TimerWidget, timer: ExerciseTimer
) -> None:
    monkeypatch.setattr(dialogs, "ask_exercise_timer", lambda _p, _l, _lang: None)
    timer.start(120, "Pause")
    timer.other_time_action.trigger()
    assert widget.text() == "Pause 02:00"


def test_a_preset_starts_without_the_last_name(widget: TimerWidget, timer: ExerciseTimer) -> None:
    timer.start(300, "Stille brainstorm")
    timer.preset_actions[3].trigger()
    assert widget.text() == "Nedtælling 03:00"
    assert timer.last_label == "Stille brainstorm"


def test_naming_a_running_countdown_keeps_its_time(
    monkeypatch: pytest.MonkeyPatch,
    widget: TimerWidget,
    timer: ExerciseTimer,
    clock: FakeClock,
) -> None:
    asked: list[str] = []

    def ask(_parent: object, current: str) -> str:
        asked.append(current)
        return "  Gruppearbejde "

    monkeypatch.setattr(dialogs, "ask_exercise_label", ask)
    timer.preset_actions[10].trigger()
    advance(timer, clock, 5)
    menu_action(widget, "Navngiv øvelsen…").trigger()
    assert asked == [""]
    assert widget.text() == "Gruppearbejde 09:55"


def test_dialog_explains_a_time_it_cannot_read(qtbot: QtBot, danish: None) -> None:
    dialog = TimerDialog("Stille brainstorm", "da")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert dialog.name.currentText() == "Stille brainstorm"
    assert not ok.isEnabled()
    assert dialog.problem.isHidden()  # an empty field is not an error yet
    qtbot.keyClicks(dialog.time, "fem")
    assert not ok.isEnabled()
    assert dialog.problem.text().startswith("»fem« kan ikke læses som en tid.")
    assert dialog.choice() is None
    dialog.time.clear()
    qtbot.keyClicks(dialog.time, "4 timer")
    assert dialog.problem.text() == "Nedtællingen kan højst vare 3 timer."
    dialog.time.clear()
    qtbot.keyClicks(dialog.time, "5:30")
    assert ok.isEnabled()
    assert dialog.problem.isHidden()
    dialog.name.setCurrentText(" Prikafstemning ")
    assert dialog.choice() == TimerChoice(330, "Prikafstemning")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_hint_and_the_correction_give_the_same_examples(
    qtbot: QtBot, qapp: QApplication, lang: str
) -> None:
    """The empty field said »fx 7, …« and its correction »Skriv fx 5, …«: one example."""
    translators = install_translators(qapp, lang)
    try:
        dialog = TimerDialog("", lang)
        qtbot.addWidget(dialog)
        hint = dialog.time.placeholderText()
        qtbot.keyClicks(dialog.time, "fem")
        told = dialog.problem.text().replace("\u00a0", " ")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    lead = "fx " if lang == "da" else "e.g. "
    assert hint.startswith(lead), hint
    assert told.rstrip(".").endswith(hint.rstrip(".")), (hint, told)


def test_dialog_offers_common_exercise_names(qtbot: QtBot, danish: None) -> None:
    dialog = TimerDialog("", "da")
    qtbot.addWidget(dialog)
    names = [dialog.name.itemText(i) for i in range(dialog.name.count())]
    assert "Stille brainstorm" in names
    assert "Prikafstemning" in names
    assert dialog.name.currentText() == ""


# -- big on the wall -----------------------------------------------------------------


@pytest.fixture
def big(qtbot: QtBot, timer: ExerciseTimer) -> Iterator[BigTimerDisplay]:
    host = QWidget()  # presentation mode's page, held while the test runs
    qtbot.addWidget(host)
    display = BigTimerDisplay(timer, host)
    QVBoxLayout(host).addWidget(display)
    host.show()
    yield display


def test_big_display_is_hidden_while_idle(big: BigTimerDisplay, timer: ExerciseTimer) -> None:
    assert big.objectName() == "bigExerciseTimer"
    assert not big.isVisible()
    timer.start(300, "Stille brainstorm")
    assert big.isVisible()
    timer.stop()
    assert not big.isVisible()


def test_big_display_shows_the_same_countdown_in_large_type(
    big: BigTimerDisplay, widget: TimerWidget, timer: ExerciseTimer, clock: FakeClock
) -> None:
    timer.start(300, "Stille brainstorm")
    advance(timer, clock, 61)
    assert big.time_label.text() == widget.time_label.text() == "03:59"
    assert big.caption.text() == "Stille brainstorm"
    assert big.time_label.font().pointSize() >= 72
    big.set_point_size(144)
    assert big.time_label.font().pointSize() == 144


def test_big_display_says_time_is_up_in_red(
    big: BigTimerDisplay, timer: ExerciseTimer, clock: FakeClock
) -> None:
    timer.start(60, "Prikafstemning")
    advance(timer, clock, 60)
    assert big.caption.text() == "Tiden er gået · Prikafstemning"
    assert big.property("timerState") == "finished"
    assert "background: #c62828" in big.face.styleSheet()


def test_big_display_without_a_parent_never_opens_a_window(
    qtbot: QtBot, timer: ExerciseTimer
) -> None:
    timer.start(300)
    display = BigTimerDisplay(timer)
    qtbot.addWidget(display)
    timer.toggle_pause()
    assert not display.isVisible()
    host = QWidget()
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(display)  # presentation mode puts it in its place
    host.show()
    assert display.isVisible()


# -- in the window -------------------------------------------------------------------


def test_window_toolbar_carries_the_timer_at_its_right(window: MainWindow) -> None:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert isinstance(toolbar, QToolBar)
    timer_widget = toolbar.findChild(TimerWidget, "exerciseTimer")
    assert timer_widget is not None and timer_widget.isVisible()
    assert isinstance(window.exercise_timer, ExerciseTimer)
    assert timer_widget.timer is window.exercise_timer
    right = timer_widget.mapTo(window, timer_widget.rect().topRight()).x()
    assert right > window.width() - 40


@pytest.mark.parametrize("height", [800, 720])
def test_running_timer_fits_the_toolbar_with_a_workshop_open(
    window: MainWindow, answers: Answers, height: int
) -> None:
    answers.new_workshop = new_workshop_answer()
    assert window.new_workshop()
    window.resize(1280, height)
    window.exercise_timer.start(600, "Stille brainstorm om målgruppernes behov")
    QApplication.processEvents()
    widget = window.timer_widget
    assert widget.isVisible()  # not pushed into the toolbar's overflow menu
    right = widget.mapTo(window, widget.rect().topRight()).x()
    assert right <= window.width()
    assert widget.stop_button.isVisible()


def test_timer_runs_on_when_a_workshop_is_opened_and_closed(
    window: MainWindow, answers: Answers
) -> None:
    window.exercise_timer.start(300, "Stille brainstorm")
    answers.new_workshop = new_workshop_answer()
    assert window.new_workshop()
    assert window.close_workshop()
    assert window.exercise_timer.state is TimerState.RUNNING
    assert window.exercise_timer.label == "Stille brainstorm"


def test_the_countdown_is_driven_by_keys_also_in_presentation_mode(
    window: MainWindow, answers: Answers, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        dialogs, "ask_exercise_timer", lambda _p, _l, _lang: TimerChoice(300, "Gruppearbejde")
    )
    answers.new_workshop = new_workshop_answer()
    assert window.new_workshop()
    assert window.presentation.enter()
    assert not window.menuBar().isVisible()
    timer = window.exercise_timer
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert timer.state is TimerState.RUNNING and timer.label == "Gruppearbejde"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_P, shift_ctrl)
    assert timer.state is TimerState.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_M, shift_ctrl)
    assert timer.display() == "06:00"
    window.presentation.leave()
    countdown_menu = next(a.menu() for a in window.view_menu.actions() if a.menu())
    assert "Ctrl+T" in [a.shortcut().toString() for a in countdown_menu.actions()]
