"""»Rummet er åbent«: the window's action that opens the room to phones on the canvas, and closes
it again for everyone at once.

The server (desktop/room, Starlette + uvicorn) is imported only when the facilitator opens the
room: start-up, and every session that never opens it, loads none of it and listens nowhere.
While it is open a timer empties the room's queue into the panel ten times a second, so the
window never waits for the network.
"""

from __future__ import annotations

import logging
import queue
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.ui import dialogs
from desktop.ui.trf import trf

if TYPE_CHECKING:
    from desktop.room.server import Room
    from desktop.room.state import NoteSubmission, Question
    from desktop.room.vote import Vote
    from desktop.ui.canvas_tab.tab import CanvasTab
    from desktop.ui.room_panel import RoomPanel

log = logging.getLogger(__name__)
POLL_MS = 100
MOST_PER_POLL = 50  # notes moved to the list per tick: a flood never holds up the window


class RoomControl(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.room: Room | None = None
        self.panel: RoomPanel | None = None
        self._question: Question | None = None
        self.vote: Vote | None = None
        self._vote_canvas: str | None = None  # the canvas whose notes are on the ballot
        self._ballot: dict[str, str] = {}  # note id -> text, as the phones see them
        self.action = QAction(self.tr("Open the &room to phones…"), window)
        self.action.setIconText(self.tr("Room"))
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.setToolTip(
            self.tr(
                "Participants send notes to the canvas from their phones, over the room's own "
                "network (Ctrl+Shift+R)"
            )
        )
        self.action.triggered.connect(self.toggle)
        window.addAction(self.action)  # also in presentation mode, with the bars hidden
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        presentation = getattr(window, "presentation", None)
        if presentation is not None:
            presentation.toggled.connect(self._presenting)

    @property
    def is_open(self) -> bool:
        return self.room is not None

    def _canvas_tab(self) -> CanvasTab | None:
        tab = getattr(self.window, "canvas_tab", None)
        tabs = getattr(self.window, "tabs", None)
        if tab is None or tabs is None:
            return None
        tabs.setCurrentWidget(tab)
        return cast("CanvasTab", tab)

    def _panel(self, tab: CanvasTab) -> RoomPanel:
        if self.panel is None or self.panel.tab is not tab:
            from desktop.ui.room_panel import RoomPanel

            panel = RoomPanel(tab)
            panel.open_requested.connect(self.open)
            panel.close_requested.connect(self.close_room)
            panel.cancelled.connect(self._cancel)
            panel.vote_box.start_requested.connect(self.start_vote)
            panel.vote_box.reveal_requested.connect(self.reveal_vote)
            panel.vote_box.close_requested.connect(self.close_vote)
            tab.show_room_panel(panel)
            tab.scene.current_zone_changed.connect(self._question_changed)
            tab.scene.selected_note_changed.connect(panel.canvas_selection_changed)
            tab.panel.selected.connect(panel.canvas_selection_changed)
            self.panel = panel
        return self.panel

    # -- opening and closing -------------------------------------------------------------

    def toggle(self) -> None:
        if self.room is not None:
            self.close_room()
        else:
            self.show_setup()

    def show_setup(self) -> None:
        """The panel asks where the room listens; nothing listens yet."""
        tab = self._canvas_tab()
        if tab is None or tab.workshop.read_only:
            return
        from desktop.room.interfaces import list_interfaces

        self._panel(tab).show_setup(list_interfaces())

    def open(self, address: str) -> bool:
        tab = self._canvas_tab()
        if tab is None or self.room is not None:
            return False
        from desktop.room.server import Room, RoomError

        question = self._current_question(tab)
        room = Room(address, title=self._title(tab), question=question)
        try:
            room.start()
        except RoomError as exc:
            log.warning("the room could not open: %s", exc)
            dialogs.show_error(
                self.window,
                trf(
                    self.tr(
                        "The room could not open on %1. Choose another address, or check that "
                        "the network is connected."
                    ),
                    address,
                ),
            )
            return False
        self.room, self._question = room, question
        panel = self._panel(tab)
        panel.show_open(room.join_url, room.address, room.join_code)
        presentation = getattr(self.window, "presentation", None)
        panel.set_presenting(bool(presentation is not None and presentation.active))
        self.action.setText(self.tr("Close the &room"))
        self.timer.start()
        return True

    def close_room(self) -> bool:
        """Luk rummet: asked first while notes wait, as those are not kept."""
        self.poll()  # what has arrived by now is counted
        waiting = len(self.panel.waiting) if self.panel is not None else 0
        if (
            self.room is not None
            and waiting
            and not dialogs.confirm(
                self.window,
                self.tr("Close the room"),
                self.tr(
                    "%n notes from the room have not been taken onto the canvas. Close the "
                    "room anyway? They are not kept.",
                    "",
                    waiting,
                ),
            )
        ):
            return False
        self.close_vote()  # the dots cast so far are added, not lost
        self.close()
        return True

    def close(self) -> None:
        """Stop the room for every phone at once; notes not yet accepted are dropped."""
        room, self.room = self.room, None
        self.timer.stop()
        self.vote = None
        if self.panel is not None:
            self.panel.vote_box.show_idle()
        if room is not None:
            room.stop()
        if self.panel is not None:
            self.panel.clear_waiting()
            self.panel.hide()
        self.action.setText(self.tr("Open the &room to phones…"))

    def _cancel(self) -> None:
        if self.room is None and self.panel is not None:
            self.panel.hide()

    def may_close_workshop(self) -> bool:
        """Before the workshop closes (or the app, or another workshop opens): the room closes
        as »Luk rummet« does, so nothing from the phones goes silently. Notes still waiting
        are asked about (False: the facilitator keeps the workshop open), and a vote still
        open adds its dots to the notes, saved with the workshop."""
        return self.room is None or self.close_room()

    def workshop_closing(self) -> None:
        """The workshop closes (or the app): the room closes with it, and the panel goes with
        the tabs."""
        self.close()
        self.panel = None

    # -- while open ----------------------------------------------------------------------

    def poll(self) -> None:
        room, panel = self.room, self.panel
        if room is None or panel is None:
            return
        arrived: list[NoteSubmission] = []
        for _ in range(MOST_PER_POLL):
            try:
                arrived.append(room.state.submissions.get_nowait())
            except queue.Empty:
                break
        if arrived:
            panel.add_submissions(arrived)
        panel.set_joined(room.joined)
        if self.vote is not None and self.vote.is_open:
            panel.vote_box.set_voters(self.vote.voters)

    # -- the vote from phones ------------------------------------------------------------

    def start_vote(self, dots: int, per_note: int) -> bool:
        """The notes of the canvas shown on the ballot (its text as on the canvas)."""
        room, panel = self.room, self.panel
        if room is None or panel is None or self.vote is not None:
            return False
        tab = panel.tab
        if tab.canvas_id is None or tab.workshop.read_only:
            return False
        from desktop.core import canvas
        from desktop.room.vote import BallotNote

        canvas_id = tab.canvas_id
        tab.commit_typing()
        notes = tab.workshop.read(lambda s: canvas.canvas_contents(s, canvas_id=canvas_id).notes)
        ballot = [BallotNote(str(n["id"]), str(n["text"])) for n in notes if str(n["text"]).strip()]
        if not ballot:
            dialogs.show_info(self.window, self.tr("The canvas has no notes to vote on yet."))
            return False
        self.vote = room.start_vote(ballot, dots, per_note or None)
        self._vote_canvas = canvas_id
        self._ballot = {n.id: n.text for n in ballot}
        panel.vote_box.show_running(len(ballot), dots, per_note)
        return True

    def reveal_vote(self) -> None:
        """The dots per note, here and on the phones."""
        if self.vote is None or self.panel is None:
            return
        self.vote.reveal()
        results = self.vote.results()
        rows = [(text, results.get(note_id, 0)) for note_id, text in self._ballot.items()]
        self.panel.vote_box.show_results(rows)

    def close_vote(self) -> bool:
        """Stop the vote; its dots added to the notes' votes as one undo step."""
        room, vote, panel = self.room, self.vote, self.panel
        if room is None or vote is None or panel is None:
            return False
        result = room.close_vote()
        self.vote = None
        if result is None:
            return False
        dots = sum(result.tallies.values())
        last = self.tr("The vote is closed: %n dots added to the notes.", "", dots)
        if result.tallies and self._vote_canvas is not None:
            from desktop.ui.canvas_tab import commands

            tab = panel.tab
            tab.commit_typing()
            tab.scene.finish_editing()
            command = commands.AddRoomVotes(tab.workshop, self._vote_canvas, result.tallies)
            if not tab.workshop.push(command):
                last = self.tr("The vote's dots could not be added to the notes.")
        panel.vote_box.show_idle(last)
        return True

    def _question_changed(self, *_args: object) -> None:
        if self.room is None or self.panel is None:
            return
        question = self._current_question(self.panel.tab)
        if question != self._question:
            self._question = question
            self.room.set_question(question)

    def _presenting(self, presenting: bool) -> None:
        if self.panel is not None:
            self.panel.set_presenting(presenting)

    @staticmethod
    def _current_question(tab: CanvasTab) -> Question | None:
        from desktop.room.state import Question

        found = tab.room_question()
        return None if found is None else Question(*found)

    @staticmethod
    def _title(tab: CanvasTab) -> str:
        from desktop.core.workshop import get_workshop

        return str(tab.workshop.read(lambda s: get_workshop(s).title))
