"""The "Eksportér referat…" dialog and the export behind it: choices, defaults, a PDF written
in the background while the window keeps responding, progress, cancel, errors."""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core import glossary
from desktop.core.participants import add_participant
from desktop.export import minutes
from desktop.export.options import MinutesOptions
from desktop.storage.document import WorkshopDocument, create_document
from desktop.ui import export_dialog
from desktop.ui.export_dialog import (
    ExportChoice,
    MinutesDialog,
    ask_minutes_options,
    default_options,
    export_minutes,
    export_minutes_in_background,
)
from desktop.ui.open_workshop import OpenWorkshop
from tests.ui.conftest import Answers

TITLE = "Workshop om mentorstøtte"


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    document = create_document(
        tmp_path / "mappe" / f"{TITLE}.tvaers",
        title=TITLE,
        starts_at=datetime(2027, 3, 2, 9, 0),
        facilitator="Ida Indkøb",
    )
    with document.session() as s:
        add_participant(s, name="Jonas Jobcenter", side="domain", email="jonas@x.example")
        glossary.add_term(s, side="procurement", term="udbud", explanation="Når <vi> & de køber")
    yield document
    document.close(save=False)


@pytest.fixture
def workshop(doc: WorkshopDocument) -> OpenWorkshop:
    return OpenWorkshop(doc)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """PDFs 'shown in the system viewer'."""
    shown: list[Path] = []

    def open_pdf(path: Path) -> bool:
        shown.append(path)
        return True  # a PDF reader took it

    monkeypatch.setattr(export_dialog, "open_pdf", open_pdf)
    return shown


