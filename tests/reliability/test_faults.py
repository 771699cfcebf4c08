"""Faults of the computer, not of the file: a full disk during an edit or a save, and the
document's folder vanishing (a USB stick pulled) between edits. Through the window, as the
facilitator meets them, and through storage.

The promise each time: a plain message, nothing half done, the edit kept in the working
copy, and "Gem som…" to another place saves everything.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core import participants, workshop
from desktop.storage import document, errors, working_copy
from desktop.storage.document import WorkshopDocument, create_document, open_document
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.workshop_tab.commands import AddParticipant, EditWorkshopDetails
from tests.reliability.support import FileState, record
from tests.storage.conftest import small_fs  # noqa: F401  (fixture: a real small tmpfs)
from tests.ui.conftest import Answers

BIG = "Et langt referat. " * 30_000  # about 540 kB: more than a full disk takes
NOT_SAVED = "Ikke gemt – dit arbejde er i sikkerhed i arbejdskopien"
FAULTS: set[str] = set()


def _survived(name: str) -> None:
    FAULTS.add(name)
    record("faults (disk full, folder gone)", survived=len(FAULTS))


def _names_in(path: Path) -> list[str]:
    doc = open_document(path, read_only=True)
    try:
        with doc.session() as s:
            return [p.name for p in participants.list_participants(s)]
    finally:
        doc.close()


def _names(current: OpenWorkshop) -> list[str]:
    return current.read(lambda s: [p.name for p in participants.list_participants(s)])


def _open(window: MainWindow, path: Path) -> OpenWorkshop:
    assert window.open_path(path)
    assert window.current is not None
    return window.current


def _integrity(doc: WorkshopDocument) -> None:
    conn = sqlite3.connect(doc.working)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def _max_pages(doc: WorkshopDocument, pages: int | None) -> None:
    with doc.engine.connect() as conn:
        if pages is None:
            conn.exec_driver_sql("PRAGMA max_page_count = 4294967294")
        else:
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")


def _page_count(doc: WorkshopDocument) -> int:
    with doc.engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())


# -- the working copy's disk is full during an edit --------------------------------------------


def test_edit_on_a_full_disk_says_so_keeps_everything_and_goes_on_when_there_is_room(
    window: MainWindow, answers: Answers, docs: Path
) -> None:
    path = docs / "Fuld disk.tvaers"
    create_document(path, title="Før").close()
    current = _open(window, path)
    assert current.push(AddParticipant(current, name="Før disken blev fuld"))
    doc = current.document
    _max_pages(doc, _page_count(doc))  # the engine may not grow the file by one page
    steps = current.undo_stack.count()

    assert not current.push(AddParticipant(current, name="Stor", role=BIG))
    old = {"title": "Før", "purpose": ""}
    assert not current.push(EditWorkshopDetails(current, old, {"title": "Ny", "purpose": BIG}))

    assert len(answers.errors) == 2
    assert "disken" in answers.errors[0] and "fuld" in answers.errors[0]
    assert "Traceback" not in answers.errors[0]
    assert current.undo_stack.count() == steps, "a failed edit must not join the undo history"
    assert _names(current) == ["Før disken blev fuld"]
    details = current.read(lambda s: workshop.get_workshop(s))
    assert (details.title, details.purpose) == ("Før", ""), "both fields or neither"
    _integrity(doc)

    _max_pages(doc, None)
    assert current.push(AddParticipant(current, name="Efter", role=BIG))
    assert window.save()
    assert window.close_workshop()
    assert _names_in(path) == ["Før disken blev fuld", "Efter"]
    _survived("disk full during an edit (max_page_count)")


def test_edit_on_a_really_full_disk_says_so_and_keeps_everything(
    window: MainWindow,
    answers: Answers,
    docs: Path,
    small_fs: Callable[..., Path],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = small_fs("2m")  # the local data folder, where the working copy lives
    monkeypatch.setenv("TVAERS_DATA_DIR", str(data))
    path = docs / "Rigtig fuld disk.tvaers"
    create_document(path, title="Fuld").close()
    current = _open(window, path)
    assert current.push(AddParticipant(current, name="Før"))
    filler = data / "fyld.bin"
    filler.write_bytes(b"\0" * (shutil.disk_usage(data).free - 8 * 1024))

    assert not current.push(AddParticipant(current, name="Stor", role=BIG))
    assert len(answers.errors) == 1 and "fuld" in answers.errors[0]
    assert _names(current) == ["Før"]
    _integrity(current.document)

    filler.unlink()
    assert current.push(AddParticipant(current, name="Efter"))
    assert window.close_workshop()
    assert _names_in(path) == ["Før", "Efter"]
    _survived("disk full during an edit (real tmpfs)")


# -- the document's disk is full during a save ------------------------------------------------


def _assert_save_failed_safely(
    window: MainWindow, answers: Answers, before: FileState, path: Path, words: str
) -> None:
    assert not window.save()
    assert len(answers.errors) == 1, answers.errors
    assert words in answers.errors[0] and path.name in answers.errors[0]
    assert "arbejdskopien" in answers.errors[0]
    assert window.isWindowModified(), "the title bar still shows unsaved changes"
    before.assert_unchanged(path)
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".saving")] == []
    assert window.current is not None
    window.current.autosave()  # autosave keeps trying quietly: no second message
    assert len(answers.errors) == 1


def test_save_on_a_full_drive_says_so_and_save_as_elsewhere_keeps_everything(
    window: MainWindow,
    answers: Answers,
    docs: Path,
    small_fs: Callable[..., Path],  # noqa: F811
) -> None:
    stick = small_fs("1m")
    path = stick / "På stikket.tvaers"
    create_document(path, title="Stik").close()
    current = _open(window, path)
    assert current.push(AddParticipant(current, name="Gemt"))
    assert window.save()
    (stick / "fyld.bin").write_bytes(b"\0" * (shutil.disk_usage(stick).free - 16 * 1024))
    before = FileState.of(path)
    assert current.push(AddParticipant(current, name="Stor", role=BIG))

    _assert_save_failed_safely(window, answers, before, path, "ikke plads")

    answers.save_path = docs / "Reddet.tvaers"
    assert window.save_as()
    assert current.document.path == docs / "Reddet.tvaers"
    assert window.save_state.text() == "Alt er gemt"
    assert window.close_workshop()
    assert _names_in(docs / "Reddet.tvaers") == ["Gemt", "Stor"]
    before.assert_unchanged(path)
    _survived("disk full during a save (real tmpfs)")


def test_save_failing_with_no_space_is_reported_the_same_without_root(
    window: MainWindow, answers: Answers, docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, where mounting is not allowed: the disk fills while the new file is synced."""
    path = docs / "Fuld ved gem.tvaers"
    create_document(path, title="Gem").close()
    current = _open(window, path)
    assert current.push(AddParticipant(current, name="Ikke gemt endnu"))
    before = FileState.of(path)
    monkeypatch.setattr(document, "_fsync_file", _no_space)
    _assert_save_failed_safely(window, answers, before, path, "ikke plads")
    monkeypatch.undo()
    assert window.save()
    assert window.close_workshop()
    assert _names_in(path) == ["Ikke gemt endnu"]
    _survived("disk full during a save (ENOSPC)")


