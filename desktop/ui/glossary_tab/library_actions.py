"""The glossary and the organisation library: "Share with the library…" puts the workshop's
agreed terms in the outbox as proposals and runs a sync round in a worker thread; "Fetch from
the library…" searches the offline copy of the library's terms (refreshed by a sync round when
the library answers) and adds the chosen terms as ordinary terms, one undo step, their origin
in their source.

Shown only when a library is configured; nothing of desktop.library is imported before one of
the buttons is used. Everything from the library is untrusted text: shown only as plain text
(list items, never rich text or tooltips), control characters replaced.
"""

from __future__ import annotations

import logging
import unicodedata
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from desktop.core import glossary
from desktop.core.models import Term, TermSide, TermStatus
from desktop.core.workshop import get_workshop
from desktop.storage import settings
from desktop.ui import dialogs
from desktop.ui.glossary_tab.commands import AddManyTerms, translate
from desktop.ui.trf import trf

if TYPE_CHECKING:
    from desktop.library.cache import LibraryTerm
    from desktop.ui.glossary_tab.tab import GlossaryTab
    from desktop.ui.library_sync import LibrarySync

log = logging.getLogger(__name__)

SIDES = {TermSide.PROCUREMENT.value, TermSide.DOMAIN.value}
KEEP = {"\n", "\t"}


def library_configured() -> bool:
    return bool(settings.load_settings().library)


def untrusted(text: object) -> str:
    """Library text as plain text: control and format characters (but line breaks and tabs)
    shown as U+FFFD."""
    value = "" if text is None else str(text)
    return "".join(
        "\ufffd" if ch not in KEEP and unicodedata.category(ch) in ("Cc", "Cf") else ch
        for ch in value
    )


def agreed_payloads(session: Session) -> list[dict[str, str]]:
    """The workshop's agreed terms as the library's proposals: a term fetched from the
    library and unchanged is not proposed again, a changed one is a change to it."""
    from desktop.library.cache import LibraryCache
    from desktop.library.sync import counterpart_word, workshop_proposals

    workshop = get_workshop(session)
    every = {term.id: term for term in glossary.list_terms(session)}
    agreed = [
        term.model_dump() | counterpart_word(every.get(term.counterpart_id or ""))
        for term in every.values()
        if term.status == TermStatus.AGREED.value
    ]
    with LibraryCache() as cache:
        library = cache.search("", limit=1_000_000)
    return workshop_proposals(agreed, workshop.id, workshop.title, workshop.area, library)


def library_rows(
    session: Session,
    chosen: list[LibraryTerm],
    origin: str,
    library: Sequence[LibraryTerm] = (),
) -> tuple[list[dict[str, Any]], int]:
    """The chosen library terms as new workshop terms (not those the workshop has already:
    same side, same word, any case), each with its origin in its source; and how many were
    skipped. `origin` is the translated "Organisation library: %1". A term the `library`
    links to a counterpart is linked to it in the workshop too: to that term when it is
    chosen as well, or to the workshop's own term of that word when it has no counterpart."""
    workshop = {(t.side, t.term.casefold().strip()): t for t in glossary.list_terms(session)}
    present = set(workshop)
    rows = []
    added: dict[str, dict[str, Any]] = {}  # library id -> its new workshop row
    for term in chosen:
        side = term.side if term.side in SIDES else TermSide.DOMAIN.value
        word = untrusted(term.term).strip()
        key = (side, word.casefold())
        if not word or key in present:
            continue
        present.add(key)
        where = untrusted(term.origin_workshop_title or term.published_by)
        source = trf(origin, where)
        if term.source.strip():
            source += "; " + untrusted(term.source)
        row = {
            "id": str(uuid.uuid4()),
            "side": side,
            "term": word,
            "explanation": untrusted(term.explanation),
            "example": untrusted(term.example),
            "source": source,
        }
        rows.append(row)
        added[term.id] = row
    _link_counterparts(added, library, workshop)
    return rows, len(chosen) - len(rows)


