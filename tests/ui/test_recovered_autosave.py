"""Edits recovered after a crash reach the file by themselves, as every edit does: a few
seconds after the workshop opens. They waited for the next edit or Ctrl+S, and the status
bar said »Ændringer er ikke gemt endnu« for as long as the facilitator only looked."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui import open_workshop
from desktop.ui.main_window import MainWindow
from tests.conftest import copy_workshop
from tests.reliability.test_faults import _names_in
from tests.ui.conftest import Answers

CRASH = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from desktop.core.participants import add_participant
    from desktop.storage.document import open_document
    doc = open_document(Path(sys.argv[1]))
    with doc.session() as s:
        add_participant(s, name="Efter nedbruddet")
    os._exit(9)  # dies without saving or closing
    """
)


def test_recovered_edits_are_saved_by_autosave_without_another_edit(
    demo_file: Path,
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(open_workshop, "AUTOSAVE_QUIET_MS", 50)
    path = copy_workshop(demo_file, tmp_path / "Efter nedbrud.tvaers")
    subprocess.run([sys.executable, "-c", CRASH, str(path)], env=dict(os.environ), check=False)
    window._refresh_start()
    answers.recover = True
    window.start.recovery_chosen.emit(path)
    current = window.current
    assert current is not None and current.is_dirty
    qtbot.waitUntil(lambda: not current.is_dirty, timeout=5000)
    assert window.save_state.text() == "Alt er gemt"
    assert "Efter nedbruddet" in _names_in(path)
    assert not answers.errors


def test_a_workshop_opened_without_recovery_is_not_written(
    demo_file: Path,
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(open_workshop, "AUTOSAVE_QUIET_MS", 50)
    path = copy_workshop(demo_file, tmp_path / "Bare åbnet.tvaers")
    before = path.stat().st_mtime_ns, path.read_bytes()
    assert window.open_path(path)
    qtbot.wait(300)
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
