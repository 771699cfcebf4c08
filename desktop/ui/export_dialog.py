"""The "Eksportér referat…" dialog, and the export that runs behind it without freezing the
window. The dialog exports the minutes or one of the handouts (the shared language alone,
a blank worksheet of a canvas template, the signature sheet), each with its options.

    choice = ask_export(parent, default_options(open_workshop))
    if choice is not None:
        export_in_background(parent, open_workshop, choice, lang=ui_lang)

or both in one: `export_minutes(parent, open_workshop, ui_lang)` (Ctrl+P, File menu, toolbar).
What the minutes print is gathered on the GUI thread as plain data (a snapshot: edits made
while the PDF is built do not mix into it); reportlab then lays out the pages in a thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
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

from desktop.core.canvas_templates import load_template
from desktop.core.errors import TvaersError
from desktop.export import files, handouts, minutes
from desktop.export.minutes_data import MinutesData, details, gather
from desktop.export.options import (
    GLOSSARY_AGREED_DISPUTED,
    GLOSSARY_ALL,
    GLOSSARY_WORKSHOP,
    MinutesOptions,
)
from desktop.export.words import words
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
        "contracts": translate("export_dialog", "Contracts and tender calendar"),
        "business_case": translate("export_dialog", "Business case and economic room"),
        "dialogue": translate("export_dialog", "Market dialogue"),
        "decisions": translate("export_dialog", "Decisions and sign-offs"),
        "actions": translate("export_dialog", "Follow-up actions"),
    }
    return labels.get(key) or minutes.SECTIONS[key].title("en")


MINUTES = "minutes"  # what the dialog exports: the minutes, or a key of handouts.HANDOUTS
DOCUMENTS = (MINUTES, *handouts.HANDOUTS)
# The handout's name in the PDF's words, for its file name (the worksheet: its template's).
HANDOUT_WORDS = {
    "glossary": "glossary_handout",
    "signatures": "signature_sheet",
    "dialogue": "dialogue_handout",
}


def document_label(key: str) -> str:
    """The dialog's name for what it can export, in the UI's language."""
    labels = {
        MINUTES: translate("export_dialog", "Minutes"),
        "glossary": translate("export_dialog", "Handout: the shared language (A4, two columns)"),
        "worksheet": translate("export_dialog", "Handout: a blank worksheet (A3 landscape)"),
        "signatures": translate("export_dialog", "Handout: the signature sheet (A4)"),
        "dialogue": translate("export_dialog", "Handout: the market dialogue, to publish (A4)"),
    }
    return labels.get(key, key)


def glossary_label(key: str) -> str:
    labels = {
        GLOSSARY_WORKSHOP: translate("export_dialog", "This workshop's terms"),
        GLOSSARY_ALL: translate("export_dialog", "All terms"),
        GLOSSARY_AGREED_DISPUTED: translate("export_dialog", "Only agreed and disputed terms"),
    }
    return labels.get(key, key)


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog was told to export: the minutes or a handout (`document`), where and
    in which language (`options`, which also hold the minutes' own choices)."""

    options: MinutesOptions
    document: str = MINUTES
    template_key: str = handouts.NEEDS_MAPPING  # the worksheet's canvas template

    @property
    def is_minutes(self) -> bool:
        return self.document == MINUTES

    def handout_options(self) -> handouts.HandoutOptions:
        return handouts.HandoutOptions(
            lang=self.options.lang,
            template_key=self.template_key,
            glossary=self.options.glossary,
        )


def default_path(document: Path, title: str, day: date | None, what: str = "") -> Path:
    """Beside the workshop file, named after the workshop and its day (and, for a handout,
    what it is: "… 2027-03-02 Underskriftsark.pdf")."""
    stem = Path(file_name_for(title or document.stem, "")).name
    name = f"{stem} {(day or date.today()).isoformat()}"
    if what:
        name += " " + Path(file_name_for(what, "")).name
    return document.with_name(f"{name}.pdf")


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


