"""Issue 18, item 1: restoring a backup never removes the backup being restored.

Before restoring, the unsaved edit is saved, and that save takes a backup of its own. On the
old main that backup rotated out the oldest one (the very file the user had chosen) and the
restore then failed with "unable to open database file".
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from desktop.core.participants import add_participant, list_participants
from desktop.core.workshop import get_workshop, update_workshop
from desktop.storage import backups, identity
from desktop.storage.document import WorkshopDocument, create_document, open_document


def _set_title(doc: WorkshopDocument, title: str) -> None:
    with doc.session() as session:
        update_workshop(session, title=title)


def _title(doc: WorkshopDocument) -> str:
    with doc.session() as session:
        return get_workshop(session).title


def _title_in(path: Path) -> str:
    conn = sqlite3.connect(identity.readonly_uri(path), uri=True)
    try:
        return str(conn.execute("SELECT title FROM workshop").fetchone()[0])
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _saved_many_times(path: Path, saves: int) -> WorkshopDocument:
    doc = create_document(path, title="v0")
    for i in range(1, saves + 1):
        _set_title(doc, f"v{i}")
        doc.save()
    return doc


def test_restoring_the_oldest_backup_with_an_unsaved_edit_keeps_the_chosen_backup(
    docs: Path,
) -> None:
    doc = _saved_many_times(docs / "Gendan ældste.tvaers", 12)
    try:
        with doc.session() as s:
            add_participant(s, name="Ikke gemt før gendannelsen")
        oldest = backups.list_backups(doc.path)[-1]
        chosen_title, chosen_digest = _title_in(oldest.path), _digest(oldest.path)

        doc.restore_backup(oldest.path)  # the old main: "unable to open database file"

        assert _title(doc) == chosen_title and _title_in(doc.path) == chosen_title
        assert not doc.is_dirty
        assert oldest.path.exists(), "restoring removed the backup the user chose"
        assert _digest(oldest.path) == chosen_digest
        assert oldest.path in [b.path for b in backups.list_backups(doc.path)]
        # The unsaved edit was saved first, so it reached the backups: nothing lost.
        newest = backups.list_backups(doc.path)[0]
        assert _title_in(newest.path) == "v12"
        doc.restore_backup(newest.path)
        with doc.session() as s:
            assert [p.name for p in list_participants(s)] == ["Ikke gemt før gendannelsen"]
    finally:
        doc.close()


def test_every_backup_in_the_list_can_be_restored_with_an_edit_pending(docs: Path) -> None:
    """The 1st, 2nd, ... oldest of the versions offered at the time, in a session started by
    opening the file (so the oldest is the version as opened), each with an unsaved edit."""
    _saved_many_times(docs / "Hver version.tvaers", 11).close()
    doc = open_document(docs / "Hver version.tvaers")
    try:
        for i in range(12, 24):
            _set_title(doc, f"v{i}")
            doc.save()
        for n in range(12):
            offered = list(reversed(backups.list_backups(doc.path)))  # oldest first, as now
            assert len(offered) >= 10
            backup = offered[min(n, len(offered) - 1)]
            title = _title_in(backup.path)
            with doc.session() as s:
                add_participant(s, name=f"Ikke gemt {n}")
            doc.restore_backup(backup.path)
            assert _title(doc) == title, backup.path.name
            assert backup.path.exists(), f"restoring {backup.path.name} removed it"
        assert backups.list_backups(doc.path)[-1].label == backups.AS_OPENED
    finally:
        doc.close()
