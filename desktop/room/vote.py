"""A vote from the phones: dots on the notes the facilitator put on the ballot.

The facilitator opens a vote with the notes to vote on (id and text), the dots each phone
has, and optionally how many of them one note may get. A phone casts or withdraws one dot at
a time; the server checks the budget and the per-note limit, and a request repeated with the
same nonce (the phone retried) is counted once. The tallies stay here, in memory, and reach
the window only when the facilitator closes the vote (`close()`): the phones see the results
only after the facilitator reveals them. A dot is kept per ticket (a random string that dies
with the room): nothing that names a phone reaches the window.
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MAX_DOTS = 20  # per phone: a dot vote, not a poll
MAX_BALLOT_NOTES = 200
NONCES_KEPT = 512  # per phone: a repeated cast within these is recognised, not counted twice
_numbers = itertools.count(1)


@dataclass(frozen=True)
class BallotNote:
    """A note on the ballot: its id on the canvas and its text, shown to the phones."""

    id: str
    text: str


@dataclass(frozen=True)
class VoteResult:
    """What the window gets when the vote closes: the dots per note id (notes with none left
    out), and how many phones cast any."""

    tallies: dict[str, int]
    voters: int


class VoteRefused(ValueError):
    """A cast the server does not count; `reason` is a key the page turns into words and
    `status` the HTTP status it answers with."""

    def __init__(self, reason: str, status: int = 409) -> None:
        super().__init__(reason)
        self.reason, self.status = reason, status


class Vote:
    def __init__(
        self,
        notes: list[BallotNote],
        dots: int,
        per_note: int | None = None,
        *,
        on_dot: Callable[[str, int], object] | None = None,
    ) -> None:
        """`on_dot(note_id, change)` is called in the server's thread with each dot counted,
        before the phone is answered (the window's journal keeps it)."""
        if not notes or len(notes) > MAX_BALLOT_NOTES:
            raise ValueError(f"a vote needs 1 to {MAX_BALLOT_NOTES} notes")
        if len({n.id for n in notes}) != len(notes):
            raise ValueError("a note is on the ballot twice")
        if not 1 <= dots <= MAX_DOTS:
            raise ValueError(f"dots per phone must be 1 to {MAX_DOTS}")
        if per_note is not None and not 1 <= per_note <= dots:
            raise ValueError("the per-note limit must be 1 to the dots per phone")
        self.number = next(_numbers)  # tells the page a new vote from the last one
        self.notes = tuple(notes)
        self.dots = dots
        self.per_note = per_note
        self._ids = {n.id for n in notes}
        self._lock = threading.Lock()
        self._cast: dict[str, Counter[str]] = {}  # ticket -> dots per note id
        self._nonces: dict[str, deque[str]] = {}
        self._open = True
        self._revealed = False
        self._result: VoteResult | None = None
        self._on_dot = on_dot

    # -- the phones' side ------------------------------------------------------------------

    def cast(self, ticket: str, note_id: object, change: object, nonce: object) -> bool:
        """Add (change 1) or take back (change -1) one dot of this phone on a note.
        True when counted now, False when this nonce was counted before (a replay);
        VoteRefused when it cannot count."""
        if not isinstance(nonce, str) or not 8 <= len(nonce) <= 64:
            raise VoteRefused("bad_request", 400)
        if change not in (1, -1) or isinstance(change, bool):
            raise VoteRefused("bad_request", 400)
        if not isinstance(note_id, str) or note_id not in self._ids:
            raise VoteRefused("not_on_ballot", 404)
        with self._lock:
            if not self._open:
                raise VoteRefused("vote_closed")
            seen = self._nonces.setdefault(ticket, deque(maxlen=NONCES_KEPT))
            if nonce in seen:
                return False
            mine = self._cast.setdefault(ticket, Counter())
            if change == 1:
                if sum(mine.values()) >= self.dots:
                    raise VoteRefused("no_dots_left")
                if self.per_note is not None and mine[note_id] >= self.per_note:
                    raise VoteRefused("note_limit")
                mine[note_id] += 1
            else:
                if mine[note_id] <= 0:
                    raise VoteRefused("no_dot_here")
                mine[note_id] -= 1
            seen.append(nonce)
            if self._on_dot is not None:
                self._on_dot(note_id, int(change))  # in order with the tallies
            return True

    def ballot(self, ticket: str) -> dict[str, Any]:
        """What one phone sees: the notes with its own dots, how many it has left, and the
        results once revealed (never before)."""
        with self._lock:
            mine = self._cast.get(ticket, Counter())
            results = self._totals() if self._revealed else None
            return {
                "number": self.number,
                "open": self._open,
                "dots": self.dots,
                "left": self.dots - sum(mine.values()),
                "per_note": self.per_note,
                "notes": [
                    {
                        "id": n.id,
                        "text": n.text,
                        "mine": mine[n.id],
                        **({"total": results.get(n.id, 0)} if results is not None else {}),
                    }
                    for n in self.notes
                ],
                "revealed": self._revealed,
            }

    # -- the window's side -----------------------------------------------------------------

    @property
    def voters(self) -> int:
        """Phones with at least one dot cast now: the window shows this while results hide."""
        with self._lock:
            return sum(1 for dots in self._cast.values() if sum(dots.values()) > 0)

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._open

    @property
    def revealed(self) -> bool:
        with self._lock:
            return self._revealed

    def reveal(self) -> None:
        with self._lock:
            self._revealed = True

    def results(self) -> dict[str, int]:
        """The dots per note now (for the facilitator's 'Show results')."""
        with self._lock:
            return self._totals()

    def close(self) -> VoteResult:
        """End the vote: no cast counts after this; the tallies, once (a second close gives
        the same result)."""
        with self._lock:
            if self._result is None:
                self._open = False
                voters = sum(1 for dots in self._cast.values() if sum(dots.values()) > 0)
                self._result = VoteResult(self._totals(), voters)
            return self._result

    def _totals(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for dots in self._cast.values():
            totals.update(dots)
        return {note_id: n for note_id, n in totals.items() if n > 0}
