"""Issue 9's targets for the whole app, on the large workshop (`tvaers demo --size large`).

Start-up and memory are measured in fresh processes, against a bare PySide6 window measured
in the same run; the rest in-process, each against its bare baseline (tests/bench/baselines.py)
measured in the same test. Measured, a missed budget of tests/bench/budgets.py fails the test;
in the normal suite (--benchmark-disable) each runs once as a smoke test that fails on an
error. Measure with

    python -m uv run pytest tests/bench/test_app_speed.py --benchmark-enable -s \
        --benchmark-json=/tmp/bench.json
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from desktop.core import canvas
from desktop.storage.document import create_document, open_document
from desktop.ui.canvas_tab.commands import EditNote
from desktop.ui.main_window import MainWindow
from tests.bench.baselines import (
    bare_check_process_seconds,
    bare_commit_seconds,
    bare_read_and_show_seconds,
    bare_vacuum_seconds,
)
from tests.bench.budgets import benchmark_median, within_budget
from tests.conftest import copy_workshop

ROOT = Path(__file__).resolve().parents[2]

# One child process: a window, shown. It notes the time of the first paint inside the main
# window ("window": what the user first sees), and on the first paint of the widget named
# "workshop" (the first tab's page: the workshop's content) prints both times and peak RSS
# and leaves. "bare" is the toolkit's floor: QApplication + QMainWindow with a QTabWidget of
# five tabs (both times are the same paint). "app" starts Tværs as `tvaers FILE` does
# (desktop.app.run): the window paints first, then the workshop opens. With "all", every
# tab is shown before reporting.
CHILD = r"""
import os, resource, sys, time
from pathlib import Path

mode, file, every_tab = sys.argv[1], sys.argv[2], sys.argv[3] == "all"
if mode == "app":  # as `tvaers FILE`: desktop.cli imports no Qt before desktop.app does
    import desktop.app as desktop_app
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

done = False


def report():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
    tabs = window.findChild(QTabWidget)
    if every_tab and mode != "bare":
        # The first paint of the workshop is its first look (desktop/ui/first_look.py); every
        # tab is the real one's, once the workshop is open.
        if window.current is None or window.tabs is None:
            QTimer.singleShot(10, report)
            return
        tabs = window.tabs
    if every_tab:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            tabs.currentWidget().repaint()
            QApplication.processEvents()
    rss = peak_rss_kib()
    print(f"painted {window_painted:.6f} {time.time():.6f} {window_rss} {rss}", flush=True)
    os._exit(0)


def peak_rss_kib():
    # VmHWM: this process's own peak. ru_maxrss is not: Linux keeps it across exec, so a
    # child started from a large pytest process reported the parent's size (279 MB
    # where the app itself peaked at 170 MB).
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


window_painted = window_rss = None


def note_window_paint():
    global window_painted, window_rss
    if window_painted is None:
        window_painted, window_rss = time.time(), peak_rss_kib()


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        global done
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            if window_painted is None and isinstance(obj.window(), QMainWindow):
                QTimer.singleShot(0, note_window_paint)  # once this paint has finished
        if not done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            widget = obj
            while widget is not None and widget.objectName() != "workshop":
                widget = widget.parentWidget()
            if widget is not None:
                done = True
                QTimer.singleShot(0, report)  # once this paint has finished
        return False


first_paint = FirstPaint()
if mode == "bare":
    app = QApplication(sys.argv[:1])
    app.installEventFilter(first_paint)
    window = QMainWindow()
    window.resize(1280, 800)
    tabs = QTabWidget()
    for i, name in enumerate(("workshop", "glossary", "canvas", "delivery", "signoff")):
        page = QWidget()
        page.setObjectName(name)
        QLabel(f"Fane {i + 1}", page)
        tabs.addTab(page, name)
    window.setCentralWidget(tabs)
    window.show()
    sys.exit(app.exec())
else:
    make_application = desktop_app.make_application

    def make(lang, argv=None):
        app, language = make_application(lang, argv)
        app.installEventFilter(first_paint)
        return app, language

    desktop_app.make_application = make
    sys.exit(desktop_app.run(file=Path(file), lang="da"))
"""


def child_env(data: Path) -> dict[str, str]:
    """As an installed app runs: with compiled bytecode. This machine sets
    PYTHONDONTWRITEBYTECODE, so without a cache every start would compile ~500 modules
    (about 1.1 s); the cache sits in the data folder, out of the tree."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TVAERS_DATA_DIR=str(data))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(data / "pycache")
    env["PYTHONPATH"] = str(ROOT)
    return env


def run_child(
    mode: str, file: Path, every_tab: bool, data: Path
) -> tuple[float, float, float, float]:
    """Seconds from launch to the first painted window and to the workshop's first tab
    painted, and peak RSS in MB at each of the two, of one child."""
    env = child_env(data)
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(file), "all" if every_tab else "first"],
        env=env,
        cwd=data,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("painted ")]
    assert lines, f"{mode} never painted: {result.stderr[-2000:]}"
    _word, window, content, window_kib, content_kib = lines[0].split()
    return (
        float(window) - started,
        float(content) - started,
        int(window_kib) / 1024,
        int(content_kib) / 1024,
    )


