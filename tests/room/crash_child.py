"""Tværs with the room open, to be killed (tests/room/test_room_crash.py):

    python -m tests.room.crash_child WORKSHOP OUT

opens the workshop in a real window (offscreen), opens the room on loopback and begins a vote
on the canvas's notes, the way the facilitator's keys do (desktop.ui.room_control), then
writes the room's address, token and the ballot's note ids to OUT (JSON, whole or not at
all). From then on it runs the window's event loop: the notes from the phones arrive in the
panel; the first one to arrive is accepted and the second rejected, each acknowledged by a
line appended to OUT + ".acks". It runs until it is killed.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desktop import app
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow


def main(workshop: Path, out: Path) -> int:
    dialogs.show_error = lambda _p, text: print("error:", text, flush=True)  # type: ignore[assignment]
    dialogs.show_info = lambda _p, text: print("info:", text, flush=True)  # type: ignore[assignment]
    qapp, lang = app.make_application("da")
    win = MainWindow(lang)
    win.show()
    assert win.open_path(workshop), "the workshop did not open"
    room = win.room
    assert room.open("127.0.0.1") and room.room is not None
    assert room.start_vote(5, 0) and room.vote is not None
    ballot = [note.id for note in room.vote.notes]
    tmp = out.with_suffix(".tmp")
    tmp.write_text(
        json.dumps(
            {
                "base": room.room.address,
                "token": room.room.token,
                "code": room.room.join_code,
                "ballot": ballot,
            }
        )
    )
    os.replace(tmp, out)
    acks = os.open(str(out) + ".acks", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    done: list[str] = []

    def take() -> None:
        panel = room.panel
        if panel is None or not panel.waiting or len(done) >= 2:
            return
        panel.list.setCurrentRow(0)
        if not done:
            text = panel.waiting[0].text
            assert panel.accept_current() is not None
            done.append("accepted")
        else:
            text = panel.waiting[0].text
            panel.reject_current()
            done.append("rejected")
        os.write(acks, (json.dumps({done[-1]: text}) + "\n").encode())

    timer = QTimer()
    timer.timeout.connect(take)
    timer.start(20)
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
