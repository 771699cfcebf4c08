"""The exercise timer's countdown: start, pause, resume, a minute more, and typed times.

No Qt and no sleeping: the countdown reads an injectable monotonic clock when asked, so
the window polls it and tests drive it with a fake clock. Nothing here is saved in the
workshop file: a countdown belongs to the room, not to the minutes.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from enum import StrEnum

from desktop.core.errors import TvaersError

MAX_SECONDS = 3 * 60 * 60
MINUTE = 60
PRESET_MINUTES = (3, 5, 10, 15)


class TimerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached zero and left there until stopped or given more time


class TimerTimeError(TvaersError):
    # No-break spaces keep "90 sek." and "1 t 30 min." whole when the message wraps.
    da = (
        "»{text}« kan ikke læses som en tid. "
        "Skriv fx 5, 5:30, 90\u00a0sek. eller 1\u00a0t\u00a030\u00a0min."
    )
    en = (
        "“{text}” cannot be read as a time. "
        "Type e.g. 5, 5:30, 90\u00a0sec or 1\u00a0h\u00a030\u00a0min."
    )


class TimerTooShortError(TimerTimeError):
    da = "Tiden skal være mindst 1 sekund."
    en = "The time must be at least 1 second."


class TimerTooLongError(TimerTimeError):
    da = "Nedtællingen kan højst vare 3 timer."
    en = "The countdown can last at most 3 hours."


# Danish and English words and abbreviations, without a trailing full stop ("min." = "min").
_UNITS: dict[str, int] = {
    **dict.fromkeys(("t", "time", "timer", "h", "hr", "hrs", "hour", "hours"), 3600),
    **dict.fromkeys(
        ("m", "min", "mins", "minut", "minutter", "minute", "minutes", "minuts"), MINUTE
    ),
    **dict.fromkeys(("s", "sek", "sekund", "sekunder", "sec", "secs", "second", "seconds"), 1),
}
# "5:30" and "1:30:00"; a full stop with two digits after it is the Danish way to write
# the same ("5.30"), while "2.5" and "2,5" are decimals.
_CLOCK = re.compile(r"(\d+)[:.](\d\d)(?:[:.](\d\d))?")
_NUMBER = r"\d+[.,]\d+|\d*½|\d+"
_PART = re.compile(rf"\s*(?P<num>{_NUMBER})\s*(?P<unit>[a-zæøå]+)?\.?\s*(?:(?:og|and|&)\s+)?")


def parse_duration(text: str) -> int:
    """Whole seconds from a typed time. A bare number is minutes: "5" (5 min), "2½",
    "2,5"; clock forms "5:30" (m:ss) and "1:30:00" (h:mm:ss); units in Danish or English:
    "90 sek.", "7 min", "1 t 30 min", "1 hour and 15 minutes". Raises TimerTimeError."""
    cleaned = text.strip().lower()
    if not cleaned:
        raise TimerTimeError(text=text)
    clock = _CLOCK.fullmatch(cleaned)
    seconds = _clock_seconds(clock, text) if clock is not None else _unit_seconds(cleaned, text)
    return _checked(round(seconds))


def _clock_seconds(clock: re.Match[str], text: str) -> float:
    first, second, third = clock.groups()
    if third is None:  # m:ss
        minutes, secs = int(first), int(second)
        if secs >= MINUTE:
            raise TimerTimeError(text=text)
        return minutes * MINUTE + secs
    hours, minutes, secs = int(first), int(second), int(third)
    if minutes >= MINUTE or secs >= MINUTE:
        raise TimerTimeError(text=text)
    return hours * 3600 + minutes * MINUTE + secs


def _unit_seconds(cleaned: str, text: str) -> float:
    parts: list[tuple[float, str | None]] = []
    pos = 0
    while pos < len(cleaned):
        match = _PART.match(cleaned, pos)
        if match is None or match.end() == pos:
            raise TimerTimeError(text=text)
        parts.append((_number(match["num"]), match["unit"]))
        pos = match.end()
    if not parts:
        raise TimerTimeError(text=text)
    if len(parts) == 1 and parts[0][1] is None:
        return parts[0][0] * MINUTE  # a bare number is minutes
    seen: set[int] = set()
    total = 0.0
    for number, unit in parts:
        if unit is None or unit not in _UNITS or _UNITS[unit] in seen:
            raise TimerTimeError(text=text)  # "1 t 30", "5 kg", "5 min 3 min"
        seen.add(_UNITS[unit])
        total += number * _UNITS[unit]
    return total


def _number(num: str) -> float:
    if num.endswith("½"):
        return (int(num[:-1]) if num[:-1] else 0) + 0.5
    return float(num.replace(",", "."))


def _checked(seconds: int) -> int:
    if seconds < 1:
        raise TimerTooShortError()
    if seconds > MAX_SECONDS:
        raise TimerTooLongError()
    return seconds


def format_seconds(seconds: int) -> str:
    """ "04:59", or "1:05:00" from an hour up."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, MINUTE)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class Countdown:
    """One countdown with a label ("Stille brainstorm"), read from `clock` when asked.

    Reaching zero needs no call: the state reads FINISHED from then on, and `overdue`
    counts the seconds since, so the window can signal for a while and then settle.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._running = False
        self._paused = False
        self._ends_at = 0.0  # clock reading at zero, while running
        self._left = 0.0  # seconds left, while paused
        self.label = ""
        self.duration = 0  # seconds given: the start plus the minutes added

    @property
    def state(self) -> TimerState:
        if self._paused:
            return TimerState.PAUSED
        if not self._running:
            return TimerState.IDLE
        return TimerState.FINISHED if self._clock() >= self._ends_at else TimerState.RUNNING

    @property
    def remaining(self) -> float:
        """Seconds left, never negative."""
        if self._paused:
            return self._left
        if not self._running:
            return 0.0
        return max(0.0, self._ends_at - self._clock())

    @property
    def remaining_seconds(self) -> int:
        """Whole seconds left, rounded up: "00:00" shows only at zero itself."""
        # The tolerance keeps float noise (300 - 0.1 - 0.1 ...) from showing a second too much.
        return max(0, math.ceil(self.remaining - 1e-6))

    @property
    def overdue(self) -> float:
        """Seconds since the countdown reached zero; 0 unless FINISHED."""
        if not self._running or self._paused:
            return 0.0
        return max(0.0, self._clock() - self._ends_at)

    def display(self) -> str:
        return format_seconds(self.remaining_seconds)

    def start(self, seconds: float, label: str | None = None) -> None:
        """Start afresh (also over a running countdown); `label` None keeps the last one."""
        whole = _checked(round(seconds))
        if label is not None:
            self.label = label.strip()
        self.duration = whole
        self._running, self._paused = True, False
        self._ends_at = self._clock() + whole

    def pause(self) -> None:
        if self.state is TimerState.RUNNING:
            self._left = self._ends_at - self._clock()
            self._running, self._paused = False, True

    def resume(self) -> None:
        if self._paused:
            self._ends_at = self._clock() + self._left
            self._running, self._paused = True, False

    def add_minute(self) -> None:
        """A minute more, up to the 3-hour limit; after zero the countdown runs again."""
        state = self.state
        if state is TimerState.IDLE:
            return
        added = min(MINUTE, MAX_SECONDS - self.remaining)
        if state is TimerState.PAUSED:
            self._left += added
        elif state is TimerState.FINISHED:
            self._ends_at = self._clock() + added
        else:
            self._ends_at += added
        self.duration += round(added)

    def stop(self) -> None:
        """Back to idle; the label stays for the next start."""
        self._running = self._paused = False
        self._left = 0.0
        self.duration = 0
