"""Fixtures of the reliability tests: the user's folder, a fork server for children to kill,
and the window with every dialog answered (the fixtures of tests/ui, imported so the two
stay one set). Prints the figures the tests recorded at the end of the run."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.forkserver import ForkServer
from tests.reliability.support import FIGURES, child_env
from tests.ui.conftest import Answers, answers, danish, window  # noqa: F401  (fixtures)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    terminalreporter.section("reliability figures")
    for name, figures in sorted(FIGURES.items()):
        shown = ", ".join(f"{key} {value}" for key, value in figures.items())
        terminalreporter.write_line(f"{name}: {shown}")
    target = os.environ.get("TVAERS_RELIABILITY_FIGURES")
    if target:
        Path(target).write_text(json.dumps(FIGURES, indent=2, ensure_ascii=False) + "\n")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """The user's folder of workshops (a name with a space and æøå, as in real life)."""
    folder = tmp_path / "Mine workshops æøå"
    folder.mkdir()
    return folder


@pytest.fixture
def saved(docs: Path) -> Path:
    """A workshop saved and closed, with one participant, »Gemt«."""
    from desktop.core.participants import add_participant
    from desktop.storage.document import create_document

    doc = create_document(docs / "Workshop.tvaers", title="Indkøb")
    with doc.session() as s:
        add_participant(s, name="Gemt")
    doc.close()
    return doc.path


@pytest.fixture
def forkserver(tmp_path: Path) -> Iterator[ForkServer]:
    server = ForkServer(child_env(), cwd=tmp_path)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def memory_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The local data folder (the working copies) in memory, where fsync costs nothing: for
    tests that make thousands of commits to check what is stored, not that it is durable
    (the kill tests check that, on a real disk). A plain folder where /dev/shm is missing."""
    shm = Path("/dev/shm")
    base = shm if shm.is_dir() and os.access(shm, os.W_OK) else tmp_path
    folder = Path(tempfile.mkdtemp(prefix="tvaers-data-", dir=base))
    monkeypatch.setenv("TVAERS_DATA_DIR", str(folder))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