def rounds(benchmark: BenchmarkFixture, enabled: int) -> int:
    return 1 if benchmark.disabled else enabled


def _copy(source: Path, folder: Path, name: str = "stor.tvaers") -> Path:
    return copy_workshop(source, folder / name)


# -- (a) start to the first painted window -------------------------------------------------


def test_start_to_first_painted_window_vs_bare_pyside6(
    benchmark: BenchmarkFixture, tmp_path: Path
) -> None:
    empty = tmp_path / "tom.tvaers"
    create_document(empty, title="Tom workshop").close()
    data = tmp_path / "child-data"
    data.mkdir()
    bare: list[tuple[float, float, float, float]] = []
    app: list[tuple[float, float, float, float]] = []

    def pair() -> None:  # interleaved, so load from other work hits both alike
        bare.append(run_child("bare", empty, False, data))
        app.append(run_child("app", empty, False, data))

    for mode in ("bare", "app"):  # warm the file cache and write the bytecode for both
        run_child(mode, empty, False, data)
    benchmark.pedantic(pair, rounds=rounds(benchmark, 7), iterations=1)
    figures = {
        "bare_s": statistics.median(t for t, _, _, _ in bare),
        "app_s": statistics.median(t for t, _, _, _ in app),
        "app_workshop_shown_s": statistics.median(c for _, c, _, _ in app),
        "bare_rss_mb": statistics.median(m for _, _, _, m in bare),
        "app_rss_mb": statistics.median(m for _, _, m, _ in app),
        "app_workshop_shown_rss_mb": statistics.median(m for _, _, _, m in app),
    }
    figures["time_ratio"] = figures["app_s"] / figures["bare_s"]
    figures["workshop_shown_ratio"] = figures["app_workshop_shown_s"] / figures["bare_s"]
    figures["rss_ratio"] = figures["app_rss_mb"] / figures["bare_rss_mb"]
    benchmark.extra_info.update(figures)
    print({k: round(v, 3) for k, v in figures.items()})
    within_budget(
        benchmark,
        start_window=(figures["app_s"], figures["bare_s"]),
        start_content=(figures["app_workshop_shown_s"], figures["bare_s"]),
    )


# -- (b) open the large workshop until every tab has shown its content ---------------------


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow("da")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _closed(window: MainWindow) -> None:
    window.close_workshop()
    QApplication.processEvents()


def _open_and_show_every_tab(window: MainWindow, path: Path) -> None:
    assert window.open_path(path)
    assert window.tabs is not None
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        window.tabs.currentWidget().repaint()
        QApplication.processEvents()


def _open_seconds(window: MainWindow, path: Path, rounds: int) -> float:
    """Median seconds of opening `path` until every tab has shown (after one warm-up)."""
    times = []
    for _ in range(rounds + 1):
        _closed(window)
        started = time.perf_counter()
        _open_and_show_every_tab(window, path)
        times.append(time.perf_counter() - started)
    _closed(window)
    return statistics.median(times[1:])


def _benchmark_open(
    benchmark: BenchmarkFixture, window: MainWindow, path: Path, measured_rounds: int
) -> None:
    """Opening `path` until every tab has shown, measured by `benchmark` (after a warm-up)."""
    benchmark.pedantic(
        lambda: _open_and_show_every_tab(window, path),
        setup=lambda: _closed(window),
        rounds=rounds(benchmark, measured_rounds),
        warmup_rounds=0 if benchmark.disabled else 1,
        iterations=1,
    )
    assert window.glossary_tab is not None and window.tabs is not None
    assert window.tabs.count() == 5
    _closed(window)


def test_open_large_workshop_every_tab_shown(
    benchmark: BenchmarkFixture, qtbot: QtBot, tmp_path: Path, large_file: Path
) -> None:
    path = _copy(large_file, tmp_path)
    _benchmark_open(benchmark, _window(qtbot), path, 5)
    bare = bare_read_and_show_seconds(path, rounds(benchmark, 5))
    within_budget(benchmark, open_large=(benchmark_median(benchmark), bare))


