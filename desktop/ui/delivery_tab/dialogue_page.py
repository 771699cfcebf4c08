"""The "Market dialogue" page beside the board: the chosen service's meetings with
suppliers, the pieces of information the municipality gave (a tick per meeting where it was
given), and a warning beside each piece some suppliers heard and others did not, with
"Give to all" (equal treatment: udbudslovens regler om markedsdialog og ligebehandling).

Every edit is one undo step (dialogue_commands); the page reads what it shows itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import dialogue
from desktop.core.dates import format_date
from desktop.core.readiness import short_label
from desktop.ui.date_field import DateField
from desktop.ui.delegates import ColumnDelegate
from desktop.ui.delivery_tab import dialogue_commands as commands
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.row_table_model import Column, RowTableModel
from desktop.ui.row_table_panel import RowTablePanel
from desktop.ui.trf import trf

TOLD = "told:"  # an information row's field for a meeting: "told:<meeting id>"


def _day(iso: str) -> date | None:
    return date.fromisoformat(iso) if iso else None


@dataclass(frozen=True)
class Shown:
    meetings: list[dict[str, Any]]
    infos: list[dict[str, Any]]
    unequal: list[dialogue.Unequal]


class DialoguePage(QWidget):
    SHOWS: tuple[str, ...] = ("dialogue_meeting", "dialogue_info", "dialogue_told")

    def __init__(self, open_workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = open_workshop
        self.service_id: str | None = None
        self._read_only = False
        self._shown: Shown | None = None
        self._info_delegates: list[ColumnDelegate] = []

        self.empty = QLabel(self.tr("Choose a service on the board to log its market dialogue."))
        self.empty.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Log each meeting with a supplier, and what the municipality told them. "
                "Information given to some suppliers of the service must be given to all."
            )
        )
        intro.setWordWrap(True)
        intro.setEnabled(False)  # a quiet hint, not a control
        self.intro = intro

        self.meeting_model = RowTableModel(self._meeting_columns(), self._edit_meeting)
        self.meetings = RowTablePanel(
            self.tr("Meetings"),
            self.meeting_model,
            add_text=self.tr("Add &meeting"),
            delete_text=self.tr("Delete meeting"),
            on_add=self.add_meeting,
            on_delete=self._delete_meeting,
            stretch_columns=(1, 2, 3),
            buttons_below=True,
        )
        self.info_model = RowTableModel([self._text_column()], self._edit_info)
        self.infos = RowTablePanel(
            self.tr("Information given"),
            self.info_model,
            add_text=self.tr("Add inf&ormation"),
            delete_text=self.tr("Delete information"),
            on_add=self.add_info,
            on_delete=self._delete_info,
            stretch_columns=(0,),
            buttons_below=True,
        )
        # The information is read in full: it wraps, and a row is as tall as its text.
        self.infos.view.setWordWrap(True)
        self.infos.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.infos.view.setToolTip(
            self.tr("Tick the meetings where the information was given (Space).")
        )

        self.warning_heading = QLabel(self.tr("Equal treatment"))
        self.warning_heading.setObjectName("sectionHeading")
        self.share_day = DateField()
        self.share_day.set_date(date.today())
        self.share_label = QLabel(self.tr("Given to all on:"))
        self.share_label.setBuddy(self.share_day)
        day_row = QHBoxLayout()
        day_row.addWidget(self.share_label)
        day_row.addWidget(self.share_day)
        day_row.addStretch(1)
        self.warning_list = QVBoxLayout()
        self.warnings: list[tuple[QLabel, QPushButton]] = []
        self.no_warnings = QLabel(self.tr("Every supplier has heard the same."))
        self.no_warnings.setWordWrap(True)
        self.share_error = QLabel()
        self.share_error.setWordWrap(True)
        self.share_error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(intro)
        layout.addWidget(self.meetings, 1)
        layout.addWidget(self.infos, 1)
        layout.addWidget(self.warning_heading)
        layout.addWidget(self.no_warnings)
        layout.addLayout(self.warning_list)
        layout.addLayout(day_row)
        layout.addWidget(self.share_error)
        self._parts: list[QWidget] = [
            intro,
            self.meetings,
            self.infos,
            self.warning_heading,
            self.no_warnings,
            self.share_label,
            self.share_day,
        ]
        self.show_service(None)

    # -- columns -------------------------------------------------------------------------

    def _meeting_columns(self) -> list[Column]:
        return [
            Column("held_on", self.tr("Date"), kind="date"),
            Column("supplier", self.tr("Supplier"), suggestions=self._supplier_names),
            Column("attendees", self.tr("Who took part")),
            Column("questions", self.tr("Questions asked")),
        ]

    def _text_column(self) -> Column:
        return Column("text", self.tr("Information"))

    def _info_columns(self, meetings: list[dict[str, Any]]) -> list[Column]:
        told = [
            Column(
                TOLD + str(m["id"]),
                # The day without its year ("12.01."): the year is in the meetings above.
                "\n".join(
                    part
                    for part in (str(m["supplier"]) or "–", format_date(m["held_on"])[:6])
                    if part
                ),
                kind="bool",
            )
            for m in meetings
        ]
        given = Column("shared_on", self.tr("To all\non"), kind="date")
        return [self._text_column(), *told, given]

    def _supplier_names(self) -> list[str]:
        return list(dialogue.suppliers_of(self.meeting_model.rows).values())

    # -- showing -------------------------------------------------------------------------

    def show_service(self, service_id: str | None) -> None:
        self.service_id = service_id
        if service_id is None:
            shown = Shown([], [], [])
        else:
            shown = self.workshop.read(lambda s: self._read(s, service_id))
        for part in self._parts:
            part.setVisible(service_id is not None)
        self.empty.setVisible(service_id is None)
        if shown == self._shown:
            return
        self._shown = shown
        self.meeting_model.load(shown.meetings)
        columns = self._info_columns(shown.meetings)
        if columns != self.info_model.columns:
            self._set_info_columns(columns, shown.infos)
        else:
            self.info_model.load(shown.infos)
        self._show_warnings(shown.unequal)
        self.set_read_only(self._read_only)

    @staticmethod
    def _read(session: Any, service_id: str) -> Shown:
        meetings = dialogue.list_meetings(session, service_id=service_id)
        infos = dialogue.list_infos(session, service_id=service_id)
        told = dialogue.told_pairs(session, service_id=service_id)
        meeting_rows = [
            {
                "id": m.id,
                "held_on": _day(m.held_on),
                "supplier": m.supplier,
                "attendees": m.attendees,
                "questions": m.questions,
            }
            for m in meetings
        ]
        info_rows = []
        for info in infos:
            row: dict[str, Any] = {
                "id": info.id,
                "text": info.text,
                "shared_on": _day(info.shared_on),
            }
            for m in meetings:
                row[TOLD + m.id] = (info.id, m.id) in told
            info_rows.append(row)
        return Shown(meeting_rows, info_rows, dialogue.unequal_pieces(meetings, infos, told))

    def _set_info_columns(self, columns: list[Column], rows: list[dict[str, Any]]) -> None:
        """The meetings changed: a tick column per meeting (the panel keeps its view)."""
        self.infos.commit_editor()
        model = self.info_model
        model.beginResetModel()
        view = self.infos.view
        header = view.horizontalHeader()
        # The information is what is read: it takes the width; a meeting's tick column is as
        # wide as its date, the supplier's name elided (all of it in the meetings above).
        tick = header.fontMetrics().horizontalAdvance("00.00.") + 14
        model.columns = columns
        model.headers = [columns[0].title, *(self._fitted(c.title, tick) for c in columns[1:])]
        model.rows = list(rows)
        model.endResetModel()
        for old in self._info_delegates:  # the view held them; they would pile up
            old.deleteLater()
        self._info_delegates = [ColumnDelegate(c, view) for c in columns]
        for i, delegate in enumerate(self._info_delegates):
            view.setItemDelegateForColumn(i, delegate)
            if i == 0:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            elif i == len(columns) - 1:  # the day it was given to all: a whole date
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(i, header.fontMetrics().horizontalAdvance("00.00.0000") + 14)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(i, tick)

    def _fitted(self, title: str, width: int) -> str:
        metrics = self.infos.view.horizontalHeader().fontMetrics()
        return "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, width - 8)
            for line in title.split("\n")
        )

    def _show_warnings(self, found: list[dialogue.Unequal]) -> None:
        for label, button in self.warnings:
            label.deleteLater()
            button.deleteLater()
        self.warnings = []
        for i, piece in enumerate(found):
            sentence = trf(
                self.tr("“%1” was given to %2, but not to %3."),
                short_label(piece.text, 60) or "–",
                self._names(piece.heard),
                self._names(piece.not_heard),
            )
            label = QLabel("⚠ " + sentence)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            # The first one carries the letter; the others are reached with Tab.
            button = QPushButton(self.tr("&Give to all") if i == 0 else self.tr("Give to all"))
            button.setToolTip(
                self.tr("Mark the information as given to every supplier on the day below.")
            )
            button.clicked.connect(lambda _=False, info_id=piece.info_id: self.give_to_all(info_id))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.warning_list.addLayout(row)
            label.show()  # reparented by the layout, which leaves them hidden
            button.show()
            self.warnings.append((label, button))
        self.no_warnings.setVisible(self.service_id is not None and not found)
        self.share_error.hide()

    def _names(self, names: tuple[str, ...]) -> str:
        if len(names) == 1:
            return names[0]
        return trf(self.tr("%1 and %2"), ", ".join(names[:-1]), names[-1])

    def warning_texts(self) -> list[str]:
        return [label.text() for label, _button in self.warnings]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.meetings.set_read_only(read_only)
        self.infos.set_read_only(read_only)
        self.share_day.setReadOnly(read_only)
        for _label, button in self.warnings:
            button.setEnabled(not read_only)

    def commit_typing(self) -> None:
        self.meetings.commit_editor()
        self.infos.commit_editor()

    # -- edits ---------------------------------------------------------------------------

    def add_meeting(self) -> None:
        if self.service_id is None or self.workshop.read_only:
            return
        command = commands.AddMeeting(
            self.workshop, service_id=self.service_id, held_on=date.today()
        )
        if self.workshop.push(command) and command.row_id:
            self.meetings.select_id(command.row_id, edit_column=1)

    def add_info(self) -> None:
        if self.service_id is None or self.workshop.read_only:
            return
        command = commands.AddInfo(self.workshop, service_id=self.service_id, text="")
        if self.workshop.push(command) and command.row_id:
            self.infos.select_id(command.row_id, edit_column=0)

    def _delete_meeting(self, row_id: str) -> None:
        self.workshop.push(commands.DeleteMeeting(self.workshop, row_id))

    def _delete_info(self, row_id: str) -> None:
        self.workshop.push(commands.DeleteInfo(self.workshop, row_id))

    def _edit_meeting(self, row_id: str, field: str, old: Any, new: Any) -> None:
        if field == "held_on":
            old, new = _iso(old), _iso(new)
        self.workshop.push(commands.EditMeeting(self.workshop, row_id, field, old, new))

    def _edit_info(self, row_id: str, field: str, old: Any, new: Any) -> None:
        if field.startswith(TOLD):
            meeting_id = field.removeprefix(TOLD)
            self.workshop.push(commands.TellAtMeeting(self.workshop, row_id, meeting_id, new))
            return
        if field == "shared_on":
            old, new = _iso(old), _iso(new)
        self.workshop.push(commands.EditInfo(self.workshop, row_id, field, old, new))

    def give_to_all(self, info_id: str) -> None:
        """The piece is given to every supplier on the day in the field (today unless changed)."""
        if self.workshop.read_only:
            return
        day = None if self.share_day.error() else self.share_day.date()
        if day is None:
            self.share_error.setText(self.share_day.error_text() or self.tr("Type the day."))
            self.share_error.show()
            self.share_day.setFocus()
            return
        self.workshop.push(commands.GiveToAll(self.workshop, info_id, day))


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""
