"""The room's panel beside the canvas: first where the room listens, then, while it is open, the
QR code, the join code, the address, how many have joined, and the notes sent from phones
waiting for the facilitator (accept, edit then accept, merge into a note, reject).

Everything a phone sent is untrusted: it is shown as plain text only (list items, a plain
text box, combo items; never a tooltip or a label, which may read text as HTML).
Keys in the list of notes: Enter accepts, Del rejects, F2 edits the wording first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.canvas_tab.labels import side_labels
from desktop.ui.room_qr import QrView
from desktop.ui.room_vote import RoomVoteBox
from desktop.ui.trf import trf

if TYPE_CHECKING:
    from desktop.room.interfaces import Interface
    from desktop.room.state import NoteSubmission
    from desktop.ui.canvas_tab.tab import CanvasTab

QR_BESIDE_LIST = 200  # px: the list of notes keeps room below it; presenting, it fills the panel
QWIDGETSIZE_MAX = (1 << 24) - 1
SHOWN_CHARS = 140  # of a waiting note in the list; the box below shows all of it


class _FillingLayout(QVBoxLayout):
    """Takes the height its scroll area has, not the height its wrapped texts would like:
    a scroll area grows a pane whose layout has height-for-width to that preferred height
    (here taller than a laptop's screen), and the list and buttons scrolled out of sight."""

    def hasHeightForWidth(self) -> bool:
        return False


class RoomPanel(QFrame):
    open_requested = Signal(str)  # the address chosen
    close_requested = Signal()
    cancelled = Signal()
    taken = Signal(int, str, str)  # a waiting note's number, how (room_journal), the note id

    def __init__(self, tab: CanvasTab) -> None:
        super().__init__()
        self.setObjectName("roomPanel")
        self.tab = tab
        self.sides = side_labels()
        self.waiting: list[NoteSubmission] = []
        self._edited: dict[int, str] = {}  # submission number -> the wording as edited
        self.presenting = False
        self._targets_stale = True  # the notes to merge into, read again when next needed
        self._chosen_target: str | None = None  # picked in the combo by hand
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._open_page())
        layout = _FillingLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.pages)
        tab.workshop.changed.connect(self._workshop_changed)

    # -- building ----------------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionHeading")
        label.setWordWrap(True)
        return label

    def _setup_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Open the room to phones")))
        why = QLabel(
            self.tr(
                "Participants send notes from their phones over the room's own network (the "
                "laptop's hotspot or the room's Wi-Fi). Tværs listens only on the address you "
                "choose, and only until you close the room."
            )
        )
        why.setWordWrap(True)
        layout.addWidget(why)
        self.interfaces = QComboBox()
        label = QLabel(self.tr("&Address for the phones:"))
        label.setBuddy(self.interfaces)
        layout.addWidget(label)
        layout.addWidget(self.interfaces)
        self.open_button = QPushButton(self.tr("Open the roo&m"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open_chosen)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.interfaces.installEventFilter(self)
        return page

    def _open_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.open_heading = self._heading(self.tr("The room is open"))
        layout.addWidget(self.open_heading)
        self.recovered_label = QLabel()  # after a crash: what was kept (no phone's text)
        self.recovered_label.setWordWrap(True)
        self.recovered_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recovered_label.hide()
        layout.addWidget(self.recovered_label)
        self.qr = QrView()
        self.qr.setMaximumHeight(QR_BESIDE_LIST)
        layout.addWidget(self.qr, 3)
        self.code_label = QLabel()
        # Its own style sheet: read from the back of the room, also when presentation mode
        # sets every font of the tab (a widget's own sheet wins over its parents').
        self.code_label.setStyleSheet("font-size: 26pt; font-weight: bold;")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.code_label)
        self.address_label = QLabel()
        self.address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.address_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.address_label)
        self.joined_label = QLabel()
        self.joined_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.joined_label)
        self.vote_box = RoomVoteBox()
        layout.addWidget(self.vote_box)
        self.waiting_label = QLabel()  # while presenting, instead of the notes themselves
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting_label.hide()
        layout.addWidget(self.waiting_label)
        self.moderation = self._moderation()
        layout.addWidget(self.moderation, 4)
        self.close_button = QPushButton(self.tr("Close the room"))
        self.close_button.setToolTip(self.tr("Stop taking notes from phones (Ctrl+Shift+R)"))
        self.close_button.clicked.connect(self.close_requested)
        layout.addWidget(self.close_button)
        return page

    def _moderation(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 8, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setObjectName("roomNotes")
        self.list.setMinimumHeight(80)
        self.list.currentRowChanged.connect(self._show_current)
        self.list.installEventFilter(self)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list)
        self.wording = QPlainTextEdit()
        self.wording.setTabChangesFocus(True)
        self.wording.setMinimumHeight(48)
        self.wording.textChanged.connect(self._wording_changed)
        wording_label = QLabel(self.tr("Wording (edit before accepting if needed):"))
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Put the note on the canvas in its zone (Enter)"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.reject_button.setToolTip(self.tr("Leave the note out (Del)"))
        self.reject_button.clicked.connect(self.reject_current)
        self.merge_button = QPushButton(self.tr("Mer&ge into"))
        self.merge_button.setToolTip(self.tr("Add the text to the note chosen beside"))
        self.merge_button.clicked.connect(self.merge_current)
        self.merge_target = QComboBox()
        self.merge_target.setMinimumContentsLength(16)
        self.merge_target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.merge_target.setAccessibleName(self.tr("The note to merge into"))
        self.merge_target.activated.connect(self._target_picked)
        self.merge_target.installEventFilter(self)
        grid.addWidget(self.list_label, 0, 0, 1, 2)
        grid.addWidget(self.list, 1, 0, 1, 2)
        grid.addWidget(wording_label, 2, 0, 1, 2)
        grid.addWidget(self.wording, 3, 0, 1, 2)
        grid.addWidget(self.accept_button, 4, 0)
        grid.addWidget(self.reject_button, 4, 1)
        grid.addWidget(self.merge_button, 5, 0)
        grid.addWidget(self.merge_target, 5, 1)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(3, 1)
        self._update_waiting()
        return box

    # -- setting up --------------------------------------------------------------------

    def show_setup(self, interfaces: list[Interface]) -> None:
        self.interfaces.clear()
        for interface in interfaces:
            if interface.is_loopback:
                text = trf(self.tr("%1 – this computer only"), interface.address)
            elif interface.name:
                text = f"{interface.address} ({interface.name})"
            else:
                text = interface.address
            self.interfaces.addItem(text, interface.address)
        self.pages.setCurrentIndex(0)
        self.show()
        self.interfaces.setFocus()

    def _open_chosen(self) -> None:
        address = self.interfaces.currentData()
        if address:
            self.open_requested.emit(str(address))

    def show_open(self, join_url: str, address: str, code: str) -> None:
        self._show_room(True)
        self.qr.set_text(join_url, self.tr("QR code with the room's link"))
        self.code_label.setText(trf(self.tr("Code: %1"), f"{code[:3]} {code[3:]}"))
        self.address_label.setText(address)
        self.set_joined(0)
        self.pages.setCurrentIndex(1)
        self.show()
        self._fill_merge_targets()
        self.list.setFocus()

    def show_recovered(self, submissions: list[NoteSubmission], message: str) -> None:
        """After a crash, the notes the phones sent that were not taken, with the room
        closed (nothing listens): the list only, and what happened, in plain words."""
        self.add_submissions(submissions)
        self.recovered_label.setText(message)
        self.show_waiting_only()

    def show_waiting_only(self) -> None:
        self._show_room(False)
        self.pages.setCurrentIndex(1)
        self.show()
        self._fill_merge_targets()
        self.list.setFocus()

    def _show_room(self, shown: bool) -> None:
        for widget in (self.qr, self.code_label, self.address_label, self.joined_label):
            widget.setVisible(shown)
        self.vote_box.setVisible(shown)
        self.recovered_label.setVisible(not shown and bool(self.recovered_label.text()))
        if shown:
            self.recovered_label.clear()
            self.open_heading.setText(self.tr("The room is open"))
            self.close_button.setText(self.tr("Close the room"))
            self.close_button.setToolTip(self.tr("Stop taking notes from phones (Ctrl+Shift+R)"))
        else:
            self.open_heading.setText(self.tr("Notes from the phones"))
            self.close_button.setText(self.tr("Close the list"))
            self.close_button.setToolTip(self.tr("The notes still waiting are not kept"))

    def set_joined(self, joined: int) -> None:
        self.joined_label.setText(self.tr("%n phones have joined", "", joined))

    def set_presenting(self, presenting: bool) -> None:
        """On the projector the waiting notes are not shown (none is checked yet): only
        how many wait. Esc leaves presentation mode to moderate them."""
        self.presenting = presenting
        self.qr.setMaximumHeight(QWIDGETSIZE_MAX if presenting else QR_BESIDE_LIST)
        self.moderation.setVisible(not presenting)
        self.waiting_label.setVisible(presenting)

    # -- the notes waiting -------------------------------------------------------------

    def add_submissions(self, submissions: list[NoteSubmission]) -> None:
        was_empty = not self.waiting
        for submission in submissions:
            self.waiting.append(submission)
            item = QListWidgetItem(self._item_text(submission))
            item.setData(Qt.ItemDataRole.UserRole, submission.number)
            self.list.addItem(item)
        if was_empty and self.waiting:
            self.list.setCurrentRow(0)
        self._update_waiting()

    def clear_waiting(self) -> None:
        """The room closed: its notes go (a new opening numbers its notes from 1 again)."""
        self.waiting.clear()
        self._edited.clear()
        self.list.clear()
        self._show_current(-1)
        self._update_waiting()

    def _item_text(self, submission: NoteSubmission) -> str:
        text = " ".join(submission.text.split())
        if len(text) > SHOWN_CHARS:
            text = text[: SHOWN_CHARS - 1] + "…"
        side = self.sides.get(submission.side, submission.side)
        return f"{side} · {submission.zone_title}: {text}"

    def _update_waiting(self) -> None:
        count = len(self.waiting)
        self.list_label.setText(self.tr("Notes from the roo&m (%n waiting)", "", count))
        self.waiting_label.setText(self.tr("%n notes waiting", "", count))
        has = bool(self.waiting) and not self.tab.workshop.read_only
        for control in (self.accept_button, self.reject_button, self.wording):
            control.setEnabled(has)
        self.merge_button.setEnabled(has and self.tab.notes_model.rowCount() > 0)

    def current(self) -> NoteSubmission | None:
        row = self.list.currentRow()
        return self.waiting[row] if 0 <= row < len(self.waiting) else None

    def _show_current(self, _row: int) -> None:
        submission = self.current()
        self.wording.blockSignals(True)
        self.wording.setPlainText(
            "" if submission is None else self._edited.get(submission.number, submission.text)
        )
        self.wording.blockSignals(False)

    def _wording_changed(self) -> None:
        submission = self.current()
        if submission is not None:
            self._edited[submission.number] = self.wording.toPlainText()

    def _take_current(self) -> tuple[NoteSubmission, str] | None:
        submission = self.current()
        if submission is None:
            return None
        text = self._edited.get(submission.number, submission.text)
        return submission, text

    def _remove(self, submission: NoteSubmission) -> None:
        row = self.waiting.index(submission)
        self.waiting.pop(row)
        self._edited.pop(submission.number, None)
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, len(self.waiting) - 1))
        self._show_current(self.list.currentRow())
        self._update_waiting()

    def accept_current(self) -> str | None:
        """The note (as edited) on the canvas in its zone: one undo step."""
        taken = self._take_current()
        if taken is None or not taken[1].strip():
            return None
        submission, text = taken
        note_id = self.tab.add_room_note(
            submission.canvas_id, submission.zone_id, text, submission.side
        )
        if note_id is not None:
            self._remove(submission)
            self.taken.emit(submission.number, "accepted", note_id)
        return note_id

    def reject_current(self) -> None:
        submission = self.current()
        if submission is not None:
            self._remove(submission)
            self.taken.emit(submission.number, "rejected", "")

    def merge_current(self) -> bool:
        """The text added to the note chosen beside: one undo step."""
        taken = self._take_current()
        if self._targets_stale:
            self._fill_merge_targets()
        note_id = self.merge_target.currentData()
        if taken is None or not note_id or not taken[1].strip():
            return False
        submission, text = taken
        if self.tab.merge_into_note(str(note_id), text):
            self._remove(submission)
            self.taken.emit(submission.number, "merged", str(note_id))
            return True
        return False

    # -- the notes to merge into ---------------------------------------------------------

    def _workshop_changed(self, *_args: object) -> None:
        """Read again only when the combo or the button is next used: a flood of notes
        accepted one by one does not rebuild a list of every note each time."""
        self._targets_stale = True
        self._update_waiting()

    def _target_picked(self, _index: int) -> None:
        self._chosen_target = self.merge_target.currentData()

    def canvas_selection_changed(self) -> None:
        """A note chosen on the canvas becomes the one to merge into."""
        self._chosen_target = None
        self._targets_stale = True

    def _fill_merge_targets(self) -> None:
        self._targets_stale = False
        chosen = self._chosen_target or self.merge_target.currentData()
        selected = None if self._chosen_target else self.tab.selected_note_id()
        self.merge_target.blockSignals(True)
        self.merge_target.clear()
        for note_id, text in self.tab.note_texts():
            shown = " ".join(text.split()) or self.tr("(empty note)")
            if len(shown) > 60:
                shown = shown[:59] + "…"
            self.merge_target.addItem(shown, note_id)
        wanted = selected or chosen
        at = self.merge_target.findData(wanted) if wanted else -1
        self.merge_target.setCurrentIndex(max(at, 0) if self.merge_target.count() else -1)
        self.merge_target.blockSignals(False)
        self._update_waiting()

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)
            and watched is getattr(self, "merge_target", None)  # not yet while building
            and self._targets_stale
        ):
            self._fill_merge_targets()
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if watched is self.interfaces and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_chosen()
                return True
            if watched is self.list and not mods:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.accept_current()
                    return True
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.reject_current()
                    return True
                if key == Qt.Key.Key_F2 and self.current() is not None:
                    self.wording.setFocus()
                    return True
        return super().eventFilter(watched, event)
