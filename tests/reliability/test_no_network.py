"""Nothing leaves the computer: no test may open a socket, the app never loads Qt's network
module, and a real session of the app (demo, edit, CSV export, quit, PDF minutes) opens no
internet socket, as strace sees it from outside.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError

from tests.reliability.support import REPO, child_env, record

NETWORK_FAMILIES = ("AF_INET", "AF_INET6")
STEPS = ["opened the demo", "edited", "exported CSV", "exported PDF"]


def test_sockets_are_disabled_for_the_whole_suite() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "--disable-socket" in config["tool"]["pytest"]["ini_options"]["addopts"].split()
    for family in (socket.AF_INET, socket.AF_INET6):
        with pytest.warns(UserWarning, match="socket"), pytest.raises(SocketBlockedError):
            socket.socket(family, socket.SOCK_STREAM)


def _run(args: list[str], tmp_path: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        cwd=tmp_path,
        env=child_env(TVAERS_DATA_DIR=str(tmp_path / "data")),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def _smoke(tmp_path: Path) -> dict[str, object]:
    done = _run([sys.executable, "-m", "tests.reliability.smoke_app", str(tmp_path)], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["errors"] == [], report["errors"]
    assert report["steps"] == STEPS
    assert report["exit_code"] == 0
    return report


def _network_modules(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if m == "PySide6.QtNetwork" or m.startswith("PySide6.QtNetwork.")]


def test_the_app_never_loads_qt_network(tmp_path: Path) -> None:
    report = _smoke(tmp_path)
    modules = report["modules"]
    assert isinstance(modules, list) and "desktop.ui.main_window" in modules
    assert _network_modules(modules) == []


def test_importing_every_module_of_the_app_loads_no_qt_network(tmp_path: Path) -> None:
    """Also the modules the smoke session did not reach (dialogs, other tabs, export)."""
    script = textwrap.dedent(
        """
        import json, pkgutil, sys, importlib
        import desktop
        for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
            if info.name not in ("desktop.__main__",):
                importlib.import_module(info.name)
        print(json.dumps(sorted(sys.modules)))
        """
    )
    done = _run([sys.executable, "-c", script], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert "desktop.ui.main_window" in modules
    assert _network_modules(modules) == []


def test_the_module_check_would_see_qt_network(tmp_path: Path) -> None:
    """Positive control: the check above is not blind."""
    script = "import json, sys; import PySide6.QtNetwork; print(json.dumps(sorted(sys.modules)))"
    done = _run([sys.executable, "-c", script], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert _network_modules(json.loads(done.stdout.strip().splitlines()[-1])) != []


# -- from the outside: strace ----------------------------------------------------------------

STRACE = shutil.which("strace")
needs_strace = pytest.mark.skipif(
    STRACE is None, reason="strace is not installed (.ci/run installs it where apt-get exists)"
)


def _traced(tmp_path: Path, command: list[str]) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run `command` under strace, following every thread and child; the socket calls."""
    log = tmp_path / "strace.log"
    assert STRACE is not None
    done = _run(
        [STRACE, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *command], tmp_path
    )
    if "Operation not permitted" in done.stderr and not log.exists():
        pytest.skip(f"strace may not trace here: {done.stderr.strip()[:200]}")
    return done, log.read_text(encoding="utf-8", errors="replace")


def _internet_sockets(trace: str) -> list[str]:
    return [
        line
        for line in trace.splitlines()
        if "socket(" in line and any(f"({family}," in line for family in NETWORK_FAMILIES)
    ]


@needs_strace
def test_a_session_of_the_app_opens_no_internet_socket(tmp_path: Path) -> None:
    done, trace = _traced(
        tmp_path, [sys.executable, "-m", "tests.reliability.smoke_app", str(tmp_path)]
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["steps"] == STEPS
    assert _internet_sockets(trace) == []
    record("no network (strace)", internet_sockets=0, socket_calls_seen=trace.count("socket("))


@needs_strace
def test_the_strace_check_sees_a_socket_to_localhost(tmp_path: Path) -> None:
    """Positive control: the same check, on a process that does open one, fails."""
    script = "import socket; s = socket.socket(); s.settimeout(1); s.connect_ex(('127.0.0.1', 9))"
    done, trace = _traced(tmp_path, [sys.executable, "-c", script])
    assert done.returncode == 0, done.stderr
    assert len(_internet_sockets(trace)) == 1, trace