def _link_counterparts(
    added: dict[str, dict[str, Any]],
    library: Sequence[LibraryTerm],
    workshop: dict[tuple[str, str], Term],
) -> None:
    by_id = {t.id: t for t in library}
    partners: dict[str, list[str]] = {}  # a link counts whichever way the library holds it
    for term in library:
        if term.counterpart_id:
            partners.setdefault(term.id, []).append(term.counterpart_id)
            partners.setdefault(term.counterpart_id, []).append(term.id)
    for library_id, row in added.items():
        for other_id in partners.get(library_id, ()):
            if other_id in added:
                row["counterpart_id"] = added[other_id]["id"]
                break
            other = by_id.get(other_id)
            if other is None:
                continue
            mine = workshop.get((other.side, untrusted(other.term).strip().casefold()))
            if mine is not None and not mine.counterpart_id and mine.side != row["side"]:
                row["counterpart_id"] = mine.id
                break


class FetchDialog(QDialog):
    """Search the offline copy of the library and tick the terms to add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryFetchDialog")
        self.setWindowTitle(self.tr("Fetch from the library"))
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search the library's terms"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.results = QListWidget()
        self.results.setObjectName("libraryResults")
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add to the workshop"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        self._terms: dict[str, LibraryTerm] = {}
        self._ticked: set[str] = set()
        self.results.itemChanged.connect(self._item_changed)
        self.reload()

    def reload(self) -> None:
        """Search the copy again (after typing, or when a sync round refreshed it)."""
        from desktop.library.cache import LibraryCache

        try:
            with LibraryCache() as cache:
                found = cache.search(self.search.text())
                pulled = cache.pulled_at()
        except Exception:  # a damaged copy must not stop the window; the log says why
            log.warning("could not read the library cache", exc_info=True)
            found, pulled = [], None
        self.results.blockSignals(True)
        self.results.clear()
        self._terms = {t.id: t for t in found}
        for term in found:
            words = untrusted(term.term)
            if term.explanation:
                words += " – " + untrusted(term.explanation)
            item = QListWidgetItem(words.replace("\n", " "))  # plain text, never rich
            item.setData(Qt.ItemDataRole.UserRole, term.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = term.id in self._ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if pulled is None:
            self.state.setText(self.tr("No copy of the library on this computer yet."))
        else:
            self.state.setText(self.tr("%n terms found.", "", len(found)))

    def round_finished(self, result: object) -> None:
        """A sync round ended while the dialog is open: the copy searched again, and what
        went wrong said under the list (the copy as last pulled is still searched)."""
        self.reload()
        error = getattr(result, "error", None)
        if isinstance(result, Exception):
            error = trf(self.tr("The library sync failed: %1"), type(result).__name__)
        if error:
            self.state.setText(self.state.text() + "\n" + str(error))

    def _item_changed(self, item: QListWidgetItem) -> None:
        term_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked.add(term_id)
        else:
            self._ticked.discard(term_id)

    def chosen(self) -> list[LibraryTerm]:
        from desktop.library.cache import LibraryCache

        with LibraryCache() as cache:
            every = {t.id: t for t in cache.search("", limit=1_000_000)}
        return [every[i] for i in sorted(self._ticked) if i in every]


def run_dialog(dialog: FetchDialog) -> bool:
    """Show the dialog modally; True when the person chose to add. Tests replace it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_library_terms(parent: QWidget, actions: LibraryActions) -> list[LibraryTerm]:
    """The terms chosen in the fetch dialog ([] when cancelled); the list is searched again
    when a sync round refreshed the copy while the dialog is open."""
    dialog = FetchDialog(parent)
    actions.round_done.connect(dialog.round_finished)
    try:
        return dialog.chosen() if run_dialog(dialog) else []
    finally:
        actions.round_done.disconnect(dialog.round_finished)
        dialog.deleteLater()


