"""The needs canvas with the whole window, by keyboard and by mouse (issue 15): notes put
up with N never pile up, the zone for a new note is chosen with keys that do what the
hint says, votes, type and priority by keys, drags between zones, undo and redo; Ctrl+S;
the file holds exactly that."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QComboBox

from desktop.core import canvas
from desktop.ui.main_window import MainWindow
from tests.journeys.canvas_steps import (
    click_canvas,
    double_click_canvas,
    drag_note,
    grip_of,
    make_workshop,
    notes,
    open_canvas,
    rest_pointer,
    settle,
    zone_spot,
    zones,
)
from tests.journeys.conftest import FilePicker, read_saved
from tests.journeys.real_input import Key, Mod, alt, ctrl, focused, press, type_text

NOTES_SQL = (
    "SELECT z.key, n.text, n.votes, n.kind, n.priority, n.x, n.y FROM note n "
    "LEFT JOIN zone z ON z.id = n.zone_id ORDER BY n.position"
)


def _write_note(text: str, end: Key = Key.Key_Escape) -> None:
    """N, the text, Esc: a note put up from the keyboard."""
    press(Key.Key_N)
    settle()
    type_text(text)
    press(end)
    settle()


def _no_two_at_one_spot(rows: list[tuple[object, ...]]) -> None:
    spots = [(round(float(r[-2]), 1), round(float(r[-1]), 1)) for r in rows]  # type: ignore[arg-type]
    assert len(set(spots)) == len(spots), spots


def _no_overlap(rows: list[dict[str, object]]) -> None:
    """No note covers another's text: their rectangles (as the core estimates) are apart."""
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            ax, ay, bx, by = (float(a["x"]), float(a["y"]), float(b["x"]), float(b["y"]))  # type: ignore[arg-type]
            ah = canvas.estimated_height(str(a["text"]))
            bh = canvas.estimated_height(str(b["text"]))
            apart = (
                ax + canvas.NOTE_WIDTH <= bx
                or bx + canvas.NOTE_WIDTH <= ax
                or ay + ah <= by
                or by + bh <= ay
            )
            assert apart, (a["text"], b["text"])


@pytest.mark.parametrize(
    "screen", [(1366, 768), (960, 480)], ids=["1366x768", "200%"], indirect=True
)
def test_notes_by_keyboard_land_apart_in_the_zone_the_keys_chose(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path
) -> None:
    path = tmp_path / "lærred.tvaers"
    make_workshop(path)
    tab = open_canvas(journey_window, picker, path)
    zone = zones(tab)
    title = {key: str(z["title"]) for key, z in zone.items()}

    # The pointer rests in "Proces" after a click there; N, text, Esc, three times.
    click_canvas(tab, zone_spot(tab, "proces"))
    rest_pointer(tab, zone_spot(tab, "proces", 0.4, 0.5))
    assert focused() is tab.view
    assert tab.canvas_hint.text().startswith(f"N: ny note i »{title['proces']}«")
    for text in ("Ingen ejer af forløbet", "Sagsbehandlere skifter", "Ventetid på visitation"):
        _write_note(text)
    placed = notes(tab)
    assert [n["zone_id"] for n in placed] == [zone["proces"]["id"]] * 3
    _no_overlap(placed)

    # Alt+→ picks the next zone for new notes and moves nothing; the hint names it.
    before = [(n["x"], n["y"], n["zone_id"]) for n in notes(tab)]
    press(Key.Key_Right, Mod.AltModifier)
    settle()
    assert [(n["x"], n["y"], n["zone_id"]) for n in notes(tab)] == before
    assert tab.canvas_hint.text().startswith(f"N: ny note i »{title['indkoeb']}«")
    assert "Alt+→ / Alt+←: vælg zonen til nye noter" in tab.canvas_hint.text()
    _write_note("Indkøb kender ikke målgruppen")
    press(Key.Key_Right, Mod.AltModifier)
    press(Key.Key_Right, Mod.AltModifier)
    press(Key.Key_Left, Mod.AltModifier)
    settle()
    assert tab.canvas_hint.text().startswith(f"N: ny note i »{title['faglighed']}«")
    _write_note("Faglige mål uklare")
    # Enter on the selected note writes on in it; Esc ends.
    press(Key.Key_Return)
    settle()
    type_text(" for jobcentret")
    press(Key.Key_Escape)
    settle()

    # Votes with + and −, on the note just written (it is selected).
    for key in (Key.Key_Plus, Key.Key_Plus, Key.Key_Plus, Key.Key_Minus):
        press(key)
    settle()

    # Type and priority in the pane beside the canvas, by keys: Alt+letter, arrow down.
    alt("y")  # "T&ype"
    settle()
    assert isinstance(focused(), QComboBox) and focused() is tab.detail.combos["kind"]
    press(Key.Key_Down)  # Rodproblem -> Spørgsmål
    settle()
    alt("p")
    settle()
    assert focused() is tab.detail.combos["priority"]
    press(Key.Key_Down)  # Ingen prioritet -> Skal
    settle()

    # Ctrl+→ moves the selected note to the next zone (as the hint says): a click on the
    # note gives the canvas the keys again.
    moved = next(n for n in notes(tab) if n["text"].startswith("Faglige"))
    click_canvas(tab, grip_of(tab, str(moved["id"])))
    assert focused() is tab.view and tab.selected_note_id() == moved["id"]
    press(Key.Key_Right, Mod.ControlModifier)
    settle()
    moved = next(n for n in notes(tab) if n["id"] == moved["id"])
    assert moved["zone_id"] == zone["ledelse"]["id"]
    assert tab.canvas_hint.text().startswith(f"N: ny note i »{title['ledelse']}«")
    _write_note("Ledelsen spørger ikke")

    # Undo the last note's text, then the note; redo both.
    ctrl("z")
    settle()
    assert notes(tab)[-1]["text"] == ""
    ctrl("z")
    settle()
    assert len(notes(tab)) == 5
    ctrl("y")
    ctrl("y")
    settle()
    assert [n["text"] for n in notes(tab)][-1] == "Ledelsen spørger ikke"

    ctrl("s")
    settle()
    rows = read_saved(path, NOTES_SQL)
    assert [r[:5] for r in rows] == [
        ("proces", "Ingen ejer af forløbet", 0, "root_problem", ""),
        ("proces", "Sagsbehandlere skifter", 0, "root_problem", ""),
        ("proces", "Ventetid på visitation", 0, "root_problem", ""),
        ("indkoeb", "Indkøb kender ikke målgruppen", 0, "root_problem", ""),
        ("ledelse", "Faglige mål uklare for jobcentret", 2, "question", "must"),
        ("ledelse", "Ledelsen spørger ikke", 0, "root_problem", ""),
    ]
    _no_two_at_one_spot(rows)
    assert picker.errors == []


