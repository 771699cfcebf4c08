"""Library › Proposals and disputes…: the steward's window (issue 21).

The open proposals of the organisation library (new terms, changes, disputes; marked in words),
the chosen one's text beside the library's text now, and what a steward decides: approve (as
proposed or edited), merge into a library term, reject; for a dispute keep the proposal's
text, keep the library's, or write an edited one. The list is fetched again after each action.

All database work runs in a worker thread (desktop/library/stewardship.py, the connection's
5-second timeouts); a failure is one plain sentence. Who may decide is the server's (the role
tvaers_steward): a user who is not a steward reads who can and sees no buttons. Everything
from the library is untrusted: shown only as plain text (list items, QPlainTextEdit), control
characters replaced. Imported only when the menu item is chosen."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import TvaersError
from desktop.ui.glossary_tab.library_actions import untrusted
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.trf import trf

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from desktop.library.stewardship import Keep, LibraryEntry, OpenProposal, TermText

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

Action = Callable[["Connection"], object]


@dataclass(frozen=True)
class Loaded:
    """What one worker run found: whether the user is a steward (None: not known, the
    library was not reached), the open proposals, what the action returned, and the plain
    sentence of what went wrong (None: nothing)."""

    steward: bool | None
    proposals: list[OpenProposal] = field(default_factory=list)
    value: object = None
    problem: str | None = None


def load(lang: str, action: Action | None = None) -> Loaded:
    """Connect with the configured library, run `action` when the user is a steward, then
    list the open proposals. Runs in a worker thread; tests may call it directly."""
    from desktop.library import connection, stewardship
    from desktop.library.settings import load_library

    library = load_library()
    if library is None:
        return Loaded(None, problem=NoLibrary().message(lang))
    try:
        password = connection.login_password(library)  # None for single sign-on
    except TvaersError as exc:
        return Loaded(None, problem=exc.message(lang))

    def work(conn: Connection) -> Loaded:
        if not stewardship.is_steward(conn):
            return Loaded(False)
        value: object = None
        problem = None
        if action is not None:
            try:
                value = action(conn)
            except TvaersError as exc:  # decided or changed meanwhile: said, list fetched again
                problem = exc.message(lang)
        return Loaded(True, stewardship.open_proposals(conn), value, problem)

    try:
        return stewardship.with_library(library, password, work)
    except TvaersError as exc:
        return Loaded(None, problem=exc.message(lang))


class NoLibrary(TvaersError):
    da = "Der er ikke valgt noget bibliotek. Vælg det under Indstillinger › Bibliotek…."
    en = "No library is configured. Choose one under Settings › Library…."


def describe(text: TermText, counterpart: str = "") -> str:
    """A term's words as plain text, one part a line (untrusted text, control characters
    replaced); `counterpart`: the word of the term it is linked to on the other side."""
    parts = [
        (translate("StewardWindow", "Term"), text.term),
        (translate("StewardWindow", "Explanation"), text.explanation),
        (translate("StewardWindow", "Example"), text.example),
        (translate("StewardWindow", "Source"), text.source),
        (translate("StewardWindow", "Counterpart"), counterpart),
    ]
    return "\n".join(f"{label}: {untrusted(value)}" for label, value in parts if value)


class TermFields(QWidget):
    """The words a steward edits: the term, its explanation, its example."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term = QLineEdit()
        self.term.setObjectName("stewardTerm")
        self.explanation = QPlainTextEdit()
        self.explanation.setObjectName("stewardExplanation")
        self.explanation.setTabChangesFocus(True)
        self.example = QPlainTextEdit()
        self.example.setObjectName("stewardExample")
        self.example.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Term:"), self.term)
        form.addRow(self.tr("Explanation:"), self.explanation)
        form.addRow(self.tr("Example:"), self.example)
        self._base: TermText | None = None

    def fill(self, text: TermText) -> None:
        self._base = text
        self.term.setText(untrusted(text.term))
        self.explanation.setPlainText(untrusted(text.explanation))
        self.example.setPlainText(untrusted(text.example))

    def text(self) -> TermText:
        from dataclasses import replace

        from desktop.library.stewardship import TermText

        base = self._base or TermText()
        return replace(
            base,
            term=self.term.text().strip(),
            explanation=self.explanation.toPlainText().strip(),
            example=self.example.toPlainText().strip(),
        )


