"""Every question the app asks the user, each behind a small function.

Tests monkeypatch these functions: an unpatched `exec()` would wait for a click
that never comes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.core.errors import TvaersError
from desktop.storage.backups import Backup
from desktop.storage.errors import LockedError
from desktop.storage.paths import EXTENSION, documents_dir

if TYPE_CHECKING:
    from desktop.core.canvas import CanvasContents
    from desktop.core.delivery import NoteRef
    from desktop.core.starter_vocabularies import StarterVocabulary
    from desktop.ui.exercise_timer_dialog import TimerChoice
    from desktop.ui.open_workshop import OpenWorkshop
    from desktop.ui.signoff_tab.sign_off_dialog import Approver, SignOffAnswer

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def _filter() -> str:
    return translate("dialogs", "Tværs workshops (*.tvaers);;All files (*)")


def ask_open_path(parent: QWidget | None) -> Path | None:
    start = documents_dir() if documents_dir().is_dir() else Path.home()
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("dialogs", "Open workshop"), str(start), _filter()
    )
    return Path(chosen) if chosen else None


def ask_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    return _ask_workshop_path(parent, suggested, QFileDialog.Option(0))


def ask_new_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where a new workshop goes. The picker does not offer to replace a file there: a new
    workshop never replaces one (its dialog says so and stays open)."""
    return _ask_workshop_path(parent, suggested, QFileDialog.Option.DontConfirmOverwrite)


def _ask_workshop_path(
    parent: QWidget | None, suggested: Path, options: QFileDialog.Option
) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("dialogs", "Save workshop as"),
        str(suggested),
        _filter(),
        options=options,
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix == EXTENSION else path.with_name(path.name + EXTENSION)


def _csv_filter() -> str:
    return translate("dialogs", "CSV files (*.csv);;All files (*)")


def ask_csv_open_path(parent: QWidget | None, folder: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("dialogs", "Import terms from CSV"), str(folder), _csv_filter()
    )
    return Path(chosen) if chosen else None


def ask_csv_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("dialogs", "Export glossary as CSV"), str(suggested), _csv_filter()
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, translate("dialogs", "Tværs"), message)


def show_info(parent: QWidget | None, message: str) -> None:
    QMessageBox.information(parent, translate("dialogs", "Tværs"), message)


