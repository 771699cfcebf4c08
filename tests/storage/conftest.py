"""Shared fixtures of the storage tests. No Qt here: storage must work without it.

Every test gets its own local data folder (TVAERS_DATA_DIR) and documents folder, so
nothing reaches the real home folder and no test sees another's working copies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.workshop import get_workshop
from desktop.storage.document import WorkshopDocument, create_document

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv("TVAERS_DATA_DIR", str(folder))
    monkeypatch.setenv("TVAERS_DOCUMENTS_DIR", str(tmp_path / "documents"))
    return folder


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    """Where the tests keep their workshop files (the user's "Documents" or USB stick)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    return folder


@pytest.fixture
def new_doc(docs_dir: Path) -> Iterator[Callable[..., WorkshopDocument]]:
    """Create workshops; any still open at the end of the test is closed without saving."""
    opened: list[WorkshopDocument] = []

    def make(name: str = "Workshop.tvaers", **details: object) -> WorkshopDocument:
        details.setdefault("title", "Indkøb af journalsystem")
        doc = create_document(docs_dir / name, **details)
        opened.append(doc)
        return doc

    yield make
    for doc in opened:
        doc.close(save=False)


@dataclass(frozen=True)
class FileState:
    """Everything a refusal must leave alone: the bytes and the modification time."""

    content: bytes
    mtime_ns: int
    size: int

    @classmethod
    def of(cls, path: Path) -> FileState:
        st = path.stat()
        return cls(path.read_bytes(), st.st_mtime_ns, st.st_size)


def assert_unchanged(path: Path, before: FileState) -> None:
    after = FileState.of(path)
    assert after.size == before.size
    assert after.content == before.content, "the file's bytes changed"
    assert after.mtime_ns == before.mtime_ns, "the file's modification time changed"


def title_of(doc: WorkshopDocument) -> str:
    with doc.session() as session:
        return get_workshop(session).title


def set_title(doc: WorkshopDocument, title: str) -> None:
    from desktop.core.workshop import update_workshop

    with doc.session() as session:
        update_workshop(session, title=title)


def child_env() -> dict[str, str]:
    """The environment of a child process: same data folder, the repo importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    return env


@pytest.fixture
def spawn() -> Iterator[Callable[[str], subprocess.Popen[str]]]:
    """Run code in a fresh Python (it prints ACK, flushed, once ready to be killed).
    Children still alive when the test ends are killed."""
    children: list[subprocess.Popen[str]] = []

    def start(code: str) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=REPO,
        )
        children.append(child)
        return child

    yield start
    for child in children:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=10)


def kill_hard(child: subprocess.Popen[str]) -> None:
    """SIGKILL: no atexit, no finally, no close. What a crash or a power cut leaves."""
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL


def wait_for_ack(child: subprocess.Popen[str], timeout: float = 30.0) -> None:
    """Block until the child prints ACK; fail with its stderr if it dies first."""
    import selectors

    assert child.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(child.stdout, selectors.EVENT_READ)
    try:
        if not sel.select(timeout):
            child.kill()
            pytest.fail(f"child did not answer within {timeout} s")
        line = child.stdout.readline()
    finally:
        sel.close()
    if line.strip() != "ACK":
        child.kill()
        _, err = child.communicate(timeout=10)
        pytest.fail(f"child failed before ACK: {line!r}\n{err}")


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mount a real, small tmpfs (root only); always unmounted at the end of the test."""
    mounted: list[Path] = []

    def mount(size: str, *options: str) -> Path:
        if os.name != "posix" or os.geteuid() != 0:
            pytest.skip("mounting a small file system needs root on Linux")
        point = tmp_path / f"mnt{len(mounted)}"
        point.mkdir()
        opts = ",".join((f"size={size}", *options))
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"mount -t tmpfs is not permitted here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    try:
        yield mount
    finally:
        for point in reversed(mounted):
            done = subprocess.run(["umount", str(point)], capture_output=True)
            if done.returncode != 0:
                subprocess.run(["umount", "-l", str(point)], capture_output=True)


def remount(point: Path, *options: str) -> None:
    subprocess.run(
        ["mount", "-o", ",".join(("remount", *options)), str(point)],
        check=True,
        capture_output=True,
    )
