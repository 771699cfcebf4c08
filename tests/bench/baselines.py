"""Bare baselines for the budgets of tests/bench/budgets.py: the same kind of work done
with the toolkit alone (SQLite, a QTableView, a QGraphicsView), measured in the same run
as Tværs, so a budget is a ratio that holds on a slow machine as on a fast one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QTableView,
)

from tests.bench.budgets import floor_seconds

Index = QModelIndex | QPersistentModelIndex


def bare_commit_seconds(folder: Path, rounds: int) -> float:
    """One UPDATE and commit, journal_mode=DELETE, synchronous=FULL, as the working copy is
    set up: the floor of any edit."""
    with bare_commit(folder) as commit:
        return floor_seconds(commit, rounds)


@contextmanager
def bare_commit(folder: Path) -> Iterator[Callable[[], float]]:
    """`commit()`: one bare UPDATE and commit as in `bare_commit_seconds`, returning its
    wall time, to be made between the rounds of the edit it is the baseline of: a commit's
    fsync on this shared disk takes 0.6 ms one second and 20 ms the next, so a baseline
    measured after the edit's rounds may see another disk than they did."""
    conn = sqlite3.connect(folder / "bare-commit.db")
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
        conn.executemany("INSERT INTO note (text) VALUES (?)", [(f"n {i}",) for i in range(1000)])
        conn.commit()
        edits = iter(range(1_000_000))

        def commit() -> float:
            started = time.perf_counter()
            conn.execute("UPDATE note SET text = ? WHERE id = 1", (f"edit {next(edits)}",))
            conn.commit()
            return time.perf_counter() - started

        commit()
        yield commit
    finally:
        conn.close()


class RowsModel(QAbstractTableModel):
    """The least a table model can be: rows of tuples, shown as text."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return str(row[index.column()]) if index.column() < len(row) else ""

    def reset_to(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


def _shown_table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 700)
    view.show()
    QApplication.processEvents()
    return view


def bare_table_reset_seconds(rows: list[tuple[Any, ...]], rounds: int) -> float:
    """A QTableView whose model is reset to `rows`, then painted."""
    model = RowsModel()
    view = _shown_table(model)
    try:

        def reset() -> None:
            model.reset_to([])
            model.reset_to(rows)
            view.viewport().repaint()
            QApplication.processEvents()

        return floor_seconds(reset, rounds)
    finally:
        view.close()
        view.deleteLater()


def read_every_row(path: Path) -> list[tuple[Any, ...]]:
    """Every row of every table of a file, read by SQLite alone."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        rows: list[tuple[Any, ...]] = []
        for table in tables:
            rows += conn.execute(f'SELECT * FROM "{table}"').fetchall()
        return rows
    finally:
        conn.close()


def bare_read_and_show_seconds(path: Path, rounds: int) -> float:
    """Every row of the file read by SQLite and shown in a bare QTableView (model reset,
    painted): the floor of opening a workshop and showing what it holds."""
    model = RowsModel()
    view = _shown_table(model)
    try:

        def read_and_show() -> None:
            model.reset_to([])
            model.reset_to(read_every_row(path))
            view.viewport().repaint()
            QApplication.processEvents()

        return floor_seconds(read_and_show, rounds)
    finally:
        view.close()
        view.deleteLater()


def bare_filter_seconds(texts: list[str], keystrokes: list[str], rounds: int) -> float:
    """A QSortFilterProxyModel over a QStandardItemModel of `texts` in a QTableView, its
    filter set once per keystroke and the view painted (median per keystroke)."""
    from PySide6.QtCore import QSortFilterProxyModel

    source = QStandardItemModel()
    for text in texts:
        source.appendRow([QStandardItem(text)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = _shown_table(proxy)
    typed = iter(keystrokes * (rounds + 1))
    try:

        def keystroke() -> None:
            proxy.setFilterFixedString(next(typed))
            QApplication.processEvents()

        return floor_seconds(keystroke, max(rounds, 1))
    finally:
        view.close()
        view.deleteLater()


def _bare_scene(texts: list[str]) -> tuple[QGraphicsScene, list[QGraphicsRectItem]]:
    scene = QGraphicsScene()
    items = []
    for i, text in enumerate(texts):
        item = QGraphicsRectItem(QRectF(0, 0, 180, 120))
        item.setPos((i % 40) * 190.0, (i // 40) * 130.0)
        label = QGraphicsTextItem(text, item)
        label.setTextWidth(170)
        items.append(item)
        scene.addItem(item)
    return scene, items


def bare_scene_open_seconds(texts: list[str], rounds: int) -> float:
    """A QGraphicsView of one rectangle with its text per note, built, shown and painted."""

    def open_scene() -> None:
        scene, _items = _bare_scene(texts)
        view = QGraphicsView(scene)
        view.resize(1280, 800)
        view.show()
        QApplication.processEvents()
        view.close()
        view.deleteLater()

    return floor_seconds(open_scene, rounds)


def bare_scene_move_seconds(texts: list[str], rounds: int) -> float:
    """One of the rectangles moved by two pixels per event, the view painted (median)."""
    scene, items = _bare_scene(texts)
    view = QGraphicsView(scene)
    view.resize(1280, 800)
    view.show()
    item = items[-1]
    view.centerOn(item)
    QApplication.processEvents()
    try:

        def move() -> None:
            item.moveBy(2, 1)
            QApplication.processEvents()

        return floor_seconds(move, rounds)
    finally:
        view.close()
        view.deleteLater()


def bare_vacuum_seconds(source: Path, folder: Path, rounds: int) -> float:
    """SQLite's own VACUUM INTO of a file: the floor of a save."""
    made = iter(range(1_000_000))

    def vacuum() -> None:
        target = folder / f"bare-vacuum-{next(made)}.db"
        conn = sqlite3.connect(source)
        try:
            conn.execute("VACUUM INTO ?", (str(target),))
        finally:
            conn.close()
        target.unlink()

    return floor_seconds(vacuum, rounds)


def bare_check_process_seconds(path: Path, env: dict[str, str], rounds: int) -> float:
    """A fresh Python process that runs SQLite's integrity_check on the file: the floor of
    `tvaers check` (interpreter start included)."""
    probe = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "assert c.execute('PRAGMA integrity_check').fetchall() == [('ok',)]"
    )

    def check() -> None:
        subprocess.run([sys.executable, "-c", probe, str(path)], env=env, check=True, timeout=60)

    return floor_seconds(check, rounds)
