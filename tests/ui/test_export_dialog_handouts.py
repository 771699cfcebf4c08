"""The export dialog's handouts (issue 17, item 6) and the minutes' choice of glossary terms
(item 5), driven with keys as a facilitator does: Alt letters, arrow keys, Space, Enter. The
handouts are written in the background with the minutes' progress and error handling."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import glossary
from desktop.core.canvas_templates import NEEDS_MAPPING, load_template
from desktop.core.participants import add_participant
from desktop.export import handouts
from desktop.export.options import MinutesOptions
from desktop.storage.document import WorkshopDocument, create_document
from desktop.ui import export_dialog
from desktop.ui.export_dialog import (
    ExportChoice,
    MinutesDialog,
    default_options,
    export_in_background,
    export_minutes,
)
from desktop.ui.open_workshop import OpenWorkshop
from tests.journeys.delivery_steps import alt_for
from tests.journeys.real_input import Key, focused, press
from tests.ui.conftest import Answers

TITLE = "Workshop om mentorstøtte"
DAY = "2027-03-02"


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    document = create_document(
        tmp_path / "mappe" / f"{TITLE}.tvaers",
        title=TITLE,
        starts_at=datetime(2027, 3, 2, 9, 0),
        facilitator="Ida Indkøb",
    )
    with document.session() as s:
        add_participant(s, name="Jonas Jobcenter", side="domain")
        glossary.add_term(s, side="procurement", term="udbud", explanation="Når vi køber ind")
    yield document
    document.close(save=False)


@pytest.fixture
def workshop(doc: WorkshopDocument) -> OpenWorkshop:
    return OpenWorkshop(doc)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    shown: list[Path] = []

    def open_pdf(path: Path) -> bool:
        shown.append(path)
        return True

    monkeypatch.setattr(export_dialog, "open_pdf", open_pdf)
    return shown


def shown(qtbot: QtBot, dialog: MinutesDialog) -> MinutesDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.focusWidget() is not None)
    return dialog


def choose_document(dialog: MinutesDialog, key: str) -> None:
    """Alt+W (the document's label), then the arrow keys to `key`."""
    alt_for(dialog.document)
    press(Key.Key_Home)
    for _ in range(export_dialog.DOCUMENTS.index(key)):
        press(Key.Key_Down)
    assert dialog.chosen_document() == key


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


# -- the dialog --------------------------------------------------------------------------------


def test_each_handout_shows_its_own_options_and_is_named_beside_the_minutes(
    qtbot: QtBot, workshop: OpenWorkshop, doc: WorkshopDocument
) -> None:
    dialog = shown(qtbot, MinutesDialog(default_options(workshop)))
    folder = doc.path.parent
    assert focused() is dialog.section_boxes["cover"]  # the minutes are the usual choice
    assert not dialog.glossary.isHidden() and dialog.template.isHidden()

    choose_document(dialog, "glossary")
    assert dialog.sections_box.isHidden() and dialog.contacts.isHidden()
    assert not dialog.glossary.isHidden() and dialog.glossary.currentData() == "all"
    assert dialog.template.isHidden()
    assert dialog.windowTitle() == "Export handout"
    assert Path(dialog.path.text()) == folder / f"{TITLE} {DAY} Fælles sprog.pdf"

    choose_document(dialog, "worksheet")
    assert not dialog.template.isHidden() and dialog.glossary.isHidden()
    assert dialog.template.currentData() == NEEDS_MAPPING
    alt_for(dialog.template)
    press(Key.Key_Down)
    other = str(dialog.template.currentData())
    assert other != NEEDS_MAPPING
    assert Path(dialog.path.text()) == folder / f"{TITLE} {DAY} {load_template(other).title_da}.pdf"

    choose_document(dialog, "signatures")
    assert dialog.template.isHidden() and dialog.glossary.isHidden()
    assert Path(dialog.path.text()) == folder / f"{TITLE} {DAY} Underskriftsark.pdf"
    alt_for(dialog.language)
    press(Key.Key_Down)  # English
    assert Path(dialog.path.text()) == folder / f"{TITLE} {DAY} Signature sheet.pdf"
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()

    choice = dialog.choice()
    assert (choice.document, choice.options.lang) == ("signatures", "en")

    choose_document(dialog, "minutes")
    assert not dialog.sections_box.isHidden() and dialog.windowTitle() == "Export minutes"
    assert Path(dialog.path.text()) == folder / f"{TITLE} {DAY}.pdf"
    assert dialog.glossary.currentData() == "workshop"


def test_a_path_the_user_wrote_is_kept_when_the_document_changes(
    qtbot: QtBot, workshop: OpenWorkshop, tmp_path: Path
) -> None:
    dialog = shown(qtbot, MinutesDialog(default_options(workshop)))
    alt_for(dialog.path)
    qtbot.keyClicks(dialog.path, str(tmp_path / "mit ark"))

    choose_document(dialog, "signatures")

    assert dialog.choice().options.path == tmp_path / "mit ark.pdf"


def test_the_minutes_glossary_holds_the_terms_chosen_with_keys(
    qtbot: QtBot, workshop: OpenWorkshop
) -> None:
    dialog = shown(qtbot, MinutesDialog(default_options(workshop)))
    assert dialog.options().glossary == "workshop"

    alt_for(dialog.glossary)
    press(Key.Key_Down)
    assert dialog.options().glossary == "all"
    press(Key.Key_Down)
    assert dialog.options().glossary == "agreed-disputed"

    # Without the shared language in the minutes, the choice has nothing to choose.
    box = dialog.section_boxes["glossary"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked() and not dialog.glossary.isEnabled()


def test_the_dialog_speaks_danish(qtbot: QtBot, workshop: OpenWorkshop, danish: None) -> None:
    dialog = shown(qtbot, MinutesDialog(default_options(workshop)))

    items = [dialog.document.itemText(i) for i in range(dialog.document.count())]
    assert items == [
        "Referat",
        "Uddelingsark: fælles sprog (A4, to spalter)",
        "Uddelingsark: tomt arbejdsark (A3 på tværs)",
        "Uddelingsark: underskriftsark (A4)",
        "Uddelingsark: markedsdialog til offentliggørelse (A4)",
    ]
    glossary_items = [dialog.glossary.itemText(i) for i in range(dialog.glossary.count())]
    assert glossary_items == [
        "Begreber fra denne workshop",
        "Alle begreber",
        "Kun aftalte og omstridte begreber",
    ]
    choose_document(dialog, "signatures")
    assert dialog.windowTitle() == "Eksportér uddelingsark"
    assert dialog.language_label.text() == "Uddelingsarkets sp&rog"


# -- the export --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("glossary", "Shared language"),
        ("worksheet", load_template(NEEDS_MAPPING).title_en),
        ("signatures", "Signature sheet"),
    ],
)
def test_a_handout_chosen_with_keys_is_written_in_the_background_and_opened(
    qtbot: QtBot,
    workshop: OpenWorkshop,
    tmp_path: Path,
    opened: list[Path],
    answers: Answers,
    document: str,
    expected: str,
) -> None:
    out = tmp_path / f"{document}.pdf"

    def steps() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MinutesDialog):
            QTimer.singleShot(20, steps)
            return
        qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.focusWidget() is not None)
        choose_document(dialog, document)
        alt_for(dialog.language)
        press(Key.Key_End)  # English
        alt_for(dialog.path)
        dialog.path.selectAll()
        qtbot.keyClicks(dialog.path, str(out))
        press(Key.Key_Return)

    QTimer.singleShot(20, steps)
    export = export_minutes(None, workshop, "en")
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30_000) as finished:
        pass

    assert finished.args == [out, len(PdfReader(out).pages)]
    assert expected in _text(out)
    assert opened == [out]
    assert answers.errors == []


