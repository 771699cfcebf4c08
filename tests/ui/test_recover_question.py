"""The question after a crash: »Gendan ændringerne«, »Åbn den sidst gemte version«, and Esc.

Esc chose »Åbn den sidst gemte version«: a facilitator who pressed Esc to put the question
away had the workshop opened without the changes, which went to the backups. Esc now opens
nothing and decides nothing; the start screen still offers the changes. The Danish question
was a comma splice (»Tværs blev ikke lukket normalt sidst, Mentor.tvaers var åben.«)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.storage import errors
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow
from tests.conftest import copy_workshop
from tests.ui.conftest import Answers
from tests.ui.test_recovered_autosave import CRASH

REAL_ASK_RECOVER = dialogs.ask_recover  # before the `answers` fixture replaces it


def _press_in_the_question(key: Qt.Key, seen: list[str]) -> QTimer:
    """Presses `key` in the question once it is on screen (a timer: exec() blocks)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            QTest.keyClick(box, key)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    return timer


@pytest.mark.parametrize(("key", "answer"), [(Qt.Key.Key_Escape, None), (Qt.Key.Key_Return, True)])
def test_esc_decides_nothing_and_enter_recovers(
    qapp: QApplication, danish: None, key: Qt.Key, answer: bool | None
) -> None:
    seen: list[str] = []
    timer = _press_in_the_question(key, seen)
    try:
        assert REAL_ASK_RECOVER(None, "Der er ændringer.") is answer
    finally:
        timer.stop()
    assert seen == ["Der er ændringer."]


def test_esc_leaves_the_changes_waiting_on_the_start_screen(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = copy_workshop(demo_file, tmp_path / "Mentor.tvaers")
    subprocess.run([sys.executable, "-c", CRASH, str(path)], env=dict(os.environ), check=False)
    answers.recover = None  # Esc
    assert not window.open_path(path)
    assert window.current is None
    assert window.start.recovery_list.count() == 1
    answers.recover = True  # asked again, and recovered
    assert window.open_path(path)
    assert window.current is not None and window.current.is_dirty


def test_the_danish_question_reads_as_danish() -> None:
    asked = errors.RecoveryAvailable(name="Mentor.tvaers", edited_at="05.12.2026 16.25")
    assert asked.message("da") == (
        "Sidste gang »Mentor.tvaers« var åben, blev Tværs ikke lukket normalt. Der er ændringer "
        "fra 05.12.2026 16.25, som ikke nåede at blive gemt. Vil du gendanne dem?"
    )
