"""The room from the facilitator's keys on the whole window, with a phone standing in as an HTTP
client on loopback: open the room, notes arrive, accept one, edit one then accept it, merge
one into a note, reject one; undo and redo; save, close (the room closes for the phone),
open again: the notes are in the file and in the minutes."""

from __future__ import annotations

import io
import logging
import re
import sqlite3
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core import canvas
from desktop.export.minutes import MinutesOptions, write_minutes
from desktop.export.minutes_data import read_file
from desktop.room.server import Room
from desktop.storage import room_journal
from desktop.ui.main_window import MainWindow
from desktop.ui.room_panel import RoomPanel
from tests.journeys.canvas_steps import click_canvas, grip_of, make_workshop, open_canvas
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import alt, ctrl, press, type_text
from tests.journeys.test_mnemonics import mnemonic, problems_in
from tests.journeys.window_steps import Key, Mod, key_to_window, open_workshop
from tests.room.conftest import ClosingAnswers

NOTES = [
    "Borgerne venter for længe på svar <b>fed</b>",
    "Kontrakten er uklar",
    "Mere tid til dialog 🙂",
    "Køb alt hos én leverandør!!!",
]


def saved_notes(path: Path) -> list[tuple[str, str, str | None]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT text, side, zone_id FROM note ORDER BY position").fetchall()
    finally:
        con.close()


def open_room_with_keys(win: MainWindow, qtbot: QtBot) -> RoomPanel:
    """Ctrl+Shift+R, the last address in the list (this computer only), Enter."""
    key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)
    panel = win.room.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and panel.interfaces.hasFocus())
    assert "127.0.0.1" in panel.interfaces.itemText(panel.interfaces.count() - 1)
    press(Key.Key_End)  # the combo's last entry: loopback, "this computer only"
    assert panel.interfaces.currentData() == "127.0.0.1"
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: win.room.room is not None and panel.pages.currentIndex() == 1)
    return panel


def send_waiting_note(room: Room, text: str, nonce: str) -> None:
    """A phone joins by the QR link's token and sends one note, which waits in the panel."""
    with httpx.Client(base_url=room.address, timeout=5) as phone:
        ticket = phone.post("/api/join", json={"token": room.token}).json()["ticket"]
        body = {"text": text, "side": "other", "nonce": nonce}
        assert phone.post("/api/notes", headers={"x-room-ticket": ticket}, json=body).is_success


def minutes_text(path: Path) -> str:
    """The needs section of the file's minutes as a reader gets it, spaces made single."""
    out = io.BytesIO()
    write_minutes(read_file(path), MinutesOptions(sections=("needs",)), out)
    return " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(out.getvalue())).pages
    )


