"""The vote from phones, from the facilitator's keys on the whole window, with httpx phones on
loopback: start the vote on the canvas's notes, phones cast dots (the panel counts the phones
that voted, never the results while hidden), show the result, close the vote: the dots are
added to the notes' votes (on top of the dots from paper) as ONE undo step; Ctrl+Z removes
them all at once, Ctrl+Y puts them back; saved, closed and opened again, they are in the file
and in the minutes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from desktop.core import canvas
from desktop.room.server import Room
from desktop.storage.document import open_document
from desktop.ui.canvas_tab.tab import CanvasTab
from desktop.ui.main_window import MainWindow
from desktop.ui.room_panel import RoomPanel
from tests.journeys.canvas_steps import click_canvas, grip_of, make_workshop, open_canvas
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import alt, ctrl, press
from tests.journeys.test_mnemonics import mnemonic, problems_in
from tests.journeys.window_steps import Key, Mod, key_to_window, open_workshop
from tests.room.conftest import ClosingAnswers
from tests.room.test_room_journey import minutes_text, open_room_with_keys, send_waiting_note

TEXTS = ["Én indgang for borgeren", "Fælles kalender", "Mentor fra dag ét"]


def workshop_with_notes(path: Path) -> dict[str, str]:
    """Three notes on the canvas; the first has 2 dots from paper. Text -> note id."""
    make_workshop(path)
    doc = open_document(path)
    with doc.session() as session:
        [board] = canvas.list_canvases(session)
        zones = canvas.list_zones(session, canvas_id=board.id)
        ids = {
            text: canvas.add_note(session, canvas_id=board.id, zone_id=zone.id, text=text).id
            for text, zone in zip(TEXTS, zones, strict=False)
        }
        canvas.set_votes(session, note_id=ids[TEXTS[0]], votes=2)
    doc.close(save=True)
    return ids


def saved_votes(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT text, votes FROM note").fetchall())
    finally:
        con.close()


def votes(tab: CanvasTab) -> dict[str, int]:
    return {str(n["text"]): int(n["votes"]) for n in tab._notes.values()}


def open_the_room(
    win: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> tuple[Path, dict[str, str], CanvasTab, RoomPanel, Room]:
    """The workshop of three notes on its canvas, the room opened with keys."""
    path = tmp_path / "afstemning.tvaers"
    ids = workshop_with_notes(path)
    tab = open_canvas(win, picker, path)
    panel = open_room_with_keys(win, qtbot)
    assert win.room.room is not None
    return path, ids, tab, panel, win.room.room


def start_vote_with_keys(panel: RoomPanel, room: Room, qtbot: QtBot) -> None:
    """Begynd afstemningen by its Alt letter, with the dots the panel holds."""
    alt(mnemonic(panel.vote_box.start_button.text()) or "")
    qtbot.waitUntil(lambda: room.state.vote is not None)


def cast_one_dot(room: Room, note_id: str, nonce: str) -> None:
    """A phone joins by the code and casts one dot."""
    with httpx.Client(base_url=room.address, timeout=5) as client:
        ticket = client.post("/api/join", json={"code": room.join_code}).json()["ticket"]
        body = {"note": note_id, "change": 1, "nonce": nonce}
        assert client.post("/api/votes", headers={"x-room-ticket": ticket}, json=body).is_success


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_votes_from_phones_are_added_as_one_step_saved_and_in_the_minutes(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot, lang: str
) -> None:
    win = journey_window
    path, ids, tab, panel, room = open_the_room(win, picker, tmp_path, qtbot)
    box = panel.vote_box
    assert box.start_button.isVisible()
    assert problems_in(f"vote not started ({lang})", win) == []

    # 3 dots per phone, at most 2 on one note: typed in the two fields, then the Alt letter.
    box.dots.setFocus()
    press(Key.Key_Up)
    press(Key.Key_Down)
    assert box.dots.value() == 3
    box.per_note.setFocus()
    press(Key.Key_Up)
    press(Key.Key_Up)
    assert box.per_note.value() == 2
    start_vote_with_keys(panel, room, qtbot)
    vote = room.state.vote
    assert vote is not None and (vote.dots, vote.per_note) == (3, 2)
    assert sorted(n.text for n in vote.notes) == sorted(TEXTS)
    assert box.close_button.isVisible() and not box.start_button.isVisible()
    assert problems_in(f"vote running ({lang})", win) == []

    with httpx.Client(base_url=room.address, timeout=5) as client:
        phones = []
        for _ in range(3):
            ticket = client.post("/api/join", json={"token": room.token}).json()["ticket"]
            phones.append({"x-room-ticket": ticket})

        def cast(phone: dict[str, str], text: str, nonce: str) -> int:
            body = {"note": ids[text], "change": 1, "nonce": nonce}
            return client.post("/api/votes", headers=phone, json=body).status_code

        assert cast(phones[0], TEXTS[0], "phone0-dot1") == 200
        assert cast(phones[0], TEXTS[0], "phone0-dot1") == 200  # a replay: counted once
        assert cast(phones[0], TEXTS[0], "phone0-dot2") == 200
        assert cast(phones[0], TEXTS[0], "phone0-dot3") == 409  # at most 2 on one note
        assert cast(phones[0], TEXTS[1], "phone0-dot4") == 200
        assert cast(phones[0], TEXTS[2], "phone0-dot5") == 409  # 3 dots in all
        assert cast(phones[1], TEXTS[1], "phone1-dot1") == 200
        qtbot.waitUntil(lambda: "2" in box.voters_label.text())
        # The panel shows no results while they are hidden, and the notes are unchanged.
        assert not box.results.isVisible()
        assert votes(tab) == {TEXTS[0]: 2, TEXTS[1]: 0, TEXTS[2]: 0}

        # Focus is on "Close the vote"; "Show the result" is just before it.
        assert box.close_button.hasFocus()
        press(Key.Key_Tab, Mod.ShiftModifier)
        assert box.reveal_button.hasFocus()
        press(Key.Key_Space)
        assert box.results.isVisible()
        shown = [box.results.item(i).text() for i in range(box.results.count())]
        assert shown == [f"2 · {TEXTS[0]}", f"2 · {TEXTS[1]}", f"0 · {TEXTS[2]}"]
        totals = client.get("/api/state", headers=phones[2]).json()["vote"]["notes"]
        assert {n["text"]: n["total"] for n in totals} == {TEXTS[0]: 2, TEXTS[1]: 2, TEXTS[2]: 0}

        assert box.close_button.hasFocus()  # what comes next
        press(Key.Key_Space)
        qtbot.waitUntil(lambda: box.start_button.isVisible())
        assert cast(phones[2], TEXTS[2], "phone2-late") == 409  # after closing
    added = {TEXTS[0]: 4, TEXTS[1]: 2, TEXTS[2]: 0}  # paper's 2 + the phones' dots
    assert votes(tab) == added
    assert "4" in box.last_label.text()

    # One undo step takes every phone's dot off at once (the paper dots stay); redo.
    tab.view.setFocus()
    ctrl("z")
    qtbot.waitUntil(lambda: votes(tab) == {TEXTS[0]: 2, TEXTS[1]: 0, TEXTS[2]: 0})
    ctrl("y")
    qtbot.waitUntil(lambda: votes(tab) == added)

    ctrl("s")
    qtbot.waitUntil(lambda: win.current is not None and not win.current.is_dirty)
    ctrl("w")
    qtbot.waitUntil(lambda: win.current is None)
    assert saved_votes(path) == added
    open_workshop(win, picker, path)
    assert win.current is not None
    printed = minutes_text(path)
    assert TEXTS[0] in printed and "4" in printed


def test_closing_the_room_adds_the_dots_of_a_vote_still_open(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    _path, ids, tab, panel, room = open_the_room(win, picker, tmp_path, qtbot)
    start_vote_with_keys(panel, room, qtbot)
    cast_one_dot(room, ids[TEXTS[2]], "only-dot-1")
    key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)  # Luk rummet
    assert win.room.room is None
    assert votes(tab)[TEXTS[2]] == 1


def test_a_note_deleted_during_the_vote_is_left_out_and_the_others_get_their_dots(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    _path, ids, tab, panel, room = open_the_room(win, picker, tmp_path, qtbot)
    start_vote_with_keys(panel, room, qtbot)
    with httpx.Client(base_url=room.address, timeout=5) as client:
        ticket = client.post("/api/join", json={"token": room.token}).json()["ticket"]
        for n, text in enumerate((TEXTS[1], TEXTS[2])):
            body = {"note": ids[text], "change": 1, "nonce": f"kept-dot-{n}"}
            sent = client.post("/api/votes", headers={"x-room-ticket": ticket}, json=body)
            assert sent.is_success
    click_canvas(tab, grip_of(tab, ids[TEXTS[1]]))  # the facilitator deletes a note meanwhile
    press(Key.Key_Delete)
    qtbot.waitUntil(lambda: ids[TEXTS[1]] not in tab._notes)
    panel.vote_box.close_button.setFocus()
    press(Key.Key_Space)
    assert votes(tab) == {TEXTS[0]: 2, TEXTS[2]: 1}
    tab.view.setFocus()
    ctrl("z")  # the vote's dots
    qtbot.waitUntil(lambda: votes(tab) == {TEXTS[0]: 2, TEXTS[2]: 0})
    ctrl("z")  # the deletion
    qtbot.waitUntil(lambda: votes(tab) == {TEXTS[0]: 2, TEXTS[1]: 0, TEXTS[2]: 0})


@pytest.mark.parametrize("how", ["Ctrl+W", "Ctrl+Q"])
def test_closing_the_workshop_or_quitting_adds_the_dots_of_a_vote_still_open(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot, how: str
) -> None:
    """The phones' dots are never dropped silently: closing the workshop (or the app) with the
    vote still open closes the room as »Luk rummet« does, and the dots are in the file."""
    win = journey_window
    path, ids, _tab, panel, room = open_the_room(win, picker, tmp_path, qtbot)
    start_vote_with_keys(panel, room, qtbot)
    cast_one_dot(room, ids[TEXTS[1]], "closing-dot-1")
    ctrl(how[-1].lower())
    qtbot.waitUntil(lambda: win.current is None)
    assert not room.listening
    assert saved_votes(path) == {TEXTS[0]: 2, TEXTS[1]: 1, TEXTS[2]: 0}


def test_closing_the_workshop_with_notes_waiting_asks_first_and_can_stay_open(
    journey_window: MainWindow,
    picker: FilePicker,
    tmp_path: Path,
    qtbot: QtBot,
    closing_answers: ClosingAnswers,
) -> None:
    win = journey_window
    path, ids, tab, panel, room = open_the_room(win, picker, tmp_path, qtbot)
    start_vote_with_keys(panel, room, qtbot)
    cast_one_dot(room, ids[TEXTS[2]], "waiting-dot-1")
    send_waiting_note(room, "Venter stadig", "waiting-01")
    asked = closing_answers.asked
    closing_answers.answer = False
    ctrl("w")  # "keep it open": nothing changes, the vote runs on
    assert len(asked) == 1 and "1" in asked[0]
    assert win.current is not None and room.listening and room.state.vote is not None
    assert panel.list.count() == 1 and votes(tab)[TEXTS[2]] == 0
    closing_answers.answer = True
    ctrl("w")
    qtbot.waitUntil(lambda: win.current is None)
    assert not room.listening
    assert saved_votes(path) == {TEXTS[0]: 2, TEXTS[1]: 0, TEXTS[2]: 1}
