"""The workshop that is open in the window: its document, undo stack and autosave.

Every edit arrives here as a QUndoCommand; its core operation commits to the
working copy, then one `changed(Changes)` signal names the rows it changed and the view
that started it (the Anki way: `desktop/storage/changes.py` collects them from the
session), so each tab updates just those rows; autosave writes the document a few seconds
later.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlmodel import Session

from desktop.core.errors import TvaersError
from desktop.storage import changes as collecting
from desktop.storage.changes import Changes
from desktop.storage.document import WorkshopDocument
from desktop.storage.errors import DocumentDetachedError

log = logging.getLogger(__name__)
T = TypeVar("T")

AUTOSAVE_QUIET_MS = 3_000  # save this long after the last edit...
AUTOSAVE_MAX_MS = 30_000  # ...but at least this often while edits keep coming
LOCK_HEARTBEAT_MS = 60_000


class OpenWorkshop(QObject):
    changed = Signal(object)  # a Changes: data in the working copy changed, views update
    save_state_changed = Signal()  # saved / unsaved / saving
    error = Signal(object)  # a TvaersError the window shows as a plain message
    # Someone else took the workshop over, or replaced its file: it is no longer saved there
    # (a DocumentDetachedError). The window says so and offers Gem som for these edits.
    detached = Signal(object)

    def __init__(self, document: WorkshopDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._saved_counter = document.saved_counter
        self._saved_index = 0  # the undo stack's index when the file was last written
        self.saving = False
        self.last_error: TvaersError | None = None
        self._quiet = _single_shot(self, AUTOSAVE_QUIET_MS, self.autosave)
        self._longest = _single_shot(self, AUTOSAVE_MAX_MS, self.autosave)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(LOCK_HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._heartbeat.start()
        if document.is_dirty and not document.read_only:
            self._quiet.start()  # edits recovered after a crash: saved as if just made

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    @property
    def is_dirty(self) -> bool:
        """True while the file does not hold what the working copy holds. Edits undone back
        to the saved state leave nothing unsaved, though the working copy was written: the
        content decides, read only when the undo stack is back where it was at the save."""
        self._note_save()
        if not self.document.is_dirty:
            return False
        if self.undo_stack.index() != self._saved_index:
            return True
        return not self.document.holds_saved_content()

    def _note_save(self) -> None:
        """The undo stack's place at the last save (by this object, Save As or a restored
        backup), noted at the next question or edit: the window asks at once after each. A
        place noted late only makes the content be read for nothing, or says "not saved"
        until the next save: never "saved" for a file that differs."""
        saved = self.document.saved_counter
        if saved != self._saved_counter:
            self._saved_counter, self._saved_index = saved, self.undo_stack.index()

    @property
    def is_detached(self) -> bool:
        """No longer saved to its file (someone else has it); Gem som saves the edits."""
        return self.document.detached is not None

    # -- edits ---------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """For reading. Edits go through `push` so they can be undone."""
        with self.document.session() as session:
            yield session

    def read(self, query: Callable[[Session], T]) -> T:
        with self.document.session() as session:
            return query(session)

    def push(self, command: WorkshopCommand, origin: object | None = None) -> bool:
        """Apply an edit now; it joins the undo stack only if it reached the working copy
        (a failed one marks itself obsolete and Qt drops it). `origin` is the view the user
        edited in: it already shows the edit, and the change notice says so."""
        if self.read_only:
            return False
        command.origin = origin
        self._note_save()
        saved, before = self._saved_index, self.undo_stack.index()
        if saved >= before:
            # Merged into the saved step, or the redo steps up to it dropped: no undo leads
            # back to the saved state any more. Set before the push (the window asks during
            # it), put back if the edit was a new step on top of it, or stored nothing.
            self._saved_index = -1
        self.undo_stack.push(command)
        if saved == before and (command.failed or self.undo_stack.index() > before):
            self._saved_index = saved
        if self.undo_stack.index() <= before:
            # Merged into the step before it, or failed: Qt deleted it inside push, and
            # PySide6 keeps the Python side of a command deleted there alive for good. Held,
            # this workshop (document, engine, undo stack) outlived its closing.
            del command.workshop
        return not command.failed

    def run_edit(self, step: Callable[[Session], object], origin: object | None = None) -> bool:
        """Run one edit's core operation in a session and tell the views what it changed.
        On failure the user is told and every view reads again (the edit was rolled back)."""
        try:
            with self.document.session() as session, collecting.collect(session) as collector:
                step(session)
        except TvaersError as exc:
            self.report(exc)
            self.edited(Changes.all())  # show what is really stored
            return False
        self.edited(collector.changes(origin))
        return True

    def edited(self, changes: Changes) -> None:
        self.changed.emit(changes)
        if not self.is_detached:  # a detached one is saved only by Gem som
            if not self._longest.isActive():
                self._longest.start()
            self._quiet.start()

    def end_typing_step(self) -> None:
        """The user left the field: the next keystroke there starts a new undo step."""
        stack = self.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, WorkshopCommand):
            top.open_for_merge = False

    def report(self, exc: TvaersError) -> None:
        log.warning("shown to user: %s", exc.message("en"))
        self.error.emit(exc)

    # -- saving --------------------------------------------------------------------

    def autosave(self) -> None:
        if self.is_dirty and not self.is_detached:  # a detached one waits for Gem som
            self.save(quiet=True)

    def heartbeat(self) -> None:
        """Renew the lock; if someone else has taken the workshop over meanwhile (this
        laptop slept past the lock's stale limit), tell the user now, once."""
        try:
            self.document.refresh_lock()
        except DocumentDetachedError as exc:
            self._detached(exc)

    def _detached(self, exc: DocumentDetachedError) -> None:
        self._quiet.stop()
        self._longest.stop()
        self.last_error = exc
        log.warning("shown to user: %s", exc.message("en"))
        self.save_state_changed.emit()
        self.detached.emit(exc)

    def save(self, *, quiet: bool = False) -> bool:
        """Write the document. On failure the edits stay in the working copy and the user
        is told once per kind of failure (autosave keeps trying quietly)."""
        self._quiet.stop()
        self._longest.stop()
        if self.read_only:
            return False
        self.saving = True
        self.save_state_changed.emit()
        started = time.perf_counter()
        detached: DocumentDetachedError | None = None
        failed: TvaersError | None = None
        repeated = False
        try:
            self.document.save()
        except DocumentDetachedError as exc:
            detached = exc  # told below, once the window no longer shows "Saving…"
        except TvaersError as exc:
            repeated = quiet and type(exc) is type(self.last_error)
            self.last_error = failed = exc
        finally:
            self.saving = False
            self.save_state_changed.emit()  # also after a failure: not "Gemmer…" forever
        if failed is not None:
            # Told once the status bar says "not saved": never under "Gemmer…".
            if not repeated:
                self.report(failed)
            self._longest.start()  # try again later: the stick may come back
            return False
        if detached is not None:
            # Told once when it happens; again only when the user asks to save.
            if not quiet or not isinstance(self.last_error, DocumentDetachedError):
                self._detached(detached)
            return False
        log.info("saved %s in %.0f ms", self.document.path, 1000 * (time.perf_counter() - started))
        self.last_error = None
        self.save_state_changed.emit()
        return True

    def stop_timers(self) -> None:
        for timer in (self._quiet, self._longest, self._heartbeat):
            timer.stop()


class WorkshopCommand(QUndoCommand):
    """One user action. Subclasses implement `_redo`/`_undo` with core operations.

    QUndoStack.push runs `redo` at once; if that fails the command marks itself obsolete,
    so Qt drops it instead of keeping an undo step for an edit that never happened."""

    def __init__(self, workshop: OpenWorkshop, text: str) -> None:
        super().__init__(text)
        self.workshop = workshop
        self.origin: object | None = None  # the view of the first redo; later runs: none
        self.failed = False
        self.open_for_merge = True  # commands that merge typing check this in mergeWith

    def redo(self) -> None:
        origin, self.origin = self.origin, None
        self._run(self._redo, origin)

    def undo(self) -> None:
        self._run(self._undo, None)

    def _run(self, step: Callable[[Session], object], origin: object | None) -> None:
        if not self.workshop.run_edit(step, origin):
            self.failed = True
            self.setObsolete(True)

    def _redo(self, session: Session) -> None:
        raise NotImplementedError

    def _undo(self, session: Session) -> None:
        raise NotImplementedError


def _single_shot(parent: QObject, ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
