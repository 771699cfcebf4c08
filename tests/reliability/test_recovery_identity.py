"""Recovery knows the workshop, not only the path (issue 18, item 4).

After a crash, the unsaved edits belong to the workshop they were made in (the id of its
workshop row, which moving or copying the file keeps):
- the same workshop opened from another path (a USB stick mounted under another name) is
  offered them;
- another workshop that now lies at the old path is never offered them, and they are never
  overwritten or deleted: the start screen's recovery list keeps them, and saves them as a
  new file;
- a copy of the workshop that is still there keeps its own edits (the exact path first).

The crash is real: a child process edits through the core operations and dies without
saving or closing (os._exit), leaving its working copy and lock as a crash does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.core import participants
from desktop.core.workshop import get_workshop
from desktop.storage import backups, errors, working_copy
from desktop.storage.document import WorkshopDocument, create_document, open_document
from desktop.ui.main_window import MainWindow
from tests.reliability.support import REPO, FileState, child_env
from tests.ui.conftest import Answers

CRASH = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from desktop.core.participants import add_participant
    from desktop.storage.document import open_document
    doc = open_document(Path(sys.argv[1]))
    with doc.session() as s:
        add_participant(s, name=sys.argv[2])
    os._exit(9)  # dies without saving or closing
    """
)


def _crash_after_edit(path: Path, name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(path), name],
        env=child_env(),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 9, done.stderr