PHONE_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) Telefon-i-rummet/1.0"


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_notes_from_a_phone_reach_the_canvas_the_file_and_the_minutes(
    journey_window: MainWindow,
    picker: FilePicker,
    tmp_path: Path,
    qtbot: QtBot,
    lang: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    win = journey_window
    path = tmp_path / "rummet.tvaers"
    make_workshop(path)
    tab = open_canvas(win, picker, path)
    panel = open_room_with_keys(win, qtbot)
    room = win.room.room
    assert room is not None and room.host == "127.0.0.1"
    zone_id = tab.scene.current_zone_id
    assert zone_id is not None
    assert problems_in(f"room open ({lang})", win) == []

    # The phone follows the QR code's link and joins.
    assert panel.qr.text == room.join_url and panel.qr.pixmap() is not None
    assert room.join_code.replace(" ", "") in panel.code_label.text().replace(" ", "")
    with httpx.Client(timeout=5, headers={"user-agent": PHONE_AGENT}) as phone:
        page = phone.get(panel.qr.text)
        assert page.status_code == 200
        token = panel.qr.text.rsplit("/", 1)[1]
        base = panel.address_label.text()
        ticket = phone.post(base + "api/join", json={"token": token}).json()["ticket"]
        headers = {"x-room-ticket": ticket}
        state = phone.get(base + "api/state", headers=headers).json()
        assert state["question"]["title"] == tab.scene.zones[zone_id].title
        for i, text in enumerate(NOTES):
            answer = phone.post(
                base + "api/notes",
                headers=headers,
                json={"text": text, "side": "domain", "nonce": f"journey-{i:04d}"},
            )
            assert answer.status_code == 200, answer.text
        qtbot.waitUntil(lambda: panel.list.count() == len(NOTES))
        qtbot.waitUntil(lambda: "1" in panel.joined_label.text())
        # Kept in the room's journal in case Tværs crashes: the notes, nothing of the phone.
        kept = room_journal.journal_path(path).read_text("utf-8")
        assert all(text in kept for text in NOTES)
        for secret in (ticket, token, room.join_code, PHONE_AGENT, "127.0.0.1"):
            assert secret not in kept, secret

        # Accept the first with Enter in the list (reached by its Alt letter).
        alt(mnemonic(panel.list_label.text()) or "")
        assert panel.list.hasFocus() and panel.list.currentRow() == 0
        press(Key.Key_Return)
        qtbot.waitUntil(lambda: panel.list.count() == 3)
        # Edit the next (F2: its wording), then accept with the button's Alt letter.
        press(Key.Key_F2)
        assert panel.wording.hasFocus()
        press(Key.Key_A, Mod.ControlModifier)
        type_text("Kontrakten er uklar om ansvaret")
        alt(mnemonic(panel.accept_button.text()) or "")
        qtbot.waitUntil(lambda: panel.list.count() == 2)
        first = next(n for n in tab._notes.values() if n["text"] == NOTES[0])
        # Merge the third into the first note: chosen on the canvas, then the Alt letter.
        click_canvas(tab, grip_of(tab, str(first["id"])))
        alt(mnemonic(panel.merge_button.text()) or "")
        qtbot.waitUntil(lambda: panel.list.count() == 1)
        # Reject the last with Del in the list.
        alt(mnemonic(panel.list_label.text()) or "")
        press(Key.Key_Delete)
        qtbot.waitUntil(lambda: panel.list.count() == 0)

        merged = f"{NOTES[0]}\n{NOTES[2]}"
        texts = sorted(n["text"] for n in tab._notes.values())
        assert texts == sorted([merged, "Kontrakten er uklar om ansvaret"])
        placed = list(tab._notes.values())
        assert all(n["zone_id"] == zone_id and n["side"] == "domain" for n in placed)
        rects = [(n["x"], n["y"]) for n in placed]
        assert (
            abs(rects[0][0] - rects[1][0]) >= canvas.NOTE_WIDTH
            or abs(rects[0][1] - rects[1][1]) >= canvas.NOTE_MIN_HEIGHT
        ), "placed on top of each other"

        # One undo step each: the merge, then the accepted (edited) note; redo both.
        ctrl("z")
        qtbot.waitUntil(lambda: any(n["text"] == NOTES[0] for n in tab._notes.values()))
        ctrl("z")
        qtbot.waitUntil(lambda: len(tab._notes) == 1)
        ctrl("z", Mod.ShiftModifier)
        ctrl("z", Mod.ShiftModifier)
        qtbot.waitUntil(lambda: sorted(n["text"] for n in tab._notes.values()) == texts)

        # Save and close the workshop: the room closes for the phone at once.
        ctrl("s")
        qtbot.waitUntil(lambda: win.current is not None and not win.current.is_dirty)
        ctrl("w")
        qtbot.waitUntil(lambda: win.current is None)
        assert win.room.room is None and not room.listening
        assert not room_journal.exists(path)  # nothing owed: the journal is gone
        with pytest.raises(httpx.TransportError):
            phone.get(base + "api/state", headers=headers)

    assert sorted(t for t, _s, _z in saved_notes(path)) == sorted(texts)
    # Anonymous: neither the file nor the log knows the phone (its ticket, the link's token,
    # the code, its address or what it is), only what the facilitator took.
    saved = path.read_bytes()
    secrets = (ticket, token, room.join_code.replace(" ", ""), PHONE_AGENT)
    for secret in (*secrets, "127.0.0.1"):
        assert secret.encode() not in saved, secret
    logged = "\n".join(
        f"{r.name}: {r.getMessage()}"
        for r in caplog.records
        if not r.name.startswith(("httpx", "httpcore"))  # the phone's own, not Tværs's
    )
    assert "desktop" in logged  # the room's own lines are read
    for secret in secrets:
        assert secret not in logged, secret
    open_workshop(win, picker, path)
    assert win.current is not None
    printed = minutes_text(path)
    for text in ("Borgerne venter for længe på svar <b>fed</b>", "Kontrakten er uklar om ansvaret"):
        assert re.sub(r"\s+", " ", text) in printed, printed[:2000]
    assert NOTES[3] not in printed


def test_the_room_action_needs_a_canvas_tab_and_closes_with_the_app(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    assert not win.room.action.isEnabled()  # no workshop
    path = tmp_path / "rummet.tvaers"
    make_workshop(path)
    open_canvas(win, picker, path)
    assert win.room.action.isEnabled()
    open_room_with_keys(win, qtbot)
    room = win.room.room
    assert room is not None
    # In presentation mode the room stays open and the notes waiting are not projected.
    key_to_window(Key.Key_F5, Mod.NoModifier, win)
    qtbot.waitUntil(lambda: win.presentation.active)
    panel = win.room.panel
    assert panel is not None and panel.isVisible() and panel.qr.isVisible()
    assert not panel.moderation.isVisible() and panel.waiting_label.isVisible()
    key_to_window(Key.Key_Escape, Mod.NoModifier, win)
    qtbot.waitUntil(lambda: not win.presentation.active)
    assert panel.moderation.isVisible()
    # Ctrl+Shift+R again closes it.
    key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)
    assert win.room.room is None and not room.listening
    assert not panel.isVisible()
    # Opened again from presentation mode (its bars hidden), quitting the app closes it.
    key_to_window(Key.Key_F5, Mod.NoModifier, win)
    qtbot.waitUntil(lambda: win.presentation.active)
    assert not win.menuBar().isVisible()
    open_room_with_keys(win, qtbot)
    assert win.presentation.active and not panel.moderation.isVisible()
    again = win.room.room
    assert again is not None and again.port != 0
    win.close()
    assert not again.listening


@pytest.mark.parametrize("screen", [(960, 480)], ids=["200%"], indirect=True)
def test_the_room_fits_a_laptop_at_200_percent(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    """The panel scrolls rather than make the window taller than the screen."""
    win = journey_window
    path = tmp_path / "rummet.tvaers"
    make_workshop(path)
    open_canvas(win, picker, path)
    panel = open_room_with_keys(win, qtbot)
    qtbot.wait(50)
    assert win.size().toTuple() == (960, 480)  # not grown by the panel
    area = panel.parentWidget().parentWidget()  # the scroll area's viewport, then the area
    assert isinstance(area, QScrollArea) and area.widget() is panel
    assert area.height() < win.height() and panel.height() > area.height()  # it scrolls


def test_the_phones_question_follows_the_zone_for_new_notes(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    """Alt+→ on the canvas chooses the next zone: the phones are asked its question, and a
    note sent then goes to that zone."""
    win = journey_window
    path = tmp_path / "rummet.tvaers"
    make_workshop(path)
    tab = open_canvas(win, picker, path)
    panel = open_room_with_keys(win, qtbot)
    room = win.room.room
    assert room is not None
    first = tab.scene.current_zone_id
    tab.view.setFocus()
    press(Key.Key_Right, Mod.AltModifier)
    second = tab.scene.current_zone_id
    assert second is not None and second != first
    with httpx.Client(base_url=room.address, timeout=5) as phone:
        ticket = phone.post("/api/join", json={"code": room.join_code}).json()["ticket"]
        headers = {"x-room-ticket": ticket}
        state = phone.get("/api/state", headers=headers).json()
        assert state["question"]["title"] == tab.scene.zones[second].title
        body = {"text": "Til den anden zone", "side": "procurement", "nonce": "zone-test-1"}
        assert phone.post("/api/notes", headers=headers, json=body).status_code == 200
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    alt(mnemonic(panel.list_label.text()) or "")
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: len(tab._notes) == 1)
    [note] = tab._notes.values()
    assert note["zone_id"] == second and note["side"] == "procurement"


def test_closing_the_room_with_notes_waiting_asks_first(
    journey_window: MainWindow,
    picker: FilePicker,
    tmp_path: Path,
    qtbot: QtBot,
    closing_answers: ClosingAnswers,
) -> None:
    win = journey_window
    path = tmp_path / "rummet.tvaers"
    make_workshop(path)
    open_canvas(win, picker, path)
    panel = open_room_with_keys(win, qtbot)
    room = win.room.room
    assert room is not None
    send_waiting_note(room, "Venter stadig", "waiting-01")
    asked = closing_answers.asked
    closing_answers.answer = False
    key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)
    assert len(asked) == 1 and "1" in asked[0]
    assert win.room.room is room and room.listening and panel.list.count() == 1
    closing_answers.answer = True
    key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)
    assert win.room.room is None and not room.listening
    open_room_with_keys(win, qtbot)
    assert panel.list.count() == 0 and panel.waiting == []
