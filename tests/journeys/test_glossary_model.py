"""Model-based test of Fælles sprog: random clicks in both lists, typing in "Valgt begreb",
status and teacher chosen, searches, undo and redo, all by real keys and mouse; after every
step the stored terms, what each list shows and what the pane shows must be what a plain
model of the person's actions says.

Issue 15, fault 1: with a term selected on each side, a status chosen for the term shown
made the pane jump to the other side's term, and the next field typed was stored there.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolBar

from desktop.core import glossary, participants
from desktop.storage.document import create_document
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.main_window import MainWindow
from desktop.ui.typing_buffer import TYPING_PAUSE_MS
from tests.journeys.conftest import FilePicker
from tests.journeys.glossary_steps import (
    DOMAIN,
    POPUP_WARNINGS,
    PROC,
    choose,
    open_with_ctrl_o,
    replace_text,
    saved_terms,
    settle,
)
from tests.journeys.real_input import Key, click, click_cell, ctrl, press, type_text

SIDES = (PROC, DOMAIN)
State = tuple[dict[str, dict[str, Any]], dict[str, list[str]]]


@dataclass
class Step:
    """One undo step: the terms and each side's order before and after it."""

    before: State
    after: State


START = {
    PROC: [("udbud", "En konkurrence"), ("tilbud", "Svar på et udbud"), ("kontrakt", "")],
    DOMAIN: [("løntilskud", "Tilskud til løn"), ("praktik", ""), ("mentor", "En støtte")],
}
PEOPLE = ("Anne Holm", "Bo Berg")
STATUSES = {"proposed": "Foreslået", "agreed": "Aftalt", "disputed": "Omstridt"}
TEXT_FIELDS = ("explanation", "example", "source")
STORED = (*TEXT_FIELDS, "side", "term", "status", "taught_by", "counterpart_id")
WORDS = ("udbud", "rammeaftale", "krav", "løn")
# Short texts that the searches below find in some terms and not in others.
TEXTS = ("krav", "løn", "plan B", "En konkurrence", "", "udbud\nog mere")
SEARCHES = ("", "krav", "løn", "udbud", "en ", "praktik")
HIDDEN = "Det valgte begreb er skjult af søgningen. Ryd søgningen for at se det."


def _matches(term: dict[str, Any], needle: str) -> bool:
    needle = needle.casefold().strip()
    text = "\n".join((term["term"], term["explanation"], term["example"])).casefold()
    return not needle or needle in text