def _new(path: Path, title: str, person: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = create_document(path, title=title)
    with doc.session() as s:
        participants.add_participant(s, name=person)
    doc.close()
    return path


def _names(doc: WorkshopDocument) -> list[str]:
    with doc.session() as s:
        return [p.name for p in participants.list_participants(s)]


def _title(doc: WorkshopDocument) -> str:
    with doc.session() as s:
        return get_workshop(s).title


def _names_in(path: Path) -> list[str]:
    doc = open_document(path, read_only=True)
    try:
        return _names(doc)
    finally:
        doc.close()


def _pending_names() -> list[list[str]]:
    """The participants in each working copy that still holds unsaved edits."""
    found = []
    for state in working_copy.find_recoverable():
        snapshot = state.working_copy.with_name("peek.tvaers")
        working_copy.copy_database(state.working_copy, snapshot)
        found.append(_names_in(snapshot))
        snapshot.unlink()
    return found


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A USB stick, mounted as /media/STICK (renamed to play it mounted elsewhere)."""
    folder = tmp_path / "media" / "STICK"
    folder.mkdir(parents=True)
    return folder


def test_the_same_workshop_opened_from_another_path_is_offered_its_edits(stick: Path) -> None:
    path = _new(stick / "Indkøb.tvaers", "Indkøb af journalsystem", "Gemt")
    _crash_after_edit(path, "Skrevet før nedbruddet")
    elsewhere = stick.with_name("STICK1")  # the stick comes back under another name
    stick.rename(elsewhere)
    moved = elsewhere / path.name

    with pytest.raises(errors.RecoveryAvailable) as offered:
        open_document(moved)
    assert str(path) in offered.value.message("da")  # says where the edits were made
    doc = open_document(moved, recover=True)
    try:
        assert _names(doc) == ["Gemt", "Skrevet før nedbruddet"]
        assert doc.is_dirty  # recovered edits are unsaved until saved
        doc.save()
    finally:
        doc.close()
    assert _names_in(moved) == ["Gemt", "Skrevet før nedbruddet"]
    assert working_copy.find_recoverable() == []  # nothing stranded any more


def test_an_old_sidecar_without_the_workshop_id_still_finds_its_workshop(stick: Path) -> None:
    path = _new(stick / "Gammel.tvaers", "Fra en ældre version", "Gemt")
    _crash_after_edit(path, "Ikke gemt")
    (state,) = working_copy.find_recoverable()
    sidecar = working_copy.sidecar_path(state.working_copy)
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    meta.pop("workshop_id", None)  # as the sidecars written before this change
    sidecar.write_text(json.dumps(meta), encoding="utf-8")
    stick.rename(stick.with_name("E"))

    doc = open_document(stick.with_name("E") / path.name, recover=True)
    try:
        assert _names(doc) == ["Gemt", "Ikke gemt"]
    finally:
        doc.close(save=False)


def test_another_workshop_at_the_old_path_is_not_offered_the_edits_nor_overwrites_them(
    tmp_path: Path, stick: Path
) -> None:
    first = _new(stick / "Workshop.tvaers", "Den første workshop", "Første gemt")
    _crash_after_edit(first, "Første, ikke gemt")
    # The first workshop moves away; a second one (made with create_document) takes its place.
    moved = stick / "Flyttet" / "Første.tvaers"
    moved.parent.mkdir()
    first.rename(moved)
    second = _new(tmp_path / "andet" / "Anden.tvaers", "Den anden workshop", "Anden gemt")
    shutil.copy2(second, first)
    before = FileState.of(first)

    doc = open_document(first)  # no RecoveryAvailable: those edits are not this workshop's
    try:
        assert _title(doc) == "Den anden workshop"
        assert _names(doc) == ["Anden gemt"]
        with doc.session() as s:
            participants.add_participant(s, name="Anden, ny")
        doc.save()
    finally:
        doc.close()
    assert _names_in(first) == ["Anden gemt", "Anden, ny"]
    assert FileState.of(first) != before  # (it was saved, by its own edits only)
    # The first workshop's edits are still there, and its file (moved) is offered them.
    assert _pending_names() == [["Første gemt", "Første, ikke gemt"]]
    with pytest.raises(errors.RecoveryAvailable):
        open_document(moved)
    doc = open_document(moved, recover=True)
    try:
        assert _names(doc) == ["Første gemt", "Første, ikke gemt"]
        doc.save()
    finally:
        doc.close()
    assert working_copy.find_recoverable() == []


def test_a_new_workshop_created_at_the_old_path_keeps_the_old_edits_recoverable(
    stick: Path,
) -> None:
    first = _new(stick / "Workshop.tvaers", "Den første workshop", "Første gemt")
    _crash_after_edit(first, "Første, ikke gemt")
    first.unlink()  # deleted (or the stick is another one now)
    second = create_document(first, title="En ny workshop samme sted")
    try:
        assert _names(second) == []
    finally:
        second.close()
    assert _pending_names() == [["Første gemt", "Første, ikke gemt"]]


def test_a_copy_of_the_workshop_still_there_keeps_its_own_edits(stick: Path) -> None:
    original = _new(stick / "Original.tvaers", "Kopieret workshop", "Gemt")
    copy = stick / "Kopi.tvaers"
    shutil.copy2(original, copy)  # the same workshop id in two files
    _crash_after_edit(original, "Ændret i originalen")

    doc = open_document(copy)  # the original is still there: its edits are its own
    try:
        assert _names(doc) == ["Gemt"]
    finally:
        doc.close()
    with pytest.raises(errors.RecoveryAvailable):
        open_document(original)
    # Once the original is gone (deleted, its stick elsewhere), the copy is offered them.
    original.unlink()
    doc = open_document(copy, recover=True)
    try:
        assert _names(doc) == ["Gemt", "Ændret i originalen"]
    finally:
        doc.close(save=False)


def test_declining_edits_from_another_path_keeps_them_in_the_backups(stick: Path) -> None:
    path = _new(stick / "Afslået.tvaers", "Afslået gendannelse", "Gemt")
    _crash_after_edit(path, "Afslået ændring")
    stick.rename(stick.with_name("STICK1"))
    moved = stick.with_name("STICK1") / path.name

    doc = open_document(moved, recover=False)
    try:
        assert _names(doc) == ["Gemt"]
    finally:
        doc.close()
    assert working_copy.find_recoverable() == []
    kept = [b.path for b in backups.list_backups(moved) if "ikke-gendannet" in b.path.name]
    assert len(kept) == 1
    assert _names_in(kept[0]) == ["Gemt", "Afslået ændring"]


def test_the_start_screen_saves_stranded_edits_as_a_new_file(
    window: MainWindow, answers: Answers, tmp_path: Path, stick: Path
) -> None:
    first = _new(stick / "Workshop.tvaers", "Den første workshop", "Første gemt")
    _crash_after_edit(first, "Første, ikke gemt")
    first.unlink()
    second = _new(tmp_path / "andet" / "Anden.tvaers", "Den anden workshop", "Anden gemt")
    shutil.copy2(second, first)  # another workshop at the old path
    before = FileState.of(first)

    window._refresh_start()
    assert window.start.recovery_list.count() == 1
    entry = window.start.recovery_list.item(0).text()
    assert "en anden workshop" in entry.lower()  # the entry says why it cannot go back
    target = tmp_path / "Gendannet.tvaers"
    answers.save_path = target
    window.start.recovery_list.itemActivated.emit(window.start.recovery_list.item(0))
    assert answers.confirms and str(first) in answers.confirms[-1]
    assert window.current is not None and window.current.document.path == target
    assert window.current.read(lambda s: [p.name for p in participants.list_participants(s)]) == [
        "Første gemt",
        "Første, ikke gemt",
    ]
    assert window.close_workshop()
    before.assert_unchanged(first)  # the workshop now at the old path was never touched
    assert working_copy.find_recoverable() == []
    assert window.start.recovery_list.count() == 0
    assert os.path.getsize(target) > 0


def test_gem_som_onto_the_old_path_of_a_crashed_workshop_keeps_its_edits_recoverable(
    stick: Path, tmp_path: Path
) -> None:
    """Before, save_as deleted the working copy at its target to make room: another
    workshop's edits stranded there (its file deleted after the crash) were gone."""
    first = _new(stick / "Workshop.tvaers", "Den første workshop", "Første gemt")
    _crash_after_edit(first, "Første, ikke gemt")
    first.unlink()
    other = _new(tmp_path / "Anden.tvaers", "En anden workshop", "Anden gemt")
    doc = open_document(other)
    try:
        doc.save_as(first)
    finally:
        doc.close()
    assert _names_in(first) == ["Anden gemt"]
    assert _pending_names() == [["Første gemt", "Første, ikke gemt"]]
