"""Presentation mode (F5): the open tab full screen on a projector, in large type.

The menu bar, toolbar, status bar and tab bar go; a slim header names the method's steps
(Ctrl+1–5 or PageDown/PageUp, a slide clicker's keys, switch between them); the panes and
buttons for editing go; the type grows with the screen; the canvas fits the screen. Esc or
F5 leaves, and the window is again as it was: maximised, or where and as large as it was.

Esc leaves only when nothing else used it: it first closes a cell's editor, ends the
writing in a note, or closes the glossary's one-term view (their own Esc), and dialogs
keep theirs. Nothing typed is lost: typing is committed on entering, leaving and switching.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFontInfo,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.trf import trf

if TYPE_CHECKING:
    from desktop.ui.tab_pages import TabPage

# Body text is a 45th of the screen's height: 16 px at 720p, 24 px at 1080p (a third and
# twice the usual), which a room reads on a projector while the tabs keep their layout.
LINES_PER_SCREEN = 45
MAX_SCALE = 3.0
HEADING_PX = 15  # the app's section headings (desktop/app.py)
ROW_LINES = 1.9  # a table row's height in lines of text


def editing_parts(tab: QWidget) -> list[QWidget]:
    """The panes and buttons for editing the tab asks to hide from the room."""
    page = _as_page(tab)
    return page.editing_parts() if page is not None else []


def hidden_columns(tab: QWidget) -> list[tuple[QTableView, int]]:
    """The table columns the tab asks to hide from the room."""
    page = _as_page(tab)
    return page.hidden_columns() if page is not None else []


def _as_page(tab: QWidget | None) -> TabPage | None:
    """A built tab (a placeholder of one not yet shown has nothing to hide)."""
    return cast("TabPage", tab) if tab is not None and hasattr(tab, "editing_parts") else None


class PresentationHeader(QFrame):
    """The slim bar on top while presenting: the steps (click or Ctrl+1–5) and how to leave."""

    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationHeader")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps: list[QPushButton] = []
        self.steps_row = QHBoxLayout()
        self.steps_row.setSpacing(4)
        self.hint = QLabel()
        self.hint.setObjectName("presentationHint")
        self.hint.setWordWrap(True)  # two lines beside a running countdown, not a wider window
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addLayout(self.steps_row)
        layout.addStretch(1)
        layout.addWidget(self.hint, 1)
        self._pixels = 16
        self._restyle()

    def show_steps(self, titles: list[str], current: int) -> None:
        if [b.property("title") for b in self.steps] != titles:
            for button in self.steps:
                button.deleteLater()
            self.steps = []
            for i, title in enumerate(titles):
                button = QPushButton(f"{i + 1}  {title}")
                button.setProperty("title", title)
                button.setObjectName("presentationStep")
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the tab
                button.setFlat(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _c=False, i=i: self.step_chosen.emit(i))
                self.steps_row.addWidget(button)
                self.steps.append(button)
            self.hint.setText(
                trf(self.tr("Ctrl+1–%1 or PgUp/PgDn: switch tab · Esc: leave"), len(titles))
            )
        for i, button in enumerate(self.steps):
            button.setChecked(i == current)

    def set_text_size(self, pixels: int) -> None:
        self._pixels = pixels
        self._restyle()

    def _restyle(self) -> None:
        px = self._pixels
        self.setStyleSheet(
            f"""
            QFrame#presentationHeader {{ background: #1f2933; }}
            QPushButton#presentationStep {{
                color: #c9d2dc; background: transparent; border: none;
                border-bottom: {max(2, px // 6)}px solid transparent;
                font-size: {px}px; padding: {px // 4}px {px // 2}px;
            }}
            QPushButton#presentationStep:checked {{
                color: #ffffff; border-bottom-color: #5fb3f6;
            }}
            QPushButton#presentationStep:hover {{ color: #ffffff; }}
            QLabel#presentationHint {{ color: #9aa5b1; font-size: {max(11, px * 3 // 4)}px; }}
            """
        )


@dataclass
class _WindowBefore:
    """How the window looked before presenting, to put it back exactly."""

    state: Qt.WindowState
    geometry: QRect  # the normal (not maximised) geometry
    hidden: list[tuple[QWidget, bool]] = field(default_factory=list)
    actions: list[QAction] = field(default_factory=list)


class PresentationMode(QObject):
    """Owns the F5 action, the header and the keys; `container` is the window's centre."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, pages: QStackedWidget) -> None:
        super().__init__(window)
        self.window = window
        self.pages = pages
        self.active = False
        self.scale = 1.0
        self.tabs: QTabWidget | None = None
        self.timer_display: QWidget | None = None
        self._before: _WindowBefore | None = None
        self._presented: QWidget | None = None
        self._undo_tab: list[Callable[[], None]] = []
        self._type_undo: list[Callable[[], None]] = []

        self.action = QAction(self.tr("&Presentation mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("F5"))
        self.action.setIcon(QIcon.fromTheme("view-fullscreen"))
        self.action.setToolTip(
            self.tr(
                "Full screen in large type for the projector: the open tab only (F5; Esc leaves)"
            )
        )
        self.action.triggered.connect(self.set_active)
        window.addAction(self.action)  # F5 still works when the menu bar is hidden

        self.header = PresentationHeader()
        self.header.step_chosen.connect(self.show_tab)
        self.header.hide()
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(pages, 1)
        # The countdown sits big at the right of the header while presenting: in a strip
        # of its own, it never covers the tab's content (issue 15: it hid the delivery
        # board's totals, columns of the participants and the glossary's buttons).
        self.timer_corner = QWidget()
        self.timer_corner.setObjectName("presentationTimer")
        self.timer_corner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.timer_corner.setStyleSheet(
            "QWidget#presentationTimer { background: rgba(255, 255, 255, 235);"
            " border: 1px solid #c9d2dc; border-radius: 8px; }"
        )
        QVBoxLayout(self.timer_corner).setContentsMargins(0, 0, 0, 0)
        self.timer_corner.hide()
        header_layout = self.header.layout()
        assert isinstance(header_layout, QHBoxLayout)
        header_layout.addSpacing(16)
        header_layout.addWidget(self.timer_corner, 0, Qt.AlignmentFlag.AlignVCenter)

        self._keys: list[QShortcut] = []
        for n in range(1, 10):
            self._key(f"Ctrl+{n}", partial(self.show_tab, n - 1))
        # Ctrl+PgDn/PgUp and Ctrl+Tab are the window's, in and out of presentation mode.
        self._key("PgDown", partial(self.step, 1))
        self._key("PgUp", partial(self.step, -1))
        window.installEventFilter(self)
        pages.currentChanged.connect(self._page_changed)
        self._page_changed()

    def _key(self, keys: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self.window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setEnabled(False)  # only while presenting
        shortcut.activated.connect(slot)
        self._keys.append(shortcut)

    # -- entering and leaving --------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        if active:
            self.enter()
        else:
            self.leave()

    def enter(self) -> bool:
        """Full screen, chrome hidden, large type. False if no workshop is open."""
        tabs = self.pages.currentWidget()
        if self.active or not isinstance(tabs, QTabWidget):
            self.action.setChecked(self.active)
            return False
        window = self.window
        _commit_typing(tabs)
        before = _WindowBefore(window.windowState(), window.normalGeometry())
        chrome: list[QWidget] = [window.menuBar(), window.statusBar(), tabs.tabBar()]
        chrome += [bar for bar in window.findChildren(QToolBar) if bar.parentWidget() is window]
        for widget in chrome:
            before.hidden.append((widget, widget.isHidden()))
            widget.hide()
        # Menu and toolbar shortcuts (Ctrl+Z, Ctrl+S…) stop when their bar is hidden.
        present = set(window.actions())
        for action in _bar_actions(window):
            if action not in present and action.shortcuts():
                window.addAction(action)
                before.actions.append(action)
                present.add(action)
        self._before = before
        self.tabs = tabs
        self.active = True
        tabs.currentChanged.connect(self._tab_changed)
        for shortcut in self._keys:
            shortcut.setEnabled(True)
        self.header.show()
        window.showFullScreen()
        self._rescale()
        self._present(tabs.currentWidget())
        self._update_header()
        self.action.setChecked(True)
        self.toggled.emit(True)
        return True

    def leave(self) -> None:
        """Back to the window as it was, on the same tab with the same selection."""
        if not self.active:
            self.action.setChecked(False)
            return
        tabs = self.tabs if self.tabs is not None and shiboken6.isValid(self.tabs) else None
        if tabs is not None:
            _commit_typing(tabs)
            tabs.currentChanged.disconnect(self._tab_changed)
        self._unpresent()
        self.active = False
        self.tabs = None
        for shortcut in self._keys:
            shortcut.setEnabled(False)
        self.header.hide()
        self.timer_corner.hide()
        before = self._before
        self._before = None
        window = self.window
        if before is not None:
            for action in before.actions:
                window.removeAction(action)
            for widget, hidden in before.hidden:
                if shiboken6.isValid(widget):
                    widget.setHidden(hidden)
            self._restore_window(before)
        self.action.setChecked(False)
        self.toggled.emit(False)

    def _restore_window(self, before: _WindowBefore) -> None:
        window = self.window
        if before.state & Qt.WindowState.WindowFullScreen:
            window.showFullScreen()  # it was full screen before: stays so
            return
        window.showNormal()
        window.setGeometry(before.geometry)  # its place and size as a normal window
        if before.state & Qt.WindowState.WindowMaximized:
            window.showMaximized()

    def _page_changed(self, _index: int = -1) -> None:
        """The workshop closed (the start screen is shown): leave; F5 needs a workshop."""
        showing_tabs = isinstance(self.pages.currentWidget(), QTabWidget)
        if self.active and self.pages.currentWidget() is not self.tabs:
            self.leave()
        self.action.setEnabled(showing_tabs)

    # -- switching tabs --------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        tabs = self.tabs
        if tabs is None or not 0 <= index < tabs.count() or index == tabs.currentIndex():
            return
        _commit_typing(tabs)
        tabs.setCurrentIndex(index)

    def step(self, offset: int) -> None:
        """PageDown/PageUp (a clicker's buttons): the next or previous step of the method."""
        if self.tabs is not None:
            self.show_tab(max(0, min(self.tabs.count() - 1, self.tabs.currentIndex() + offset)))

    def _tab_changed(self, _index: int) -> None:
        if self.tabs is None:
            return
        self._unpresent()
        self._present(self.tabs.currentWidget())
        self._update_header()

    def _update_header(self) -> None:
        tabs = self.tabs
        if tabs is None:
            return
        titles = [
            tabs.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
            for i in range(tabs.count())
        ]
        self.header.show_steps(titles, tabs.currentIndex())

    # -- one tab, presented ----------------------------------------------------------------

    def _present(self, tab: QWidget | None) -> None:
        """Hide the tab's editing parts, enlarge its type, fit its canvas; remember how to
        undo each step."""
        if tab is None:
            return
        self._presented = tab
        undo = self._undo_tab
        for part in editing_parts(tab):
            if not part.isHidden():
                part.hide()
                undo.append(_if_alive(part, part.show))
        for table, column in hidden_columns(tab):
            if not table.isColumnHidden(column):
                table.setColumnHidden(column, True)
                undo.append(_if_alive(table, partial(table.setColumnHidden, column, False)))
        canvas_view = getattr(tab, "view", None) if tab.objectName() == "canvas" else None
        if isinstance(canvas_view, QGraphicsView):
            undo.append(_fit_canvas(canvas_view))
        self._apply_type(tab)
        focus = QApplication.focusWidget()
        if tab.isVisible() and (focus is None or not tab.isAncestorOf(focus)):
            _focus_content(tab)  # the keys go to what the room sees, not a hidden pane

    def _unpresent(self) -> None:
        self._restore_type()
        for undo in reversed(self._undo_tab):
            undo()
        self._undo_tab = []
        self._presented = None

    # -- type for the projector ------------------------------------------------------------

    def _rescale(self) -> None:
        scale = max(1.0, min(MAX_SCALE, self.window.height() / LINES_PER_SCREEN / _base_px()))
        self.header.set_text_size(round(_base_px() * scale))
        self._size_timer()
        if abs(scale - self.scale) < 0.02 and self._type_undo:
            return
        self.scale = scale
        if self._presented is not None:
            self._restore_type()
            self._apply_type(self._presented)

    def _apply_type(self, tab: QWidget) -> None:
        """Every text of the tab `scale` times larger; rows and columns made to fit it."""
        scale = self.scale
        undo = self._type_undo
        # A style sheet, not setFont: under the app's style sheet a parent's font does not
        # reach its children. Points, so that code deriving a smaller font from a widget's
        # point size (the delivery cards) keeps working; the headings are pixels as in
        # desktop/app.py.
        old_sheet = tab.styleSheet()
        points = QApplication.font().pointSizeF()
        body = f"{points * scale:.1f}pt" if points > 0 else f"{round(_base_px() * scale)}px"
        tab.setStyleSheet(
            old_sheet
            + f"\n* {{ font-size: {body}; }}"
            + f"\nQLabel#sectionHeading {{ font-size: {round(HEADING_PX * scale)}px; }}"
        )
        undo.append(_if_alive(tab, partial(tab.setStyleSheet, old_sheet)))
        line = QFontMetrics(tab.font()).height()
        for table in tab.findChildren(QTableView):
            rows = table.verticalHeader()
            if rows.count() and rows.sectionResizeMode(0) != QHeaderView.ResizeMode.Interactive:
                continue  # rows already as tall as their text
            size = rows.defaultSectionSize()
            rows.setDefaultSectionSize(max(size, round(line * ROW_LINES)))
            undo.append(_if_alive(rows, partial(rows.setDefaultSectionSize, size)))
            columns = table.horizontalHeader()
            for column in range(columns.count()):
                fixed = columns.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
                if fixed and not table.isColumnHidden(column):  # widths set for small type
                    width = columns.sectionSize(column)
                    table.resizeColumnToContents(column)
                    undo.append(_if_alive(columns, partial(columns.resizeSection, column, width)))

    def _restore_type(self) -> None:
        for undo in reversed(self._type_undo):
            undo()
        self._type_undo = []

    # -- the countdown ---------------------------------------------------------------------

    def set_timer_display(self, widget: QWidget | None) -> None:
        """The exercise timer's big display: shown in the top right corner while presenting
        (the display hides itself while no countdown runs)."""
        layout = self.timer_corner.layout()
        assert layout is not None
        if self.timer_display is not None:
            layout.removeWidget(self.timer_display)
            self.timer_display.setParent(None)
        self.timer_display = widget
        if widget is not None:
            layout.addWidget(widget)
            widget.installEventFilter(self)  # shown when a countdown starts: place it then
        self._size_timer()

    def _size_timer(self) -> None:
        """A countdown a room reads: its digits a 22nd of the screen's height, in points."""
        set_size = getattr(self.timer_display, "set_point_size", None)
        if callable(set_size):
            set_size(max(24, round(self.window.height() / 22)))
        self._place_timer()

    def _place_timer(self) -> None:
        """The header's timer box shown while a countdown is (the display hides itself
        when none runs): no empty box in the header."""
        display = self.timer_display
        self.timer_corner.setVisible(self.active and display is not None and not display.isHidden())

    # -- keys and size ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.timer_display and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.ShowToParent,
            QEvent.Type.Hide,
            QEvent.Type.HideToParent,
        ):
            self._place_timer()
        if watched is self.window and self.active:
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                # Only an Esc nobody used reaches the window: editors, notes being written
                # and the glossary's one-term view take theirs first; dialogs never pass it.
                if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                    self.leave()
                    return True
            elif event.type() == QEvent.Type.Resize:
                self._rescale()
        return super().eventFilter(watched, event)


def _commit_typing(tabs: QTabWidget) -> None:
    for i in range(tabs.count()):
        page = _as_page(tabs.widget(i))
        if page is not None:
            page.commit_typing()


def _bar_actions(window: QMainWindow) -> list[QAction]:
    actions: list[QAction] = []
    for menu in window.menuBar().findChildren(QMenu):
        actions += menu.actions()
    for bar in window.findChildren(QToolBar):
        actions += bar.actions()
    return actions


def _base_px() -> int:
    return QFontInfo(QApplication.font()).pixelSize() or 13


def _alive(obj: QObject) -> bool:
    return shiboken6.isValid(obj)


def _focus_content(tab: QWidget) -> None:
    """The focus on the tab's canvas or its first list with a current row."""
    views = [
        v
        for v in tab.findChildren(QAbstractScrollArea)
        if isinstance(v, QGraphicsView | QAbstractItemView) and v.isVisible()
    ]
    current = [v for v in views if isinstance(v, QAbstractItemView) and v.currentIndex().isValid()]
    for view in [v for v in views if isinstance(v, QGraphicsView)] + current + views:
        if view.focusPolicy() != Qt.FocusPolicy.NoFocus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            return


def _if_alive(owner: QObject, step: Callable[[], object]) -> Callable[[], None]:
    """`step`, run later only if `owner` still exists (a closed workshop's tabs are gone)."""

    def run() -> None:
        if _alive(owner):
            step()

    return run


def _fit_canvas(view: Any) -> Callable[[], None]:
    """The whole canvas on the screen, kept fitted while the window changes size, without
    scroll bars; returns how to put back the zoom and place it had."""
    zoom, fitting = view.zoom(), view.fitting
    scroll = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    bars = (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy())
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.fit()
    return _if_alive(view, partial(_unfit, view, zoom, fitting, scroll, bars))


def _unfit(
    view: Any,
    zoom: float,
    fitting: bool,
    scroll: tuple[int, int],
    bars: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy],
) -> None:
    view.setHorizontalScrollBarPolicy(bars[0])
    view.setVerticalScrollBarPolicy(bars[1])
    if fitting:
        view.fit()
        return
    view.set_zoom(zoom)
    view.horizontalScrollBar().setValue(scroll[0])
    view.verticalScrollBar().setValue(scroll[1])
