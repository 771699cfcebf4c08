"""What the room knows while it is open, shared by the server's thread and the window's.

The window sets the workshop's title and the open question; the server adds tickets and
puts each new note in `submissions`, a thread-safe queue the window empties with a timer.
A note carries no ticket, no address and no device: nothing that could name its sender
reaches the window, and so nothing reaches the workshop file.
"""

from __future__ import annotations

import itertools
import queue
import secrets
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from desktop.room.vote import Vote

NONCES_KEPT = 256  # per phone: a repeated send within these is recognised, not taken twice


@dataclass(frozen=True)
class Question:
    """The question open to the phones: a zone of a canvas (the zone for new notes)."""

    canvas_id: str
    zone_id: str | None
    zone_title: str
    prompt: str


@dataclass(frozen=True)
class NoteSubmission:
    """A note sent from a phone, as the moderation list gets it."""

    number: int  # in order of arrival, from 1, in this opening of the room
    text: str
    side: str  # a NoteSide value
    canvas_id: str
    zone_id: str | None
    zone_title: str


class RoomState:
    def __init__(
        self,
        title: str,
        question: Question | None,
        *,
        first_number: int = 1,
        on_note: Callable[[NoteSubmission], object] | None = None,
    ) -> None:
        """`first_number`: the first note's number (after notes still waiting from an earlier
        opening); `on_note` is called in the server's thread with each new note before the
        phone is answered (the window's journal keeps it: desktop/storage/room_journal.py)."""
        self._lock = threading.Lock()
        self._title = title
        self._question = question
        self._vote: Vote | None = None
        self._tickets: dict[str, deque[str]] = {}  # ticket -> the nonces of its notes
        self._numbers = itertools.count(first_number)
        self._on_note = on_note
        self.submissions: queue.Queue[NoteSubmission] = queue.Queue()
        self.host_header = ""  # "address:port", set when the room listens
        self.body_bytes_read = 0

    # -- set by the window -----------------------------------------------------------

    @property
    def title(self) -> str:
        with self._lock:
            return self._title

    @title.setter
    def title(self, title: str) -> None:
        with self._lock:
            self._title = title

    @property
    def question(self) -> Question | None:
        with self._lock:
            return self._question

    @question.setter
    def question(self, question: Question | None) -> None:
        with self._lock:
            self._question = question

    @property
    def vote(self) -> Vote | None:
        """The vote the phones see (open, or closed and kept to show its results), or None."""
        with self._lock:
            return self._vote

    @vote.setter
    def vote(self, vote: Vote | None) -> None:
        with self._lock:
            self._vote = vote

    # -- by the server -----------------------------------------------------------------

    @property
    def joined(self) -> int:
        with self._lock:
            return len(self._tickets)

    def add_ticket(self, most: int) -> str | None:
        with self._lock:
            if len(self._tickets) >= most:
                return None
            ticket = secrets.token_urlsafe(18)
            self._tickets[ticket] = deque(maxlen=NONCES_KEPT)
            return ticket

    def has_ticket(self, ticket: str) -> bool:
        with self._lock:
            return ticket in self._tickets

    def submit(self, ticket: str, nonce: str, *, text: str, side: str, question: Question) -> bool:
        """Queue a note; False when this phone sent this very note (its nonce) before."""
        with self._lock:
            seen = self._tickets[ticket]
            if nonce in seen:
                return False
            seen.append(nonce)
            number = next(self._numbers)
        submission = NoteSubmission(
            number=number,
            text=text,
            side=side,
            canvas_id=question.canvas_id,
            zone_id=question.zone_id,
            zone_title=question.zone_title,
        )
        if self._on_note is not None:
            self._on_note(submission)  # kept on disk before the phone hears "sent"
        self.submissions.put(submission)
        return True

    def count_body_bytes(self, n: int) -> None:
        with self._lock:
            self.body_bytes_read += n
