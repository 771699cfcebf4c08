"""The room's locks: the session token in the QR link, the join code typed on a phone with a
lockout after wrong tries, and a rate limit per client.

Everything is kept in memory for the room's life only. A client is named by its address
(before joining) or its ticket (after): neither reaches the workshop file.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

CODE_DIGITS = 6
TOKEN_BYTES = 18  # 24 URL-safe characters in the link: not guessable within the room's life


@dataclass(frozen=True)
class RoomLimits:
    """The room's limits; tests make some smaller or larger."""

    max_note_bytes: int = 4 * 1024  # one note's request body
    max_body_bytes: int = 16 * 1024  # any request body; larger ones are refused unread
    wrong_codes_before_lockout: int = 5
    lockout_s: float = 60.0
    wrong_codes_in_all: int = 200  # then joining by code stops (the QR link still works)
    # Token buckets: a burst, then so many a second.
    requests_burst: int = 60
    requests_per_s: float = 10.0
    notes_burst: int = 12
    notes_per_s: float = 0.5
    max_participants: int = 500


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_join_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))


def same_secret(given: str, expected: str) -> bool:
    """Compared in constant time, so the time taken tells a guesser nothing."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


class JoinGate:
    """Who may join: the token (from the QR link) or the join code, with a lockout per client
    after `wrong_codes_before_lockout` wrong codes, and joining by code closed for everyone
    after `wrong_codes_in_all` (a brute force from many addresses)."""

    def __init__(
        self, token: str, code: str, limits: RoomLimits, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.token, self.code, self.limits, self.clock = token, code, limits, clock
        self._wrong: dict[str, int] = {}
        self._locked_until: dict[str, float] = {}
        self._wrong_in_all = 0
        self._lock = threading.Lock()

    def token_ok(self, token: str) -> bool:
        return same_secret(token, self.token)

    def try_code(self, client: str, code: str) -> str:
        """'ok', 'wrong', 'locked' (this client, for a while) or 'closed' (joining by code)."""
        with self._lock:
            now = self.clock()
            if self._locked_until.get(client, 0.0) > now:
                return "locked"
            if self._wrong_in_all >= self.limits.wrong_codes_in_all:
                return "closed"
            if same_secret(code, self.code):
                self._wrong.pop(client, None)
                return "ok"
            self._wrong_in_all += 1
            wrong = self._wrong.get(client, 0) + 1
            if wrong >= self.limits.wrong_codes_before_lockout:
                self._locked_until[client] = now + self.limits.lockout_s
                self._wrong.pop(client, None)
                return "locked"
            self._wrong[client] = wrong
            return "wrong"

    def seconds_locked(self, client: str) -> int:
        with self._lock:
            return max(0, int(self._locked_until.get(client, 0.0) - self.clock() + 0.999))


@dataclass
class _Bucket:
    tokens: float
    at: float


@dataclass
class RateLimiter:
    """A token bucket per client: `burst` at once, then `per_s` a second."""

    burst: int
    per_s: float
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, client: str) -> bool:
        with self._lock:
            now = self.clock()
            bucket = self._buckets.get(client)
            if bucket is None:
                if len(self._buckets) > 10_000:  # a flood of addresses: forget the idle ones
                    self._buckets = {
                        k: b for k, b in self._buckets.items() if b.tokens < self.burst
                    }
                bucket = self._buckets[client] = _Bucket(float(self.burst), now)
            bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.at) * self.per_s)
            bucket.at = now
            if bucket.tokens < 1.0:
                return False
            bucket.tokens -= 1.0
            return True
