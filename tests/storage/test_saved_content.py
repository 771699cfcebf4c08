"""Edits made since the save and undone again: the file holds what the working copy holds,
so nothing is unsaved (WorkshopDocument.holds_saved_content), though SQLite's change counter
moved on. Only what differs in content counts: not the edit stamps (updated_at), never
shown, nor where SQLite keeps a row."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from desktop.core.participants import add_participant, delete_participant
from desktop.storage import document, working_copy
from desktop.storage.document import WorkshopDocument

from .conftest import set_title, title_of


def test_an_edit_undone_leaves_nothing_unsaved(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    before = title_of(doc)
    set_title(doc, "Noget andet")
    set_title(doc, before)  # as undo does: the old value, a new edit stamp
    assert doc.is_dirty
    assert doc.holds_saved_content()
    assert not doc.is_dirty  # from now on the saved state: autosave and close write nothing
    assert working_copy.unsaved_edits(doc.working) is None  # and recovery offers nothing


def test_a_row_added_and_deleted_again_leaves_nothing_unsaved(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    with doc.session() as session:
        added = add_participant(session, name="Sanne")
        delete_participant(session, participant_id=added.id)
    assert doc.holds_saved_content()


def test_what_the_file_lacks_stays_unsaved_and_is_read_once(
    new_doc: Callable[..., WorkshopDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = new_doc()
    set_title(doc, "Noget andet")
    reads: list[object] = []
    digest = document._content_digest
    monkeypatch.setattr(document, "_content_digest", lambda p: reads.append(p) or digest(p))
    assert not doc.holds_saved_content()
    assert not doc.holds_saved_content()
    assert len(reads) == 2  # the working copy and the file, once for this state
    assert doc.is_dirty and working_copy.unsaved_edits(doc.working) is not None
    doc.save()
    assert doc.holds_saved_content() and len(reads) == 2  # saved: nothing to read


def test_any_other_column_that_differs_is_unsaved(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    doc.engine.dispose()
    conn = sqlite3.connect(doc.working)
    conn.execute("UPDATE workshop SET created_at = '2020-01-01 00:00:00.000000'")
    conn.commit()
    conn.close()
    assert not doc.holds_saved_content()  # only updated_at is left out, nothing else
