"""The room's journal: what the phones sent, kept until the facilitator has taken it.

While the room is open, the notes waiting in the moderation list and the dots of a vote
still open live in the window's memory; each phone has been told "sent". So that a crash, a
kill or a flat battery loses none of it, every note and every dot is appended to a JSON-lines
file in the data folder as it arrives (by the room's server thread, before the phone is
answered), and so is what the facilitator did with it: a note taken (accepted, merged into
a note, rejected), a vote begun and its dots added. When the workshop opens again,
`replay()` tells what is still owed: the notes still waiting and the dots of a vote that was
never added.

Each record is written and flushed at once: once the phone has its answer, the line is the
kernel's, and killing Tværs cannot take it back. A small daemon thread fsyncs the file at
most every `SYNC_INTERVAL_S` after a write, so a power cut loses at most that fraction of a
second (plus one fsync); the window's thread never waits for the disk.

Anonymous, as the room is: a record holds a note's text, its side and its zone, the note's
number in the list and the ids of notes on the canvas; never a ticket, a token, the join
code, an address or what the phone is. A line that cannot be read (a torn last line after a
power cut) is skipped. When the file cannot be written (disk full, the folder gone) the room
goes on as before and the log says why.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from desktop.storage.paths import data_dir, document_key, subdir

log = logging.getLogger(__name__)
FOLDER = "drafts"
SYNC_INTERVAL_S = 0.2

ACCEPTED, MERGED, REJECTED, DROPPED = "accepted", "merged", "rejected", "dropped"
_HOW = (ACCEPTED, MERGED, REJECTED, DROPPED)


def journal_path(document: Path) -> Path:
    return subdir(FOLDER) / f"room-{document_key(document)}.jsonl"


def exists(document: Path) -> bool:
    """Cheap: whether anything may be owed (one stat; nothing read)."""
    try:
        return (data_dir() / FOLDER / f"room-{document_key(document)}.jsonl").is_file()
    except OSError:
        return False


@dataclass(frozen=True)
class WaitingNote:
    """A note a phone sent that the facilitator has not taken: as the moderation list has it."""

    number: int
    text: str
    side: str
    canvas_id: str
    zone_id: str | None
    zone_title: str


@dataclass(frozen=True)
class OwedVote:
    """A vote whose dots were never added: its canvas and the dots per note id (> 0)."""

    key: str
    canvas_id: str
    tallies: dict[str, int]


@dataclass
class Owed:
    """What `replay` finds: the notes waiting (in order of arrival), the votes not added, and
    the highest note number used (a new room numbers its notes after it)."""

    waiting: list[WaitingNote] = field(default_factory=list)
    votes: list[OwedVote] = field(default_factory=list)
    last_number: int = 0
    skipped_lines: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.waiting) or any(v.tallies for v in self.votes)


class RoomJournal:
    """The open journal of one workshop. Thread-safe: the server's thread writes notes and
    dots, the window's thread what the facilitator did."""

    def __init__(self, document: Path, *, sync_interval: float = SYNC_INTERVAL_S) -> None:
        self.document = document
        self.sync_interval = sync_interval
        self._lock = threading.Lock()
        self._file: TextIO | None = None
        self._failed = False  # logged once; each later write tries again
        self._closed = False
        self._dirty = threading.Event()
        self._syncer: threading.Thread | None = None
        self._first_unsynced: float | None = None
        # Figures (docs/ROOM.md): records written, fsyncs, and the longest a record waited
        # from its write to the end of the fsync that made it durable.
        self.records = 0
        self.fsyncs = 0
        self.longest_unsynced_s = 0.0

    # -- the records ---------------------------------------------------------------------

    def note_arrived(
        self,
        number: int,
        text: str,
        side: str,
        canvas_id: str,
        zone_id: str | None,
        zone_title: str,
    ) -> bool:
        return self._write(
            {
                "kind": "note",
                "number": number,
                "text": text,
                "side": side,
                "canvas_id": canvas_id,
                "zone_id": zone_id,
                "zone_title": zone_title,
            }
        )

    def note_taken(self, number: int, how: str, note_id: str | None = None) -> bool:
        """`how`: accepted (as note_id), merged (into note_id), rejected, or dropped (the room
        closed with it waiting, after the facilitator said so)."""
        if how not in _HOW:
            raise ValueError(f"unknown way to take a note: {how}")
        return self._write({"kind": "taken", "number": number, "how": how, "note_id": note_id})

    def vote_started(self, canvas_id: str, note_ids: Collection[str]) -> str:
        """A new vote; its key, for its dots and its end."""
        import secrets  # not at a workshop's opening, which only asks whether a journal exists

        key = secrets.token_hex(8)
        self._write({"kind": "vote", "vote": key, "canvas_id": canvas_id, "notes": list(note_ids)})
        return key

    def dot(self, vote: str, note_id: str, change: int) -> bool:
        return self._write({"kind": "dot", "vote": vote, "note_id": note_id, "change": change})

    def vote_added(self, vote: str) -> bool:
        """The vote's dots are on the notes (or there were none): nothing owed for it."""
        return self._write({"kind": "vote_added", "vote": vote})

    # -- writing -------------------------------------------------------------------------

    def _write(self, record: dict[str, Any]) -> bool:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            if self._closed:
                return False
            try:
                if self._file is None:
                    self._file = open(  # noqa: SIM115 (kept open while the room is)
                        journal_path(self.document), "a", encoding="utf-8", newline="\n"
                    )
                self._file.write(line)
                self._file.flush()  # the kernel's now: a kill of Tværs cannot lose it
            except (OSError, ValueError) as exc:
                self._fail(exc)
                return False
            self.records += 1
            if self._first_unsynced is None:
                self._first_unsynced = time.monotonic()
            if self._syncer is None:
                self._syncer = threading.Thread(
                    target=self._sync_loop, name="tvaers-room-journal", daemon=True
                )
                self._syncer.start()
        self._dirty.set()
        return True

    def _fail(self, exc: BaseException) -> None:
        """Disk full, folder gone: the room goes on; said once in the log, the file dropped
        (a half-written line is skipped when read)."""
        if not self._failed:
            log.warning(
                "could not keep the room's journal (notes from phones live only in memory "
                "until this works again): %s",
                exc,
            )
        self._failed = True
        self._close_file()

    def _sync_loop(self) -> None:
        while True:
            self._dirty.wait()
            time.sleep(self.sync_interval)  # gathers what arrives meanwhile into one fsync
            self._dirty.clear()
            with self._lock:
                if self._file is None:
                    if self._closed:
                        return
                    continue
                first, self._first_unsynced = self._first_unsynced, None
                try:
                    fd = os.dup(self._file.fileno())  # fsync'd without holding the lock
                except (OSError, ValueError) as exc:
                    self._fail(exc)
                    continue
            try:
                os.fsync(fd)
            except OSError as exc:
                with self._lock:
                    self._fail(exc)
            else:
                with self._lock:
                    self.fsyncs += 1
                    if first is not None:
                        lag = time.monotonic() - first
                        self.longest_unsynced_s = max(self.longest_unsynced_s, lag)
            finally:
                os.close(fd)
            with self._lock:
                if self._closed and not self._dirty.is_set():  # all of it is durable now
                    self._close_file()
                    return

    def sync(self) -> None:
        """fsync now, on the caller's thread (tests; the window leaves it to the journal's)."""
        with self._lock:
            if self._file is None:
                return
            try:
                self._file.flush()
                os.fsync(self._file.fileno())
            except (OSError, ValueError) as exc:
                self._fail(exc)
                return
            self._first_unsynced = None

    def close(self) -> None:
        """Stop writing; the file stays (something is owed). Its last records are fsync'd by
        the journal's thread, which then closes it: the caller never waits for the disk."""
        with self._lock:
            self._closed = True
            if self._syncer is None or not self._syncer.is_alive():
                self._close_file()
        self._dirty.set()  # the thread syncs what is left, closes and ends

    def remove(self) -> None:
        """Nothing is owed: the journal goes."""
        with self._lock:
            self._closed = True
            self._close_file()
        self._dirty.set()  # the thread sees the end
        discard(self.document)

    def _close_file(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError, ValueError):
                self._file.close()
            self._file = None


