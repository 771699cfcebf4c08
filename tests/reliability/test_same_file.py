"""Issue 18, item 9: one file is one file, whatever the path to it. Gem som onto the open
file through `..`, a symlinked folder or a link to it is a plain save that keeps its lock
(it let go of it before, and a second instance could then open it for editing); a document
opened through a symlink is saved into the link's target, and the link stays a link; and
the file has one lock, beside the file itself, whichever path each instance opened it by.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.storage import errors, lock
from desktop.storage.document import WorkshopDocument, open_document

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks need rights on Windows")


def _names(path: Path) -> list[str]:
    doc = open_document(path, read_only=True)
    try:
        with doc.session() as s:
            return [p.name for p in list_participants(s)]
    finally:
        doc.close()


def _add(doc: WorkshopDocument, name: str) -> None:
    with doc.session() as s:
        add_participant(s, name=name)


def _refused_elsewhere(path: Path, monkeypatch: pytest.MonkeyPatch) -> errors.LockedError:
    """Another computer on the share opens `path` for editing: it must be told who has it."""
    with monkeypatch.context() as m:
        m.setattr(socket, "gethostname", lambda: "andet-pc")
        with pytest.raises(errors.LockedError) as refused:
            open_document(path)
    return refused.value


def _save_as_onto_itself(saved: Path, other_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = open_document(saved)
    try:
        _add(doc, "Via en anden sti")
        doc.save_as(other_path)
        assert not doc.is_dirty
        holder = lock.read_lock(saved)
        assert holder is not None and holder.is_ours, "the lock is still there, and ours"
        assert not _refused_elsewhere(saved, monkeypatch).stale
        assert doc.path == saved, "a plain save: the document keeps its own path"
        _add(doc, "Bagefter")
        doc.save()
    finally:
        doc.close()
    assert _names(saved) == ["Gemt", "Via en anden sti", "Bagefter"]
    assert not lock.lock_path(saved).exists()


def test_gem_som_onto_the_open_file_through_dotdot_keeps_its_lock(
    saved: Path, docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (docs / "Undermappe").mkdir()
    _save_as_onto_itself(saved, docs / "Undermappe" / ".." / saved.name, monkeypatch)


@posix_only
def test_gem_som_onto_the_open_file_through_a_symlinked_folder_keeps_its_lock(
    saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Genvej til mappen").symlink_to(saved.parent, target_is_directory=True)
    _save_as_onto_itself(saved, tmp_path / "Genvej til mappen" / saved.name, monkeypatch)


@posix_only
def test_gem_som_onto_a_link_to_the_open_file_keeps_its_lock_and_the_link(
    saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = tmp_path / "Genvej.tvaers"
    link.symlink_to(saved)
    _save_as_onto_itself(saved, link, monkeypatch)
    assert link.is_symlink() and link.resolve() == saved.resolve()


def _link_on_desktop(saved: Path, tmp_path: Path) -> Path:
    desktop = tmp_path / "Skrivebord"
    desktop.mkdir()
    link = desktop / "Genvej.tvaers"
    link.symlink_to(saved)
    return link


@posix_only
def test_document_opened_through_a_symlink_is_saved_into_its_target(
    saved: Path, tmp_path: Path
) -> None:
    link = _link_on_desktop(saved, tmp_path)
    doc = open_document(link)
    try:
        _add(doc, "Gennem genvejen")
        doc.save()
        assert link.is_symlink(), "the link stays a link"
        assert link.resolve() == saved.resolve()
        _add(doc, "Igen")
        doc.save()
        assert link.is_symlink()
        assert _names(saved) == ["Gemt", "Gennem genvejen", "Igen"]
        beside_link = sorted(p.name for p in link.parent.iterdir())
        assert beside_link == [link.name], "no temporary file or lock left beside the link"
    finally:
        doc.close()
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]


@posix_only
def test_one_file_has_one_lock_whichever_path_opened_it(
    saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = _link_on_desktop(saved, tmp_path)
    doc = open_document(link)
    try:
        assert not _refused_elsewhere(saved, monkeypatch).stale  # another computer
        with pytest.raises(errors.LockedError):
            open_document(saved)  # this very process, by the real path
        assert lock.lock_path(saved).is_file()
    finally:
        doc.close()
    doc = open_document(saved)
    try:
        assert not _refused_elsewhere(link, monkeypatch).stale
    finally:
        doc.close()
