"""The delivery board against a plain model of what the person did, driven by real input.

Hypothesis picks the steps: add a card (Alt+Y, a title typed), drag it to a column and place
with the mouse, move it with Ctrl+arrows, type a new annual cost (or clear it), type contract
years ("2+1+1", "2,5", ...), undo (Ctrl+Z), redo (Ctrl+Y). After every step the stored
services (column, order within the column, title, cost, years as typed and their sum) must
be exactly what the model says. Undo and redo are modelled as a stack of
board states: each step that changed something is one undo step (a new card is two: the card,
then its typed title).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import date
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
from pytestqt.qtbot import QtBot

from desktop.core import delivery as core
from desktop.storage.document import create_document
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker
from tests.journeys.delivery_steps import (
    alt_for,
    card_centre,
    card_view,
    delivery,
    drag_card,
    open_workshop,
    show_tab,
    titles,
)
from tests.journeys.real_input import Key, click, ctrl, press, type_text

COLUMNS = core.COLUMNS
MIXED = COLUMNS.index("mixed")
MAX_CARDS = 5  # a column of five still shows every card at 1366×768
NEW_TITLE = "Ny ydelse"


@dataclass(frozen=True)
class Board:
    """What the person expects: cards per column in order, their titles and costs."""

    columns: tuple[tuple[str, ...], ...] = tuple(() for _ in COLUMNS)
    title: dict[str, str] = field(default_factory=dict)
    cost: dict[str, int | None] = field(default_factory=dict)
    years: dict[str, str] = field(default_factory=dict)  # contract years as typed
    announced: dict[str, str] = field(default_factory=dict)  # ISO date; "" or absent: none
    share: dict[str, int | None] = field(default_factory=dict)  # bought share, mixed cards

    def where(self, card: str) -> tuple[int, int]:
        for c, ids in enumerate(self.columns):
            if card in ids:
                return c, ids.index(card)
        raise KeyError(card)

    def cards(self) -> list[str]:
        return [card for ids in self.columns for card in ids]

    def moved(self, card: str, column: int, before: str | None) -> Board:
        """`card` put into `column` just before `before` (None: at its end)."""
        if before == card:
            return self
        columns = [tuple(i for i in ids if i != card) for ids in self.columns]
        target = list(columns[column])
        target.insert(target.index(before) if before in target else len(target), card)
        columns[column] = tuple(target)
        return replace(self, columns=tuple(columns))


def years_sum(typed: str) -> float | None:
    """What the model expects stored beside the typed text: the years added up."""
    parts = [p.strip().replace(",", ".") for p in typed.split("+")] if typed.strip() else []
    return float(sum(float(p) for p in parts)) if parts else None


def stored(tab: DeliveryTab) -> Board:
    services = tab.workshop.read(core.list_services)
    columns = tuple(
        tuple(s.id for s in services if s.placement == placement) for placement in COLUMNS
    )
    return Board(
        columns,
        {s.id: s.title for s in services},
        {s.id: s.annual_cost_dkk for s in services},
        {s.id: s.contract_years_typed for s in services},
        {s.id: s.announcement_date for s in services},
        {s.id: s.bought_share_percent for s in services},
    )


def test_delivery_board_matches_a_model_of_real_input(
    journey_window: MainWindow, picker: FilePicker, qtbot: QtBot, tmp_path: Path
) -> None:
    win = journey_window
    counter = itertools.count(1)

    class DeliveryBoard(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            path = tmp_path / f"model {next(counter)}.tvaers"
            create_document(path, title="Modelprøve").close()
            open_workshop(win, picker, qtbot, path)
            show_tab(win, qtbot, "delivery")
            self.tab = delivery(win)
            self.model = Board()
            self.undo: list[Board] = []
            self.redo: list[Board] = []
            self.names = itertools.count(1)

        def _did(self, *states: Board) -> None:
            """Steps that changed the board: each is one undo step."""
            for state in states:
                if state != self.model:
                    self.undo.append(self.model)
                    self.model = state
            self.redo.clear()

        def _select(self, card: str) -> tuple[str, int]:
            column, row = self.model.where(card)
            placement = COLUMNS[column]
            click(card_view(self.tab, placement).viewport(), card_centre(self.tab, placement, row))
            assert self.tab.current_id == card
            return placement, row

        def _focus_board(self) -> None:
            """Ctrl+Z is the window's undo only outside a text field: the person clicks the
            board first (on the first card, or the empty first column)."""
            for placement in COLUMNS:
                if titles(self.tab, placement):
                    click(
                        card_view(self.tab, placement).viewport(),
                        card_centre(self.tab, placement, 0),
                    )
                    return
            click(card_view(self.tab, COLUMNS[0]).viewport())

        @precondition(lambda self: len(self.model.cards()) < MAX_CARDS)
        @rule()
        def add_card(self) -> None:
            before = set(self.model.cards())
            name = f"Kort {next(self.names)}"
            alt_for(self.tab.add_button)
            qtbot.waitUntil(lambda: len(stored(self.tab).cards()) == len(before) + 1)
            qtbot.waitUntil(self.tab.editor.title.hasFocus)
            type_text(name)
            press(Key.Key_Tab)
            (new,) = set(stored(self.tab).cards()) - before
            added = replace(
                self.model,
                columns=(self.model.columns[0] + (new,), *self.model.columns[1:]),
                title={**self.model.title, new: NEW_TITLE},
                cost={**self.model.cost, new: None},
                years={**self.model.years, new: ""},
            )
            self._did(added, replace(added, title={**added.title, new: name}))

        @precondition(lambda self: bool(self.model.cards()))
        @rule(data=st.data())
        def drag(self, data: Any) -> None:
            card = data.draw(st.sampled_from(self.model.cards()), label="card")
            column = data.draw(st.integers(0, len(COLUMNS) - 1), label="to column")
            target = self.model.columns[column]
            before_row = data.draw(
                st.none() | st.integers(0, max(0, len(target) - 1)), label="before"
            )
            lower = data.draw(st.booleans(), label="on the lower half")
            if not target:
                before_row = None
            source, row = self.model.where(card)
            drag_card(self.tab, COLUMNS[source], row, COLUMNS[column], before_row, lower=lower)
            if before_row is None:
                before = None
            elif lower:  # on a card's lower half: after it
                before = target[before_row + 1] if before_row + 1 < len(target) else None
            else:
                before = target[before_row]
            self._did(self.model.moved(card, column, before))

        @precondition(lambda self: bool(self.model.cards()))
        @rule(
            data=st.data(),
            key=st.sampled_from([Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down]),
        )
        def keys(self, data: Any, key: Key) -> None:
            card = data.draw(st.sampled_from(self.model.cards()), label="card")
            self._select(card)
            column, row = self.model.where(card)
            ctrl(key)
            if key in (Key.Key_Left, Key.Key_Right):
                there = column + (1 if key == Key.Key_Right else -1)
                if 0 <= there < len(COLUMNS):
                    target = self.model.columns[there]  # the same row there, or its end
                    self._did(
                        self.model.moved(card, there, target[row] if row < len(target) else None)
                    )
                return
            ids = self.model.columns[column]
            new_row = row + (1 if key == Key.Key_Down else -1)
            if 0 <= new_row < len(ids):
                others = [i for i in ids if i != card]
                before = others[new_row] if new_row < len(others) else None
                self._did(self.model.moved(card, column, before))

        @precondition(lambda self: bool(self.model.cards()))
        @rule(data=st.data(), cost=st.none() | st.integers(0, 99_999_999))
        def edit_cost(self, data: Any, cost: int | None) -> None:
            card = data.draw(st.sampled_from(self.model.cards()), label="card")
            self._select(card)
            alt_for(self.tab.editor.annual_cost_dkk)  # the amount there is selected
            if cost is None:
                press(Key.Key_Backspace)
            else:
                type_text(f"{cost:,}".replace(",", "."))  # as a Dane writes it: 1.234.567
            press(Key.Key_Tab)
            self._did(replace(self.model, cost={**self.model.cost, card: cost}))

        @precondition(lambda self: bool(self.model.cards()))
        @rule(data=st.data(), typed=st.sampled_from(["2+1+1", "4", "2,5", "3 + 1", "1+1+1+1", ""]))
        def type_years(self, data: Any, typed: str) -> None:
            card = data.draw(st.sampled_from(self.model.cards()), label="card")
            self._select(card)
            alt_for(self.tab.editor.contract_years)  # what is there is selected
            if typed:
                type_text(typed)
            else:
                press(Key.Key_Backspace)
            press(Key.Key_Tab)
            assert self.tab.editor.contract_years.text() == typed  # shown as typed
            self._did(replace(self.model, years={**self.model.years, card: typed}))

        @precondition(lambda self: bool(self.model.cards()))
        @rule(data=st.data(), day=st.none() | st.dates(date(2025, 1, 1), date(2028, 12, 31)))
        def type_announcement(self, data: Any, day: date | None) -> None:
            card = data.draw(st.sampled_from(self.model.cards()), label="card")
            self._select(card)
            alt_for(self.tab.editor.announcement_date)  # what is there is selected
            if day is None:
                press(Key.Key_Backspace)
            else:
                type_text(f"{day.day}.{day.month}.{day.year}")  # 1.9.2027, as typed by hand
            press(Key.Key_Tab)
            iso = day.isoformat() if day else ""
            if iso != self.model.announced.get(card, ""):  # the same again is no edit
                self._did(replace(self.model, announced={**self.model.announced, card: iso}))

        @precondition(lambda self: bool(self.model.columns[MIXED]))
        @rule(data=st.data(), share=st.none() | st.integers(0, 100))
        def type_share(self, data: Any, share: int | None) -> None:
            card = data.draw(st.sampled_from(self.model.columns[MIXED]), label="card")
            self._select(card)
            alt_for(self.tab.editor.bought_share_percent)
            if share is None:
                press(Key.Key_Backspace)
            else:
                type_text(f"{share} %")
            press(Key.Key_Tab)
            if share != self.model.share.get(card):  # the same again is no edit
                self._did(replace(self.model, share={**self.model.share, card: share}))

        @precondition(lambda self: bool(self.undo))
        @rule()
        def undo(self) -> None:
            self._focus_board()
            ctrl("z")
            if self.undo:
                self.redo.append(self.model)
                self.model = self.undo.pop()

        @precondition(lambda self: bool(self.redo))
        @rule()
        def redo_step(self) -> None:
            self._focus_board()
            ctrl("y")
            if self.redo:
                self.undo.append(self.model)
                self.model = self.redo.pop()

        @invariant()
        def stored_services_are_the_model(self) -> None:
            now = stored(self.tab)
            assert now.columns == self.model.columns
            assert now.title == self.model.title
            assert now.cost == self.model.cost
            assert now.years == self.model.years
            cards = self.model.cards()
            assert now.announced == {c: self.model.announced.get(c, "") for c in cards}
            assert now.share == {c: self.model.share.get(c) for c in cards}
            # Each bought card's hint is for its announcement date, else the workshop's.
            board = self.tab.board
            assert board is not None
            for card, iso in now.announced.items():
                shown = board.card(card)
                if shown is not None and shown.hint is not None and iso:
                    assert shown.hint.day == date.fromisoformat(iso)
            sums = {s.id: s.contract_years for s in self.tab.workshop.read(core.list_services)}
            assert sums == {card: years_sum(typed) for card, typed in self.model.years.items()}
            # What the board shows is what is stored.
            models = [self.tab.columns[p].model for p in COLUMNS]
            shown = tuple(tuple(m.card_at(r).id for r in range(m.rowCount())) for m in models)
            assert shown == now.columns

    run_state_machine_as_test(
        DeliveryBoard,
        settings=settings(
            max_examples=12,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
