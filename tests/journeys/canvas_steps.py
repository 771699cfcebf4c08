"""Steps on the needs canvas ("Behov og krav"), as a facilitator takes them: keys, clicks
and drags on what is on screen. The workshop file may be made quickly (create_document);
it is opened with Ctrl+O and everything after that is real input.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.core import canvas
from desktop.core.canvas_templates import ROOT_PROBLEMS
from desktop.storage.document import create_document
from desktop.ui.canvas_tab.tab import CanvasTab
from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import click, double_click, drag
from tests.journeys.window_steps import click_tab, open_workshop

LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier
ZONE_KEYS = ("proces", "indkoeb", "faglighed", "ledelse")  # the root-problem canvas, in order


def make_workshop(path: Path, template: str = ROOT_PROBLEMS) -> None:
    """A workshop file with one empty canvas of the template."""
    doc = create_document(path, title="Mentorstøtte til ledige")
    with doc.session() as session:
        canvas.create_canvas(session, template_key=template)
    doc.close(save=True)


def open_canvas(win: MainWindow, picker: FilePicker, path: Path) -> CanvasTab:
    """Ctrl+O, the file picked, then a click on the tab "Behov og krav"."""
    open_workshop(win, picker, path)
    tab = click_tab(win, "canvas")
    assert tab is win.canvas_tab
    settle()
    return tab


def settle() -> None:
    """What the last key or click started is finished before the next (queued events)."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()


def zones(tab: CanvasTab) -> dict[str, dict[str, Any]]:
    """The canvas's zones by key, as stored."""
    assert tab.canvas_id is not None
    canvas_id = tab.canvas_id
    rows = tab.workshop.read(lambda s: canvas.canvas_contents(s, canvas_id=canvas_id).zones)
    return {str(z["key"]): z for z in rows}


def notes(tab: CanvasTab) -> list[dict[str, Any]]:
    """The canvas's notes as stored now (for checks between steps; the end reads the file)."""
    assert tab.canvas_id is not None
    canvas_id = tab.canvas_id
    return tab.workshop.read(lambda s: canvas.canvas_contents(s, canvas_id=canvas_id).notes)


def on_screen(tab: CanvasTab, scene_point: QPointF) -> QPoint:
    """Where a point of the canvas is in the view's viewport (it must be in sight)."""
    point = tab.view.mapFromScene(scene_point)
    assert tab.view.viewport().rect().contains(point), f"{scene_point} is not in sight"
    return point


def zone_spot(tab: CanvasTab, key: str, fx: float = 0.5, fy: float = 0.6) -> QPointF:
    """A point of the zone, as fractions of its width and height (below its title)."""
    zone = zones(tab)[key]
    return QPointF(zone["x"] + zone["width"] * fx, zone["y"] + zone["height"] * fy)


def rest_pointer(tab: CanvasTab, scene_point: QPointF) -> None:
    """Move the mouse onto the canvas and leave it there."""
    QTest.mouseMove(tab.view.viewport(), on_screen(tab, scene_point))
    settle()


def click_canvas(tab: CanvasTab, scene_point: QPointF) -> None:
    click(tab.view.viewport(), on_screen(tab, scene_point))
    settle()


def double_click_canvas(tab: CanvasTab, scene_point: QPointF) -> None:
    double_click(tab.view.viewport(), on_screen(tab, scene_point))
    settle()


def grip_of(tab: CanvasTab, note_id: str) -> QPointF:
    """Where a hand takes a note: on its header line, away from the corners."""
    item = tab.scene.notes[note_id]
    return item.pos() + QPointF(canvas.NOTE_WIDTH / 2, 12)


def drag_note(tab: CanvasTab, note_id: str, to: QPointF) -> None:
    """Press on the note's header, move in steps, release at `to` (scene units)."""
    drag(tab.view.viewport(), on_screen(tab, grip_of(tab, note_id)), on_screen(tab, to))
    settle()
