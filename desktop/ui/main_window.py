"""The main window: menus, toolbar, status bar, the start screen and the workshop's tabs."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from desktop.core.errors import TvaersError
from desktop.storage import backups, errors, settings
from desktop.storage.paths import documents_dir, subdir
from desktop.ui import dialogs
from desktop.ui.exercise_timer import BigTimerDisplay, ExerciseTimer, TimerWidget
from desktop.ui.library_status import LibraryStatus
from desktop.ui.opening_page import OpeningPage, run_after_first_paint
from desktop.ui.presentation import PresentationMode
from desktop.ui.room_control import RoomControl
from desktop.ui.tab_pages import TAB_NAMES, TABS, TabPage, tab_for_kind
from desktop.ui.trf import trf
from desktop.ui.undo_keys import UndoKeys

if TYPE_CHECKING:  # the workshop's modules load after the window has painted (app.run)
    from desktop.storage.changes import Changes
    from desktop.storage.document import WorkshopDocument
    from desktop.ui.canvas_tab.tab import CanvasTab
    from desktop.ui.delivery_tab.tab import DeliveryTab
    from desktop.ui.glossary_tab.tab import GlossaryTab
    from desktop.ui.library_sync import LibrarySync
    from desktop.ui.open_workshop import OpenWorkshop
    from desktop.ui.signoff_tab.tab import SignOffTab
    from desktop.ui.start_screen import StartScreen
    from desktop.ui.workshop_tab.tab import WorkshopTab

log = logging.getLogger(__name__)
T = TypeVar("T")
DEFAULT_SIZE = (1280, 800)
# The usual keys to the next and previous tab, whatever has the focus (tables and text
# boxes keep Ctrl+Tab for themselves unless the window takes it first).
NEXT_TAB_KEYS = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS_TAB_KEYS = ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+Backtab", "Ctrl+PgUp")


class _Tab(Generic[T]):
    """`window.glossary_tab`: the open workshop's tab of that name, built when first asked
    for; None without a workshop."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, window: MainWindow, _owner: type | None = None) -> T | None:
        return cast("T | None", window._tab(self.name))


