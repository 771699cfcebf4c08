"""The voting round: the dots on the wall typed in note by note, with the ranking beside.

The facilitator reads the wall zone by zone, types each note's number and presses Enter
for the next; the results re-rank as they type. Nothing is stored in the workshop while
the round runs (the numbers typed are kept in a draft beside it, desktop/storage/drafts.py,
so a crash loses none). Saving the round ("Gem afstemningen") hands the changed votes to
the tab, which stores them as one undo step; cancelling leaves every note's votes as they
were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import canvas
from desktop.core.canvas import MAX_VOTES, CanvasContents
from desktop.ui import dialogs
from desktop.ui.canvas_tab.labels import SIDE_COLOURS, side_labels
from desktop.ui.canvas_tab.voting_models import (
    EntriesModel,
    ResultsModel,
    RoundNotes,
    place_text,
    summary,
)
from desktop.ui.row_views import make_current_row
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.trf import trf

# The round is read from across the room: all of it in larger type than the tabs. Set by a
# style sheet, as the application's style sheet stops fonts passing from parent to child.
STYLE_SHEET = """
QDialog#votingRound, QDialog#votingRound QWidget { font-size: 17px; }
QDialog#votingRound QLabel#votingHeading { font-size: 26px; font-weight: 600; }
QDialog#votingRound QLabel#votingStrong { font-weight: 600; }
QDialog#votingRound QLabel#votingNote { font-size: 28px; }
QDialog#votingRound QLineEdit#votesEntry { font-size: 48px; font-weight: 700; }
"""
NOTE_CHARS = 260  # of a long note's text on the card; the whole text is on the wall


class VotingRoundDialog(QDialog):
    """Type the round's votes; `outcome()` is the changed votes once saved, else None."""

    def __init__(
        self,
        contents: CanvasContents,
        parent: QWidget | None = None,
        *,
        draft: dict[str, int] | None = None,
        keep: Callable[[dict[str, int]], object] | None = None,
    ) -> None:
        """`draft`: votes typed in an earlier round that never ended (a crash), typed in
        again; `keep` is told the votes typed so far after every number, to keep a draft."""
        super().__init__(parent)
        self.setObjectName("votingRound")
        title = str(contents.canvas["title"])
        self.setWindowTitle(trf(self.tr("Voting round: %1"), title))
        self.setStyleSheet(STYLE_SHEET)
        self.ensurePolished()
        self.sides = side_labels()
        zone_titles = {str(z["id"]): str(z["title"]) for z in contents.zones}
        self.round = RoundNotes(
            canvas.wall_order(contents.notes, contents.zones), contents.zones, zone_titles
        )
        self.row = 0
        self._keep = keep
        for note_id, votes in (draft or {}).items():
            if self.round.row_of(note_id) >= 0:  # notes deleted since are left out
                self.round.type_in(note_id, votes)

        heading = QLabel(trf(self.tr("Voting round: %1"), title))
        heading.setObjectName("votingHeading")
        heading.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Type the dots · Enter: next note · Empty: unchanged · Shift+Tab or ↑: back · "
                "Ctrl+Enter: save · Esc: cancel"
            )
        )
        hint.setObjectName("votingHint")
        hint.setWordWrap(True)

        self.entries = EntriesModel(self.round, self.sides)
        self.entry_view = self._table(self.entries)
        self.entry_view.horizontalHeader().setSectionResizeMode(
            EntriesModel.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.entry_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.go_to(current.row())
        )

        self.results = ResultsModel(self.round)
        self.results_view = self._table(self.results)
        self.results_view.horizontalHeader().setSectionResizeMode(
            ResultsModel.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.results_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._result_clicked(current.row())
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.save_button = QPushButton(self.tr("&Save the votes"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Store the round's votes (Ctrl+Enter)"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        notes_heading = QLabel(self.tr("Notes on the wall"))
        notes_heading.setObjectName("votingStrong")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._card())
        left_layout.addWidget(notes_heading)
        left_layout.addWidget(self.entry_view, 1)
        results_heading = QLabel(self.tr("Results"))
        results_heading.setObjectName("votingStrong")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(results_heading)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.results_view, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setChildrenCollapsible(False)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        self._size_card()
        wanted = self._first_size(parent)
        resize_to_fit(self, wanted.width(), wanted.height())
        body.setSizes([int(self.width() * 0.56), int(self.width() * 0.44)])
        self._show_results()
        self.go_to(0)

    # -- building --------------------------------------------------------------------------

    def _card(self) -> QFrame:
        """The note being typed, coloured as on the wall, with its number field."""
        self.card = QFrame()
        self.card.setObjectName("votingCard")
        self.card.setFrameShape(QFrame.Shape.Box)
        self.card.setLineWidth(2)
        self.card.setAutoFillBackground(True)
        self.position_label = QLabel()
        self.position_label.setObjectName("votingStrong")
        self.where_label = QLabel()
        self.note_text = QLabel()
        self.note_text.setWordWrap(True)
        self.note_text.setTextFormat(Qt.TextFormat.PlainText)
        self.note_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.note_text.setObjectName("votingNote")
        self.note_text.installEventFilter(self)
        self.before_label = QLabel()

        self.entry = QLineEdit()
        self.entry.setObjectName("votesEntry")
        self.entry.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{len(str(MAX_VOTES))}}}"))
        )
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setAccessibleName(self.tr("Votes on this note"))
        self.entry.textEdited.connect(self._typed)
        self.entry.installEventFilter(self)
        entry_label = QLabel(self.tr("&Votes now:"))
        entry_label.setObjectName("votingStrong")
        entry_label.setBuddy(self.entry)

        grid = QGridLayout(self.card)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.addWidget(self.position_label, 0, 0)
        grid.addWidget(self.where_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.note_text, 1, 0, 1, 2)
        row = QHBoxLayout()
        row.addWidget(self.before_label)
        row.addStretch(1)
        row.addWidget(entry_label)
        row.addWidget(self.entry)
        grid.addLayout(row, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        return self.card

    def _size_card(self) -> None:
        """Sizes from the fonts the style sheet gives, known once the card is in the dialog."""
        for widget in (self.note_text, self.entry, self.entry_view, self.results_view):
            widget.ensurePolished()
        lines = self.note_text.fontMetrics().lineSpacing()
        # Three lines, whatever the note: the lists below stay put while the cursor moves.
        self.note_text.setFixedHeight(3 * lines + 4)
        self.entry.setFixedWidth(self.entry.fontMetrics().horizontalAdvance("0000") + 24)
        self._fit_columns(self.entry_view, {EntriesModel.BEFORE: "888", EntriesModel.NOW: "888"})
        self._fit_columns(
            self.results_view, {ResultsModel.PLACE: place_text(88, True), ResultsModel.VOTES: "888"}
        )
        self.entry_view.setColumnWidth(
            EntriesModel.ZONE, self.entry_view.fontMetrics().horizontalAdvance("M" * 10)
        )
        for view in (self.entry_view, self.results_view):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)

    def _table(self, model: EntriesModel | ResultsModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        # Only the number field takes the keyboard; a click in a list picks a note.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setVisible(False)
        palette = view.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            # The lists never have the focus; keep the current note as visible as if they had.
            palette.setColor(
                QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        view.setPalette(palette)
        return view

    def _fit_columns(self, view: QTableView, widest: dict[int, str]) -> None:
        """Fixed widths from the header and the widest value: measuring every row would
        cost a full wall's worth of text on each keystroke."""
        header = view.horizontalHeader()
        header.ensurePolished()
        view.ensurePolished()
        bold = QFont(view.font())
        bold.setBold(True)
        for column, sample in widest.items():
            title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
            width = max(
                header.fontMetrics().horizontalAdvance(title),
                QFontMetrics(bold).horizontalAdvance(sample),
            )
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            view.setColumnWidth(column, width + 20)

    def _first_size(self, parent: QWidget | None) -> QSize:
        """Most of the window the round is started from: large, without covering it all."""
        window = parent.window() if parent is not None else None
        size = window.size() if window is not None else self.sizeHint()
        size.setWidth(max(900, int(size.width() * 0.92)))
        size.setHeight(max(600, int(size.height() * 0.92)))
        return size

    # -- the round -------------------------------------------------------------------------

    @property
    def note_id(self) -> str | None:
        return self.round.id_at(self.row) if self.round.notes else None

    def go_to(self, row: int) -> None:
        """Show note `row` (in wall order) on the card and put the cursor in its field."""
        if not self.round.notes or row < 0:
            return
        self.row = min(row, len(self.round.notes) - 1)
        note = self.round.notes[self.row]
        note_id = str(note["id"])
        typed = self.round.typed.get(note_id)
        self.position_label.setText(
            trf(self.tr("Note %1 of %2"), self.row + 1, len(self.round.notes))
        )
        zone = self.round.zone_title(note)
        side = self.sides.get(str(note["side"]), str(note["side"]))
        self.where_label.setText(trf(self.tr("Zone: %1 · From: %2"), zone, side))
        self._show_text()
        self.before_label.setText(trf(self.tr("Before the round: %1"), note["votes"]))
        self.entry.setText("" if typed is None else str(typed))
        self.entry.selectAll()
        colour = SIDE_COLOURS.get(str(note["side"]), QColor("#ffffff"))
        palette = self.card.palette()
        palette.setColor(QPalette.ColorRole.Window, colour)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
        self.card.setPalette(palette)
        self._select(self.entry_view, self.row)
        self._select(self.results_view, self.results.row_of(note_id))
        self.entry.setFocus()

    def _show_text(self) -> None:
        """The current note's text, cut after as many words as the card's lines hold."""
        if not self.round.notes:
            return
        text = summary(self.round.notes[self.row], NOTE_CHARS)
        room = self.note_text.maximumHeight()
        width = max(200, self.note_text.contentsRect().width())
        metrics = self.note_text.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        while (
            len(text) > 1 and metrics.boundingRect(0, 0, width, 10_000, flags, text).height() > room
        ):
            text = text[: int(len(text) * 0.9)].rstrip() + "…"
        self.note_text.setText(text)

    def next_note(self) -> None:
        if self.row + 1 < len(self.round.notes):
            self.go_to(self.row + 1)
        else:
            self.save_button.setFocus()  # the last note: Enter once more saves the round

    def previous_note(self) -> None:
        self.go_to(max(0, self.row - 1))

    def _typed(self, text: str) -> None:
        note_id = self.note_id
        if note_id is None:
            return
        self.round.type_in(note_id, int(text) if text else None)
        if self._keep is not None:
            self._keep(dict(self.round.typed))
        self.entries.note_changed(self.row)
        self._show_results()
        self._select(self.results_view, self.results.row_of(note_id))

    def _show_results(self) -> None:
        self.results.refresh()
        changed = self.round.changes()
        notes = self.tr("%1 of %n notes have votes", "", len(self.round.notes))
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n votes", "", self.round.total()),
                    trf(notes, self.round.with_votes()),
                    trf(self.tr("%1 changed"), len(changed)),
                )
            )
        )

    def _result_clicked(self, row: int) -> None:
        note_id = self.results.id_at(row)
        if note_id is not None and note_id != self.note_id:
            self.go_to(self.round.row_of(note_id))

    def _select(self, view: QTableView, row: int) -> None:
        model = view.model()
        selection = view.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        if selection.currentIndex().row() == row and selection.isRowSelected(row):
            return
        index = model.index(row, 0)
        selection.blockSignals(True)
        try:
            make_current_row(selection, index)
        finally:
            selection.blockSignals(False)
        view.viewport().update()
        view.scrollTo(index)

    # -- keys and closing ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.note_text:
            self._show_text()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched is self.entry
        ):
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            plain = mods == Qt.KeyboardModifier.NoModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.next_note()
                return True
            if (key == Qt.Key.Key_Tab and plain) or (key == Qt.Key.Key_Down and plain):
                self.next_note()
                return True
            if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Up and plain):
                self.previous_note()
                return True
        return super().eventFilter(watched, event)

    def outcome(self) -> dict[str, int] | None:
        """The votes that changed in the round (note id -> votes), if it was saved."""
        return self.round.changes() if self.result() == QDialog.DialogCode.Accepted else None

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask first if votes were typed."""
        changed = len(self.round.changes())
        if changed and not dialogs.confirm(
            self,
            self.tr("Cancel the voting round"),
            self.tr(
                "Discard the %n votes typed in this round? The notes keep their votes.", "", changed
            ),
        ):
            self.entry.setFocus()
            return
        super().reject()
