"""The "Behov og krav" tab: the room's sticky notes on canvases of zones, and the same notes
as a list by votes for the keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import canvas
from desktop.core.canvas import KINDS, NUDGE, PRIORITIES, SIDES, CanvasContents
from desktop.core.canvas_templates import available_templates
from desktop.core.errors import TvaersError
from desktop.storage import drafts
from desktop.storage.changes import Changes
from desktop.ui import dialogs
from desktop.ui.canvas_tab import commands
from desktop.ui.canvas_tab.labels import (
    SIDE_COLOURS,
    kind_labels,
    next_value,
    priority_labels,
    side_labels,
)
from desktop.ui.canvas_tab.note_item import NoteStyle
from desktop.ui.canvas_tab.notes_model import NotesModel
from desktop.ui.canvas_tab.notes_panel import NoteDetail, NotesPanel
from desktop.ui.canvas_tab.scene import CanvasScene
from desktop.ui.canvas_tab.view import CanvasView
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.scrolling import scrolling
from desktop.ui.tab_pages import WorkshopPage
from desktop.ui.trf import trf
from desktop.ui.typing_buffer import TypingBuffer

BIG_NUDGE = 5 * NUDGE  # Shift+arrow
READABLE_ZOOM = 0.8  # a note shown from elsewhere (a readiness link) is zoomed in to this


class CanvasTab(WorkshopPage):
    # Emitted with each note's context menu before it is shown: connect to add actions
    # (e.g. "Opret ydelse fra note" from the delivery board).
    note_context_actions = Signal(str, QMenu)

    SHOWS = ("canvas", "zone", "note", "service_note")  # the tables it reads

    def __init__(self, open_workshop: OpenWorkshop, lang: str, parent: QWidget | None = None):
        super().__init__(open_workshop, lang, parent)
        self.setObjectName("canvas")
        self.canvas_id: str | None = None
        self._notes: dict[str, dict[str, Any]] = {}
        self._zone_rows: list[dict[str, Any]] = []
        self._zone_titles: dict[str, str] = {}
        self._syncing = False
        self._typed_text: dict[str, str] = {}
        self._followed: tuple[str, str] | None = None  # the selected note and its zone
        self._typing = TypingBuffer(self._commit_note_text, self)
        self.kinds, self.sides, self.priorities = kind_labels(), side_labels(), priority_labels()

        style = NoteStyle(self.kinds, self.priorities, self.sides, "✓ " + self.tr("Service"))
        self.scene = CanvasScene(style, self)
        self.view = CanvasView(self.scene)
        self.view.key_handler = self._canvas_key
        self.scene.note_moved.connect(self._note_moved)
        self.scene.add_requested.connect(self._add_requested)
        self.scene.text_typed.connect(self._note_typed)
        self.scene.editing_finished.connect(self._note_edited)
        self.scene.selected_note_changed.connect(self._canvas_selected)
        self.scene.current_zone_changed.connect(self._show_hint)
        self.view.note_menu_requested.connect(self._show_note_menu)
        self.view.canvas_menu_requested.connect(self._show_canvas_menu)
        self.view.zoom_changed.connect(self._show_zoom)

        self.notes_model = NotesModel(self._votes_typed, self.priorities, self.kinds, self.sides)
        self.detail = NoteDetail(self.kinds, self.sides, self.priorities)
        self.detail.edit_requested.connect(self._edit_from_detail)
        self.detail.votes_requested.connect(self._votes_typed)
        self.detail.typing_finished.connect(open_workshop.end_typing_step)
        self.panel = NotesPanel(self.notes_model, self.detail)
        self.panel.selected.connect(self._list_selected)
        self.panel.view.installEventFilter(self)
        self.panel.installEventFilter(self)
        self._room_panel: QWidget | None = None  # the room's, once the room was first set up
        self._list_before_room: bool | None = None  # the List button's state before it

        top_bar = self._top_bar()  # first: the legend's row takes its zoom buttons
        self.pages = QStackedWidget()
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.view)
        body.addWidget(scrolling(self.panel, horizontal=False))  # fits a 200 % laptop
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        body.setSizes([880, 380])
        self.body = body  # the room's panel joins it while the room is open (show_room_panel)
        canvas_page = QWidget()
        page_layout = QVBoxLayout(canvas_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(self._legend())
        page_layout.addWidget(body, 1)
        self.pages.addWidget(canvas_page)
        self.pages.addWidget(self._empty_page())

        layout = QVBoxLayout(self)
        layout.addLayout(top_bar)
        layout.addWidget(self.pages, 1)

        self.set_read_only(open_workshop.read_only)
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _top_bar(self) -> QHBoxLayout:
        self.canvas_combo = QComboBox()
        self.canvas_combo.setMinimumContentsLength(12)
        self.canvas_combo.activated.connect(self._combo_chosen)
        label = QLabel(self.tr("&Canvas:"))
        label.setBuddy(self.canvas_combo)
        self.new_button = QPushButton(self.tr("&New canvas"))
        templates = QMenu(self.new_button)
        self.template_actions: dict[str, QAction] = {}
        for template in available_templates():
            action = templates.addAction(template.title(self.lang))
            action.triggered.connect(lambda _c=False, k=template.key: self.add_canvas(k))
            self.template_actions[template.key] = action
        self.new_button.setMenu(templates)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.clicked.connect(self.rename_canvas)
        self.delete_button = QPushButton(self.tr("&Delete canvas"))
        self.delete_button.clicked.connect(self.delete_canvas)
        # An action on the tab, not the button's shortcut: it works with the bar hidden
        # (presentation mode) and only while the tab is on screen.
        self.voting_action = QAction(self.tr("Voting round…"), self)
        self.voting_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.voting_action.triggered.connect(self.start_voting_round)
        self.addAction(self.voting_action)
        self.voting_button = QPushButton(self.tr("Voting ro&und…"))
        self.voting_button.setToolTip(
            self.tr("Type in the dots from the wall, note by note (Ctrl+Shift+V)")
        )
        self.voting_button.clicked.connect(self.start_voting_round)

        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl+-)"), self.view.zoom_out)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl++)"), self.view.zoom_in)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_button = QPushButton(self.tr("Fit to &window"))
        self.fit_button.setToolTip(self.tr("Show the whole canvas (Ctrl+0)"))
        self.fit_button.clicked.connect(self.view.fit)
        self.list_button = QPushButton(self.tr("&List"))
        self.list_button.setCheckable(True)
        self.list_button.setChecked(True)
        self.list_button.setToolTip(self.tr("Show or hide the list of notes beside the canvas"))
        self.list_button.toggled.connect(self._show_list)

        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.canvas_combo, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.voting_button)
        bar.addStretch(1)
        return bar

    def _tool(self, text: str, tip: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMinimumWidth(32)
        button.clicked.connect(slot)
        return button

    def _legend(self) -> QVBoxLayout:
        legend = QHBoxLayout()
        legend.setSpacing(6)
        self.legend_labels: dict[str, QLabel] = {}
        for side in SIDES:
            swatch = QFrame()
            swatch.setFixedSize(18, 18)
            colour = SIDE_COLOURS[side]
            swatch.setStyleSheet(
                f"background-color: {colour.name()}; border: 1px solid {colour.darker(150).name()};"
            )
            legend.addWidget(swatch)
            text = QLabel(self.sides[side])
            self.legend_labels[side] = text
            legend.addWidget(text)
            legend.addSpacing(10)
        legend.addStretch(1)
        # The keys as they are, and the zone N puts a new note in (marked on the canvas).
        self.canvas_hint = QLabel()
        self.canvas_hint.setObjectName("hint")
        self.canvas_hint.setWordWrap(True)  # two lines on a small screen, not a wider window
        # Zoom and the list sit by the canvas, not in the top row: one row each fits the
        # width of a laptop at 200 % (960 logical pixels).
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_button,
            self.list_button,
        ):
            legend.addWidget(widget)
        rows = QVBoxLayout()
        rows.setSpacing(2)
        rows.addLayout(legend)
        rows.addWidget(self.canvas_hint)  # a line of its own: the canvas keeps the height
        return rows

    def _show_hint(self) -> None:
        zone = self._zone_titles.get(self.scene.current_zone_id or "")
        new_note = trf(self.tr("N: new note in “%1”"), zone) if zone else self.tr("N: new note")
        self.canvas_hint.setText(
            new_note
            + " · "
            + self.tr(
                "Alt+→ / Alt+←: choose the zone for new notes · "
                "Ctrl+→ / Ctrl+←: move the selected note to the next / previous zone · "
                "Double-click: new note there · Drag: move · Z: zoom to zone · Ctrl+wheel: zoom"
            )
        )

    def _empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        text = QLabel(self.tr("This workshop has no canvas yet. Start one from a template:"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setObjectName("sectionHeading")
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.empty_buttons: dict[str, QPushButton] = {}
        for template in available_templates():
            button = QPushButton(template.title(self.lang))
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _c=False, k=template.key: self.add_canvas(k))
            self.empty_buttons[template.key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        canvases = self.workshop.read(lambda s: [(c.id, c.title) for c in canvas.list_canvases(s)])
        ids = [canvas_id for canvas_id, _ in canvases]
        switched = self.canvas_id not in ids
        if switched:
            self.canvas_id = ids[0] if ids else None
        self.canvas_combo.blockSignals(True)
        self.canvas_combo.clear()
        for canvas_id, title in canvases:
            self.canvas_combo.addItem(title, canvas_id)
        self.canvas_combo.setCurrentIndex(ids.index(self.canvas_id) if self.canvas_id else -1)
        self.canvas_combo.blockSignals(False)
        self.pages.setCurrentIndex(0 if self.canvas_id else 1)
        contents = None
        if self.canvas_id is not None:
            canvas_id = self.canvas_id
            contents = self.workshop.read(lambda s: canvas.canvas_contents(s, canvas_id=canvas_id))
        self._show(contents, switched)
        self._update_buttons()

    def show_changes(self, changes: Changes) -> None:
        if not changes.touches(*self.SHOWS):
            return
        ids = changes.ids("note")
        if not (changes.only("note") and ids and self._show_notes(ids)):
            self.refresh()

    def _show_notes(self, ids: frozenset[str]) -> bool:
        """After an edit of notes on the canvas on screen, update only those notes: reading
        and syncing a wall of 500 notes per keystroke cost ~20 ms (issue 9). False when
        they are not all on this canvas; the caller then reads everything."""
        if not ids <= self._notes.keys():
            return False
        notes = self.workshop.read(lambda s: canvas.note_rows(s, note_ids=ids))
        if len(notes) != len(ids) or any(n["canvas_id"] != self.canvas_id for n in notes):
            return False
        self.scene.update_notes(notes)
        self._notes.update((str(n["id"]), n) for n in notes)
        self._syncing = True
        try:
            if not self.notes_model.update_notes(notes):  # the order by votes changed
                selected = self.panel.selected_id()
                self.notes_model.load(
                    canvas.order_by_votes(list(self._notes.values()), self._zone_rows),
                    self._zone_titles,
                )
                self.panel.select_id(selected)
        finally:
            self._syncing = False
        selected = self.scene.selected_note_id()
        if selected in ids:
            self.detail.show_note(self._notes[selected])
            self._follow_selected_zone()  # moved to another zone: new notes follow it
        self._update_buttons()
        return True

    def _show(self, contents: CanvasContents | None, switched: bool) -> None:
        if switched:
            # The canvas shown is gone (deleted, or its creation undone): so is whatever
            # was being typed on it. A switch by the user has stored it already.
            self._typing.discard()
            self._typed_text.clear()
        self.scene.load(contents)
        notes = contents.notes if contents else []
        zones = contents.zones if contents else []
        self._notes = {str(n["id"]): n for n in notes}
        titles = {str(z["id"]): str(z["title"]) for z in zones}
        self._zone_rows, self._zone_titles = zones, titles
        self._syncing = True
        try:
            self.notes_model.load(canvas.order_by_votes(notes, zones), titles)
            selected = self.scene.selected_note_id()
            self.panel.select_id(selected)
            self.panel.update_count()
        finally:
            self._syncing = False
        self.detail.show_note(self._notes.get(selected or ""))
        self._follow_selected_zone()
        self._show_hint()
        if switched:
            self.view.request_fit()

    def show_canvas(self, canvas_id: str) -> None:
        """Switch to another canvas of the workshop."""
        if canvas_id == self.canvas_id:
            return
        self._typing.flush()
        self.scene.finish_editing()
        self.canvas_id = canvas_id
        self.scene.load(None)
        self.refresh()
        self.view.request_fit()  # a canvas is first shown whole

    def _combo_chosen(self, index: int) -> None:
        canvas_id = self.canvas_combo.itemData(index)
        if canvas_id:
            self.show_canvas(str(canvas_id))

    def _show_list(self, shown: bool) -> None:
        self.panel.setVisible(shown)

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(trf(self.tr("%1 %"), round(zoom * 100)))

    def _update_buttons(self) -> None:
        editable = not self.workshop.read_only
        has_canvas = self.canvas_id is not None
        self.new_button.setEnabled(editable)
        for button in self.empty_buttons.values():
            button.setEnabled(editable)
        self.rename_button.setEnabled(editable and has_canvas)
        self.delete_button.setEnabled(editable and has_canvas)
        self.voting_button.setEnabled(editable and has_canvas)
        self.voting_action.setEnabled(editable and has_canvas)
        for control in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            control.setEnabled(has_canvas)
        self.list_button.setEnabled(has_canvas)
        if not has_canvas:
            self.zoom_label.clear()

    def set_read_only(self, read_only: bool) -> None:
        self.scene.set_read_only(read_only)
        self.notes_model.read_only = read_only
        self.detail.set_read_only(read_only)
        self._update_buttons()

    def reveal(self, _kind: str, item_id: str) -> None:
        self.reveal_note(item_id)

    def editing_parts(self) -> list[QWidget]:
        return [
            self.panel,
            self.canvas_hint,
            self.new_button,
            self.rename_button,
            self.delete_button,
            self.list_button,
            self.fit_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.zoom_label,
        ]

    def commit_typing(self) -> None:
        self._typing.flush()
        self.detail.commit_pending()

    # -- selection -------------------------------------------------------------------------

    def selected_note_id(self) -> str | None:
        return self.scene.selected_note_id() or self.panel.selected_id()

    def select_note(self, note_id: str | None) -> None:
        self._syncing = True
        try:
            self.scene.select_note(note_id)
            self.panel.select_id(note_id)
        finally:
            self._syncing = False
        self.detail.show_note(self._notes.get(note_id or ""))
        self._follow_selected_zone()

    def _follow_selected_zone(self) -> None:
        """New notes go to the zone of a note when it is selected or moved to another zone
        (it is marked; the hint names it); another edit of it leaves a zone chosen since."""
        note = self._notes.get(self.selected_note_id() or "")
        followed = (str(note["id"]), str(note["zone_id"] or "")) if note else None
        if followed == self._followed:
            return
        self._followed = followed
        if followed is not None and followed[1] in self.scene.zones:
            self.scene.set_current_zone(followed[1])

    def choose_zone(self, step: int) -> None:
        """Alt+→ / Alt+←: the next or previous zone for new notes; no note moves. The
        selection is let go, so that the keys for a note cannot touch one in another zone."""
        if self.canvas_id is None:
            return
        self.select_note(None)
        zone = self.scene.zones.get(self.scene.step_current_zone(step) or "")
        if zone is not None:  # its title in sight; a canvas in sight is not scrolled
            rect = zone.scene_rect()
            title = QRectF(rect.x(), rect.y(), min(rect.width(), 400.0), 120.0)
            shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
            if not shown.contains(title):
                self.view.ensureVisible(title, 20, 20)

    def reveal_note(self, note_id: str) -> None:
        """Show a note: its canvas, the note selected and centred at a readable size."""
        try:
            canvas_id = self.workshop.read(lambda s: canvas.get_note(s, note_id=note_id).canvas_id)
        except TvaersError:
            return  # deleted meanwhile
        self.show_canvas(canvas_id)
        self.select_note(note_id)
        item = self.scene.notes.get(note_id)
        if item is None:
            return
        if self.view.zoom() < READABLE_ZOOM:
            self.view.set_zoom(READABLE_ZOOM)
        self.view.centerOn(item)
        self.view.setFocus()

    def _canvas_selected(self, note_id: str) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.panel.select_id(note_id or None)
        finally:
            self._syncing = False
        self.detail.show_note(self._notes.get(note_id))
        self._follow_selected_zone()

    def _list_selected(self, note_id: str) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.scene.select_note(note_id or None)
        finally:
            self._syncing = False
        if note_id:
            self.view.show_note(note_id)
        self.detail.show_note(self._notes.get(note_id))
        self._follow_selected_zone()

    # -- keys ------------------------------------------------------------------------------

    def _canvas_key(self, event: QKeyEvent) -> bool:
        """Keys on the canvas for the selected note (the view passes them here)."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        note_id = self.scene.selected_note_id()
        arrows: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows and mods == Qt.KeyboardModifier.AltModifier:
            dx, dy = arrows[key]
            self.choose_zone(1 if dx + dy > 0 else -1)
            return True
        if note_id is not None and key in arrows:
            dx, dy = arrows[key]
            if ctrl:
                self.move_to_zone(note_id, 1 if dx + dy > 0 else -1)
                return True
            if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
                step = BIG_NUDGE if mods == Qt.KeyboardModifier.ShiftModifier else NUDGE
                self.nudge(note_id, dx * step, dy * step)
                return True
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and note_id and not mods:
            self.edit_text(note_id)
            return True
        if note_id is None and key == Qt.Key.Key_N and not mods:
            self.add_note_here()
            return True
        if key == Qt.Key.Key_Z and not mods:
            self.zoom_to_zone()
            return True
        return self._note_key(event, note_id)

    def _note_key(self, event: QKeyEvent, note_id: str | None) -> bool:
        """Keys that mean the same on the canvas and in the list."""
        key = event.key()
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if mods:
            return False
        if key == Qt.Key.Key_N:
            self.add_note_here()
            return True
        if note_id is None:
            return False
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_note(note_id)
        elif key == Qt.Key.Key_Plus:
            self.change_votes(note_id, 1)
        elif key == Qt.Key.Key_Minus:
            self.change_votes(note_id, -1)
        elif key == Qt.Key.Key_T:
            self.cycle(note_id, "kind")
        elif key == Qt.Key.Key_S:
            self.cycle(note_id, "side")
        elif key == Qt.Key.Key_P:
            self.cycle(note_id, "priority")
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            shown = kind == QEvent.Type.ShowToParent
            if watched is self._room_panel:
                self._room_panel_shown(shown)
            elif watched is self.panel and shown and not self.list_button.isChecked():
                # Shown again by presentation mode as it ends: the button says so too.
                self.list_button.blockSignals(True)
                self.list_button.setChecked(True)
                self.list_button.blockSignals(False)
        if watched is self.panel.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            note_id = self.panel.selected_id()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and note_id:
                self.detail.text.setFocus()  # write in the box below the list
                return True
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Right,
                Qt.Key.Key_Left,
            ):
                self.choose_zone(1 if event.key() == Qt.Key.Key_Right else -1)
                return True
            if self._note_key(event, note_id):
                return True
        return super().eventFilter(watched, event)

    # -- canvases --------------------------------------------------------------------------

    def add_canvas(self, template_key: str) -> None:
        command = commands.AddCanvas(self.workshop, template_key)
        if self.workshop.push(command) and command.canvas_id:
            self.show_canvas(command.canvas_id)

    def rename_canvas(self) -> None:
        if self.canvas_id is None or self.workshop.read_only:
            return
        title = dialogs.ask_canvas_title(self, self.canvas_combo.currentText())
        if title is not None and title != self.canvas_combo.currentText():
            self.workshop.push(commands.RenameCanvas(self.workshop, self.canvas_id, title))

    def delete_canvas(self) -> None:
        if self.canvas_id is None or self.workshop.read_only:
            return
        question = trf(
            self.tr(
                "Delete the canvas “%1” and its %n notes? You can undo it with Ctrl+Z.",
                "",
                len(self._notes),
            ),
            self.canvas_combo.currentText(),
        )
        if dialogs.confirm(self, self.tr("Delete canvas"), question):
            self.scene.finish_editing()
            self.workshop.push(commands.DeleteCanvas(self.workshop, self.canvas_id))

    def start_voting_round(self) -> None:
        """Ctrl+Shift+V: type in the dots from the wall; the round is stored as one step."""
        if self.canvas_id is None or self.workshop.read_only:
            return
        self.commit_typing()
        self.scene.finish_editing()
        canvas_id = self.canvas_id
        contents = self.workshop.read(lambda s: canvas.canvas_contents(s, canvas_id=canvas_id))
        if not contents.notes:
            dialogs.show_info(self, self.tr("The canvas has no notes to vote on yet."))
            return
        # The numbers typed are kept in a draft beside the workshop until the round ends, so
        # a crash in the middle of a round loses none of them (desktop/storage/drafts.py).
        document = self.workshop.document.path
        draft = drafts.load_votes(document, canvas_id)
        if draft and not dialogs.confirm(
            self,
            self.tr("Continue the voting round"),
            self.tr(
                "A voting round on this canvas was not finished: %n votes were typed. "
                "Continue where it stopped? (No: start again with the notes' votes.)",
                "",
                len(draft),
            ),
        ):
            draft = {}
        votes = dialogs.ask_voting_round(
            self, contents, draft, lambda typed: drafts.save_votes(document, canvas_id, typed)
        )
        drafts.discard_votes(document, canvas_id)  # saved or cancelled: the round is over
        if votes:
            self.workshop.push(commands.VotingRound(self.workshop, canvas_id, votes))

    # -- notes -----------------------------------------------------------------------------

    def add_note_here(self) -> str | None:
        """N: a new note in the zone for new notes (marked; the zone last clicked or chosen
        with Alt+arrows, or the selected note's), where the mouse pointer rests if it
        rests in that zone, else on the zone's first free spot; then write in it. It never
        lands on top of another note (desktop/core/canvas.py places it)."""
        zone_id = self._zone_for_new_note()
        where = self.view.pointer_in_scene()
        if zone_id is not None and where is not None and self.scene.zone_at(where) == zone_id:
            return self.add_note(zone_id, where - QPointF(canvas.NOTE_WIDTH / 2, 20))
        return self.add_note(zone_id)

    def _zone_for_new_note(self) -> str | None:
        if self.scene.current_zone_id is not None:
            return self.scene.current_zone_id
        zones = self.scene.zones_in_order()
        return zones[0].zone_id if zones else None

    def add_note(self, zone_id: str | None, at: QPointF | None = None) -> str | None:
        if self.canvas_id is None or self.workshop.read_only:
            return None
        place: dict[str, Any] = {"zone_id": zone_id}
        if at is not None:
            place.update(x=at.x(), y=at.y(), keep_clear=True)
        command = commands.AddNote(self.workshop, self.canvas_id, **place)
        if not self.workshop.push(command) or command.note_id is None:
            return None
        self.select_note(command.note_id)
        self.view.show_note(command.note_id)
        self.edit_text(command.note_id)
        return command.note_id

    def _add_requested(self, zone_id: str, at: QPointF) -> None:
        self.add_note(zone_id or None, at)

    def edit_text(self, note_id: str) -> None:
        if self.workshop.read_only:
            return
        if self.pages.currentIndex() == 0 and self.view.isVisible():
            self.view.setFocus()
            self.view.show_note(note_id)
            self.scene.start_editing(note_id)
        else:
            self.select_note(note_id)
            self.detail.text.setFocus()

    def delete_note(self, note_id: str) -> None:
        if self.workshop.read_only:
            return
        if self.scene.editing is not None and self.scene.editing.note_id == note_id:
            self.scene.finish_editing()
        self.workshop.push(commands.DeleteNote(self.workshop, note_id))

    def change_votes(self, note_id: str, delta: int) -> None:
        self.workshop.push(commands.ChangeVotes(self.workshop, note_id, delta=delta))

    def _votes_typed(self, note_id: str, votes: int) -> None:
        self.workshop.push(commands.ChangeVotes(self.workshop, note_id, votes=votes))

    def set_field(self, note_id: str, field: str, value: str) -> None:
        note = self._notes.get(note_id)
        if note is None or note[field] == value:
            return
        self.workshop.push(
            commands.EditNote(self.workshop, note_id, {field: note[field]}, {field: value})
        )
        self.workshop.end_typing_step()

    def cycle(self, note_id: str, field: str) -> None:
        note = self._notes.get(note_id)
        if note is not None:
            choices = {"kind": KINDS, "side": SIDES, "priority": PRIORITIES}[field]
            self.set_field(note_id, field, next_value(choices, str(note[field])))

    def nudge(self, note_id: str, dx: float, dy: float) -> None:
        height = self._height_of(note_id)
        self.workshop.push(commands.NudgeNote(self.workshop, note_id, dx, dy, height))

    def move_to_zone(self, note_id: str, step: int) -> None:
        height = self._height_of(note_id)
        if self.workshop.push(commands.MoveNoteToZone(self.workshop, note_id, step, height)):
            self.view.show_note(note_id)

    def zoom_to_zone(self, zone_id: str | None = None) -> None:
        """Z: fill the window with the selected note's zone (else the zone last clicked)."""
        if zone_id is None:
            note = self._notes.get(self.selected_note_id() or "")
            zone_id = str(note["zone_id"]) if note and note["zone_id"] else None
        zone = self.scene.zones.get(zone_id or self.scene.current_zone_id or "")
        if zone is not None:
            self.view.zoom_to(zone.scene_rect())

    def _height_of(self, note_id: str) -> float:
        item = self.scene.notes.get(note_id)
        return item.height if item is not None else canvas.NOTE_MIN_HEIGHT

    def _note_moved(self, note_id: str, _old: QPointF, new: QPointF) -> None:
        height = self._height_of(note_id)
        command = commands.MoveNote(self.workshop, note_id, new.x(), new.y(), height)
        if not self.workshop.push(command):
            self.refresh()  # put the note back where the file has it

    # -- text ------------------------------------------------------------------------------

    def _note_typed(self, note_id: str, text: str) -> None:
        self._typed_text[note_id] = text
        self._typing.typed(note_id)

    def _note_edited(self, note_id: str, text: str) -> None:
        self._typed_text[note_id] = text
        self._typing.typed(note_id)
        self._typing.flush()
        self.workshop.end_typing_step()
        if self.view.isVisible():
            self.view.setFocus()

    def _commit_note_text(self, note_ids: set[str]) -> None:
        for note_id in note_ids:
            text = self._typed_text.pop(note_id, None)
            note = self._notes.get(note_id)
            if text is None or note is None or text == note["text"]:
                continue
            old = note["text"]
            note["text"] = text
            self.workshop.push(
                commands.EditNote(self.workshop, note_id, {"text": old}, {"text": text})
            )

    def _edit_from_detail(self, note_id: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.workshop.push(commands.EditNote(self.workshop, note_id, old, new))

    # -- menus -----------------------------------------------------------------------------

    def build_note_menu(self, note_id: str) -> QMenu:
        """The note's context menu; `note_context_actions` lets others add to it."""
        note = self._notes[note_id]
        menu = QMenu(self)
        editable = not self.workshop.read_only

        def add(text: str, keys: str, slot: Any) -> QAction:
            action = menu.addAction(f"{text}\t{keys}" if keys else text)
            action.triggered.connect(slot)
            action.setEnabled(editable)
            return action

        add(self.tr("Edit text"), "F2", lambda: self.edit_text(note_id))
        add(self.tr("One more vote"), "+", lambda: self.change_votes(note_id, 1))
        add(self.tr("One vote fewer"), "-", lambda: self.change_votes(note_id, -1))
        for field, title, labels in (
            ("kind", self.tr("Type (T)"), self.kinds),
            ("side", self.tr("Side (S)"), self.sides),
            ("priority", self.tr("Priority (P)"), self.priorities),
        ):
            submenu = menu.addMenu(title)
            submenu.setEnabled(editable)
            group = QActionGroup(submenu)
            for value, label in labels.items():
                action = submenu.addAction(label)
                action.setCheckable(True)
                action.setChecked(note[field] == value)
                group.addAction(action)
                action.triggered.connect(
                    lambda _c=False, f=field, v=value: self.set_field(note_id, f, v)
                )
        menu.addSeparator()
        zoom = menu.addAction(self.tr("Zoom to its zone") + "\tZ")
        zoom.triggered.connect(lambda: self.zoom_to_zone(note["zone_id"]))
        zoom.setEnabled(bool(note["zone_id"]))
        add(self.tr("Move to the next zone"), "Ctrl+→", lambda: self.move_to_zone(note_id, 1))
        add(self.tr("Move to the previous zone"), "Ctrl+←", lambda: self.move_to_zone(note_id, -1))
        menu.addSeparator()
        add(self.tr("Delete note"), "Del", lambda: self.delete_note(note_id))
        self.note_context_actions.emit(note_id, menu)
        return menu

    def build_canvas_menu(self, where: QPointF) -> QMenu:
        menu = QMenu(self)
        zone_id = self.scene.zone_at(where)
        new = menu.addAction(self.tr("New note here") + "\tN")
        new.setEnabled(not self.workshop.read_only and self.canvas_id is not None)
        new.triggered.connect(
            lambda: self.add_note(zone_id or self._zone_for_new_note(), where if zone_id else None)
        )
        zoom = menu.addAction(self.tr("Zoom to this zone") + "\tZ")
        zoom.setEnabled(zone_id is not None)
        zoom.triggered.connect(lambda: self.zoom_to_zone(zone_id))
        fit = menu.addAction(self.tr("Fit to window") + "\tCtrl+0")
        fit.triggered.connect(self.view.fit)
        return menu

    def _show_note_menu(self, note_id: str, where: QPoint) -> None:
        if note_id in self._notes:
            self.popup(self.build_note_menu(note_id), where)

    def _show_canvas_menu(self, where: QPointF, screen: QPoint) -> None:
        self.popup(self.build_canvas_menu(where), screen)

    # -- the room (notes from phones, desktop/ui/room_panel.py) ------------------------------

    def show_room_panel(self, panel: QWidget) -> None:
        """The room's panel beside the canvas; it scrolls rather than make the window taller
        than a laptop's screen (it hides and shows with its scroll area). While it is shown
        the list of notes makes way (the List button brings it back): with both beside it,
        the canvas shrank to a third of the window at 1366×768 and to nothing at 960×540."""
        if panel.parentWidget() is None:
            self._room_panel = panel
            panel.installEventFilter(self)  # before it is placed: that shows it
            pane = scrolling(panel, horizontal=False)
            self.body.addWidget(pane)
            self.body.setStretchFactor(self.body.indexOf(pane), 1)
        panel.show()

    def _room_panel_shown(self, shown: bool) -> None:
        if shown:
            self._list_before_room = self.list_button.isChecked()
            self.list_button.setChecked(False)
        elif self._list_before_room is not None:
            self.list_button.setChecked(self._list_before_room)
            self._list_before_room = None

    def room_question(self) -> tuple[str, str | None, str, str] | None:
        """What the phones are asked: this canvas and its zone for new notes (canvas id, zone
        id, the zone's title and prompt); None without a canvas."""
        if self.canvas_id is None:
            return None
        zone = self.scene.zones.get(self.scene.current_zone_id or "")
        if zone is None:
            return (self.canvas_id, None, self.canvas_combo.currentText(), "")
        return (self.canvas_id, zone.zone_id, zone.title, zone.prompt)

    def note_texts(self) -> list[tuple[str, str]]:
        """The notes on the canvas shown, by votes (id, text): what a note can merge into."""
        model = self.notes_model
        notes = (model.note_at(row) for row in range(model.rowCount()))
        return [(str(n["id"]), str(n["text"])) for n in notes]

    def add_room_note(
        self, canvas_id: str, zone_id: str | None, text: str, side: str
    ) -> str | None:
        """A note accepted from the room: an ordinary note in its zone, placed where it covers
        no other (desktop/core/canvas.py), one undo step. A canvas or zone deleted since it
        was sent: the canvas shown and its zone for new notes."""
        if self.canvas_id is None or self.workshop.read_only:
            return None
        zone_ids = self.workshop.read(
            lambda s: {z.id for z in canvas.list_zones(s, canvas_id=canvas_id)}
        )
        if not zone_ids:  # the canvas is gone (or has no zones): the one on screen
            canvas_id, zone_id = self.canvas_id, self._zone_for_new_note()
        elif zone_id not in zone_ids:
            zone_id = None
        command = commands.AcceptRoomNote(
            self.workshop, canvas_id, zone_id=zone_id, text=text, side=side
        )
        if not self.workshop.push(command) or command.note_id is None:
            return None
        self.workshop.end_typing_step()
        return command.note_id

    def merge_into_note(self, note_id: str, text: str) -> bool:
        """A note from the room added to a note already up, on a line of its own: one step."""
        note = self._notes.get(note_id)
        if note is None or self.workshop.read_only:
            return False
        old = str(note["text"])
        new = f"{old}\n{text}" if old.strip() else text
        pushed = self.workshop.push(commands.MergeRoomNote(self.workshop, note_id, old, new))
        self.workshop.end_typing_step()
        return pushed

    def popup(self, menu: QMenu, where: QPoint) -> None:
        """Show a menu and wait for the choice (tests replace this: exec() would wait)."""
        menu.exec(where)
        menu.deleteLater()
