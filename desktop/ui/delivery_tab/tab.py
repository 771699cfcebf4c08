"""The "Levering" tab: the board of services in five columns, and the selected card in full."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import business_case, delivery, dialogue
from desktop.core.business_case import Room
from desktop.core.delivery import Board, Card
from desktop.core.delivery_models import Placement
from desktop.core.money import format_dkk
from desktop.storage.changes import Changes
from desktop.ui import dialogs
from desktop.ui.delivery_tab import commands
from desktop.ui.delivery_tab.board_column import BoardColumn
from desktop.ui.delivery_tab.business_case_page import BusinessCasePage
from desktop.ui.delivery_tab.card_delegate import CardTexts
from desktop.ui.delivery_tab.contract_page import ContractPage
from desktop.ui.delivery_tab.detail_pages import ServiceDetails
from desktop.ui.delivery_tab.dialogue_page import DialoguePage
from desktop.ui.delivery_tab.service_editor import ServiceEditor
from desktop.ui.labels import domain_labels
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.scrolling import scrolling
from desktop.ui.tab_pages import WorkshopPage
from desktop.ui.trf import trf

COLUMNS = delivery.COLUMNS


class DeliveryTab(WorkshopPage):
    # The tables it reads (the workshop's date for the procurement hints, the notes'
    # texts for a card's needs): edits elsewhere leave it alone.
    SHOWS = (
        "service",
        "service_note",
        "criterion",
        "criterion_score",
        "note",
        "workshop",
        "decision_service",
        # the market dialogue: a card is marked when a supplier heard more than the others
        *DialoguePage.SHOWS,
    )

    def __init__(self, open_workshop: OpenWorkshop, lang: str, parent: QWidget | None = None):
        super().__init__(open_workshop, lang, parent)
        self.placement_labels = domain_labels(Placement)  # the columns, left to right
        texts = CardTexts(
            lang=lang,
            placements=self.placement_labels,
            per_year=self.tr("%1/yr"),
            no_cost=self.tr("No cost estimate"),
            years=self.tr("%1 yrs"),
            whole_years=lambda n: self.tr("%n yrs", "", n),
            score=self.tr("Score %1"),
            not_scored=self.tr("Not scored"),
            suggestion=self.tr("Suggested: %1"),
            needs=lambda n: self.tr("%n needs", "", n),
            no_needs=self.tr("No needs"),
        )
        self.board: Board | None = None
        self.current_id: str | None = None
        self._shown: tuple[object, ...] | None = None
        # Each column's cards as last shown, with its header and room: a move changes two
        # columns, and the other three keep theirs (load_board gives an unchanged card back
        # as the same object).
        self._figures: dict[str, tuple[list[Card], tuple[str, str, str], Room]] = {}
        # The day procurement hints are for on cards without an announcement date; None: the
        # workshop's date (today for a workshop without one).
        self.hint_day: date | None = None

        self.add_button = QPushButton(self.tr("&Add service"))
        self.add_button.clicked.connect(self.add_service)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.criteria_button = QPushButton(self.tr("Cr&iteria and weights…"))
        self.criteria_button.clicked.connect(self.open_criteria)
        keys = QLabel(
            self.tr(
                "Drag the cards, or use Ctrl+Left/Right to change column and Ctrl+Up/Down "
                "to change the order."
            )
        )
        keys.setWordWrap(True)
        keys.setEnabled(False)  # a quiet hint, not a control
        self.keys_hint = keys
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.criteria_button)
        top.addWidget(keys, 1)
        # Takes the hint's room when presentation mode hides it (with the hint shown, the
        # hint's stretch wins): Tidslinje… stayed a button, not a bar across half the screen.
        top.addStretch()
        self.board_room = QLabel()  # the whole board's economic room against today
        top.addWidget(self.board_room)

        self.columns: dict[str, BoardColumn] = {}
        self._measure = QLabel(self)  # never shown: a column header's height for its text
        self._measure.setWordWrap(True)
        self._measure.hide()
        self._aligned_widths: list[int] = []  # the headers' widths when last aligned
        board = QWidget()
        board_layout = QHBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(4)
        for placement in COLUMNS:
            column = BoardColumn(placement, self.placement_labels[placement], texts)
            column.model.drop_requested.connect(self.move_service)
            view = column.view
            view.step_requested.connect(self.step_service)
            view.neighbour_requested.connect(
                lambda offset, p=placement: self._focus_neighbour(p, offset)
            )
            view.delete_requested.connect(self._delete)
            view.open_requested.connect(lambda _id: self._open_in_editor())
            view.drag_moved.connect(self._drag_over)
            view.card_dropped.connect(self._drop_at)
            view.drag_cancelled.connect(lambda: self._show_drop(None, None))
            view.clicked.connect(lambda index, p=placement: self._chosen(p, index.row()))
            view.selectionModel().currentRowChanged.connect(
                lambda current, _previous, p=placement: self._chosen(p, current.row())
            )
            self.columns[placement] = column
            board_layout.addWidget(column, 1)
            # Its width changes with the window and the splitter: the headers wrap anew. (The
            # board's own resize came before its layout gave the headers their new widths:
            # a workshop opened with a taller header showed its cards lower in that column.)
            column.totals.installEventFilter(self)

        self.editor = ServiceEditor(lang, self.placement_labels)
        self.editor.edit_requested.connect(self._edit_from_editor)
        self.editor.move_requested.connect(lambda sid, p: self.move_service(sid, p, None))
        self.editor.score_requested.connect(self._score)
        self.editor.pick_cpv_requested.connect(self.pick_cpv)
        self.editor.link_requested.connect(self.link_needs)
        self.editor.unlink_requested.connect(self.unlink_need)
        self.editor.typing_finished.connect(open_workshop.end_typing_step)
        # The card's pages, one tab each (Alt+1, Alt+2, …): the card itself first.
        self.details = ServiceDetails()
        self.details.add_page(self.editor, self.tr("Service"))
        self.contract_page = ContractPage(open_workshop, lang, lambda: self.board)  # page 2
        self.details.add_page(self.contract_page, self.tr("Contract"), page=self.contract_page)
        top.insertWidget(3, self.contract_page.timeline_button)  # Ctrl+Shift+L
        self.case_page = BusinessCasePage(open_workshop, lang)  # page 3 after the contract
        self.details.add_page(self.case_page, self.tr("Business case"), page=self.case_page)
        self.dialogue_page = DialoguePage(open_workshop)  # page 4
        self.details.add_page(self.dialogue_page, self.tr("Dialogue"), page=self.dialogue_page)
        # Every page's tab in view: a tab behind a scroll arrow is a page nobody finds.
        self.details.setMinimumWidth(max(330, self.details.tabBar().sizeHint().width()))

        body = QSplitter(Qt.Orientation.Horizontal)
        # Five columns and the editor are wider than a 200 % laptop: the board scrolls sideways.
        body.addWidget(scrolling(board, vertical=False))
        body.addWidget(self.details)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([880, 380])
        body.setChildrenCollapsible(False)
        self.splitter = body
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

        self.set_read_only(open_workshop.read_only)
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def show_changes(self, changes: Changes) -> None:
        if changes.everything:  # e.g. a failed edit: the editor shows the stored card again
            self._shown = None
        if changes.touches(*self.SHOWS):
            # shows the pages of the card again too
            self.refresh(only_services_changed=changes.only("service"))
        else:
            self.details.show_changes(changes)

    def refresh(self, *, only_services_changed: bool = False) -> None:
        """Read the board again and show it. `only_services_changed`: since the last
        read, nothing but the services' rows changed (a move: their scores and links to
        needs are not read again)."""
        previous = self.board
        board = self.workshop.read(
            lambda s: delivery.load_board(
                s, on=self.hint_day, previous=previous, only_services_changed=only_services_changed
            )
        )
        self.board = board
        self.editor.default_day = board.day
        marks = {  # the market dialogue's equal-treatment warning, on the card
            service_id: self.tr("%n pieces of information not given to all suppliers", "", n)
            for service_id, n in self.workshop.read(dialogue.unequal_counts).items()
        }
        rooms = []
        for placement, column in self.columns.items():
            cards = board.columns.get(placement, [])
            column.model.set_marks(marks)
            if not column.model.same_cards(cards):
                had_focus = column.view.hasFocus()
                column.model.load(cards)
                if had_focus:
                    column.view.setFocus()
            header, room = self._column_figures(placement, board)
            column.set_header(*header)
            rooms.append(room)
        self._align_headers()
        self.board_room.setText(business_case.room_sum(rooms).text(self.lang))
        if self.current_id is not None and board.card(self.current_id) is None:
            self.current_id = None
        self._select(self.current_id)
        self._show_current()

    def _align_headers(self) -> None:
        """The cards start at one height in every column, however many lines a header has
        (one with a business case's room has a line more than the others)."""
        labels = [column.totals for column in self.columns.values()]
        self._aligned_widths = [label.width() for label in labels]
        tallest = 3 * labels[0].fontMetrics().lineSpacing() + 2  # the least: three lines
        measure = self._measure  # measured aside: a minimum height set and set back on the
        # labels themselves made all five columns repaint after every move
        for label in labels:
            if label.width() > 0:
                measure.setFont(label.font())
                measure.setText(label.text())
                tallest = max(tallest, measure.heightForWidth(label.width()))
        for label in labels:
            if label.minimumHeight() != tallest:
                label.setMinimumHeight(tallest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            widths = [column.totals.width() for column in self.columns.values()]
            if widths != self._aligned_widths:  # not again for the height it was just given
                self._align_headers()
        return super().eventFilter(watched, event)

    def _column_figures(self, placement: str, board: Board) -> tuple[tuple[str, str, str], Room]:
        """The column's header (title, totals, tooltip) and its room, computed again only
        when one of its cards is another than last time."""
        cards = board.columns[placement]
        known = self._figures.get(placement)
        if known is not None and _same_objects(known[0], cards):
            return known[1], known[2]
        room = business_case.room_of(card.service for card in cards)
        header = self._header(placement, board, room)
        self._figures[placement] = (list(cards), header, room)
        return header, room

    def _header(self, placement: str, board: Board, room: Room) -> tuple[str, str, str]:
        totals = board.totals[placement]
        title = f"{self.placement_labels[placement]} ({totals.count})"
        priced = totals.count - totals.without_cost
        valued = priced - totals.without_years
        if priced or not totals.count:
            annual = trf(self.tr("%1/yr"), format_dkk(totals.annual_dkk, lang=self.lang))
        else:
            annual = self.tr("No cost estimates")
        shown = valued or not totals.count  # "–": no card with both a cost and years
        contract = format_dkk(totals.contract_dkk, lang=self.lang) if shown else "–"
        missing = []
        if totals.without_cost:
            missing.append(self.tr("%n without cost estimate", "", totals.without_cost))
        if totals.without_years:
            missing.append(self.tr("%n without contract length", "", totals.without_years))
        if room.given and room.without:  # decided cards without a complete business case
            missing.append(self.tr("%n without business case", "", room.without))
        lines = [annual, trf(self.tr("Contract %1"), contract), ", ".join(missing)]
        if room.complete:  # the economic room against today (desktop.core.business_case)
            lines.insert(2, room.text(self.lang))
        tip = self.tr(
            "Total estimated annual cost, and total contract value (annual cost × contract "
            "length incl. options). Cards without a cost are left out of both; cards without "
            "a contract length are left out of the contract value."
        )
        return title, "\n".join(lines), tip

    def _show_current(self) -> None:
        card = self.board.card(self.current_id) if self.board and self.current_id else None
        criteria = self.board.criteria if self.board else []
        notes: list[delivery.NoteRef] = []
        scores: dict[str, int] = {}
        if card is not None:
            notes, scores = self.workshop.read(
                lambda s: (
                    delivery.notes_of_service(s, service_id=card.id),
                    delivery.scores_of(s, service_id=card.id),
                )
            )
        shown = (card, criteria, notes, scores)
        if shown != self._shown:  # a move elsewhere leaves the panel as it is: no flicker
            self._shown = shown
            self.editor.show_card(card, notes, criteria, scores)
        self.details.show_service(card.id if card is not None else None)
        self.delete_button.setEnabled(card is not None and not self.workshop.read_only)

    def _select(self, service_id: str | None) -> None:
        """Select the card in its column and nowhere else (touching only the columns whose
        selection changes: a repaint of all five would double the cost of a move)."""
        for column in self.columns.values():
            row = column.model.row_of(service_id) if service_id else -1
            view = column.view
            selected = view.selectionModel().selectedIndexes()
            now = selected[0].row() if selected else -1
            if now == row and (row < 0 or view.currentIndex().row() == row):
                continue
            view.selectionModel().blockSignals(True)
            if row >= 0:
                view.select_row(row)
            else:
                view.clearSelection()
            view.selectionModel().blockSignals(False)
            view.viewport().update()

    def _chosen(self, placement: str, row: int) -> None:
        model = self.columns[placement].model
        if not 0 <= row < model.rowCount():
            return
        service_id = model.card_at(row).id
        if service_id != self.current_id:
            self.current_id = service_id
            self._select(service_id)
            self._show_current()

    def select_service(self, service_id: str, *, focus: bool = False) -> None:
        """Show a card (e.g. one just made from a note on the canvas)."""
        self.current_id = service_id
        self._select(service_id)
        self._show_current()
        if focus:
            self._focus_current()

    def _focus_current(self) -> None:
        for column in self.columns.values():
            if self.current_id and column.model.row_of(self.current_id) >= 0:
                column.view.setFocus()

    def _focus_neighbour(self, placement: str, offset: int) -> None:
        here = COLUMNS.index(placement)
        row = self.columns[placement].view.currentIndex().row()
        for there in range(here + offset, -1 if offset < 0 else len(COLUMNS), offset):
            column = self.columns[COLUMNS[there]]
            count = column.model.rowCount()
            if count:
                target = min(max(row, 0), count - 1)
                self.select_service(column.model.card_at(target).id)
                column.view.setFocus()
                return

    def _open_in_editor(self) -> None:
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def set_read_only(self, read_only: bool) -> None:
        for column in self.columns.values():
            column.model.read_only = read_only
            column.view.card_drag = not read_only
            column.view.setAcceptDrops(not read_only)
        for button in (self.add_button, self.criteria_button):
            button.setEnabled(not read_only or button is self.criteria_button)
        self.delete_button.setEnabled(not read_only and self.current_id is not None)
        self.editor.set_read_only(read_only)
        self.details.set_read_only(read_only)

    def reveal(self, _kind: str, item_id: str) -> None:
        self.select_service(item_id, focus=True)

    def editing_parts(self) -> list[QWidget]:
        return [
            self.details,
            self.keys_hint,
            self.add_button,
            self.delete_button,
            self.criteria_button,
        ]

    def commit_typing(self) -> None:
        self.editor.commit_pending()
        self.details.commit_typing()

    # -- edits ---------------------------------------------------------------------------

    def add_service(self) -> None:
        if self.workshop.read_only:
            return
        command = commands.AddService(self.workshop, title=self.tr("New service"))
        if self.workshop.push(command) and command.row_id:
            self.select_service(command.row_id)
            self._open_in_editor()

    def delete_current(self) -> None:
        if self.current_id:
            self._delete(self.current_id)

    def _delete(self, service_id: str) -> None:
        if not self.workshop.read_only:
            self.workshop.push(commands.DeleteService(self.workshop, service_id))

    def move_service(self, service_id: str, placement: str, before_id: str | None) -> None:
        """A drop, a keyboard step or the placement box: one undoable move, if it moves."""
        if self.workshop.read_only or self.board is None:
            return
        card = self.board.card(service_id)
        if card is None:
            return
        source = str(card.service["placement"])
        if source == placement:
            order = [c.id for c in self.board.columns[placement]]
            rest = [i for i in order if i != service_id]
            if before_id == service_id:
                return
            at = rest.index(before_id) if before_id in rest else len(rest)
            if [*rest[:at], service_id, *rest[at:]] == order:
                return  # dropped where it already was
        command = commands.MoveService(
            self.workshop, service_id, placement, before_id, reorder=source == placement
        )
        self.current_id = service_id
        if self.workshop.push(command):
            self._select(service_id)
            self._focus_current()

    # -- dragging with the mouse ---------------------------------------------------------

    def drop_target(self, where: QPoint) -> tuple[str, str | None, int] | None:
        """Where a card let go at `where` (global) goes: (placement, before_id, y of the drop
        line in that column's list); None outside the columns. The upper half of a card puts
        it before that card, the lower half after it; a column's header or its empty space
        below the cards, at its end."""
        for placement, column in self.columns.items():
            if not column.rect().contains(column.mapFromGlobal(where)):
                continue
            view, model = column.view, column.model
            point = view.viewport().mapFromGlobal(where)
            count = model.rowCount()
            last = view.visualRect(model.index(count - 1, 0)) if count else None
            index = view.indexAt(point) if point.y() >= 0 else QModelIndex()
            if not index.isValid():
                return placement, None, (last.bottom() + 2) if last is not None else 2
            rect = view.visualRect(index)
            row = index.row()
            if point.y() < rect.center().y():
                return placement, model.card_at(row).id, rect.top()
            after = model.card_at(row + 1).id if row + 1 < count else None
            return placement, after, rect.bottom() + 1
        return None

    def _show_drop(self, placement: str | None, y: int | None) -> None:
        for name, column in self.columns.items():
            column.view.set_drop_line(y if name == placement else None)

    def _drag_over(self, _service_id: str, where: QPoint) -> None:
        target = self.drop_target(where)
        if target is None:
            self._show_drop(None, None)
            return
        placement, _before, y = target
        self._show_drop(placement, y)
        view = self.columns[placement].view
        point = view.viewport().mapFromGlobal(where)
        bar = view.verticalScrollBar()
        edge = 24  # near the top or bottom of a long column: it scrolls
        if point.y() > view.viewport().height() - edge:
            bar.setValue(bar.value() + bar.singleStep() * 2)
        elif 0 <= point.y() < edge:
            bar.setValue(bar.value() - bar.singleStep() * 2)

    def _drop_at(self, service_id: str, where: QPoint) -> None:
        self._show_drop(None, None)
        target = self.drop_target(where)
        if target is not None:
            self.move_service(service_id, target[0], target[1])

    def step_service(self, service_id: str, columns: int, rows: int) -> None:
        target = self.workshop.read(
            lambda s: delivery.move_target(s, service_id=service_id, columns=columns, rows=rows)
        )
        if target is not None:
            self.move_service(service_id, target[0], target[1])

    def _edit_from_editor(self, service_id: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.workshop.push(commands.EditService(self.workshop, service_id, old, new))

    def _score(self, service_id: str, criterion_id: str, score: int | None) -> None:
        self.workshop.push(commands.ScoreService(self.workshop, service_id, criterion_id, score))

    def pick_cpv(self) -> None:
        card = self.board.card(self.current_id) if self.board and self.current_id else None
        if card is None or self.workshop.read_only:
            return
        chosen = dialogs.ask_cpv_code(self, str(card.service["cpv_code"]), self.lang)
        if chosen:
            self.editor.set_cpv_code(chosen)

    def link_needs(self, service_id: str) -> None:
        if self.workshop.read_only:
            return
        notes, linked = self.workshop.read(
            lambda s: (
                delivery.available_notes(s),
                {n.note_id for n in delivery.notes_of_service(s, service_id=service_id)},
            )
        )
        chosen = dialogs.ask_needs_to_link(self, notes, linked)
        if chosen:
            self.workshop.push(commands.LinkNeeds(self.workshop, service_id, chosen))

    def unlink_need(self, service_id: str, note_id: str) -> None:
        self.workshop.push(commands.UnlinkNeed(self.workshop, service_id, note_id))

    def open_criteria(self) -> None:
        dialogs.show_criteria(self, self.workshop)


def _same_objects(old: list[Card], new: list[Card]) -> bool:
    """The very same cards in the same order (not merely equal ones)."""
    return len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True))
