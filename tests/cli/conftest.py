"""The command line, run as a user runs it: `python -m desktop ...` in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("TVAERS_DATA_DIR", str(folder))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("PYTHONIOENCODING", "utf-8")
    return folder


@pytest.fixture
def run_python(tmp_path: Path) -> Run:
    """Run this interpreter with the test's environment, from a folder of its own."""

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            cwd=tmp_path,
            env=dict(os.environ),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )

    return run


@pytest.fixture
def tvaers(run_python: Run) -> Run:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_python("-m", "desktop", *(str(a) for a in args))

    return run
