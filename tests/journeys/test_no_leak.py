"""A facilitator's laptop runs Tværs all day: a workshop opened, every tab visited, an edit
made, the minutes exported, the workshop closed with Ctrl+W, again and again. What a closed
workshop held (its OpenWorkshop, undo stack, document, database engine and dialect, its tabs,
the finished export) must go with it, and the program's tracked objects must not grow from
one workshop to the next.

The suite runs with automatic garbage collection off (desktop/ui/collector.py): each cycle
lets the deferred deletions run and collects explicitly before it counts."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.canvas_tab.tab import CanvasTab
from desktop.ui.export_dialog import MinutesExport
from desktop.ui.main_window import TAB_NAMES, MainWindow
from tests.journeys.canvas_steps import click_canvas, grip_of, notes
from tests.journeys.conftest import FilePicker
from tests.journeys.delivery_steps import export_minutes
from tests.journeys.glossary_steps import PROC, add_term
from tests.journeys.real_input import press
from tests.journeys.window_steps import Key, Mod, click_tab, key_to_window, open_demo

CYCLES = 6
WARM_UP = 2  # the first workshops load modules and fill caches that are made once
# Tracked objects a workshop may leave behind. Measured: none (the same count after each
# of six); a closed workshop's kept database dialect alone was ~1,450 (its type and
# compiled-statement caches), a finished export's gathered data ~256.
PER_CYCLE = 30


def settle() -> None:
    """The window's deferred deletions done (the closed tabs and OpenWorkshop), then a full
    collection: the collector's timer would do it within a second."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


def one_workshop(
    win: MainWindow, picker: FilePicker, demo_file: Path, folder: Path, qtbot: QtBot, n: int
) -> dict[str, weakref.ref[object]]:
    """The demo opened with Ctrl+O, every tab clicked, a term added, the minutes exported
    with Ctrl+P, Ctrl+W. Weak references to what the workshop held while it was open."""
    open_demo(win, picker, demo_file, folder, qtbot)
    current = win.current
    assert current is not None
    held: dict[str, weakref.ref[object]] = {
        "OpenWorkshop": weakref.ref(current),
        "undo stack": weakref.ref(current.undo_stack),
        "document": weakref.ref(current.document),
        "engine": weakref.ref(current.document.engine),
        "dialect": weakref.ref(current.document.engine.dialect),
        "tab bar": weakref.ref(win.tabs),
    }
    for name in TAB_NAMES:
        held[f"{name} tab"] = weakref.ref(click_tab(win, name))
        settle()
    glossary = click_tab(win, "glossary")
    add_term(glossary, PROC, f"Begreb {n}")
    canvas_tab = click_tab(win, "canvas")
    assert isinstance(canvas_tab, CanvasTab)
    note = notes(canvas_tab)[0]
    click_canvas(canvas_tab, grip_of(canvas_tab, note["id"]))
    press(Key.Key_Plus)
    press(Key.Key_Plus)  # one undo step: the second vote merges into the first
    assert notes(canvas_tab)[0]["votes"] == note["votes"] + 2
    assert current.undo_stack.count() == 3  # the term (added, named) and the votes
    del current, glossary, canvas_tab
    out = folder / f"referat {n}.pdf"
    export_minutes(qtbot, ("cover", "glossary"), out)  # Ctrl+P, on a worker thread
    assert out.exists()
    # The finished export held the gathered data; it may already be going (deleteLater).
    held.update(
        (f"minutes export {i}", weakref.ref(export))
        for i, export in enumerate(win.findChildren(MinutesExport))
    )
    if QApplication.activeWindow() is None:  # offscreen, after the export's message closed
        win.activateWindow()
        assert QTest.qWaitForWindowActive(win)
    key_to_window(Key.Key_W, Mod.ControlModifier, win)
    assert win.current is None and win.tabs is None
    return held


def test_a_day_of_workshops_leaves_nothing_behind(
    journey_window: MainWindow,
    picker: FilePicker,
    qtbot: QtBot,
    tmp_path: Path,
    demo_file: Path,
    no_pdf_reader: list[str],
) -> None:
    win = journey_window
    counts: list[int] = []
    for n in range(CYCLES):
        held = one_workshop(win, picker, demo_file, tmp_path, qtbot, n)
        settle()
        alive = [name for name, ref in held.items() if ref() is not None]
        assert not alive, f"workshop {n} closed, still alive: {alive}"
        del held
        gc.collect()
        counts.append(len(gc.get_objects()))
    grown = [b - a for a, b in zip(counts[WARM_UP:], counts[WARM_UP + 1 :], strict=False)]
    assert max(grown) <= PER_CYCLE, f"tracked objects after each workshop: {counts}"
