"""The exercise timer: one countdown model, shown small in the toolbar and big on the wall.

The model polls the core `Countdown` while it runs and emits `changed`; the widgets only
draw it. Nothing here is modal and no button takes the keyboard focus, so a facilitator
typing notes never loses a keystroke to the timer.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import TvaersError
from desktop.core.exercise_timer import PRESET_MINUTES, Countdown, TimerState
from desktop.ui import dialogs

TICK_MS = 100
FLASH_SECONDS = 10  # at zero the timer flashes this long, then stays red
LAST_MINUTE = 60

# Colour is never the only signal: the text says "Time is up" too.
ALARM_RED = "#c62828"
ALARM_PALE = "#ffebee"
ALARM_TEXT = "#b71c1c"
WARNING_TEXT = "#a84f00"
PAUSED_TEXT = "#6b6b6b"


def _icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    return style.standardIcon(pixmap) if style is not None else QIcon()


class ExerciseTimer(QObject):
    """The window's countdown and the actions that drive it (give them shortcuts)."""

    changed = Signal()
    finished = Signal()  # once, when the countdown reaches zero

    def __init__(
        self,
        lang: str,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.countdown = Countdown(clock)
        self.last_label = ""  # offered again in the dialog, for rounds of the same exercise
        self._shown: tuple[object, ...] = ()
        self._was_finished = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

        self.preset_actions: dict[int, QAction] = {}
        for minutes in PRESET_MINUTES:
            action = QAction(self.tr("{n} min").format(n=minutes), self)
            action.setObjectName(f"timerPreset{minutes}")
            action.triggered.connect(lambda _c=False, m=minutes: self.start(m * 60, ""))
            self.preset_actions[minutes] = action
        self.other_time_action = QAction(self.tr("Other time…"), self)
        self.other_time_action.setObjectName("timerOtherTime")
        self.other_time_action.triggered.connect(self.ask_and_start)
        self.rename_action = QAction(self.tr("Name the exercise…"), self)
        self.rename_action.setObjectName("timerRename")
        self.rename_action.triggered.connect(self.ask_label)
        self.pause_action = QAction(self)
        self.pause_action.setObjectName("timerPause")
        self.pause_action.triggered.connect(self.toggle_pause)
        self.add_minute_action = QAction(self.tr("+1 min"), self)
        self.add_minute_action.setObjectName("timerAddMinute")
        self.add_minute_action.setToolTip(self.tr("One minute more"))
        self.add_minute_action.triggered.connect(self.add_minute)
        self.stop_action = QAction(_icon(QStyle.StandardPixmap.SP_MediaStop), self.tr("Stop"), self)
        self.stop_action.setObjectName("timerStop")
        self.stop_action.setToolTip(self.tr("Stop the countdown"))
        self.stop_action.triggered.connect(self.stop)
        self._update_actions()

    # -- reading -------------------------------------------------------------------

    @property
    def state(self) -> TimerState:
        return self.countdown.state

    @property
    def label(self) -> str:
        return self.countdown.label

    def display(self) -> str:
        return self.countdown.display()

    def flash_on(self) -> bool:
        """At zero: True in the bright half of each flash, and for good after the flashing."""
        overdue = self.countdown.overdue
        return overdue >= FLASH_SECONDS or int(overdue * 2) % 2 == 0

    def last_minute(self) -> bool:
        return self.state is TimerState.RUNNING and self.countdown.remaining_seconds <= LAST_MINUTE

    def timer_actions(self) -> list[QAction]:
        """Every action, for a window to add so their shortcuts work with the toolbar hidden."""
        return [
            *self.preset_actions.values(),
            self.other_time_action,
            self.rename_action,
            self.pause_action,
            self.add_minute_action,
            self.stop_action,
        ]

    # -- driving -------------------------------------------------------------------

    def start(self, seconds: float, label: str | None = None) -> None:
        self.countdown.start(seconds, label)
        if self.countdown.label:
            self.last_label = self.countdown.label
        self._was_finished = False
        self.tick()

    def toggle_pause(self) -> None:
        if self.state is TimerState.PAUSED:
            self.countdown.resume()
        else:
            self.countdown.pause()
        self.tick()

    def add_minute(self) -> None:
        self.countdown.add_minute()
        self._was_finished = self.state is TimerState.FINISHED
        self.tick()

    def stop(self) -> None:
        self.countdown.stop()
        self._was_finished = False
        self.tick()

    def set_label(self, label: str) -> None:
        self.countdown.label = label.strip()
        if self.countdown.label:
            self.last_label = self.countdown.label
        self.tick()

    def ask_and_start(self) -> None:
        """The "Other time…" action: a typed time and a name, asked in a small dialog."""
        choice = dialogs.ask_exercise_timer(self._dialog_parent(), self.last_label, self.lang)
        if choice is None:
            return
        try:
            self.start(choice.seconds, choice.label)
        except TvaersError as exc:  # the dialog checks the time; this is a last guard
            dialogs.show_error(self._dialog_parent(), exc.message(self.lang))

    def ask_label(self) -> None:
        if self.state is TimerState.IDLE:
            return  # a name belongs to a countdown; "Other time…" names the next one
        label = dialogs.ask_exercise_label(self._dialog_parent(), self.label)
        if label is not None:
            self.set_label(label)

    def tick(self) -> None:
        """Read the clock; emit `changed` only when what is shown changes."""
        state = self.state
        if state is TimerState.FINISHED and not self._was_finished:
            self._was_finished = True
            self.finished.emit()
        flashing = state is TimerState.FINISHED and self.countdown.overdue < FLASH_SECONDS
        if state is TimerState.RUNNING or flashing:
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self._ticker.stop()
        shown = (state, self.display(), self.label, self.flash_on(), self.last_minute())
        if shown != self._shown:
            self._shown = shown
            self._update_actions()
            self.changed.emit()

    def is_ticking(self) -> bool:
        return self._ticker.isActive()

    def _update_actions(self) -> None:
        state = self.state
        paused = state is TimerState.PAUSED
        self.pause_action.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_action.setToolTip(
            self.tr("Resume the countdown") if paused else self.tr("Pause the countdown")
        )
        media = QStyle.StandardPixmap
        self.pause_action.setIcon(_icon(media.SP_MediaPlay if paused else media.SP_MediaPause))
        self.pause_action.setEnabled(state in (TimerState.RUNNING, TimerState.PAUSED))
        self.add_minute_action.setEnabled(state is not TimerState.IDLE)
        self.stop_action.setEnabled(state is not TimerState.IDLE)
        self.rename_action.setEnabled(state is not TimerState.IDLE)

    def _dialog_parent(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # -- what the widgets show -----------------------------------------------------

    def caption(self) -> str:
        """The words beside the time: the exercise, and the state when not simply running."""
        state = self.state
        if state is TimerState.FINISHED:
            up = self.tr("Time is up")
            return f"{up} · {self.label}" if self.label else up
        if state is TimerState.PAUSED:
            paused = self.tr("Paused")
            return f"{paused} · {self.label}" if self.label else paused
        return self.label or self.tr("Countdown")


def _face_style(timer: ExerciseTimer, selector: str) -> str:
    """The frame's colours for the timer's state (flashing red at zero)."""
    state = timer.state
    if state is TimerState.FINISHED:
        background, text = (ALARM_RED, "white") if timer.flash_on() else (ALARM_PALE, ALARM_TEXT)
        return (
            f"{selector} {{ background: {background}; border: 2px solid {ALARM_RED};"
            f" border-radius: 6px; }} {selector} QLabel {{ color: {text}; }}"
        )
    if state is TimerState.PAUSED:
        return f"{selector} QLabel {{ color: {PAUSED_TEXT}; }}"
    if timer.last_minute():
        return f"{selector} QLabel#timerTime {{ color: {WARNING_TEXT}; }}"
    return ""


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" to the width the toolbar can spare, so a
    long exercise name never pushes the timer into the toolbar's overflow menu."""

    def __init__(self, minimum: int, maximum: int) -> None:
        super().__init__()
        self._full = ""
        self.setMinimumWidth(minimum)
        self.setMaximumWidth(maximum)

    def set_full_text(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 2
        return QSize(min(wanted, self.maximumWidth()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


def _room(bar: QToolBar, widget: QWidget) -> int:
    """The width `bar` has left for `widget` once its other items have what they ask for."""
    used = 0
    shown = 0
    for action in bar.actions():
        item = bar.widgetForAction(action)
        if item is None or item is widget or not action.isVisible():
            continue
        shown += 1
        used += max(0, item.sizeHint().width())  # the spacer asks for nothing
    layout = bar.layout()
    spacing = layout.spacing() if layout is not None else 0
    margins = bar.contentsMargins()
    handle = bar.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarHandleExtent, None, bar)
    return bar.width() - used - shown * spacing - margins.left() - margins.right() - handle - 8


class TimerWidget(QWidget):
    """The toolbar's timer: the exercise's name and time, start menu, pause, +1 min, stop."""

    def __init__(self, timer: ExerciseTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseTimer")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timer = timer
        self._watching = False  # the toolbar's resizes, once it holds this widget
        self._shape: tuple[bool, str] | None = None  # running or not, and the name shown

        self.face = QFrame()
        self.face.setObjectName("timerFace")
        self.caption = ElidedLabel(minimum=24, maximum=220)  # squeezed: the time first
        self.caption.setObjectName("timerCaption")
        self.time_label = QLabel()
        self.time_label.setObjectName("timerTime")
        font = self.time_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.time_label.setFont(font)
        face_row = QHBoxLayout(self.face)
        face_row.setContentsMargins(8, 2, 8, 2)
        face_row.setSpacing(8)
        face_row.addWidget(self.caption)
        face_row.addWidget(self.time_label)

        self.menu = QMenu(self)
        for action in timer.preset_actions.values():
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(timer.other_time_action)
        self.menu.addAction(timer.rename_action)
        self.start_button = self._button()
        self.start_button.setObjectName("timerStart")
        self._start_icon = _icon(QStyle.StandardPixmap.SP_MediaPlay)
        self.start_button.setMenu(self.menu)
        self.start_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pause_button = self._button(timer.pause_action)
        self.add_button = self._button(timer.add_minute_action)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.stop_button = self._button(timer.stop_action)

        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(2)
        row.addWidget(self.face)
        for button in (self.pause_button, self.add_button, self.stop_button, self.start_button):
            row.addWidget(button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

        timer.changed.connect(self.refresh)
        timer.finished.connect(self._alert)
        self.refresh()

    def sizeHint(self) -> QSize:
        """No wider than the toolbar has left beside its other buttons (the name shortens
        with "…"): asked for more, the toolbar hid the running countdown in its overflow
        menu on a laptop at 200 % (960×540)."""
        hint = super().sizeHint()
        bar = self.parentWidget()
        if isinstance(bar, QToolBar):
            hint.setWidth(max(self.minimumSizeHint().width(), min(hint.width(), _room(bar, self))))
        return hint

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        bar = self.parentWidget()
        if isinstance(bar, QToolBar) and not self._watching:
            self._watching = True
            bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._ask_the_toolbar()  # the room changed
        return super().eventFilter(watched, event)

    def _ask_the_toolbar(self) -> None:
        """The toolbar measures this widget again. Once it is in the overflow menu it is
        hidden, and a hidden widget's updateGeometry() reaches no layout: it stayed there."""
        self.updateGeometry()
        bar = self.parentWidget()
        layout = bar.layout() if isinstance(bar, QToolBar) else None
        if layout is not None:
            layout.invalidate()

    def _button(self, action: QAction | None = None) -> QToolButton:
        button = QToolButton()
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never take the focus from typing
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        if action is not None:
            button.setDefaultAction(action)
        return button

    def refresh(self) -> None:
        timer = self.timer
        state = timer.state
        active = state is not TimerState.IDLE
        caption = timer.caption()
        self.caption.set_full_text(caption)
        shown = timer.display()
        self.time_label.setText(shown)
        # As wide as its widest digits, so the buttons beside it do not shift every second.
        widest = "".join("8" if ch.isdigit() else ch for ch in shown)
        self.time_label.setMinimumWidth(self.time_label.fontMetrics().horizontalAdvance(widest))
        self.face.setToolTip(caption)
        face_style = _face_style(timer, "QFrame#timerFace")
        if self.face.styleSheet() != face_style:
            self.face.setStyleSheet(face_style)
        self.face.setVisible(active)
        for button in (self.pause_button, self.add_button, self.stop_button):
            button.setVisible(active)
        # Idle, the start button says what it is; while a countdown runs it is a small
        # "start another" button beside it.
        self.start_button.setIcon(QIcon() if active else self._start_icon)
        self.start_button.setText("" if active else self.tr("Countdown"))
        self.start_button.setArrowType(Qt.ArrowType.DownArrow if active else Qt.ArrowType.NoArrow)
        # The arrow is the button while a countdown runs: no second, menu-indicator arrow.
        button_style = "QToolButton::menu-indicator { image: none; }" if active else ""
        if self.start_button.styleSheet() != button_style:
            self.start_button.setStyleSheet(button_style)
        self.start_button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if active
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.start_button.setToolTip(
            self.tr("Start another countdown, or name the exercise")
            if active
            else self.tr("Start a countdown for an exercise")
        )
        self.setProperty("timerState", state.value)
        self.setProperty("flash", state is TimerState.FINISHED and timer.flash_on())
        self.setAccessibleName(f"{caption} {timer.display()}" if active else self.tr("Countdown"))
        if self._shape != (active, caption):  # not every tick: only when its width may change
            self._shape = (active, caption)
            self._ask_the_toolbar()

    def text(self) -> str:
        """What the timer says on screen, for tests and screen readers."""
        if self.timer.state is TimerState.IDLE:
            return self.start_button.text()  # "Countdown": what the button starts
        return f"{self.timer.caption()} {self.time_label.text()}"

    def _alert(self) -> None:
        # The taskbar entry asks for attention if the facilitator is in another program;
        # this never takes the focus.
        QApplication.alert(self.window())


class BigTimerDisplay(QWidget):
    """The countdown in large type for presentation mode; hidden while no countdown runs."""

    def __init__(
        self, timer: ExerciseTimer, parent: QWidget | None = None, point_size: int = 96
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bigExerciseTimer")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timer = timer
        self.face = QFrame()
        self.face.setObjectName("bigTimerFace")
        self.caption = QLabel()
        self.caption.setObjectName("bigTimerCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.time_label = QLabel()
        self.time_label.setObjectName("timerTime")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(self.face)
        inner.setContentsMargins(24, 12, 24, 12)
        inner.setSpacing(0)
        inner.addWidget(self.caption)
        inner.addWidget(self.time_label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.face)
        self.set_point_size(point_size)
        timer.changed.connect(self.refresh)
        self.refresh()

    def set_point_size(self, point_size: int) -> None:
        """The time's size in points; the caption is a third of it."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSize(point_size)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.time_label.setFont(font)
        caption_font = QFont(self.font())
        caption_font.setPointSize(max(12, point_size // 3))
        self.caption.setFont(caption_font)

    def refresh(self) -> None:
        timer = self.timer
        self.caption.setText(timer.caption())
        self.time_label.setText(timer.display())
        self.face.setStyleSheet(_face_style(timer, "QFrame#bigTimerFace"))
        self.setProperty("timerState", timer.state.value)
        active = timer.state is not TimerState.IDLE
        if not active:
            self.hide()
        elif not self.isWindow():  # shown in its place; never as a window of its own
            self.show()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and hasattr(self, "time_label"):
            self.refresh()  # put into presentation mode's layout: show it if a countdown runs
        return super().event(event)
