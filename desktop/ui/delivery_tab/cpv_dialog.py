"""The CPV picker: search all of CPV 2008 by code or by Danish or English label.

Each result shows the full code, the label in the UI language with the other language below,
and a mark: Annex XIV (light regime), works or supplies; services outside Annex XIV have no
mark. With nothing typed it lists the Annex XIV codes (423) under the headings of the Annex's
rows, the social and other specific services this tool's users buy most; a search shows at
most MAX_SHOWN results and says how many there are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
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

from desktop.core.cpv import (
    ContractKind,
    CpvEntry,
    annex_xiv,
    annex_xiv_row,
    is_light_regime,
    kind_of,
    light_regime_entries,
    lookup,
    search_cpv,
)
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.trf import trf

MAX_SHOWN = 200
_MOVE_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class CpvDialog(QDialog):
    def __init__(self, current: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._number_locale = QLocale(
            QLocale.Language.Danish if lang == "da" else QLocale.Language.English,
            QLocale.Country.Denmark if lang == "da" else QLocale.Country.UnitedKingdom,
        )
        self.setWindowTitle(self.tr("Choose CPV code"))
        resize_to_fit(self, 640, 560)
        intro = QLabel(
            self.tr(
                "All CPV codes (CPV 2008). Search by code or by a word in Danish or English; "
                "with nothing typed you see the codes of Annex XIV. 'Annex XIV – light "
                "regime' marks the social and other specific services of the light regime "
                "(udbudsloven afsnit III). 'Works' and 'Supplies' mark building and "
                "construction work and goods. Other services have no mark."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search, e.g. rådgivning, counselling or 8531"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
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
        self._select_current(current)
        self.search.setFocus()

    def _select_current(self, current: str) -> None:
        """Select the code already chosen; one outside Annex XIV is searched for."""
        entry = lookup(current) if current.strip() else None
        if entry is None:
            return
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == entry.code:
                self.results.setCurrentRow(row)
                return
        self.search.setText(entry.code)
        self.search.selectAll()  # typing replaces it

    def apply_search(self, text: str) -> None:
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        if text.strip():
            found = search_cpv(text)
            shown = found[:MAX_SHOWN]
            for entry in shown:
                self.results.addItem(self._item(entry))
        else:
            found = shown = self._fill_annex_xiv()
        self.results.setUpdatesEnabled(True)
        self._set_row(0, 1)
        self.count.setText(self._count_text(text, len(shown), len(found)))

    def _fill_annex_xiv(self) -> list[CpvEntry]:
        """The Annex XIV codes under the heading of their row, the rows in the Annex's order."""
        by_row: dict[int, list[CpvEntry]] = {}
        for entry in light_regime_entries():
            row = annex_xiv_row(entry.code)
            assert row is not None
            by_row.setdefault(row.number, []).append(entry)
        listed: list[CpvEntry] = []
        for row in annex_xiv():
            entries = by_row.get(row.number, [])
            if not entries:
                continue
            heading = QListWidgetItem(row.heading(self.lang))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
            heading.setForeground(self.results.palette().text())  # not greyed out
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setToolTip(row.printed)
            self.results.addItem(heading)
            for entry in entries:
                self.results.addItem(self._item(entry))
            listed += entries
        return listed

    def _count_text(self, text: str, shown: int, total: int) -> str:
        if not text.strip():
            return self.tr(
                "%n codes in Annex XIV (light regime) – type to search all CPV codes", "", total
            )
        if shown < total:
            # %n is the total; Qt writes it without thousands separators, so it is
            # replaced by the number as the UI language writes it (1.234 / 1,234).
            template = self.tr("Showing %1 of %n codes – type more to narrow the search", "", total)
            return trf(
                template.replace(str(total), self._number_locale.toString(total), 1),
                self._number_locale.toString(shown),
            )
        return self.tr("%n codes", "", total)

    def mark(self, entry: CpvEntry) -> str:
        """The short mark after the label: Annex XIV, works, supplies or nothing."""
        if is_light_regime(entry.code):
            return self.tr("Annex XIV – light regime")
        kind = kind_of(entry.code)
        if kind is ContractKind.WORKS:
            return self.tr("Works")
        if kind is ContractKind.SUPPLIES:
            return self.tr("Supplies")
        return ""

    def _item(self, entry: CpvEntry) -> QListWidgetItem:
        other = entry.label_en if self.lang == "da" else entry.label_da
        mark = self.mark(entry)
        first = f"{entry.full_code}   {entry.label(self.lang)}"
        if mark:
            first += f"   · {mark}"
        item = QListWidgetItem(f"{first}\n            {other}")
        item.setData(Qt.ItemDataRole.UserRole, entry.code)
        item.setData(Qt.ItemDataRole.UserRole + 1, entry.full_code)
        item.setData(Qt.ItemDataRole.UserRole + 2, mark)
        return item

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the search field move in the results."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _MOVE_KEYS
        ):
            self._move(event.key())
            return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        if not self.results.count():
            return
        page = max(1, self.results.viewport().height() // max(1, self.results.sizeHintForRow(0)))
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }[Qt.Key(key)]
        self._set_row(self.results.currentRow() + step, 1 if step > 0 else -1)

    def _set_row(self, row: int, direction: int) -> None:
        """Make `row` current, or the nearest code from it in `direction` (headings are skipped)."""
        last = self.results.count() - 1
        if last < 0:
            return
        row = min(max(row, 0), last)
        for step in (direction, -direction):
            probe = row
            while 0 <= probe <= last:
                if self.results.item(probe).flags() & Qt.ItemFlag.ItemIsSelectable:
                    self.results.setCurrentRow(probe)
                    self.results.scrollToItem(self.results.item(probe))
                    return
                probe += step

    def chosen_code(self) -> str | None:
        """The chosen code, with its official check digit where known, e.g. "85312320-8"."""
        item = self.results.currentItem()
        code = None if item is None else item.data(Qt.ItemDataRole.UserRole + 1)
        return str(code) if code else None
