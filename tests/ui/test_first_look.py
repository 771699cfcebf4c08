"""Started with a file, the Workshop tab's first look (desktop/ui/first_look.py) shows the
workshop's details, participants and actions before the ORM has loaded; the real tab then
takes its place (issue 19, item 10). A file the real open refuses shows no first look, and
no key typed meanwhile lands in it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core import participants, workshop
from desktop.storage.document import open_document
from desktop.ui.first_look import FirstLook, read_first_look
from desktop.ui.main_window import MainWindow
from desktop.ui.opening_page import OpeningPage
from tests.conftest import copy_workshop
from tests.ui.conftest import Answers

ROOT = Path(__file__).resolve().parents[2]
BAD_FILES = ROOT / "tests" / "fixtures" / "bad_files"
SOUND = "sund workshop med mellemrum og æøå ÆØÅ.tvaers"
HEAVY = ("sqlmodel", "sqlalchemy", "pydantic")

# As `tvaers FILE` starts (desktop.app.run), noting what the window shows when the first
# look has painted, and when the real Workshop tab has.
CHILD = r"""
import json, os, sys
from pathlib import Path
import desktop.app as desktop_app
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QWidget

seen = {}


def window():
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))


def texts(root):
    return {
        "title": root.findChild(QLineEdit).text(),
        "participants": [
            view.model().index(row, 0).data()
            for view in root.findChildren(QTableView)
            if view.model().headerData(0, Qt.Orientation.Horizontal) == "Navn"
            for row in range(view.model().rowCount())
        ],
    }


def at_first_look():
    look = window().findChild(QWidget, "firstLook")
    seen["first_look"] = dict(texts(look), heavy=[m for m in HEAVY if m in sys.modules])
    QTimer.singleShot(10, real_tab)


def real_tab():
    win = window()
    if win.current is None:
        QTimer.singleShot(10, real_tab)
        return
    QApplication.processEvents()
    seen["real"] = dict(
        texts(win.workshop_tab),
        first_look_left=win.findChild(QWidget, "firstLook") is not None,
        heavy=[m for m in HEAVY if m in sys.modules],
    )
    print("SEEN " + json.dumps(seen), flush=True)
    win.close_workshop()
    os._exit(0)


class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.objectName() == "firstLook":
            if "first_look" not in seen:
                seen["first_look"] = None
                QTimer.singleShot(0, at_first_look)
        return False


watch = Watch()
HEAVY = ("sqlmodel", "sqlalchemy", "pydantic")
make_application = desktop_app.make_application


def make(lang, argv=None):
    app, language = make_application(lang, argv)
    app.installEventFilter(watch)
    return app, language


