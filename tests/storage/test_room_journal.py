"""The room's journal: what it owes after a crash, a torn last line, a full disk, the fsync
batched off the writer's thread, and nothing in it that names a phone."""

from __future__ import annotations

import errno
import json
import logging
import os
import threading
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest

from desktop.storage import room_journal
from desktop.storage.room_journal import ACCEPTED, MERGED, REJECTED, RoomJournal, WaitingNote


def arrive(journal: RoomJournal, number: int, text: str = "") -> None:
    assert journal.note_arrived(
        number, text or f"Note {number}", "domain", "canvas-1", "zone-1", "Behov"
    )


def only(*ids: str) -> Any:
    """`existing` for replay: these note ids are in the workshop."""
    return lambda asked: set(asked) & set(ids)


def test_replay_owes_the_notes_not_taken_and_the_dots_of_an_open_vote(tmp_path: Path) -> None:
    doc = tmp_path / "a.tvaers"
    journal = RoomJournal(doc)
    for number in range(1, 7):
        arrive(journal, number)
    journal.note_taken(1, ACCEPTED, "note-a")  # on the canvas: not owed
    journal.note_taken(2, MERGED, "note-b")  # added to a note that is there: not owed
    journal.note_taken(3, REJECTED)
    journal.note_taken(4, ACCEPTED, "note-gone")  # the working copy was not recovered
    closed = journal.vote_started("canvas-1", ["note-a", "note-b"])
    journal.dot(closed, "note-a", 1)
    journal.vote_added(closed)
    vote = journal.vote_started("canvas-1", ["note-a", "note-b", "note-c"])
    for note, change in [("note-a", 1), ("note-a", 1), ("note-b", 1), ("note-a", -1)]:
        journal.dot(vote, note, change)
    journal.dot(vote, "not-on-ballot", 1)
    journal.dot("unknown-vote", "note-a", 1)
    journal.close()

    asked: list[Collection[str]] = []

    def existing(ids: Collection[str]) -> set[str]:
        asked.append(ids)
        return set(ids) & {"note-a", "note-b"}

    owed = room_journal.replay(doc, existing)
    assert [n.number for n in owed.waiting] == [4, 5, 6]
    assert owed.waiting[1] == WaitingNote(5, "Note 5", "domain", "canvas-1", "zone-1", "Behov")
    assert [(v.key, v.canvas_id, v.tallies) for v in owed.votes] == [
        (vote, "canvas-1", {"note-a": 1, "note-b": 1})
    ]
    assert owed.last_number == 6 and owed.anything and owed.skipped_lines == 0
    assert len(asked) == 1 and set(asked[0]) == {"note-a", "note-b", "note-gone"}  # one query


def test_a_journal_that_owes_nothing_and_none_at_all(tmp_path: Path) -> None:
    doc = tmp_path / "a.tvaers"
    assert not room_journal.exists(doc)
    assert not room_journal.replay(doc).anything
    journal = RoomJournal(doc)
    arrive(journal, 1)
    journal.note_taken(1, REJECTED)
    vote = journal.vote_started("canvas-1", ["n"])
    journal.dot(vote, "n", 1)
    journal.dot(vote, "n", -1)  # taken back: a vote of no dots owes nothing
    journal.close()
    assert room_journal.exists(doc)
    owed = room_journal.replay(doc, only())
    assert not owed.anything and owed.waiting == [] and owed.last_number == 1
    journal.remove()
    assert not room_journal.exists(doc)


def test_a_note_number_used_again_by_a_later_room_waits_again(tmp_path: Path) -> None:
    """A later opening (after the journal was kept) may number from 1 again: the new note
    is not taken by the old one's record."""
    doc = tmp_path / "a.tvaers"
    journal = RoomJournal(doc)
    arrive(journal, 1, "Først")
    journal.note_taken(1, REJECTED)
    arrive(journal, 1, "Siden")
    journal.close()
    assert [n.text for n in room_journal.replay(doc).waiting] == ["Siden"]


