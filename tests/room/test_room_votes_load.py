"""Load on loopback, with the window: 40 phones (a process of their own, as real phones are
devices of their own) join and vote at once — each casts its 5 dots, sends each twice (a
retry), tries a sixth (refused), moves one — while the window runs; the panel counts them, the
window's event loop never stalls (largest gap under 100 ms), and when the facilitator closes
the vote the notes' votes grow by exactly the dots that stand, as one undo step.

    python -m uv run pytest tests/room/test_room_votes_load.py -q -s   # prints the figures
    python -m tests.room.test_room_votes_load BASE TOKEN PHONES NOTE_ID...   # the phones
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.core import canvas
from desktop.storage.document import open_document
from desktop.ui.main_window import MainWindow
from tests.journeys.canvas_steps import make_workshop, open_canvas
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import alt, ctrl, press, type_text
from tests.journeys.test_mnemonics import mnemonic
from tests.journeys.window_steps import Key, Mod
from tests.reliability.support import REPO, child_env, record
from tests.room.test_room_journey import open_room_with_keys

PHONES = 40
NOTES = 8
DOTS = 5
MAX_GAP_MS = 100.0


def dots_of(number: int, ids: list[str]) -> list[str]:
    """The notes a phone's 5 standing dots end on: 4 of its first 5, then the moved one."""
    return [ids[(number + d) % len(ids)] for d in range(1, DOTS)] + [
        ids[(number + DOTS) % len(ids)]
    ]


async def phone(base: str, token: str, number: int, ids: list[str], errors: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        answer = await client.post("/api/join", json={"token": token})
        if answer.status_code != 200:
            errors.append(f"phone {number} join: {answer.status_code}")
            return
        headers = {"x-room-ticket": answer.json()["ticket"]}

        async def send(note: str, nonce: str, change: int = 1) -> int:
            body = {"note": note, "change": change, "nonce": f"p{number:02d}-{nonce}"}
            return (await client.post("/api/votes", headers=headers, json=body)).status_code

        for d in range(DOTS):
            for _ in range(2):  # the same dot twice: the phone retried
                if await send(ids[(number + d) % len(ids)], f"dot{d}") != 200:
                    errors.append(f"phone {number} dot {d}")
        if await send(ids[0], "sixth") != 409:
            errors.append(f"phone {number}: a sixth dot was counted")
        if await send(ids[number % len(ids)], "back", -1) != 200:
            errors.append(f"phone {number}: taking a dot back")
        if await send(ids[(number + DOTS) % len(ids)], "moved") != 200:
            errors.append(f"phone {number}: the moved dot")


async def room_of_phones(base: str, token: str, phones: int, ids: list[str]) -> list[str]:
    errors: list[str] = []
    await asyncio.gather(*(phone(base, token, n, ids, errors) for n in range(phones)))
    return errors


def test_forty_phones_vote_at_once_while_the_window_stays_responsive(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    path = tmp_path / "load.tvaers"
    make_workshop(path)
    doc = open_document(path)
    with doc.session() as session:
        [board] = canvas.list_canvases(session)
        ids = [
            canvas.add_note(session, canvas_id=board.id, text=f"Note {i}").id for i in range(NOTES)
        ]
        canvas.set_votes(session, note_id=ids[0], votes=3)  # dots from paper
    doc.close(save=True)
    tab = open_canvas(win, picker, path)
    panel = open_room_with_keys(win, qtbot)
    room = win.room.room
    assert room is not None
    box = panel.vote_box
    box.dots.setFocus()
    press(Key.Key_A, Mod.ControlModifier)
    type_text(str(DOTS))
    alt(mnemonic(box.start_button.text()) or "")
    qtbot.waitUntil(lambda: room.state.vote is not None)
    assert room.state.vote is not None and room.state.vote.dots == DOTS

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    beat = QTimer()
    beat.setInterval(5)
    beat.timeout.connect(tick)
    gc.collect()
    beat.start()
    started = time.perf_counter()
    phones = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.room.test_room_votes_load",
            room.address.rstrip("/"),
            room.token,
            str(PHONES),
            *ids,
        ],
        cwd=REPO,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: phones.poll() is not None, timeout=60_000)
        out, err = phones.communicate(timeout=10)
        assert phones.returncode == 0, err[-3000:]
        assert json.loads(out.strip().splitlines()[-1]) == []
        qtbot.waitUntil(lambda: str(PHONES) in box.voters_label.text())
    finally:
        beat.stop()
        if phones.poll() is None:
            phones.kill()
            phones.communicate()
    took = time.perf_counter() - started
    largest = max(gaps[1:])

    before = {str(n["id"]): int(n["votes"]) for n in tab._notes.values()}
    box.close_button.setFocus()
    press(Key.Key_Space)
    expected = Counter(i for n in range(PHONES) for i in dots_of(n, ids))
    after = {str(n["id"]): int(n["votes"]) for n in tab._notes.values()}
    assert {i: after[i] - before[i] for i in ids} == {i: expected.get(i, 0) for i in ids}
    assert sum(expected.values()) == PHONES * DOTS
    tab.view.setFocus()
    ctrl("z")  # one step takes all 200 dots off
    qtbot.waitUntil(lambda: {str(n["id"]): int(n["votes"]) for n in tab._notes.values()} == before)

    record(
        "room votes load (40 phones × 5 dots, loopback)",
        dots=PHONES * DOTS,
        requests=PHONES * (2 * DOTS + 4),
        seconds=round(took, 2),
        largest_event_loop_gap_ms=round(largest, 1),
    )
    print(
        f"\nroom votes: {PHONES} phones, {PHONES * (2 * DOTS + 4)} requests in {took:.2f} s; "
        f"largest event-loop gap {largest:.1f} ms"
    )
    assert largest < MAX_GAP_MS, f"the window stalled for {largest:.0f} ms"


def main(argv: list[str]) -> None:
    base, token, phones, *ids = argv
    print(json.dumps(asyncio.run(room_of_phones(base, token, int(phones), ids))))


if __name__ == "__main__":
    main(sys.argv[1:])
