"""Without a library configured, nothing of it is loaded: a session of the app (demo, edit,
exports) and the command line's start never import the driver, Alembic or keyring."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.reliability.support import REPO
from tests.reliability.test_no_network import _run, _smoke

LIBRARY_ONLY = ("psycopg", "psycopg_binary", "alembic", "keyring", "desktop.library")


def _library_modules(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in LIBRARY_ONLY or m.startswith(LIBRARY_ONLY)]


def test_a_window_without_a_library_never_imports_it(tmp_path: Path) -> None:
    modules = _smoke(tmp_path)["modules"]  # the demo opened, edited, CSV and PDF exported
    assert isinstance(modules, list) and "desktop.ui.main_window" in modules
    assert _library_modules(modules) == []


def test_the_command_line_start_never_imports_it(tmp_path: Path) -> None:
    script = (
        "import sys, json\n"
        "from desktop import cli\n"
        "try:\n"
        "    cli.main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = _run([sys.executable, "-c", script], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert "desktop.cli" in modules
    assert _library_modules(modules) == []


def test_the_check_finds_them_when_they_are_loaded() -> None:
    """The filter above is not blind: it sees the library's modules by name."""
    assert _library_modules(["psycopg.pq", "keyring", "desktop.library.outbox", "json"]) == [
        "psycopg.pq",
        "keyring",
        "desktop.library.outbox",
    ]
    assert REPO.is_dir()
