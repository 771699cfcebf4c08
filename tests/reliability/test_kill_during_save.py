"""SIGKILL in the middle of saving: the document is the old version or the new one, never a
damaged mix; the edits wait in the working copy and the next start offers them back.

The child edits, then saves with a pause at one point of the save (see
children.save_with_pause), and is killed there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core import participants, workshop
from desktop.storage import backups, errors, identity, working_copy
from desktop.storage.document import create_document, open_document
from desktop.ui.main_window import MainWindow
from tests.reliability.forkserver import ForkServer, wait_for
from tests.reliability.support import FileState, record
from tests.ui.conftest import Answers

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs fork() and SIGKILL")

OLD = (["Gemt før"], "Det gamle formål")
NEW = (["Gemt før", "Tilføjet lige før gem"], "Ændret lige før gem")
PAUSES = ["after_vacuum", "during_backup", "before_replace", "after_replace"]
SURVIVED: set[str] = set()


def _content(path: Path) -> tuple[list[str], str]:
    doc = open_document(path, read_only=True)
    try:
        with doc.session() as s:
            return [p.name for p in participants.list_participants(s)], (
                workshop.get_workshop(s).purpose
            )
    finally:
        doc.close()


@pytest.mark.parametrize("pause_at", PAUSES)
def test_killed_save_leaves_the_old_or_the_new_version_and_offers_recovery(
    forkserver: ForkServer,
    docs: Path,
    tmp_path: Path,
    window: MainWindow,
    answers: Answers,
    pause_at: str,
) -> None:
    path = docs / "Gemmes lige nu.tvaers"
    doc = create_document(path, title="Gem", purpose=OLD[1])
    with doc.session() as s:
        participants.add_participant(s, name="Gemt før")
    doc.close()
    doc = open_document(path)  # a second save, so there is an older version to back up
    doc.save()
    doc.close()
    old_bytes = FileState.of(path).content

    acks = tmp_path / "acks.txt"
    pid = forkserver.run(
        "save_with_pause",
        log=tmp_path / "child.log",
        path=str(path),
        acks=str(acks),
        pause_at=pause_at,
    )
    wait_for(
        lambda: f"paused {pause_at}" in (acks.read_text() if acks.exists() else ""),
        timeout=30,
        what=f"the child to reach {pause_at}",
        log=tmp_path / "child.log",
    )
    assert forkserver.kill(pid) == -9

    # The document: one complete file, old or new, nothing beside it but the lock.
    identity.inspect(path)
    expected = NEW if pause_at == "after_replace" else OLD
    assert _content(path) == expected
    if pause_at != "after_replace":
        assert path.read_bytes() == old_bytes
    assert not path.with_name(path.name + "-journal").exists()
    for backup in backups.list_backups(path):
        identity.inspect(backup.path)  # "Restore backup" never offers a damaged version

    # The edits wait in the working copy, and opening offers them.
    assert [r.document for r in working_copy.find_recoverable()] == [path]
    with pytest.raises(errors.RecoveryAvailable):
        open_document(path)
    window._refresh_start()
    assert window.start.recovery_list.count() == 1  # the start screen offers it too
    answers.recover = True
    assert window.open_path(path)
    assert window.current is not None
    with window.current.session() as s:
        assert [p.name for p in participants.list_participants(s)] == NEW[0]
    assert window.close_workshop()  # saves
    assert answers.errors == []

    assert _content(path) == NEW
    assert working_copy.find_recoverable() == []
    assert [p.name for p in docs.iterdir() if not p.name.startswith(".~")] == [path.name], (
        "a killed save's temporary file is left beside the document"
    )
    for backup in backups.list_backups(path):
        identity.inspect(backup.path)
    SURVIVED.add(pause_at)
    record("kill test (SIGKILL during save)", points_survived=f"{len(SURVIVED)}/{len(PAUSES)}")
