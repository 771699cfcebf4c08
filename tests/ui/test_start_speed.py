"""Start-up with a file (issue 9: start to the first painted window, docs/PERFORMANCE.md): what
the first paint does not need waits until just after it, and still happens before the
workshop opens: the log file (with what was logged before it opened), the sweep of the data
folder, the lock and the start screen's modules."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

from desktop.storage.document import create_document
from tests.reliability.test_no_network import _run

ROOT = Path(__file__).resolve().parents[2]
# Loaded only after the first paint, started with a file (desktop/app.py run).
AFTER_THE_PAINT = (
    "logging.handlers",  # the log file's handler
    "desktop.storage.working_copy",  # the sweep
    "desktop.storage.lock",  # the opening
    "desktop.ui.start_screen",  # only if the file does not open
)

# `tvaers FILE` as desktop.cli starts it; notes which of AFTER_THE_PAINT are loaded while the
# window first paints, and, once the workshop is open, closes the window (run() returns).
CHILD = r"""
import json, sys
from pathlib import Path

import desktop.app as desktop_app
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

watched = json.loads(sys.argv[2])
seen = {}


class Watch(QObject):
    def eventFilter(self, obj, event):
        if (
            "at_first_paint" not in seen
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and isinstance(obj.window(), QMainWindow)
        ):
            seen["at_first_paint"] = [m for m in watched if m in sys.modules]
        return False


def when_open():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    if not windows or windows[0].current is None:
        QTimer.singleShot(20, when_open)
        return
    seen["opened"] = [m for m in watched if m in sys.modules]
    print("SEEN " + json.dumps(seen), flush=True)
    windows[0].close()


watch = Watch()
make_application = desktop_app.make_application


def make(lang, argv=None):
    app, language = make_application(lang, argv)
    app.installEventFilter(watch)
    QTimer.singleShot(0, when_open)
    return app, language


desktop_app.make_application = make
code = desktop_app.run(file=Path(sys.argv[1]), lang="da")
print("RETURNED", code, flush=True)
"""


def start_with_file(path: Path, folder: Path) -> dict[str, Any]:
    """`tvaers FILE` in a child whose data folder is `folder`/data."""
    done = _run([sys.executable, "-c", CHILD, str(path), json.dumps(AFTER_THE_PAINT)], folder)
    lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines and "RETURNED 0" in done.stdout, done.stderr[-3000:]
    return dict(json.loads(lines[0].removeprefix("SEEN ")))


def test_started_with_a_file_the_first_paint_waits_for_none_of_what_follows_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "child"
    data = folder / "data"
    path = tmp_path / "Tom.tvaers"
    create_document(path, title="Tom workshop").close()
    # A copy a killed read-only session left two days ago: the sweep's to remove.
    working = data / "working"
    working.mkdir(parents=True)
    leftover = working / f"readonly-{'a' * 32}.sqlite"
    leftover.write_bytes(b"x" * 1000)
    two_days_ago = time.time() - 2 * 86400
    os.utime(leftover, (two_days_ago, two_days_ago))

    seen = start_with_file(path, folder)

    assert seen["at_first_paint"] == []
    assert set(seen["opened"]) >= {"logging.handlers", "desktop.storage.working_copy"}
    assert "desktop.storage.lock" in seen["opened"]
    assert not leftover.exists()  # swept, before the workshop opened
    logged = (data / "logs" / "tvaers.log").read_text(encoding="utf-8")
    # Logged before the log file opened, written to it in order, then the sweep's line.
    started = logged.index("Tværs")
    assert "started (da)" in logged[started:]
    assert started < logged.index(f"removed {leftover}")


def test_tvaers_selects_no_pyside_feature() -> None:
    """desktop.app imports the window's modules past PySide6's import hook; that is sound
    while no module selects a feature (`from __feature__ import snake_case`, ...): for a
    module the hook did not note, PySide keeps the last selection, which then stays none."""
    selects = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    assert selects.search("def f():\n    from __feature__ import snake_case\n")
    selecting = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "desktop").rglob("*.py")
        if selects.search(p.read_text(encoding="utf-8"))
    ]
    assert selecting == []
