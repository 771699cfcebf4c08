"""Setting up the QApplication: language, Qt's own translations, style, log and error handling."""

from __future__ import annotations

import builtins
import gc
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from desktop import __version__
from desktop.resources import resource_path
from desktop.storage import backups, settings  # noqa: F401 (see below)
from desktop.storage.errors import DataFolderUnusable
from desktop.storage.paths import data_dir_problem, log_dir

# Python's own import, before PySide6 wraps it (see load_workshop_modules).
PLAIN_IMPORT = builtins.__import__

# isort: split
# PySide6 comes after the modules above on purpose: once loaded, its import hook reads the
# source of every module imported later (to look for `from __feature__ import`), which
# cost ~10 ms at each start. The storage modules the window needs load first; the working
# copies' module (sqlite3, uuid) loads when the start screen or the sweep needs it.
from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QTextLayout  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

log = logging.getLogger("desktop")
LOG_FILE = "tvaers.log"


@contextmanager
def past_pysides_import_hook() -> Iterator[None]:
    """Import with Python's own `__import__`, not PySide6's wrapper of it. Once PySide6 is
    loaded, its hook reads the source of every module imported after it to look for
    "PySide6" (`shibokensupport.feature._mod_uses_pyside`: ~0.15-0.3 ms a module) and
    notes the answer in its table of which PySide features (`from __feature__ import
    snake_case`, ...) a module selected. Tværs selects none (tests/ui/test_start_speed.py
    holds to it), and for a module missing from that table PySide keeps the selection it
    last had, which stays none (`getFeatureSelectId`), so such a module sees Qt as one the
    hook had noted. Only on the GUI thread: no other thread imports meanwhile."""
    hooked = builtins.__import__
    builtins.__import__ = PLAIN_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked


with past_pysides_import_hook():
    from desktop.ui import collector


def setup_logging() -> Path:
    """The log file (rotated at 1 MB, three kept), with what was logged before it opened
    (`early_records`). The log file's handler loads `logging.handlers`, and with it
    `socket`, `pickle` and `queue` (~6 ms): at start-up it opens once the window has
    painted (run)."""
    from logging.handlers import RotatingFileHandler

    path = log_file()
    root = logging.getLogger()
    ours = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
    handler = next((h for h in ours if h.baseFilename == str(path)), None)
    if handler is None:
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    for early in [h for h in root.handlers if isinstance(h, EarlyRecords)]:
        root.removeHandler(early)
        for record in early.records:
            handler.handle(record)
    return path


def log_file() -> Path:
    return log_dir() / LOG_FILE