def ok_button(dialog: MinutesDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


# -- the dialog -------------------------------------------------------------------------------


def test_defaults_are_every_section_no_contacts_beside_the_workshop(
    qtbot: QtBot, workshop: OpenWorkshop, doc: WorkshopDocument
) -> None:
    options = default_options(workshop)

    assert options.sections == tuple(minutes.SECTIONS)
    assert options.lang == "da"
    assert options.include_contacts is False
    assert options.open_afterwards is True
    assert options.path == doc.path.with_name(f"{TITLE} 2027-03-02.pdf")


def test_the_dialog_shows_the_defaults(qtbot: QtBot, workshop: OpenWorkshop) -> None:
    dialog = MinutesDialog(default_options(workshop))
    qtbot.addWidget(dialog)

    assert list(dialog.section_boxes) == list(minutes.SECTIONS)
    assert all(box.isChecked() for box in dialog.section_boxes.values())
    assert dialog.language.currentData() == "da"
    assert not dialog.contacts.isChecked()
    assert dialog.open_afterwards.isChecked()
    assert dialog.path.text().endswith(f"{TITLE} 2027-03-02.pdf")
    assert ok_button(dialog).isEnabled()


def test_sections_are_named_in_danish(qtbot: QtBot, danish: None) -> None:
    dialog = MinutesDialog(MinutesOptions(path=Path("referat.pdf")))
    qtbot.addWidget(dialog)

    labels = [box.text() for box in dialog.section_boxes.values()]
    assert labels == [
        "Forside: titel, tid, sted og formål",
        "Deltagere",
        "Fælles sprog",
        "Rodproblemer og behov (lærrederne)",
        "Leveringsmodel",
        "Kontrakter og udbudskalender",
        "Business case og økonomisk råderum",
        "Markedsdialog",
        "Beslutninger og godkendelser",
        "Opfølgningspunkter",
    ]
    assert dialog.windowTitle() == "Eksportér referat"


def test_the_choices_become_the_options(qtbot: QtBot, workshop: OpenWorkshop) -> None:
    dialog = MinutesDialog(default_options(workshop))
    qtbot.addWidget(dialog)

    dialog.section_boxes["glossary"].setChecked(False)
    dialog.section_boxes["needs"].setChecked(False)
    dialog.section_boxes["contracts"].setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.contacts.setChecked(True)
    dialog.open_afterwards.setChecked(False)
    dialog.path.setText("/tmp/et andet sted/referat")

    options = dialog.options()
    assert options.sections == (
        "cover",
        "participants",
        "delivery",
        "business_case",
        "dialogue",
        "decisions",
        "actions",
    )
    assert options.lang == "en"
    assert options.include_contacts
    assert not options.open_afterwards
    assert options.path == Path("/tmp/et andet sted/referat.pdf")


def test_export_needs_a_section_and_a_place(qtbot: QtBot, workshop: OpenWorkshop) -> None:
    dialog = MinutesDialog(default_options(workshop))
    qtbot.addWidget(dialog)

    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not ok_button(dialog).isEnabled()
    dialog.section_boxes["actions"].setChecked(True)
    assert ok_button(dialog).isEnabled()
    dialog.path.setText("  ")
    assert not ok_button(dialog).isEnabled()


def test_choose_asks_for_a_pdf_path(
    qtbot: QtBot, workshop: OpenWorkshop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[Path] = []

    def ask(_parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / "valgt.pdf"

    monkeypatch.setattr(export_dialog, "ask_pdf_path", ask)
    dialog = MinutesDialog(default_options(workshop))
    qtbot.addWidget(dialog)

    dialog._choose_path()

    assert asked == [default_options(workshop).path]
    assert dialog.options().path == tmp_path / "valgt.pdf"


@pytest.mark.parametrize(
    ("answer", "expected"), [(QDialog.DialogCode.Rejected, None), (QDialog.DialogCode.Accepted, 1)]
)
def test_ask_minutes_options_is_none_when_cancelled(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: QDialog.DialogCode, expected: int | None
) -> None:
    monkeypatch.setattr(MinutesDialog, "exec", lambda _self: answer)
    defaults = MinutesOptions(sections=("actions",), path=Path("r.pdf"))

    chosen = ask_minutes_options(None, defaults)

    assert (chosen is None) == (expected is None)
    if chosen is not None:
        assert chosen.sections == ("actions",)


# -- the export -----------------------------------------------------------------------------


def test_export_writes_the_pdf_in_the_background_and_opens_it(
    qtbot: QtBot, workshop: OpenWorkshop, tmp_path: Path, opened: list[Path], answers: Answers
) -> None:
    out = tmp_path / "referat.pdf"
    options = MinutesOptions(path=out, lang="da")

    export = export_minutes_in_background(None, workshop, options, lang="da")
    with qtbot.waitSignal(export.finished, timeout=30_000) as finished:
        pass

    assert finished.args == [out, len(PdfReader(out).pages)]
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Når <vi> & de køber" in " ".join(text.split())
    assert opened == [out]
    assert answers.errors == []
    assert not export.progress.isVisible()  # a quick export shows no progress bar


def test_no_garbage_is_collected_in_the_export_thread(
    qtbot: QtBot, workshop: OpenWorkshop, tmp_path: Path, opened: list[Path]
) -> None:
    """The cycle collector would destroy Qt objects in the worker thread (a crash): it is
    never automatic in the app, and collects on a timer in the GUI thread (ui/collector.py)."""
    seen_in_worker: list[bool] = []
    original = export_dialog._ExportThread.run

    def run(self: export_dialog._ExportThread) -> None:
        seen_in_worker.append(gc.isenabled())
        original(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export_dialog._ExportThread, "run", run)
        export = export_minutes_in_background(
            None, workshop, MinutesOptions(path=tmp_path / "r.pdf", lang="da"), lang="da"
        )
        assert not gc.isenabled()
        with qtbot.waitSignal(export.finished, timeout=30_000):
            pass
    assert seen_in_worker == [False]
    assert not gc.isenabled()


@pytest.fixture
def no_pdf_reader(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A computer where nothing opens a PDF or a folder: openUrl says False."""
    asked: list[str] = []

    def open_url(url: Any) -> bool:
        asked.append(url.toLocalFile())
        return False

    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", open_url)
    return asked


def _answer_message(qtbot: QtBot, button_text: str, said: list[str]) -> None:
    """When the message box is up, keep its text and click the button named."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        said.append(box.text())
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(20, answer)


@pytest.mark.parametrize("choice", ["Copy path", "Open folder"])
def test_without_a_pdf_reader_the_user_is_told_where_the_file_is(
    qtbot: QtBot,
    workshop: OpenWorkshop,
    tmp_path: Path,
    no_pdf_reader: list[str],
    answers: Answers,
    choice: str,
) -> None:
    """Before, nothing was said: the person did not know the minutes had been written."""
    out = tmp_path / "mappe med æ" / "referat.pdf"
    out.parent.mkdir()
    QApplication.clipboard().clear()
    said: list[str] = []
    _answer_message(qtbot, choice, said)

    export = export_minutes_in_background(None, workshop, MinutesOptions(path=out), lang="en")
    with qtbot.waitSignal(export.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(said))

    assert out.is_file()
    assert str(out) in said[0]
    assert "no program on this computer opened the PDF file" in said[0]
    assert QApplication.clipboard().text() == str(out)
    if choice == "Copy path":
        assert no_pdf_reader == [str(out)]
        assert answers.infos == []
    else:  # the folder would not open either: the path is copied, and the user told so
        assert no_pdf_reader == [str(out), str(out.parent)]
        assert answers.infos and "path is copied" in answers.infos[0]


def test_the_pdf_is_not_opened_when_unticked(
    qtbot: QtBot, workshop: OpenWorkshop, tmp_path: Path, opened: list[Path]
) -> None:
    options = MinutesOptions(path=tmp_path / "r.pdf", open_afterwards=False)

    export = export_minutes_in_background(None, workshop, options, lang="da")
    with qtbot.waitSignal(export.finished, timeout=30_000):
        pass

    assert (tmp_path / "r.pdf").exists()
    assert opened == []


def _slow_writer(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Minutes that take `seconds`, reporting progress as they go (as a big workshop does)."""
    real = minutes.write_minutes

    def slow(data: Any, options: Any, out: Any, *, progress: Any = None) -> int:
        steps = 30
        for step in range(steps):
            time.sleep(seconds / steps)
            if progress is not None:
                progress(step / steps)
        return real(data, options, out, progress=progress)

    monkeypatch.setattr(minutes, "write_minutes", slow)


def test_the_window_keeps_responding_and_a_progress_bar_shows_for_a_long_export(
    qtbot: QtBot,
    workshop: OpenWorkshop,
    tmp_path: Path,
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _slow_writer(monkeypatch, 1.6)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)

    export = export_minutes_in_background(
        None, workshop, MinutesOptions(path=tmp_path / "r.pdf"), lang="da"
    )
    qtbot.waitUntil(export.progress.isVisible, timeout=5_000)
    with qtbot.waitSignal(export.finished, timeout=30_000):
        pass
    timer.stop()

    assert len(ticks) > 30  # the event loop ran all the while
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5
    assert not export.progress.isVisible()
    assert opened == [tmp_path / "r.pdf"]


def test_cancel_stops_the_export_and_leaves_no_file(
    qtbot: QtBot,
    workshop: OpenWorkshop,
    tmp_path: Path,
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    _slow_writer(monkeypatch, 3.0)
    out = tmp_path / "r.pdf"

    export = export_minutes_in_background(None, workshop, MinutesOptions(path=out), lang="da")
    qtbot.waitUntil(export.progress.isVisible, timeout=5_000)
    cancel = export.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(export.cancelled, timeout=30_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    assert not out.exists()
    assert list(tmp_path.glob(".r.pdf.*")) == []
    assert opened == [] and answers.errors == []


def test_a_pdf_that_cannot_be_saved_is_reported_in_the_users_language(
    qtbot: QtBot, workshop: OpenWorkshop, tmp_path: Path, opened: list[Path], answers: Answers
) -> None:
    out = tmp_path / "findes-ikke" / "r.pdf"

    export = export_minutes_in_background(None, workshop, MinutesOptions(path=out), lang="da")
    with qtbot.waitSignal(export.failed, timeout=30_000):
        pass

    assert len(answers.errors) == 1
    assert "PDF-filen r.pdf kunne ikke gemmes" in answers.errors[0]
    assert opened == []


def test_export_minutes_asks_then_exports_one_at_a_time(
    qtbot: QtBot,
    workshop: OpenWorkshop,
    tmp_path: Path,
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choices: list[ExportChoice | None] = [None]
    monkeypatch.setattr(export_dialog, "ask_export", lambda _p, _d, _lang: choices[-1])

    assert export_minutes(None, workshop, "da") is None  # cancelled in the dialog

    _slow_writer(monkeypatch, 1.0)
    choices.append(ExportChoice(MinutesOptions(sections=("actions",), path=tmp_path / "r.pdf")))
    running = export_minutes(None, workshop, "da")
    assert running is not None
    assert export_minutes(None, workshop, "da") is None  # one export at a time
    with qtbot.waitSignal(running.finished, timeout=30_000):
        pass
    assert len(PdfReader(tmp_path / "r.pdf").pages) == 1
    export_dialog.wait_for_exports()
    assert not export_dialog.is_exporting()
