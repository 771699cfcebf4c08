"""The window around the tabs: start screen, opening, refusals, locks, recovery, saved state."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import install_excepthook
from desktop.core import participants
from desktop.storage import settings
from desktop.ui import open_workshop
from desktop.ui.main_window import MainWindow
from tests.conftest import copy_workshop
from tests.ui.conftest import Answers, new_workshop_answer


def _demo(demo_file: Path, tmp_path: Path) -> Path:
    return copy_workshop(demo_file, tmp_path / "Demo workshop.tvaers")


def test_start_screen_lists_recent_workshops(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    assert window.start.recent_list.count() == 0
    assert window.start.no_recent.isVisibleTo(window)
    path = _demo(demo_file, tmp_path)
    assert window.open_path(path)
    assert window.close_workshop()
    assert window.start.recent_list.count() == 1
    item = window.start.recent_list.item(0)
    assert "Demo workshop" in item.text()
    assert settings.load_settings().recent == [str(path)]
    window.start.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
    assert window.current is not None and window.current.document.path == path


def test_refused_file_shows_plain_message_and_window_stays_usable(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    bogus = tmp_path / "indkøbsliste.tvaers"
    bogus.write_text("ikke en workshop", encoding="utf-8")
    before = bogus.read_bytes()
    assert not window.open_path(bogus)
    assert len(answers.errors) == 1
    assert "ikke en Tværs-workshop" in answers.errors[0]
    assert "Traceback" not in answers.errors[0]
    assert bogus.read_bytes() == before
    assert window.pages.currentWidget() is window.start
    assert window.open_path(_demo(demo_file, tmp_path))  # still usable


def test_missing_file_from_recent_list_is_explained(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    assert not window.open_path(tmp_path / "væk.tvaers")
    assert "findes ikke" in answers.errors[0]


def test_title_and_status_bar_show_whether_everything_is_saved(
    window: MainWindow, answers: Answers, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(open_workshop, "AUTOSAVE_QUIET_MS", 50)
    answers.new_workshop = new_workshop_answer()
    window.new_workshop()
    assert window.current is not None and window.workshop_tab is not None
    assert not window.isWindowModified()
    window.workshop_tab.add_participant()
    assert window.isWindowModified()
    assert window.save_state.text() == "Ændringer er ikke gemt endnu"
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=3000)  # autosave
    assert window.save_state.text() == "Alt er gemt"
    window.workshop_tab.add_action()
    assert window.save()
    assert not window.isWindowModified()


def test_ctrl_s_saves(window: MainWindow, answers: Answers, qtbot: QtBot) -> None:
    answers.new_workshop = new_workshop_answer()
    window.new_workshop()
    assert window.current is not None and window.workshop_tab is not None
    window.workshop_tab.add_participant()
    assert window.current.is_dirty
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.current.is_dirty


def test_save_as_continues_in_new_file(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    assert window.open_path(_demo(demo_file, tmp_path))
    answers.save_path = tmp_path / "kopi" / "Min kopi.tvaers"
    answers.save_path.parent.mkdir()
    assert window.save_as()
    assert window.current is not None
    assert window.current.document.path == answers.save_path
    assert answers.save_path.exists()
    assert window.path_label.text() == str(answers.save_path)


def test_read_only_workshop_cannot_be_edited(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = _demo(demo_file, tmp_path)
    assert window.open_path(path, read_only=True)
    tab = window.workshop_tab
    assert tab is not None and window.current is not None
    assert not tab.participants.add_button.isEnabled()
    assert tab.details.title.isReadOnly()
    model = tab.participant_model
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(model.index(0, 0), "Ændret", Qt.ItemDataRole.EditRole)
    assert "skrivebeskyttet" in window.windowTitle()
    assert not window.backup_action.isEnabled()


LOCK_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from desktop.storage.document import open_document
    doc = open_document(Path(sys.argv[1]))
    print("OPEN", flush=True)
    time.sleep(60)
    """
)


