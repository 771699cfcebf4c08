"""A session that never opens the room loads none of it: no web server, no QR library, nothing
that listens (the no-network test, tests/reliability/test_no_network.py, holds for it)."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.test_no_network import _smoke

ROOM_ONLY = ("starlette", "uvicorn", "segno", "h11", "httpx", "desktop.room")


def _room_modules(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in ROOM_ONLY or m.startswith(ROOM_ONLY)]


def test_a_session_that_never_opens_the_room_never_imports_it(tmp_path: Path) -> None:
    modules = _smoke(tmp_path)["modules"]  # the demo opened, edited, CSV and PDF exported
    assert isinstance(modules, list) and "desktop.ui.main_window" in modules
    assert "desktop.ui.room_control" in modules  # the action is there, the server is not
    assert _room_modules(modules) == []


def test_the_check_finds_the_rooms_modules_by_name() -> None:
    assert _room_modules(["uvicorn.server", "segno", "desktop.room.app", "json", "roomy"]) == [
        "uvicorn.server",
        "segno",
        "desktop.room.app",
    ]
