"""The start screen's recent list names each workshop by its title and date."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.storage.document import create_document
from desktop.ui.start_screen import StartScreen


def test_recent_workshops_show_title_and_date_and_say_when_a_file_cannot_be_read(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    folder = tmp_path / "Tværs"
    mentor = folder / "mentor.tvaers"
    create_document(
        mentor, title="Indkøb af mentorstøtte", starts_at=datetime(2027, 1, 15, 9, 30)
    ).close(save=True)
    undated = folder / "kladde.tvaers"
    create_document(undated, title="").close(save=True)
    broken = folder / "indkøbsliste.tvaers"
    broken.write_text("ikke en workshop", encoding="utf-8")
    gone = folder / "væk.tvaers"
    before = mentor.read_bytes()

    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show_recent([str(p) for p in (mentor, undated, broken, gone)])

    texts = [screen.recent_list.item(i).text() for i in range(screen.recent_list.count())]
    assert texts == [
        f"Indkøb af mentorstøtte  ·  15.01.2027\nmentor.tvaers – {folder}",
        f"kladde\nkladde.tvaers – {folder}",
        f"indkøbsliste  (kan ikke læses)\n{folder}",
        f"væk  (findes ikke)\n{folder}",
    ]
    assert mentor.read_bytes() == before