def test_status_bar_says_not_saved_after_a_failed_save(
    window: MainWindow, answers: Answers, docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = docs / "Status.tvaers"
    create_document(path, title="Status").close()
    current = _open(window, path)
    assert current.push(AddParticipant(current, name="Ikke gemt endnu"))
    monkeypatch.setattr(document, "_fsync_file", _no_space)
    assert not window.save()
    assert window.save_state.text() == NOT_SAVED


def test_the_status_bar_says_not_saved_while_the_failed_save_is_told(
    window: MainWindow, answers: Answers, docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message »Der er ikke plads på drevet …« stood over a status bar still saying
    »Gemmer…« until it was closed: the window said two things at once."""
    path = docs / "Status under besked.tvaers"
    create_document(path, title="Status").close()
    current = _open(window, path)
    assert current.push(AddParticipant(current, name="Ikke gemt endnu"))
    monkeypatch.setattr(document, "_fsync_file", _no_space)
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda _p, _text: shown.append(window.save_state.text())
    )
    assert not window.save()
    assert shown == [NOT_SAVED]


def _no_space(_path: Path) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


# -- the document's folder disappears between edits (USB stick pulled) ------------------------


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "USB-stik (E)"
    folder.mkdir()
    return folder


def test_stick_pulled_between_edits_keeps_the_edits_and_save_as_elsewhere_saves_them(
    window: MainWindow, answers: Answers, docs: Path, stick: Path, tmp_path: Path
) -> None:
    path = stick / "Workshop på stik.tvaers"
    create_document(path, title="Stik").close()
    current = _open(window, path)
    assert current.push(AddParticipant(current, name="Før"))
    assert window.save()
    assert current.push(AddParticipant(current, name="Lige før stikket røg ud"))
    stick.rename(tmp_path / "stikket er væk")  # the folder is gone, the way a drive goes

    assert current.push(AddParticipant(current, name="Efter stikket røg ud"))  # still edits
    assert not window.save()
    assert len(answers.errors) == 1
    assert str(stick) in answers.errors[0] and "USB" in answers.errors[0]
    assert window.isWindowModified()
    current.autosave()
    assert len(answers.errors) == 1
    answers.confirm = False
    assert not window.close_workshop(), "closing asks first, and 'no' keeps it open"
    assert window.current is current

    answers.save_path = docs / "Reddet fra stikket.tvaers"
    assert window.save_as()
    assert window.save_state.text() == "Alt er gemt"
    current.undo_stack.undo()  # the history goes on in the new file
    current.undo_stack.redo()
    assert window.close_workshop()
    assert _names_in(docs / "Reddet fra stikket.tvaers") == [
        "Før",
        "Lige før stikket røg ud",
        "Efter stikket røg ud",
    ]
    assert working_copy.find_recoverable() == []
    _survived("folder gone, then Save as")


def test_stick_pulled_then_closed_anyway_the_edits_come_back_with_the_stick(
    window: MainWindow, answers: Answers, stick: Path, tmp_path: Path
) -> None:
    path = stick / "Workshop på stik.tvaers"
    create_document(path, title="Stik").close()
    current = _open(window, path)
    assert current.push(AddParticipant(current, name="Gemt"))
    assert window.save()
    assert current.push(AddParticipant(current, name="Kun i arbejdskopien"))
    away = tmp_path / "stikket er væk"
    stick.rename(away)

    answers.confirm = True  # "Close anyway?" – the edits stay in the working copy
    assert window.close_workshop()
    assert any("arbejdskopien" in question for question in answers.confirms)
    assert [r.document for r in working_copy.find_recoverable()] == [path]
    assert window.start.recovery_list.count() == 1

    away.rename(stick)  # the stick is back
    answers.recover = True
    current = _open(window, path)
    assert _names(current) == ["Gemt", "Kun i arbejdskopien"]
    assert window.close_workshop()
    assert _names_in(path) == ["Gemt", "Kun i arbejdskopien"]
    _survived("folder gone, closed anyway, recovered")


def test_storage_keeps_edits_made_after_the_folder_went_and_saves_them_elsewhere(
    docs: Path, stick: Path, tmp_path: Path
) -> None:
    doc = create_document(stick / "Lager.tvaers", title="Lager")
    try:
        with doc.session() as s:
            participants.add_participant(s, name="Før")
        doc.save()
        stick.rename(tmp_path / "væk")
        with doc.session() as s:
            participants.add_participant(s, name="Efter")
            workshop.update_workshop(s, title="Ændret uden stik")
        with pytest.raises(errors.FolderGoneError):
            doc.save()
        assert doc.is_dirty
        doc.save_as(docs / "Lager reddet.tvaers")
    finally:
        doc.close()
    assert _names_in(docs / "Lager reddet.tvaers") == ["Før", "Efter"]
    _survived("folder gone (storage)")
