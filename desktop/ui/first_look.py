"""The Workshop tab's first look: its content on screen before the ORM has loaded.

Started with a file (`tvaers FILE`), the window paints first (desktop/ui/opening_page.py);
opening the workshop then needs SQLModel, SQLAlchemy and pydantic (~0.3 s of one core) before
the Workshop tab can read a row. Meanwhile the first look shows what that tab will show: the
workshop's details, its participants and its follow-up actions, read here with the standard
library's `sqlite3` only, in the tab's own layout and widgets, so nothing moves when the real
tab takes its place (issue 19, item 10; docs/PERFORMANCE.md).

It only shows text. The real open that follows keeps every check it has (lock, schema,
values, integrity, recovery question, backups) and says what it always says; the first look
is read only from a file whose header and schema are exactly a workshop's
(`identity.schema_is_plain`: no view or trigger can run, no FIFO can hang), read-only and
with `trusted_schema` off, with no sidecar beside it, and only when every value read has its
column's plain type. Anything else, and there is no first look: the opening notice stays.

Nothing in it takes a key or a click: the whole page is disabled (in the enabled colours),
so no typed key lands in something that then vanishes; keys go where they went on the
opening notice. The columns and their words are the tab's own (`workshop_tab/columns.py`,
the vocabulary's words for sides and statuses); the readiness overview is computed by the
core and appears with the real tab.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import format_date
from desktop.storage import identity, sidecars
from desktop.ui.date_field import DateField
from desktop.ui.row_table_model import RowTableModel
from desktop.ui.row_table_panel import RowTablePanel
from desktop.ui.tab_pages import TAB_NAMES, TABS
from desktop.ui.typing_buffer import show_text
from desktop.ui.when_row import add_when_row
from desktop.ui.workshop_tab.columns import action_columns, participant_columns
from desktop.ui.workshop_tab.layout import lay_out

# The words of the real tab, in its own translation contexts (no new strings to translate).
translate = QCoreApplication.translate

DETAILS = ("title", "organisation", "area", "location", "facilitator", "purpose")
PARTICIPANT = ("id", "name", "role", "department", "side", "email", "phone")
ACTION = ("id", "what", "owner", "due", "status")
GREYED = "firstLookGreyed"  # shown disabled, as the real tab shows it
MOST_ROWS = 100  # more than a screen shows; the real tab follows with every row


@dataclass(frozen=True)
class FirstLookRows:
    details: dict[str, str]
    starts_at: datetime | None
    ends_at: datetime | None
    minutes_language: str
    participants: list[dict[str, Any]]
    actions: list[dict[str, Any]]


def read_first_look(path: Path) -> FirstLookRows | None:
    """What the Workshop tab shows, read with `sqlite3` only; None when the file is not
    plainly a workshop of a known format, when anything goes wrong, or when any value is not
    of its column's plain type (the real open then says why, as it always has)."""
    try:
        if sidecars.beside(path) or not identity.schema_is_plain(path) or not _whole(path):
            return None
        conn = sqlite3.connect(identity.readonly_uri(path), uri=True, timeout=0.2)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:  # 4 ms when large
                return None
            workshop = conn.execute(
                f"SELECT {', '.join(DETAILS)}, starts_at, ends_at, minutes_language "
                "FROM workshop LIMIT 1"
            ).fetchone()
            people = conn.execute(
                f"SELECT {', '.join(PARTICIPANT)}, present, position FROM participant "
                f"ORDER BY position, created_at LIMIT {MOST_ROWS}"
            ).fetchall()
            todo = conn.execute(
                f"SELECT {', '.join(ACTION)}, due, position FROM action_item "
                f"ORDER BY position, created_at LIMIT {MOST_ROWS}"
            ).fetchall()
        finally:
            conn.close()
        if workshop is None:
            return None
        *texts, starts, ends, language = workshop
        return FirstLookRows(
            details=dict(zip(DETAILS, map(_text, texts), strict=True)),
            starts_at=_datetime(starts),
            ends_at=_datetime(ends),
            minutes_language=_text(language),
            participants=[_participant(row) for row in people],
            actions=[_action(row) for row in todo],
        )
    except Exception:  # any doubt: the opening notice stays, and the real open judges
        return None


