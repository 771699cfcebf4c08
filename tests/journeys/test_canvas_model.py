"""The needs canvas against a plain model of what the user did (issue 15).

Hypothesis drives the whole window with real keys and mouse in random order: notes put up
with N (the zone chosen with Alt+arrows) or a double-click, text written, notes dragged
to another zone, votes up and down, notes deleted, undo and redo. After every step the
stored notes (text, zone, votes, how many) must equal the model's.

The model's undo follows the rules the window states: every action is one step, except
that vote changes of one note in a row are one step (until the user ends a piece of
writing with Esc, which closes the step on top), as QUndoStack merges them.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QPointF

from desktop.ui.canvas_tab.note_item import NoteItem
from desktop.ui.canvas_tab.tab import CanvasTab
from desktop.ui.main_window import MainWindow
from tests.journeys.canvas_steps import (
    ZONE_KEYS,
    click_canvas,
    double_click_canvas,
    drag_note,
    grip_of,
    make_workshop,
    notes,
    on_screen,
    open_canvas,
    rest_pointer,
    settle,
    zone_spot,
    zones,
)
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import Key, Mod, ctrl, focused, press, type_text

Notes = dict[str, tuple[str, str | None, int]]  # note id -> (text, zone key, votes)

TEXTS = st.text(alphabet="abcdeæøå ABCÆØÅ0123", min_size=1, max_size=12)
FRACTIONS = st.floats(min_value=0.15, max_value=0.85)


@dataclass
class Step:
    """One entry of the model's undo history: the notes before and after, and whether a
    vote change of the same note would still join it."""

    kind: str
    note_id: str
    before: Notes
    after: Notes
    open: bool = True


@dataclass
class Model:
    notes: Notes = field(default_factory=dict)
    history: list[Step] = field(default_factory=list)
    index: int = 0

    def push(self, kind: str, note_id: str, before: Notes) -> None:
        """A new step as QUndoStack.push makes it: the redo tail goes; a vote change of
        the note the open step on top changed votes of joins that step."""
        del self.history[self.index :]
        top = self.history[-1] if self.history else None
        if (
            kind == "votes"
            and top is not None
            and top.kind == "votes"
            and top.note_id == note_id
            and top.open
        ):
            top.after = dict(self.notes)
            return
        self.history.append(Step(kind, note_id, before, dict(self.notes)))
        self.index = len(self.history)

    def close_top(self) -> None:
        """Esc after writing: the step on top takes no more merges (end_typing_step)."""
        if self.index > 0:
            self.history[self.index - 1].open = False

    def undo(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.notes = dict(self.history[self.index].before)

    def redo(self) -> None:
        if self.index < len(self.history):
            self.notes = dict(self.history[self.index].after)
            self.index += 1


class CanvasMachine(RuleBasedStateMachine):
    window: MainWindow
    picker: FilePicker
    folder: Path
    counter = itertools.count()

    def __init__(self) -> None:
        super().__init__()
        path = self.folder / f"model-{next(self.counter)}.tvaers"
        make_workshop(path)
        self.tab: CanvasTab = open_canvas(self.window, self.picker, path)
        self.zones = zones(self.tab)
        self.zone_key = {str(z["id"]): key for key, z in self.zones.items()}
        self.model = Model()
        # The pointer to one spot, then a click there on the edge of the first zone gives
        # the canvas the keys: every example starts alike.
        rest_pointer(self.tab, zone_spot(self.tab, ZONE_KEYS[0], 0.95, 0.97))
        click_canvas(self.tab, zone_spot(self.tab, ZONE_KEYS[0], 0.95, 0.97))

    # -- reading what is stored and on screen ---------------------------------------------

    def stored(self) -> Notes:
        return {
            str(n["id"]): (str(n["text"]), self.zone_key.get(str(n["zone_id"] or "")), n["votes"])
            for n in notes(self.tab)
        }

    def _new_note_id(self, before: set[str]) -> str:
        added = set(self.stored()) - before
        assert len(added) == 1, f"expected one new note, found {len(added)}"
        return added.pop()

    def _pick(self, index: int) -> str:
        ids = sorted(self.model.notes)
        return ids[index % len(ids)]

    def _note_at(self, scene_point: QPointF) -> str | None:
        """The note a person sees at that point of the canvas (the one on top)."""
        hit = self.tab.view.itemAt(on_screen(self.tab, scene_point))
        while hit is not None and not isinstance(hit, NoteItem):
            hit = hit.parentItem()
        return hit.note_id if isinstance(hit, NoteItem) else None

    def _click_note(self, note_id: str) -> bool:
        """Click the note's header; False (nothing done) if another note covers it there.
        Not hypothesis' assume(): what is on screen must not change what data is drawn."""
        grip = grip_of(self.tab, note_id)
        if self._note_at(grip) != note_id:
            return False
        click_canvas(self.tab, grip)
        assert self.tab.selected_note_id() == note_id
        return True

    def _write(self, text: str) -> None:
        type_text(text)
        press(Key.Key_Escape)
        settle()

    def _added(self, before_ids: set[str], text: str, zone: str) -> str:
        note_id = self._new_note_id(before_ids)
        before = dict(self.model.notes)
        self.model.notes[note_id] = ("", zone, 0)
        self.model.push("add", note_id, before)
        if text:
            before = dict(self.model.notes)
            self.model.notes[note_id] = (text, zone, 0)
            self.model.push("text", note_id, before)
        self.model.close_top()
        return note_id

    def _not_on_another(self, note_id: str) -> None:
        """A new note never lands on another note's spot."""
        rows = {str(n["id"]): (n["x"], n["y"]) for n in notes(self.tab)}
        spot = rows.pop(note_id)
        assert spot not in rows.values(), f"new note at {spot}, on top of another"

    # -- what the user does ---------------------------------------------------------------

    @rule(zone=st.sampled_from(ZONE_KEYS), text=TEXTS | st.just(""))
    def add_with_n(self, zone: str, text: str) -> None:
        """Alt+→ until the hint names the zone, then N, the text, Esc."""
        self._press_for_zone(zone)
        before_ids = set(self.stored())
        press(Key.Key_N)
        settle()
        self._write(text)
        note_id = self._added(before_ids, text, zone)
        self._not_on_another(note_id)

    @rule(zone=st.sampled_from(ZONE_KEYS), text=TEXTS)
    def undo_while_writing(self, zone: str, text: str) -> None:
        """N, some text, Ctrl+Z before Esc: as in any text field, Ctrl+Z takes back what
        was typed in the note (the note's editor has it); the note stays, empty."""
        self._press_for_zone(zone)
        before_ids = set(self.stored())
        press(Key.Key_N)
        settle()
        type_text(text)
        ctrl("z")
        settle()
        press(Key.Key_Escape)
        settle()
        self._added(before_ids, "", zone)

    def _press_for_zone(self, zone: str) -> None:
        for _ in range(len(ZONE_KEYS)):
            if self.tab.scene.current_zone_id == self.zones[zone]["id"]:
                break
            press(Key.Key_Right, Mod.AltModifier)
            settle()
        assert f"»{self.zones[zone]['title']}«" in self.tab.canvas_hint.text()

    @rule(zone=st.sampled_from(ZONE_KEYS), fx=FRACTIONS, fy=FRACTIONS, text=TEXTS)
    def add_with_double_click(self, zone: str, fx: float, fy: float, text: str) -> None:
        spot = zone_spot(self.tab, zone, fx, 0.25 + fy * 0.7)
        if self._note_at(spot) is not None:
            return  # on a note a double-click writes in it: a person aims at empty space
        before_ids = set(self.stored())
        double_click_canvas(self.tab, spot)
        self._write(text)
        note_id = self._added(before_ids, text, zone)
        self._not_on_another(note_id)

    @precondition(lambda self: self.model.notes)
    @rule(index=st.integers(0, 50), text=TEXTS)
    def write_more(self, index: int, text: str) -> None:
        """Click a note, Enter, type on at its end, Esc."""
        note_id = self._pick(index)
        if not self._click_note(note_id):
            return
        press(Key.Key_Return)
        settle()
        self._write(text)
        before = dict(self.model.notes)
        old, zone, votes = self.model.notes[note_id]
        self.model.notes[note_id] = (old + text, zone, votes)
        self.model.push("text", note_id, before)
        self.model.close_top()

    @precondition(lambda self: self.model.notes)
    @rule(index=st.integers(0, 50), zone=st.sampled_from(ZONE_KEYS), fx=FRACTIONS, fy=FRACTIONS)
    def drag_to_zone(self, index: int, zone: str, fx: float, fy: float) -> None:
        """Drag a note by its header so that its middle lands well inside the zone."""
        note_id = self._pick(index)
        item = self.tab.scene.notes[note_id]
        grip = grip_of(self.tab, note_id)
        middle = zone_spot(self.tab, zone, fx, 0.3 + fy * 0.5)
        to = middle - QPointF(0, item.height / 2 - 12)  # the grip is 12 below the top
        if self._note_at(grip) != note_id or (to - grip).manhattanLength() <= 20:
            return
        drag_note(self.tab, note_id, to)
        before = dict(self.model.notes)
        text, _zone, votes = self.model.notes[note_id]
        self.model.notes[note_id] = (text, zone, votes)
        self.model.push("move", note_id, before)

    @precondition(lambda self: self.model.notes)
    @rule(index=st.integers(0, 50), up=st.booleans(), times=st.integers(1, 3))
    def vote(self, index: int, up: bool, times: int) -> None:
        note_id = self._pick(index)
        if not self._click_note(note_id):
            return
        for _ in range(times):
            press(Key.Key_Plus if up else Key.Key_Minus)
            settle()
            before = dict(self.model.notes)
            text, zone, votes = self.model.notes[note_id]
            self.model.notes[note_id] = (text, zone, max(0, votes + (1 if up else -1)))
            self.model.push("votes", note_id, before)

    @precondition(lambda self: self.model.notes)
    @rule(index=st.integers(0, 50), forward=st.booleans())
    def move_with_ctrl_arrow(self, index: int, forward: bool) -> None:
        """Ctrl+→ / Ctrl+←: the selected note to the next or previous zone, round the end."""
        note_id = self._pick(index)
        if not self._click_note(note_id):
            return
        press(Key.Key_Right if forward else Key.Key_Left, Mod.ControlModifier)
        settle()
        before = dict(self.model.notes)
        text, zone, votes = self.model.notes[note_id]
        at = ZONE_KEYS.index(zone) if zone in ZONE_KEYS else (-1 if forward else 0)
        target = ZONE_KEYS[(at + (1 if forward else -1)) % len(ZONE_KEYS)]
        self.model.notes[note_id] = (text, target, votes)
        self.model.push("move", note_id, before)
        assert f"»{self.zones[target]['title']}«" in self.tab.canvas_hint.text()

    @precondition(lambda self: self.model.notes)
    @rule(index=st.integers(0, 50))
    def delete(self, index: int) -> None:
        note_id = self._pick(index)
        if not self._click_note(note_id):
            return
        press(Key.Key_Delete)
        settle()
        before = dict(self.model.notes)
        del self.model.notes[note_id]
        self.model.push("delete", note_id, before)

    @rule()
    def undo(self) -> None:
        ctrl("z")
        settle()
        self.model.undo()

    @rule()
    def redo(self) -> None:
        ctrl("y")
        settle()
        self.model.redo()

    # -- after every step -----------------------------------------------------------------

    @invariant()
    def stored_notes_are_what_the_user_did(self) -> None:
        assert self.stored() == self.model.notes

    @invariant()
    def the_canvas_keeps_the_keys(self) -> None:
        assert focused() is self.tab.view

    def teardown(self) -> None:
        self.window.close_workshop()


def test_canvas_notes_follow_the_model(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path
) -> None:
    CanvasMachine.window = journey_window
    CanvasMachine.picker = picker
    CanvasMachine.folder = tmp_path
    run_state_machine_as_test(
        CanvasMachine,
        settings=settings(
            max_examples=int(os.environ.get("CANVAS_MODEL_EXAMPLES", "20")),
            stateful_step_count=int(os.environ.get("CANVAS_MODEL_STEPS", "15")),
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        ),
    )
