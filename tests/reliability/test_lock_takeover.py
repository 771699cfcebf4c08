"""Issue 18, item 3: a window whose lock was taken over, or whose file was replaced, never
writes over the other version. It notices at the heartbeat and before every save, stops
saving to the file, says who has it, keeps its own edits and saves them with Gem som.

Two laptops in one process: each has its own computer name, user and local data folder
(working copies, backups); the workshop file lies in a folder both reach (a share, a stick).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.storage import backups, errors, lock
from desktop.storage import working_copy as wc
from desktop.storage.document import WorkshopDocument, create_document, open_document
from desktop.ui.main_window import MainWindow
from desktop.ui.workshop_tab.commands import AddParticipant
from tests.reliability.support import FileState
from tests.ui.conftest import Answers

Laptop = Callable[[str], AbstractContextManager[None]]
USERS = {"laptop-a": "ida", "laptop-b": "bo"}


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    """`with laptop("laptop-b"): ...` runs as that computer: its name, user, data folder."""

    @contextmanager
    def running_as(host: str) -> Iterator[None]:
        with monkeypatch.context() as m:
            m.setattr(socket, "gethostname", lambda: host)
            m.setattr(lock, "current_user", lambda: USERS[host])
            m.setenv("TVAERS_DATA_DIR", str(tmp_path / f"data-{host}"))
            yield

    return running_as


@pytest.fixture
def shared(docs: Path, laptop: Laptop) -> Path:
    """A saved workshop on the share, closed."""
    with laptop("laptop-a"):
        doc = create_document(docs / "Delt workshop.tvaers", title="Fælles indkøb")
        with doc.session() as s:
            add_participant(s, name="Gemt af begge")
        doc.close()
    return doc.path


def _names_on_disk(path: Path) -> list[str]:
    """Who the file itself holds, read straight from it (no Tværs in between)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM participant ORDER BY name")]
    finally:
        conn.close()


def _names(doc: WorkshopDocument) -> list[str]:
    with doc.session() as s:
        return sorted(p.name for p in list_participants(s))


def _add(doc: WorkshopDocument, name: str) -> None:
    with doc.session() as s:
        add_participant(s, name=name)


def _sleep_past_stale_limit(path: Path) -> None:
    """Laptop A's lid is shut: its heartbeat stops, and its lock grows stale."""
    holder = lock.read_lock(path)
    assert holder is not None and holder.host == "laptop-a"
    old = (datetime.now(UTC) - lock.STALE_AFTER - timedelta(minutes=5)).isoformat()
    data = {"user": holder.user, "host": holder.host, "pid": holder.pid}
    data |= {"since": holder.since, "heartbeat": old}
    lock.lock_path(path).write_text(json.dumps(data), encoding="utf-8")


def _take_over(path: Path, *, edit: str, close: bool) -> WorkshopDocument:
    """Laptop B finds the stale lock, takes the workshop over, edits and saves."""
    with pytest.raises(errors.LockedError) as refused:
        open_document(path)
    assert refused.value.stale
    b = open_document(path, take_over_lock=True, recover=False)
    _add(b, edit)
    b.save()
    if close:
        b.close()
    return b


