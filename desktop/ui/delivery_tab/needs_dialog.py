"""Choose the notes (needs) a card answers, from every canvas of the workshop."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.delivery import NoteRef
from desktop.ui.screen_fit import resize_to_fit


class NeedsDialog(QDialog):
    def __init__(
        self, notes: Sequence[NoteRef], linked: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link needs"))
        resize_to_fit(self, 620, 520)
        intro = QLabel(
            self.tr("Tick the notes this service answers. Notes already linked are ticked.")
            if notes
            else self.tr("There are no notes on the canvases yet. Add the needs there first.")
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the notes"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for note in notes:
            where = " › ".join(part for part in (note.canvas_title, note.zone_title) if part)
            text = note.text if len(note.text) <= 240 else note.text[:240].rstrip() + "…"
            item = QListWidgetItem(f"{text}\n({where})" if where else text)
            item.setData(Qt.ItemDataRole.UserRole, note.note_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, note.text.casefold())
            item.setToolTip(note.text)
            if note.note_id in linked:
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.search.textChanged.connect(self.apply_search)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.search.setFocus()

    def apply_search(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(
                bool(needle) and needle not in str(item.data(Qt.ItemDataRole.UserRole + 1))
            )

    def chosen(self) -> list[str]:
        """The notes newly ticked, in the list's order."""
        picked = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if (
                item.flags() & Qt.ItemFlag.ItemIsEnabled
                and item.checkState() == Qt.CheckState.Checked
            ):
                picked.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return picked