class EditDialog(QDialog):
    """The steward's own text for a proposal (edit and approve) or a dispute (edit and
    settle), starting from the proposal's."""

    def __init__(self, title: str, ok: str, text: TermText, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stewardEditDialog")
        self.setWindowTitle(title)
        self.fields = TermFields()
        self.fields.fill(text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.fields.term.setFocus()

    def _accept(self) -> None:
        if not self.fields.term.text().strip():
            self.problem.setText(self.tr("The term cannot be empty."))
            self.fields.term.setFocus()
            return
        self.accept()


class MergeDialog(EditDialog):
    """Choose the library term a proposal goes into, and the merged text (starting from the
    chosen term's)."""

    def __init__(
        self, proposal: OpenProposal, terms: list[LibraryEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Merge into a library term"), self.tr("&Merge"), proposal.text, parent
        )
        self.setObjectName("stewardMergeDialog")
        self._terms = terms
        self.search = QLineEdit()
        self.search.setObjectName("stewardMergeSearch")
        self.search.setPlaceholderText(self.tr("Search the library's terms"))
        self.search.textChanged.connect(self._filter)
        self.targets = QListWidget()
        self.targets.setObjectName("stewardMergeTargets")
        self.targets.currentRowChanged.connect(self._chosen)
        proposed = QLabel(self.tr("The proposal:") + "\n" + describe(proposal.text))
        proposed.setTextFormat(Qt.TextFormat.PlainText)
        proposed.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, proposed)
        layout.insertWidget(1, self.search)
        layout.insertWidget(2, self.targets, 1)
        self._filter("")
        self.search.setFocus()

    def _filter(self, needle: str) -> None:
        self.targets.clear()
        folded = needle.strip().casefold()
        for entry in self._terms:
            if folded and folded not in entry.text.term.casefold():
                continue
            words = untrusted(entry.text.term)
            if entry.text.explanation:
                words += " – " + untrusted(entry.text.explanation)
            item = QListWidgetItem(words.replace("\n", " "))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.targets.addItem(item)

    def _chosen(self, row: int) -> None:
        entry = self.target()
        if entry is not None and row >= 0:
            self.fields.fill(entry.text)

    def target(self) -> LibraryEntry | None:
        item = self.targets.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _accept(self) -> None:
        if self.target() is None:
            self.problem.setText(self.tr("Choose the library term to merge into."))
            self.targets.setFocus()
            return
        super()._accept()


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted. Tests replace it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class _Done(QObject):
    done = Signal(object, object)  # Loaded, what to do with it (GUI thread)


class StewardWindow(QDialog):
    """The open proposals and disputes, and the steward's decisions on them."""

    def __init__(self, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("stewardWindow")
        self.setWindowTitle(self.tr("Proposals and disputes"))
        self.setModal(False)
        resize_to_fit(self, 900, 560)
        self.state = QLabel()
        self.state.setObjectName("stewardState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.proposals = QListWidget()
        self.proposals.setObjectName("stewardProposals")
        self.proposals.currentRowChanged.connect(self._show_chosen)
        self.list_label = QLabel(self.tr("Proposals and &disputes:"))
        self.list_label.setBuddy(self.proposals)
        self.proposal_text = self._text_box("stewardProposalText")
        self.library_text = self._text_box("stewardLibraryText")
        self.proposal_heading = QLabel(self.tr("The proposal"))
        self.library_heading = QLabel(self.tr("The library's text now"))
        self.proposal_text.setAccessibleName(self.proposal_heading.text())
        self.library_text.setAccessibleName(self.library_heading.text())
        texts = QSplitter(Qt.Orientation.Horizontal)
        for heading, box in (
            (self.proposal_heading, self.proposal_text),
            (self.library_heading, self.library_text),
        ):
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(heading)
            column_layout.addWidget(box)
            texts.addWidget(column)
        self.approve_button = self._button(self.tr("&Approve"), self.approve)
        self.edit_button = self._button(self.tr("&Edit and approve…"), self.edit_and_approve)
        self.merge_button = self._button(self.tr("&Merge into…"), self.merge)
        self.reject_button = self._button(self.tr("Re&ject proposal"), self.reject_proposal)
        self.keep_proposal_button = self._button(
            self.tr("&Keep the proposal's text"), lambda: self.settle("proposal")
        )
        self.keep_library_button = self._button(
            self.tr("Keep the &library's text"), lambda: self.settle("library")
        )
        self.edit_settle_button = self._button(self.tr("Edit and &settle…"), self.edit_and_settle)
        self.reload_button = self._button(self.tr("&Reload"), self.reload)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        decisions = QHBoxLayout()
        for button in self.decision_buttons:
            decisions.addWidget(button)
        decisions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reload_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.list_label)
        layout.addWidget(self.proposals, 1)
        layout.addWidget(texts, 2)
        layout.addLayout(decisions)
        layout.addLayout(bottom)
        self._items: list[OpenProposal] = []
        self._steward: bool | None = None
        self._thread: threading.Thread | None = None
        self._then: Callable[[Loaded], None] | None = None  # what to do with the next result
        self.runs = 0  # how many worker runs have finished
        self._signals = _Done(self)
        self._signals.done.connect(self._finished)
        self._update_buttons()

    # -- building ------------------------------------------------------------------------

    def _text_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()  # plain text only: the library's text is untrusted
        box.setObjectName(name)
        box.setReadOnly(True)
        box.setTabChangesFocus(True)
        return box

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @property
    def decision_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.approve_button,
            self.edit_button,
            self.merge_button,
            self.reject_button,
            self.keep_proposal_button,
            self.keep_library_button,
            self.edit_settle_button,
        )

    # -- what is shown ---------------------------------------------------------------------

    def chosen(self) -> OpenProposal | None:
        row = self.proposals.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def kind_word(self, proposal: OpenProposal) -> str:
        return {
            "new": self.tr("New term"),
            "change": self.tr("Change"),
            "disputed": self.tr("Disputed"),
        }[proposal.kind]

    def _item_text(self, proposal: OpenProposal) -> str:
        when = proposal.proposed_at.astimezone().strftime("%d.%m.%Y %H:%M")
        words = trf(
            self.tr("%1: %2 – proposed by %3, %4"),
            self.kind_word(proposal),
            untrusted(proposal.text.term),
            untrusted(proposal.owner),
            when,
        )
        return words.replace("\n", " ")

    def _fill(self, proposals: list[OpenProposal]) -> None:
        keep = self.proposals.currentRow()
        self._items = proposals
        self.proposals.blockSignals(True)
        self.proposals.clear()
        for proposal in proposals:
            self.proposals.addItem(QListWidgetItem(self._item_text(proposal)))
        self.proposals.blockSignals(False)
        if proposals:
            self.proposals.setCurrentRow(min(max(keep, 0), len(proposals) - 1))
        self._show_chosen()

    def _show_chosen(self, _row: int = -1) -> None:
        proposal = self.chosen()
        if proposal is None:
            self.proposal_text.setPlainText("")
            self.library_text.setPlainText("")
        else:
            origin = [
                trf(self.tr("Proposed by %1"), untrusted(proposal.owner)),
                trf(self.tr("From the workshop: %1"), untrusted(proposal.origin_workshop_title)),
            ]
            self.proposal_text.setPlainText(
                self.kind_word(proposal)
                + "\n"
                + describe(proposal.text, proposal.counterpart)
                + "\n\n"
                + "\n".join(origin)
            )
            self.library_text.setPlainText(self._library_words(proposal))
        self._update_buttons()

    def _library_words(self, proposal: OpenProposal) -> str:
        if proposal.library is None and proposal.other is None:
            return self.tr("A new term: the library has no text for it yet.")
        words = ""
        if proposal.library is not None:
            words = describe(proposal.library, proposal.library_counterpart)
        if proposal.library is None:
            words = self.tr("The library's term is gone.")
        if proposal.other is not None and proposal.other != proposal.library:
            words += "\n\n" + self.tr("When the dispute arose:") + "\n"
            words += describe(proposal.other)
        return words

    def _update_buttons(self) -> None:
        proposal = self.chosen()
        steward = self._steward is True
        busy = self.running
        disputed = proposal is not None and proposal.kind == "disputed"
        for button in (self.approve_button, self.edit_button, self.merge_button):
            button.setVisible(steward and not disputed)
        self.reject_button.setVisible(steward and not disputed)
        for button in (
            self.keep_proposal_button,
            self.keep_library_button,
            self.edit_settle_button,
        ):
            button.setVisible(steward and disputed)
        for button in self.decision_buttons:
            button.setEnabled(proposal is not None and not busy)
        self.reload_button.setEnabled(not busy)
        self.list_label.setVisible(self._steward is not False)
        self.proposals.setVisible(self._steward is not False)

    # -- the worker --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def reload(self) -> bool:
        return self.run(None)

    def run(self, action: Action | None, then: Callable[[Loaded], None] | None = None) -> bool:
        """Run `action` (None: only fetch the list) off the GUI thread, then show the list
        again; False when a run is going on already."""
        if self.running:
            return False
        lang = self.lang
        done = self._signals.done
        # `then` stays on this side: it holds the window, and the worker must never hold the
        # last reference to a Qt object (freed in the worker, its timers cannot be stopped).
        self._then = then

        def work() -> None:
            try:
                result = load(lang, action)
            except Exception as exc:  # never a crash in the thread: said in the window
                log.warning("steward window: library work failed", exc_info=True)
                result = Loaded(None, problem=type(exc).__name__)
            try:
                done.emit(result, None)
            except RuntimeError:  # the window was closed meanwhile: nobody to tell
                log.info("steward window: finished after it closed")

        self.state.setText(self.tr("Asking the library…"))
        self._thread = threading.Thread(target=work, name="library-steward", daemon=True)
        self._thread.start()
        self._update_buttons()
        return True

    def _finished(self, result: Loaded, _unused: object) -> None:
        then, self._then = self._then, None
        self._thread = None
        self.runs += 1
        if result.steward is not None:
            self._steward = result.steward
        if result.steward is False:
            self._items = []
            self.proposals.clear()
            self.state.setText(
                self.tr(
                    "Only the library's stewards can approve proposals and settle disputes. "
                    "Ask IT to make you a steward (the role tvaers_steward)."
                )
            )
            self._show_chosen()
            return
        if result.steward is True:
            self._fill(result.proposals)
        said = [self._said(result.value)] if result.value is not None else []
        if result.problem:
            said.append(result.problem)
        if result.steward is True:
            said.append(self.tr("%n proposals wait for a decision.", "", len(result.proposals)))
        self.state.setText(" ".join(s for s in said if s))
        self._update_buttons()
        if then is not None and result.problem is None:
            then(result)

    def _said(self, value: object) -> str:
        from desktop.library.stewardship import Decided

        if not isinstance(value, Decided):
            return ""
        state = {
            "approved": self.tr("Approved"),
            "rejected": self.tr("Rejected"),
            "disputed": self.tr("Disputed"),
            "proposed": self.tr("Proposed"),
        }.get(value.state, value.state)
        if not value.applied:
            return trf(
                self.tr("Nothing changed: %1 had decided it already (%2)."),
                untrusted(value.decided_by or "?"),
                state,
            )
        if value.state == "disputed":
            return self.tr(
                "The library's term changed after the proposal was made, so it is now "
                "disputed: both texts are kept until a steward settles it."
            )
        if value.state == "approved":
            return self.tr("The proposal is approved and in the library.")
        return self.tr("The proposal is rejected; the library is unchanged.")

    # -- the decisions -----------------------------------------------------------------------

    def approve(self) -> None:
        from desktop.library import stewardship

        proposal = self.chosen()
        if proposal is not None:
            self.run(lambda conn: stewardship.approve(conn, proposal.id))

    def edit_and_approve(self) -> None:
        from desktop.library import stewardship

        proposal = self.chosen()
        if proposal is None:
            return
        edited = self._edit(self.tr("Edit and approve"), self.tr("&Approve"), proposal.text)
        if edited is not None:
            self.run(lambda conn: stewardship.approve(conn, proposal.id, edited))

    def reject_proposal(self) -> None:
        from desktop.library import stewardship

        proposal = self.chosen()
        if proposal is not None:
            self.run(lambda conn: stewardship.reject(conn, proposal.id))

    def merge(self) -> None:
        """Fetch the library's terms (worker), then choose the target and the text."""
        from desktop.library import stewardship

        proposal = self.chosen()
        if proposal is None:
            return
        self.run(
            lambda conn: MergeTargets(stewardship.library_terms(conn, limit=5000)),
            lambda result: self._merge_into(proposal, result.value),
        )

    def _merge_into(self, proposal: OpenProposal, value: object) -> None:
        from desktop.library import stewardship

        if not isinstance(value, MergeTargets):
            return
        dialog = MergeDialog(proposal, value.terms, self)
        try:
            if not run_dialog(dialog):
                return
            target, merged = dialog.target(), dialog.fields.text()
        finally:
            dialog.deleteLater()
        if target is not None:
            self.run(
                lambda conn: stewardship.merge(
                    conn, proposal.id, target.id, merged, seen_hash=target.content_hash
                )
            )

    def settle(self, keep: Keep, edited: TermText | None = None) -> None:
        from desktop.library import stewardship

        proposal = self.chosen()
        if proposal is None:
            return
        seen = proposal.library_hash
        self.run(
            lambda conn: stewardship.settle(
                conn,
                proposal.id,
                keep,
                edited,
                seen_hash=seen,
            )
        )

    def edit_and_settle(self) -> None:
        proposal = self.chosen()
        if proposal is None:
            return
        edited = self._edit(self.tr("Edit and settle"), self.tr("&Settle"), proposal.text)
        if edited is not None:
            self.settle("edited", edited)

    def _edit(self, title: str, ok: str, text: TermText) -> TermText | None:
        dialog = EditDialog(title, ok, text, self)
        try:
            return dialog.fields.text() if run_dialog(dialog) else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class MergeTargets:
    terms: list[LibraryEntry]


def show_steward_window(parent: QWidget, lang: str) -> StewardWindow:
    """Show the steward's window (one per main window), its list fetched again."""
    window = parent.findChild(StewardWindow)
    if window is None:
        window = StewardWindow(parent, lang)
    window.show()
    window.raise_()
    window.activateWindow()
    window.reload()
    return window
