"""Helpers of the reliability tests: the figures they report, and what a child process needs.

The figures (kills survived, bad files handled, fuzz examples) are printed at the end of the
run by conftest.py, and written as JSON to $TVAERS_RELIABILITY_FIGURES when that is set;
docs/RELIABILITY.md quotes them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
FIGURES: dict[str, dict[str, Any]] = {}


def record(name: str, **figures: Any) -> None:
    """Keep a figure for the end-of-run summary (one entry per name; the last one wins)."""
    FIGURES[name] = figures


def child_env(**extra: str) -> dict[str, str]:
    """A child's environment: this test's data folder, the repository importable, no display."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


@dataclass(frozen=True)
class FileState:
    """What a refusal must leave alone: the bytes and the modification time."""

    content: bytes
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileState:
        return cls(path.read_bytes(), path.stat().st_mtime_ns)

    def assert_unchanged(self, path: Path) -> None:
        after = FileState.of(path)
        assert after.content == self.content, f"{path.name}: the bytes changed"
        assert after.mtime_ns == self.mtime_ns, f"{path.name}: the modification time changed"
