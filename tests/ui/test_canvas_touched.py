"""After an edit of one note, the canvas on screen updates that note only (issue 9), and
still shows exactly what is stored: text, votes order, place, detail pane."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core import canvas
from desktop.ui.canvas_tab import commands
from desktop.ui.main_window import MainWindow
from tests.conftest import copy_workshop
from tests.ui.conftest import Answers


@pytest.fixture
def on_canvas(window: MainWindow, answers: Answers, demo_file: Path, tmp_path: Path) -> MainWindow:
    path = copy_workshop(demo_file, tmp_path / "Demo.tvaers")
    assert window.open_path(path)
    assert window.tabs is not None and window.canvas_tab is not None
    window.tabs.setCurrentWidget(window.canvas_tab)
    QApplication.processEvents()
    return window


def _full_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts whole-canvas reads; an edit of one note must not need one."""
    calls: list[str] = []
    original = canvas.canvas_contents

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs["canvas_id"])
        return original(*args, **kwargs)

    monkeypatch.setattr(canvas, "canvas_contents", counted)
    return calls


def _notes(window: MainWindow) -> list[dict[str, Any]]:
    tab = window.canvas_tab
    assert tab is not None
    return [tab.notes_model.note_at(row) for row in range(tab.notes_model.rowCount())]


def test_text_edit_updates_the_one_note_without_reading_the_whole_canvas(
    on_canvas: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, workshop = on_canvas.canvas_tab, on_canvas.current
    assert tab is not None and workshop is not None
    note = _notes(on_canvas)[-1]
    note_id = str(note["id"])
    tab.select_note(note_id)
    reads = _full_reads(monkeypatch)
    command = commands.EditNote(
        workshop, note_id, {"text": note["text"]}, {"text": "Ny tekst & <mere> 🙂"}
    )
    assert workshop.push(command)
    assert reads == []
    assert tab.scene.notes[note_id].text == "Ny tekst & <mere> 🙂"
    assert _notes(on_canvas)[-1]["text"] == "Ny tekst & <mere> 🙂"
    assert tab.detail.note_id == note_id
    assert tab.detail.text.toPlainText() == "Ny tekst & <mere> 🙂"
    workshop.undo_stack.undo()  # undo takes the same short way
    assert reads == []
    assert tab.scene.notes[note_id].text == note["text"]


def test_votes_that_change_the_order_reorder_the_list(
    on_canvas: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, workshop = on_canvas.canvas_tab, on_canvas.current
    assert tab is not None and workshop is not None
    before = _notes(on_canvas)
    last_id = str(before[-1]["id"])
    reads = _full_reads(monkeypatch)
    assert workshop.push(commands.ChangeVotes(workshop, last_id, votes=before[0]["votes"] + 5))
    assert reads == []
    after = _notes(on_canvas)
    assert after[0]["id"] == last_id  # most votes first
    assert [n["votes"] for n in after] == sorted((n["votes"] for n in after), reverse=True)
    assert {n["id"] for n in after} == {n["id"] for n in before}


def test_a_moved_note_stands_where_the_file_has_it(
    on_canvas: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, workshop = on_canvas.canvas_tab, on_canvas.current
    assert tab is not None and workshop is not None
    note_id = str(_notes(on_canvas)[0]["id"])
    item = tab.scene.notes[note_id]
    reads = _full_reads(monkeypatch)
    far = tab.scene.sceneRect().right() + 500
    assert workshop.push(commands.MoveNote(workshop, note_id, far, 40.0, item.height))
    assert reads == []
    stored = workshop.read(lambda s: canvas.get_note(s, note_id=note_id))
    assert (item.pos().x(), item.pos().y()) == (stored.x, stored.y)
    assert tab.scene.sceneRect().contains(item.sceneBoundingRect())


def test_edits_it_cannot_place_read_everything(
    on_canvas: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, workshop = on_canvas.canvas_tab, on_canvas.current
    assert tab is not None and workshop is not None and tab.canvas_id is not None
    reads = _full_reads(monkeypatch)
    other = workshop.read(
        lambda s: next(c.id for c in canvas.list_canvases(s) if c.id != tab.canvas_id)
    )
    other_note = workshop.read(lambda s: canvas.list_notes(s, canvas_id=other)[0])
    assert workshop.push(
        commands.EditNote(workshop, other_note.id, {"text": other_note.text}, {"text": "Andet"})
    )
    assert reads == [tab.canvas_id]  # a note on another canvas: the shown one is read again
    assert workshop.push(commands.AddNote(workshop, tab.canvas_id, text="Ny"))
    assert reads == [tab.canvas_id, tab.canvas_id]  # a new note: the command does not say
    assert "Ny" in {n["text"] for n in _notes(on_canvas)}