class LibraryActions(QObject):
    """The two buttons of the glossary tab, and the sync round they start."""

    round_done = Signal(object)  # a SyncResult, in the GUI thread

    def __init__(self, tab: GlossaryTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.share_button = QPushButton(self.tr("Share with the library…"))
        self.share_button.setObjectName("shareWithLibrary")
        self.share_button.setToolTip(
            self.tr("Propose the workshop's agreed terms to the organisation library")
        )
        self.share_button.clicked.connect(self.share)
        self.fetch_button = QPushButton(self.tr("Fetch from the library…"))
        self.fetch_button.setObjectName("fetchFromLibrary")
        self.fetch_button.setToolTip(self.tr("Add terms from the organisation library"))
        self.fetch_button.clicked.connect(self.fetch)
        self._asked = 0  # rounds asked for and not ended yet
        self._own_runner: LibrarySync | None = None
        self.round_done.connect(self._finished)
        self.update_visibility()
        tab.installEventFilter(self)  # a library configured later shows them on the next visit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tab and event.type() == QEvent.Type.Show:
            self.update_visibility()
        return False

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton]:
        return (self.share_button, self.fetch_button)

    def update_visibility(self) -> None:
        shown = library_configured()
        for button in self.buttons:
            button.setVisible(shown)

    def set_read_only(self, read_only: bool) -> None:
        self.fetch_button.setEnabled(not read_only)  # sharing only reads the workshop

    @property
    def running(self) -> bool:
        """A round this tab asked for has not ended yet."""
        return self._asked > 0

    # -- sharing -------------------------------------------------------------------------

    def share(self) -> None:
        payloads = self.tab.workshop.read(agreed_payloads)
        if not payloads:
            dialogs.show_info(
                self.tab,
                self.tr("The workshop has no agreed terms to share. Mark terms as agreed first."),
            )
            return
        question = self.tr(
            "Propose %n agreed terms to the organisation library? A steward approves them "
            "before others can fetch them.",
            "",
            len(payloads),
        )
        if not dialogs.confirm(self.tab, self.tr("Share with the library"), question):
            return
        from desktop.library.sync import queue_terms

        try:
            queue_terms(payloads)
        except Exception as exc:  # the outbox could not be written: say so, keep the window
            log.warning("could not write the library outbox", exc_info=True)
            dialogs.show_error(self.tab, trf(self.tr("The outbox could not be written: %1"), exc))
            return
        self._status_refresh(None)
        self.start_round()

    # -- fetching ------------------------------------------------------------------------

    def fetch(self) -> None:
        self.start_round()  # refreshes the copy while the dialog is open, when reachable
        chosen = ask_library_terms(self.tab, self)
        if not chosen:
            return
        origin = self.tr("Organisation library: %1")
        from desktop.library.cache import LibraryCache

        with LibraryCache() as cache:
            library = cache.search("", limit=1_000_000)  # the links among the copy's terms
        rows, skipped = self.tab.workshop.read(lambda s: library_rows(s, chosen, origin, library))
        if rows:
            text = translate("commands", "Add terms from the library")
            self.tab.workshop.push(AddManyTerms(self.tab.workshop, text, rows))
        added = self.tr("%n terms added.", "", len(rows))
        if skipped:
            added += " " + self.tr("%n already in the workshop, skipped.", "", skipped)
        dialogs.show_info(self.tab, added)

    # -- the sync round, off the GUI thread ----------------------------------------------

    def _runner(self) -> LibrarySync:
        """The window's background sync (desktop/ui/library_sync.py); a tab outside a main
        window gets one of its own, without timed rounds."""
        window = self.tab.window()
        make = getattr(window, "library_runner", None)
        runner = make() if callable(make) else None
        if runner is None:
            if self._own_runner is None:
                from desktop.ui.library_sync import LibrarySync

                self._own_runner = LibrarySync(self.tab.lang, self)
            runner = self._own_runner
        return runner

    def start_round(self) -> bool:
        """Ask the window's runner for a sync round; False when one runs already (one more
        follows it, and round_done carries that one's result)."""
        self._asked += 1
        self._message(self.tr("Library: sending and fetching…"))
        return self._runner().run_now(self.round_done.emit)

    def _finished(self, result: object) -> None:
        self._asked = max(0, self._asked - 1)
        if self._own_runner is not None:  # no window runner told the status bar
            self._status_refresh(getattr(result, "ok", False))
        self._message(self._runner().message(result))  # type: ignore[arg-type]

    def _status_refresh(self, connected: bool | None) -> None:
        window = self.tab.window()
        status = getattr(window, "library_status", None)
        if status is not None:
            status.refresh(connected)

    def _message(self, text: str) -> None:
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)
