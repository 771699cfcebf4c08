"""Model-based: follow-up actions' due dates typed in every Danish form, stepped with ↑/↓,
cleared, and impossible dates typed, by keys on the whole window; after every step the
stored due dates are what a plain model of the person's keys says, and so is the file."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from desktop.core import actions
from desktop.storage.document import create_document
from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.real_input import Key, Mod, click, click_cell, ctrl, press, type_text
from tests.journeys.test_workshop_journey import settle

WORKSHOP_DAY = date(2027, 1, 15)
FORMS = (
    lambda d: d.strftime("%d.%m.%Y"),  # 27.01.2027
    lambda d: f"{d.day}/{d.month}-{d.year}",  # 27/1-2027
    lambda d: f"{d.day}.{d.month}.{d.year % 100:02d}",  # 27.1.27
    lambda d: d.strftime("%d%m%Y"),  # 27012027
    lambda d: f"{d.day}. {('januar', 'februar', 'marts')[d.month - 1]} {d.year}",
)
IMPOSSIBLE = ("31.02.2027", "29.02.2027", "12.13.2027", "i morgen", "32.1.2027")
DAYS = st.dates(min_value=date(2027, 1, 1), max_value=date(2027, 3, 31))


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_due_dates_are_what_the_person_typed(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path
) -> None:
    win = journey_window
    counter = itertools.count()

    class DueDates(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.path = tmp_path / f"workshop {next(counter)}.tvaers"
            start = datetime.combine(WORKSHOP_DAY, time(9, 0))
            doc = create_document(self.path, title="Frister", starts_at=start)
            # Two actions to begin with: one with a due date, one without.
            self.dues: list[date | None] = [date(2027, 2, 1), None]
            with doc.session() as session:
                for position, due in enumerate(self.dues):
                    actions.add_action(
                        session, what=f"Punkt {position}", due=due, position=position
                    )
            doc.close(save=True)
            picker.open_path = self.path
            win.activateWindow()
            win.setFocus()
            ctrl("o")
            assert win.workshop_tab is not None
            self.tab = win.workshop_tab
            # self.dues is the model: each action's due date, in order.
            self.errors = len(picker.errors)

        def teardown(self) -> None:
            ctrl("s")
            settle(win)
            saved = read_saved(self.path, "SELECT due FROM action_item ORDER BY position")
            assert [r[0] for r in saved] == [d.isoformat() if d else None for d in self.dues]

        def _open(self, row: int) -> None:
            click_cell(self.tab.follow_ups.view, row, 2)
            press(Key.Key_F2)

        @precondition(lambda self: len(self.dues) < 4)
        @rule()
        def add_action(self) -> None:
            click(self.tab.follow_ups.add_button)
            press(Key.Key_Escape)  # the name stays "Nyt opfølgningspunkt"
            settle(win)
            self.dues.append(None)

        @rule(data=st.data(), day=DAYS, form=st.sampled_from(FORMS))
        def type_a_date(self, data: st.DataObject, day: date, form: object) -> None:
            row = data.draw(st.integers(0, len(self.dues) - 1))
            click_cell(self.tab.follow_ups.view, row, 2)
            typed = form(day)  # type: ignore[operator]
            type_text(typed[0])  # the first key opens the cell, typed over
            type_text(typed[1:])
            press(Key.Key_Return)
            settle(win)
            self.dues[row] = day

        @rule(data=st.data(), typed=st.sampled_from(IMPOSSIBLE))
        def type_an_impossible_date(self, data: st.DataObject, typed: str) -> None:
            row = data.draw(st.integers(0, len(self.dues) - 1))
            click_cell(self.tab.follow_ups.view, row, 2)
            type_text(typed[0])
            type_text(typed[1:])
            press(Key.Key_Return)
            self.errors += 1
            assert len(picker.errors) == self.errors, "no plain message"
            assert typed in picker.errors[-1]
            press(Key.Key_Escape)
            settle(win)

        @rule(data=st.data(), presses=st.integers(1, 3), up=st.booleans())
        def step_with_arrows(self, data: st.DataObject, presses: int, up: bool) -> None:
            row = data.draw(st.integers(0, len(self.dues) - 1))
            self._open(row)
            for _ in range(presses):
                press(Key.Key_Up if up else Key.Key_Down)
            press(Key.Key_Return)
            settle(win)
            current = self.dues[row]
            sign = 1 if up else -1
            if current is None:  # the first press shows where an empty date starts
                start = max(date.today(), WORKSHOP_DAY)
                self.dues[row] = start + timedelta(days=sign * (presses - 1))
            else:
                self.dues[row] = current + timedelta(days=sign * presses)

        @rule(data=st.data())
        def clear(self, data: st.DataObject) -> None:
            row = data.draw(st.integers(0, len(self.dues) - 1))
            self._open(row)
            press(Key.Key_A, Mod.ControlModifier)
            press(Key.Key_Delete)
            press(Key.Key_Return)
            settle(win)
            self.dues[row] = None

        @invariant()
        def stored_as_modelled(self) -> None:
            assert win.current is not None
            stored = win.current.read(lambda s: [a.due for a in actions.list_actions(s)])
            assert stored == self.dues

    run_state_machine_as_test(
        DueDates,
        settings=settings(
            max_examples=15,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        ),
    )
