"""PySide6 6.12.0 on Python 3.11 loses a reference to None on every void call and aborts after a
few thousand edits. We pin it out in pyproject.toml; this test fails if it comes back."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication([])
    line = QLineEdit()
    for i in range(20_000):
        line.setText(f"deltager {i}")
    print("done", line.text())
    """
)


def test_twenty_thousand_settext_calls_exit_cleanly() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done deltager 19999"