@pytest.mark.parametrize(
    "damage",
    [
        b'{"kind":"note","number":9,"text":"halv',  # a power cut tore the last line
        b'{"kind":"note","number":9,"text":"x"}\xff\xfe',  # not UTF-8
        b"\x00\x00\x00\x00",  # a block of zeros after a crash
        b"[1, 2, 3]",  # JSON, not a record
        b'{"kind":"note","number":"ni","text":"x","side":"a","canvas_id":"c","zone_title":""}',
    ],
)
def test_a_damaged_line_is_skipped_and_the_rest_replayed(
    tmp_path: Path, damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    doc = tmp_path / "a.tvaers"
    journal = RoomJournal(doc)
    arrive(journal, 1)
    arrive(journal, 2)
    journal.close()
    path = room_journal.journal_path(doc)
    with open(path, "ab") as out:
        out.write(damage + b"\n" + b'{"kind":"taken","number":1,"how":"rejected"}\n' + damage)
    owed = room_journal.replay(doc)
    assert [n.number for n in owed.waiting] == [2]
    assert owed.skipped_lines in (0, 1, 2)  # a record of bad fields is dropped, not counted


def test_the_disk_full_keeps_the_room_going_and_says_why_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    doc = tmp_path / "a.tvaers"
    journal = RoomJournal(doc)
    arrive(journal, 1)

    class FullDisk:
        def __init__(self, *_a: object, **_k: object) -> None:
            pass

        def write(self, _text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            pass

        def close(self) -> None:
            pass

    assert journal._file is not None
    journal._file.close()
    journal._file = FullDisk()  # type: ignore[assignment]  # the open file's next write fails
    monkeypatch.setattr(room_journal, "open", FullDisk, raising=False)
    with caplog.at_level(logging.WARNING, logger="desktop.storage.room_journal"):
        assert not journal.note_arrived(2, "Tabt?", "other", "canvas-1", None, "Behov")
        assert not journal.dot("vote", "note", 1)
        assert not journal.note_taken(1, REJECTED)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "No space left" in warnings[0].getMessage()
    monkeypatch.delattr(room_journal, "open")  # space again: it writes again
    arrive(journal, 3)
    journal.close()
    assert [n.number for n in room_journal.replay(doc).waiting] == [1, 3]


def test_a_data_folder_that_cannot_be_written_loses_nothing_but_the_journal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    doc = tmp_path / "a.tvaers"
    drafts = Path(os.environ["TVAERS_DATA_DIR"], room_journal.FOLDER)
    drafts.mkdir(parents=True, exist_ok=True)
    room_journal.journal_path(doc).mkdir()  # a folder where the file should be
    journal = RoomJournal(doc)
    with caplog.at_level(logging.WARNING, logger="desktop.storage.room_journal"):
        assert not journal.note_arrived(1, "Tekst", "other", "canvas-1", None, "Behov")
    assert "could not keep the room's journal" in caplog.text
    journal.remove()  # never raises either
    assert not room_journal.replay(doc).anything


def test_each_record_is_flushed_at_once_and_fsync_is_batched_off_the_writers_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "a.tvaers"
    synced_on: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced_on.append(threading.current_thread().name)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    journal = RoomJournal(doc)
    path = room_journal.journal_path(doc)
    started = time.monotonic()
    for number in range(1, 201):
        arrive(journal, number)
        # In the file at once (the kernel's: a kill of Tværs cannot take it back).
        assert path.read_bytes().count(b"\n") == number
    writing = time.monotonic() - started
    assert synced_on == [], "the writer's thread never waits for an fsync"
    deadline = time.monotonic() + 5
    while journal.fsyncs == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(room_journal.SYNC_INTERVAL_S * 2)
    assert 1 <= journal.fsyncs <= 1 + writing / room_journal.SYNC_INTERVAL_S + 1
    assert set(synced_on) == {"tvaers-room-journal"}
    assert journal.longest_unsynced_s < 1.0  # a power cut loses at most this much
    # Closing with something owed: the last records synced by the journal's thread too.
    arrive(journal, 201)
    fsyncs = journal.fsyncs
    journal.close()
    assert synced_on.count("MainThread") == 0
    deadline = time.monotonic() + 5
    while journal._file is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert journal._file is None and journal.fsyncs == fsyncs + 1
    assert not journal.note_taken(201, REJECTED)  # closed: nothing more is written
    assert len(room_journal.replay(doc).waiting) == 201


def test_the_journal_holds_nothing_that_names_a_phone(tmp_path: Path) -> None:
    """Only what a record is given: the text, side and zone of a note, note numbers and the
    canvas's ids. (tests/room/test_room_crash.py checks a real room's journal against the
    phones' tickets, the token, the code, the address and the user agent.)"""
    doc = tmp_path / "a.tvaers"
    journal = RoomJournal(doc)
    arrive(journal, 1, "Hej <b>verden</b> 🙂")
    vote = journal.vote_started("canvas-1", ["note-a"])
    journal.dot(vote, "note-a", 1)
    journal.note_taken(1, ACCEPTED, "note-b")
    journal.close()
    keys: set[str] = set()
    for line in room_journal.journal_path(doc).read_text("utf-8").splitlines():
        keys |= set(json.loads(line))
    assert keys == {
        "kind",
        "number",
        "text",
        "side",
        "canvas_id",
        "zone_id",
        "zone_title",
        "how",
        "note_id",
        "vote",
        "notes",
        "change",
    }
