"""The exercise timer's countdown, driven by a fake clock: no test sleeps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.exercise_timer import (
    MAX_SECONDS,
    Countdown,
    TimerState,
    TimerTimeError,
    TimerTooLongError,
    TimerTooShortError,
    format_seconds,
    parse_duration,
)


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(clock: FakeClock) -> Countdown:
    return Countdown(clock)


# -- counting down -------------------------------------------------------------------


def test_new_countdown_is_idle_at_zero(timer: Countdown) -> None:
    assert timer.state is TimerState.IDLE
    assert timer.remaining == 0
    assert timer.overdue == 0
    assert timer.display() == "00:00"


def test_start_shows_the_whole_time_and_runs(timer: Countdown) -> None:
    timer.start(5 * 60, "Stille brainstorm")
    assert timer.state is TimerState.RUNNING
    assert timer.display() == "05:00"
    assert timer.label == "Stille brainstorm"
    assert timer.duration == 300


def test_display_rounds_up_so_zero_shows_only_at_the_end(
    timer: Countdown, clock: FakeClock
) -> None:
    timer.start(300)
    clock.advance(0.5)
    assert timer.display() == "05:00"
    clock.advance(0.5)
    assert timer.display() == "04:59"
    clock.advance(298.9)
    assert timer.display() == "00:01"
    assert timer.state is TimerState.RUNNING


def test_many_small_ticks_do_not_drift_a_second(timer: Countdown, clock: FakeClock) -> None:
    timer.start(300)
    for _ in range(10):
        clock.advance(0.1)  # float sums: 0.1 * 10 is not exactly 1.0
    assert timer.display() == "04:59"


def test_reaching_zero_finishes_without_a_call(timer: Countdown, clock: FakeClock) -> None:
    timer.start(60)
    clock.advance(60)
    assert timer.state is TimerState.FINISHED
    assert timer.display() == "00:00"
    assert timer.overdue == 0


def test_remaining_never_goes_negative_and_overdue_counts_on(
    timer: Countdown, clock: FakeClock
) -> None:
    timer.start(60)
    clock.advance(75.5)
    assert timer.remaining == 0
    assert timer.remaining_seconds == 0
    assert timer.overdue == pytest.approx(15.5)
    assert timer.display() == "00:00"


def test_overdue_is_zero_while_running(timer: Countdown, clock: FakeClock) -> None:
    timer.start(60)
    clock.advance(30)
    assert timer.overdue == 0


def test_an_hour_or_more_shows_hours(timer: Countdown, clock: FakeClock) -> None:
    timer.start(90 * 60)
    assert timer.display() == "1:30:00"
    clock.advance(30 * 60)
    assert timer.display() == "1:00:00"
    clock.advance(1)
    assert timer.display() == "59:59"


def test_start_again_replaces_the_running_countdown(timer: Countdown, clock: FakeClock) -> None:
    timer.start(600, "Gruppearbejde")
    clock.advance(100)
    timer.start(180)
    assert timer.display() == "03:00"
    assert timer.label == "Gruppearbejde"  # None keeps the last label
    assert timer.duration == 180


def test_start_after_finishing_runs_again(timer: Countdown, clock: FakeClock) -> None:
    timer.start(60)
    clock.advance(120)
    timer.start(60)
    assert timer.state is TimerState.RUNNING
    assert timer.overdue == 0


def test_label_is_trimmed(timer: Countdown) -> None:
    timer.start(60, "  Stille brainstorm \n")
    assert timer.label == "Stille brainstorm"


@pytest.mark.parametrize("seconds", [0, -5, 0.4])
def test_start_refuses_no_time(timer: Countdown, seconds: float) -> None:
    with pytest.raises(TimerTooShortError):
        timer.start(seconds)
    assert timer.state is TimerState.IDLE


def test_start_refuses_more_than_three_hours(timer: Countdown) -> None:
    timer.start(MAX_SECONDS)
    with pytest.raises(TimerTooLongError):
        timer.start(MAX_SECONDS + 1)
    assert timer.duration == MAX_SECONDS  # the running countdown is left as it was


# -- pause and resume ----------------------------------------------------------------


def test_pause_freezes_the_time_left(timer: Countdown, clock: FakeClock) -> None:
    timer.start(300)
    clock.advance(10)
    timer.pause()
    clock.advance(1000)
    assert timer.state is TimerState.PAUSED
    assert timer.remaining == 290
    assert timer.display() == "04:50"


def test_resume_counts_on_from_where_it_paused(timer: Countdown, clock: FakeClock) -> None:
    timer.start(300)
    clock.advance(10)
    timer.pause()
    clock.advance(1000)
    timer.resume()
    assert timer.state is TimerState.RUNNING
    clock.advance(20)
    assert timer.display() == "04:30"
    clock.advance(270)
    assert timer.state is TimerState.FINISHED


def test_pause_does_nothing_when_idle_or_finished(timer: Countdown, clock: FakeClock) -> None:
    timer.pause()
    assert timer.state is TimerState.IDLE
    timer.start(60)
    clock.advance(61)
    timer.pause()
    assert timer.state is TimerState.FINISHED
    assert timer.overdue == 1


def test_resume_does_nothing_unless_paused(timer: Countdown, clock: FakeClock) -> None:
    timer.resume()
    assert timer.state is TimerState.IDLE
    timer.start(60)
    clock.advance(20)
    timer.resume()
    assert timer.remaining == 40


def test_pausing_twice_keeps_the_first_pause(timer: Countdown, clock: FakeClock) -> None:
    timer.start(60)
    clock.advance(20)
    timer.pause()
    clock.advance(20)
    timer.pause()
    assert timer.remaining == 40


# -- a minute more -------------------------------------------------------------------


def test_add_minute_while_running(timer: Countdown, clock: FakeClock) -> None:
    timer.start(180)
    clock.advance(30)
    timer.add_minute()
    assert timer.display() == "03:30"
    assert timer.duration == 240


def test_add_minute_while_paused_stays_paused(timer: Countdown, clock: FakeClock) -> None:
    timer.start(180)
    clock.advance(30)
    timer.pause()
    timer.add_minute()
    assert timer.state is TimerState.PAUSED
    assert timer.display() == "03:30"


def test_add_minute_after_zero_runs_a_minute_from_now(timer: Countdown, clock: FakeClock) -> None:
    timer.start(60, "Prikafstemning")
    clock.advance(100)
    timer.add_minute()
    assert timer.state is TimerState.RUNNING
    assert timer.display() == "01:00"
    assert timer.overdue == 0
    assert timer.label == "Prikafstemning"


def test_add_minute_when_idle_does_nothing(timer: Countdown) -> None:
    timer.add_minute()
    assert timer.state is TimerState.IDLE
    assert timer.remaining == 0


def test_add_minute_stops_at_three_hours(timer: Countdown, clock: FakeClock) -> None:
    timer.start(MAX_SECONDS - 20)
    timer.add_minute()
    assert timer.remaining == MAX_SECONDS
    timer.add_minute()
    assert timer.remaining == MAX_SECONDS
    assert timer.duration == MAX_SECONDS


# -- stop ----------------------------------------------------------------------------


@pytest.mark.parametrize("then", ["running", "paused", "finished"])
def test_stop_returns_to_idle_and_keeps_the_label(
    timer: Countdown, clock: FakeClock, then: str
) -> None:
    timer.start(60, "Pause")
    if then == "paused":
        timer.pause()
    if then == "finished":
        clock.advance(70)
    timer.stop()
    assert timer.state is TimerState.IDLE
    assert timer.remaining == 0
    assert timer.overdue == 0
    assert timer.label == "Pause"
    timer.resume()
    assert timer.state is TimerState.IDLE  # a stopped countdown cannot be resumed


def test_real_clock_is_the_default() -> None:
    timer = Countdown()
    timer.start(60)
    assert 59 < timer.remaining <= 60


# -- typed times ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("5", 300),
        (" 7 ", 420),
        ("2½", 150),
        ("½", 30),
        ("2,5", 150),
        ("2.5", 150),
        ("5:30", 330),
        ("0:45", 45),
        ("90:00", 5400),
        ("5.30", 330),  # Danish: a full stop between minutes and seconds
        ("1:30:00", 5400),
        ("1.30.00", 5400),
        ("90s", 90),
        ("90 s", 90),
        ("90 sek", 90),
        ("90 sek.", 90),
        ("45 sekunder", 45),
        ("30 seconds", 30),
        ("7 min", 420),
        ("7 min.", 420),
        ("7 Min.", 420),
        ("7min", 420),
        ("7 minutter", 420),
        ("1 minut", 60),
        ("10 minutes", 600),
        ("7m", 420),
        ("1 t", 3600),
        ("1 time", 3600),
        ("2 timer", 7200),
        ("1½ time", 5400),
        ("1,5 t", 5400),
        ("1 h", 3600),
        ("1 t 30 min", 5400),
        ("1t30m", 5400),
        ("1 time og 15 minutter", 4500),
        ("1 hour and 15 minutes", 4500),
        ("2 min 30 sek", 150),
        ("3 h", MAX_SECONDS),
        ("180", MAX_SECONDS),
        ("3:00:00", MAX_SECONDS),
    ],
)
def test_typed_times_are_read(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "fem",
        "abc",
        "-5",
        "5 kg",
        "5 5",
        "1 t 30",  # a second number needs a unit
        "5 min 3 min",
        "5:3",
        "5:60",
        "1:60:00",
        "1:00:60",
        "5:30:00:00",
        "5::30",
        "2½½",
        "1,5½",
        "min",
        "5 min og",
        "1e5",
    ],
)
def test_nonsense_is_refused(text: str) -> None:
    with pytest.raises(TimerTimeError) as caught:
        parse_duration(text)
    assert type(caught.value) is TimerTimeError


@pytest.mark.parametrize("text", ["0", "0:00", "0 sek", "0,001"])
def test_no_time_is_refused(text: str) -> None:
    with pytest.raises(TimerTooShortError):
        parse_duration(text)


@pytest.mark.parametrize("text", ["181", "3:00:01", "4 t", "200 minutter", "99999999999999999999"])
def test_more_than_three_hours_is_refused(text: str) -> None:
    with pytest.raises(TimerTooLongError):
        parse_duration(text)


def test_refusal_speaks_both_languages_and_quotes_the_text() -> None:
    with pytest.raises(TimerTimeError) as caught:
        parse_duration("fem")
    assert caught.value.message("da").startswith("»fem« kan ikke læses som en tid.")
    assert "“fem” cannot be read as a time." in caught.value.message("en")
    with pytest.raises(TimerTooLongError) as too_long:
        parse_duration("4 t")
    assert too_long.value.message("da") == "Nedtællingen kan højst vare 3 timer."
    assert too_long.value.message("en") == "The countdown can last at most 3 hours."


@given(st.integers(min_value=1, max_value=MAX_SECONDS))
def test_what_is_displayed_can_be_typed_back(seconds: int) -> None:
    assert parse_duration(format_seconds(seconds)) == seconds


@pytest.mark.parametrize(
    "seconds, shown",
    [(0, "00:00"), (59, "00:59"), (60, "01:00"), (3599, "59:59"), (3600, "1:00:00")],
)
def test_format_seconds(seconds: int, shown: str) -> None:
    assert format_seconds(seconds) == shown
