"""What the phones sent survives a crash of Tværs (SIGKILL, as a crash, a kill or a flat battery
leaves it): a real Tværs in a child process has the workshop open and the room open on
loopback with a vote running; phones send notes and dots; the facilitator there accepts the
first note and rejects the second; then the child is killed. The window here opens the
workshop again (recovering the working copy): the ten notes nobody took wait in the room's
panel, the vote's dots are on the notes as one undo step, and Enter in the list takes them
onto the canvas; saved, they are in the file. The journal holds nothing that names a phone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from desktop.storage import room_journal
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow
from tests.journeys.canvas_steps import settle
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import alt, ctrl, press
from tests.journeys.test_mnemonics import mnemonic
from tests.journeys.window_steps import Key, open_workshop
from tests.reliability.support import REPO, child_env
from tests.room.test_room_votes_journey import TEXTS, saved_votes, votes, workshop_with_notes

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

PHONE_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4) Telefon-under-nedbruddet/2.0"
SIDES = ["procurement", "domain", "leadership", "other"]


def wait_for(condition: object, what: str, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}:\n{log.read_text(errors='replace')}")
        time.sleep(0.02)


def test_notes_and_dots_from_phones_survive_a_kill_of_tvaers(
    journey_window: MainWindow,
    picker: FilePicker,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "nedbrud.tvaers"
    ids = workshop_with_notes(path)
    out, log = tmp_path / "room.json", tmp_path / "child.log"
    acks = Path(str(out) + ".acks")
    with open(log, "w") as child_log:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.room.crash_child", str(path), str(out)],
            stdout=child_log,
            stderr=subprocess.STDOUT,
            env=child_env(),
            cwd=REPO,
        )
    try:
        wait_for(out.exists, "the child's room to open", log)
        room = json.loads(out.read_text())
        assert sorted(room["ballot"]) == sorted(ids.values())
        sent = [f"Note {i:02d} fra telefon {i % 3} 🙂 <b>{SIDES[i % 4]}</b>" for i in range(12)]
        with httpx.Client(
            base_url=room["base"], timeout=10, headers={"user-agent": PHONE_AGENT}
        ) as client:
            tickets = []
            for _ in range(3):
                answer = client.post("/api/join", json={"token": room["token"]})
                assert answer.status_code == 200, answer.text
                tickets.append(answer.json()["ticket"])
            phones = [{"x-room-ticket": t} for t in tickets]

            def send(i: int) -> None:
                body = {"text": sent[i], "side": SIDES[i % 4], "nonce": f"crash-note-{i:02d}"}
                answer = client.post("/api/notes", headers=phones[i % 3], json=body)
                assert answer.status_code == 200, answer.text

            def dot(phone: int, text: str, change: int, nonce: str) -> None:
                body = {"note": ids[text], "change": change, "nonce": f"crash-dot-{nonce}"}
                answer = client.post("/api/votes", headers=phones[phone], json=body)
                assert answer.status_code == 200, answer.text

            send(0)  # the child accepts the first note that arrives
            wait_for(lambda: acks.exists() and "accepted" in acks.read_text(), "accept", log)
            send(1)  # and rejects the next
            wait_for(lambda: "rejected" in acks.read_text(), "reject", log)
            for i in range(2, 12):
                send(i)
            a, b, c = TEXTS
            dot(0, a, 1, "p0-d1")
            dot(0, a, 1, "p0-d2")
            dot(0, b, 1, "p0-d3")
            dot(1, c, 1, "p1-d1")
            dot(1, a, 1, "p1-d2")
            dot(1, a, -1, "p1-back")  # taken back: not counted
            for n in range(3):
                dot(2, b, 1, f"p2-d{n}")
            dot(2, b, 1, "p2-d0")  # the phone retried: counted once
        # Every phone has its answer: now Tværs dies, with no chance to save or close.
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)

    # The journal kept it, and nothing that names a phone.
    assert room_journal.exists(path)
    kept = room_journal.journal_path(path).read_text("utf-8")
    assert sent[11] in kept
    for secret in (*tickets, room["token"], room["code"], PHONE_AGENT, "127.0.0.1", "user"):
        assert secret not in kept, secret

    # The window opens the workshop again, recovering the edits the working copy kept.
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, message: asked.append(message) or True)
    win = journey_window
    open_workshop(win, picker, path)
    assert len(asked) == 1, "the killed Tværs left its working copy to recover"
    panel = win.room.panel
    assert panel is not None and panel.isVisible() and win.room.room is None
    tab = win.canvas_tab
    assert tab is not None and win.tabs is not None and win.tabs.currentWidget() is tab
    assert [s.text for s in panel.waiting] == sent[2:]
    assert panel.list.count() == 10 and not panel.qr.isVisible()
    message = panel.recovered_label.text()
    assert panel.recovered_label.isVisible()
    assert "10 noter" in message and "7 prikker" in message, message
    # The vote's dots on the notes, on top of the paper dots (2 on the first), one step.
    assert votes(tab) == {a: 4, b: 4, c: 1, sent[0]: 0}
    assert win.current is not None
    assert win.current.undo_stack.undoText() == "Stemmer fra rummet"
    assert picker.errors == []

    # The facilitator takes them all with Enter in the list, and saves.
    alt(mnemonic(panel.list_label.text()) or "")
    assert panel.list.hasFocus()
    for left in range(9, -1, -1):
        press(Key.Key_Return)
        qtbot.waitUntil(lambda left=left: panel.list.count() == left)
    settle()
    assert not room_journal.exists(path), "nothing is owed: the journal goes"
    ctrl("s")
    qtbot.waitUntil(lambda: win.current is not None and not win.current.is_dirty)
    in_file = saved_votes(path)
    assert in_file == {a: 4, b: 4, c: 1, **dict.fromkeys(sent[:1] + sent[2:], 0)}
    assert sent[1] not in in_file  # rejected before the crash
