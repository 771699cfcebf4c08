"""The delivery board as the room uses it: cards, drag and drop, keyboard, totals, criteria,
CPV codes, needs, and undo of every action."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.app import install_translators
from desktop.core import delivery
from desktop.core.canvas_models import Canvas, Note, Zone
from desktop.core.delivery_models import Placement
from desktop.storage.document import WorkshopDocument, create_document, open_document
from desktop.ui import dialogs
from desktop.ui.delivery_tab import commands
from desktop.ui.delivery_tab.board_model import MIME_TYPE, BoardColumnModel
from desktop.ui.delivery_tab.criteria_panel import CriteriaPanel
from desktop.ui.delivery_tab.needs_dialog import NeedsDialog
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.open_workshop import OpenWorkshop

UND, INT, EXT, MIX, NOB = (p.value for p in Placement)
MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    document = create_document(tmp_path / "levering.tvaers", title="Levering")
    yield document
    if not document._closed:
        document.close(save=False)


@pytest.fixture
def workshop(doc: WorkshopDocument) -> OpenWorkshop:
    return OpenWorkshop(doc)


@pytest.fixture
def tab(qtbot: QtBot, workshop: OpenWorkshop, danish: None) -> DeliveryTab:
    widget = DeliveryTab(workshop, "da")
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def _add(tab: DeliveryTab, title: str, placement: str = UND, **fields: Any) -> str:
    service = tab.workshop.read(
        lambda s: delivery.add_service(s, title=title, placement=placement, **fields)
    )
    tab.refresh()
    return str(service.id)


def _titles(tab: DeliveryTab, placement: str) -> list[str]:
    model = tab.columns[placement].model
    return [str(model.card_at(row).service["title"]) for row in range(model.rowCount())]


def _service(tab: DeliveryTab, service_id: str) -> dict[str, Any]:
    return tab.workshop.read(lambda s: delivery.get_service(s, service_id=service_id).model_dump())


def _notes(workshop: OpenWorkshop, *texts: str) -> list[str]:
    def make(session: Any) -> list[str]:
        canvas = Canvas(title="Behov og krav")
        session.add(canvas)
        session.flush()
        zone = Zone(canvas_id=canvas.id, key="behov", title="Behov")
        session.add(zone)
        session.flush()
        notes = [Note(canvas_id=canvas.id, zone_id=zone.id, text=t) for t in texts]
        session.add_all(notes)
        session.commit()
        return [n.id for n in notes]

    return workshop.read(make)


def _drag(tab: DeliveryTab, service_id: str, source: str) -> Any:
    model = tab.columns[source].model
    return model.mimeData([model.index(model.row_of(service_id), 0)])


def _undo(tab: DeliveryTab) -> str:
    stack = tab.workshop.undo_stack
    text = stack.undoText()
    stack.undo()
    return text


# -- cards ------------------------------------------------------------------------------


def test_empty_board_has_five_danish_columns_with_zero_totals(tab: DeliveryTab) -> None:
    titles = [tab.columns[p].title.text() for p in delivery.COLUMNS]
    assert titles == [
        "Uafklaret (0)",
        "Internt (0)",
        "Eksternt (0)",
        "Blandet (0)",
        "Købes ikke (0)",
    ]
    assert tab.columns[EXT].totals.text().splitlines()[:2] == ["0 kr./år", "Kontrakt 0 kr."]
    assert tab.editor.heading.text() == "Vælg et kort for at se det hele"


def test_add_service_goes_to_undecided_is_selected_and_undo_removes_it(tab: DeliveryTab) -> None:
    tab.add_service()
    assert _titles(tab, UND) == ["Ny ydelse"]
    assert tab.current_id is not None
    assert tab.editor.title.text() == "Ny ydelse"
    assert tab.editor.title.hasFocus() or not tab.isActiveWindow()
    assert _undo(tab) == "Tilføj ydelse"
    assert _titles(tab, UND) == []
    tab.workshop.undo_stack.redo()
    assert _titles(tab, UND) == ["Ny ydelse"]


def test_column_model_passes_the_model_tester(tab: DeliveryTab, qtbot: QtBot) -> None:
    _add(tab, "a", EXT)
    _add(tab, "b", EXT)
    tester = ModelTester(qtbot)
    tester.check(tab.columns[EXT].model)


# -- drag and drop: the drop logic on the model -------------------------------------------


def test_drag_to_another_column_moves_the_card_and_undo_moves_it_back(tab: DeliveryTab) -> None:
    mentor = _add(tab, "Mentorstøtte")
    psych = _add(tab, "Psykologbistand", EXT)
    mime = _drag(tab, mentor, UND)
    assert mime.hasFormat(MIME_TYPE)
    target = tab.columns[EXT].model
    assert target.canDropMimeData(mime, MOVE, 0, 0, QModelIndex())
    assert target.dropMimeData(mime, MOVE, 0, 0, QModelIndex())  # above the first card
    assert _titles(tab, EXT) == ["Mentorstøtte", "Psykologbistand"]
    assert _titles(tab, UND) == []
    assert _service(tab, mentor)["placement"] == EXT
    assert tab.current_id == mentor
    assert _undo(tab) == "Flyt ydelse"
    assert _titles(tab, UND) == ["Mentorstøtte"]
    assert _titles(tab, EXT) == ["Psykologbistand"]
    tab.workshop.undo_stack.redo()
    assert _titles(tab, EXT) == ["Mentorstøtte", "Psykologbistand"]
    assert psych


def test_drop_below_the_last_card_or_on_empty_space_puts_it_last(tab: DeliveryTab) -> None:
    a = _add(tab, "a")
    _add(tab, "x", MIX)
    _add(tab, "y", MIX)
    tab.columns[MIX].model.dropMimeData(_drag(tab, a, UND), MOVE, -1, -1, QModelIndex())
    assert _titles(tab, MIX) == ["x", "y", "a"]


def test_drop_onto_a_card_puts_it_before_that_card(tab: DeliveryTab) -> None:
    a = _add(tab, "a")
    _add(tab, "x", INT)
    _add(tab, "y", INT)
    model = tab.columns[INT].model
    model.dropMimeData(_drag(tab, a, UND), MOVE, -1, -1, model.index(1, 0))
    assert _titles(tab, INT) == ["x", "a", "y"]


def test_drag_within_a_column_reorders_and_undo_restores_the_order(tab: DeliveryTab) -> None:
    ids = [_add(tab, t, INT) for t in ("a", "b", "c")]
    model = tab.columns[INT].model
    model.dropMimeData(_drag(tab, ids[2], INT), MOVE, 0, 0, QModelIndex())
    assert _titles(tab, INT) == ["c", "a", "b"]
    assert _undo(tab) == "Ændr rækkefølge"
    assert _titles(tab, INT) == ["a", "b", "c"]


def test_dropping_a_card_where_it_is_adds_no_undo_step(tab: DeliveryTab) -> None:
    ids = [_add(tab, t, INT) for t in ("a", "b")]
    model = tab.columns[INT].model
    model.dropMimeData(_drag(tab, ids[0], INT), MOVE, 1, 0, QModelIndex())  # just above b
    model.dropMimeData(_drag(tab, ids[1], INT), MOVE, -1, 0, QModelIndex())  # b to the end
    assert _titles(tab, INT) == ["a", "b"]
    assert tab.workshop.undo_stack.count() == 0


def test_foreign_drops_are_refused(tab: DeliveryTab) -> None:
    from PySide6.QtCore import QMimeData

    model = tab.columns[EXT].model
    text = QMimeData()
    text.setText("Mentorstøtte")
    assert not model.canDropMimeData(text, MOVE, 0, 0, QModelIndex())
    assert not model.dropMimeData(text, MOVE, 0, 0, QModelIndex())
    broken = QMimeData()
    broken.setData(MIME_TYPE, b"not json")
    assert not model.dropMimeData(broken, MOVE, 0, 0, QModelIndex())


def test_drop_requests_are_only_requests_the_model_never_changes_its_rows(qtbot: QtBot) -> None:
    model = BoardColumnModel(EXT)
    with qtbot.waitSignal(model.drop_requested) as caught:
        from PySide6.QtCore import QMimeData

        mime = QMimeData()
        mime.setData(MIME_TYPE, b'{"service_id": "abc", "from": "undecided"}')
        assert model.dropMimeData(mime, MOVE, 0, 0, QModelIndex())
    assert caught.args == ["abc", EXT, None]
    assert model.rowCount() == 0


# -- drag with the mouse (the board's own, not Qt's drag and drop) -------------------------


def _mouse_drag(
    tab: DeliveryTab, source: str, row: int, target: str, y: int, *, escape: bool = False
) -> None:
    """Press on a card, move across the board and let go, all on the pressed list (Qt keeps
    the mouse with it until release); Escape on the way cancels."""
    view = tab.columns[source].view
    viewport = view.viewport()
    start = view.visualRect(view.model().index(row, 0)).center()
    goal = tab.columns[target].view.viewport().mapToGlobal(QPoint(30, y))
    end = viewport.mapFromGlobal(goal)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 9):
        QTest.mouseMove(viewport, start + (end - start) * (i / 8))
    if escape:
        QTest.keyClick(view, Qt.Key.Key_Escape)
        assert all(c.view.drop_line is None for c in tab.columns.values())
    else:
        assert tab.columns[target].view.drop_line is not None  # where it would go, shown
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_mouse_drag_moves_a_card_across_the_board_as_one_undo_step(tab: DeliveryTab) -> None:
    _add(tab, "a")
    _add(tab, "b", MIX)
    tab.workshop.undo_stack.clear()
    _mouse_drag(tab, UND, 0, MIX, 3)  # on the upper part of "b": before it
    assert _titles(tab, MIX) == ["a", "b"] and _titles(tab, UND) == []
    assert all(c.view.drop_line is None for c in tab.columns.values())
    assert tab.workshop.undo_stack.count() == 1
    assert _undo(tab) == "Flyt ydelse"
    assert _titles(tab, UND) == ["a"]


def test_mouse_drag_cancelled_with_escape_or_on_a_read_only_board_moves_nothing(
    tab: DeliveryTab,
) -> None:
    _add(tab, "a")
    _mouse_drag(tab, UND, 0, EXT, 10, escape=True)
    assert _titles(tab, UND) == ["a"] and _titles(tab, EXT) == []
    tab.set_read_only(True)
    view = tab.columns[UND].view
    start = view.visualRect(view.model().index(0, 0)).center()
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    QTest.mouseMove(view.viewport(), start + QPoint(400, 0))
    assert not view.is_dragging()
    QTest.mouseRelease(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        start + QPoint(400, 0),
    )
    assert _titles(tab, UND) == ["a"]


# -- keyboard -----------------------------------------------------------------------------


def test_ctrl_arrows_move_the_card_between_columns_and_within_one(
    tab: DeliveryTab, qtbot: QtBot
) -> None:
    card = _add(tab, "Mentorstøtte")
    _add(tab, "x", INT)
    _add(tab, "y", INT)
    tab.select_service(card, focus=True)
    view = tab.columns[UND].view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _titles(tab, INT) == ["Mentorstøtte", "x", "y"]  # same row: the first
    view = tab.columns[INT].view
    assert view.current_id() == card  # the selection follows the card
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _titles(tab, INT) == ["x", "Mentorstøtte", "y"]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _titles(tab, EXT) == ["Mentorstøtte"]
    assert _titles(tab, INT) == ["x", "y"]
    qtbot.keyClick(tab.columns[EXT].view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _titles(tab, INT) == ["Mentorstøtte", "x", "y"]  # row 0 there: row 0 here
    assert _undo(tab) == "Flyt ydelse"
    assert _titles(tab, EXT) == ["Mentorstøtte"]
    assert _undo(tab) == "Flyt ydelse"
    assert _undo(tab) == "Ændr rækkefølge"
    assert _titles(tab, INT) == ["Mentorstøtte", "x", "y"]
    assert _undo(tab) == "Flyt ydelse"
    assert _titles(tab, UND) == ["Mentorstøtte"]


def test_ctrl_arrows_at_the_edges_do_nothing(tab: DeliveryTab, qtbot: QtBot) -> None:
    first = _add(tab, "a")
    tab.select_service(first, focus=True)
    view = tab.columns[UND].view
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert tab.workshop.undo_stack.count() == 0


def test_arrows_walk_between_columns_and_delete_key_deletes(tab: DeliveryTab, qtbot: QtBot) -> None:
    a = _add(tab, "a")
    b = _add(tab, "b", EXT)
    tab.select_service(a, focus=True)
    qtbot.keyClick(tab.columns[UND].view, Qt.Key.Key_Right)
    assert tab.current_id == b  # Internal is empty: on to External
    qtbot.keyClick(tab.columns[EXT].view, Qt.Key.Key_Delete)
    assert _titles(tab, EXT) == []
    assert _undo(tab) == "Slet ydelse"
    assert _titles(tab, EXT) == ["b"]


def test_placement_box_in_the_detail_panel_moves_the_card(tab: DeliveryTab) -> None:
    card = _add(tab, "Mentorstøtte")
    tab.select_service(card)
    box = tab.editor.placement
    box.setCurrentIndex(box.findData(MIX))
    box.activated.emit(box.currentIndex())
    assert _titles(tab, MIX) == ["Mentorstøtte"]
    assert _undo(tab) == "Flyt ydelse"
    assert _titles(tab, UND) == ["Mentorstøtte"]


# -- totals -------------------------------------------------------------------------------


def test_headers_show_count_danish_totals_and_cards_without_cost(tab: DeliveryTab) -> None:
    _add(tab, "a", EXT, annual_cost_dkk=1_234_567, contract_years=4)
    _add(tab, "b", EXT, annual_cost_dkk=1_000_000)
    _add(tab, "c", EXT)
    _add(tab, "d", INT, annual_cost_dkk=0, contract_years=2)
    _add(tab, "e", NOB)
    external = tab.columns[EXT]
    assert external.title.text() == "Eksternt (3)"
    assert external.totals.text().splitlines() == [
        "2.234.567 kr./år",
        "Kontrakt 4.938.268 kr.",
        "1 uden anslået udgift, 1 uden kontraktlængde",
    ]
    assert tab.columns[INT].totals.text().splitlines()[:2] == ["0 kr./år", "Kontrakt 0 kr."]
    assert tab.columns[NOB].totals.text().splitlines() == [
        "Ingen anslåede udgifter",
        "Kontrakt –",
        "1 uden anslået udgift",
    ]


def test_very_large_amounts_are_shown_whole(tab: DeliveryTab) -> None:
    _add(tab, "a", MIX, annual_cost_dkk=999_999_999_999, contract_years=10)
    assert tab.columns[MIX].totals.text().splitlines()[:2] == [
        "999.999.999.999 kr./år",
        "Kontrakt 9.999.999.999.990 kr.",
    ]


# -- the detail panel -----------------------------------------------------------------------


def test_typing_a_title_is_one_undo_step(tab: DeliveryTab, qtbot: QtBot) -> None:
    card = _add(tab, "Ny ydelse")
    tab.select_service(card)
    tab.editor.title.clear()
    qtbot.keyClicks(tab.editor.title, "Mentorstøtte")
    tab.commit_typing()
    assert _service(tab, card)["title"] == "Mentorstøtte"
    assert _titles(tab, UND) == ["Mentorstøtte"]
    assert _undo(tab) == "Ret ydelse"
    assert _service(tab, card)["title"] == "Ny ydelse"


def test_cost_is_typed_the_danish_way_and_a_wrong_amount_is_shown_not_stored(
    tab: DeliveryTab, qtbot: QtBot
) -> None:
    card = _add(tab, "Danskundervisning", EXT)
    tab.select_service(card)
    editor = tab.editor
    qtbot.keyClicks(editor.annual_cost_dkk, "1.800.000")
    editor.annual_cost_dkk.editingFinished.emit()
    assert _service(tab, card)["annual_cost_dkk"] == 1_800_000
    assert editor.annual_cost_dkk.text() == "1.800.000"
    qtbot.keyClicks(editor.contract_years, "2+1+1")
    editor.contract_years.editingFinished.emit()
    assert _service(tab, card)["contract_years"] == 4.0
    assert _service(tab, card)["contract_years_typed"] == "2+1+1"
    assert editor.contract_years.text() == "2+1+1"  # as typed, not "4"
    assert editor.contract_value.text() == "7.200.000 kr."
    editor.annual_cost_dkk.setText("1.800,50")
    editor.annual_cost_dkk.textEdited.emit("1.800,50")
    editor.annual_cost_dkk.editingFinished.emit()
    assert editor.problem.isVisible()
    assert "hele kroner" in editor.problem.text()
    assert editor.annual_cost_dkk.text() == "1.800,50"  # kept to be corrected
    assert _service(tab, card)["annual_cost_dkk"] == 1_800_000
    assert _undo(tab) == "Ret ydelse"
    assert _service(tab, card)["contract_years"] is None
    assert _service(tab, card)["contract_years_typed"] == ""


def test_contract_years_typed_differently_with_the_same_sum_are_a_change(
    tab: DeliveryTab, qtbot: QtBot
) -> None:
    """ "4" and "2+1+1" are both four years, but not the same contract: the text is kept."""
    card = _add(tab, "Kørsel", EXT, contract_years_typed="4")
    tab.select_service(card)
    line = tab.editor.contract_years
    assert line.text() == "4"
    line.selectAll()
    qtbot.keyClicks(line, "2+1+1")
    line.editingFinished.emit()
    assert (_service(tab, card)["contract_years_typed"], _service(tab, card)["contract_years"]) == (
        "2+1+1",
        4.0,
    )
    tab.refresh()
    assert line.text() == "2+1+1"
    assert _undo(tab) == "Ret ydelse"
    assert line.text() == "4"


def test_external_card_shows_the_procurement_hint_as_guidance(tab: DeliveryTab) -> None:
    tab.hint_day = date(2027, 2, 9)  # in the thresholds' period, whatever day tests run
    card = _add(
        tab, "IT-system", EXT, annual_cost_dkk=500_000, contract_years=4, cpv_code="48000000-8"
    )
    tab.select_service(card)
    board_card = tab.columns[EXT].model.card_at(0)
    assert board_card.hint is not None
    assert board_card.hint.badge("da") == "EU-udbud"
    assert "Vejledende – ikke juridisk rådgivning" in tab.editor.hint.text()
    assert "Kilde:" in tab.editor.hint.toolTip()
    internal = _add(tab, "Jobsøgningskurser", INT, annual_cost_dkk=650_000)
    tab.select_service(internal)
    assert tab.columns[INT].model.card_at(0).hint is None
    assert tab.editor.hint.text() == "Udbudsreglerne vises kun for eksterne og blandede ydelser."


def test_cpv_picker_sets_the_chosen_code_and_undo_clears_it(
    tab: DeliveryTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = _add(tab, "Psykologbistand", EXT)
    tab.select_service(card)
    monkeypatch.setattr(dialogs, "ask_cpv_code", lambda _p, _c, _l: "85312320-8")
    tab.pick_cpv()
    assert _service(tab, card)["cpv_code"] == "85312320-8"
    assert "Konsulenttjenesteydelser" in tab.editor.cpv_label.text()
    assert _undo(tab) == "Ret ydelse"
    assert _service(tab, card)["cpv_code"] == ""
    monkeypatch.setattr(dialogs, "ask_cpv_code", lambda _p, _c, _l: None)  # cancelled
    tab.pick_cpv()
    assert _service(tab, card)["cpv_code"] == ""


def test_cpv_typed_with_a_wrong_check_digit_is_refused_with_a_clear_message(
    tab: DeliveryTab, qtbot: QtBot
) -> None:
    card = _add(tab, "Psykologbistand", EXT)
    tab.select_service(card)
    line = tab.editor.cpv_code
    qtbot.keyClicks(line, "85312320-5")
    line.editingFinished.emit()
    assert tab.editor.problem.text() == (
        "Kontrolcifferet passer ikke: CPV-kode 85312320 har kontrolciffer 8, ikke 5. "
        "Ret kontrolcifferet, eller skriv koden uden det."
    )
    assert _service(tab, card)["cpv_code"] == ""
    line.clear()
    qtbot.keyClicks(line, "48000000")  # any well-formed code is accepted
    line.editingFinished.emit()
    assert not tab.editor.problem.isVisible()
    assert _service(tab, card)["cpv_code"] == "48000000"
    assert tab.editor.cpv_label.text() == "Programpakker og informationssystemer – varer."


def _type_into(qtbot: QtBot, line: Any, text: str) -> None:
    """Click into a field, select what is there, type, and leave it with Tab."""
    QTest.mouseClick(line, Qt.MouseButton.LeftButton)
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(line, Qt.Key.Key_Delete)
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Tab)


def test_cpv_label_names_the_kind_of_contract_and_annex_xiv(tab: DeliveryTab, qtbot: QtBot) -> None:
    card = _add(tab, "Danskundervisning", EXT)
    tab.select_service(card)
    cases = {
        "80580000": "Afholdelse af sprogkurser – social eller anden specifik tjenesteydelse "
        "(udbudslovens bilag 10: light-regimet).",
        "45210000": "Byggearbejde – bygge- og anlægsarbejde.",
        "72000000": "tjenesteydelse (ikke i udbudslovens bilag 10",
        "85312320": "Kan reserveres til visse organisationer (udbudsdirektivets art. 77).",
        "99999999": "Koden findes ikke i CPV-listen",
    }
    for code, expected in cases.items():
        _type_into(qtbot, tab.editor.cpv_code, code)
        assert _service(tab, card)["cpv_code"] == code
        assert expected in tab.editor.cpv_label.text()


def test_bought_share_and_announcement_date_are_typed_stored_and_change_the_hint(
    tab: DeliveryTab, qtbot: QtBot
) -> None:
    tab.hint_day = date(2027, 2, 9)
    card = _add(
        tab,
        "Mentorstøtte",
        MIX,
        annual_cost_dkk=2_000_000,
        contract_years_typed="2+1+1",
        cpv_code="80580000",
    )
    tab.select_service(card)
    editor = tab.editor
    assert editor.bought_share_percent.isEnabled()
    assert editor.announcement_date.placeholderText() == "Workshoppens dato"
    assert "hele beløbet er talt med" in editor.hint.text()
    assert tab.columns[MIX].model.card_at(0).hint.badge("da") == "Light-regime"

    _type_into(qtbot, editor.bought_share_percent, "50 %")
    assert _service(tab, card)["bought_share_percent"] == 50
    assert editor.bought_share_percent.text() == "50 %"
    assert "50 % af 8.000.000 kr. = 4.000.000 kr." in editor.hint.text()
    assert tab.columns[MIX].model.card_at(0).hint.badge("da") == "Under tærskel"

    _type_into(qtbot, editor.bought_share_percent, "150")
    assert editor.problem.isVisible() and "0 til 100" in editor.problem.text()
    assert editor.bought_share_percent.text() == "150"  # kept to be corrected
    assert _service(tab, card)["bought_share_percent"] == 50
    _type_into(qtbot, editor.bought_share_percent, "50")
    assert not editor.problem.isVisible()

    _type_into(qtbot, editor.announcement_date, "1.9.2031")
    assert _service(tab, card)["announcement_date"] == "2031-09-01"
    assert editor.announcement_date.text() == "01.09.2031"
    assert tab.columns[MIX].model.card_at(0).hint.badge("da") == "Ukendt periode"
    _type_into(qtbot, editor.announcement_date, "31.02.2027")
    assert editor.problem.isVisible()
    assert _service(tab, card)["announcement_date"] == "2031-09-01"
    _type_into(qtbot, editor.announcement_date, "")  # emptied: the workshop's date again
    assert _service(tab, card)["announcement_date"] == ""
    assert "workshoppens dato (09.02.2027)" in editor.hint.text()

    # An external card has no bought share to type.
    other = _add(tab, "IT", EXT)
    tab.select_service(other)
    assert not editor.bought_share_percent.isEnabled()


def test_scores_give_a_weighted_score_and_a_suggestion_that_never_moves_the_card(
    tab: DeliveryTab,
) -> None:
    card = _add(tab, "Danskundervisning")  # in Undecided
    tab.select_service(card)
    criteria = tab.board.criteria if tab.board else []
    assert len(criteria) == 6
    scores = {"strategic_importance": 1, "internal_capacity": 1, "market_maturity": 5,
              "cost": 5, "risk_continuity": 2, "flexibility": 2}  # fmt: skip
    for criterion in criteria:
        box = tab.editor._score_boxes[criterion["id"]]
        box.setCurrentIndex(box.findData(scores[criterion["key"]]))
        box.activated.emit(box.currentIndex())
    shown = tab.columns[UND].model.card_at(0)
    assert shown.score.suggestion == EXT
    assert "Forslag til placering: Eksternt. Det er jer, der beslutter." in (
        tab.editor.score_label.text()
    )
    assert _service(tab, card)["placement"] == UND  # only a suggestion
    assert _undo(tab) == "Giv score"
    assert tab.workshop.read(lambda s: len(delivery.scores_of(s, service_id=card))) == 5


def test_link_needs_from_the_canvas_and_unlink_with_undo(
    tab: DeliveryTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = _notes(tab.workshop, "Fast voksen", "Hurtig hjælp")
    card = _add(tab, "Mentorstøtte")
    tab.select_service(card)
    seen: dict[str, Any] = {}

    def ask(_parent: object, notes: list[delivery.NoteRef], linked: set[str]) -> list[str]:
        seen["notes"], seen["linked"] = [n.text for n in notes], set(linked)
        return [first, second]

    monkeypatch.setattr(dialogs, "ask_needs_to_link", ask)
    tab.link_needs(card)
    assert seen == {"notes": ["Fast voksen", "Hurtig hjælp"], "linked": set()}
    assert tab.columns[UND].model.card_at(0).needs == 2
    assert tab.editor.needs.count() == 2
    assert tab.editor.needs.item(0).text() == "Fast voksen\n(Behov og krav › Behov)"
    tab.editor.needs.setCurrentRow(1)
    tab.editor.unlink_button.click()
    assert tab.workshop.read(lambda s: delivery.covered_note_ids(s)) == {first}
    assert _undo(tab) == "Fjern behov"
    assert tab.workshop.read(lambda s: delivery.covered_note_ids(s)) == {first, second}
    assert _undo(tab) == "Tilknyt behov"
    assert tab.workshop.read(lambda s: delivery.covered_note_ids(s)) == set()


def test_needs_dialog_offers_every_note_and_returns_the_newly_ticked(
    qtbot: QtBot, workshop: OpenWorkshop, danish: None
) -> None:
    a, b, c = _notes(workshop, "Behov A", "Behov B", "Behov C")
    notes = workshop.read(lambda s: delivery.available_notes(s))
    dialog = NeedsDialog(notes, {a}, None)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    dialog.list.item(2).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == [c]
    dialog.search.setText("behov b")
    assert [dialog.list.item(r).isHidden() for r in range(3)] == [True, False, True]
    assert b


def test_delete_and_undo_bring_back_the_card_with_needs_and_scores(tab: DeliveryTab) -> None:
    (note,) = _notes(tab.workshop, "Fast voksen")
    card = _add(tab, "Mentorstøtte", MIX)
    criterion = tab.workshop.read(lambda s: delivery.list_criteria(s)[0].id)
    tab.workshop.read(lambda s: delivery.link_note(s, service_id=card, note_id=note))
    tab.workshop.read(
        lambda s: delivery.set_score(s, service_id=card, criterion_id=criterion, score=4)
    )
    tab.refresh()
    tab.select_service(card)
    tab.delete_current()
    assert _titles(tab, MIX) == []
    assert tab.current_id is None
    assert _undo(tab) == "Slet ydelse"
    restored = tab.columns[MIX].model.card_at(0)
    assert restored.needs == 1
    assert tab.workshop.read(lambda s: delivery.scores_of(s, service_id=card)) == {criterion: 4}


def test_create_service_from_note_command_and_undo(
    workshop: OpenWorkshop, tab: DeliveryTab
) -> None:
    (note,) = _notes(workshop, "Borgere med angst skal have hurtig hjælp\nmere tekst")
    command = commands.CreateServiceFromNote(workshop, note)
    assert workshop.push(command)
    assert _titles(tab, UND) == ["Borgere med angst skal have hurtig hjælp"]
    assert workshop.read(lambda s: delivery.covered_note_ids(s)) == {note}
    assert _undo(tab) == "Opret ydelse fra note"
    assert _titles(tab, UND) == []
    workshop.undo_stack.redo()
    assert workshop.read(lambda s: delivery.services_covering_note(s, note)) == [
        (command.service_id, "Borgere med angst skal have hurtig hjælp")
    ]


# -- criteria ---------------------------------------------------------------------------------


def test_criteria_panel_changes_weights_and_direction_with_undo(
    workshop: OpenWorkshop, tab: DeliveryTab, qtbot: QtBot
) -> None:
    panel = CriteriaPanel(workshop)
    qtbot.addWidget(panel)
    panel.show()  # it follows edits while it is on screen
    assert panel.rows == {} and not panel.create_button.isHidden()
    panel.create_criteria()
    assert len(panel.rows) == 6
    assert _undo(tab) == "Opret kriterier"
    assert panel.rows == {}
    workshop.undo_stack.redo()
    criterion_id = next(iter(panel.rows))
    title, _description, favours, weight = panel.rows[criterion_id]
    assert title.text() == "Strategisk betydning / kernekompetence"
    weight.setValue(2.5)
    weight.setValue(3.0)  # one undo step while spinning
    assert workshop.read(lambda s: delivery.list_criteria(s)[0].weight) == 3.0
    assert _undo(tab) == "Ret vægt"
    assert workshop.read(lambda s: delivery.list_criteria(s)[0].weight) == 1.0
    favours.setCurrentIndex(favours.findData("external"))
    favours.activated.emit(favours.currentIndex())
    assert workshop.read(lambda s: delivery.list_criteria(s)[0].favours) == "external"
    panel.add_criterion()
    assert len(panel.rows) == 7
    panel.delete_criterion(criterion_id)
    assert len(panel.rows) == 6
    assert _undo(tab) == "Slet kriterium"
    assert len(panel.rows) == 7


def test_criteria_button_opens_the_criteria(
    tab: DeliveryTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(dialogs, "show_criteria", lambda parent, workshop: opened.append(workshop))
    tab.criteria_button.click()
    assert opened == [tab.workshop]


# -- persistence and read-only --------------------------------------------------------------------


def test_board_and_links_survive_saving_and_reopening(
    qtbot: QtBot, doc: WorkshopDocument, workshop: OpenWorkshop, danish: None
) -> None:
    (note,) = _notes(workshop, "Fast voksen")
    tab = DeliveryTab(workshop, "da")
    qtbot.addWidget(tab)
    card = _add(tab, "Mentorstøtte", MIX, annual_cost_dkk=2_400_000, contract_years=4)
    workshop.push(commands.LinkNeeds(workshop, card, [note]))
    path = doc.path
    doc.close()
    reopened = open_document(path)
    try:
        again = DeliveryTab(OpenWorkshop(reopened), "da")
        qtbot.addWidget(again)
        shown = again.columns[MIX].model.card_at(0)
        assert shown.needs == 1
        assert shown.contract_value_dkk == 9_600_000
        assert again.columns[MIX].totals.text().splitlines()[1] == "Kontrakt 9.600.000 kr."
    finally:
        reopened.close(save=False)


def test_read_only_workshop_refuses_drops_and_edits(
    qtbot: QtBot, doc: WorkshopDocument, workshop: OpenWorkshop, danish: None
) -> None:
    tab = DeliveryTab(workshop, "da")
    qtbot.addWidget(tab)
    card = _add(tab, "Mentorstøtte")
    path = doc.path
    doc.close()
    reopened = open_document(path, read_only=True)
    try:
        read_only = DeliveryTab(OpenWorkshop(reopened), "da")
        qtbot.addWidget(read_only)
        model = read_only.columns[EXT].model
        mime = read_only.columns[UND].model.mimeData([read_only.columns[UND].model.index(0, 0)])
        assert not model.dropMimeData(mime, MOVE, 0, 0, QModelIndex())
        assert not read_only.add_button.isEnabled()
        read_only.select_service(card)
        assert read_only.editor.title.isReadOnly()
        assert not read_only.editor.placement.isEnabled()
        assert not read_only.delete_button.isEnabled()
        assert read_only.criteria_button.isEnabled()  # reading the criteria is allowed
    finally:
        reopened.close(save=False)


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"contract_years": 1.0}, "1 yr"),
        ({"contract_years": 4.0}, "4 yrs"),
        ({"contract_years_typed": "2+1+1"}, "2+1+1 yrs"),
    ],
)
def test_a_card_says_its_contract_length_in_the_english_singular_and_plural(
    qtbot: QtBot, qapp: QApplication, workshop: OpenWorkshop, fields: dict[str, Any], shown: str
) -> None:
    translators = install_translators(qapp, "en")  # English plural forms ("1 yr")
    english = DeliveryTab(workshop, "en")
    qtbot.addWidget(english)
    english.show()
    _add(english, "Mentoring", EXT, annual_cost_dkk=100_000, **fields)

    card = english.columns[EXT].model.card_at(0)
    lines = english.columns[EXT].view.itemDelegate()._lines(card)

    for translator in translators:
        qapp.removeTranslator(translator)
    assert f"DKK 100,000/yr · {shown}" in lines  # the English way to write kroner


@pytest.mark.parametrize("code", ["79611000", "80580000-3"])
def test_job_search_and_language_courses_show_the_light_regime_in_the_panel(
    tab: DeliveryTab, qtbot: QtBot, code: str
) -> None:
    """Issue 16: 12 mio. kr. of job search or language courses is light regime (afsnit
    III), not a full EU tender."""
    tab.hint_day = date(2027, 2, 9)
    card = _add(tab, "Kurser", EXT, annual_cost_dkk=3_000_000, contract_years_typed="2+1+1")
    tab.select_service(card)
    _type_into(qtbot, tab.editor.cpv_code, code)
    assert tab.columns[EXT].model.card_at(0).hint.badge("da") == "Light-regime"
    text = tab.editor.hint.text()
    assert text.startswith("Tjek først, om en eksisterende aftale dækker behovet")
    assert "light-regimet (udbudslovens afsnit III) gælder sandsynligvis" in text
    assert "ca. 5,60 mio. kr. (omregnet fra EUR 750.000, 2026–27)" in text


def test_cards_start_at_one_height_whatever_a_header_holds(tab: DeliveryTab, qtbot: QtBot) -> None:
    """A column whose header has more lines (a business case's room, what is missing) would
    push its cards below the others': every header is as tall as the tallest, also after the
    splitter has made the board narrower and the headers wrap anew."""
    _add(tab, "Jobsøgningskurser", INT, case_years=4, case_baseline_dkk=700_000, case_fte=1.0,
         case_salary_dkk=520_000, case_overhead_percent=15.0, case_other_dkk=48_000,
         case_inhouse_once_dkk=40_000)  # fmt: skip
    _add(tab, "Psykologbistand", EXT)

    def tops() -> set[int]:
        return {column.view.mapTo(tab, QPoint(0, 0)).y() for column in tab.columns.values()}

    def fits() -> bool:
        labels = [column.totals for column in tab.columns.values()]
        return all(label.height() >= label.heightForWidth(label.width()) for label in labels)

    assert tab.columns[INT].totals.text().count("\n") >= 3  # more than the three lines
    qtbot.waitUntil(lambda: len(tops()) == 1 and fits())
    tab.resize(1600, 800)  # wider: the headers wrap anew
    qtbot.waitUntil(lambda: len(tops()) == 1 and fits())
    tab.splitter.setSizes([700, 900])
    qtbot.waitUntil(lambda: len(tops()) == 1 and fits())


def test_a_card_with_a_business_case_says_which_way_is_cheaper(tab: DeliveryTab) -> None:
    """Issue 20, part 2: the board shows each service's difference, not only the page."""
    _add(tab, "Jobsøgningskurser", INT, case_years=4, case_baseline_dkk=700_000, case_fte=1.0,
         case_salary_dkk=520_000, case_overhead_percent=15.0, case_other_dkk=48_000,
         case_inhouse_once_dkk=40_000, case_external_dkk=760_000,
         case_external_once_dkk=25_000)  # fmt: skip
    _add(tab, "Psykologbistand", EXT, case_years=2, case_fte=1.0, case_salary_dkk=600_000,
         case_overhead_percent=0.0, case_other_dkk=0, case_inhouse_once_dkk=0,
         case_external_dkk=500_000, case_external_once_dkk=0)  # fmt: skip
    _add(tab, "Mentorstøtte", MIX)  # no case: no line

    def lines(placement: str) -> list[str]:
        card = tab.columns[placement].model.card_at(0)
        return tab.columns[placement].view.itemDelegate()._lines(card)  # type: ignore[attr-defined,no-any-return]

    assert lines(INT)[-1] == "Internt 441.000 kr. billigere"  # 3.065.000 - 2.624.000
    assert lines(EXT)[-1] == "Køb 200.000 kr. billigere"
    assert not any("billigere" in line for line in lines(MIX))