desktop_app.make_application = make
QTimer.singleShot(20_000, lambda: os._exit(3))
sys.exit(desktop_app.run(file=Path(sys.argv[1]), lang="da"))
"""


def run_as_tvaers_file(path: Path, data: Path) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TVAERS_DATA_DIR=str(data))
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines, result.stderr[-3000:]
    return dict(json.loads(lines[0].removeprefix("SEEN ")))


def stored(path: Path) -> tuple[str, list[str]]:
    doc = open_document(path, read_only=True)
    try:
        with doc.session() as s:
            return workshop.get_workshop(s).title, [
                p.name for p in participants.list_participants(s)
            ]
    finally:
        doc.close(save=False)


def test_started_with_a_file_its_content_shows_before_the_orm_loads(
    demo_file: Path, tmp_path: Path
) -> None:
    path = copy_workshop(demo_file, tmp_path / "Mentorstøtte.tvaers")
    title, names = stored(path)
    seen = run_as_tvaers_file(path, tmp_path / "child-data")
    first, real = seen["first_look"], seen["real"]
    assert first["heavy"] == []  # on screen before SQLModel, SQLAlchemy or pydantic loaded
    assert first["title"] == title and title
    assert first["participants"] == names and len(names) >= 3
    # Then the real tab, with the same rows, in its place.
    assert real["heavy"] == list(HEAVY)
    assert (real["title"], real["participants"]) == (title, names)
    assert real["first_look_left"] is False


def _open_watched(window: MainWindow, path: Path, during: Any = None) -> dict[str, Any]:
    """Open `path` as `tvaers FILE` does; what the page showed when the open began."""
    seen: dict[str, Any] = {}

    def open_it() -> None:
        page = window.pages.currentWidget()
        assert isinstance(page, OpeningPage)
        seen["page"] = page
        seen["look"] = page.first_look
        seen["notice"] = page.label.text() if page.label.isVisible() else None
        if page.first_look is not None:
            seen["title"] = page.first_look.findChild(QLineEdit).text()
            seen["tables"] = [_shown(v) for v in page.first_look.findChildren(QTableView)]
        if during is not None:
            during(page)
        window.open_path(path)

    window.open_when_painted(path.name, open_it, first_look=path)
    return seen


def test_the_first_look_gives_way_to_the_real_tab(
    demo_file: Path, window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path
) -> None:
    path = copy_workshop(demo_file, tmp_path / "Mentorstøtte.tvaers")
    title, names = stored(path)
    seen = _open_watched(window, path)
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    look = seen["look"]
    assert isinstance(look, FirstLook)
    assert seen["title"] == title
    assert window.pages.currentWidget() is window.tabs
    qtbot.waitUntil(lambda: window.findChild(FirstLook) is None, timeout=5_000)
    tab = window.workshop_tab
    assert tab is not None and tab.details.title.text() == title
    assert [r["name"] for r in tab.participant_model.rows] == names
    # Every cell as the real tab shows it: sides and statuses in the vocabulary's words too.
    real_tables = [_shown(tab.participants.view), _shown(tab.follow_ups.view)]
    assert sorted(map(str, seen["tables"])) == sorted(map(str, real_tables))
    assert "Indkøb" in str(real_tables[0]) and "Udført" in str(real_tables[1])
    assert answers.errors == []


def _shown(view: QTableView) -> list[list[object]]:
    model = view.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


@pytest.mark.parametrize(
    "name", sorted(p.name for p in BAD_FILES.iterdir() if p.name != SOUND and p.suffix != ".py")
)
def test_a_file_the_open_refuses_shows_no_first_look(
    name: str, window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path
) -> None:
    path = copy_workshop(BAD_FILES / name, tmp_path / name)
    assert read_first_look(path) is None
    seen = _open_watched(window, path)
    qtbot.waitUntil(lambda: "page" in seen and window.pages.currentWidget() is window.start)
    assert seen["look"] is None
    assert seen["notice"] == f"Åbner {name} …"  # the opening notice stays
    assert window.current is None and len(answers.errors) == 1  # told as before


def test_the_sound_fixture_and_hostile_text_show_as_plain_text(tmp_path: Path) -> None:
    path = copy_workshop(BAD_FILES / SOUND, tmp_path / SOUND)
    rows = read_first_look(path)
    assert rows is not None and rows.details["title"] == stored(path)[0]


def test_a_newer_file_or_one_with_a_sidecar_shows_no_first_look(
    demo_file: Path, tmp_path: Path
) -> None:
    path = copy_workshop(demo_file, tmp_path / "a.tvaers")
    assert read_first_look(path) is not None
    Path(f"{path}-wal").write_bytes(b"x" * 32)  # SQLite would read it: the real open judges
    assert read_first_look(path) is None
    newer = copy_workshop(BAD_FILES / "nyere version (format 99).tvaers", tmp_path / "b.tvaers")
    assert read_first_look(newer) is None


def _mnemonic(text: str) -> str:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if 0 <= at < len(text) - 1 else ""


def _participants_view(root: QWidget) -> QTableView:
    return next(
        view
        for view in root.findChildren(QTableView)
        if view.model().headerData(0, Qt.Orientation.Horizontal) == "Navn"
    )


def _inside(widget: QWidget | None, root: QWidget) -> bool:
    while widget is not None:
        if widget is root:
            return True
        widget = widget.parentWidget()
    return False


def test_no_key_typed_during_the_first_look_lands_in_it(
    demo_file: Path, window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path
) -> None:
    """The first look takes neither focus nor a mnemonic (Alt+T would focus its title, Alt+R
    press its Add button): keys go where they went on the opening notice. Keys typed while
    the workshop loads reach the window once the real tab is there."""
    path = copy_workshop(demo_file, tmp_path / "Mentorstøtte.tvaers")
    title, names = stored(path)
    found: dict[str, Any] = {}

    def type_during(page: OpeningPage) -> None:
        look = page.first_look
        assert look is not None
        rows = _participants_view(look).model().rowCount()
        # Each Alt+letter of its labels and buttons (the menu bar's own letters aside).
        labelled = [*look.findChildren(QLabel), *look.findChildren(QPushButton)]
        letters = {_mnemonic(w.text()) for w in labelled}
        menus = {_mnemonic(a.text()) for a in window.menuBar().actions()}
        found["letters"] = sorted(letters - menus - {""})
        for letter in found["letters"]:
            QTest.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
            found.setdefault("focus", []).append(QApplication.focusWidget())
        target = QApplication.focusWidget() or window
        QTest.keyClicks(target, "xyz")
        found["texts"] = [e.text() for e in look.findChildren(QLineEdit)]
        found["rows"] = (rows, _participants_view(look).model().rowCount())
        found["inside"] = any(_inside(w, look) for w in found["focus"])
        found["enabled"] = [w for w in look.findChildren(QWidget) if w.isEnabled()]
        # Typed while the ORM loads: delivered to whatever has the focus after the open.
        handle = window.windowHandle()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier, "q")
            QApplication.postEvent(handle, event)

    _open_watched(window, path, type_during)
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert len(found["letters"]) >= 8  # Titel, Organisation, Sted, Dato, ... Tilføj deltager
    assert found["inside"] is False and found["enabled"] == []
    assert title in found["texts"] and not any("xyz" in t for t in found["texts"])
    assert found["rows"][0] == found["rows"][1] == len(names)
    tab = window.workshop_tab
    assert tab is not None
    QApplication.processEvents()
    # The real tab: as stored (no key typed during the first look changed anything).
    assert tab.details.title.text() == title
    assert [r["name"] for r in tab.participant_model.rows] == names
    assert window.current.undo_stack.count() == 0
