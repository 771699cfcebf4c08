"""Start-up with a file: the window paints first, saying what opens; the workshop's
modules load after (issue 9). A failed open leaves the start screen, not the notice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.opening_page import OpeningPage
from tests.conftest import copy_workshop
from tests.ui.conftest import Answers

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "reportlab")


def test_the_window_module_loads_without_the_workshop_modules() -> None:
    probe = (
        "import sys, desktop.app, desktop.ui.main_window, desktop.ui.first_look; "
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_file_opens_after_the_window_has_painted(
    demo_file: Path, window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path
) -> None:
    path = copy_workshop(demo_file, tmp_path / "Mentorstøtte.tvaers")
    window.open_when_painted(path.name, lambda: window.open_path(path))
    page = window.pages.currentWidget()
    assert isinstance(page, OpeningPage)
    assert "Åbner Mentorstøtte.tvaers" in page.findChild(QLabel).text()
    assert window.current is None  # not before the paint
    qtbot.waitUntil(lambda: window.current is not None, timeout=5_000)
    assert window.pages.currentWidget() is window.tabs
    assert all(not isinstance(window.pages.widget(i), OpeningPage) for i in range(3))


def test_a_file_that_does_not_open_leaves_the_start_screen(
    window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path
) -> None:
    missing = tmp_path / "væk.tvaers"
    window.open_when_painted(missing.name, lambda: window.open_path(missing))
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start, timeout=5_000)
    assert window.current is None
    assert len(answers.errors) == 1 and "væk.tvaers" in answers.errors[0]
    assert window.pages.count() == 1


def test_started_with_a_file_the_start_screen_is_built_only_if_needed(
    answers: Answers, qtbot: QtBot, tmp_path: Path, danish: None
) -> None:
    window = MainWindow("da", show_start=False)
    qtbot.addWidget(window)
    window.show()
    assert window._start is None  # `tvaers FILE`: the window paints without it
    missing = tmp_path / "væk.tvaers"
    window.open_when_painted(missing.name, lambda: window.open_path(missing))
    qtbot.waitUntil(lambda: len(answers.errors) == 1, timeout=5_000)
    assert window._start is not None and window.pages.currentWidget() is window._start
    assert window.start.isVisible()


def test_the_workshop_modules_load_past_pysides_import_hook() -> None:
    """PySide6 wraps `__import__` and reads the source of each module imported after it;
    the ORM stack (~400 modules) loads without that (~50 ms sooner on screen), and the
    hook is back afterwards for the window's own modules."""
    probe = (
        "import builtins, sys, desktop.app as app; hooked = builtins.__import__; "
        "from shibokensupport.feature import pyside_feature_dict as seen; "
        "app.load_workshop_modules(); "
        "print(builtins.__import__ is hooked, hooked is not app.PLAIN_IMPORT, "
        "'sqlalchemy.orm' in sys.modules, 'sqlalchemy.orm' in seen)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True", "False"]