def discard(document: Path) -> None:
    try:
        journal_path(document).unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove the room's journal", exc_info=True)


# -- reading back ----------------------------------------------------------------------------


def _records(document: Path) -> tuple[list[dict[str, Any]], int]:
    try:
        raw = journal_path(document).read_bytes()
    except FileNotFoundError:
        return [], 0
    except OSError:
        log.warning("could not read the room's journal", exc_info=True)
        return [], 0
    records: list[dict[str, Any]] = []
    skipped = 0
    for line in raw.split(b"\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            skipped += 1
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            skipped += 1
    if skipped:
        log.warning("skipped %d unreadable lines of the room's journal", skipped)
    return records, skipped


def _waiting(record: dict[str, Any]) -> WaitingNote | None:
    number, text, side = record.get("number"), record.get("text"), record.get("side")
    canvas_id, zone_id = record.get("canvas_id"), record.get("zone_id")
    zone_title = record.get("zone_title", "")
    if (
        not isinstance(number, int)
        or isinstance(number, bool)
        or not all(isinstance(v, str) for v in (text, side, canvas_id, zone_title))
        or not (zone_id is None or isinstance(zone_id, str))
    ):
        return None
    return WaitingNote(number, str(text), str(side), str(canvas_id), zone_id, str(zone_title))


def replay(
    document: Path, existing: Callable[[Collection[str]], Collection[str]] = lambda ids: ids
) -> Owed:
    """What the journal of `document` still owes. `existing(ids)` gives those of the note ids
    that are in the workshop now: a note accepted (or merged into) whose canvas note is not
    there (the working copy was not recovered) waits again. Unreadable lines are skipped."""
    records, skipped = _records(document)
    notes: dict[int, WaitingNote] = {}
    taken: dict[int, tuple[str, str | None]] = {}
    votes: dict[str, tuple[str, set[str], Counter[str]]] = {}
    added: set[str] = set()
    last = 0
    for record in records:
        kind = record.get("kind")
        if kind == "note":
            waiting = _waiting(record)
            if waiting is not None:
                notes[waiting.number] = waiting
                taken.pop(waiting.number, None)
                last = max(last, waiting.number)
        elif kind == "taken":
            number, how, note_id = record.get("number"), record.get("how"), record.get("note_id")
            if isinstance(number, int) and how in _HOW:
                taken[number] = (str(how), note_id if isinstance(note_id, str) else None)
        elif kind == "vote":
            key, canvas_id, ids = record.get("vote"), record.get("canvas_id"), record.get("notes")
            if isinstance(key, str) and isinstance(canvas_id, str) and isinstance(ids, list):
                votes[key] = (canvas_id, {str(i) for i in ids}, Counter())
        elif kind == "dot":
            key, note_id, change = record.get("vote"), record.get("note_id"), record.get("change")
            if key in votes and change in (1, -1) and not isinstance(change, bool):
                _canvas, ballot, tallies = votes[str(key)]
                if note_id in ballot:
                    tallies[str(note_id)] += int(change)
        elif kind == "vote_added" and isinstance(record.get("vote"), str):
            added.add(str(record["vote"]))
    on_canvas = {n for how, n in taken.values() if how in (ACCEPTED, MERGED) and n}
    there = set(existing(on_canvas)) if on_canvas else set()
    owed = Owed(last_number=last, skipped_lines=skipped)
    for number, note in notes.items():
        how, note_id = taken.get(number, ("", None))
        if how in (REJECTED, DROPPED):
            continue
        if how in (ACCEPTED, MERGED) and note_id in there:
            continue
        owed.waiting.append(note)
    for key, (canvas_id, _ballot, tallies) in votes.items():
        if key not in added:
            dots = {note_id: n for note_id, n in tallies.items() if n > 0}
            owed.votes.append(OwedVote(key, canvas_id, dots))
    return owed
