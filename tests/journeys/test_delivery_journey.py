"""The delivery board as a facilitator uses it in the room, keys and mouse only: cards added
from the keyboard, dragged between the five columns and moved with Ctrl+arrows, cost and
contract years typed ("2+1+1" stays "2+1+1"), undo and redo, saved with Ctrl+S."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.delivery_steps import (
    add_card,
    alt_for,
    card_centre,
    card_view,
    drag_card,
    new_workshop_on_delivery,
    reopen_on_delivery,
    titles,
)
from tests.journeys.real_input import Key, click, ctrl, press, type_text

UND, INT, EXT, MIX, NOB = "undecided", "internal", "external", "mixed", "not_buying"


@pytest.mark.parametrize(
    "screen", [(1366, 768), (960, 480)], ids=["1366x768", "200%"], indirect=True
)
@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_board_by_keyboard_and_mouse_is_saved_exactly(
    journey_window: MainWindow, picker: FilePicker, qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    win = journey_window
    grouped = str.maketrans(".", ",") if lang == "en" else {}  # 1.234.567 / 1,234,567
    path = tmp_path / "Levering.tvaers"
    tab = new_workshop_on_delivery(win, picker, qtbot, path, "Mentorstøtte i jobcentret")

    add_card(qtbot, tab, "Mentorstøtte", "1.234.567", "2+1+1")
    add_card(qtbot, tab, "Kørsel til genoptræning", "650000", "4")
    add_card(qtbot, tab, "Tolkebistand")
    assert titles(tab, UND) == ["Mentorstøtte", "Kørsel til genoptræning", "Tolkebistand"]

    # Drag: Mentorstøtte into the empty External column, then Tolkebistand above it.
    drag_card(tab, UND, 0, EXT)
    qtbot.waitUntil(lambda: titles(tab, EXT) == ["Mentorstøtte"])
    drag_card(tab, UND, 1, EXT, before_row=0)
    qtbot.waitUntil(lambda: titles(tab, EXT) == ["Tolkebistand", "Mentorstøtte"])
    assert titles(tab, UND) == ["Kørsel til genoptræning"]

    # Keys: Kørsel two columns right (it keeps its height: first in External), one down.
    click(card_view(tab, UND).viewport(), card_centre(tab, UND, 0))
    ctrl(Key.Key_Right)
    ctrl(Key.Key_Right)
    assert titles(tab, EXT) == ["Kørsel til genoptræning", "Tolkebistand", "Mentorstøtte"]
    ctrl(Key.Key_Down)
    assert titles(tab, EXT) == ["Tolkebistand", "Kørsel til genoptræning", "Mentorstøtte"]

    # Drag to the far right column; undo, redo, undo: back at the end of External.
    drag_card(tab, EXT, 2, NOB)
    qtbot.waitUntil(lambda: titles(tab, NOB) == ["Mentorstøtte"])
    ctrl("z")
    assert titles(tab, NOB) == [] and titles(tab, EXT)[-1] == "Mentorstøtte"
    ctrl("y")
    assert titles(tab, NOB) == ["Mentorstøtte"]
    ctrl("z")
    assert titles(tab, EXT) == ["Tolkebistand", "Kørsel til genoptræning", "Mentorstøtte"]

    # A new cost for Kørsel, undone and redone from the board.
    click(card_view(tab, EXT).viewport(), card_centre(tab, EXT, 1))
    alt_for(tab.editor.annual_cost_dkk)
    type_text("700.000")
    press(Key.Key_Tab)
    click(card_view(tab, EXT).viewport(), card_centre(tab, EXT, 1))
    ctrl("z")
    assert tab.editor.annual_cost_dkk.text() == "650.000".translate(grouped)
    ctrl("y")
    assert tab.editor.annual_cost_dkk.text() == "700.000".translate(grouped)
    assert tab.editor.contract_years.text() == "4"

    ctrl("s")
    rows = read_saved(
        path,
        "SELECT placement, position, title, annual_cost_dkk, contract_years, "
        "contract_years_typed FROM service ORDER BY placement, position",
    )
    assert rows == [
        (EXT, 0, "Tolkebistand", None, None, ""),
        (EXT, 1, "Kørsel til genoptræning", 700_000, 4.0, "4"),
        (EXT, 2, "Mentorstøtte", 1_234_567, 4.0, "2+1+1"),
    ]

    # Opened again (Ctrl+O closes the workshop first): the field shows exactly what was typed.
    tab = reopen_on_delivery(win, picker, qtbot, path)
    click(card_view(tab, EXT).viewport(), card_centre(tab, EXT, 2))
    assert tab.editor.title.text() == "Mentorstøtte"
    assert tab.editor.contract_years.text() == "2+1+1"
    assert tab.editor.annual_cost_dkk.text() == "1.234.567".translate(grouped)


@pytest.mark.parametrize("lang", ["da", "en"], indirect=True)
def test_a_mixed_card_gets_its_share_code_and_announcement_by_keyboard(
    journey_window: MainWindow, picker: FilePicker, qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 16: the bought share and the announcement date reach the file as typed, the
    hint follows them at once, and they come back after reopening."""
    win = journey_window
    path = tmp_path / "Blandet.tvaers"
    tab = new_workshop_on_delivery(win, picker, qtbot, path, "Danskundervisning")
    add_card(qtbot, tab, "Danskundervisning", "2.000.000", "2+1+1")
    click(card_view(tab, UND).viewport(), card_centre(tab, UND, 0))
    for _ in range(3):
        ctrl(Key.Key_Right)  # Undecided -> Internal -> External -> Mixed
    qtbot.waitUntil(lambda: titles(tab, MIX) == ["Danskundervisning"])
    click(card_view(tab, MIX).viewport(), card_centre(tab, MIX, 0))
    alt_for(tab.editor.cpv_code)
    type_text("80580000-3")
    alt_for(tab.editor.bought_share_percent)
    type_text("60")
    alt_for(tab.editor.announcement_date)
    type_text("1.9.2027")
    press(Key.Key_Tab)
    hint = tab.board.card(tab.current_id).hint if tab.board and tab.current_id else None
    assert hint is not None and hint.contract_value_dkk == 4_800_000  # 60 % of 8 mio. kr.
    assert hint.counting.announced_on is not None

    ctrl("s")
    rows = read_saved(
        path, "SELECT placement, cpv_code, bought_share_percent, announcement_date FROM service"
    )
    assert rows == [(MIX, "80580000-3", 60, "2027-09-01")]

    tab = reopen_on_delivery(win, picker, qtbot, path)
    click(card_view(tab, MIX).viewport(), card_centre(tab, MIX, 0))
    assert tab.editor.bought_share_percent.text() == "60 %"
    assert tab.editor.announcement_date.text() == "01.09.2027"
