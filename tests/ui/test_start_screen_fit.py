"""The start screen on a laptop at 200 % (the window's inside about 940×400) with changes
to recover: the recovery list took half the height for one line, and »Seneste workshops«
showed a line and a half of its four workshops. The recovery list is now as tall as its
entries (at most four), and the recent workshops keep the rest."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from desktop.storage.document import create_document
from desktop.storage.working_copy import Recoverable
from desktop.ui.start_screen import StartScreen


def _whole_rows(view: QListWidget) -> int:
    """Rows shown from top to bottom (a long path may scroll sideways)."""
    height = view.viewport().height()
    rects = [view.visualItemRect(view.item(i)) for i in range(view.count())]
    return sum(1 for r in rects if r.top() >= 0 and r.bottom() < height)


def test_one_change_to_recover_leaves_room_for_the_recent_workshops(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    paths = []
    for n in range(4):
        path = tmp_path / f"workshop {n}.tvaers"
        create_document(path, title=f"Workshop {n}", starts_at=datetime(2027, 1, 15)).close()
        paths.append(path)
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.resize(940, 400)
    screen.show_recent([str(p) for p in paths])
    screen.show_recoverable(
        [Recoverable(paths[0], tmp_path / "w.sqlite", datetime(2026, 12, 5, 16, 25), None, 1)]
    )
    screen.show()
    qtbot.waitExposed(screen)
    r = screen.recovery_list
    print(
        "DBG",
        r.height(),
        r.maximumHeight(),
        r.sizeHintForRow(0),
        r.visualItemRect(r.item(0)),
        r.viewport().rect(),
        r.horizontalScrollBar().sizeHint(),
        r.horizontalScrollBar().isVisible(),
    )
    assert _whole_rows(screen.recovery_list) == 1
    assert screen.recovery_list.height() < 2 * screen.recovery_list.sizeHintForRow(0) + 30
    assert _whole_rows(screen.recent_list) == 4


def test_changes_to_recover_are_named_by_the_workshop_title_as_in_the_recent_list(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    """The recovery list said »Mentor2 – ændret …« (the file's name) beside the recent list's
    »Indkøb: mentorstøtte/STU«: one workshop, two names."""
    document = tmp_path / "Mentor2.tvaers"
    create_document(document, title="Indkøb: mentorstøtte/STU").close()
    working = tmp_path / "kopi.sqlite"
    create_document(working, title="Indkøb: mentorstøtte/STU").close()  # as recovered
    screen = StartScreen()
    qtbot.addWidget(screen)
    when = datetime(2026, 12, 5, 16, 25)
    screen.show_recoverable([Recoverable(document, working, when, None, 1)])
    assert screen.recovery_list.item(0).text() == (
        f"Indkøb: mentorstøtte/STU – ændret 05.12.2026 16:25\nMentor2.tvaers – {tmp_path}"
    )