def test_opening_grows_with_size_large_and_4x(
    benchmark: BenchmarkFixture,
    qtbot: QtBot,
    tmp_path: Path,
    large_file: Path,
    request: pytest.FixtureRequest,
) -> None:
    """Issue 19, item 10: the 4x workshop (`tvaers demo --size 4x`) opens until every tab has
    shown in about four times the large one's time, and within its budget. The 4x file
    takes ~20 s to write, so the smoke run opens the large one in its place (the same code)."""
    four = request.getfixturevalue("large4x_file") if not benchmark.disabled else large_file
    large_path = _copy(large_file, tmp_path)
    four_path = _copy(four, tmp_path, "stor4x.tvaers")
    window = _window(qtbot)
    large = _open_seconds(window, large_path, rounds(benchmark, 3))
    _benchmark_open(benchmark, window, four_path, 3)
    bare = bare_read_and_show_seconds(four_path, rounds(benchmark, 3))
    ours = benchmark_median(benchmark)
    benchmark.extra_info["large_open_s"] = large
    within_budget(benchmark, open_4x=(ours, bare), open_growth=(ours, large))


# -- (c) one edit through the undo command ----------------------------------------------


def test_one_note_edit_through_undo_command_views_refreshed(
    benchmark: BenchmarkFixture, qtbot: QtBot, tmp_path: Path, large_file: Path
) -> None:
    path = _copy(large_file, tmp_path)
    window = MainWindow("da")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(path)
    assert window.tabs is not None and window.canvas_tab is not None
    window.tabs.setCurrentWidget(window.canvas_tab)  # the edited note is in view
    QApplication.processEvents()
    workshop = window.current
    assert workshop is not None
    first_canvas = workshop.read(lambda s: canvas.list_canvases(s)[0].id)
    note_id, text = workshop.read(
        lambda s: (lambda n: (n.id, n.text))(canvas.list_notes(s, canvas_id=first_canvas)[0])
    )
    edits = iter(range(10_000))

    def edit() -> None:
        n = next(edits)
        command = EditNote(workshop, note_id, {"text": text}, {"text": f"{text} ({n})"})
        command.open_for_merge = False  # every round is its own undo step, as after a pause
        assert workshop.push(command)
        QApplication.processEvents()

    benchmark.pedantic(edit, rounds=rounds(benchmark, 30), iterations=1)
    stored = workshop.read(lambda s: canvas.get_note(s, note_id=note_id).text)
    assert stored.startswith(text) and stored.endswith(")")
    with sqlite3.connect(workshop.document.working) as conn:  # committed: another reader sees it
        (on_disk,) = conn.execute("SELECT text FROM note WHERE id = ?", (note_id,)).fetchone()
    assert on_disk == stored
    window.close_workshop()
    bare = bare_commit_seconds(tmp_path, rounds(benchmark, 30))
    within_budget(benchmark, edit=(benchmark_median(benchmark), bare))


# -- (d) save ----------------------------------------------------------------------------


def test_save_large_workshop(benchmark: BenchmarkFixture, tmp_path: Path, large_file: Path) -> None:
    doc = open_document(_copy(large_file, tmp_path))
    try:
        benchmark.pedantic(doc.save, rounds=rounds(benchmark, 5), iterations=1)
        assert not doc.is_dirty
        bare = bare_vacuum_seconds(doc.working, tmp_path, rounds(benchmark, 5))
    finally:
        doc.close(save=False)
    within_budget(benchmark, save=(benchmark_median(benchmark), bare))


# -- (e) tvaers check ------------------------------------------------------------------


def test_tvaers_check_large_workshop(
    benchmark: BenchmarkFixture, tmp_path: Path, large_file: Path
) -> None:
    env = child_env(tmp_path / "data")

    def check() -> int:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "check", str(large_file)],
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        ).returncode

    check()  # bytecode
    assert benchmark.pedantic(check, rounds=rounds(benchmark, 7), iterations=1) == 0
    # ... and without Qt: the same command, asked which modules it loaded.
    probe = (
        "import sys; from desktop.cli import main; code = main(['check', sys.argv[1]]); "
        "print(code, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(large_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.splitlines()[-1].split() == ["0", "False"], result.stdout + result.stderr
    bare = bare_check_process_seconds(large_file, env, rounds(benchmark, 7))
    within_budget(benchmark, check=(benchmark_median(benchmark), bare))


# -- (f) peak memory --------------------------------------------------------------------


def test_peak_memory_gui_with_large_workshop(
    benchmark: BenchmarkFixture, tmp_path: Path, large_file: Path
) -> None:
    data = tmp_path / "child-data"
    data.mkdir()
    run_child("app", _copy(large_file, tmp_path, "warm.tvaers"), False, data)  # bytecode
    sizes: list[float] = []

    def run_gui() -> None:
        path = _copy(large_file, tmp_path, f"stor-{len(sizes)}.tvaers")
        sizes.append(run_child("app", path, True, data)[3])

    benchmark.pedantic(run_gui, rounds=rounds(benchmark, 3), iterations=1)
    bare = max(run_child("bare", large_file, False, data)[3] for _ in range(rounds(benchmark, 3)))
    benchmark.extra_info["peak_rss_mb"] = max(sizes)
    print({"peak_rss_mb": round(max(sizes), 1), "bare_rss_mb": round(bare, 1)})
    within_budget(benchmark, peak_memory=(max(sizes), bare))