def test_heartbeat_after_a_take_over_stops_saving_and_gem_som_keeps_own_edits(
    shared: Path, docs: Path, laptop: Laptop
) -> None:
    with laptop("laptop-a"):
        a = open_document(shared)
        _add(a, "Idas ændring")
    _sleep_past_stale_limit(shared)
    with laptop("laptop-b"):
        b = _take_over(shared, edit="Bos ændring", close=False)
    theirs = FileState.of(shared)

    with laptop("laptop-a"):  # the lid opens: A's heartbeat runs
        with pytest.raises(errors.LockTakenOverError) as told:
            a.refresh_lock()
        for lang in ("da", "en"):
            text = told.value.message(lang)
            assert "bo" in text and "laptop-b" in text and shared.name in text
            assert ("Gem som…" if lang == "da" else "Save As…") in text
        assert isinstance(a.detached, errors.LockTakenOverError)
        a.refresh_lock()  # said once: the next heartbeat is quiet
        assert a.is_dirty
        with pytest.raises(errors.LockTakenOverError):
            a.save()
        with pytest.raises(errors.LockTakenOverError):
            a.save_as(docs / "." / shared.name)  # the same file by another spelling
        theirs.assert_unchanged(shared)
        assert lock.read_lock(shared).host == "laptop-b"  # type: ignore[union-attr]

        mine = docs / "Idas udgave.tvaers"
        a.save_as(mine)
        assert a.detached is None and not a.is_dirty
        _add(a, "Efter Gem som")
        a.save()  # saves to its own file again, as usual
        a.close()
    assert _names_on_disk(mine) == ["Efter Gem som", "Gemt af begge", "Idas ændring"]
    assert _names_on_disk(shared) == ["Bos ændring", "Gemt af begge"]
    with laptop("laptop-b"):
        b.close()


def test_save_after_a_take_over_writes_nothing_even_before_the_heartbeat(
    shared: Path, laptop: Laptop
) -> None:
    """B took over but has not saved yet: A's save must not write under B's working copy."""
    with laptop("laptop-a"):
        a = open_document(shared)
        _add(a, "Idas ændring")
    _sleep_past_stale_limit(shared)
    with laptop("laptop-b"):
        b = open_document(shared, take_over_lock=True, recover=False)
    before = FileState.of(shared)
    with laptop("laptop-a"), pytest.raises(errors.LockTakenOverError):
        a.save()
    before.assert_unchanged(shared)
    with laptop("laptop-b"):
        _add(b, "Bos ændring")
        b.save()  # B's own saves go on as usual
        b.close()
    assert _names_on_disk(shared) == ["Bos ændring", "Gemt af begge"]
    with laptop("laptop-a"):
        a.close(save=False)


def test_save_after_the_other_saved_and_closed_is_refused(
    shared: Path, laptop: Laptop, tmp_path: Path
) -> None:
    """B's lock is gone again (B closed): only the file's content shows what happened."""
    with laptop("laptop-a"):
        a = open_document(shared)
        _add(a, "Idas ændring")
    _sleep_past_stale_limit(shared)
    with laptop("laptop-b"):
        _take_over(shared, edit="Bos ændring", close=True)
    assert not lock.lock_path(shared).exists()
    theirs = FileState.of(shared)

    with laptop("laptop-a"):
        with pytest.raises(errors.DocumentChangedOnDiskError) as told:
            a.save()
        assert shared.name in told.value.message("da")
        assert "Gem som…" in told.value.message("da")
        assert not lock.lock_path(shared).exists(), "A does not keep others out any more"
        # Closing anyway: A's edits go to the backups, and are not offered as "recovery"
        # at the next open, which would write A's version quietly over B's.
        with pytest.raises(errors.DocumentChangedOnDiskError):
            a.close()
        a.close(save=False)
        assert wc.find_recoverable() == []
        kept = [b for b in backups.list_backups(shared) if "ikke-gemt" in b.path.name]
        assert len(kept) == 1
        assert _names_on_disk(kept[0].path) == ["Gemt af begge", "Idas ændring"]
        again = open_document(shared)  # no RecoveryAvailable: B's version, as saved
        assert _names(again) == ["Bos ændring", "Gemt af begge"]
        again.close()
    theirs.assert_unchanged(shared)


def test_heartbeat_notices_the_file_was_saved_by_someone_else(shared: Path, laptop: Laptop) -> None:
    with laptop("laptop-a"):
        a = open_document(shared)
    _sleep_past_stale_limit(shared)
    with laptop("laptop-b"):
        _take_over(shared, edit="Bos ændring", close=True)
    with laptop("laptop-a"):
        with pytest.raises(errors.DocumentChangedOnDiskError):
            a.refresh_lock()
        assert not lock.lock_path(shared).exists()
        a.close()  # nothing unsaved: closes without a word
    assert _names_on_disk(shared) == ["Bos ændring", "Gemt af begge"]


