"""The status bar's word on the organisation library: nothing (and nothing of the library
loaded) when none is configured; else whether it is connected, or how many things wait in the
outbox to be sent."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QWidget

from desktop.storage import settings

log = logging.getLogger(__name__)


class LibraryStatus(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryStatus")
        self.connected = False
        self.refresh()

    def refresh(self, connected: bool | None = None) -> None:
        """Read the settings (and, with a library, the outbox) again; `connected` when a
        connection was just tried (None: as before)."""
        if connected is not None:
            self.connected = connected
        if not settings.load_settings().library:
            self.connected = False
            self.clear()
            self.hide()
            return
        from desktop.library.outbox import pending_count  # only with a library configured

        try:
            waiting = pending_count()
        except Exception:  # a damaged outbox must not stop the window; the log says why
            log.warning("could not read the library outbox", exc_info=True)
            waiting = 0
        if waiting:
            self.setText(self.tr("Library: %n waiting to be sent", "", waiting))
        elif self.connected:
            self.setText(self.tr("Library: connected"))
        else:
            self.setText(self.tr("Library: not connected"))
        self.show()
