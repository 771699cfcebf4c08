"""The market dialogue page beside the board, driven by keys and the mouse: log a meeting,
tick what was told, see the equal-treatment warning, give it to all, undo, save and reopen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from sqlmodel import select

from desktop.core import delivery, dialogue
from desktop.core.dialogue_models import DialogueInfo, DialogueMeeting, DialogueTold
from desktop.storage.document import WorkshopDocument, open_document
from desktop.ui.delegates import open_cell_editor
from desktop.ui.delivery_tab.board_model import MARK_ROLE
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.open_workshop import OpenWorkshop
from tests.ui.delivery_pages import delivery_tab, new_document


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    yield from new_document(tmp_path / "dialog.tvaers", "Dialog")


def _tab(qtbot: QtBot, doc: WorkshopDocument) -> DeliveryTab:
    return delivery_tab(qtbot, OpenWorkshop(doc), 1400)


def _dump(tab: DeliveryTab) -> tuple[list[dict[str, Any]], ...]:
    def read(session: Any) -> tuple[list[dict[str, Any]], ...]:
        session.expire_all()
        return tuple(
            sorted(
                ({k: v for k, v in r.model_dump().items() if k != "updated_at"} for r in rows),
                key=str,
            )
            for rows in (
                session.exec(select(DialogueMeeting)).all(),
                session.exec(select(DialogueInfo)).all(),
                session.exec(select(DialogueTold)).all(),
            )
        )

    return tab.workshop.read(read)


def _type_cell(view: QTableView, text: str) -> None:
    """Type into the cell editor that is open, and Enter."""
    QApplication.processEvents()
    editor = open_cell_editor(view)
    assert editor is not None
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _meeting(tab: DeliveryTab, qtbot: QtBot, supplier: str) -> None:
    page = tab.dialogue_page
    QTest.mouseClick(page.meetings.add_button, Qt.MouseButton.LeftButton)
    _type_cell(page.meetings.view, supplier)


def test_log_tell_warn_give_to_all_undo_and_reopen(
    qtbot: QtBot, doc: WorkshopDocument, danish: None, tmp_path: Path
) -> None:
    tab = _tab(qtbot, doc)
    service_id = tab.workshop.read(lambda s: delivery.add_service(s, title="Rengøring").id)
    tab.refresh()
    tab.select_service(service_id)
    details = tab.details
    bar = details.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(bar.count() - 1).center())
    page = tab.dialogue_page
    assert details.currentIndex() == details.count() - 1
    assert details.tabText(details.currentIndex()) == "&4 Dialog"

    _meeting(tab, qtbot, "Aktiv Vej ApS")
    _meeting(tab, qtbot, "Bedre Rent A/S")
    assert [r["supplier"] for r in page.meeting_model.rows] == ["Aktiv Vej ApS", "Bedre Rent A/S"]
    assert page.meeting_model.rows[0]["held_on"] == date.today()

    QTest.mouseClick(page.infos.add_button, Qt.MouseButton.LeftButton)
    _type_cell(page.infos.view, "Budgettet er <2 mio. kr. & fast")
    assert page.info_model.rows[0]["text"] == "Budgettet er <2 mio. kr. & fast"
    assert page.info_model.columns[1].title.startswith("Aktiv Vej ApS")
    assert page.info_model.headers[1].startswith("Aktiv")  # elided to the tick column
    assert page.warning_texts() == []

    # Tab to the first meeting's tick, Space ticks it.
    view = page.infos.view
    view.setFocus()
    view.setCurrentIndex(page.info_model.index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == 1
    before = _dump(tab)
    QTest.keyClick(view, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert page.info_model.rows[0][f"told:{page.meeting_model.rows[0]['id']}"] is True
    [warning] = page.warning_texts()
    assert "Aktiv Vej ApS" in warning and "Bedre Rent A/S" in warning
    assert "ikke til Bedre Rent A/S" in warning
    card = tab.columns["undecided"].model
    assert card.index(0).data(MARK_ROLE)
    told = _dump(tab)

    # "Giv til alle" (Space on the button): given to all today; the warning and the mark go.
    button = page.warnings[0][1]
    assert "&" in button.text()  # Alt+G: the journeys press it
    assert button.isVisibleTo(page)  # on screen beside its sentence, not only made
    QTest.keyClick(button, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert page.warning_texts() == []
    assert page.info_model.rows[0]["shared_on"] == date.today()
    assert not card.index(0).data(MARK_ROLE)

    tab.workshop.undo_stack.undo()
    QApplication.processEvents()
    assert _dump(tab) == told
    assert len(page.warning_texts()) == 1
    assert card.index(0).data(MARK_ROLE)
    tab.workshop.undo_stack.undo()
    assert _dump(tab) == before
    tab.workshop.undo_stack.redo()
    tab.workshop.undo_stack.redo()
    shared = _dump(tab)
    assert page.warning_texts() == []

    path = tmp_path / "gemt.tvaers"
    doc.save_as(path)
    doc.close(save=False)
    again = open_document(path)
    try:
        with again.session() as session:
            [piece] = dialogue.list_infos(session, service_id=service_id)
            assert piece.shared_on == date.today().isoformat()
            assert len(dialogue.list_meetings(session, service_id=service_id)) == 2
            assert dialogue.unequal(session, service_id=service_id) == []
        reopened = _tab(qtbot, again)
        reopened.select_service(service_id)
        assert _dump(reopened) == shared
    finally:
        again.close(save=False)


def test_a_wrong_day_for_give_to_all_is_explained_not_stored(
    qtbot: QtBot, doc: WorkshopDocument, danish: None
) -> None:
    tab = _tab(qtbot, doc)

    def make(session: Any) -> str:
        service = delivery.add_service(session, title="Kantine")
        a = dialogue.add_meeting(session, service_id=service.id, supplier="A")
        dialogue.add_meeting(session, service_id=service.id, supplier="B")
        info = dialogue.add_info(session, service_id=service.id, text="Kun til A")
        dialogue.set_told(session, info_id=info.id, meeting_id=a.id, told=True)
        return service.id

    service_id = tab.workshop.read(make)
    tab.refresh()
    tab.select_service(service_id)
    page = tab.dialogue_page
    assert len(page.warning_texts()) == 1
    page.share_day.setText("31.02.2027")
    page.warnings[0][1].click()
    assert page.share_error.isVisibleTo(page)
    assert "februar" in page.share_error.text().lower()
    assert len(page.warning_texts()) == 1
    page.share_day.setText("01.03.2027")
    QTest.mouseClick(page.warnings[0][1], Qt.MouseButton.LeftButton)
    assert page.warning_texts() == []
    assert page.info_model.rows[0]["shared_on"] == date(2027, 3, 1)
