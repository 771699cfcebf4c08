"""The Workshop tab as a facilitator uses it: details, participants, actions, undo, reopen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core import actions, participants, workshop
from desktop.ui import typing_buffer
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Answers, new_workshop_answer


def _create(window: MainWindow, answers: Answers, title: str = "Workshop om mentorstøtte") -> None:
    answers.new_workshop = new_workshop_answer(title)
    assert window.new_workshop()
    assert window.workshop_tab is not None


def _stored_participants(window: MainWindow) -> list[dict[str, object]]:
    assert window.current is not None
    return window.current.read(
        lambda s: [p.model_dump() for p in participants.list_participants(s)]
    )


def _stored_actions(window: MainWindow) -> list[dict[str, object]]:
    assert window.current is not None
    return window.current.read(lambda s: [a.model_dump() for a in actions.list_actions(s)])


def test_new_workshop_is_saved_in_documents_folder(window: MainWindow, answers: Answers) -> None:
    _create(window, answers)
    assert window.current is not None
    path = window.current.document.path
    assert path.exists()
    assert path.parent.name == "Tværs"
    assert window.workshop_tab is not None
    assert window.workshop_tab.details.title.text() == "Workshop om mentorstøtte"
    assert "Workshop om mentorstøtte" in window.windowTitle()
    assert window.save_state.text() == "Alt er gemt"


def test_add_rename_delete_participant_with_undo_and_redo(
    window: MainWindow, answers: Answers, qtbot: QtBot
) -> None:
    _create(window, answers)
    tab = window.workshop_tab
    assert tab is not None
    qtbot.mouseClick(tab.participants.add_button, Qt.MouseButton.LeftButton)
    assert [p["name"] for p in _stored_participants(window)] == ["Ny deltager"]

    model = tab.participant_model
    assert model.setData(model.index(0, 0), "Kim Kontrakt", Qt.ItemDataRole.EditRole)
    assert _stored_participants(window)[0]["name"] == "Kim Kontrakt"
    assert window.undo_action.text() == "Fortryd: Omdøb deltager"

    side_column = [c.field for c in model.columns].index("side")
    model.setData(model.index(0, side_column), "procurement", Qt.ItemDataRole.EditRole)
    assert _stored_participants(window)[0]["side"] == "procurement"
    assert model.data(model.index(0, side_column)) == "Indkøb"

    tab.participants.select_id(model.row_id(0))
    qtbot.mouseClick(tab.participants.delete_button, Qt.MouseButton.LeftButton)
    assert _stored_participants(window) == []
    assert window.undo_action.text() == "Fortryd: Slet deltager"

    window.undo_action.trigger()  # delete undone: same person, same id
    assert [(p["name"], p["side"]) for p in _stored_participants(window)] == [
        ("Kim Kontrakt", "procurement")
    ]
    window.undo_action.trigger()  # side
    window.undo_action.trigger()  # rename
    assert [(p["name"], p["side"]) for p in _stored_participants(window)] == [
        ("Ny deltager", "other")
    ]
    window.undo_action.trigger()  # add
    assert _stored_participants(window) == []
    assert model.rowCount() == 0

    for _ in range(3):
        window.redo_action.trigger()
    assert [(p["name"], p["side"]) for p in _stored_participants(window)] == [
        ("Kim Kontrakt", "procurement")
    ]
    assert window.redo_action.text() == "Gentag: Slet deltager"
    window.redo_action.trigger()
    assert _stored_participants(window) == []


def test_present_checkbox_is_an_undoable_edit(window: MainWindow, answers: Answers) -> None:
    _create(window, answers)
    tab = window.workshop_tab
    assert tab is not None
    tab.add_participant()
    model = tab.participant_model
    present = [c.field for c in model.columns].index("present")
    index = model.index(0, present)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert _stored_participants(window)[0]["present"] is False
    window.undo_action.trigger()
    assert _stored_participants(window)[0]["present"] is True


def test_add_edit_delete_action_with_undo_and_redo(window: MainWindow, answers: Answers) -> None:
    _create(window, answers)
    tab = window.workshop_tab
    assert tab is not None
    tab.add_action()
    model = tab.action_model
    fields = [c.field for c in model.columns]
    model.setData(model.index(0, fields.index("what")), "Send referatet", Qt.ItemDataRole.EditRole)
    model.setData(model.index(0, fields.index("owner")), "Ida Indkøb", Qt.ItemDataRole.EditRole)
    model.setData(model.index(0, fields.index("due")), QDate(2027, 3, 9), Qt.ItemDataRole.EditRole)
    model.setData(model.index(0, fields.index("status")), "done", Qt.ItemDataRole.EditRole)
    stored = _stored_actions(window)[0]
    assert (stored["what"], stored["owner"], stored["due"], stored["status"]) == (
        "Send referatet",
        "Ida Indkøb",
        date(2027, 3, 9),
        "done",
    )
    assert model.data(model.index(0, fields.index("due"))) == "09.03.2027"
    assert window.undo_action.text() == "Fortryd: Ret opfølgningspunkt"

    model.setData(model.index(0, fields.index("due")), QDate(), Qt.ItemDataRole.EditRole)
    assert _stored_actions(window)[0]["due"] is None
    window.undo_action.trigger()
    assert _stored_actions(window)[0]["due"] == date(2027, 3, 9)

    tab.follow_ups.select_id(model.row_id(0))
    tab.follow_ups.delete_button.click()
    assert _stored_actions(window) == []
    window.undo_action.trigger()
    assert _stored_actions(window)[0]["what"] == "Send referatet"
    window.redo_action.trigger()
    assert _stored_actions(window) == []


def test_typing_in_details_commits_after_a_pause_as_one_undo_step(
    window: MainWindow, answers: Answers, qtbot: QtBot
) -> None:
    _create(window, answers)
    tab = window.workshop_tab
    assert tab is not None and window.current is not None
    field = tab.details.location
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Jobcentret, lokale 4 <&> ")
    field.insert("😀")  # QTest cannot type characters outside the BMP
    qtbot.waitUntil(
        lambda: (
            window.current is not None
            and window.current.read(lambda s: workshop.get_workshop(s).location)
            == "Jobcentret, lokale 4 <&> 😀"
        ),
        timeout=typing_buffer.TYPING_PAUSE_MS * 10,
    )
    assert window.undo_action.text() == "Fortryd: Ret workshopoplysninger"
    window.undo_action.trigger()
    assert window.current.read(lambda s: workshop.get_workshop(s).location) == "Mødelokale 2"
    assert field.text() == "Mødelokale 2"


def test_typing_without_a_pause_is_stored_at_least_once_a_second(
    window: MainWindow, answers: Answers, qtbot: QtBot
) -> None:
    """Someone who types a long sentence without stopping: each key restarted the pause, so
    nothing was stored until they stopped, and a crash lost all of it (seen with kill -9
    after two seconds of typing). At least once a second it is stored, still one undo step."""
    _create(window, answers)
    tab = window.workshop_tab
    assert tab is not None and window.current is not None
    current = window.current
    field = tab.details.location
    field.setFocus()
    field.selectAll()
    stored: list[str] = []
    for char in "Jobcentret, lokale fire":  # a key every 100 ms: never a pause of 400 ms
        qtbot.keyClick(field, char)
        qtbot.wait(100)
        stored.append(current.read(lambda s: workshop.get_workshop(s).location))
    assert field.text() == "Jobcentret, lokale fire"
    assert stored[-1] != "Mødelokale 2", "nothing typed was stored while typing went on"
    assert stored[-1].startswith("Jobcentret")
    qtbot.waitUntil(
        lambda: (
            current.read(lambda s: workshop.get_workshop(s).location) == "Jobcentret, lokale fire"
        )
    )
    window.undo_action.trigger()  # the whole sentence, one step
    assert current.read(lambda s: workshop.get_workshop(s).location) == "Mødelokale 2"


def test_purpose_and_date_edits_are_stored(
    window: MainWindow, answers: Answers, qtbot: QtBot
) -> None:
    _create(window, answers)
    tab = window.workshop_tab
    assert tab is not None and window.current is not None
    tab.details.purpose.setPlainText("Første linje\nAnden linje")
    tab.commit_typing()
    tab.details.day.setFocus()
    tab.details.day.selectAll()
    qtbot.keyClicks(tab.details.day, "6/4-2027")
    qtbot.keyClick(tab.details.day, Qt.Key.Key_Return)
    stored = window.current.read(workshop.get_workshop)
    assert stored.purpose == "Første linje\nAnden linje"
    assert stored.starts_at is not None and stored.starts_at.date() == date(2027, 4, 6)
    assert stored.starts_at.hour == 9


def test_everything_is_there_after_close_and_reopen(window: MainWindow, answers: Answers) -> None:
    _create(window, answers)
    tab = window.workshop_tab
    assert tab is not None and window.current is not None
    tab.add_participant()
    tab.participant_model.setData(
        tab.participant_model.index(0, 0), "Sanne Sagsbehandler", Qt.ItemDataRole.EditRole
    )
    tab.add_action()
    tab.details.facilitator.setText("Kim Kontrakt")
    tab.details.facilitator.textEdited.emit("Kim Kontrakt")
    path = window.current.document.path
    assert window.close_workshop()
    assert window.current is None

    assert window.open_path(path)
    assert window.workshop_tab is not None
    assert window.workshop_tab.details.facilitator.text() == "Kim Kontrakt"
    assert window.workshop_tab.participant_model.rows[0]["name"] == "Sanne Sagsbehandler"
    assert window.workshop_tab.action_model.rowCount() == 1


def test_text_in_an_open_cell_editor_is_kept_on_close(
    window: MainWindow, answers: Answers, qtbot: QtBot
) -> None:
    _create(window, answers)
    tab = window.workshop_tab
    assert tab is not None and window.current is not None
    tab.add_participant()  # opens the name editor, as a user sees it
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Sanne Sagsbehandler")
    path = window.current.document.path
    assert window.close_workshop()  # no Enter pressed: closing must not lose it
    assert window.open_path(path)
    assert window.workshop_tab is not None
    assert window.workshop_tab.participant_model.rows[0]["name"] == "Sanne Sagsbehandler"


def test_readiness_overview_follows_edits(window: MainWindow, answers: Answers) -> None:
    _create(window, answers)
    tab = window.workshop_tab
    assert tab is not None
    lines = tab.readiness.text().splitlines()
    assert "○ Fælles sprog: Ingen begreber endnu" in lines
    assert "○ Ledelsesforankring: Ingen beslutninger endnu" in lines
    assert not any("mangler" in line for line in lines)
    tab.add_action()  # no owner, no due date
    assert "1 opfølgningspunkt mangler ansvarlig eller frist" in tab.readiness.text()
    assert "Nyt opfølgningspunkt (ingen ansvarlig og ingen frist)" in tab.readiness.text()