def _whole(path: Path) -> bool:
    """As long as its header says: not cut short (what SQLite itself would read past)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        header = identity.parse_header(os.read(fd, identity.HEADER_SIZE))
        size = os.fstat(fd).st_size
    finally:
        os.close(fd)
    return size % header.page_size == 0 and size >= header.page_count * header.page_size


def _position(value: object) -> None:
    if type(value) is not int:
        raise TypeError("a position is not a whole number")


def _text(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"not text: {type(value).__name__}")
    return value


def _datetime(value: object) -> datetime | None:
    return datetime.fromisoformat(_text(value)) if value else None


def _participant(row: tuple[Any, ...]) -> dict[str, Any]:
    *texts, present, position = row
    _position(position)
    if type(present) is not int or present not in (0, 1):
        raise TypeError("present is not 0 or 1")
    shown: dict[str, Any] = dict(zip(PARTICIPANT, map(_text, texts), strict=True))
    shown["present"] = bool(present)
    return shown


def _action(row: tuple[Any, ...]) -> dict[str, Any]:
    *texts, due, position = row
    _position(position)
    shown: dict[str, Any] = dict(zip(ACTION, map(_text, texts), strict=True))
    shown["due"] = date.fromisoformat(_text(due)) if due else None
    return shown


# -- the page -------------------------------------------------------------------------------


class FirstLook(QWidget):
    """The window's tabs as they will be, the Workshop tab's page showing `rows`; read-only
    and disabled throughout. `painted` once, after its first paint (and after whatever else
    that paint queued)."""

    painted = Signal()

    def __init__(self, rows: FirstLookRows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstLook")
        self._told = False
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab in TABS:  # named as MainWindow names its tab pages
            page = workshop_page(rows) if tab.name == TAB_NAMES[0] else QWidget()
            page.setObjectName(tab.name)
            self.tabs.addTab(page, tab.title())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # Disabled: no focus, no click, no shortcut (a label's Alt+letter, a button's) can
        # reach it; drawn in the enabled colours (showEvent), as the real tab will be.
        self.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        """Each widget's disabled colours made its enabled ones: here, once polished (the
        app's style sheet sets each widget's palette when it is polished, and a palette
        set on a parent does not reach its children under it)."""
        super().showEvent(event)
        greyed = self.findChildren(QWidget, GREYED)
        for widget in (self, *self.findChildren(QWidget)):
            if widget not in greyed:
                widget.setPalette(enabled_colours(widget.palette()))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._told:
            self._told = True
            # Twice queued: after the rest of this paint and what it queued (the blocking
            # open that follows must not hold them up).
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.painted.emit))


def enabled_colours(palette: QPalette) -> QPalette:
    """`palette` with its disabled colours made the active ones."""
    for role in QPalette.ColorRole:
        if role != QPalette.ColorRole.NColorRoles:
            active = palette.color(QPalette.ColorGroup.Active, role)
            palette.setColor(QPalette.ColorGroup.Disabled, role, active)
    return palette


def workshop_page(rows: FirstLookRows) -> QWidget:
    """The Workshop tab's widgets in its layout (desktop/ui/workshop_tab/tab.py), filled."""

    def tab_tr(text: str) -> str:
        return translate("WorkshopTab", text)

    participants = RowTableModel(participant_columns(), _nothing)
    participants.load(rows.participants)
    actions = RowTableModel(action_columns(), _nothing)
    actions.load(rows.actions)
    panels: list[QWidget] = []
    for title, model, add, delete, stretch in (
        ("Participants", participants, "Add pa&rticipant", "Delete participant", (0, 1, 2, 4)),
        ("Follow-up actions", actions, "Add follow-up a&ction", "Delete action", (0,)),
    ):
        panel = RowTablePanel(
            tab_tr(title),
            model,
            add_text=tab_tr(add),
            delete_text=tab_tr(delete),
            on_add=lambda: None,
            on_delete=_nothing,
            stretch_columns=stretch,
        )
        panel.add_button.setShortcut(QKeySequence())  # its Alt+letter stays the real tab's
        panel.delete_button.setObjectName(GREYED)  # nothing is selected: greyed, as in the tab
        panels.append(panel)
    page = QWidget()
    lay_out(page, details_form(rows), readiness_placeholder(), (panels[0], panels[1]))
    return page


def details_form(rows: FirstLookRows) -> QWidget:
    """The details form (desktop/ui/workshop_tab/details_form.py), read-only, filled."""

    def form_tr(text: str) -> str:
        return translate("DetailsForm", text)

    form_box = QWidget()
    fields: dict[str, QLineEdit | QPlainTextEdit] = {name: QLineEdit() for name in DETAILS}
    purpose = fields["purpose"] = QPlainTextEdit()
    purpose.setMinimumHeight(100)
    day = DateField()
    day.setFixedWidth(day.minimum_width())
    starts, ends = QTimeEdit(), QTimeEdit()
    for edit, value, default in ((starts, rows.starts_at, 9), (ends, rows.ends_at, 15)):
        edit.setDisplayFormat("HH:mm")
        edit.setTime(QTime(value.hour, value.minute) if value else QTime(default, 0))
        edit.setReadOnly(True)
    language = QComboBox()
    language.addItem(form_tr("Danish"), "da")
    language.addItem(form_tr("English"), "en")
    language.setCurrentIndex(max(0, language.findData(rows.minutes_language)))
    form = QFormLayout(form_box)
    form.setContentsMargins(0, 0, 0, 0)
    form.addRow(form_tr("&Title"), fields["title"])
    form.addRow(form_tr("&Organisation"), fields["organisation"])
    form.addRow(form_tr("&Area"), fields["area"])
    form.addRow(form_tr("&Place"), fields["location"])
    add_when_row(form, day, starts, ends)
    form.addRow(form_tr("Fac&ilitator"), fields["facilitator"])
    form.addRow(form_tr("P&urpose"), purpose)
    form.addRow(form_tr("&Minutes in"), language)
    for name, field in fields.items():
        field.setReadOnly(True)
        show_text(field, rows.details[name])  # plain text only, as the real form
    show_text(day, format_date(rows.starts_at.date() if rows.starts_at else None))
    day.setReadOnly(True)
    return form_box


def readiness_placeholder() -> QWidget:
    """The readiness overview (desktop/ui/workshop_tab/readiness_panel.py), not yet read."""
    heading = QLabel(translate("ReadinessPanel", "Ready for the minutes?"))
    heading.setObjectName("sectionHeading")
    view = QTextBrowser()
    view.setFrameShape(QFrame.Shape.NoFrame)
    palette = view.palette()
    window = palette.color(QPalette.ColorRole.Window)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, window)
    view.setPalette(palette)
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading)
    layout.addWidget(view, 1)
    return panel


def _nothing(*_args: object) -> None:
    """The first look takes no edit."""