def ask_recover(parent: QWidget | None, message: str) -> bool | None:
    """True: recover the changes; False: open the last saved version (the changes go to the
    backups); None: Esc or Annuller, nothing opens and nothing is decided. Esc chose the
    saved version, and a facilitator dismissing the question lost sight of the changes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("dialogs", "Recover unsaved changes"),
        message,
        parent=parent,
    )
    recover = box.addButton(
        translate("dialogs", "Recover changes"), QMessageBox.ButtonRole.AcceptRole
    )
    saved = box.addButton(
        translate("dialogs", "Open last saved version"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(recover)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is recover else False if clicked is saved else None


def ask_locked(parent: QWidget | None, error: LockedError, lang: str) -> str | None:
    """'read_only', 'take_over' or None (cancel)."""
    text = error.message(lang)
    if error.stale:
        text += "\n\n" + translate(
            "dialogs",
            "It looks as if that session has ended without closing the file. If you are sure "
            "nobody is working in it, you can take it over.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("dialogs", "The workshop is in use"),
        text,
        parent=parent,
    )
    read_only = box.addButton(
        translate("dialogs", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    take_over = None
    if error.stale:
        take_over = box.addButton(
            translate("dialogs", "Take over"), QMessageBox.ButtonRole.DestructiveRole
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return "read_only"
    if take_over is not None and clicked is take_over:
        return "take_over"
    return None


def ask_backup(parent: QWidget | None, backups: list[Backup]) -> Path | None:
    from desktop.ui.backup_dialog import ask_backup as ask  # when each is from: see there

    return ask(parent, backups)


def ask_starter_vocabulary(
    parent: QWidget | None, vocabularies: list[StarterVocabulary], lang: str
) -> StarterVocabulary | None:
    labels = []
    for v in vocabularies:
        label = translate("dialogs", "{title} ({count} terms)").format(
            title=v.title_da if lang == "da" else v.title_en, count=len(v.terms)
        )
        checked = v.checked_label("da" if lang == "da" else "en")
        labels.append(f"{label} – {checked}" if checked else label)
    label, ok = QInputDialog.getItem(
        parent,
        translate("dialogs", "Add starter vocabulary"),
        translate(
            "dialogs",
            "Choose an area. Its terms are added to the glossary; terms the workshop already "
            "has are skipped.",
        ),
        labels,
        0,
        False,
    )
    return vocabularies[labels.index(label)] if ok and label in labels else None


def confirm(parent: QWidget | None, title: str, message: str) -> bool:
    answer = QMessageBox.question(parent, title, message)
    return answer == QMessageBox.StandardButton.Yes


def error_text(error: TvaersError, lang: str) -> str:
    return error.message(lang)


def ask_canvas_title(parent: QWidget | None, current: str) -> str | None:
    """The new title of a canvas; None if the user cancels or leaves it empty."""
    title, ok = QInputDialog.getText(
        parent,
        translate("dialogs", "Rename canvas"),
        translate("dialogs", "New title of the canvas:"),
        text=current,
    )
    return title if ok and title.strip() else None


def ask_voting_round(
    parent: QWidget | None,
    contents: CanvasContents,
    draft: dict[str, int] | None = None,
    keep: Callable[[dict[str, int]], object] | None = None,
) -> dict[str, int] | None:
    """The votes changed in a voting round on the canvas (note id -> votes); None if
    cancelled. `draft` and `keep`: see VotingRoundDialog."""
    from desktop.ui.canvas_tab.voting_round import VotingRoundDialog

    dialog = VotingRoundDialog(contents, parent, draft=draft, keep=keep)
    try:
        dialog.exec()
        return dialog.outcome()
    finally:
        dialog.deleteLater()


def ask_sign_off(
    parent: QWidget | None,
    approvers: list[Approver],
    decision_title: str,
    preset: SignOffAnswer | None = None,
) -> SignOffAnswer | None:
    """Who signs the decision, with what outcome, comment and time; None if cancelled."""
    from desktop.ui.signoff_tab.sign_off_dialog import SignOffDialog

    dialog = SignOffDialog(approvers, decision_title, preset, parent)
    return dialog.answer() if dialog.exec() == SignOffDialog.DialogCode.Accepted else None


def ask_cpv_code(parent: QWidget | None, current: str, lang: str) -> str | None:
    """A CPV code chosen from the shipped list (with its check digit); None if cancelled."""
    from desktop.ui.delivery_tab.cpv_dialog import CpvDialog

    dialog = CpvDialog(current, lang, parent)
    return dialog.chosen_code() if dialog.exec() == CpvDialog.DialogCode.Accepted else None


def ask_needs_to_link(
    parent: QWidget | None, notes: list[NoteRef], linked: set[str]
) -> list[str] | None:
    """The notes newly ticked to link to a card; None if cancelled."""
    from desktop.ui.delivery_tab.needs_dialog import NeedsDialog

    dialog = NeedsDialog(notes, linked, parent)
    return dialog.chosen() if dialog.exec() == NeedsDialog.DialogCode.Accepted else None


def show_criteria(parent: QWidget | None, workshop: OpenWorkshop) -> None:
    """The criteria and their weights; every change is pushed as it is made."""
    from desktop.ui.delivery_tab.criteria_panel import CriteriaDialog

    CriteriaDialog(workshop, parent).exec()


def ask_exercise_timer(parent: QWidget | None, label: str, lang: str) -> TimerChoice | None:
    """A typed time and the exercise's name (offered: `label`); None if cancelled."""
    from desktop.ui.exercise_timer_dialog import TimerDialog

    dialog = TimerDialog(label, lang, parent)
    return dialog.choice() if dialog.exec() == TimerDialog.DialogCode.Accepted else None


def ask_exercise_label(parent: QWidget | None, current: str) -> str | None:
    """A new name for the running countdown ("" for none); None if cancelled."""
    from desktop.ui.exercise_timer_dialog import exercise_names

    names = exercise_names()
    label, ok = QInputDialog.getItem(
        parent,
        translate("dialogs", "Name the exercise"),
        translate("dialogs", "Shown with the countdown:"),
        [current, *[n for n in names if n != current]] if current else ["", *names],
        0,
        True,
    )
    return label.strip() if ok else None