def tell_where_pdf_is(parent: QWidget | None, path: Path, *, handout: bool = False) -> None:
    """No PDF reader opened the minutes (or the handout): say where the file is, and offer
    its folder (or its path, to paste into the file explorer or an e-mail)."""
    if handout:
        title = translate("export_dialog", "Export handout")
        saved = translate(
            "export_dialog",
            "The handout is saved, but no program on this computer opened the PDF file. "
            "It is here:",
        )
    else:
        title = translate("export_dialog", "Export minutes")
        saved = translate(
            "export_dialog",
            "The minutes are saved, but no program on this computer opened the PDF file. "
            "It is here:",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        saved
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
    """The export dialog: the minutes (sections, glossary, contacts) or a handout (the shared
    language with its choice of terms, a worksheet of a chosen template, the signature
    sheet), in a language, to a PDF file."""

    def __init__(
        self,
        defaults: MinutesOptions,
        parent: QWidget | None = None,
        *,
        ui_lang: str | None = None,
    ) -> None:
        """`ui_lang`: the window's language, for the names of the canvas templates (default:
        the minutes' language)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export minutes"))
        self.setMinimumWidth(560)
        chosen = set(defaults.sections or minutes.SECTIONS)
        self._minutes_path = defaults.path
        self._auto_path = str(defaults.path or "")  # the path as we suggested it, untouched

        self.document = QComboBox()
        for key in DOCUMENTS:
            self.document.addItem(document_label(key), key)

        self.sections_box = QGroupBox(self.tr("Sections"))
        sections_layout = QVBoxLayout(self.sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key in minutes.SECTIONS:
            box = QCheckBox(section_label(key))
            box.setChecked(key in chosen)
            box.toggled.connect(self._update)
            sections_layout.addWidget(box)
            self.section_boxes[key] = box

        self.glossary = QComboBox()
        for key in (GLOSSARY_WORKSHOP, GLOSSARY_ALL, GLOSSARY_AGREED_DISPUTED):
            self.glossary.addItem(glossary_label(key), key)
        self.glossary.setCurrentIndex(max(0, self.glossary.findData(defaults.glossary)))

        self.template = QComboBox()
        for key in handouts.TEMPLATES:
            self.template.addItem(load_template(key).title(ui_lang or defaults.lang), key)
        self.template.setCurrentIndex(max(0, self.template.findData(handouts.NEEDS_MAPPING)))
        self.template.currentIndexChanged.connect(self._suggest_path)

        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(1 if defaults.lang == "en" else 0)
        self.language.currentIndexChanged.connect(self._suggest_path)

        self.contacts = QCheckBox(self.tr("Include participants' e-mail and &phone"))
        self.contacts.setChecked(defaults.include_contacts)
        self.contacts_hint = QLabel(
            self.tr(
                "Contact details are personal data. Include them only when everyone who gets "
                "the minutes may see them."
            )
        )
        self.contacts_hint.setWordWrap(True)
        self.contacts_hint.setEnabled(False)  # shown greyed: a hint, not a control

        self.path = QLineEdit(str(defaults.path or ""))
        self.path.textChanged.connect(self._update)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)

        self.open_afterwards = QCheckBox(self.tr("&Open the PDF afterwards"))
        self.open_afterwards.setChecked(defaults.open_afterwards)

        top = QFormLayout()
        what = QLabel(self.tr("&What to export"))
        what.setBuddy(self.document)
        top.addRow(what, self.document)

        self.form = form = QFormLayout()
        glossary_label_ = QLabel(self.tr("Terms in the &glossary"))
        glossary_label_.setBuddy(self.glossary)
        form.addRow(glossary_label_, self.glossary)
        template_label = QLabel(self.tr("Canvas &template"))
        template_label.setBuddy(self.template)
        form.addRow(template_label, self.template)
        self.language_label = QLabel(self.tr("&Language of the minutes"))
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        form.addRow("", self.contacts)
        form.addRow("", self.contacts_hint)
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
        layout.addLayout(top)
        layout.addWidget(self.sections_box)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.document.currentIndexChanged.connect(self._document_changed)
        self._document_changed()
        # Most exports are the minutes: the dialog opens on their first section (the document
        # is one Alt letter, or Shift+Tab, away).
        first = next(iter(self.section_boxes.values()), None)
        if first is not None:
            first.setFocus()

    def chosen_document(self) -> str:
        return str(self.document.currentData())

    def choice(self) -> ExportChoice:
        return ExportChoice(
            options=self.options(),
            document=self.chosen_document(),
            template_key=str(self.template.currentData()),
        )

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
            glossary=str(self.glossary.currentData()),
        )

    def _document_changed(self) -> None:
        document = self.chosen_document()
        is_minutes = document == MINUTES
        self.sections_box.setVisible(is_minutes)
        self.form.setRowVisible(self.glossary, document in (MINUTES, "glossary"))
        self.form.setRowVisible(self.template, document == "worksheet")
        self.form.setRowVisible(self.contacts, is_minutes)
        self.form.setRowVisible(self.contacts_hint, is_minutes)
        # The minutes show this workshop's terms; the handout is the whole glossary.
        default = GLOSSARY_WORKSHOP if is_minutes else GLOSSARY_ALL
        self.glossary.setCurrentIndex(self.glossary.findData(default))
        if is_minutes:
            self.setWindowTitle(self.tr("Export minutes"))
            self.language_label.setText(self.tr("&Language of the minutes"))
        else:
            self.setWindowTitle(self.tr("Export handout"))
            self.language_label.setText(self.tr("&Language of the handout"))
        self._suggest_path()
        self.adjustSize()

    def _suggest_path(self) -> None:
        """A handout is saved beside the minutes, named for what it is, unless the user has
        written a path of their own."""
        if self._minutes_path is None or self.path.text() != self._auto_path:
            return
        document, lang = self.chosen_document(), str(self.language.currentData())
        path = self._minutes_path
        if document != MINUTES:
            if document == "worksheet":
                what = load_template(str(self.template.currentData())).title(lang)
            else:
                what = words(lang)[HANDOUT_WORDS[document]]
            name = Path(file_name_for(what, "")).name
            path = path.with_name(f"{path.stem} {name}.pdf")
        self._auto_path = str(path)
        self.path.setText(self._auto_path)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        any_section = any(box.isChecked() for box in self.section_boxes.values())
        needs_section = self.chosen_document() == MINUTES
        ok.setEnabled((any_section or not needs_section) and bool(self.path.text().strip()))
        self.glossary.setEnabled(not needs_section or self.section_boxes["glossary"].isChecked())

    def _choose_path(self) -> None:
        current = Path(self.path.text().strip() or "referat.pdf").expanduser()
        chosen = ask_pdf_path(self, current)
        if chosen is not None:
            self.path.setText(str(chosen))


def ask_minutes_options(parent: QWidget | None, defaults: MinutesOptions) -> MinutesOptions | None:
    choice = ask_export(parent, defaults)
    return None if choice is None else choice.options


def ask_export(
    parent: QWidget | None, defaults: MinutesOptions, ui_lang: str | None = None
) -> ExportChoice | None:
    dialog = MinutesDialog(defaults, parent, ui_lang=ui_lang)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


# -- the export itself ---------------------------------------------------------------------


class _Cancelled(Exception):
    pass


class _ExportThread(QThread):
    progressed = Signal(int)  # per mille

    def __init__(
        self,
        data: MinutesData,
        options: MinutesOptions,
        parent: QObject,
        handout: ExportChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.options = options
        self.handout = handout  # None: the minutes
        self.pages = 0
        self.error: TvaersError | None = None
        self.unexpected: BaseException | None = None
        self.cancelled = False

    def run(self) -> None:
        assert self.options.path is not None
        try:
            if self.handout is None:
                self.pages = files.write_pdf(
                    self.options.path,
                    lambda f: minutes.write_minutes(
                        self.data, self.options, f, progress=self._step
                    ),
                )
            else:
                writer = handouts.HANDOUTS[self.handout.document]
                handout_options = self.handout.handout_options()
                self.pages = files.write_pdf(
                    self.options.path, lambda f: writer(self.data, f, handout_options)
                )
        except _Cancelled:
            self.cancelled = True
        except TvaersError as exc:
            self.error = exc
        except Exception as exc:  # reportlab on text nobody foresaw: tell, never crash
            log.exception("PDF export failed")
            self.unexpected = exc

    def _step(self, fraction: float) -> None:
        if self.isInterruptionRequested():
            raise _Cancelled()
        self.progressed.emit(int(fraction * 1000))


class MinutesExport(QObject):
    """One export (the minutes, or the handout of `handout`) running in the background.
    `finished` carries the PDF and its pages; `failed` a message already shown to the user;
    `cancelled` when the user stopped it."""

    finished = Signal(Path, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        data: MinutesData,
        options: MinutesOptions,
        lang: str,
        handout: ExportChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = options
        self.lang = lang
        self.handout = handout
        self._parent = parent
        self.worker = _ExportThread(data, options, self, handout)
        self.progress = QProgressDialog(
            translate("export_dialog", "Writing the minutes…")
            if handout is None
            else translate("export_dialog", "Writing the handout…"),
            translate("export_dialog", "Cancel"),
            0,
            1000,
            parent,
        )
        self.progress.setWindowTitle(
            translate("export_dialog", "Export minutes")
            if handout is None
            else translate("export_dialog", "Export handout")
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.worker.requestInterruption)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.finished.connect(self._done)
        self.done = False

    def start(self) -> None:
        self.worker.start()

    def wait(self, ms: int = 60_000) -> bool:
        """For tests and for closing the window: block until the thread has ended."""
        return bool(self.worker.wait(ms))

    def _done(self) -> None:
        self.done = True
        self.progress.reset()
        self.progress.hide()
        thread = self.worker
        path = self.options.path
        assert path is not None
        if thread.cancelled:
            self.cancelled.emit()
        elif thread.error is not None or thread.unexpected is not None:
            if thread.error is not None:
                message = dialogs.error_text(thread.error, self.lang)
            elif self.handout is None:
                message = translate(
                    "export_dialog",
                    "The minutes could not be written. The log file has the details.",
                )
            else:
                message = translate(
                    "export_dialog",
                    "The handout could not be written. The log file has the details.",
                )
            dialogs.show_error(self._parent, message)
            self.failed.emit(message)
        else:
            self.finished.emit(path, thread.pages)
            if self.options.open_afterwards and not open_pdf(path):
                tell_where_pdf_is(self._parent, path, handout=self.handout is not None)
        self.progress.deleteLater()
        # A child of the window: kept, it held the workshop's gathered data (and its
        # thread) for as long as the window lived, one for every export of the day.
        self.worker.wait()  # it has said finished; its run has returned
        self.deleteLater()


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
    return export_in_background(parent, open_workshop, ExportChoice(options), lang=lang)


def export_in_background(
    parent: QWidget | None,
    open_workshop: OpenWorkshop,
    choice: ExportChoice,
    *,
    lang: str,
) -> MinutesExport:
    """The minutes or a handout, as `choice` says: the data gathered now, the PDF written in
    a thread, with the same progress, cancel and error handling."""
    options = choice.options
    if options.path is None:
        raise ValueError("an export needs a path to be written to")
    data = open_workshop.read(gather)
    handout = None if choice.is_minutes else choice
    export = MinutesExport(parent, data, options, lang, handout)
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
    choice = ask_export(parent, default_options(open_workshop), lang)
    if choice is None:
        return None
    return export_in_background(parent, open_workshop, choice, lang=lang)