class EarlyRecords(logging.Handler):
    """The records logged at start-up before the log file is open (setup_logging hands them
    to it, in order)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def early_records() -> EarlyRecords:
    """Keep what is logged from now on (INFO and up, as the log file) until setup_logging."""
    root = logging.getLogger()
    found = [h for h in root.handlers if isinstance(h, EarlyRecords)]
    if found:
        return found[0]
    early = EarlyRecords()
    root.addHandler(early)
    root.setLevel(logging.INFO)
    return early


def choose_language(requested: str | None) -> str:
    """--lang, else the user's choice in settings, else the system's language."""
    if requested in ("da", "en"):
        return requested
    chosen = settings.load_settings().language
    if chosen in ("da", "en"):
        return chosen
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our strings (resources/translations) and Qt's own dialogs (qtbase_da)."""
    installed: list[QTranslator] = []
    if lang != "da":
        # English is the source; its file holds only the plural forms ("1 term", "2 terms").
        english = QTranslator(app)
        if english.load(str(resource_path("translations", "tvaers_en.qm"))):
            app.installTranslator(english)
            installed.append(english)
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", "tvaers_da.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("Danish translation not found in %s", resource_path("translations"))
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load("qtbase_da", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    return installed


STYLE_SHEET = """
QLabel#startTitle { font-size: 40px; font-weight: 600; color: palette(highlight); }
QLabel#startTagline { font-size: 15px; }
QLabel#sectionHeading { font-size: 15px; font-weight: 600; }
QFrame#recoveryBox { border: 2px solid #c77700; border-radius: 6px; }
QPushButton#primaryButton { font-weight: 600; }
QListWidget#recentList::item { padding: 6px; }
"""


def make_application(lang: str | None, argv: list[str] | None = None) -> tuple[QApplication, str]:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Tværs")
    app.setOrganizationName("Tvaers")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("tvaers")  # Wayland docks match the window to build/linux/tvaers.desktop
    if app.style().name().lower() != "fusion":  # already it on Linux: a new one costs ~6 ms
        app.setStyle("Fusion")
    icon = resource_path("icons", "tvaers.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    language = choose_language(lang)
    app._tvaers_translators = install_translators(app, language)  # type: ignore[attr-defined]
    app.setStyleSheet(STYLE_SHEET)
    add_shipped_fonts(app)
    # Garbage cycles are collected in the GUI thread only: a worker thread that collected a
    # closed window's Qt objects would destroy them there (desktop/ui/collector.py).
    collector.install(app)
    return app, language


# The PDFs' fonts (resources/fonts): DejaVu Sans for names in Latin, Greek and Cyrillic where
# a system has no font for them, Noto Emoji for the emoji on notes (no tofu boxes).
SHIPPED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoEmoji-Regular.ttf")


def add_shipped_fonts(app: QApplication) -> list[str]:
    """Make the shipped fonts fallbacks of the window's font, once per process: the window
    keeps the system's font, and a character no system font has is drawn in DejaVu Sans or
    Noto Emoji (a system's colour emoji font, where there is one, stays first). The
    families added."""
    added: list[str] = getattr(app, "_tvaers_font_families", [])
    if added:
        return added
    for name in SHIPPED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            log.warning("font %s not found in %s", name, resource_path("fonts"))
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in added:
                added.append(family)
    if added and not _draws_every_glyph(FALLBACK_PROBE, app.font()):
        # Fontconfig (Linux) falls back to application fonts by itself; elsewhere they are
        # named as the window font's substitutes when the system's fallbacks are not enough.
        QFont.insertSubstitutions(app.font().family(), added)
    app._tvaers_font_families = added  # type: ignore[attr-defined]
    return added


FALLBACK_PROBE = "Nguyễn Ксения Νίκος 🤝"


def _draws_every_glyph(text: str, font: QFont) -> bool:
    """Whether Qt lays `text` out in `font` and its fallbacks without an empty box."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return all(0 not in run.glyphIndexes() for run in layout.glyphRuns())


def unexpected_error_text(lang: str, log_path: Path) -> str:
    if lang == "da":
        return (
            "Der skete en uventet fejl i Tværs. Dit arbejde er i sikkerhed: alt, du har "
            "indtastet, ligger i arbejdskopien og gemmes som normalt.\n\n"
            f"Hvis fejlen kommer igen, så send logfilen til support:\n{log_path}"
        )
    return (
        "Something unexpected went wrong in Tværs. Your work is safe: everything you have "
        "entered is in the working copy and is saved as usual.\n\n"
        f"If it happens again, send the log file to support:\n{log_path}"
    )


def install_excepthook(parent: QWidget | None, lang: str, log_path: Path) -> None:
    """Log every unexpected exception with its traceback and tell the user in plain words."""
    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if showing:
            return
        showing = True
        try:
            from desktop.ui import dialogs

            dialogs.show_error(parent, unexpected_error_text(lang, log_path))
        finally:
            showing = False

    sys.excepthook = hook


def data_folder_warning(parent: QWidget, lang: str) -> QMessageBox | None:
    """If the local data folder cannot be written (paths.data_dir fell back to a private
    temporary one), say so at once, before anything is typed: where, why and what to do.
    Not modal: the window stays usable (its work is kept in the temporary folder)."""
    problem = data_dir_problem()
    if problem is None:
        return None
    text = DataFolderUnusable(
        wanted=str(problem.wanted), reason=problem.reason, fallback=str(problem.fallback)
    ).message(lang)
    log.warning(
        "data folder %s unusable (%s); using %s", problem.wanted, problem.reason, problem.fallback
    )
    box = QMessageBox(QMessageBox.Icon.Warning, "Tværs", text, parent=parent)
    box.setObjectName("dataFolderWarning")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def sweep_at_start() -> None:
    """What sessions killed half-way left in the data folder (read-only copies, staged
    restores, copies cut off while opening) goes; never a working copy that may hold edits.
    Before anything opens, and before the start screen lists what can be recovered."""
    with past_pysides_import_hook():  # not a Qt module
        from desktop.storage import working_copy

    try:
        working_copy.sweep_data_folder()
    except OSError:
        log.exception("could not clear the data folder's leftovers")


# What opening a workshop and showing its first tab import below the UI: the document
# (SQLModel, SQLAlchemy, pydantic), the SQLite dialect the schema check reads dates with,
# and the core modules of the Workshop tab.
WORKSHOP_MODULES = (
    "desktop.storage.document",
    "desktop.storage.changes",
    "desktop.storage.lock",
    "sqlalchemy.dialects.sqlite",
    "desktop.core.actions",
    "desktop.core.participants",
    "desktop.core.readiness",
    "desktop.core.workshop",
)


def load_workshop_modules() -> None:
    """Import the modules a workshop needs to open (SQLModel, SQLAlchemy, pydantic and our
    storage and core: about 400 modules) past PySide6's import hook. Once loaded, PySide6
    wraps `__import__` and reads the source of every module imported after it, looking for
    "PySide6" (`shibokensupport.feature._mod_uses_pyside`); for the ORM stack that cost
    ~50 ms before the workshop appeared (docs/PERFORMANCE.md). None of these modules uses
    Qt: storage and core never import it (the layers contract in pyproject.toml), and the
    hook's own answer for a module that does not mention PySide6 is "ignore it". Called
    on the GUI thread only (no other thread imports while the hook is set aside)."""
    with past_pysides_import_hook():
        for name in WORKSHOP_MODULES:
            importlib.import_module(name)
    # What is loaded now lives as long as the app: modules, classes, functions, the ORM's
    # mappers. Moved out of the cycle collector's way, a full collection no longer walks
    # them (~130,000 objects: ~0.15 s of opening the 4x workshop, docs/PERFORMANCE.md).
    # Garbage made later is collected as before.
    gc.freeze()


def loaded_first(action: Callable[[], object]) -> Callable[[], object]:
    """`action`, with the workshop's modules loaded first (load_workshop_modules)."""

    def go() -> object:
        load_workshop_modules()
        return action()

    return go


class AfterFirstPaint(QObject):
    """Runs `action` once, just after `window` has first painted (its paint comes before its
    children's, so before their own after-paint steps: the opening page's first look), or
    after OPEN_ANYWAY_MS if it never paints (started minimised)."""

    def __init__(self, window: QWidget, action: Callable[[], object]) -> None:
        from desktop.ui.opening_page import OPEN_ANYWAY_MS

        super().__init__(window)
        self.action = action
        self.done = False
        window.installEventFilter(self)
        QTimer.singleShot(OPEN_ANYWAY_MS, self, self.go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.go)  # once this paint has finished
        return False

    def go(self) -> None:
        if not self.done:
            self.done = True
            self.action()


def after_first_paint(*, sweep: bool, first_look: bool) -> None:
    """What the start leaves until the window has painted: the log file (what was logged
    before is written to it then), and, started with a file or the demo, the sweep of the
    data folder, which the opening that follows needs done (~6 and ~5 ms of imports).
    `first_look`: the modules of the Workshop tab's first look, which the opening page
    shows next (desktop/ui/first_look.py), imported past PySide6's hook (~8 ms sooner)."""
    setup_logging()
    if sweep:
        sweep_at_start()
    if first_look:
        with past_pysides_import_hook():
            importlib.import_module("desktop.ui.first_look")


def run(*, file: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    # The log file opens once the window has painted; what is logged before waits for it.
    early_records()
    start_screen = file is None and not demo
    try:
        if start_screen:
            sweep_at_start()  # before the start screen lists what can be recovered
        app, language = make_application(lang)
        with past_pysides_import_hook():  # the window's modules: ~5 ms sooner on screen
            from desktop.ui.main_window import MainWindow

        window = MainWindow(language, show_start=start_screen)
        install_excepthook(window, language, log_file())
        window.restore_placement()  # as large and where it was, kept on this screen
        window.show()
        AfterFirstPaint(
            window,
            lambda: after_first_paint(sweep=not start_screen, first_look=file is not None),
        )
        log.info("Tværs %s started (%s)", __version__, language)
        window._data_folder_warning = data_folder_warning(window, language)  # type: ignore[attr-defined]
        if demo:
            demo_name = QCoreApplication.translate("MainWindow", "the demo workshop")
            window.open_when_painted(demo_name, loaded_first(window.open_demo))
        elif file is not None:
            window.open_when_painted(
                file.name, loaded_first(lambda: window.open_path(file)), first_look=file
            )
        if os.environ.get("TVAERS_QUIT_AFTER_START"):
            QTimer.singleShot(int(os.environ["TVAERS_QUIT_AFTER_START"]), window.close)
        return app.exec()
    finally:
        setup_logging()  # if the window never painted, what was logged still reaches the file