def test_file_replaced_by_a_sync_program_is_never_overwritten(
    shared: Path, docs: Path, laptop: Laptop
) -> None:
    """No lock changes hands: a sync client copies another version over the file, once
    with new times and once in place with its size and modification time put back."""
    with laptop("laptop-a"):
        other = create_document(docs / "Fra skyen.tvaers", title="Fælles indkøb")
        _add(other, "Gemt af skyen")
        other.close()
        a = open_document(shared)
        _add(a, "Idas ændring")
        os.utime(shared)  # only touched (a backup program): no false alarm
        a.save()
        _add(a, "Idas anden ændring")

        shutil.copy2(other.path, shared)
        replaced = FileState.of(shared)
        with pytest.raises(errors.DocumentChangedOnDiskError):
            a.save()
        replaced.assert_unchanged(shared)
        assert _names(a) == ["Gemt af begge", "Idas anden ændring", "Idas ændring"]
        a.close(save=False)

        # In place, same size, same modification time: only the bytes tell.
        b = open_document(shared)
        _add(b, "Ny")
        st = shared.stat()
        raw = bytearray(shared.read_bytes())
        at = raw.index(b"Gemt af skyen")
        raw[at : at + 4] = b"GEMT"
        with open(shared, "r+b") as f:
            f.write(raw)
        os.utime(shared, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert shared.stat().st_size == st.st_size
        assert shared.stat().st_mtime_ns == st.st_mtime_ns
        rewritten = FileState.of(shared)
        with pytest.raises(errors.DocumentChangedOnDiskError):
            b.save()
        rewritten.assert_unchanged(shared)
        b.close(save=False)


# -- through the window ------------------------------------------------------------------


def test_window_says_once_who_took_it_over_and_gem_som_saves_its_edits(
    window: MainWindow, answers: Answers, shared: Path, docs: Path, laptop: Laptop
) -> None:
    with laptop("laptop-a"):
        assert window.open_path(shared)
        current = window.current
        assert current is not None
        assert current.push(AddParticipant(current, name="Idas ændring"))
    _sleep_past_stale_limit(shared)
    with laptop("laptop-b"):
        _take_over(shared, edit="Bos ændring", close=False)
    theirs = FileState.of(shared)

    mine = docs / "Idas udgave.tvaers"
    answers.save_path = mine
    answers.confirm = False  # first: not now
    with laptop("laptop-a"):
        current._heartbeat.timeout.emit()  # the lid opens; the timer's next beat
        assert len(answers.confirms) == 1, answers.confirms
        told = answers.confirms[0]
        assert "bo på laptop-b har overtaget »Delt workshop.tvaers«" in told
        assert "Gem som…" in told
        assert answers.errors == []
        assert window.save_state.text() == "Ikke gemt i filen: en anden har den nu. Brug Gem som…"
        assert "(gemmes ikke længere i filen)" in window.windowTitle()

        # Typing on: autosave does not try again, nothing is said again, nothing written.
        assert current.push(AddParticipant(current, name="Idas anden ændring"))
        current._quiet.timeout.emit()
        current._longest.timeout.emit()
        current._heartbeat.timeout.emit()
        assert len(answers.confirms) == 1 and answers.errors == []
        assert not current._longest.isActive() and not current._quiet.isActive()
        theirs.assert_unchanged(shared)

        # Ctrl+S asks again, and this time the user takes "Gem som…".
        answers.confirm = True
        assert not window.save()
        assert len(answers.confirms) == 2
        assert window.current is current and not current.is_detached
        assert window.save_state.text() == "Alt er gemt"
        assert "(gemmes ikke længere i filen)" not in window.windowTitle()
        assert window.path_label.text() == str(mine)
        assert window.close_workshop()
    assert _names_on_disk(mine) == ["Gemt af begge", "Idas anden ændring", "Idas ændring"]
    theirs.assert_unchanged(shared)
    assert _names_on_disk(shared) == ["Bos ændring", "Gemt af begge"]
