"""A workshop whose own file is refused still reaches its backups.

Before, the refusal of a damaged file said "Gendan en backup (Filer > Gendan backup…)", but
that menu works only on an open workshop, and a refused file never opens: the advice led
nowhere, and the backups this computer kept were out of reach. Now the window offers them
when it refuses the file, and restores the chosen one as a new file beside it; the refused
file is never touched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.storage import backups, errors
from desktop.storage.document import create_document, open_document, restore_backup_as
from desktop.ui.main_window import MainWindow
from tests.reliability.support import FileState
from tests.ui.conftest import Answers

WIPE = "CREATE TRIGGER ryd AFTER INSERT ON participant BEGIN DELETE FROM term; END"


def _saved_twice(path: Path) -> Path:
    """A workshop saved over twice, so it has backups (the first with Søren, the second
    with Søren and Aya)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = create_document(path, title="Mentorstøtte")
    try:
        for name in ("Søren Ø", "Aya"):
            with doc.session() as s:
                add_participant(s, name=name)
            doc.save()
    finally:
        doc.close()
    assert backups.has_backups(path)
    return path


def _made_harmful(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(WIPE)
    finally:
        conn.close()


def _names(path: Path) -> list[str]:
    doc = open_document(path, read_only=True)
    try:
        with doc.session() as s:
            return sorted(p.name for p in list_participants(s))
    finally:
        doc.close()


def test_a_refused_workshop_is_offered_its_backups_as_a_new_file(
    tmp_path: Path, window: MainWindow, answers: Answers
) -> None:
    path = _saved_twice(tmp_path / "docs" / "Mentorstøtte.tvaers")
    _made_harmful(path)
    before = FileState.of(path)
    newest = backups.list_backups(path)[0].path
    answers.backup = newest
    answers.save_path = path.with_name("Mentorstøtte (fra backup).tvaers")

    assert window.open_path(path)

    (question,) = answers.confirms
    assert "indeholder noget, som en Tværs-workshop ikke har" in question
    assert "Filer > Gendan backup" not in question  # no advice that leads nowhere
    assert "Vil du gendanne en af dem som en ny workshopfil?" in question
    assert window.current is not None
    assert window.current.document.path == answers.save_path
    assert answers.errors == []
    window.close_workshop()
    assert _names(answers.save_path) == ["Søren Ø"]  # the version before the last save
    before.assert_unchanged(path)


def test_declining_leaves_everything_as_it_was(
    tmp_path: Path, window: MainWindow, answers: Answers
) -> None:
    path = _saved_twice(tmp_path / "docs" / "Mentorstøtte.tvaers")
    _made_harmful(path)
    before = FileState.of(path)
    answers.confirm = False
    assert not window.open_path(path)
    assert window.current is None
    assert len(answers.confirms) == 1
    before.assert_unchanged(path)
    assert sorted(p.name for p in path.parent.iterdir()) == ["Mentorstøtte.tvaers"]


def test_without_backups_the_refusal_says_what_to_do_and_nothing_is_offered(
    tmp_path: Path, window: MainWindow, answers: Answers
) -> None:
    path = tmp_path / "Fra mail.tvaers"
    create_document(path, title="Fra mail").close()  # created, never saved over: no backup
    _made_harmful(path)
    assert not backups.has_backups(path)
    assert not window.open_path(path)
    assert answers.confirms == []
    (message,) = answers.errors
    assert "Filer > Gendan backup" not in message
    assert "tidligere" in message or "kopi" in message


def test_restoring_as_a_new_file_never_replaces_a_file_nor_uses_a_bad_backup(
    tmp_path: Path,
) -> None:
    path = _saved_twice(tmp_path / "docs" / "Mentorstøtte.tvaers")
    chosen = backups.list_backups(path)[0].path
    docs = path.parent
    taken = docs / "Findes.tvaers"
    taken.write_bytes(b"someone's file")
    with pytest.raises(errors.AlreadyExistsError):
        restore_backup_as(chosen, taken)
    assert taken.read_bytes() == b"someone's file"
    bad = tmp_path / "bad-backup.tvaers"
    bad.write_bytes(b"not a workshop")
    with pytest.raises(errors.FileRefusal):
        restore_backup_as(bad, docs / "Ny.tvaers")
    assert not (docs / "Ny.tvaers").exists()
    restore_backup_as(chosen, docs / "Ny.tvaers")
    assert _names(docs / "Ny.tvaers") == ["Søren Ø"]
    assert sorted(p.name for p in docs.iterdir()) == [
        "Findes.tvaers",
        "Mentorstøtte.tvaers",
        "Ny.tvaers",
    ]