class PathLabel(QLabel):
    """The open file's path in the status bar: elided in the middle when the window is
    narrow, so a long path never makes the window wider than the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self.text()) <= self.contentsRect().width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        shown = metrics.elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
        )
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            shown,
        )


class MainWindow(QMainWindow):
    def __init__(
        self, lang: str, parent: QWidget | None = None, *, show_start: bool = True
    ) -> None:
        """`show_start=False`: a workshop opens at once (`tvaers FILE`), so the start screen
        is built only if it is needed after all (the window paints sooner)."""
        super().__init__(parent)
        self.lang = lang
        self.current: OpenWorkshop | None = None
        self.tabs: QTabWidget | None = None
        self._built: dict[str, TabPage] = {}  # the open workshop's tabs built so far, by name
        self._title: str | None = None  # the open workshop's title, as last read
        self.setWindowTitle("Tværs")
        self.resize(*DEFAULT_SIZE)

        self._start: StartScreen | None = None
        self.pages = QStackedWidget()
        # F5: the open tab full screen for the projector (header and keys of its own).
        self.presentation = PresentationMode(self, self.pages)
        self.setCentralWidget(self.presentation.container)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.save_state = QLabel()
        self.path_label = PathLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.library_status = LibraryStatus()  # hidden, and no library loaded, without one
        self.statusBar().addPermanentWidget(self.library_status)
        self.statusBar().addPermanentWidget(self.save_state)
        self.library_sync: LibrarySync | None = None  # background sync, only with a library
        self.library_runner()
        if show_start:
            self.pages.setCurrentWidget(self.start)
        self._update_chrome()
        # Ctrl+Tab and friends switch tabs from anywhere: window shortcuts are matched
        # before the focused table or text box sees the key (QTableView would move its
        # cursor on Ctrl+Tab), and cost nothing for the other events.
        for keys, offset in ((NEXT_TAB_KEYS, 1), (PREVIOUS_TAB_KEYS, -1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(lambda step=offset: self.step_tab(step))

    @property
    def start(self) -> StartScreen:
        """The start screen (new, open, demo, recent and recoverable workshops)."""
        if self._start is None:
            from desktop.ui.start_screen import StartScreen  # not before a file's first paint

            start = self._start = StartScreen()
            start.new_requested.connect(self.new_workshop)
            start.open_requested.connect(self.open_dialog)
            start.demo_requested.connect(self.open_demo)
            start.recent_chosen.connect(self.open_path)
            start.recovery_chosen.connect(self.open_recovery)
            self.pages.insertWidget(0, start)
            self._refresh_start()
        return self._start

    # -- building --------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | QKeySequence | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Every binding the platform has (Close is Ctrl+F4 *and* Ctrl+W on Linux and
            # Windows); QKeySequence(standard_key) would keep only the first.
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New workshop…"), self.new_workshop, std.New)
        self.new_action.setIcon(QIcon.fromTheme("document-new"))
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, std.Open)
        self.open_action.setIcon(QIcon.fromTheme("document-open"))
        self.demo_action = self._action(self.tr("Open &demo"), self.open_demo)
        self.save_action = self._action(self.tr("&Save"), self.save, std.Save)
        self.save_action.setIcon(QIcon.fromTheme("document-save"))
        self.save_as_action = self._action(self.tr("Save &as…"), self.save_as, "Ctrl+Shift+S")
        self.backup_action = self._action(self.tr("&Restore backup…"), self.restore_backup)
        self.close_action = self._action(self.tr("&Close workshop"), self.close_workshop, std.Close)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.undo_action = self._action(self.tr("&Undo"), self._undo)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setIcon(QIcon.fromTheme("edit-undo"))
        self.redo_action = self._action(self.tr("&Redo"), self._redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(QIcon.fromTheme("edit-redo"))
        # The toolbar's short names (the menu says what: "Fortryd: Ret begreb"), so the
        # toolbar keeps room for the countdown at its right on a laptop at 200 %.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        # In a field with nothing of its own to undo, Ctrl+Z and Ctrl+Y are these actions'.
        self.undo_keys = UndoKeys(self, self.undo_action, self.redo_action)
        self.about_action = self._action(self.tr("&About Tværs"), self.show_about)
        self.export_action = self._action(
            self.tr("&Export minutes and handouts…"), self.export_minutes, std.Print
        )
        self.export_action.setIconText(self.tr("Export minutes"))  # the toolbar's short name
        self.export_action.setIcon(QIcon.fromTheme("document-print"))
        self.library_action = self._action(self.tr("Li&brary…"), self.configure_library)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("", self.tr("Follow the system")), ("da", "Dansk"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.triggered.connect(lambda _c=False, code=code: self.choose_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_actions[settings.load_settings().language].setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.save_action, self.save_as_action, self.backup_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        self.file_menu = file_menu  # the library's submenu goes in after Export (_build_menus)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.presentation.action)
        # »Rummet er åbent«: notes from phones onto the canvas (desktop/ui/room_control.py).
        self.room = RoomControl(self)
        self.view_menu.addAction(self.room.action)
        # The organisation library's own menu, File › Library: on the menu only while a library
        # is configured (update_library_menu), so a laptop without one sees the menus it always
        # had. A submenu, not a menu of the bar: every letter of the bar's Alt keys is taken by
        # some tab in Danish or English, and a menu of the bar would take its letter from them.
        self.library_menu = QMenu(self.tr("&Library"), self)
        self.library_menu.addSeparator()  # the library's own actions go above this line
        self.library_menu.addAction(
            self._action(self.tr("Library &settings…"), self.configure_library)
        )
        self.sync_action = self._action(self.tr("Sync &now"), self.sync_library_now)
        self.library_menu.insertAction(self.library_menu.actions()[-2], self.sync_action)
        self.share_outcome_action = self._action(
            self.tr("Share the workshop's &outcome…"), self.share_outcome
        )
        self.portfolio_action = self._action(self.tr("&Portfolio…"), self.show_portfolio)
        for action in (self.share_outcome_action, self.portfolio_action):
            self.library_menu.insertAction(self.library_menu.actions()[-2], action)
        self.steward_action = self._action(
            self.tr("Proposals and &disputes…"), self.open_steward_window
        )
        self.library_menu.insertAction(self.library_menu.actions()[-2], self.steward_action)
        self.template_action = self._action(self.tr("Publish as &template…"), self.publish_template)
        self.library_menu.insertAction(self.library_menu.actions()[-2], self.template_action)
        self.update_library_menu()
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        settings_menu.addAction(self.library_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.save_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.presentation.action)
        toolbar.addAction(self.room.action)
        # The exercise timer sits at the right; it belongs to the window, not the workshop,
        # so it runs on while workshops are closed and opened.
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.exercise_timer = ExerciseTimer(self.lang, self)
        self.timer_widget = TimerWidget(self.exercise_timer)
        toolbar.addWidget(self.timer_widget)
        self.presentation.set_timer_display(BigTimerDisplay(self.exercise_timer))
        self._timer_menu()

    def _timer_menu(self) -> None:
        """The countdown from the keyboard too, also in presentation mode (toolbar hidden):
        Ctrl+T asks for a time, Ctrl+Shift+P pauses, Ctrl+Shift+M adds a minute."""
        timer = self.exercise_timer
        timer.other_time_action.setShortcut(QKeySequence("Ctrl+T"))
        timer.pause_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        timer.add_minute_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        menu = self.view_menu.addMenu(self.tr("&Countdown"))
        menu.addActions(list(timer.preset_actions.values()))
        menu.addSeparator()
        for action in timer.timer_actions()[len(timer.preset_actions) :]:
            menu.addAction(action)
        self.addActions(timer.timer_actions())  # window-wide: they work with the bars hidden

    # -- the window's place on the screen ------------------------------------------------

    def restore_placement(self) -> None:
        """Where and as large as the window was when it last closed, kept on the screen
        (a laptop at 200 % has less room than the monitor it was last used on)."""
        prefs = settings.load_settings()
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        remembered = prefs.window
        if remembered is not None:
            for candidate in QGuiApplication.screens():
                if candidate.availableGeometry().intersects(QRect(*remembered)):
                    screen = candidate
                    break
        available = screen.availableGeometry()
        if remembered is not None:
            wanted = QRect(*remembered)
        else:
            wanted = QRect(0, 0, *DEFAULT_SIZE)
            wanted.moveCenter(available.center())
        self.setGeometry(fit_rect(wanted, available, self.frame_margins()))
        if prefs.maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def remember_placement(self) -> None:
        """The window's normal place and size, and whether it was maximised, for next time
        (presentation mode's full screen is not remembered: what was before it is)."""
        before = getattr(self.presentation, "_before", None)
        if before is not None:
            rect, state = before.geometry, before.state
        else:
            rect, state = self.normalGeometry(), self.windowState()
        if not rect.isValid():
            return
        prefs = settings.load_settings()
        prefs.window = [rect.x(), rect.y(), rect.width(), rect.height()]
        prefs.maximized = bool(state & Qt.WindowState.WindowMaximized)
        settings.save_settings(prefs)

    def frame_margins(self) -> tuple[int, int]:
        """The title bar and borders around the window (guessed before it was first shown)."""
        frame, inner = self.frameGeometry(), self.geometry()
        extra = (frame.width() - inner.width(), frame.height() - inner.height())
        return extra if self.isVisible() and extra != (0, 0) else (16, 40)

    def step_tab(self, offset: int) -> bool:
        """The next (1) or previous (-1) tab, round the ends; typing is stored first."""
        tabs = self.tabs
        if tabs is None or self.pages.currentWidget() is not tabs or tabs.count() < 2:
            return False
        self._commit_typing()
        tabs.setCurrentIndex((tabs.currentIndex() + offset) % tabs.count())
        return True

    # -- opening and creating --------------------------------------------------------

    def new_workshop(self) -> bool:
        if not self.close_workshop():
            return False
        from desktop.ui import new_workshop_dialog  # loaded when first asked: quicker start

        choice = new_workshop_dialog.ask_new_workshop(self)
        if choice is None:
            return False
        try:
            from desktop.storage.document import create_document

            doc = create_document(choice.path, **choice.details())
        except TvaersError as exc:
            self.show_error(exc)
            return False
        choice.fill(doc, self)  # a canvas and criteria chosen from templates, saved
        return self._attach_or_report(doc)

    def open_dialog(self) -> bool:
        path = dialogs.ask_open_path(self)
        return self.open_path(path) if path is not None else False

    def open_path(
        self,
        path: Path,
        *,
        recover: bool | None = None,
        read_only: bool = False,
        take_over: bool = False,
    ) -> bool:
        if not self.close_workshop():
            return False
        from desktop.storage.document import open_document

        try:
            doc = open_document(
                Path(path), read_only=read_only, take_over_lock=take_over, recover=recover
            )
        except errors.RecoveryAvailable as exc:
            answer = dialogs.ask_recover(self, exc.message(self.lang))
            if answer is None:  # Esc: nothing opens, and the changes wait to be asked again
                self._refresh_start()
                return False
            return self.open_path(path, recover=answer, read_only=read_only, take_over=take_over)
        except errors.LockedError as exc:
            choice = dialogs.ask_locked(self, exc, self.lang)
            if choice is None:
                return False
            return self.open_path(
                path,
                recover=recover,
                read_only=choice == "read_only",
                take_over=choice == "take_over",
            )
        except errors.FileRefusal as exc:
            if exc.exit_code == errors.EXIT_DAMAGED and backups.has_backups(Path(path)):
                return self._offer_backup_of_refused(Path(path), exc)
            self.show_error(exc)
            self._refresh_start()
            return False
        except TvaersError as exc:
            self.show_error(exc)
            self._refresh_start()
            return False
        return self._attach_or_report(doc)

    def _offer_backup_of_refused(self, path: Path, refusal: errors.FileRefusal) -> bool:
        """A refused file cannot be opened, so Filer > Gendan backup… cannot reach its
        backups: offer them here, restored as a new file beside it. The refused file stays
        as it is (IT may want to look at it)."""
        from desktop.storage.document import restore_backup_as

        question = (
            refusal.window_message(self.lang)
            + "\n\n"
            + self.tr(
                "This computer has backups of the workshop. Restore one as a new workshop "
                "file? {name} is not changed."
            ).format(name=path.name)
        )
        if not dialogs.confirm(self, self.tr("Restore backup"), question):
            self._refresh_start()
            return False
        chosen = dialogs.ask_backup(self, backups.list_backups(path))
        if chosen is None:
            return False
        suggested = path.with_name(self.tr("{name} (restored)").format(name=path.stem) + ".tvaers")
        if not suggested.parent.is_dir():
            suggested = documents_dir() / suggested.name
        target = dialogs.ask_save_path(self, suggested)
        if target is None:
            return False
        try:
            restore_backup_as(chosen, target)
        except TvaersError as exc:
            self.show_error(exc)
            return False
        return self.open_path(target)

    def open_recovery(self, path: Path) -> bool:
        """An entry of the start screen's recovery list (its working copy, or its document).
        If the document is there and is the same workshop, it opens with the changes
        recovered. If the file is gone, or another workshop now lies at its path, the changes
        cannot go back into it: they are saved as a new file, where the user chooses."""
        from desktop.storage.working_copy import find_recoverable, holds_workshop, write_recovered

        found = [s for s in find_recoverable() if path in (s.working_copy, s.document)]
        if not found:
            self._refresh_start()
            return False
        state = max(found, key=lambda s: s.edited_at)
        if holds_workshop(state.document, state.workshop_id):
            return self.open_path(state.document, recover=True)
        if state.document.is_file():
            why = self.tr("Another workshop is at {path} now.")
        else:
            why = self.tr(
                "The file {path} is not found. If it is on a USB stick or network drive that "
                "is not connected, connect it and choose the changes again."
            )
        question = (
            why.format(path=state.document)
            + "\n\n"
            + self.tr(
                "Save the changes from {when} as a new workshop file? The file at the old "
                "place is not touched."
            ).format(when=state.edited_at.strftime("%d.%m.%Y %H:%M"))
        )
        if not dialogs.confirm(self, self.tr("Recover unsaved changes"), question):
            return False
        if not self.close_workshop():
            return False
        suggested = state.document.with_name(
            self.tr("{name} (recovered)").format(name=state.document.stem) + ".tvaers"
        )
        if not suggested.parent.is_dir():
            suggested = documents_dir() / suggested.name
        target = dialogs.ask_save_path(self, suggested)
        if target is None:
            return False
        if target.exists():  # never over a file: it may be the very workshop now at that path
            self.show_error(errors.AlreadyExistsError(name=target.name))
            return False
        try:
            write_recovered(state, target)
        except TvaersError as exc:
            self.show_error(exc)
            return False
        self._refresh_start()
        return self.open_path(target)

    def open_when_painted(
        self, name: str, action: Callable[[], object], *, first_look: Path | None = None
    ) -> None:
        """At start-up: show the window now, saying what opens, and open once it has
        painted; the workshop's modules load in between (desktop/ui/opening_page.py).
        `first_look`: the file whose Workshop tab shows, read-only, before that."""
        page = OpeningPage(name, first_look=first_look)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

        def open_it() -> None:
            try:
                action()
            finally:
                if self.pages.currentWidget() is page:  # it did not open: back to the start
                    self.pages.setCurrentWidget(self.start)
                self.pages.removeWidget(page)
                page.deleteLater()

        run_after_first_paint(page, open_it)

    def open_demo(self) -> bool:
        """A fresh copy of the demo workshop, in the local data folder; "Save as…" keeps it."""
        from desktop.core.demo import DEMO_TITLE
        from desktop.storage import lock
        from desktop.storage.demo_file import write_demo
        from desktop.ui import new_workshop_dialog

        if not self.close_workshop():
            return False
        folder = subdir("demo")
        for old in folder.glob("*.tvaers"):
            if not lock.lock_path(old).exists():
                old.unlink(missing_ok=True)
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        name = new_workshop_dialog.file_name_for(f"{DEMO_TITLE} ({stamp})")
        for _ in range(5):  # another Tværs may start a demo in the same second: »… (2)«
            path = new_workshop_dialog.free_path(folder, name)
            try:
                write_demo(path)
                break
            except errors.AlreadyExistsError:
                continue
            except TvaersError as exc:
                self.show_error(exc)
                return False
        else:
            self.show_error(errors.AlreadyExistsError(name=name))
            return False
        return self.open_path(path)

    def _attach_or_report(self, doc: WorkshopDocument) -> bool:
        """Show the workshop; if reading it fails half-way, close it again cleanly."""
        try:
            self._attach(doc)
        except TvaersError as exc:
            log.exception("could not show %s", doc.path)
            self._drop_tabs()
            self.current = None
            doc.close(save=False)
            self.show_error(exc)
            self.pages.setCurrentWidget(self.start)
            return False
        self.room.workshop_opened()  # notes from phones kept from before a crash wait again
        return True

    def _attach(self, doc: WorkshopDocument) -> None:
        from desktop.ui.open_workshop import OpenWorkshop

        current = OpenWorkshop(doc, self)
        self.current = current
        self._title = None
        current.save_state_changed.connect(self._update_chrome)
        current.changed.connect(self._workshop_changed)
        current.error.connect(self.show_error)
        current.detached.connect(self._workshop_detached)
        # Once per edit, undo or redo (after the command ran, merged or not); not once per
        # signal of the stack, which sends four for every keystroke.
        current.undo_stack.indexChanged.connect(self._update_chrome)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._built = {}
        # A tab is built when it is first shown or asked for: opening a workshop builds the
        # Workshop tab only (issue 9: the workshop on screen ~0.2 s sooner). Until then its
        # place holds an empty page; object names give screenshots and tests a name that
        # does not change with language.
        for name in TAB_NAMES:
            placeholder = QWidget()
            placeholder.setObjectName(name)
            self.tabs.addTab(placeholder, self._tab_title(name))
        self._build_tab("workshop")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.pages.addWidget(self.tabs)
        self.pages.setCurrentWidget(self.tabs)
        if "demo" not in doc.path.parent.name:
            prefs = settings.load_settings()
            prefs.remember(doc.path)
            settings.save_settings(prefs)
        self._update_chrome()

    # -- saving and closing ----------------------------------------------------------

    def _commit_typing(self) -> None:
        """Typed text not yet stored goes in now (before save, undo, close)."""
        for tab in self._tab_pages():
            tab.commit_typing()

    def _note_menu(self, note_id: str, menu: QMenu) -> None:
        """From needs to services: a note's menu makes a card on the delivery board."""
        if self.current is None or self.current.read_only:
            return
        action = menu.addAction(self.tr("Create service from note"))
        action.triggered.connect(lambda: self.create_service_from_note(note_id))

    def show_item(self, kind: str, item_id: str) -> None:
        """Go to one thing of the workshop (a link in the readiness overview): its tab is
        shown, the thing selected and in view there. `kind` is one of desktop.core.readiness's
        kinds, spelled out: this module loads before the workshop's modules do."""
        entry = tab_for_kind(kind)
        page = self._tab(entry.name) if entry is not None and self.tabs is not None else None
        if page is None or self.tabs is None:
            return
        self.tabs.setCurrentWidget(cast(QWidget, page))  # a tab that missed edits reads them
        page.reveal(kind, item_id)

    def create_service_from_note(self, note_id: str) -> None:
        if self.current is None or self.delivery_tab is None or self.tabs is None:
            return
        from desktop.ui.delivery_tab.commands import CreateServiceFromNote

        command = CreateServiceFromNote(self.current, note_id)
        if self.current.push(command) and command.service_id:
            self.tabs.setCurrentWidget(self.delivery_tab)
            self.delivery_tab.select_service(command.service_id, focus=True)

    # -- the tabs, built when first needed ---------------------------------------------

    # Each tab by its class, for the window's own wiring and for tests; built when asked.
    workshop_tab: _Tab[WorkshopTab] = _Tab("workshop")
    glossary_tab: _Tab[GlossaryTab] = _Tab("glossary")
    canvas_tab: _Tab[CanvasTab] = _Tab("canvas")
    delivery_tab: _Tab[DeliveryTab] = _Tab("delivery")
    signoff_tab: _Tab[SignOffTab] = _Tab("signoff")

    def _tab_title(self, name: str) -> str:
        return TABS[TAB_NAMES.index(name)].title()

    def _tab(self, name: str) -> TabPage | None:
        """The open workshop's tab `name`, built now if it was not yet; None without a
        workshop, or if it could not be read (the user has been told)."""
        if self.tabs is None or self.current is None:
            return None
        if name in self._built:
            return self._built[name]
        try:
            return self._build_tab(name)
        except TvaersError as exc:
            log.exception("could not show the %s tab", name)
            self.show_error(exc)
            return None

    def _build_tab(self, name: str) -> TabPage:
        assert self.tabs is not None and self.current is not None
        index = TAB_NAMES.index(name)
        tab = TABS[index].build(self.current, self.lang)
        self._wire(name, tab)
        shown = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: no signal
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, self._tab_title(name))
            self.tabs.setCurrentIndex(shown)
        finally:
            self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        page = cast(TabPage, tab)
        self._built[name] = page
        return page

    def _wire(self, name: str, tab: QWidget) -> None:
        """The two ways a tab reaches beyond itself: the readiness overview's links, and a
        note's menu that makes a service on the delivery board."""
        if name == "workshop":
            cast("WorkshopTab", tab).jump_requested.connect(self.show_item)
        elif name == "canvas":
            cast("CanvasTab", tab).note_context_actions.connect(self._note_menu)

    def _tab_shown(self, index: int) -> None:
        if self.tabs is None:
            return
        self._tab(TAB_NAMES[index])  # built now if this is its first showing

    def _tab_pages(self) -> list[TabPage]:
        return list(self._built.values())

    def save(self) -> bool:
        if self.current is None:
            return False
        self._commit_typing()
        if self.current.read_only:
            return self.save_as()
        return self.current.save()

    def save_as(self) -> bool:
        if self.current is None:
            return False
        self._commit_typing()
        doc = self.current.document
        target = dialogs.ask_save_path(self, doc.path)
        if target is None:
            return False
        try:
            doc.save_as(target)
        except TvaersError as exc:
            self.show_error(exc)
            return False
        prefs = settings.load_settings()
        prefs.remember(doc.path)
        settings.save_settings(prefs)
        self.current.last_error = None
        self._update_chrome()
        return True

    def restore_backup(self) -> None:
        if self.current is None or self.current.read_only:
            return
        found = backups.list_backups(self.current.document.path)
        if not found:
            dialogs.show_info(self, self.tr("There are no backups of this workshop yet."))
            return
        chosen = dialogs.ask_backup(self, found)
        if chosen is None:
            return
        self._commit_typing()
        try:
            self.current.document.restore_backup(chosen)
        except TvaersError as exc:
            self.show_error(exc)
            return
        from desktop.storage.changes import Changes

        self.current.undo_stack.clear()
        self.current.changed.emit(Changes.all())
        self._update_chrome()

    def close_workshop(self) -> bool:
        """Save and close the open workshop. False if it must stay open."""
        if self.current is None:
            return True
        self._commit_typing()
        if not self.room.may_close_workshop():  # notes from phones still waiting: asked
            return False
        current = self.current
        current.stop_timers()
        try:
            current.document.close()
        except TvaersError as exc:
            question = (
                exc.message(self.lang)
                + "\n\n"
                + self.tr(
                    "Close anyway? Your changes stay in the working copy, and Tværs offers to "
                    "recover them the next time you open the workshop."
                )
            )
            if isinstance(exc, errors.DocumentDetachedError):
                question = self._close_detached_question(exc)
            if not dialogs.confirm(self, self.tr("Could not save"), question):
                return False
            current.document.close(save=False)
        self.room.workshop_closing()  # the room closes with the workshop, for every phone
        self.current = None
        self._drop_tabs()
        current.deleteLater()
        self.pages.setCurrentWidget(self.start)
        self._refresh_start()
        self._update_chrome()
        return True

    def _drop_tabs(self) -> None:
        if self.tabs is not None:
            self.pages.removeWidget(self.tabs)
            self.tabs.deleteLater()
        self.tabs = None
        self._built = {}

    def export_minutes(self) -> None:
        """Ctrl+P: the minutes as PDF, built in the background (also from a read-only file)."""
        if self.current is None:
            return
        self._commit_typing()
        from desktop.ui import export_dialog  # reportlab loads on the first export, not at start

        export_dialog.export_minutes(self, self.current, self.lang)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_placement()
        # An export thread destroyed mid-run takes Qt down with it: let it finish first.
        export_dialog = sys.modules.get("desktop.ui.export_dialog")  # none ran if not loaded
        if export_dialog is not None:
            export_dialog.wait_for_exports()
        if self.close_workshop():
            if self.library_sync is not None:  # a round in flight: a bounded wait, no hang
                self.library_sync.close()
            event.accept()
        else:
            event.ignore()

    # -- undo ------------------------------------------------------------------------

    def _undo(self) -> None:
        if self.current is not None:
            self._commit_typing()
            self.current.undo_stack.undo()

    def _redo(self) -> None:
        if self.current is not None:
            self.current.undo_stack.redo()

    # -- showing state ---------------------------------------------------------------

    def _refresh_start(self) -> None:
        from desktop.storage.working_copy import find_recoverable  # not before a file's paint

        self.start.show_recent(settings.load_settings().recent)
        self.start.show_recoverable(find_recoverable())

    def _workshop_changed(self, changes: Changes) -> None:
        """The title is read again when the workshop's row changed; the rest of the window
        follows the undo stack (`_update_chrome`, once per edit)."""
        if changes.touches("workshop"):
            self._title = None

    def _update_chrome(self) -> None:
        current = self.current
        has_doc = current is not None
        editable = current is not None and not current.read_only
        for action in (
            self.save_as_action,
            self.close_action,
            self.export_action,
            self.share_outcome_action,
        ):
            action.setEnabled(has_doc)
        self.save_action.setEnabled(has_doc)
        self.template_action.setEnabled(has_doc)
        self.backup_action.setEnabled(editable)
        self.room.action.setEnabled(editable or self.room.is_open)
        stack = current.undo_stack if current else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(
            trf(self.tr("Undo: %1"), stack.undoText())
            if stack and stack.canUndo()
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            trf(self.tr("Redo: %1"), stack.redoText())
            if stack and stack.canRedo()
            else self.tr("&Redo")
        )
        for action in (self.undo_action, self.redo_action):
            action.setToolTip(action.text().replace("&", ""))  # the toolbar says less
        if current is None:
            self.setWindowTitle("Tværs")
            self.setWindowModified(False)
            self.save_state.setText("")
            self.path_label.setText("")
            return
        if self._title is None:  # read once per edit, not once per undo-stack signal
            from desktop.core.workshop import get_workshop

            self._title = current.read(lambda s: get_workshop(s).title)
        title = self._title or current.document.path.stem
        dirty = current.is_dirty
        suffix = self.tr(" (read-only)") if current.read_only else ""
        if current.is_detached:
            suffix = self.tr(" (no longer saved to its file)")
        self.setWindowTitle(f"{title}[*]{suffix} – Tværs")
        self.setWindowModified(dirty)
        self.path_label.setText(str(current.document.path))
        if current.read_only:
            state = self.tr("Read-only: use File > Save as… to go on working in a copy")
        elif current.is_detached:
            state = self.tr("Not saved to the file: someone else has it. Use Save As…")
        elif current.saving:
            state = self.tr("Saving…")
        elif current.last_error is not None:
            state = self.tr("Not saved – your work is safe in the working copy")
        elif dirty:
            state = self.tr("Changes not saved yet")
        else:
            state = self.tr("All changes saved")
        self.save_state.setText(state)

    def show_error(self, exc: TvaersError) -> None:
        if isinstance(exc, errors.FileRefusal):
            dialogs.show_error(self, exc.window_message(self.lang))
        else:
            dialogs.show_error(self, exc.message(self.lang))
        self._update_chrome()

    def _workshop_detached(self, exc: TvaersError) -> None:
        """Someone else took the workshop over, or replaced its file: it is no longer saved
        there. Say so once, plainly, and offer Gem som for this window's own changes."""
        self._update_chrome()
        question = (
            exc.message(self.lang)
            + "\n\n"
            + self.tr("Save your changes under another name now (Save As…)?")
        )
        if dialogs.confirm(self, self.tr("Not saved to the file"), question):
            self.save_as()

    def _close_detached_question(self, exc: TvaersError) -> str:
        return (
            exc.message(self.lang)
            + "\n\n"
            + self.tr(
                "Close anyway? Your changes are then kept as a backup of this workshop "
                "(File > Restore backup…), and the file keeps the other version."
            )
        )

    def choose_language(self, code: str) -> None:
        prefs = settings.load_settings()
        prefs.language = code
        settings.save_settings(prefs)
        dialogs.show_info(
            self,
            self.tr("The new language is used the next time you start Tværs.")
            + "\n"
            + ("Det nye sprog bruges, næste gang du starter Tværs." if self.lang != "da" else ""),
        )

    def configure_library(self) -> None:
        from desktop.ui import library_dialog  # only when chosen: never at start-up

        choice = library_dialog.configure_library(self, self.lang)
        if choice is not None:
            self.library_status.refresh(bool(choice.reached))
            self.update_library_menu()
            if choice.library is None and self.library_sync is not None:
                self.library_sync.close(wait=0)  # no library: no more rounds
                self.library_sync = None
            self.library_runner()

    def update_library_menu(self) -> None:
        # Taken off the menu, not hidden: a hidden item's Alt letter can still open it.
        item = self.library_menu.menuAction()
        wanted = bool(settings.load_settings().library)
        shown = item in self.file_menu.actions()
        if wanted and not shown:
            after_export = self.file_menu.actions().index(self.export_action) + 1
            self.file_menu.insertAction(self.file_menu.actions()[after_export], item)
        elif shown and not wanted:
            self.file_menu.removeAction(item)

    def open_steward_window(self) -> None:
        from desktop.ui import steward_window  # only when chosen: never at start-up

        steward_window.show_steward_window(self, self.lang)

    def library_runner(self) -> LibrarySync | None:
        """The window's background sync with the library (desktop/ui/library_sync.py: a round
        shortly after start, every few minutes, and on request), made only while a library
        is configured; None without one."""
        if self.library_sync is None and settings.load_settings().library:
            from desktop.ui import library_sync  # only with a library: never at start-up

            self.library_sync = library_sync.attach(self)
        return self.library_sync

    def sync_library_now(self) -> None:
        runner = self.library_runner()
        if runner is not None:
            from desktop.ui.library_sync import sync_now

            sync_now(self, runner)

    def share_outcome(self) -> None:
        """Library › Share the workshop's outcome…: shown, queued, sent in the background."""
        if self.current is None:
            return
        self._commit_typing()
        from desktop.ui import outcome_publish  # only when chosen: never at start-up

        outcome_publish.share_outcome(self)

    def show_portfolio(self) -> None:
        from desktop.ui import portfolio_window  # only when chosen: never at start-up

        portfolio_window.show_portfolio(self, self.lang)

    def publish_template(self) -> None:
        """Library › Publish as template…: the open workshop's canvas and/or criteria."""
        if self.current is None:
            return
        self._commit_typing()
        from desktop.ui import template_publish  # only when chosen: never at start-up

        template_publish.publish_template(self)

    def show_about(self) -> None:
        from desktop.ui import about_dialog

        about_dialog.show_about(self, self.lang)


def fit_rect(wanted: QRect, available: QRect, frame: tuple[int, int]) -> QRect:
    """`wanted` (the window without its frame) made to fit `available` with its frame:
    no larger than the screen, and moved onto it."""
    width = min(wanted.width(), available.width() - frame[0])
    height = min(wanted.height(), available.height() - frame[1])
    left_border, top_border = frame[0] // 2, frame[1] - frame[0] // 2
    x = max(
        available.left() + left_border, min(wanted.x(), available.right() + 1 - width - left_border)
    )
    y = max(
        available.top() + top_border, min(wanted.y(), available.bottom() + 1 - height - left_border)
    )
    return QRect(x, y, width, height)
