"""Library › Publish as template…: a steward names a template and chooses what of the open
workshop it holds (a canvas's zones with their titles, prompts and places, and/or the
make-or-buy criteria with their weights); it goes straight to the library in a worker thread
(5 s timeout) and the steward is told at once whether the library has it. Not through the
outbox: only a steward may publish templates, so a refusal must be said now, not wait in the
outbox for every later round; offline, nothing is kept and the steward publishes again later.

Loaded only when chosen: nothing of desktop.library is imported before.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from desktop.core import canvas, delivery
from desktop.core.errors import TvaersError
from desktop.core.workshop import get_workshop
from desktop.ui import dialogs
from desktop.ui.trf import trf

if TYPE_CHECKING:
    from desktop.library.templates import PublishResult
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
MAX_NAME = 200  # templates.MAX_TITLE: a longer name would be left out where it is read


@dataclass(frozen=True)
class WorkshopParts:
    """What the open workshop can give a template."""

    title: str
    canvases: list[tuple[str, str, int]]  # (id, title, number of zones), canvases with zones
    criteria: int


def workshop_parts(session: Session) -> WorkshopParts:
    canvases = []
    for made in canvas.list_canvases(session):
        zones = len(canvas.list_zones(session, canvas_id=made.id))
        if zones:
            canvases.append((made.id, made.title, zones))
    return WorkshopParts(
        get_workshop(session).title, canvases, len(delivery.list_criteria(session))
    )


class PublishTemplateDialog(QDialog):
    """The template's name, and what it holds."""

    def __init__(self, parts: WorkshopParts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishTemplateDialog")
        self.setWindowTitle(self.tr("Publish as template"))
        self.setMinimumWidth(460)
        explanation = QLabel(
            self.tr(
                "Other workshops can start from the template when they are made. A template "
                "with the same name is replaced. Only a steward can publish templates."
            )
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.name = QLineEdit(parts.title)
        self.name.setMaxLength(MAX_NAME)
        self.name.selectAll()
        self.with_canvas = QCheckBox(self.tr("The canvas's &zones"))
        self.canvas_choice = QComboBox()
        for canvas_id, title, zones in parts.canvases:
            self.canvas_choice.addItem(f"{title} ({self.tr('%n zones', '', zones)})", canvas_id)
        self.with_canvas.setEnabled(bool(parts.canvases))
        self.with_canvas.setChecked(bool(parts.canvases))
        self.canvas_choice.setEnabled(bool(parts.canvases))
        self.with_canvas.toggled.connect(self._update)
        self.with_criteria = QCheckBox(
            self.tr("The make-or-buy &criteria with their weights (%n)", "", parts.criteria)
        )
        self.with_criteria.setEnabled(bool(parts.criteria))
        self.with_criteria.setChecked(bool(parts.criteria))
        self.with_criteria.toggled.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.with_canvas, self.canvas_choice)
        form.addRow(self.with_criteria)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Publish"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()
        self.name.setFocus()  # the name first: typing replaces the title offered

    def _update(self) -> None:
        self.canvas_choice.setEnabled(self.with_canvas.isChecked())
        chosen = self.with_canvas.isChecked() or self.with_criteria.isChecked()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(chosen and bool(self.name.text().strip()))

    def choice(self) -> tuple[str, str | None, bool]:
        """(name, the canvas's id or None, with the criteria)."""
        canvas_id = self.canvas_choice.currentData() if self.with_canvas.isChecked() else None
        return self.name.text().strip(), canvas_id, self.with_criteria.isChecked()


def run_dialog(dialog: PublishTemplateDialog) -> bool:
    """Show the dialog modally; True when the steward chose to publish."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def template_rows(
    session: Session, name: str, canvas_id: str | None, with_criteria: bool
) -> list[dict[str, Any]]:
    """The server rows of what was chosen (templates.template_row)."""
    from desktop.library import templates

    rows = []
    if canvas_id is not None:
        body = templates.workshop_canvas_body(session, canvas_id)
        rows.append(templates.template_row(templates.CANVAS, name, body))
    if with_criteria:
        body = templates.workshop_criteria_body(session)
        rows.append(templates.template_row(templates.MAKE_OR_BUY, name, body))
    return rows


def run_publish(rows: list[dict[str, Any]], lang: str) -> PublishResult:
    """Publish with the configured library's settings and stored password (worker thread)."""
    from desktop.library import connection
    from desktop.library.settings import load_library
    from desktop.library.templates import PublishResult, publish_templates

    library = load_library()
    if library is None:
        return PublishResult(0, None)
    try:
        password = connection.login_password(library)  # None for single sign-on
    except TvaersError as exc:
        return PublishResult(0, exc.message(lang))
    return publish_templates(library, password, rows, lang=lang)


class TemplatePublisher(QObject):
    """Asks, publishes in a worker thread, and says what came of it."""

    done = Signal(object)  # a PublishResult (or the exception), in the GUI thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("templatePublisher")
        self.main = window
        self._thread: threading.Thread | None = None
        self.done.connect(self._finished)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def publish(self) -> bool:
        """Ask what to publish and start sending it; False when nothing was sent."""
        workshop = self.main.current
        if workshop is None or self.running:
            return False
        parts = workshop.read(workshop_parts)
        if not parts.canvases and not parts.criteria:
            dialogs.show_info(
                self.main,
                self.tr(
                    "The workshop has no canvas zones or make-or-buy criteria to publish as "
                    "a template yet."
                ),
            )
            return False
        dialog = PublishTemplateDialog(parts, self.main)
        try:
            if not run_dialog(dialog):
                return False
            name, canvas_id, with_criteria = dialog.choice()
        finally:
            dialog.deleteLater()
        from desktop.library.templates import TemplateInvalid

        try:
            rows = workshop.read(lambda s: template_rows(s, name, canvas_id, with_criteria))
        except TemplateInvalid as exc:  # e.g. a zone without a title: said, nothing sent
            dialogs.show_error(self.main, trf(self.tr("The template cannot be published: %1"), exc))
            return False
        self.start(rows)
        return True

    def start(self, rows: list[dict[str, Any]]) -> None:
        lang = self.main.lang
        done = self.done

        def work() -> None:
            try:
                result: object = run_publish(rows, lang)
            except Exception as exc:  # never a crash in the thread: said in a message
                log.warning("template publish failed", exc_info=True)
                result = exc
            try:
                done.emit(result)
            except RuntimeError:  # the window closed meanwhile: nobody to tell
                log.info("template publish finished after its window closed")

        self.main.statusBar().showMessage(self.tr("Library: publishing the template…"), 15_000)
        self._thread = threading.Thread(target=work, name="library-template", daemon=True)
        self._thread.start()

    def _finished(self, result: object) -> None:
        self.main.statusBar().clearMessage()
        error = getattr(result, "error", None)
        if isinstance(result, Exception):
            error = trf(self.tr("The template could not be published: %1"), type(result).__name__)
        if error:
            dialogs.show_error(self.main, str(error))
            return
        dialogs.show_info(
            self.main,
            self.tr(
                "The template is in the library. New workshops can start from it once the "
                "library has been synced."
            ),
        )


def publisher(window: MainWindow) -> TemplatePublisher:
    """The window's one publisher (made when first asked)."""
    found = window.findChild(TemplatePublisher, "templatePublisher")
    return found if found is not None else TemplatePublisher(window)


def publish_template(window: MainWindow) -> bool:
    return publisher(window).publish()
