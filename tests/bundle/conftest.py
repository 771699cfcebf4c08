"""The bundle, built once per test session, and a way to run it as a user would."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script(name: str) -> ModuleType:
    """A script of build/ (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(
        f"tvaers_build_{name}", ROOT / "build" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = load_script("bundle")

Run = Callable[..., subprocess.CompletedProcess[str]]
# PyInstaller's analysis is cached here between sessions; the bundle itself is per session.
WORK = ROOT / "build" / "work" / "pytest"


@pytest.fixture(scope="session")
def bundle_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """build/bundle.py's output for this OS, built once per test session (about 30-60 s)."""
    dist = tmp_path_factory.mktemp("dist")
    bundle.build(dist, WORK)
    return dist


@pytest.fixture(scope="session")
def bundle_folder(bundle_dist: Path) -> Path:
    return bundle.bundle_dir(bundle_dist)


@cache
def offline_prefix() -> tuple[str, ...]:
    """`unshare --net` where the kernel lets us: the bundle then runs with no network at
    all (only a loopback that is down). Elsewhere the commands run as they are."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    for prefix in ((unshare, "--net", "--map-root-user"), (unshare, "--net")):
        probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            return prefix
    return ()


@pytest.fixture
def run_bundle(bundle_dist: Path, tmp_path: Path) -> Run:
    """Run the bundle's command-line executable offscreen, offline, with its data in tmp,
    from a folder of its own and without this virtualenv on any path."""
    exe = bundle.executable(bundle_dist)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "UV_")) and key != "PATH"
    }
    env.update(
        PATH=os.defpath,
        QT_QPA_PLATFORM="offscreen",
        TVAERS_DATA_DIR=str(tmp_path / "data"),
        TVAERS_DOCUMENTS_DIR=str(tmp_path / "Documents"),
        LANG="C.UTF-8",
    )
    env.pop("LC_ALL", None)

    def run(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*offline_prefix(), str(exe), *(str(a) for a in args)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )

    return run
