"""The "Ledelsesforankring" tab: decisions that management owns and ranks, the frame it sets
for their resources, and who signed them off."""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import delivery, priorities, signoff
from desktop.core.models import Side
from desktop.core.signoff import (
    SERVICE_ADDED,
    SERVICE_REMOVED,
    Change,
    DecisionReport,
    DecisionStatus,
    ServiceInfo,
    SignOffState,
    format_value,
)
from desktop.core.signoff_models import Outcome
from desktop.ui import dialogs
from desktop.ui.delegates import ColumnDelegate, open_cell_editor
from desktop.ui.labels import domain_label, domain_labels
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.row_table_model import Column
from desktop.ui.scrolling import scrolling
from desktop.ui.signoff_tab import commands
from desktop.ui.signoff_tab.decision_editor import DecisionEditor
from desktop.ui.signoff_tab.decisions_model import (
    RANK,
    STATUS,
    TITLE,
    WARNING,
    DecisionsModel,
)
from desktop.ui.signoff_tab.frame_editor import FrameEditor
from desktop.ui.signoff_tab.sign_off_dialog import Approver, SignOffAnswer
from desktop.ui.signoff_tab.sign_offs_model import DateTimeDelegate, SignOffsModel
from desktop.ui.tab_pages import WorkshopPage
from desktop.ui.trf import trf

BANNER_STYLE = (
    "QFrame#changedBanner { background: rgba(230, 120, 0, 45); "
    "border: 1px solid rgba(230, 120, 0, 160); border-radius: 4px; }"
)


