"""The panel beside the board: the selected service's pages (the card itself, its contract,
its business case, its market dialogue), one tab each.

Every page shows the one service chosen on the board and reads what it shows itself, so a
page is added without the board knowing its fields. The tabs carry Alt+1, Alt+2, …: every
letter is already taken by the card's fields and the board's buttons, which are on screen
at the same time.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from desktop.storage.changes import Changes


class DetailPage(Protocol):
    """One page of the panel (besides the card's own editor, which the board fills)."""

    # The tables the page reads: an edit of one of them shows the page again.
    SHOWS: tuple[str, ...]

    def show_service(self, service_id: str | None) -> None:
        """Show the service (None: no card chosen); called again after each edit it reads."""

    def set_read_only(self, read_only: bool) -> None: ...

    def commit_typing(self) -> None:
        """Hand over what is being typed now (before a save, an undo, a change of card)."""


class ServiceDetails(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.pages: list[DetailPage] = []
        self._service_id: str | None = None
        self._read_only = False

    def add_page(self, widget: QWidget, title: str, *, page: DetailPage | None = None) -> None:
        """Add a tab titled "&N title" in a scroll area; `page` is followed when given."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        self.addTab(scroll, f"&{self.count() + 1} {title}")
        if page is not None:
            self.pages.append(page)
            page.set_read_only(self._read_only)
            page.show_service(self._service_id)

    def show_service(self, service_id: str | None) -> None:
        if service_id != self._service_id:
            self.commit_typing()
        self._service_id = service_id
        for page in self.pages:
            page.show_service(service_id)

    def show_changes(self, changes: Changes) -> None:
        """Show the pages that read a table the edit changed."""
        for page in self.pages:
            if changes.touches(*page.SHOWS):
                page.show_service(self._service_id)

    def shows(self) -> tuple[str, ...]:
        return tuple(table for page in self.pages for table in page.SHOWS)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for page in self.pages:
            page.set_read_only(read_only)

    def commit_typing(self) -> None:
        for page in self.pages:
            page.commit_typing()
