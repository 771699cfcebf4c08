"""The CPV picker: search the shipped list by code or by Danish or English label."""

from __future__ import annotations

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

from desktop.core.cpv import CpvEntry, search_cpv


class CpvDialog(QDialog):
    def __init__(self, current: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Choose CPV code"))
        self.resize(560, 520)
        intro = QLabel(
            self.tr(
                "The CPV codes of social and other specific services (the light regime). "
                "Search by code or by a word in Danish or English. Any other 8-digit code "
                "can be typed straight into the field."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search, e.g. rådgivning, counselling or 8531"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAlternatingRowColors(True)
        self.count = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search.textChanged.connect(self.apply_search)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.apply_search("")
        if current:
            for row in range(self.results.count()):
                if current.startswith(str(self.results.item(row).data(Qt.ItemDataRole.UserRole))):
                    self.results.setCurrentRow(row)
                    break
        self.search.setFocus()

    def apply_search(self, text: str) -> None:
        self.results.clear()
        found = search_cpv(text)
        for entry in found:
            self.results.addItem(self._item(entry))
        if found:
            self.results.setCurrentRow(0)
        self.count.setText(self.tr("%n codes", "", len(found)))

    def _item(self, entry: CpvEntry) -> QListWidgetItem:
        other = entry.label_en if self.lang == "da" else entry.label_da
        item = QListWidgetItem(f"{entry.full_code}   {entry.label(self.lang)}\n            {other}")
        item.setData(Qt.ItemDataRole.UserRole, entry.code)
        item.setData(Qt.ItemDataRole.UserRole + 1, entry.full_code)
        return item

    def chosen_code(self) -> str | None:
        """The chosen code with its official check digit, e.g. "85312320-8"."""
        item = self.results.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole + 1))