def test_notes_by_mouse_double_click_and_drag_between_zones(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path
) -> None:
    path = tmp_path / "mus.tvaers"
    make_workshop(path)
    tab = open_canvas(journey_window, picker, path)
    zone = zones(tab)

    # A double-click in "Indkøb", another just below the note it made: the second note
    # would cover the first one's foot, and is put beside it instead.
    spot = zone_spot(tab, "indkoeb", 0.3, 0.4)
    double_click_canvas(tab, spot)
    type_text("Udbud tager for lang tid")
    press(Key.Key_Escape)
    double_click_canvas(tab, spot + QPointF(30, canvas.NOTE_MIN_HEIGHT - 5))
    type_text("Kravspec skrives alene")
    press(Key.Key_Escape)
    settle()
    first, second = notes(tab)
    assert first["zone_id"] == second["zone_id"] == zone["indkoeb"]["id"]
    _no_overlap([first, second])

    # Drag the second into "Ledelse"; undo puts it back, redo moves it again.
    drag_note(tab, str(second["id"]), zone_spot(tab, "ledelse", 0.5, 0.5))
    assert notes(tab)[1]["zone_id"] == zone["ledelse"]["id"]
    ctrl("z")
    settle()
    assert notes(tab)[1]["zone_id"] == zone["indkoeb"]["id"]
    ctrl("y")
    settle()
    assert notes(tab)[1]["zone_id"] == zone["ledelse"]["id"]

    # A double-click on the note writes on in it; a double-click on "Proces" makes another.
    double_click_canvas(tab, zone_spot(tab, "proces", 0.5, 0.5))
    type_text("Ingen overlevering")
    press(Key.Key_Escape)
    settle()

    ctrl("s")
    settle()
    rows = read_saved(path, NOTES_SQL)
    assert [r[:3] for r in rows] == [
        ("indkoeb", "Udbud tager for lang tid", 0),
        ("ledelse", "Kravspec skrives alene", 0),
        ("proces", "Ingen overlevering", 0),
    ]
    _no_two_at_one_spot(rows)
    assert picker.errors == []


@pytest.mark.parametrize("lang", ["en"], indirect=True)
def test_the_hint_says_what_the_zone_keys_do_in_english(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path
) -> None:
    path = tmp_path / "en.tvaers"
    make_workshop(path)  # the zones are titled in the minutes' language (Danish)
    tab = open_canvas(journey_window, picker, path)
    click_canvas(tab, zone_spot(tab, "indkoeb"))
    hint = tab.canvas_hint.text()
    assert hint.startswith("N: new note in “Indkøb”")
    assert "Alt+→ / Alt+←: choose the zone for new notes" in hint
    assert "Ctrl+→ / Ctrl+←: move the selected note to the next / previous zone" in hint
    press(Key.Key_Right, Mod.AltModifier)
    assert tab.canvas_hint.text().startswith("N: new note in “Faglighed”")
