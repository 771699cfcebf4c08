"""Shared test set-up: no display, and no test ever touches the real data or documents folder."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.storage.demo_file import DemoSize

# Before any Qt import: CI has no display, and neither do most developer containers.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True, scope="session")
def no_real_folders(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Beneath each test's own folders: a test that calls `monkeypatch.undo()` also undoes
    `isolated_folders`, and its later saves then reached the real data folder of whoever
    ran the suite (backups of test workshops in ~/.local/share/Tvaers)."""
    base = tmp_path_factory.mktemp("session-folders")
    os.environ["TVAERS_DATA_DIR"] = str(base / "data")
    os.environ["TVAERS_DOCUMENTS_DIR"] = str(base / "Documents" / "Tværs")


@pytest.fixture(autouse=True, scope="session")
def collector_in_gui_thread(qapp: QApplication) -> QApplication:
    """The suite runs as the app does (desktop.app.make_application): garbage cycles are
    collected by a timer in the GUI thread, never by a worker thread that happens to
    allocate (desktop/ui/collector.py). pytest-qt processes events around every test, so
    the timer also runs between tests that never start an event loop. What the run loaded
    (pytest, its plugins, every test module and what it imports) is frozen, as the app
    freezes its modules (desktop.app.load_workshop_modules): a full collection walks only
    what the tests make (about 0.3 s less each)."""
    import gc

    from desktop.ui import collector

    collector.install(qapp)
    gc.collect()
    gc.freeze()
    return qapp


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Local data (working copies, backups, settings, log) and Documents/Tværs in tmp."""
    data = tmp_path / "data"
    monkeypatch.setenv("TVAERS_DATA_DIR", str(data))
    monkeypatch.setenv("TVAERS_DOCUMENTS_DIR", str(tmp_path / "Documents" / "Tværs"))
    return data


# -- the demo workshops, built once per run --------------------------------------------------
# Writing the demo takes ~0.3 s and the large one ~4 s; each is written once per session (by
# the writer the app uses, storage.demo_file.write_demo) and every test copies it before
# opening it: `copy_workshop(demo_file, tmp_path / "demo.tvaers")`. A test that changes the
# shared file itself fails the run (its digest is checked at the end).


def _written_once(factory: pytest.TempPathFactory, size: DemoSize) -> Iterator[Path]:
    from desktop.storage.demo_file import write_demo

    folder = factory.mktemp(f"demo-{size}")
    path = folder / ("stor.tvaers" if size == "large" else "demo.tvaers")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        write_demo(path, size=size)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    yield path
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, (
        f"a test changed the shared {size} demo workshop instead of a copy of it"
    )


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo workshop (docs/SCENARIO.md), written once per run: copy it before use."""
    yield from _written_once(tmp_path_factory, "normal")


@pytest.fixture(scope="session")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The large workshop (`tvaers demo --size large`, default seed), written once per run:
    copy it before use."""
    yield from _written_once(tmp_path_factory, "large")


def copy_workshop(source: Path, target: Path) -> Path:
    """A copy of a shared workshop file at `target`, for one test to open and change."""
    shutil.copyfile(source, target)
    return target
