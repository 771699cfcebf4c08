"""The room's journal, from the server and from the window:

- the server writes a note (and a dot) to the journal before the phone is answered;
- a workshop whose journal owes notes shows them in the room panel when it opens (the room
  closed), closing that list asks first, opening the room again keeps them and numbers the
  new notes after them; read-only, nothing is shown and the journal stays.

(The real crash, a Tværs killed with SIGKILL, is tests/room/test_room_crash.py.)"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from desktop.room.server import Room
from desktop.room.vote import BallotNote
from desktop.storage import room_journal
from desktop.storage.room_journal import RoomJournal
from desktop.ui.canvas_tab.tab import CanvasTab
from desktop.ui.main_window import MainWindow
from tests.journeys.canvas_steps import open_canvas
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import alt, press
from tests.journeys.test_mnemonics import mnemonic, problems_in
from tests.journeys.window_steps import Key, Mod, key_to_window, open_workshop
from tests.room.conftest import QUESTION, ClosingAnswers, joined, note
from tests.room.test_room_journey import open_room_with_keys, send_waiting_note
from tests.room.test_room_votes_journey import TEXTS, votes, workshop_with_notes


def lines(document: Path) -> int:
    return room_journal.journal_path(document).read_bytes().count(b"\n")


def test_the_server_keeps_a_note_and_a_dot_before_the_phone_is_answered(tmp_path: Path) -> None:
    doc = tmp_path / "a.tvaers"
    journal = RoomJournal(doc)
    room = Room(
        "127.0.0.1",
        title="Mentorstøtte",
        question=QUESTION,
        first_number=8,
        on_note=lambda s: journal.note_arrived(
            s.number, s.text, s.side, s.canvas_id, s.zone_id, s.zone_title
        ),
    )
    room.start()
    try:
        key = journal.vote_started("canvas-1", ["n1"])
        room.start_vote([BallotNote("n1", "Én")], 3, on_dot=lambda n, c: journal.dot(key, n, c))
        with httpx.Client(base_url=room.address, timeout=5) as client:
            headers = joined(client, room)
            answer = client.post("/api/notes", headers=headers, json=note("Først", "nonce-0001"))
            assert answer.status_code == 200
            assert lines(doc) == 2  # on disk (the kernel's) when the phone hears "sent"
            again = client.post("/api/notes", headers=headers, json=note("Først", "nonce-0001"))
            assert again.status_code == 200 and lines(doc) == 2  # a retry is kept once
            body = {"note": "n1", "change": 1, "nonce": "dot-nonce-1"}
            assert client.post("/api/votes", headers=headers, json=body).status_code == 200
            assert lines(doc) == 3
        assert room.state.submissions.get_nowait().number == 8  # after the notes kept
    finally:
        room.stop()
        journal.close()
    owed = room_journal.replay(doc)
    assert [(n.number, n.text, n.zone_title) for n in owed.waiting] == [(8, "Først", "Behov")]
    assert [v.tallies for v in owed.votes] == [{"n1": 1}]


def left_by_a_crash(path: Path, canvas_id: str, ids: dict[str, str]) -> None:
    """What a Tværs killed with the room open leaves: two notes waiting, one taken, and a
    vote with 3 dots on the first note, never added."""
    journal = RoomJournal(path.absolute())
    for number, text in enumerate(["Venter 1", "Taget", "Venter 2"], start=1):
        journal.note_arrived(number, text, "other", canvas_id, None, "Behov")
    journal.note_taken(2, "rejected")
    key = journal.vote_started(canvas_id, list(ids.values()))
    for _ in range(3):
        journal.dot(key, ids[TEXTS[0]], 1)
    journal.close()


def canvas_of(path: Path) -> str:
    from desktop.core import canvas
    from desktop.storage.document import open_document

    doc = open_document(path, read_only=True)
    try:
        with doc.session() as session:
            [board] = canvas.list_canvases(session)
            return str(board.id)
    finally:
        doc.close()


def opened_after_a_crash(
    win: MainWindow, picker: FilePicker, tmp_path: Path
) -> tuple[Path, dict[str, str], CanvasTab]:
    """The workshop of three notes, opened with the journal a crash left."""
    path = tmp_path / "efter nedbrud.tvaers"
    ids = workshop_with_notes(path)
    left_by_a_crash(path, canvas_of(path), ids)
    return path, ids, open_canvas(win, picker, path)


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_notes_kept_from_a_crash_wait_and_the_room_opens_again_around_them(
    journey_window: MainWindow,
    picker: FilePicker,
    tmp_path: Path,
    qtbot: QtBot,
    closing_answers: ClosingAnswers,
    lang: str,
) -> None:
    win = journey_window
    path, _ids, tab = opened_after_a_crash(win, picker, tmp_path)
    panel = win.room.panel
    assert panel is not None and panel.isVisible() and win.room.room is None
    assert [s.text for s in panel.waiting] == ["Venter 1", "Venter 2"]
    said = panel.recovered_label.text()
    expected = {
        "da": ("Tværs stoppede, mens rummet var åbent. 2 noter", "3 prikker"),
        "en": ("Tværs stopped while the room was open. 2 notes", "3 dots"),
    }[lang]
    assert said.startswith(expected[0]) and expected[1] in said, said
    assert votes(tab)[TEXTS[0]] == 2 + 3
    assert not panel.vote_box.isVisible() and not panel.code_label.isVisible()
    assert problems_in(f"room's notes kept after a crash ({lang})", win) == []

    # Closing the list while notes wait asks first; No keeps them.
    closing_answers.answer = False
    panel.close_button.click()
    assert len(closing_answers.asked) == 1 and "2" in closing_answers.asked[0]
    assert panel.isVisible() and panel.list.count() == 2 and room_journal.exists(path)

    # The room opens again: the notes stay in the list, new ones are numbered after them.
    open_room_with_keys(win, qtbot)
    room = win.room.room
    assert room is not None and panel.list.count() == 2 and panel.qr.isVisible()
    assert not panel.recovered_label.isVisible()
    send_waiting_note(room, "Ny note", "after-crash-1")
    qtbot.waitUntil(lambda: panel.list.count() == 3)
    assert [s.number for s in panel.waiting] == [1, 3, 4]
    # The vote's dots were added once: opening the room again does not add them again.
    assert votes(tab)[TEXTS[0]] == 5
    # Taken by keys; then the room closes with nothing owed: the journal goes.
    alt(mnemonic(panel.list_label.text()) or "")
    for left in (2, 1, 0):
        press(Key.Key_Return)
        qtbot.waitUntil(lambda left=left: panel.list.count() == left)
    assert room_journal.exists(path)  # the room is open: it keeps writing
    key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)
    assert win.room.room is None and not room_journal.exists(path)
    assert len(closing_answers.asked) == 1  # nothing waited: not asked again


def test_closing_the_list_of_kept_notes_lets_them_go_after_asking(
    journey_window: MainWindow,
    picker: FilePicker,
    tmp_path: Path,
    qtbot: QtBot,
    closing_answers: ClosingAnswers,
) -> None:
    win = journey_window
    path, ids, _tab = opened_after_a_crash(win, picker, tmp_path)
    panel = win.room.panel
    assert panel is not None and panel.list.count() == 2
    panel.close_button.click()
    assert len(closing_answers.asked) == 1 and not panel.isVisible()
    assert not room_journal.exists(path)
    # Closing the workshop, with a kept note waiting, asks too (a new crash journal).
    left_by_a_crash(path, canvas_of(path), ids)
    win.close_workshop()
    open_workshop(win, picker, path)
    panel = win.room.panel
    assert panel is not None and panel.list.count() == 2
    closing_answers.answer = False
    assert not win.close_workshop() and win.current is not None
    closing_answers.answer = True
    assert win.close_workshop() and not room_journal.exists(path)


def test_a_read_only_workshop_shows_nothing_and_keeps_the_journal(
    journey_window: MainWindow, tmp_path: Path
) -> None:
    win = journey_window
    path = tmp_path / "skrivebeskyttet.tvaers"
    ids = workshop_with_notes(path)
    left_by_a_crash(path, canvas_of(path), ids)
    kept = room_journal.journal_path(path.absolute()).read_bytes()
    assert win.open_path(path, read_only=True)
    assert win.room.panel is None and win.current is not None and win.current.read_only
    assert room_journal.journal_path(path.absolute()).read_bytes() == kept
    win.close_workshop()
    assert room_journal.journal_path(path.absolute()).read_bytes() == kept
