"""»Rummet er åbent«: the window's action that opens the room to phones on the canvas, and closes
it again for everyone at once.

The server (desktop/room, Starlette + uvicorn) is imported only when the facilitator opens the
room: start-up, and every session that never opens it, loads none of it and listens nowhere.
While it is open a timer empties the room's queue into the panel ten times a second, so the
window never waits for the network.

What the phones sent is kept in the room's journal (desktop/storage/room_journal.py) until
it is taken: each note and dot by the server's thread before the phone is answered, what the
facilitator did with it from here. When a workshop opens and its journal still owes notes
(Tværs stopped while the room was open), they wait in the panel again, with the room closed,
and the dots of a vote that was open are added to the notes.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Collection
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
    from desktop.storage import room_journal
    from desktop.storage.room_journal import RoomJournal
    from desktop.ui.canvas_tab.tab import CanvasTab
    from desktop.ui.open_workshop import OpenWorkshop
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
        self.journal: RoomJournal | None = None
        self._vote_key: str | None = None  # the open vote's in the journal
        self._unsettled = False  # a vote's dots could not be added: the journal keeps them
        self._last_number = 0  # of the notes in the journal: a new room numbers after them
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
            panel.taken.connect(self._taken)
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
        journal = self._journal(tab)
        waiting = self.panel.waiting if self.panel is not None else []
        first = max([self._last_number, *(s.number for s in waiting)]) + 1
        room = Room(
            address,
            title=self._title(tab),
            question=question,
            first_number=first,
            on_note=lambda s: journal.note_arrived(
                s.number, s.text, s.side, s.canvas_id, s.zone_id, s.zone_title
            ),
        )
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
        """Luk rummet (or the list of notes kept after a crash): asked first while notes
        wait, as those are not kept."""
        self.poll()  # what has arrived by now is counted
        waiting = len(self.panel.waiting) if self.panel is not None else 0
        if self.room is not None:
            title = self.tr("Close the room")
            question = self.tr(
                "%n notes from the room have not been taken onto the canvas. Close the "
                "room anyway? They are not kept.",
                "",
                waiting,
            )
        else:
            title = self.tr("Close the list")
            question = self.tr(
                "%n notes from the room have not been taken onto the canvas. Close the "
                "list anyway? They are not kept.",
                "",
                waiting,
            )
        if waiting and not dialogs.confirm(self.window, title, question):
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
            if self.journal is not None:  # the facilitator chose to let them go
                for submission in self.panel.waiting:
                    self.journal.note_taken(submission.number, "dropped")
            self.panel.clear_waiting()
            self.panel.hide()
        self._settle()
        self.action.setText(self.tr("Open the &room to phones…"))

    def _cancel(self) -> None:
        if self.room is None and self.panel is not None:
            if self.panel.waiting:  # kept from before a crash: the list stays
                self.panel.show_waiting_only()
            else:
                self.panel.hide()

    def may_close_workshop(self) -> bool:
        """Before the workshop closes (or the app, or another workshop opens): the room closes
        as »Luk rummet« does, so nothing from the phones goes silently. Notes still waiting
        are asked about (False: the facilitator keeps the workshop open), and a vote still
        open adds its dots to the notes, saved with the workshop."""
        waiting = self.panel is not None and bool(self.panel.waiting)
        return (self.room is None and not waiting) or self.close_room()

    def workshop_closing(self) -> None:
        """The workshop closes (or the app): the room closes with it, and the panel goes with
        the tabs."""
        self.close()
        self.panel = None
        self._last_number = 0

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
        journal = self._journal(tab)
        key = journal.vote_started(canvas_id, [n.id for n in ballot])
        self.vote = room.start_vote(
            ballot,
            dots,
            per_note or None,
            on_dot=lambda note, change: journal.dot(key, note, change),
        )
        self._vote_key = key
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
        key, self._vote_key = self._vote_key, None
        if result is None:
            return False
        added = True
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
                added = False
        if key is not None and self.journal is not None:
            if added:
                self.journal.vote_added(key)
            else:
                self._unsettled = True  # kept: offered again when the workshop next opens
        panel.vote_box.show_idle(last)
        return True

    # -- the journal: what the phones sent survives a crash --------------------------------

    def _journal(self, tab: CanvasTab) -> RoomJournal:
        if self.journal is None:
            from desktop.storage.room_journal import RoomJournal

            self.journal = RoomJournal(tab.workshop.document.path)
        return self.journal

    def _taken(self, number: int, how: str, note_id: str) -> None:
        if self.journal is not None:
            self.journal.note_taken(number, how, note_id or None)
        if self.room is None and self.panel is not None and not self.panel.waiting:
            self._settle()  # the last note kept from before a crash is taken

    def _settle(self) -> None:
        """Nothing more is owed: the journal goes (kept if a vote's dots are not added)."""
        journal, self.journal = self.journal, None
        if journal is None:
            return
        if self._unsettled:
            journal.close()
        else:
            journal.remove()
        self._unsettled = False

    def workshop_opened(self) -> None:
        """A workshop opens: if Tværs stopped while the room was open on it, the notes the
        phones sent and nobody took wait in the panel again (the room itself stays closed),
        and the dots of a vote that was open are added to the notes as one undo step."""
        current: OpenWorkshop | None = getattr(self.window, "current", None)
        if current is None or current.read_only:
            return  # read-only: nothing can be taken; the journal stays for later
        from desktop.storage import room_journal

        path = current.document.path
        if not room_journal.exists(path):
            return
        owed = room_journal.replay(path, lambda ids: _existing_notes(current, ids))
        if not owed.anything:
            room_journal.discard(path)
            return
        tab = self._canvas_tab()
        if tab is None:
            return
        self.journal = room_journal.RoomJournal(path)
        self._last_number = owed.last_number
        parts = [self.tr("Tværs stopped while the room was open.")]
        if owed.waiting:
            parts.append(
                self.tr(
                    "%n notes from the phones had not been taken onto the canvas; they wait here.",
                    "",
                    len(owed.waiting),
                )
            )
        parts += self._add_owed_votes(tab, owed.votes)
        from desktop.room.state import NoteSubmission

        waiting = [
            NoteSubmission(n.number, n.text, n.side, n.canvas_id, n.zone_id, n.zone_title)
            for n in owed.waiting
        ]
        self._panel(tab).show_recovered(waiting, " ".join(parts))
        if not waiting:
            self._settle()

    def _add_owed_votes(self, tab: CanvasTab, votes: list[room_journal.OwedVote]) -> list[str]:
        from desktop.core import canvas
        from desktop.ui.canvas_tab import commands

        said: list[str] = []
        journal = self.journal
        assert journal is not None
        canvases = tab.workshop.read(lambda s: {str(c.id) for c in canvas.list_canvases(s)})
        for vote in votes:
            dots = sum(vote.tallies.values())
            if not dots or vote.canvas_id not in canvases:
                journal.vote_added(vote.key)  # nothing to add, or nowhere to add it
                continue
            command = commands.AddRoomVotes(tab.workshop, vote.canvas_id, vote.tallies)
            if tab.workshop.push(command):
                journal.vote_added(vote.key)
                said.append(
                    self.tr("A vote was open: its %n dots have been added to the notes.", "", dots)
                )
            else:
                self._unsettled = True
                said.append(self.tr("The vote's dots could not be added to the notes."))
        return said

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


def _existing_notes(workshop: OpenWorkshop, ids: Collection[str]) -> set[str]:
    from desktop.core import canvas

    rows = workshop.read(lambda s: canvas.note_rows(s, note_ids=ids))
    return {str(row["id"]) for row in rows}