def test_a_handout_that_cannot_be_saved_is_said_in_plain_words(
    qtbot: QtBot, workshop: OpenWorkshop, tmp_path: Path, opened: list[Path], answers: Answers
) -> None:
    out = tmp_path / "findes-ikke" / "ark.pdf"
    choice = ExportChoice(MinutesOptions(path=out), document="signatures")

    export = export_in_background(None, workshop, choice, lang="da")
    with qtbot.waitSignal(export.failed, timeout=30_000):
        pass

    assert len(answers.errors) == 1
    assert "PDF-filen ark.pdf kunne ikke gemmes" in answers.errors[0]
    assert not out.exists() and opened == []


def test_a_handout_that_breaks_the_writer_is_reported_and_the_window_lives(
    qtbot: QtBot,
    workshop: OpenWorkshop,
    tmp_path: Path,
    opened: list[Path],
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_: Any) -> int:
        raise RuntimeError("reportlab did not foresee this")

    monkeypatch.setitem(handouts.HANDOUTS, "glossary", broken)
    out = tmp_path / "ud" / "ark.pdf"
    out.parent.mkdir()
    choice = ExportChoice(MinutesOptions(path=out), document="glossary")

    export = export_in_background(None, workshop, choice, lang="en")
    with qtbot.waitSignal(export.failed, timeout=30_000):
        pass

    assert answers.errors == ["The handout could not be written. The log file has the details."]
    assert list(out.parent.iterdir()) == []  # no file, not even half of one


def test_without_a_pdf_reader_the_handouts_place_is_told(
    qtbot: QtBot, workshop: OpenWorkshop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_dialog, "open_pdf", lambda _path: False)
    out = tmp_path / "ark.pdf"
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        said.append(box.text())
        (close,) = [b for b in box.buttons() if b.text() == "Close"]
        close.click()

    QTimer.singleShot(20, answer)
    choice = ExportChoice(MinutesOptions(path=out), document="worksheet")
    export = export_in_background(None, workshop, choice, lang="en")
    with qtbot.waitSignal(export.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(said))

    assert "The handout is saved, but no program on this computer opened the PDF" in said[0]
    assert str(out) in said[0]
