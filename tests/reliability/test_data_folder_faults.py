"""The local data folder and the names beside a document can fail too (issue 18, item 14).

- A data folder Tværs cannot write in: the app starts, says plainly where and what to do,
  and keeps its working copies in a private temporary folder meanwhile.
- A data folder too small for the working copy: a plain message naming the folder, and no
  partial copy left behind.
- File names of 238-255 bytes: they open for editing and save (the temporary and lock names
  beside them stay within the 255 bytes a folder allows).
- What killed sessions leave (read-only copies in the data folder, Gem som's `.saving` and its
  journal, a PDF export's `.tmp` beside the document) is cleared at the next start or open.

Kills and faults are real: children die by os._exit or SIGKILL, the small and read-only data
folders are real tmpfs mounts (skipped where mounting is not allowed).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.core import participants
from desktop.export import files
from desktop.storage import errors, paths, working_copy
from desktop.storage.document import create_document, open_document
from tests.conftest import copy_workshop
from tests.reliability.support import REPO, child_env

AN_HOUR_AGO = time.time() - 3600 - 60
TWO_DAYS_AGO = time.time() - 2 * 86400


@pytest.fixture
def mount(tmp_path: Path) -> Iterator:
    """Mount a real tmpfs (root on Linux only); always unmounted at the end."""
    mounted: list[Path] = []

    def make(name: str, *options: str) -> Path:
        if os.name != "posix" or os.geteuid() != 0:
            pytest.skip("mounting a file system needs root on Linux")
        point = tmp_path / name
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"mount -t tmpfs is not permitted here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield make
    for point in reversed(mounted):
        if subprocess.run(["umount", str(point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, where the fallback data folder goes, in this test's tmp."""
    folder = tmp_path / "systemtmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def _unwritable(kind: str, tmp_path: Path, mount) -> Path:  # type: ignore[no-untyped-def]
    if kind == "read-only drive":
        return mount("ro", "size=1m", "ro") / "Tvaers"
    blocker = tmp_path / "ikke en mappe"
    blocker.write_text("en fil, hvor datamappen skulle være")
    return blocker / "Tvaers"


# -- a data folder that cannot be written ------------------------------------------------------


@pytest.mark.parametrize("kind", ["not a folder", "read-only drive"])
def test_the_app_starts_and_says_where_when_the_data_folder_cannot_be_written(
    kind: str,
    tmp_path: Path,
    mount,
    private_tmp: Path,  # type: ignore[no-untyped-def]
) -> None:
    wanted = _unwritable(kind, tmp_path, mount)
    env = child_env(
        TVAERS_DATA_DIR=str(wanted), TMPDIR=str(private_tmp), TVAERS_QUIT_AFTER_START="1500"
    )
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "da"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    (fallback,) = [p for p in private_tmp.iterdir() if p.name.startswith("tvaers-data-")]
    assert oct(fallback.stat().st_mode & 0o777) == oct(0o700)  # private: workshops are personal
    logged = (fallback / "logs" / "tvaers.log").read_text(encoding="utf-8")
    assert str(wanted) in logged and "unusable" in logged