class SignOffTab(WorkshopPage):
    # The tables it reads: edits elsewhere leave it alone.
    SHOWS = (
        "decision",
        "decision_service",
        "sign_off",
        "service",
        "participant",
        "workshop",
        "criterion",
        "criterion_score",
        "resource_frame",
    )

    def __init__(self, open_workshop: OpenWorkshop, lang: str, parent: QWidget | None = None):
        super().__init__(open_workshop, lang, parent)
        self.reports: list[DecisionReport] = []
        self.services: list[ServiceInfo] = []
        self.approvers: list[Approver] = []
        self.overview_text = ""
        self.ranking: priorities.Ranking | None = None
        self.outcome_labels = domain_labels(Outcome)
        status_labels = {status: domain_label(status) for status in DecisionStatus}

        # -- the overview line and what the fingerprint is --------------------------------
        self.overview = QLabel()
        self.overview.setObjectName("sectionHeading")
        self.help = QLabel(
            self.tr(
                "Each sign-off keeps a fingerprint (SHA-256) of the decision and of the "
                "placement and costs of the services it covers, so the app can tell when "
                "any of it changes afterwards. It is not a digital signature: it detects "
                "change, it does not prove who signed."
            )
        )
        self.help.setWordWrap(True)
        self.help.setObjectName("helpText")
        muted = self.help.font()
        muted.setItalic(True)
        self.help.setFont(muted)

        # -- leadership's frame for the resources ---------------------------------------------
        self.frame_editor = FrameEditor(lang)
        self.frame_editor.edit_requested.connect(self._edit_frame)

        # -- decisions, in leadership's order of priority ------------------------------------
        self.decisions_model = DecisionsModel(
            [self.tr("No."), self.tr("Decision"), self.tr("Status")],
            status_labels,
            self.tr("A sign-off of this decision was given to content that has changed since."),
            self.tr("Over the frame"),
            self.tr("Priority: 1 is the highest"),
        )
        self.decisions_view = QTableView()
        self.decisions_view.setModel(self.decisions_model)
        self._table_defaults(self.decisions_view)
        header = self.decisions_view.horizontalHeader()
        header.setMinimumSectionSize(24)  # "Nr." and a rank need no more
        header.setSectionResizeMode(RANK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # The status as wide as its longest word needs, but never more than the title gets:
        # on a narrow list it wraps, rather than leaving the titles a column of cut words.
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        # Decision titles are sentences: wrap them rather than cut them off.
        self.decisions_view.setWordWrap(True)
        self.decisions_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # The selection, not the current row: a click makes the row current before it
        # selects it, so the current row alone would show the decision clicked before.
        self.decisions_view.selectionModel().selectionChanged.connect(
            lambda *_: self._show_selected()
        )
        self.add_decision_button = QPushButton(self.tr("Add decisio&n"))
        self.delete_decision_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.up_button.setToolTip(self.tr("Higher priority (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Lower priority (Alt+Down)"))
        for small in (self.up_button, self.down_button):
            small.setFixedWidth(36)
        self.add_decision_button.clicked.connect(self.add_decision)
        self.delete_decision_button.clicked.connect(self.delete_decision)
        self.up_button.clicked.connect(lambda: self.move_decision(-1))
        self.down_button.clicked.connect(lambda: self.move_decision(1))
        for keys, slot in (
            ("Del", self.delete_decision),
            ("Alt+Up", lambda: self.move_decision(-1)),
            ("Alt+Down", lambda: self.move_decision(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.decisions_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        decisions_heading = QLabel(self.tr("Decisions in order of priority"))
        decisions_heading.setToolTip(
            self.tr(
                "Leadership's ranking: priority 1 first. Move a decision with the arrows or "
                "Alt+Up and Alt+Down; the resources are added up from the top against the frame."
            )
        )
        decisions_heading.setObjectName("sectionHeading")
        decision_buttons = QHBoxLayout()
        for button in (
            self.add_decision_button,
            self.delete_decision_button,
            self.up_button,
            self.down_button,
        ):
            decision_buttons.addWidget(button)
        decision_buttons.addStretch(1)
        decisions_box = QWidget()
        decisions_layout = QVBoxLayout(decisions_box)
        decisions_layout.setContentsMargins(0, 0, 0, 0)
        decisions_layout.addWidget(decisions_heading)
        decisions_layout.addLayout(decision_buttons)
        decisions_layout.addWidget(self.decisions_view, 1)

        # -- the selected decision -----------------------------------------------------------
        self.editor = DecisionEditor(lang)
        self.editor.edit_requested.connect(self._edit_decision)
        self.editor.services_requested.connect(self._set_services)
        self.editor.typing_finished.connect(open_workshop.end_typing_step)

        # -- its sign-offs ---------------------------------------------------------------------
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        banner_inner = QFrame()
        banner_inner.setObjectName("changedBanner")
        banner_inner.setStyleSheet(BANNER_STYLE)
        inner_layout = QVBoxLayout(banner_inner)
        inner_layout.setContentsMargins(8, 6, 8, 6)
        self._banner_margins = inner_layout.contentsMargins()
        inner_layout.addWidget(self.banner_text)
        self.banner = QScrollArea()
        self.banner.setWidget(banner_inner)
        self.banner.setWidgetResizable(True)
        self.banner.setFrameShape(QFrame.Shape.NoFrame)
        self.banner.setVisible(False)
        self.banner.viewport().installEventFilter(self)
        self.decisions_view.viewport().installEventFilter(self)  # fits the status column

        headers = [
            self.tr("Approver"),
            self.tr("Title"),
            self.tr("Outcome"),
            self.tr("Time"),
            self.tr("Comment"),
            self.tr("Status"),
        ]
        state_labels = {
            "current": self.tr("Current"),
            "changed_after_approval": domain_label(DecisionStatus.CHANGED_AFTER_APPROVAL),
            "changed": self.tr("Changed since"),
            "superseded": self.tr("Superseded by a newer one"),
        }
        self.sign_offs_model = SignOffsModel(
            headers, self.outcome_labels, state_labels, lang, self._edit_sign_off
        )
        self.sign_offs_view = QTableView()
        self.sign_offs_view.setModel(self.sign_offs_model)
        self._table_defaults(self.sign_offs_view)
        self.sign_offs_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        sign_header = self.sign_offs_view.horizontalHeader()
        for column in range(self.sign_offs_model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in (0, 1, 4)
                else QHeaderView.ResizeMode.ResizeToContents
            )
            sign_header.setSectionResizeMode(column, mode)
        self._delegates = [
            ColumnDelegate(Column("approver_name", ""), self.sign_offs_view),
            ColumnDelegate(Column("approver_title", ""), self.sign_offs_view),
            ColumnDelegate(
                Column("outcome", "", "choice", list(self.outcome_labels.items())),
                self.sign_offs_view,
            ),
            DateTimeDelegate(self.sign_offs_view),
            ColumnDelegate(Column("comment", ""), self.sign_offs_view),
        ]
        for column, delegate in enumerate(self._delegates):
            self.sign_offs_view.setItemDelegateForColumn(column, delegate)
        self.sign_offs_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.sign_offs_model.modelAboutToBeReset.connect(self._close_sign_off_editor)
        delete_key = QShortcut(QKeySequence("Del"), self.sign_offs_view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_sign_off)

        self.add_sign_off_button = QPushButton(self.tr("Add si&gn-off…"))
        self.renew_button = QPushButton(self.tr("Sign &again…"))
        self.renew_button.setToolTip(
            self.tr("The same approver signs the decision as it is now; the old one stays")
        )
        self.delete_sign_off_button = QPushButton(self.tr("Delete sign-off"))
        self.add_sign_off_button.clicked.connect(self.add_sign_off)
        self.renew_button.clicked.connect(self.renew_sign_off)
        self.delete_sign_off_button.clicked.connect(self.delete_sign_off)
        sign_offs_heading = QLabel(self.tr("Sign-offs"))
        sign_offs_heading.setObjectName("sectionHeading")
        sign_off_buttons = QHBoxLayout()
        sign_off_buttons.addWidget(sign_offs_heading)
        sign_off_buttons.addStretch(1)
        for button in (
            self.add_sign_off_button,
            self.renew_button,
            self.delete_sign_off_button,
        ):
            sign_off_buttons.addWidget(button)
        sign_offs_box = QWidget()
        sign_offs_layout = QVBoxLayout(sign_offs_box)
        sign_offs_layout.setContentsMargins(0, 4, 0, 0)
        sign_offs_layout.addWidget(self.banner)
        sign_offs_layout.addLayout(sign_off_buttons)
        sign_offs_layout.addWidget(self.sign_offs_view, 1)
        sign_offs_layout.addWidget(self.help)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(scrolling(self.editor))  # scrolls on a small screen, not clipped
        # The changes banner, the list and the note below it scroll too, rather than
        # overlap each other, when a 200 % laptop leaves them less than they need.
        right.addWidget(scrolling(sign_offs_box, horizontal=False))
        right.setChildrenCollapsible(False)
        right.setSizes([330, 420])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(decisions_box)
        main.addWidget(right)
        main.setChildrenCollapsible(False)
        main.setSizes([440, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(self.frame_editor)
        layout.addWidget(main, 1)

        self.set_read_only(open_workshop.read_only)
        self.refresh()
        if self.decisions_model.rowCount():
            self.select_decision(self.decisions_model.report_at(0).id)

    @staticmethod
    def _table_defaults(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(False)
        view.horizontalHeader().setMinimumSectionSize(60)

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        reports, services, people, typed, frame = self.workshop.read(
            lambda s: (
                signoff.decision_reports(s),
                signoff.list_services(s),
                [
                    Approver(p.id, p.name, p.role, p.side == Side.LEADERSHIP.value)
                    for p in signoff.approver_candidates(s)
                ],
                delivery.contract_years_as_typed(s),
                signoff.resource_frame(s),
            )
        )
        self.reports, self.services, self.approvers = reports, services, people
        self.editor.years_typed = typed
        selected = self.selected_decision_id()
        self.ranking = priorities.rank([r.decision for r in reports], frame)
        self.frame_editor.show_frame(frame, self.ranking)
        self.decisions_model.load(reports, self.ranking)
        self.overview_text = signoff.overview_of(reports).text(self.lang)
        self.overview.setText(self.overview_text)
        if selected and self.decisions_model.row_of(selected) >= 0:
            self.select_decision(selected)
        else:
            self._show_selected()

    def selected_decision_id(self) -> str | None:
        rows = self.decisions_view.selectionModel().selectedRows()
        return self.decisions_model.report_at(rows[0].row()).id if rows else None

    def selected_report(self) -> DecisionReport | None:
        decision_id = self.selected_decision_id()
        row = self.decisions_model.row_of(decision_id) if decision_id else -1
        return self.decisions_model.report_at(row) if row >= 0 else None

    def select_decision(self, decision_id: str) -> None:
        row = self.decisions_model.row_of(decision_id)
        if row < 0:
            return
        index = self.decisions_model.index(row, 0)
        self.decisions_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.decisions_view.scrollTo(index)
        self._show_selected()

    def reveal_decision(self, decision_id: str) -> None:
        """Show a decision, and the approval that no longer matches it if there is one."""
        self.select_decision(decision_id)
        report = self.selected_report()
        if report is None or report.id != decision_id:
            return
        changed = [s for s in report.sign_offs if s.is_changed_after_approval]
        if changed:
            self.select_sign_off(changed[0].id)
        self.decisions_view.setFocus()

    def selected_sign_off(self) -> SignOffState | None:
        rows = self.sign_offs_view.selectionModel().selectedRows()
        return self.sign_offs_model.state_at(rows[0].row()) if rows else None

    def select_sign_off(self, sign_off_id: str) -> None:
        row = self.sign_offs_model.row_of(sign_off_id)
        if row >= 0:
            self.sign_offs_view.selectionModel().setCurrentIndex(
                self.sign_offs_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _show_selected(self) -> None:
        report = self.selected_report()
        names = [a.name for a in self.approvers]
        self.editor.show_decision(report, self.services, names)
        selected_sign_off = self.selected_sign_off()
        self.sign_offs_model.load(report.sign_offs if report else [])
        if selected_sign_off is not None:
            self.select_sign_off(selected_sign_off.id)
        self._show_banner(report)
        self._update_buttons()

    def _show_banner(self, report: DecisionReport | None) -> None:
        """What changed since each group of current sign-offs that no longer match."""
        groups: dict[str, list[SignOffState]] = {}
        for state in report.current if report else ():
            if state.is_stale:
                groups.setdefault(str(state.sign_off["content_hash"]), []).append(state)
        if not groups:
            self.banner.setVisible(False)
            self.banner_text.clear()
            return
        parts = []
        for states in groups.values():
            names = html.escape(", ".join(str(s.sign_off["approver_name"]) for s in states))
            if any(s.outcome == Outcome.APPROVED.value for s in states):
                heading = trf(self.tr("Changed after approval by %1"), names)
            else:
                heading = trf(self.tr("Changed since the answer from %1"), names)
            lines = "".join(f"<li>{self._change_html(change)}</li>" for change in states[0].changes)
            parts.append(f"<b>⚠ {heading}</b><ul style='margin: 2px 0 0 -20px;'>{lines}</ul>")
        self.banner_text.setText("".join(parts))
        self.banner.setVisible(True)
        self._fit_banner()

    def _change_html(self, change: Change) -> str:
        """One change: on one line when short, else before and now on lines of their own."""
        if change.field in (SERVICE_ADDED, SERVICE_REMOVED) or change.service_id is not None:
            return html.escape(change.describe(self.lang))
        old = format_value(change.field, change.old, self.lang)
        new = format_value(change.field, change.new, self.lang)
        if len(old) + len(new) <= 90 and "\n" not in old + new:
            return html.escape(change.describe(self.lang))
        label = html.escape(change.label(self.lang))
        before_label, now_label = self.tr("Before:"), self.tr("Now:")
        before = html.escape(old).replace("\n", "<br>")
        now = html.escape(new).replace("\n", "<br>")
        return f"{label}<br><i>{before_label}</i> {before}<br><i>{now_label}</i> {now}"

    def _fit_banner(self) -> None:
        """As tall as its text, up to a third of the tab; longer lists scroll."""
        if not self.banner.isVisible():
            return
        margins = self._banner_margins
        width = self.banner.viewport().width() - margins.left() - margins.right()
        wanted = self.banner_text.heightForWidth(max(200, width))
        wanted += margins.top() + margins.bottom() + 2
        height = max(40, min(wanted, max(120, self.height() // 3)))
        if height != self.banner.height():
            self.banner.setFixedHeight(height)

    def _fit_status_column(self) -> None:
        view = self.decisions_view
        metrics = view.fontMetrics()
        labels = self.decisions_model.status_labels.values()
        wanted = max(
            (metrics.horizontalAdvance(f"{WARNING}{label} ⚠") for label in labels), default=0
        )
        rest = view.viewport().width() - view.columnWidth(RANK)
        width = max(60, min(wanted + 12, rest // 2))
        if view.columnWidth(STATUS) != width:
            view.setColumnWidth(STATUS, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.banner.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_banner()
        elif watched is self.decisions_view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_status_column()
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        editable = not self.workshop.read_only
        has_decision = self.selected_decision_id() is not None
        state = self.selected_sign_off()
        self.delete_decision_button.setEnabled(editable and has_decision)
        self.up_button.setEnabled(editable and has_decision)
        self.down_button.setEnabled(editable and has_decision)
        self.add_sign_off_button.setEnabled(editable and has_decision)
        self.renew_button.setEnabled(
            editable and state is not None and state.is_current and state.is_stale
        )
        self.delete_sign_off_button.setEnabled(editable and state is not None)

    def set_read_only(self, read_only: bool) -> None:
        self.add_decision_button.setEnabled(not read_only)
        self.frame_editor.set_read_only(read_only)
        self.editor.set_read_only(read_only)
        self.sign_offs_model.read_only = read_only
        self._update_buttons()

    def reveal(self, _kind: str, item_id: str) -> None:
        self.reveal_decision(item_id)

    def editing_parts(self) -> list[QWidget]:
        return [
            self.help,
            self.add_decision_button,
            self.delete_decision_button,
            self.up_button,
            self.down_button,
            self.add_sign_off_button,
            self.renew_button,
            self.delete_sign_off_button,
        ]

    def commit_typing(self) -> None:
        """Store what is typed but not yet committed (before save, close or quit)."""
        self.editor.commit_pending()
        self.frame_editor.commit_pending()
        editor = self._open_sign_off_editor()
        if editor is not None:
            self.sign_offs_view.commitData(editor)
            self.sign_offs_view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _open_sign_off_editor(self) -> QWidget | None:
        return open_cell_editor(self.sign_offs_view)

    def _close_sign_off_editor(self) -> None:
        editor = self._open_sign_off_editor()
        if editor is not None:
            self.sign_offs_view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- edits ---------------------------------------------------------------------------

    def add_decision(self) -> None:
        command = commands.AddDecision(self.workshop, title=self.tr("New decision"))
        if self.workshop.push(command) and command.row_id:
            self.select_decision(command.row_id)
            self.editor.focus_title()

    def delete_decision(self) -> None:
        decision_id = self.selected_decision_id()
        if decision_id and not self.workshop.read_only:
            row = self.decisions_model.row_of(decision_id)
            self.workshop.push(commands.DeleteDecision(self.workshop, decision_id))
            if self.decisions_model.rowCount():  # the next one, so Del can go on
                next_row = min(row, self.decisions_model.rowCount() - 1)
                self.select_decision(self.decisions_model.report_at(next_row).id)

    def move_decision(self, offset: int) -> None:
        decision_id = self.selected_decision_id()
        if decision_id and not self.workshop.read_only:
            self.workshop.push(commands.MoveDecision(self.workshop, decision_id, offset))
            self.select_decision(decision_id)

    def add_sign_off(self, *, preset: SignOffAnswer | None = None) -> None:
        # What is typed belongs to what is signed: store it before the fingerprint is taken.
        self.editor.commit_pending()
        report = self.selected_report()
        if report is None or self.workshop.read_only:
            return
        answer = dialogs.ask_sign_off(self, self.approvers, str(report.decision["title"]), preset)
        if answer is None:
            return
        command = commands.AddSignOff(
            self.workshop,
            renew=preset is not None,
            decision_id=report.id,
            approver_name=answer.approver_name,
            approver_title=answer.approver_title,
            participant_id=answer.participant_id,
            outcome=answer.outcome,
            comment=answer.comment,
            signed_at=answer.signed_at,
        )
        if self.workshop.push(command) and command.row_id:
            self.select_sign_off(command.row_id)
            self._update_buttons()

    def renew_sign_off(self) -> None:
        """The same approver answers again, to the decision as it is now: signed now, or just
        after the answer it replaces when that was dated later (an approval typed in for a
        workshop day still to come), so that the new answer is the approver's last word."""
        state = self.selected_sign_off()
        if state is None:
            return
        row = state.sign_off
        participant_id = row["participant_id"]
        if participant_id and participant_id not in {a.participant_id for a in self.approvers}:
            participant_id = None
        now = datetime.now().replace(second=0, microsecond=0)
        before = row["signed_at"]
        preset = SignOffAnswer(
            participant_id=participant_id,
            approver_name=str(row["approver_name"]),
            approver_title=str(row["approver_title"]),
            outcome=Outcome.APPROVED.value,
            comment="",
            signed_at=max(now, before + timedelta(minutes=1)) if before else now,
        )
        self.add_sign_off(preset=preset)

    def delete_sign_off(self) -> None:
        state = self.selected_sign_off()
        if state is not None and not self.workshop.read_only:
            self.workshop.push(commands.DeleteSignOff(self.workshop, state.id))

    def _edit_decision(self, decision_id: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.workshop.push(commands.EditDecision(self.workshop, decision_id, old, new))

    def _edit_frame(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.workshop.push(commands.EditFrame(self.workshop, old, new))

    def _set_services(self, decision_id: str, service_ids: list[str]) -> None:
        self.workshop.push(commands.SetDecisionServices(self.workshop, decision_id, service_ids))
        self.workshop.end_typing_step()

    def _edit_sign_off(self, sign_off_id: str, field: str, old: Any, new: Any) -> None:
        before, after = {field: old}, {field: new}
        row = self.sign_offs_model.state_at(self.sign_offs_model.row_of(sign_off_id)).sign_off
        linked = next(
            (a for a in self.approvers if a.participant_id == row["participant_id"]), None
        )
        if field == "approver_name" and linked is not None and linked.name != new:
            # Another name typed over a participant's: it is no longer that participant.
            before["participant_id"], after["participant_id"] = linked.participant_id, None
        self.workshop.push(commands.EditSignOff(self.workshop, sign_off_id, before, after))
        self.workshop.end_typing_step()
