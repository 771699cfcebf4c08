"""The status bar's word on the organisation library: nothing (and nothing of the library
loaded) when none is configured; else whether the last sync round reached it (and when the
last one that worked ended), how many things wait in the outbox to be sent, or that it has
no connection, with the plain sentence saying why in the tooltip. Plain text only: the
sentence can carry the server's own words."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.storage import settings
from desktop.ui.trf import trf

log = logging.getLogger(__name__)


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows exactly these characters (Qt would read a tooltip that
    looks like markup as rich text)."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


class LibraryStatus(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.connected = False
        self.problem: str | None = None  # the last round's sentence, None when it worked
        self.synced_at: datetime | None = None  # when the last round that worked ended
        self.refresh()

    def show_result(self, result: object, when: datetime | None = None) -> None:
        """A sync round ended with `result` (a SyncResult): connected and when, or not
        reached and why."""
        error = getattr(result, "error", None)
        if error is None:
            self.problem = None
            self.synced_at = when or datetime.now()
            self.refresh(True)
        else:
            self.problem = str(error)
            self.refresh(False)

    def refresh(self, connected: bool | None = None) -> None:
        """Read the settings (and, with a library, the outbox) again; `connected` when a
        connection was just tried (None: as before)."""
        if connected is not None:
            self.connected = connected
            if connected:
                self.problem = None
        if not settings.load_settings().library:
            self.connected = False
            self.problem = None
            self.synced_at = None
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        from desktop.library.outbox import pending_count  # only with a library configured

        try:
            waiting = pending_count()
        except Exception:  # a damaged outbox must not stop the window; the log says why
            log.warning("could not read the library outbox", exc_info=True)
            waiting = 0
        self.setText(self._text(waiting))
        self.setToolTip(plain_tooltip(self.problem or ""))
        self.show()

    def _text(self, waiting: int) -> str:
        if self.problem is not None and not self.connected:
            if waiting:
                return self.tr("Library: no connection, %n waiting to be sent", "", waiting)
            return self.tr("Library: no connection")
        if waiting:
            return self.tr("Library: %n waiting to be sent", "", waiting)
        if self.connected and self.synced_at is not None:
            clock = QTime(self.synced_at.hour, self.synced_at.minute)
            # The clock as the language writes it (Danish: 10.42).
            shown = clock.toString(self.tr("HH:mm"))
            return trf(self.tr("Library: connected, synced at %1"), shown)
        if self.connected:
            return self.tr("Library: connected")
        return self.tr("Library: not connected")
