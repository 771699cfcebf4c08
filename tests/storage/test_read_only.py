"""A document Tværs may not write to opens view-only: readable, exportable, never saved over.

The tests run as root in CI, where file permissions do not stop a write and os.access
always says "writable". So read-only is tested three ways: asked for explicitly,
decided by `_writable` (monkeypatched), and on a file system mounted read-only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.storage import document, errors, lock
from desktop.storage.document import WorkshopDocument, create_document, open_document

from .conftest import FileState, assert_unchanged, remount


@pytest.fixture
def saved(new_doc: Callable[..., WorkshopDocument]) -> Path:
    doc = new_doc("Læs.tvaers")
    with doc.session() as s:
        add_participant(s, name="Karen")
    doc.close()
    return doc.path


def _assert_view_only(doc: WorkshopDocument, path: Path, before: FileState) -> None:
    assert doc.read_only is True
    assert doc.is_dirty is False
    with doc.session() as s:
        assert [p.name for p in list_participants(s)] == ["Karen"]
    # Editing is refused by the database itself, not only by a disabled menu.
    with pytest.raises(errors.EditNotStoredError), doc.session() as s:
        add_participant(s, name="Må ikke gemmes")
    with pytest.raises(errors.ReadOnlyDocumentError) as refused:
        doc.save()
    assert refused.value.message("da").strip() and refused.value.message("en").strip()
    assert path.name in refused.value.message("en")
    assert not lock.lock_path(path).exists(), "a view-only reader must not lock others out"
    doc.close()
    assert_unchanged(path, before)
    assert not doc.working.exists()


def test_read_only_on_request_refuses_to_save_and_leaves_file_unchanged(saved: Path) -> None:
    before = FileState.of(saved)
    doc = open_document(saved, read_only=True)
    _assert_view_only(doc, saved, before)


def test_unwritable_document_opens_read_only(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = FileState.of(saved)
    asked: list[Path] = []

    def not_writable(path: Path) -> bool:
        asked.append(path)
        return False

    monkeypatch.setattr(document, "_writable", not_writable)
    doc = open_document(saved)
    assert asked == [saved]
    _assert_view_only(doc, saved, before)


def test_writable_checks_the_file_and_its_folder(saved: Path) -> None:
    assert document._writable(saved) is True
    if os.geteuid() == 0:
        pytest.skip("root: os.access reports every file writable, whatever its mode")
    saved.chmod(0o444)
    try:
        assert document._writable(saved) is False
        before = FileState.of(saved)
        doc = open_document(saved)
        _assert_view_only(doc, saved, before)
    finally:
        saved.chmod(0o644)


def test_document_on_read_only_file_system_opens_read_only(
    small_fs: Callable[..., Path],
) -> None:
    stick = small_fs("4m")
    doc = create_document(stick / "Stick.tvaers", title="USB")
    with doc.session() as s:
        add_participant(s, name="Karen")
    doc.close()
    remount(stick, "ro")
    before = FileState.of(stick / "Stick.tvaers")
    assert document._writable(stick / "Stick.tvaers") is False
    doc = open_document(stick / "Stick.tvaers")
    _assert_view_only(doc, stick / "Stick.tvaers", before)


def test_read_only_document_can_be_saved_as_a_writable_copy(saved: Path, docs_dir: Path) -> None:
    before = FileState.of(saved)
    doc = open_document(saved, read_only=True)
    copy = docs_dir / "Min kopi.tvaers"
    doc.save_as(copy)
    try:
        assert doc.read_only is False
        assert doc.path == copy
        with doc.session() as s:
            add_participant(s, name="Ny")
        doc.save()
    finally:
        doc.close()
    assert_unchanged(saved, before)
    reopened = open_document(copy)
    try:
        with reopened.session() as s:
            assert [p.name for p in list_participants(s)] == ["Karen", "Ny"]
    finally:
        reopened.close()
