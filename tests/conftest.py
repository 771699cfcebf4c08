"""Shared test set-up: no display, and no test ever touches the real data or documents folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Local data (working copies, backups, settings, log) and Documents/Tværs in tmp."""
    data = tmp_path / "data"
    monkeypatch.setenv("TVAERS_DATA_DIR", str(data))
    monkeypatch.setenv("TVAERS_DOCUMENTS_DIR", str(tmp_path / "Documents" / "Tværs"))
    return data
