"""The "Eksportér referat…" dialog, and the export that runs behind it without freezing the
window.

    options = ask_minutes_options(parent, default_options(open_workshop))
    if options is not None:
        export_minutes_in_background(parent, open_workshop, options, lang=ui_lang)

or both in one: `export_minutes(parent, open_workshop, ui_lang)` (Ctrl+P, File menu, toolbar).
What the minutes print is gathered on the GUI thread as plain data (a snapshot: edits made
while the PDF is built do not mix into it); reportlab then lays out the pages in a thread.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import TvaersError
from desktop.export import files, minutes
from desktop.export.minutes_data import MinutesData, details, gather
from desktop.export.options import MinutesOptions
from desktop.ui import dialogs
from desktop.ui.new_workshop_dialog import file_name_for
from desktop.ui.open_workshop import OpenWorkshop

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PROGRESS_AFTER_MS = 1_000  # a quick export shows no progress bar at all
LANGUAGES = (("da", "Dansk"), ("en", "English"))  # each in its own language


def section_label(key: str) -> str:
    """The dialog's name for a section of the minutes, in the UI's language."""
    labels = {
        "cover": translate("export_dialog", "Cover: title, time, place and purpose"),
        "participants": translate("export_dialog", "Participants"),
        "glossary": translate("export_dialog", "Shared language"),
        "needs": translate("export_dialog", "Root problems and needs (the canvases)"),
        "delivery": translate("export_dialog", "Delivery model"),
        "decisions": translate("export_dialog", "Decisions and sign-offs"),
        "actions": translate("export_dialog", "Follow-up actions"),
    }
    return labels.get(key) or minutes.SECTIONS[key].title("en")


def default_path(document: Path, title: str, day: date | None) -> Path:
    """Beside the workshop file, named after the workshop and its day."""
    stem = Path(file_name_for(title or document.stem, "")).name
    return document.with_name(f"{stem} {(day or date.today()).isoformat()}.pdf")


def default_options(open_workshop: OpenWorkshop) -> MinutesOptions:
    """Every section, in the workshop's minutes language, no contact details, saved beside
    the workshop file, opened afterwards."""
    workshop = open_workshop.read(details)
    day = workshop.starts_at.date() if workshop.starts_at else None
    return MinutesOptions(
        sections=tuple(minutes.SECTIONS),
        lang=workshop.minutes_language,
        include_contacts=False,
        path=default_path(open_workshop.document.path, workshop.title, day),
        open_afterwards=True,
    )


def ask_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("export_dialog", "Save minutes as"),
        str(suggested),
        translate("export_dialog", "PDF files (*.pdf);;All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def open_pdf(path: Path) -> bool:
    """Show the PDF in the system's viewer; False when no program would open it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def tell_where_pdf_is(parent: QWidget | None, path: Path) -> None:
    """No PDF reader opened the minutes: say where the file is, and offer its folder (or
    its path, to paste into the file explorer or an e-mail)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("export_dialog", "Export minutes"),
        translate(
            "export_dialog",
            "The minutes are saved, but no program on this computer opened the PDF file. "
            "It is here:",
        )
        + f"\n\n{path}\n\n"
        + translate(
            "export_dialog",
            "Open the folder to print or send the file from there, or copy its path.",
        ),
        parent=parent,
    )
    folder = box.addButton(
        translate("export_dialog", "Open &folder"), QMessageBox.ButtonRole.AcceptRole
    )
    copy = box.addButton(
        translate("export_dialog", "&Copy path"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("export_dialog", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(folder)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is copy:
        copy_path(path)
    elif clicked is folder and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
        copy_path(path)
        dialogs.show_info(
            parent,
            translate(
                "export_dialog",
                "The folder could not be opened either. The file's path is copied: paste it "
                "into the file explorer's address bar.",
            ),
        )


def copy_path(path: Path) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(str(path))


class MinutesDialog(QDialog):
    def __init__(self, defaults: MinutesOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export minutes"))
        self.setMinimumWidth(560)
        chosen = set(defaults.sections or minutes.SECTIONS)

        sections_box = QGroupBox(self.tr("Sections"))
        sections_layout = QVBoxLayout(sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key in minutes.SECTIONS:
            box = QCheckBox(section_label(key))
            box.setChecked(key in chosen)
            box.toggled.connect(self._update)
            sections_layout.addWidget(box)
            self.section_boxes[key] = box

        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(1 if defaults.lang == "en" else 0)

        self.contacts = QCheckBox(self.tr("Include participants' e-mail and &phone"))
        self.contacts.setChecked(defaults.include_contacts)
        contacts_hint = QLabel(
            self.tr(
                "Contact details are personal data. Include them only when everyone who gets "
                "the minutes may see them."
            )
        )
        contacts_hint.setWordWrap(True)
        contacts_hint.setEnabled(False)  # shown greyed: a hint, not a control

        self.path = QLineEdit(str(defaults.path or ""))
        self.path.textChanged.connect(self._update)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)

        self.open_afterwards = QCheckBox(self.tr("&Open the PDF afterwards"))
        self.open_afterwards.setChecked(defaults.open_afterwards)

        form = QFormLayout()
        form.addRow(self.tr("&Language of the minutes"), self.language)
        form.addRow("", self.contacts)
        form.addRow("", contacts_hint)
        save_as = QLabel(self.tr("&Save as"))
        save_as.setBuddy(self.path)  # a row of a layout gets no buddy by itself
        form.addRow(save_as, path_row)
        form.addRow("", self.open_afterwards)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(sections_box)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def options(self) -> MinutesOptions:
        text = self.path.text().strip()
        path = Path(text).expanduser() if text else None
        if path is not None and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return MinutesOptions(
            sections=tuple(k for k, box in self.section_boxes.items() if box.isChecked()),
            lang=str(self.language.currentData()),
            include_contacts=self.contacts.isChecked(),
            path=path,
            open_afterwards=self.open_afterwards.isChecked(),
        )

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        any_section = any(box.isChecked() for box in self.section_boxes.values())
        ok.setEnabled(any_section and bool(self.path.text().strip()))

    def _choose_path(self) -> None:
        current = Path(self.path.text().strip() or "referat.pdf").expanduser()
        chosen = ask_pdf_path(self, current)
        if chosen is not None:
            self.path.setText(str(chosen))


def ask_minutes_options(parent: QWidget | None, defaults: MinutesOptions) -> MinutesOptions | None:
    dialog = MinutesDialog(defaults, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.options()


# -- the export itself ---------------------------------------------------------------------


class _Cancelled(Exception):
    pass


class _ExportThread(QThread):
    progressed = Signal(int)  # per mille

    def __init__(self, data: MinutesData, options: MinutesOptions, parent: QObject) -> None:
        super().__init__(parent)
        self.data = data
        self.options = options
        self.pages = 0
        self.error: TvaersError | None = None
        self.unexpected: BaseException | None = None
        self.cancelled = False

    def run(self) -> None:
        assert self.options.path is not None
        try:
            self.pages = files.write_pdf(
                self.options.path,
                lambda f: minutes.write_minutes(self.data, self.options, f, progress=self._step),
            )
        except _Cancelled:
            self.cancelled = True
        except TvaersError as exc:
            self.error = exc
        except Exception as exc:  # reportlab on text nobody foresaw: tell, never crash
            log.exception("minutes export failed")
            self.unexpected = exc

    def _step(self, fraction: float) -> None:
        if self.isInterruptionRequested():
            raise _Cancelled()
        self.progressed.emit(int(fraction * 1000))


class MinutesExport(QObject):
    """One export running in the background. `finished` carries the PDF and its pages;
    `failed` a message already shown to the user; `cancelled` when the user stopped it."""

    finished = Signal(Path, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        data: MinutesData,
        options: MinutesOptions,
        lang: str,
    ) -> None:
        super().__init__(parent)
        self.options = options
        self.lang = lang
        self._parent = parent
        self.thread = _ExportThread(data, options, self)
        self.progress = QProgressDialog(
            translate("export_dialog", "Writing the minutes…"),
            translate("export_dialog", "Cancel"),
            0,
            1000,
            parent,
        )
        self.progress.setWindowTitle(translate("export_dialog", "Export minutes"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.thread.requestInterruption)
        self.thread.progressed.connect(self.progress.setValue)
        self.thread.finished.connect(self._done)
        self.done = False

    def start(self) -> None:
        self.thread.start()

    def wait(self, ms: int = 60_000) -> bool:
        """For tests and for closing the window: block until the thread has ended."""
        return bool(self.thread.wait(ms))

    def _done(self) -> None:
        self.done = True
        self.progress.reset()
        self.progress.hide()
        thread = self.thread
        path = self.options.path
        assert path is not None
        if thread.cancelled:
            self.cancelled.emit()
        elif thread.error is not None or thread.unexpected is not None:
            if thread.error is not None:
                message = dialogs.error_text(thread.error, self.lang)
            else:
                message = translate(
                    "export_dialog",
                    "The minutes could not be written. The log file has the details.",
                )
            dialogs.show_error(self._parent, message)
            self.failed.emit(message)
        else:
            self.finished.emit(path, thread.pages)
            if self.options.open_afterwards and not open_pdf(path):
                tell_where_pdf_is(self._parent, path)
        self.progress.deleteLater()


_running: list[MinutesExport] = []


def export_minutes_in_background(
    parent: QWidget | None,
    open_workshop: OpenWorkshop,
    options: MinutesOptions,
    *,
    lang: str,
) -> MinutesExport:
    """Gather the minutes' data now, write the PDF in a thread; returns the running export.
    `lang` is the UI's language, for messages."""
    if options.path is None:
        raise ValueError("the minutes need a path to be written to")
    data = open_workshop.read(gather)
    export = MinutesExport(parent, data, options, lang)
    _running.append(export)
    export.finished.connect(lambda *_: _forget(export))
    export.failed.connect(lambda *_: _forget(export))
    export.cancelled.connect(lambda: _forget(export))
    export.start()
    return export


def _forget(export: MinutesExport) -> None:
    if export in _running:
        _running.remove(export)


def is_exporting() -> bool:
    return bool(_running)


def wait_for_exports(ms: int = 60_000) -> None:
    """Let running exports finish (the window calls this before it closes: a QThread
    destroyed while it runs takes the application with it)."""
    for export in list(_running):
        export.wait(ms)


def export_minutes(
    parent: QWidget | None, open_workshop: OpenWorkshop, lang: str
) -> MinutesExport | None:
    """Ask, then export: what Ctrl+P, File > Export minutes… and the toolbar do. The caller
    commits text still being typed in the tabs first, so the minutes have it. One export at
    a time: while one runs, this does nothing."""
    if is_exporting():
        return None
    options = ask_minutes_options(parent, default_options(open_workshop))
    if options is None:
        return None
    return export_minutes_in_background(parent, open_workshop, options, lang=lang)
