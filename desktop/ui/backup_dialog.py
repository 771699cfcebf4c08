"""The "Restore backup…" dialog: the kept versions newest first, each saying when it is from
("Today at 14:05", "Yesterday at 09:12", "2026-12-03 at 10:00"; in Danish "I dag kl. 14.05",
"I går kl. 09.12", "03.12.2026 kl. 10.00") and marking the version as opened in a session and
edits that were not recovered.

`dialogs.ask_backup` opens it (tests answer that function instead of a modal dialog); tests of
the dialog itself build `BackupDialog` and read its list.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.backups import AS_OPENED, NOT_RECOVERED, NOT_SAVED, Backup

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def when_taken(taken: datetime, now: datetime, *, seconds: bool = False) -> str:
    """When a version is from, in the words of the interface's language; with the seconds
    where another version is from the same minute (else the list shows two alike)."""
    hours, minutes = f"{taken.hour:02d}", f"{taken.minute:02d}"
    if seconds:
        time = translate("BackupDialog", "{hours}:{minutes}:{seconds}").format(
            hours=hours, minutes=minutes, seconds=f"{taken.second:02d}"
        )
    else:
        time = translate("BackupDialog", "{hours}:{minutes}").format(hours=hours, minutes=minutes)
    if taken.date() == now.date():
        return translate("BackupDialog", "Today at {time}").format(time=time)
    if taken.date() == now.date() - timedelta(days=1):
        return translate("BackupDialog", "Yesterday at {time}").format(time=time)
    day = translate("BackupDialog", "{year}-{month}-{day}").format(
        year=f"{taken.year:04d}", month=f"{taken.month:02d}", day=f"{taken.day:02d}"
    )
    return translate("BackupDialog", "{date} at {time}").format(date=day, time=time)


def describe(backup: Backup, now: datetime, *, seconds: bool = False) -> str:
    when = when_taken(backup.taken_at, now, seconds=seconds)
    if backup.label == AS_OPENED:
        return translate("BackupDialog", "{when} – as opened").format(when=when)
    if backup.label == NOT_RECOVERED:
        return translate("BackupDialog", "{when} – edits not recovered").format(when=when)
    if backup.label == NOT_SAVED:
        return translate("BackupDialog", "{when} – not saved (someone else had the file)").format(
            when=when
        )
    return when


class BackupDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, backups: list[Backup], now: datetime | None = None
    ) -> None:
        super().__init__(parent)
        now = now or datetime.now()
        self.setWindowTitle(self.tr("Restore backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the version to go back to. The current version is kept as a backup "
                "too.\n\nTværs keeps the last 10 versions, one for every ten minutes of the "
                "last hour, one for each day of the last week, and the workshop as it was "
                "when it was opened."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        minutes = Counter(b.taken_at.replace(second=0, microsecond=0) for b in backups)
        for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
            shared = minutes[backup.taken_at.replace(second=0, microsecond=0)] > 1
            item = QListWidgetItem(describe(backup, now, seconds=shared))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 380)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def ask_backup(parent: QWidget | None, backups: list[Backup]) -> Path | None:
    dialog = BackupDialog(parent, backups)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