def test_workshop_open_elsewhere_offers_read_only(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = _demo(demo_file, tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "OPEN"
        answers.locked = "read_only"
        assert window.open_path(path)
        assert window.current is not None and window.current.read_only
        window.close_workshop()
        answers.locked = None
        assert not window.open_path(path)
        assert window.current is None
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_unsaved_edits_after_a_crash_are_offered_and_recovered(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = _demo(demo_file, tmp_path)
    crash = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        from desktop.core.participants import add_participant
        from desktop.storage.document import open_document
        doc = open_document(Path(sys.argv[1]))
        with doc.session() as s:
            add_participant(s, name="Efter nedbruddet")
        os._exit(9)  # dies without saving or closing
        """
    )
    subprocess.run([sys.executable, "-c", crash, str(path)], env=dict(os.environ), check=False)
    window._refresh_start()
    assert window.start.recovery_box.isVisibleTo(window)
    assert window.start.recovery_list.count() == 1
    answers.recover = True
    window.start.recovery_chosen.emit(path)
    assert window.current is not None
    names = window.current.read(lambda s: [p.name for p in participants.list_participants(s)])
    assert "Efter nedbruddet" in names
    assert window.current.is_dirty  # recovered edits will be written by the next save
    assert window.close_workshop()
    assert not window.start.recovery_box.isVisibleTo(window)


def test_restore_backup_brings_back_an_earlier_version(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    assert window.open_path(_demo(demo_file, tmp_path))
    tab = window.workshop_tab
    assert tab is not None and window.current is not None
    before = tab.participant_model.rowCount()
    tab.add_participant()
    assert window.save()  # the demo as written goes to the backups
    from desktop.storage.backups import list_backups

    backups = list_backups(window.current.document.path)
    answers.backup = backups[0].path  # newest: the version my save replaced
    window.restore_backup()
    assert tab.participant_model.rowCount() == before
    assert not window.current.undo_stack.canUndo()


def test_unexpected_error_is_logged_and_shown_plainly(
    window: MainWindow, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_path = tmp_path / "tvaers.log"
    install_excepthook(window, "da", log_path)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(answers.errors) == 1
    assert "uventet fejl" in answers.errors[0]
    assert "arbejdskopien" in answers.errors[0]
    assert str(log_path) in answers.errors[0]
    assert "Traceback" not in answers.errors[0] and "boom" not in answers.errors[0]


def test_closing_the_window_saves_and_releases_the_workshop(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = _demo(demo_file, tmp_path)
    window.open_path(path)
    assert window.workshop_tab is not None
    window.workshop_tab.add_participant()
    window.close()
    assert window.current is None
    assert not (path.parent / f".~{path.name}.lock").exists()
    from desktop.storage.document import open_document

    doc = open_document(path)
    with doc.session() as s:
        assert "Ny deltager" in [p.name for p in participants.list_participants(s)]
    doc.close()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_plain_message(
    window: MainWindow, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(window, "da", tmp_path / "tvaers.log")

    def broken() -> None:
        raise ValueError("inde i en slot")

    window.about_action.triggered.disconnect()
    window.about_action.triggered.connect(broken)
    window.about_action.trigger()  # Qt calls the slot; the error must not vanish or crash
    assert len(answers.errors) == 1
    assert "uventet fejl" in answers.errors[0]
    assert window.isVisible()


def test_create_service_from_a_note_links_it_and_marks_the_note_covered(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMenu

    from desktop.core import canvas, delivery

    assert window.open_path(_demo(demo_file, tmp_path))
    assert window.current is not None and window.canvas_tab is not None
    note_id = window.current.read(
        lambda s: next(
            n.id
            for c in canvas.list_canvases(s)
            for n in canvas.list_notes(s, canvas_id=c.id)
            if n.text.startswith("Vi starter med kontrakten")
        )
    )
    menu = QMenu()
    window.canvas_tab.note_context_actions.emit(note_id, menu)
    action = next(a for a in menu.actions() if a.text() == "Opret ydelse fra note")
    action.trigger()
    covering = window.current.read(lambda s: delivery.services_covering_note(s, note_id))
    assert len(covering) == 1
    assert window.tabs is not None and window.tabs.currentWidget() is window.delivery_tab
    canvas_id = window.current.read(lambda s: canvas.get_note(s, note_id=note_id).canvas_id)
    contents = window.current.read(lambda s: canvas.canvas_contents(s, canvas_id=canvas_id))
    assert next(n for n in contents.notes if n["id"] == note_id)["services"] == 1
    window.undo_action.trigger()
    assert window.current.read(lambda s: delivery.services_covering_note(s, note_id)) == []


def test_ctrl_p_exports_the_minutes_in_the_background(
    demo_file: Path,
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.export.options import MinutesOptions
    from desktop.ui import export_dialog

    target = tmp_path / "referat.pdf"
    monkeypatch.setattr(
        export_dialog,
        "ask_export",
        lambda _p, _d, _lang: export_dialog.ExportChoice(
            MinutesOptions(path=target, open_afterwards=False)
        ),
    )
    assert not window.export_action.isEnabled()  # nothing open yet
    assert window.open_path(_demo(demo_file, tmp_path))
    assert window.export_action.isEnabled()
    assert window.export_action.shortcut().toString() == "Ctrl+P"
    window.export_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and not export_dialog.is_exporting(), timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_hidden_tabs_refresh_when_shown_not_on_every_edit(
    demo_file: Path,
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_path(_demo(demo_file, tmp_path))
    assert window.tabs is not None and window.glossary_tab is not None
    assert window.workshop_tab is not None
    calls: list[str] = []
    original = window.glossary_tab.refresh
    monkeypatch.setattr(window.glossary_tab, "refresh", lambda: (calls.append("g"), original()))
    window.workshop_tab.add_participant()  # the Workshop tab is on screen
    assert calls == []
    assert window.workshop_tab.participant_model.rowCount() == 9  # the visible tab is fresh
    window.tabs.setCurrentWidget(window.glossary_tab)
    assert calls == ["g"]
    assert "Ny deltager" in window.glossary_tab._names.values()


def test_opening_builds_the_workshop_tab_and_each_other_tab_when_first_shown(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    assert window.open_path(_demo(demo_file, tmp_path))
    assert window.tabs is not None
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert list(window._built) == ["workshop"]  # issue 9: the workshop on screen sooner
    window.tabs.setCurrentIndex(2)
    assert list(window._built) == ["workshop", "canvas"]
    shown = window.tabs.currentWidget()
    assert shown is window.canvas_tab and shown.objectName() == "canvas"
    assert window.tabs.currentIndex() == 2
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
    assert window.canvas_tab.notes_model.rowCount() > 0  # it shows the workshop
    delivery = window.delivery_tab  # asked for by name: built, not shown
    assert delivery is not None and window.tabs.currentIndex() == 2
    assert window.tabs.widget(3) is delivery
