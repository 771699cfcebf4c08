"""The "Ny workshop" dialog: the few details a file needs, and where it will be saved."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import TvaersError
from desktop.storage.errors import AlreadyExistsError
from desktop.storage.paths import EXTENSION, documents_dir
from desktop.ui import dialogs
from desktop.ui.date_field import DateField
from desktop.ui.section_typing import TypedOverSection
from desktop.ui.trf import trf
from desktop.ui.when_row import add_when_row, day_at

if TYPE_CHECKING:
    from desktop.library.templates import Template
    from desktop.storage.document import WorkshopDocument

log = logging.getLogger(__name__)
FORBIDDEN_IN_NAMES = '<>:"/\\|?*'


@dataclass
class NewWorkshop:
    path: Path
    title: str
    organisation: str
    area: str
    location: str
    starts_at: datetime | None  # None: the date was left empty
    ends_at: datetime | None
    facilitator: str
    # Chosen only where the library has templates: a built-in canvas's key or a library
    # canvas template; a library make-or-buy template (None: the starting criteria).
    canvas: str | Template | None = None
    criteria: Template | None = None

    def details(self) -> dict[str, object]:
        return {
            "title": self.title,
            "organisation": self.organisation,
            "area": self.area,
            "location": self.location,
            "starts_at": self.starts_at,
            "ends_at": self.ends_at,
            "facilitator": self.facilitator,
        }

    def fill(self, doc: WorkshopDocument, parent: QWidget | None) -> None:
        """The chosen canvas and criteria into the new workshop (copies), saved at once. A
        failure leaves the workshop as made and is said; it never stops the workshop."""
        if self.canvas is None and self.criteria is None:
            return
        try:
            with doc.session() as session:
                library_canvas = None
                if isinstance(self.canvas, str):
                    from desktop.core.canvas import create_canvas

                    create_canvas(session, template_key=self.canvas)
                else:
                    library_canvas = self.canvas
                if library_canvas is not None or self.criteria is not None:
                    from desktop.library.templates import apply_templates

                    apply_templates(session, library_canvas, self.criteria)
            doc.save()
        except Exception as exc:
            log.warning("the chosen templates could not be applied", exc_info=True)
            reason = exc.message() if isinstance(exc, TvaersError) else type(exc).__name__
            text = QCoreApplication.translate(
                "NewWorkshopDialog",
                "The workshop was made, but the chosen template could not be used: %1",
            )
            dialogs.show_error(parent, trf(text, reason))


def file_name_for(title: str, extension: str = EXTENSION) -> str:
    """A file name from a title, safe on Windows, macOS and Linux."""
    # "Indkøb: mentorstøtte" reads best as "Indkøb - mentorstøtte" in a file name.
    title = title.replace(": ", " - ")
    cleaned = "".join("-" if ch in FORBIDDEN_IN_NAMES or ord(ch) < 32 else ch for ch in title)
    cleaned = cleaned.strip(" .")[:80] or "Workshop"
    return cleaned + extension


def free_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2)`, `name (3)` ... if taken: never overwrite a workshop."""
    candidate = folder / name
    stem = candidate.stem
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){EXTENSION}"
        n += 1
    return candidate


class NewWorkshopDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.setMinimumWidth(520)
        self.folder = documents_dir()
        self._chosen_path: Path | None = None

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Procurement in the core business"))
        self.organisation = QLineEdit()
        self.area = QLineEdit()
        self.location = QLineEdit()
        self.day = DateField()
        self.day.setFixedWidth(self.day.minimum_width())
        self.day.set_date(date.today())
        self.starts = QTimeEdit(QTime(9, 0))
        self.ends = QTimeEdit(QTime(15, 0))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
            TypedOverSection(edit)  # a time typed after a click is the time taken
        self.facilitator = QLineEdit()
        self.where = QLabel()
        self.where.setWordWrap(True)
        change = QPushButton(self.tr("C&hange…"))
        change.clicked.connect(self._choose_path)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Area"), self.area)
        form.addRow(self.tr("&Place"), self.location)
        add_when_row(form, self.day, self.starts, self.ends)
        form.addRow(self.tr("&Facilitator"), self.facilitator)
        self.canvas_choice, self.criteria_choice = self._template_choices(form)
        where_row = QHBoxLayout()
        where_row.addWidget(self.where, 1)
        where_row.addWidget(change)
        form.addRow(self.tr("Saved as"), where_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._update)
        self._update()

    def path(self) -> Path:
        if self._chosen_path is not None:
            return self._chosen_path
        return free_path(self.folder, file_name_for(self.title.text()))

    def accept(self) -> None:
        if self.day.error() is not None:
            dialogs.show_error(
                self,
                self.tr("{reason} Correct the date, or leave it empty.").format(
                    reason=self.day.error_text()
                ),
            )
            self.day.setFocus()
            self.day.selectAll()
            return
        if self.path().exists():  # chosen with Skift…, or made there meanwhile
            self._say_taken(self.path())
            return
        super().accept()

    def _say_taken(self, path: Path) -> None:
        """A new workshop never replaces a file: said here, with all that is typed kept
        (refused after the dialog had closed, it was all lost)."""
        lang = str(getattr(self.parent(), "lang", "") or "da")  # the window's language
        dialogs.show_error(self, AlreadyExistsError(name=path.name).message(lang))

    def result_value(self) -> NewWorkshop:
        day = self.day.date()
        return NewWorkshop(
            path=self.path(),
            title=self.title.text(),
            organisation=self.organisation.text(),
            area=self.area.text(),
            location=self.location.text(),
            starts_at=day_at(day, self.starts) if day else None,
            ends_at=day_at(day, self.ends) if day else None,
            facilitator=self.facilitator.text(),
            canvas=self.canvas_choice.currentData() if self.canvas_choice else None,
            criteria=self.criteria_choice.currentData() if self.criteria_choice else None,
        )

    def _template_choices(self, form: QFormLayout) -> tuple[QComboBox | None, QComboBox | None]:
        """With a library whose copy on this computer has templates: a choice of canvas (none
        yet, the built-in ones, the library's) and of criteria (the starting ones, the
        library's). Library titles are shown as plain text (combo box items)."""
        from desktop.storage import settings

        if not settings.load_settings().library:
            return None, None
        from desktop.core.canvas_templates import available_templates
        from desktop.library.templates import CANVAS, MAKE_OR_BUY, cached_templates

        found = cached_templates()
        canvases = [t for t in found if t.kind == CANVAS]
        criteria = [t for t in found if t.kind == MAKE_OR_BUY]
        library = self.tr("Template from the library: %1")
        canvas_choice = criteria_choice = None
        if canvases:
            canvas_choice = QComboBox()
            canvas_choice.setObjectName("canvasTemplate")
            canvas_choice.addItem(
                self.tr("None yet (choose on the Needs and requirements tab)"), None
            )
            lang = str(getattr(self.parent(), "lang", "") or "da")  # the window's language
            for builtin in available_templates():
                canvas_choice.addItem(builtin.title(lang), builtin.key)
            for template in canvases:
                canvas_choice.addItem(trf(library, template.title), template)
            form.addRow(self.tr("Ca&nvas"), canvas_choice)
        if criteria:
            criteria_choice = QComboBox()
            criteria_choice.setObjectName("criteriaTemplate")
            criteria_choice.addItem(self.tr("The starting criteria"), None)
            for template in criteria:
                criteria_choice.addItem(trf(library, template.title), template)
            form.addRow(self.tr("Make-or-buy cr&iteria"), criteria_choice)
        return canvas_choice, criteria_choice

    def _update(self) -> None:
        self.where.setText(str(self.path()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def _choose_path(self) -> None:
        chosen = dialogs.ask_new_path(self, self.path())
        if chosen is not None and chosen.exists():
            self._say_taken(chosen)
        elif chosen is not None:
            self._chosen_path = chosen
            self._update()


def ask_new_workshop(parent: QWidget | None) -> NewWorkshop | None:
    dialog = NewWorkshopDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value()