@pytest.mark.parametrize("kind", ["not a folder", "read-only drive"])
def test_the_window_tells_before_typing_and_the_workshop_still_saves(
    kind: str,
    tmp_path: Path,
    mount,  # type: ignore[no-untyped-def]
    private_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.app import data_folder_warning

    wanted = _unwritable(kind, tmp_path, mount)
    monkeypatch.setenv("TVAERS_DATA_DIR", str(wanted))
    parent = QWidget()
    qtbot.addWidget(parent)
    box = data_folder_warning(parent, "da")
    assert box is not None
    text = box.text()
    box.close()
    assert str(wanted) in text and "midlertidig" in text and "TVAERS_DATA_DIR" in text
    assert "skriveadgang" in text  # what to do about it
    assert paths.data_dir().is_relative_to(private_tmp)

    path = tmp_path / "Workshop.tvaers"
    doc = create_document(path, title="Uden datamappe")
    with doc.session() as s:
        participants.add_participant(s, name="Gemt alligevel")
    doc.close()
    assert _names_in(path) == ["Gemt alligevel"]


def test_a_writable_data_folder_gives_no_warning(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import data_folder_warning

    parent = QWidget()
    qtbot.addWidget(parent)
    assert data_folder_warning(parent, "da") is None


# -- a data folder too small -------------------------------------------------------------------


@pytest.mark.parametrize("read_only", [False, True])
def test_a_full_data_folder_says_so_and_leaves_no_partial_copy(
    read_only: bool,
    tmp_path: Path,
    mount,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "Stor workshop.tvaers"
    doc = create_document(path, title="Stor")
    with doc.session() as s:
        for i in range(40):
            participants.add_participant(s, name=f"Deltager {i}", role="lang rolle " * 5000)
    doc.close()
    assert path.stat().st_size > 1_500_000
    small = mount("small", "size=1m")
    monkeypatch.setenv("TVAERS_DATA_DIR", str(small / "Tvaers"))

    with pytest.raises(errors.DataFolderFullError) as refused:
        open_document(path, read_only=read_only)
    message = refused.value.message("da")
    assert str(small / "Tvaers" / "working") in message and "plads" in message
    left = sorted(p.name for p in (small / "Tvaers" / "working").iterdir())
    assert left == [], f"a partial copy was left: {left}"
    assert not (tmp_path / ".~Stor workshop.tvaers.lock").exists()  # the lock let go again


# -- long file names ---------------------------------------------------------------------------


def _name_of(size: int) -> str:
    """A workshop file name of exactly `size` bytes in UTF-8, with Danish letters."""
    stem = "Indkøb af plejeboliger – æøå "
    while len((stem + ".tvaers").encode()) < size:
        stem += "ø" if size - len((stem + ".tvaers").encode()) >= 2 else "x"
    name = stem + ".tvaers"
    assert len(name.encode()) == size
    return name


def _names_in(path: Path) -> list[str]:
    doc = open_document(path, read_only=True)
    try:
        with doc.session() as s:
            return [p.name for p in participants.list_participants(s)]
    finally:
        doc.close()


@pytest.mark.parametrize("size", [238, 245, 249, 255])
def test_a_long_file_name_opens_for_editing_and_saves(size: int, tmp_path: Path) -> None:
    path = tmp_path / _name_of(size)
    doc = create_document(path, title="Langt navn")
    doc.close()
    doc = open_document(path)
    try:
        assert not doc.read_only
        with doc.session() as s:
            participants.add_participant(s, name="Første")
        doc.save()
        doc.refresh_lock()  # the heartbeat's temporary file fits too
        with doc.session() as s:
            participants.add_participant(s, name="Anden")
        doc.save_as(tmp_path / _name_of(size - 1))
    finally:
        doc.close()
    assert _names_in(path) == ["Første"]
    assert _names_in(tmp_path / _name_of(size - 1)) == ["Første", "Anden"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    # A second instance finds the lock of a long name where the first one put it.
    doc = open_document(path)
    try:
        with pytest.raises(errors.LockedError):
            _in_child_open(path)
    finally:
        doc.close()


def _in_child_open(path: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from desktop.storage import errors
        from desktop.storage.document import open_document
        try:
            open_document(Path(sys.argv[1]))
        except errors.LockedError:
            sys.exit(7)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], env=child_env(), cwd=REPO, capture_output=True
    )
    if done.returncode == 7:
        raise errors.LockedError(name=path.name, user="", host="", since="")
    assert done.returncode == 0, done.stderr


# -- leftovers of killed sessions --------------------------------------------------------------


KILLED_READ_ONLY = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from desktop.storage.document import open_document
    open_document(Path(sys.argv[1]), read_only=True)
    os._exit(9)  # killed with the workshop open read-only
    """
)

KILLED_SAVE_AS = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from desktop.storage import identity
    from desktop.storage.document import open_document
    doc = open_document(Path(sys.argv[1]))
    identity.verify_written = lambda tmp: os._exit(9)  # killed once the copy is written
    doc.save_as(Path(sys.argv[2]))
    """
)

KILLED_PDF = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from desktop.export import files
    def write(f):
        f.write(b"%PDF-1.4 halvt skrevet" + b"x" * 100_000)
        f.flush()
        os._exit(9)  # killed half-way through the export
    files.write_pdf(Path(sys.argv[1]), write)
    """
)


def _run(code: str, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=child_env(), cwd=REPO, capture_output=True
    )
    assert done.returncode == 9, done.stderr


def test_the_next_start_clears_what_killed_sessions_left_in_the_data_folder(
    tmp_path: Path, isolated_folders: Path, private_tmp: Path
) -> None:
    path = tmp_path / "Workshop.tvaers"
    doc = create_document(path, title="Ryddet op")
    doc.close()
    _run(KILLED_READ_ONLY, str(path))
    working = isolated_folders / "working"
    left = [p for p in working.iterdir() if p.name.startswith("readonly-")]
    assert left, "the killed read-only session left its copy"
    # Older leftovers: a read-only copy of an earlier version, a staged restore, a copy cut off
    # while opening (no sidecar), and a sidecar's temporary file.
    planted = [
        working / f"readonly-{'a' * 32}.sqlite",
        working / "0123456789abcdef.restoring.sqlite",
        working / "fedcba9876543210.sqlite",
        working / "0011223344556677.json.tmp",
    ]
    for leftover in planted:
        leftover.write_bytes(b"x" * 1000)
        os.utime(leftover, (TWO_DAYS_AGO, TWO_DAYS_AGO))
    # ... and what must stay: unsaved edits a crash left (a working copy with its sidecar).
    crashed = create_document(tmp_path / "Nedbrud.tvaers", title="Nedbrud")
    with crashed.session() as s:
        participants.add_participant(s, name="Ikke gemt")
    crashed.engine.dispose()
    os.utime(crashed.working, (TWO_DAYS_AGO, TWO_DAYS_AGO))
    keep = crashed.working

    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "da"],
        env=child_env(TVAERS_QUIT_AFTER_START="1000", TMPDIR=str(private_tmp)),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    remaining = {p.name for p in working.iterdir()}
    for leftover in [*left, *planted]:
        assert leftover.name not in remaining, f"{leftover.name} is still there"
    assert keep.name in remaining and working_copy.sidecar_path(keep).name in remaining
    assert [s.working_copy for s in working_copy.find_recoverable()] == [keep]


def test_killed_save_as_and_pdf_export_leave_nothing_beside_the_document_for_long(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Mine workshops"
    folder.mkdir()
    path = folder / "Workshop.tvaers"
    doc = create_document(path, title="Afbrudt")
    doc.close()
    _run(KILLED_SAVE_AS, str(path), str(folder / "Kopi.tvaers"))
    _run(KILLED_PDF, str(folder / "Referat.pdf"))
    left = sorted(
        p.name for p in folder.iterdir() if p.name.startswith(".") and "lock" not in p.name
    )
    assert any(n.endswith(".saving") for n in left) and any(n.endswith(".tmp") for n in left)
    # A save running right now in another window (a fresh file, its workshop's lock held by
    # a live process) and files that are not ours stay.
    running = folder / ".Andet.tvaers.0a1b2c3d.saving"
    running.write_bytes(b"SQLite format 3\x00")
    (folder / ".~Andet.tvaers.lock").write_text(
        '{"user": "x", "host": "anden-pc", "pid": 1, "since": "2026-01-01T00:00:00+00:00",'
        f' "heartbeat": "{time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())}"}}'
    )
    foreign = folder / ".noter.0a1b2c3d.tmp"
    foreign.write_text("ikke vores")
    os.utime(foreign, (AN_HOUR_AGO, AN_HOUR_AGO))
    for name in left:  # the PDF's has no lock to tell: only its age does
        if name.endswith(".tmp"):
            os.utime(folder / name, (AN_HOUR_AGO, AN_HOUR_AGO))

    doc = open_document(path)  # the next start opens the workshop of that folder
    doc.close()
    # (The killed Gem som's lock on Kopi stays: a dead process's, the next open takes it.)
    remaining = sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(".") and p.name != ".~Kopi.tvaers.lock"
    )
    assert remaining == sorted([running.name, foreign.name, ".~Andet.tvaers.lock"])
    assert not (folder / "Kopi.tvaers").exists()


def test_the_next_pdf_export_clears_an_earlier_killed_one(tmp_path: Path) -> None:
    _run(KILLED_PDF, str(tmp_path / "Referat.pdf"))
    (left,) = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    os.utime(left, (AN_HOUR_AGO, AN_HOUR_AGO))
    files.write_pdf(tmp_path / "Referat.pdf", lambda f: f.write(b"%PDF-1.4 helt"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Referat.pdf"]


def test_the_command_line_says_when_a_temporary_data_folder_stands_in(
    demo_file: Path, tmp_path: Path, private_tmp: Path
) -> None:
    """`tvaers export` keeps a copy of the workshop in the data folder as the window does: it
    says so, as the window does, when that folder cannot be used (before, it said nothing)."""
    workshop = copy_workshop(demo_file, tmp_path / "Workshop.tvaers")
    wanted = _unwritable("not a folder", tmp_path, None)
    env = child_env(TVAERS_DATA_DIR=str(wanted), TMPDIR=str(private_tmp))
    pdf = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "export", str(workshop), "-o", str(pdf), "--lang", "da"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert str(wanted) in done.stderr and "Traceback" not in done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
