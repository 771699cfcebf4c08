"""Issue 18, item 7: saving never widens who may read a workshop.

VACUUM INTO makes the new version with the mode the umask gives, so on the old main a 0600
workshop became 0644 at its first save. Now a save-over keeps the document's mode, Gem som
gives the new file the mode of the one it came from, the new version is owner-only while it
is being written, and backups are no more open than the document (0700 folders, files at
most 0600). POSIX modes only: Windows has no such bits (see docs/RELIABILITY.md).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.participants import add_participant
from desktop.storage import backups, identity
from desktop.storage.document import WorkshopDocument, create_document, open_document

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    """The usual umask: a new file is 0644, readable by everyone on the machine."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _private_workshop(docs: Path, name: str = "Fortrolig.tvaers", mode: int = 0o600) -> Path:
    path = docs / name
    create_document(path, title="Fortrolig").close()
    assert _mode(path) == 0o644  # a new workshop follows the umask, as any new file
    path.chmod(mode)
    return path


def _edit(doc: WorkshopDocument, name: str) -> None:
    with doc.session() as s:
        add_participant(s, name=name)


def test_a_0600_workshop_stays_0600_after_saves(docs: Path) -> None:
    path = _private_workshop(docs)
    doc = open_document(path)
    try:
        for k in range(3):
            _edit(doc, f"Deltager {k}")
            doc.save()
            assert _mode(path) == 0o600, f"save {k + 1} made it {oct(_mode(path))}"
    finally:
        doc.close()
    assert _mode(path) == 0o600


def test_the_mode_is_kept_as_it_is_not_made_private(docs: Path) -> None:
    """A workshop shared with a group (0640) stays shared: the mode is kept, not replaced."""
    path = _private_workshop(docs, "Gruppe.tvaers", 0o640)
    doc = open_document(path)
    try:
        _edit(doc, "Ny")
        doc.save()
    finally:
        doc.close()
    assert _mode(path) == 0o640


def test_the_new_version_is_owner_only_while_it_is_written(
    docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _private_workshop(docs)
    seen: list[int] = []
    real_verify = identity.verify_written

    def verify_written(tmp: Path) -> None:
        seen.append(_mode(tmp))
        real_verify(tmp)

    monkeypatch.setattr(identity, "verify_written", verify_written)
    doc = open_document(path)
    try:
        _edit(doc, "Ny")
        doc.save()
    finally:
        doc.close()
    assert seen and all(mode == 0o600 for mode in seen), [oct(m) for m in seen]


def test_restoring_a_backup_keeps_the_mode(docs: Path) -> None:
    path = _private_workshop(docs)
    doc = open_document(path)
    try:
        _edit(doc, "Første")
        doc.save()
        _edit(doc, "Anden")
        doc.save()
        _edit(doc, "Ikke gemt")
        doc.restore_backup(backups.list_backups(path)[-1].path)
        assert _mode(path) == 0o600
    finally:
        doc.close()
    assert _mode(path) == 0o600


def test_gem_som_onto_a_new_path_takes_the_mode_of_the_original(docs: Path) -> None:
    path = _private_workshop(docs)
    copy = docs / "Kopi" / "Fortrolig kopi.tvaers"
    copy.parent.mkdir()
    doc = open_document(path)
    try:
        _edit(doc, "Ny")
        doc.save_as(copy)
        assert _mode(copy) == 0o600
        assert _mode(path) == 0o600
        _edit(doc, "Efter Gem som")
        doc.save()
        assert _mode(copy) == 0o600
    finally:
        doc.close()


def test_gem_som_from_a_read_only_original_can_be_saved_again(docs: Path) -> None:
    """The copy takes the original's mode but stays writable by its owner."""
    path = _private_workshop(docs, "Skrivebeskyttet.tvaers", 0o400)
    copy = docs / "Min kopi.tvaers"
    doc = open_document(path, read_only=True)
    try:
        doc.save_as(copy)
        assert _mode(copy) == 0o600
    finally:
        doc.close()


def test_backups_are_no_more_open_than_the_document(docs: Path) -> None:
    path = _private_workshop(docs)
    doc = open_document(path)
    try:
        for k in range(4):
            _edit(doc, f"Deltager {k}")
            doc.save()
    finally:
        doc.close()
    found = backups.list_backups(path)
    assert len(found) >= 4
    doc_mode = _mode(path)
    for b in found:
        mode = _mode(b.path)
        assert mode & ~doc_mode == 0, f"{b.path.name} is {oct(mode)}, the document {oct(doc_mode)}"
        assert mode & 0o077 == 0
    folder = backups.backup_dir(path)
    assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700


def test_working_copies_and_backups_are_for_this_user_only(
    tmp_path: Path, isolated_folders: Path
) -> None:
    """The working copy holds the whole workshop, names and phone numbers too: before, it
    was as open as the umask made it (0644 in a 0755 folder), whatever the document's mode.
    Folders an older Tværs made open are closed too."""
    from desktop.storage.paths import subdir

    for name in ("working", "drafts"):
        (isolated_folders / name).mkdir(parents=True, mode=0o755)
    path = _private_workshop(tmp_path / "docs")
    doc = open_document(path)
    try:
        _edit(doc, "Søren Ø")
        assert doc.working.parent == isolated_folders / "working"
        assert _mode(doc.working.parent) == 0o700
    finally:
        doc.close()
    for name in ("working", "backups", "drafts", "logs"):
        assert _mode(subdir(name)) == 0o700, name
