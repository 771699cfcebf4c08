"""Issue 18, item 2: the "Gendan backup…" list says when each version is from.

On the old main it listed bare time stamps with seconds ("05.12.2026 14:05:12  (48 KB)") and
nothing told the version as opened from the rest. Now, newest first: "I dag kl. 14.05",
"I går kl. 09.12", "03.12.2026 kl. 10.00", and "– som åbnet" / "– ikke gendannet" on the
labelled ones (English: "Today at 14:05", "2026-12-03 at 10:00", "– as opened").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.participants import add_participant
from desktop.storage import backups
from desktop.storage.backups import Backup
from desktop.storage.document import create_document
from desktop.ui import dialogs
from desktop.ui.backup_dialog import BackupDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Answers

REAL_ASK_BACKUP = dialogs.ask_backup  # before the `answers` fixture replaces it
NOW = datetime(2026, 12, 5, 14, 30)


def _history(folder: Path) -> list[Backup]:
    """Deliberately not in order: the dialog sorts, newest first."""

    def b(when: datetime, label: str = "") -> Backup:
        return Backup(folder / f"{when:%Y%m%d-%H%M%S-%f}{label}.tvaers", when, 1000, label)

    return [
        b(datetime(2026, 12, 3, 10, 0)),
        b(datetime(2026, 12, 5, 14, 5)),
        b(datetime(2026, 12, 4, 9, 12)),
        b(datetime(2026, 12, 5, 9, 2), backups.AS_OPENED),
        b(datetime(2026, 11, 28, 16, 30), backups.NOT_RECOVERED),
        b(datetime(2026, 11, 27, 8, 15), backups.NOT_SAVED),
        b(datetime(2025, 12, 31, 23, 59)),
    ]


def test_the_list_says_when_each_is_from_in_danish(
    qapp: QApplication, danish: None, tmp_path: Path
) -> None:
    dialog = BackupDialog(None, _history(tmp_path), now=NOW)
    try:
        assert dialog.texts() == [
            "I dag kl. 14.05",
            "I dag kl. 09.02 – som åbnet",
            "I går kl. 09.12",
            "03.12.2026 kl. 10.00",
            "28.11.2026 kl. 16.30 – ikke gendannet",
            "27.11.2026 kl. 08.15 – ikke gemt (en anden havde filen)",
            "31.12.2025 kl. 23.59",
        ]
        assert dialog.windowTitle() == "Gendan backup"
        assert dialog.chosen() == tmp_path / "20261205-140500-000000.tvaers"
        dialog.list.setCurrentRow(1)
        assert dialog.chosen() == tmp_path / "20261205-090200-000000-som-aabnet.tvaers"
    finally:
        dialog.deleteLater()


def test_the_list_says_when_each_is_from_in_english(qapp: QApplication, tmp_path: Path) -> None:
    dialog = BackupDialog(None, _history(tmp_path), now=NOW)
    try:
        assert dialog.texts() == [
            "Today at 14:05",
            "Today at 09:02 – as opened",
            "Yesterday at 09:12",
            "2026-12-03 at 10:00",
            "2026-11-28 at 16:30 – edits not recovered",
            "2026-11-27 at 08:15 – not saved (someone else had the file)",
            "2025-12-31 at 23:59",
        ]
    finally:
        dialog.deleteLater()


def test_versions_from_one_minute_are_told_apart_by_their_seconds(
    qapp: QApplication, danish: None, tmp_path: Path
) -> None:
    """Three saves in one minute (Ctrl+S after each edit) were listed as three alike lines,
    »I dag kl. 14.05«: nothing said which to choose. Those get their seconds; the rest not."""

    def b(when: datetime) -> Backup:
        return Backup(tmp_path / f"{when:%Y%m%d-%H%M%S-%f}.tvaers", when, 1000, "")

    found = [b(datetime(2026, 12, 5, 14, 5, s)) for s in (3, 31, 48)]
    found.append(b(datetime(2026, 12, 5, 13, 50, 12)))
    found.append(b(datetime(2026, 12, 3, 10, 0, 7)))
    found.append(b(datetime(2026, 12, 3, 10, 0, 52)))
    dialog = BackupDialog(None, found, now=NOW)
    try:
        assert dialog.texts() == [
            "I dag kl. 14.05.48",
            "I dag kl. 14.05.31",
            "I dag kl. 14.05.03",
            "I dag kl. 13.50",
            "03.12.2026 kl. 10.00.52",
            "03.12.2026 kl. 10.00.07",
        ]
    finally:
        dialog.deleteLater()


def _answer_modal(seen: list[str], choose: Callable[[BackupDialog], None]) -> Callable[[], None]:
    """Polls for the modal dialog and answers it; anything else modal is closed, so a test
    never waits for a click that does not come."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, BackupDialog):
            seen.extend(modal.texts())
            choose(modal)
            modal.accept()
        elif isinstance(modal, QDialog):
            seen.append(f"unexpected {type(modal).__name__}")
            modal.reject()

    return poll


def test_restore_through_the_window_shows_when_each_is_from_and_restores_the_choice(
    window: MainWindow, answers: Answers, docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = docs / "Gendan fra listen.tvaers"
    create_document(path, title="Gendan fra listen").close()
    assert window.open_path(path)
    assert window.current is not None and window.workshop_tab is not None
    tab = window.workshop_tab
    for name in ("Første", "Anden"):
        with window.current.document.session() as s:
            add_participant(s, name=name)
        assert window.save()
    tab.add_participant()  # an unsaved edit, saved before the restore
    monkeypatch.setattr(dialogs, "ask_backup", REAL_ASK_BACKUP)
    seen: list[str] = []

    def choose_as_opened(dialog: BackupDialog) -> None:
        rows = [i for i, text in enumerate(dialog.texts()) if text.endswith("som åbnet")]
        dialog.list.setCurrentRow(rows[0])

    timer = QTimer()
    timer.timeout.connect(_answer_modal(seen, choose_as_opened))
    timer.start(20)
    try:
        window.restore_backup()
    finally:
        timer.stop()
    assert seen, "no backup dialog was shown"
    assert not [t for t in seen if t.startswith("unexpected")], seen
    assert all(t.startswith("I dag kl. ") for t in seen), seen
    assert seen[-1].endswith("– som åbnet"), seen  # the oldest, last
    assert tab.participant_model.rowCount() == 0  # the workshop as opened: nobody yet
    assert not answers.errors