@POPUP_WARNINGS
def test_the_glossary_does_what_the_person_did(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path
) -> None:
    win = journey_window
    counter = itertools.count()

    class Glossary(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.path = tmp_path / f"workshop {next(counter)}.tvaers"
            doc = create_document(self.path, title="Fælles sprog")
            self.terms: dict[str, dict[str, Any]] = {}
            self.order: dict[str, list[str]] = {side: [] for side in SIDES}
            with doc.session() as session:
                self.people = {
                    name: participants.add_participant(session, name=name).id for name in PEOPLE
                }
                for side, rows in START.items():
                    for position, (word, explanation) in enumerate(rows):
                        term = glossary.add_term(
                            session,
                            side=side,
                            term=word,
                            explanation=explanation,
                            position=position,
                        )
                        self.terms[term.id] = {k: getattr(term, k) for k in STORED}
                        self.order[side].append(term.id)
            doc.close(save=True)
            self.tab: GlossaryTab = open_with_ctrl_o(win, picker, self.path)
            # What the person did, and what it should have done:
            self.chosen: dict[str, str | None] = {side: None for side in SIDES}
            self.current_side = PROC  # the side of the term in "Valgt begreb"
            self.needle = ""
            self.visible = {side: set(self.order[side]) for side in SIDES}
            # Each undo step as (before, after): the terms and each side's order.
            self.undo: list[Step] = []
            self.redo: list[Step] = []

        def teardown(self) -> None:
            """Ctrl+S: the file holds what the model says."""
            if getattr(self, "tab", None) is None:
                return
            ctrl("s")
            settle()
            assert not picker.errors, picker.errors
            saved = {str(t["id"]): {k: t[k] for k in STORED} for t in saved_terms(self.path)}
            assert saved == self.terms

        # -- the model's view of the screen ---------------------------------------------

        def rows(self, side: str) -> list[str]:
            return [i for i in self.order[side] if i in self.visible[side]]

        def shown(self) -> str | None:
            chosen = self.chosen[self.current_side]
            return chosen if chosen in self.visible[self.current_side] else None

        def state(self) -> State:
            return copy.deepcopy(self.terms), copy.deepcopy(self.order)

        def _set_state(self, state: State, shown_before: State | None = None) -> None:
            """The terms as `state`; what the lists show follows from what they showed."""
            before = (shown_before or self.state())[1]
            self.terms, self.order = copy.deepcopy(state[0]), copy.deepcopy(state[1])
            for side in SIDES:
                matching = {i for i in self.order[side] if _matches(self.terms[i], self.needle)}
                if self.order[side] == before[side]:
                    # The list keeps the terms it shows after an edit; new matches join.
                    self.visible[side] |= matching
                else:  # terms came or went: the list is read again, the search applied
                    self.visible[side] = matching

        def _step(self, before: State) -> None:
            """The person's change is one undo step (if it changed anything)."""
            after = self.state()
            if after != before:
                self.undo.append(Step(before, after))
                self.redo.clear()
                self._set_state(after, before)

        def _edited(self, term_id: str, field: str, value: Any) -> None:
            before = self.state()
            self.terms[term_id][field] = value
            self._step(before)

        # -- what the person does -------------------------------------------------------

        @rule(side=st.sampled_from(SIDES), pick=st.integers(0, 5), column=st.integers(0, 2))
        def click_row(self, side: str, pick: int, column: int) -> None:
            rows = self.rows(side)
            if not rows:
                return
            term_id = rows[pick % len(rows)]
            click_cell(self.tab.panes[side].view, rows.index(term_id), column)
            settle()
            self.chosen[side] = term_id
            self.current_side = side

        @precondition(lambda self: self.shown() is not None)
        @rule(
            field=st.sampled_from(("term", *TEXT_FIELDS)),
            text=st.sampled_from(TEXTS),
            leave=st.sampled_from(("tab", "click", "pause")),
            pick=st.integers(0, 5),
        )
        def type_into(self, field: str, text: str, leave: str, pick: int) -> None:
            """Typing in a detail field, then Tab, or a click on a row of the other list,
            or a pause (stored after it) and then Tab: the edit lands on the term shown
            while typing, as one undo step."""
            if field in ("term", "source"):
                text = text.replace("\n", " ")  # one line
            if field == "term":
                text = text or "begreb"  # a name, not nothing
            term_id = self.shown()
            assert term_id is not None
            replace_text(getattr(self.tab.editor, field), text)
            if leave == "pause":
                QTest.qWait(TYPING_PAUSE_MS)
                for _ in range(250):  # stored after the pause, however busy the machine
                    if self._stored()[term_id][field] == text:
                        break
                    QTest.qWait(20)
                assert self._stored()[term_id][field] == text
            other = DOMAIN if self.current_side == PROC else PROC
            rows = self.rows(other)
            if leave == "click" and rows:
                chosen = rows[pick % len(rows)]
                click_cell(self.tab.panes[other].view, rows.index(chosen), 0)
            else:
                press(Key.Key_Tab)  # on to the next field
            settle()
            self._edited(term_id, field, text)
            if leave == "click" and rows:
                self.chosen[other], self.current_side = chosen, other

        @precondition(lambda self: self.shown() is not None)
        @rule(status=st.sampled_from(sorted(STATUSES)))
        def choose_status(self, status: str) -> None:
            choose(self.tab.editor.status, STATUSES[status])
            term_id = self.shown()
            assert term_id is not None
            self._edited(term_id, "status", status)

        @precondition(lambda self: self.shown() is not None)
        @rule(person=st.sampled_from((None, *PEOPLE)))
        def choose_teacher(self, person: str | None) -> None:
            choose(self.tab.editor.taught_by, person or "—")
            term_id = self.shown()
            assert term_id is not None
            self._edited(term_id, "taught_by", self.people[person] if person else None)

        @precondition(lambda self: self.shown() is not None)
        @rule(word=st.sampled_from(WORDS))
        def rename_in_the_list(self, word: str) -> None:
            """F2 on the selected row, the name typed over, Enter."""
            side, term_id = self.current_side, self.shown()
            assert term_id is not None
            click_cell(self.tab.panes[side].view, self.rows(side).index(term_id), 0)
            press(Key.Key_F2)
            settle()
            ctrl("a")
            type_text(word)
            press(Key.Key_Return)
            settle()
            self._edited(term_id, "term", word)

        @rule(side=st.sampled_from(SIDES), word=st.sampled_from(WORDS))
        def add_with_ins(self, side: str, word: str) -> None:
            """Ins in a list: a new term there, its name typed; the search is cleared."""
            view = self.tab.panes[side].view
            rows = self.rows(side)
            if rows:  # into the list: a click on a row (the person's choice too)
                term_id = rows[0]
                click_cell(view, 0, 1)
                self.chosen[side], self.current_side = term_id, side
            else:
                view.setFocus()  # an empty list: as if reached with Tab
                settle()
            press(Key.Key_Insert)
            settle()
            before = self.state()
            known = set(self.terms)
            stored = self._stored()
            (new_id,) = set(stored) - known
            self.terms[new_id] = {**stored[new_id]}
            self.order[side].append(new_id)
            self.needle = ""
            self.visible = {s: set(self.order[s]) for s in SIDES}
            self.undo.append(Step(before, self.state()))
            self.redo.clear()
            self.chosen[side], self.current_side = new_id, side
            ctrl("a")
            type_text(word)
            press(Key.Key_Return)
            settle()
            self._edited(new_id, "term", word)

        @precondition(lambda self: self.shown() is not None)
        @rule()
        def delete_with_del(self) -> None:
            side, term_id = self.current_side, self.shown()
            assert term_id is not None
            click_cell(self.tab.panes[side].view, self.rows(side).index(term_id), 1)
            press(Key.Key_Delete)
            settle()
            before = self.state()
            counterpart = self.terms.pop(term_id)["counterpart_id"]
            if counterpart in self.terms:
                self.terms[counterpart]["counterpart_id"] = None
            self.order[side].remove(term_id)
            self._step(before)

        @rule()
        def link_with_ctrl_l(self) -> None:
            first, second = (self.chosen[s] for s in SIDES)
            if not all(c in self.visible[s] for c, s in ((first, PROC), (second, DOMAIN))):
                return  # the app would say: select one on each side
            ctrl("l")
            settle()
            assert first is not None and second is not None
            before = self.state()
            for term_id in (first, second):
                old = self.terms[term_id]["counterpart_id"]
                if old in self.terms:
                    self.terms[old]["counterpart_id"] = None
            self.terms[first]["counterpart_id"] = second
            self.terms[second]["counterpart_id"] = first
            self._step(before)

        @rule(needle=st.sampled_from(SEARCHES))
        def search(self, needle: str) -> None:
            ctrl("f")
            ctrl("a")
            if needle:
                type_text(needle)
            else:
                press(Key.Key_Delete)
            settle()
            if needle or self.needle:
                self.needle = needle
                self.visible = {
                    side: {i for i in self.order[side] if _matches(self.terms[i], needle)}
                    for side in SIDES
                }

        def _undo_key(self, key: str) -> None:
            """Ctrl+Z / Ctrl+Y; in a text field those keys are the field's own, so there
            the person clicks the toolbar's button instead."""
            if isinstance(win.focusWidget(), QLineEdit | QPlainTextEdit):
                bar = next(b for b in win.findChildren(QToolBar) if b.isVisible())
                action = win.undo_action if key == "z" else win.redo_action
                button = bar.widgetForAction(action)
                assert button is not None
                click(button)
            else:
                ctrl(key)
            settle()

        @rule()
        def undo_step(self) -> None:
            self._undo_key("z")
            if self.undo:
                step = self.undo.pop()
                self.redo.append(step)
                self._set_state(step.before)

        @rule()
        def redo_step(self) -> None:
            self._undo_key("y")
            if self.redo:
                step = self.redo.pop()
                self.undo.append(step)
                self._set_state(step.after)

        def _stored(self) -> dict[str, dict[str, Any]]:
            return self.tab.workshop.read(
                lambda s: {t.id: {k: getattr(t, k) for k in STORED} for t in glossary.list_terms(s)}
            )

        # -- what must hold after every step --------------------------------------------

        @invariant()
        def stored_terms_are_what_the_person_did(self) -> None:
            assert self._stored() == self.terms
            for side in SIDES:
                stored = [t.id for t in self.tab.workshop.read(glossary.list_terms)]
                assert [i for i in stored if self.terms[i]["side"] == side] == self.order[side]

        @invariant()
        def the_lists_show_what_the_search_leaves(self) -> None:
            for side in SIDES:
                model = self.tab.models[side]
                assert [model.term_at(r)["id"] for r in range(model.rowCount())] == self.rows(side)

        @invariant()
        def the_pane_shows_the_term_chosen_last(self) -> None:
            editor = self.tab.editor
            assert editor.term_id == self.shown()
            chosen = self.chosen[self.current_side]
            hidden = self.shown() is None and chosen in self.terms
            assert (editor.heading.text() == HIDDEN) == hidden

        @invariant()
        def one_undo_step_per_change(self) -> None:
            assert win.current is not None
            assert win.current.undo_stack.index() == len(self.undo)

    run_state_machine_as_test(
        Glossary,
        settings=settings(
            max_examples=20,
            stateful_step_count=15,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        ),
    )
