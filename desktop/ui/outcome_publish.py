"""File › Library › Share the workshop's outcome…: what the open workshop gives the library
(its title, area, date, services and decisions; never participants' e-mail or phone) is shown,
put in the outbox as an "outcome" entry, and sent by a sync round of the window's runner
(desktop/ui/library_sync.py) in a worker thread. Offline it waits in the outbox; sharing the
same workshop again replaces its outcome in the library.

Loaded only when chosen: nothing of desktop.library is imported before.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.dates import format_date
from desktop.ui import dialogs
from desktop.ui.trf import trf

if TYPE_CHECKING:
    from desktop.library.publish import WorkshopOutcome
    from desktop.library.sync import SyncResult
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class OutcomeSharing(QObject):
    """The question, the queueing and what the round did, in the window's language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window

    def summary(self, outcome: WorkshopOutcome) -> str:
        """What will be shared, for the question asked first (plain text)."""
        info = outcome.workshop
        services = self.tr("%n services", "", len(outcome.services))
        decisions = self.tr("%n decisions", "", len(outcome.decisions))
        lines = [
            self.tr(
                "Share the workshop's outcome with the organisation library? Leadership sees it "
                "in the portfolio."
            ),
            "",
            trf(self.tr("Workshop: %1"), info["title"] or "–"),
            trf(self.tr("Area: %1"), info["area"] or "–"),
            trf(self.tr("Date: %1"), format_date(info["held_on"]) or "–"),
            f"{services}, {decisions}",
            "",
            self.tr(
                "Participants' e-mail and phone are not shared. Sharing the workshop again "
                "replaces what was shared before."
            ),
        ]
        return "\n".join(lines)

    def share(self) -> bool:
        """Ask, queue the outcome and start a round; False when nothing was queued."""
        current = self.main.current
        if current is None:
            return False
        from desktop.library.publish import gather, queue_outcome

        outcome = current.read(gather)
        if not dialogs.confirm(
            self.main, self.tr("Share the workshop's outcome"), self.summary(outcome)
        ):
            return False
        try:
            entry_id = queue_outcome(outcome)
        except Exception as exc:  # the outbox could not be written: say so, keep the window
            log.warning("could not write the library outbox", exc_info=True)
            dialogs.show_error(self.main, trf(self.tr("The outbox could not be written: %1"), exc))
            return False
        self.main.library_status.refresh(None)  # what waits to be sent
        runner = self.main.library_runner()
        if runner is None:  # the library was removed meanwhile: it waits in the outbox
            return True
        self.main.statusBar().showMessage(self.tr("Library: sending and fetching…"), 15_000)
        runner.run_now(lambda result: self._round_done(entry_id, result))
        return True

    def _round_done(self, entry_id: str, result: SyncResult) -> None:
        from desktop.library.outbox import Outbox

        self.deleteLater()  # said once, then gone
        with Outbox() as box:
            entry = box.get(entry_id)
        waits = entry is not None and not entry.sent
        if result.error is None and not waits:
            self.main.statusBar().showMessage(
                self.tr("Library: the workshop's outcome is shared."), 15_000
            )
            return
        message = result.error or ""
        if waits:
            message += "\n\n" + self.tr(
                "The outcome waits on this computer and is sent at the next sync with the library."
            )
        self.main.statusBar().showMessage(message.strip().splitlines()[0], 15_000)
        dialogs.show_error(self.main, message.strip())


def share_outcome(window: MainWindow) -> bool:
    """File › Library › Share the workshop's outcome…: ask, queue the outcome and start a
    round; False when nothing was queued."""
    return OutcomeSharing(window).share()
