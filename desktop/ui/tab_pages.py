"""The workshop's tabs: what the window asks of each (`TabPage`) and which there are.

The window knows a tab only through this protocol, and presentation mode asks the tab
which of its widgets are for editing instead of reaching into it by attribute names: a
new tab is one entry in `TABS` and a class with these methods (docs/ARCHITECTURE.md,
"Adding a tab"). The tab modules are named, not imported: each loads when its tab is
first shown, after the window has painted.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QTableView, QWidget

if TYPE_CHECKING:
    from desktop.storage.changes import Changes
    from desktop.ui.open_workshop import OpenWorkshop

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


class TabPage(Protocol):
    """A built tab, as the window and presentation mode use it."""

    def show_changes(self, changes: Changes) -> None:
        """Show what the edit changed (`changes.everything`: read everything again). The
        window calls it at once for the tab on screen, and for a hidden tab when it is
        shown, with everything it missed meanwhile."""

    def commit_typing(self) -> None:
        """Typed text not yet stored goes in now (before save, undo, close, presenting)."""

    def set_read_only(self, read_only: bool) -> None: ...

    def reveal(self, kind: str, item_id: str) -> None:
        """Select one thing of `kind` (see `Tab.kinds`) and bring it into view."""

    def editing_parts(self) -> list[QWidget]:
        """The panes and buttons for editing, which presentation mode hides from the room
        (keyboard editing still works)."""

    def hidden_columns(self) -> list[tuple[QTableView, int]]:
        """Table columns the room need not see (personal data, helper columns)."""


@dataclass(frozen=True)
class Tab:
    name: str  # the object name: screenshots and tests find the tab by it in any language
    module: str
    class_name: str
    kinds: tuple[str, ...]  # what `reveal` finds there (desktop.core.readiness's kinds)
    title: Callable[[], str]

    def build(self, workshop: OpenWorkshop, lang: str) -> QWidget:
        cls = getattr(importlib.import_module(self.module), self.class_name)
        page: QWidget = cls(workshop, lang)
        page.setObjectName(self.name)
        return page


# In the method's order.
TABS = (
    Tab(
        "workshop",
        "desktop.ui.workshop_tab.tab",
        "WorkshopTab",
        ("action",),
        lambda: translate("MainWindow", "Workshop"),
    ),
    Tab(
        "glossary",
        "desktop.ui.glossary_tab.tab",
        "GlossaryTab",
        ("term",),
        lambda: translate("MainWindow", "Shared language"),
    ),
    Tab(
        "canvas",
        "desktop.ui.canvas_tab.tab",
        "CanvasTab",
        ("note",),
        lambda: translate("MainWindow", "Needs and requirements"),
    ),
    Tab(
        "delivery",
        "desktop.ui.delivery_tab.tab",
        "DeliveryTab",
        ("service",),
        lambda: translate("MainWindow", "Delivery"),
    ),
    Tab(
        "signoff",
        "desktop.ui.signoff_tab.tab",
        "SignOffTab",
        ("decision",),
        lambda: translate("MainWindow", "Leadership sign-off"),
    ),
)
TAB_NAMES = tuple(tab.name for tab in TABS)


def tab_for_kind(kind: str) -> Tab | None:
    return next((tab for tab in TABS if kind in tab.kinds), None)


class WorkshopPage(QWidget):
    """What every tab shares: the open workshop and the window's language, edits followed
    through a `ChangeFollower`, and the protocol's defaults: read everything again when a
    table in `SHOWS` changed, and hide no column from the room."""

    SHOWS: tuple[str, ...] = ()  # the tables the tab reads: edits elsewhere leave it alone

    def __init__(self, open_workshop: OpenWorkshop, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workshop = open_workshop
        self.lang = lang
        follow_changes(self, self.show_changes, open_workshop)

    def show_changes(self, changes: Changes) -> None:
        if changes.touches(*self.SHOWS):
            self.refresh()

    def refresh(self) -> None:
        """Read and show everything the tab shows."""
        raise NotImplementedError

    def hidden_columns(self) -> list[tuple[QTableView, int]]:
        return []


def columns_of(panel: QWidget, fields: tuple[str, ...]) -> list[tuple[QTableView, int]]:
    """The (table, column) pairs of a `RowTablePanel` whose columns show `fields`."""
    view, model = getattr(panel, "view", None), getattr(panel, "model", None)
    if not isinstance(view, QTableView) or model is None:
        return []
    names = [getattr(c, "field", None) for c in getattr(model, "columns", [])]
    return [(view, column) for column, name in enumerate(names) if name in fields]


class ChangeFollower(QObject):
    """Decides for one view when it shows an edit: at once while it is on screen, else
    when it is next shown, with everything it missed gathered into one `Changes`. The one
    place that decides this for every tab: reloading hidden tabs on every keystroke cost
    ~300 ms on a large workshop (issue 9)."""

    def __init__(self, view: QWidget, show: Callable[[Changes], None], workshop: OpenWorkshop):
        super().__init__(view)
        self._view, self._show = view, show
        self.missed: Changes | None = None
        workshop.changed.connect(self._changed)
        view.installEventFilter(self)

    def _changed(self, changes: Changes) -> None:
        view = getattr(self, "_view", None)
        if view is None:  # see eventFilter
            return
        if view.isVisible():
            self._show(changes)
        else:
            self.missed = changes if self.missed is None else self.missed | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A closed workshop's view can still get an event while Qt tears it down after the
        # cycle collector has already cleared this follower's attributes (seen once in the
        # suite as an AttributeError for _view): such a view has nothing left to show.
        view = getattr(self, "_view", None)
        if (
            view is not None
            and watched is view
            and event.type() == QEvent.Type.Show
            and self.missed
        ):
            missed, self.missed = self.missed, None
            self._show(missed)
        return False


def follow_changes(view: QWidget, show: Callable[[Changes], None], workshop: OpenWorkshop) -> None:
    """`show(changes)` after every edit of `workshop`, when `view` is on screen."""
    ChangeFollower(view, show, workshop)
