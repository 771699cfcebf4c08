"""The workshop that is open in the window: its document, undo stack and autosave.

Every edit arrives here as a QUndoCommand; its core operation commits to the
working copy, then one `changed` signal lets each tab refresh what it shows
(the Anki way), and autosave writes the document a few seconds later.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlmodel import Session

from desktop.core.errors import TvaersError
from desktop.storage.document import WorkshopDocument
from desktop.storage.errors import DocumentDetachedError

log = logging.getLogger(__name__)
T = TypeVar("T")

AUTOSAVE_QUIET_MS = 3_000  # save this long after the last edit...
AUTOSAVE_MAX_MS = 30_000  # ...but at least this often while edits keep coming
LOCK_HEARTBEAT_MS = 60_000


@dataclass(frozen=True)
class Touched:
    """The rows one edit changed, when a command knows: the tab on screen can then update
    just those instead of reading everything again (issue 9: one keystroke on a wall of
    1,000 notes)."""

    table: str
    ids: frozenset[str]


class OpenWorkshop(QObject):
    changed = Signal()  # data in the working copy changed: views refresh
    save_state_changed = Signal()  # saved / unsaved / saving
    error = Signal(object)  # a TvaersError the window shows as a plain message
    # Someone else took the workshop over, or replaced its file: it is no longer saved there
    # (a DocumentDetachedError). The window says so and offers Gem som for these edits.
    detached = Signal(object)

    def __init__(self, document: WorkshopDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.saving = False
        self.last_error: TvaersError | None = None
        # What the edit behind the latest `changed` touched; None: anything may have changed.
        self.last_touched: Touched | None = None
        self._quiet = _single_shot(self, AUTOSAVE_QUIET_MS, self.autosave)
        self._longest = _single_shot(self, AUTOSAVE_MAX_MS, self.autosave)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(LOCK_HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._heartbeat.start()

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    @property
    def is_dirty(self) -> bool:
        return self.document.is_dirty

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

    def push(self, command: WorkshopCommand) -> bool:
        """Apply an edit now; only if it reached the working copy does it join the undo stack."""
        if self.read_only:
            return False
        try:
            command.apply()
        except TvaersError as exc:
            self.report(exc)
            self.changed.emit()  # show what is really stored (last_touched is None)
            return False
        command.applied_on_push = True
        self.undo_stack.push(command)
        return True

    def edited(self, touched: Touched | None = None) -> None:
        self.last_touched = touched
        try:
            self.changed.emit()
        finally:
            self.last_touched = None
        if not self.is_detached:  # a detached one is saved only by Gem som
            if not self._longest.isActive():
                self._longest.start()
            self._quiet.start()
        self.save_state_changed.emit()

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
        try:
            self.document.save()
        except DocumentDetachedError as exc:
            detached = exc  # told below, once the window no longer shows "Saving…"
        except TvaersError as exc:
            repeated = quiet and type(exc) is type(self.last_error)
            self.last_error = exc
            if not repeated:
                self.report(exc)
            self._longest.start()  # try again later: the stick may come back
            return False
        finally:
            self.saving = False
            self.save_state_changed.emit()  # also after a failure: not "Gemmer…" forever
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
    """One user action. Subclasses implement `_redo`/`_undo` with core operations."""

    def __init__(self, workshop: OpenWorkshop, text: str) -> None:
        super().__init__(text)
        self.workshop = workshop
        self.applied_on_push = False
        self.open_for_merge = True  # commands that merge typing check this in mergeWith

    def apply(self) -> None:
        with self.workshop.document.session() as session:
            self._redo(session)
        self.workshop.edited(self.touched())

    def redo(self) -> None:
        if self.applied_on_push:  # QUndoStack.push calls redo(); we already applied it
            self.applied_on_push = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[Session], object]) -> None:
        try:
            with self.workshop.document.session() as session:
                step(session)
        except TvaersError as exc:
            self.workshop.report(exc)
            self.workshop.edited()  # whatever happened, the views read everything again
            return
        self.workshop.edited(self.touched())

    def touched(self) -> Touched | None:
        """The rows this command changes, if it knows them all; None: reread everything."""
        return None

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
