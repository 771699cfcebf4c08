"""The sign-off tab as leadership uses it: decisions, sign-offs, changes after approval, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from desktop.core import signoff
from desktop.core.delivery_models import Service
from desktop.core.demo import populate_demo
from desktop.core.demo_signoff import MENTORS, populate_signoff
from desktop.core.models import Side
from desktop.core.participants import add_participant
from desktop.core.signoff_models import Outcome, SignOff
from desktop.storage.changes import Changes
from desktop.storage.document import WorkshopDocument, create_document, open_document
from desktop.ui import dialogs
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.signoff_tab.decisions_model import RANK, STATUS, TITLE
from desktop.ui.signoff_tab.sign_off_dialog import Approver, SignOffAnswer, SignOffDialog
from desktop.ui.signoff_tab.sign_offs_model import (
    APPROVER,
    COMMENT,
    OUTCOME,
    SIGNED_AT,
    STATE,
    to_qdatetime,
)
from desktop.ui.signoff_tab.tab import SignOffTab
from tests.ui.conftest import Answers

AT = datetime(2027, 2, 9, 14, 30)


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    document = create_document(tmp_path / "ledelse.tvaers", title="Ledelsesforankring")
    yield document
    document.close(save=False)


@pytest.fixture
def tab(qtbot: QtBot, danish: None, doc: WorkshopDocument) -> SignOffTab:
    widget = SignOffTab(OpenWorkshop(doc), "da")
    qtbot.addWidget(widget)
    widget.resize(1280, 740)
    widget.show()
    return widget


class Signer:
    """Answers the sign-off dialog like the person at the laptop, and remembers the question."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answer: SignOffAnswer | None = None
        self.asked: list[tuple[list[Approver], str, SignOffAnswer | None]] = []
        monkeypatch.setattr(dialogs, "ask_sign_off", self._ask)

    def _ask(
        self, _parent: object, approvers: list[Approver], title: str, preset: Any = None
    ) -> SignOffAnswer | None:
        self.asked.append((approvers, title, preset))
        return self.answer

    def will_sign(self, name: str, outcome: str = Outcome.APPROVED.value, **extra: Any) -> None:
        self.answer = SignOffAnswer(
            participant_id=extra.get("participant_id"),
            approver_name=name,
            approver_title=extra.get("title", ""),
            outcome=outcome,
            comment=extra.get("comment", ""),
            signed_at=extra.get("signed_at", AT),
        )


@pytest.fixture
def signer(monkeypatch: pytest.MonkeyPatch) -> Signer:
    return Signer(monkeypatch)


def _undo(tab: SignOffTab) -> str:
    stack = tab.workshop.undo_stack
    label = stack.undoText()
    stack.undo()
    return label


def _decisions(tab: SignOffTab) -> list[signoff.DecisionReport]:
    return tab.workshop.read(signoff.decision_reports)


def _add(tab: SignOffTab, title: str) -> str:
    tab.add_decision()
    decision_id = tab.selected_decision_id()
    assert decision_id is not None
    tab.editor.title.selectAll()
    tab.editor.title.insert(title)
    tab.editor.title.textEdited.emit(title)
    tab.editor.commit_pending()
    tab.workshop.end_typing_step()
    return decision_id


def _type(tab: SignOffTab, qtbot: QtBot, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)
    tab.editor.commit_pending()
    tab.workshop.end_typing_step()


def _service(tab: SignOffTab, title: str, **fields: Any) -> str:
    with tab.workshop.session() as session:
        service = Service(title=title, **fields)
        session.add(service)
        session.commit()
        service_id = service.id
    tab.refresh()
    return service_id


def _set_service(tab: SignOffTab, service_id: str, **changes: Any) -> None:
    """What the delivery board does; the board's own edit would then emit `changed`."""
    with tab.workshop.session() as session:
        service = session.get(Service, service_id)
        assert service is not None
        for name, value in changes.items():
            setattr(service, name, value)
        session.add(service)
        session.commit()
    tab.workshop.changed.emit(Changes({"service": frozenset({service_id})}))


def _states(tab: SignOffTab) -> list[str]:
    model = tab.sign_offs_model
    return [str(model.index(row, STATE).data()) for row in range(model.rowCount())]


# -- decisions ------------------------------------------------------------------------------


def test_add_rename_and_delete_a_decision_with_undo(tab: SignOffTab) -> None:
    decision_id = _add(tab, "Mentorstøtte hjemtages delvist")
    assert [r.decision["title"] for r in _decisions(tab)] == ["Mentorstøtte hjemtages delvist"]
    assert tab.decisions_model.rowCount() == 1
    assert _undo(tab) == "Ret beslutning"
    assert _decisions(tab)[0].decision["title"] == "Ny beslutning"
    assert tab.editor.title.text() == "Ny beslutning"
    tab.workshop.undo_stack.redo()

    tab.delete_decision()
    assert _decisions(tab) == []
    assert tab.editor.decision_id is None
    assert _undo(tab) == "Slet beslutning"
    assert [r.id for r in _decisions(tab)] == [decision_id]
    assert _undo(tab) == "Ret beslutning"
    assert _undo(tab) == "Tilføj beslutning"
    assert _decisions(tab) == []


def test_long_fields_and_resources_are_stored_as_typed(
    tab: SignOffTab, qtbot: QtBot, answers: Answers
) -> None:
    _add(tab, "Danskundervisning i udbud")
    editor = tab.editor
    _type(tab, qtbot, editor.text, "Vi køber eksternt & efter light-regimet <ja>")
    _type(tab, qtbot, editor.conditions, "Kvalitet vægter 60 %")
    _type(tab, qtbot, editor.owner, "Kim Kontrakt")
    _type(tab, qtbot, editor.amount, "1.240.000")
    _type(tab, qtbot, editor.hours, "120")
    _type(tab, qtbot, editor.fte, "1,5")
    _type(tab, qtbot, editor.resources_text, "Timer fra Indkøb og Udbud")
    decision = _decisions(tab)[0].decision
    assert decision["text"] == "Vi køber eksternt & efter light-regimet <ja>"
    assert decision["conditions"] == "Kvalitet vægter 60 %"
    assert decision["owner"] == "Kim Kontrakt"
    assert (decision["resources_dkk"], decision["resources_hours"]) == (1_240_000, 120.0)
    assert decision["resources_fte"] == 1.5
    assert decision["resources_text"] == "Timer fra Indkøb og Udbud"
    assert editor.amount.text() == "1.240.000" and editor.fte.text() == "1,5"

    _type(tab, qtbot, editor.amount, "mange penge")
    assert _decisions(tab)[0].decision["resources_dkk"] == 1_240_000  # not a number: kept
    assert "border" in editor.amount.styleSheet()
    assert answers.errors == [
        "»mange penge« er ikke et tal: skriv fx 1.240.000 eller 1,5. "
        "Beslutningens ressourcer er ikke ændret."
    ]
    _type(tab, qtbot, editor.amount, "")
    assert _decisions(tab)[0].decision["resources_dkk"] is None
    assert _undo(tab) == "Ret beslutning"
    assert _decisions(tab)[0].decision["resources_dkk"] == 1_240_000


def test_move_a_decision_with_undo(tab: SignOffTab) -> None:
    first, second = _add(tab, "Første"), _add(tab, "Anden")
    tab.select_decision(second)
    tab.move_decision(-1)
    assert [r.id for r in _decisions(tab)] == [second, first]
    assert tab.selected_decision_id() == second
    assert _undo(tab) == "Flyt beslutning op"
    assert [r.id for r in _decisions(tab)] == [first, second]


def test_ticking_a_service_covers_it_and_undo_unticks(tab: SignOffTab) -> None:
    decision_id = _add(tab, "Mentorstøtte hjemtages delvist")
    service_id = _service(tab, "Mentorstøtte", placement="mixed", annual_cost_dkk=2_400_000)
    items = tab.editor.services
    assert items.count() == 1
    assert items.item(0).text() == "Mentorstøtte – Blandet, 2.400.000 kr./år"
    items.item(0).setCheckState(Qt.CheckState.Checked)
    assert [s.id for s in _decisions(tab)[0].services] == [service_id]
    assert _undo(tab) == "Ret dækkede ydelser"
    assert _decisions(tab)[0].services == ()
    assert items.item(0).checkState() == Qt.CheckState.Unchecked
    assert tab.selected_decision_id() == decision_id


def test_services_show_their_contract_years_as_typed(tab: SignOffTab) -> None:
    _add(tab, "Kørsel købes")
    _service(tab, "Kørsel", placement="external", contract_years=4.0, contract_years_typed="2+1+1")
    _service(tab, "Tolk", placement="external", contract_years=2.5)
    texts = [tab.editor.services.item(row).text() for row in range(2)]
    assert texts == ["Kørsel – Eksternt, 2+1+1 år", "Tolk – Eksternt, 2,5 år"]


def test_without_services_the_list_says_so(tab: SignOffTab) -> None:
    _add(tab, "Beslutning uden ydelser")
    assert tab.editor.services.item(0).text() == "Ingen ydelser på leveringstavlen endnu"


# -- sign-offs ------------------------------------------------------------------------------


def test_sign_off_shows_outcome_time_and_counts_in_the_overview(
    tab: SignOffTab, signer: Signer
) -> None:
    _add(tab, "Danskundervisning i udbud")
    assert tab.overview.text() == "0 af 1 beslutning godkendt"
    signer.will_sign("Dorte Direktør", title="Kommunaldirektør", comment="Husk udvalget")
    tab.add_sign_off()

    model = tab.sign_offs_model
    assert model.rowCount() == 1
    assert model.index(0, OUTCOME).data() == "Godkendt"
    assert model.index(0, SIGNED_AT).data() == "09.02.2027 14:30"
    assert model.index(0, COMMENT).data() == "Husk udvalget"
    assert _states(tab) == ["Gældende"]
    assert tab.decisions_model.index(0, STATUS).data() == "Godkendt"
    assert tab.overview.text() == "1 af 1 beslutning godkendt"
    assert signer.asked[0][1] == "Danskundervisning i udbud"

    sign_off_id = model.state_at(0).id
    signed = model.state_at(0).sign_off
    assert _undo(tab) == "Tilføj godkendelse"
    assert model.rowCount() == 0
    tab.workshop.undo_stack.redo()
    assert model.state_at(0).sign_off == signed  # the same sign-off, same fingerprint
    assert model.state_at(0).id == sign_off_id


def test_text_still_being_typed_is_part_of_what_is_signed(
    tab: SignOffTab, signer: Signer, qtbot: QtBot
) -> None:
    _add(tab, "Beslutning")
    tab.editor.text.setFocus()
    qtbot.keyClicks(tab.editor.text, "Skrevet lige før godkendelsen")  # no pause, no Tab
    signer.will_sign("Dorte Direktør")
    tab.add_sign_off()
    assert _decisions(tab)[0].decision["text"] == "Skrevet lige før godkendelsen"
    assert _states(tab) == ["Gældende"]


@pytest.mark.parametrize(
    ("outcome", "shown", "status"),
    [
        (Outcome.CHANGES_REQUESTED.value, "Ændringer ønsket", "Ændringer ønsket"),
        (Outcome.REJECTED.value, "Afvist", "Afvist"),
    ],
)
def test_other_outcomes_are_shown_on_the_sign_off_and_the_decision(
    tab: SignOffTab, signer: Signer, outcome: str, shown: str, status: str
) -> None:
    _add(tab, "Psykologbistand: markedsdialog først")
    signer.will_sign("Dorte Direktør", outcome)
    tab.add_sign_off()
    assert tab.sign_offs_model.index(0, OUTCOME).data() == shown
    assert tab.decisions_model.index(0, STATUS).data() == status
    assert tab.overview.text() == "0 af 1 beslutning godkendt"


def test_cancelling_the_dialog_records_nothing(tab: SignOffTab, signer: Signer) -> None:
    _add(tab, "Beslutning")
    signer.answer = None
    tab.add_sign_off()
    assert tab.sign_offs_model.rowCount() == 0
    assert tab.workshop.undo_stack.undoText() == "Ret beslutning"


def test_edit_after_approval_shows_what_changed_on_decision_and_sign_off(
    tab: SignOffTab, signer: Signer, qtbot: QtBot
) -> None:
    _add(tab, "Mentorstøtte hjemtages delvist")
    service_id = _service(tab, "Mentorstøtte", placement="mixed", annual_cost_dkk=2_400_000)
    tab.editor.services.item(0).setCheckState(Qt.CheckState.Checked)
    _type(tab, qtbot, tab.editor.amount, "1100000")
    signer.will_sign("Connie Center")
    tab.add_sign_off()
    signer.will_sign("Dorte Direktør")
    tab.add_sign_off()
    assert not tab.banner.isVisible()

    _type(tab, qtbot, tab.editor.amount, "1.240.000")
    _set_service(tab, service_id, placement="internal")

    assert _states(tab) == ["⚠ Ændret efter godkendelse"] * 2
    assert tab.banner.isVisible()
    banner = tab.banner_text.text()
    assert "Ændret efter godkendelse af Connie Center, Dorte Direktør" in banner
    assert "Beløb: 1.100.000 kr. → 1.240.000 kr." in banner
    assert "Mentorstøtte: levering: Blandet → Internt" in banner
    tooltip = tab.sign_offs_model.index(0, STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Beløb: 1.100.000 kr. → 1.240.000 kr." in tooltip
    assert tab.decisions_model.index(0, STATUS).data() == "⚠ Ændret efter godkendelse"
    assert tab.overview.text() == "0 af 1 beslutning godkendt, 1 ændret efter godkendelse"

    _set_service(tab, service_id, placement="mixed")
    _undo(tab)  # the amount back as signed: the sign-offs hold again
    assert _states(tab) == ["Gældende"] * 2
    assert not tab.banner.isVisible()


def test_long_text_changes_show_before_and_now_escaped(
    tab: SignOffTab, signer: Signer, qtbot: QtBot
) -> None:
    _add(tab, "Beslutning")
    _type(tab, qtbot, tab.editor.text, "Kort <tekst> & mere " * 5)
    signer.will_sign("Dorte Direktør")
    tab.add_sign_off()
    _type(tab, qtbot, tab.editor.text, "Ny & <anden> tekst " * 5)
    banner = tab.banner_text.text()
    assert "Før:" in banner and "Nu:" in banner
    assert "&lt;anden&gt;" in banner and "<anden>" not in banner


def test_signing_again_supersedes_the_stale_sign_off_and_keeps_it(
    tab: SignOffTab, signer: Signer, qtbot: QtBot
) -> None:
    with tab.workshop.session() as session:
        director = add_participant(
            session, name="Dorte Direktør", role="Kommunaldirektør", side=Side.LEADERSHIP.value
        ).id
    _add(tab, "Mentorstøtte hjemtages delvist")
    signer.will_sign("Dorte Direktør", participant_id=director, title="Kommunaldirektør")
    tab.add_sign_off()
    _type(tab, qtbot, tab.editor.text, "Tre mentorer i stedet for to")
    tab.select_sign_off(tab.sign_offs_model.state_at(0).id)
    assert tab.renew_button.isEnabled()

    signer.will_sign(
        "Dorte Direktør", participant_id=director, signed_at=datetime(2027, 2, 10, 9, 0)
    )
    tab.renew_sign_off()

    preset = signer.asked[-1][2]
    assert preset is not None and preset.participant_id == director
    assert preset.approver_name == "Dorte Direktør" and preset.outcome == "approved"
    assert _states(tab) == ["Erstattet af en nyere", "Gældende"]
    assert not tab.banner.isVisible()
    assert tab.overview.text() == "1 af 1 beslutning godkendt"
    assert _undo(tab) == "Godkend igen"  # the button's words, not a second name
    assert _states(tab) == ["⚠ Ændret efter godkendelse"]


def test_edit_a_sign_off_in_the_table_with_undo(
    tab: SignOffTab, signer: Signer, qtmodeltester: ModelTester
) -> None:
    _add(tab, "Beslutning")
    signer.will_sign("Connie Center")
    tab.add_sign_off()
    model = tab.sign_offs_model
    qtmodeltester.check(model)

    assert model.setData(model.index(0, OUTCOME), Outcome.REJECTED.value)
    assert tab.decisions_model.index(0, STATUS).data() == "Afvist"
    assert model.setData(model.index(0, COMMENT), "Ikke nu")
    later = to_qdatetime(datetime(2027, 2, 9, 15, 45))
    assert model.setData(model.index(0, SIGNED_AT), later)
    row = model.state_at(0).sign_off
    assert (row["outcome"], row["comment"], row["signed_at"]) == (
        "rejected",
        "Ikke nu",
        datetime(2027, 2, 9, 15, 45),
    )
    assert not model.state_at(0).is_stale  # correcting the answer is not a new content
    assert _undo(tab) == "Ret godkendelse"
    assert _undo(tab) == "Ret godkendelse"
    assert _undo(tab) == "Ret godkendelse"
    assert model.state_at(0).outcome == "approved"


def test_another_name_typed_over_a_participant_unlinks_the_sign_off(
    tab: SignOffTab, signer: Signer
) -> None:
    with tab.workshop.session() as session:
        connie = add_participant(session, name="Connie Center", side=Side.LEADERSHIP.value).id
    tab.refresh()
    _add(tab, "Beslutning")
    signer.will_sign("Connie Center", participant_id=connie)
    tab.add_sign_off()
    model = tab.sign_offs_model
    assert model.setData(model.index(0, APPROVER), "Connie Center") is False
    assert model.setData(model.index(0, APPROVER), "Carl Centerchef")
    row = model.state_at(0).sign_off
    assert (row["approver_name"], row["participant_id"]) == ("Carl Centerchef", None)
    _undo(tab)
    row = model.state_at(0).sign_off
    assert (row["approver_name"], row["participant_id"]) == ("Connie Center", connie)


def test_delete_a_sign_off_with_undo(tab: SignOffTab, signer: Signer) -> None:
    _add(tab, "Beslutning")
    signer.will_sign("Connie Center")
    tab.add_sign_off()
    sign_off_id = tab.sign_offs_model.state_at(0).id
    tab.select_sign_off(sign_off_id)
    tab.delete_sign_off()
    assert tab.sign_offs_model.rowCount() == 0
    assert _undo(tab) == "Slet godkendelse"
    assert tab.sign_offs_model.state_at(0).id == sign_off_id


def test_deleting_a_decision_takes_its_sign_offs_and_undo_brings_them_back(
    tab: SignOffTab, signer: Signer
) -> None:
    decision_id = _add(tab, "Beslutning")
    signer.will_sign("Connie Center")
    tab.add_sign_off()
    tab.delete_decision()
    assert tab.workshop.read(lambda s: s.exec(select(SignOff)).all()) == []
    _undo(tab)
    tab.select_decision(decision_id)
    assert _states(tab) == ["Gældende"]


# -- the dialog -------------------------------------------------------------------------------


def test_dialog_offers_leadership_first_and_unlinks_a_retyped_name(qtbot: QtBot) -> None:
    approvers = [
        Approver("p-dorte", "Dorte Direktør", "Kommunaldirektør", True),
        Approver("p-ida", "Ida Indkøb", "Indkøbskonsulent", False),
    ]
    dialog = SignOffDialog(approvers, "Beslutning")
    qtbot.addWidget(dialog)
    answer = dialog.answer()
    assert (answer.participant_id, answer.approver_name) == ("p-dorte", "Dorte Direktør")
    assert answer.approver_title == "Kommunaldirektør" and answer.outcome == "approved"
    assert abs((answer.signed_at - datetime.now()).total_seconds()) < 120

    dialog.name.setText("Dorte D. Direktør")
    assert dialog.answer().participant_id is None
    dialog.who.setCurrentIndex(0)  # someone else
    assert dialog.name.text() == "" and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Bo Borgmester")
    assert dialog.ok.isEnabled()
    assert dialog.answer().approver_name == "Bo Borgmester"


# -- the file ---------------------------------------------------------------------------------


def test_decisions_and_sign_offs_survive_save_close_and_reopen(
    qtbot: QtBot, danish: None, tmp_path: Path, signer: Signer
) -> None:
    path = tmp_path / "gemt.tvaers"
    doc = create_document(path, title="Gemt")
    tab = SignOffTab(OpenWorkshop(doc), "da")
    qtbot.addWidget(tab)
    tab.show()  # a tab shows edits while it is on screen
    _add(tab, "Mentorstøtte hjemtages delvist")
    signer.will_sign("Connie Center", comment="Ja")
    tab.add_sign_off()
    signer.will_sign("Dorte Direktør", Outcome.CHANGES_REQUESTED.value)
    tab.add_sign_off()
    tab.editor.conditions.setPlainText("Evalueres efter et år")  # typed, not yet committed
    tab.commit_typing()
    before = tab.workshop.read(signoff.decision_reports)
    doc.close()

    again = open_document(path)
    try:
        reopened = SignOffTab(OpenWorkshop(again), "da")
        qtbot.addWidget(reopened)
        after = reopened.workshop.read(signoff.decision_reports)
        assert after == before
        assert after[0].decision["conditions"] == "Evalueres efter et år"
        assert _states(reopened) == ["⚠ Ændret efter godkendelse", "⚠ Ændret siden"]
        assert reopened.sign_offs_model.index(1, OUTCOME).data() == "Ændringer ønsket"
    finally:
        again.close(save=False)


def test_read_only_workshop_shows_but_does_not_edit(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    path = tmp_path / "laest.tvaers"
    doc = create_document(path, title="Læst")
    with doc.session() as session:
        decision = signoff.add_decision(session, title="Beslutning")
        signoff.add_sign_off(session, decision_id=decision.id, approver_name="Dorte")
    doc.close()
    read_only = open_document(path, read_only=True)
    try:
        tab = SignOffTab(OpenWorkshop(read_only), "da")
        qtbot.addWidget(tab)
        assert tab.decisions_model.rowCount() == 1 and tab.sign_offs_model.rowCount() == 1
        for button in (
            tab.add_decision_button,
            tab.delete_decision_button,
            tab.add_sign_off_button,
            tab.delete_sign_off_button,
        ):
            assert not button.isEnabled()
        assert tab.editor.title.isReadOnly()
        assert not tab.sign_offs_model.flags(tab.sign_offs_model.index(0, OUTCOME)) & (
            Qt.ItemFlag.ItemIsEditable
        )
    finally:
        read_only.close(save=False)


# -- the demo ---------------------------------------------------------------------------------


def test_demo_shows_the_approved_decision_that_was_changed_afterwards(
    qtbot: QtBot, danish: None, doc: WorkshopDocument, qtmodeltester: ModelTester
) -> None:
    with doc.session() as session:
        populate_demo(session)
        if not signoff.list_services(session):  # the delivery board's demo not there yet
            session.add(Service(title="Mentorstøtte", placement="mixed"))
            session.commit()
        if not signoff.list_decisions(session):
            populate_signoff(session)
    tab = SignOffTab(OpenWorkshop(doc), "da")
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.decisions_model)
    assert tab.overview.text() == "1 af 3 beslutninger godkendt, 1 ændret efter godkendelse"
    tab.select_decision(next(r.id for r in tab.reports if r.decision["title"] == MENTORS.title))
    assert _states(tab) == ["⚠ Ændret efter godkendelse"] * 2
    assert "Beløb: 1.100.000 kr. → 1.240.000 kr." in tab.banner_text.text()
    names = [a.name for a in tab.approvers]
    assert names[:2] == ["Connie Center", "Dorte Direktør"]  # leadership first
    checked = [
        tab.editor.services.item(row).text()
        for row in range(tab.editor.services.count())
        if tab.editor.services.item(row).checkState() == Qt.CheckState.Checked
    ]
    assert [text.split(" – ")[0] for text in checked] == ["Mentorstøtte"]


# -- leadership's priorities and frame (issue 20, part 4) --------------------------------------


def _frame_marks(tab: SignOffTab) -> list[tuple[str, str, str]]:
    """(rank, title, the mark under the title) of each decision in the list."""
    model = tab.decisions_model
    rows = []
    for r in range(model.rowCount()):
        title, _, mark = str(model.index(r, TITLE).data()).partition("\n")
        rows.append((str(model.index(r, RANK).data()), title, mark))
    return rows


def test_leadership_types_a_frame_ranks_decisions_and_sees_where_it_runs_out(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    """By keyboard only: Alt+M to the frame, type it, Tab on; Alt+Up in the list; undo; and
    the frame and the order survive save, close and reopen."""
    path = tmp_path / "prioriteret.tvaers"
    doc = create_document(path, title="Prioriteret")
    tab = SignOffTab(OpenWorkshop(doc), "da")
    qtbot.addWidget(tab)
    tab.resize(1280, 740)
    tab.show()
    qtbot.waitExposed(tab)
    with tab.workshop.session() as s:
        signoff.add_decision(s, title="Mentorer", resources_dkk=900_000, resources_fte=2.0)
        signoff.add_decision(s, title="Udbud", resources_hours=120)
        signoff.add_decision(s, title="Markedsdialog", resources_dkk=200_000, resources_hours=40)
    tab.refresh()
    assert tab.frame_editor.verdict.isHidden()  # no frame yet: nothing is over it
    assert "Beslutningerne beder i alt om 1.100.000 kr., 160 timer og 2 årsværk." in (
        tab.frame_editor.summary.text()
    )
    assert "Ledelsen har ikke sat en ramme" in tab.frame_editor.summary.text()

    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.decisions_view.setFocus()
    # Alt+M ("Ra&mme"), pressed where the focus is, as a person presses it.
    qtbot.keyClick(tab.decisions_view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert tab.frame_editor.budget.hasFocus()
    qtbot.keyClicks(tab.frame_editor.budget, "1.000.000")
    qtbot.keyClick(tab.frame_editor.budget, Qt.Key.Key_Tab)
    assert tab.frame_editor.hours.hasFocus()
    qtbot.keyClicks(tab.frame_editor.hours, "150")
    qtbot.keyClick(tab.frame_editor.hours, Qt.Key.Key_Tab)
    assert tab.workshop.read(signoff.resource_frame) == {
        "budget_dkk": 1_000_000,
        "hours": 150.0,
        "fte": None,
    }
    assert tab.workshop.undo_stack.undoText() == "Ret rammen"
    # 900.000 + 0 + 200.000 kr. > 1.000.000, and 120 + 40 timer > 150: both at decision 3.
    assert _frame_marks(tab) == [
        ("1", "Mentorer", ""),
        ("2", "Udbud", ""),
        ("3", "Markedsdialog", "⚠ Over rammen"),
    ]
    assert tab.frame_editor.verdict.text() == "⚠ Over rammen fra beslutning 3 (beløb og timer)."
    assert tab.frame_editor.verdict.isVisible()

    # Leadership puts the market dialogue first: now the mentors no longer fit.
    tab.select_decision(tab.decisions_model.report_at(2).id)
    tab.decisions_view.setFocus()
    qtbot.keyClick(tab.decisions_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tab.decisions_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _frame_marks(tab) == [
        ("1", "Markedsdialog", ""),
        ("2", "Mentorer", "⚠ Over rammen"),
        ("3", "Udbud", "Over rammen"),
    ]
    assert tab.frame_editor.verdict.text() == "⚠ Over rammen fra beslutning 2 (beløb)."
    assert tab.selected_report() is not None
    assert tab.selected_report().decision["title"] == "Markedsdialog"  # type: ignore[union-attr]

    # An empty field is no limit; undo puts the limit back.
    tab.frame_editor.budget.setFocus()
    tab.frame_editor.budget.selectAll()
    qtbot.keyClick(tab.frame_editor.budget, Qt.Key.Key_Delete)
    qtbot.keyClick(tab.frame_editor.budget, Qt.Key.Key_Return)
    assert tab.workshop.read(signoff.resource_frame)["budget_dkk"] is None
    assert tab.frame_editor.verdict.text() == "⚠ Over rammen fra beslutning 3 (timer)."
    assert _undo(tab) == "Ret rammen"
    assert tab.frame_editor.budget.text() == "1.000.000"
    assert _frame_marks(tab)[1][2] == "⚠ Over rammen"

    # Not a number: marked, nothing stored.
    tab.frame_editor.fte.setFocus()
    qtbot.keyClicks(tab.frame_editor.fte, "to")
    qtbot.keyClick(tab.frame_editor.fte, Qt.Key.Key_Return)
    assert "border" in tab.frame_editor.fte.styleSheet()
    assert tab.workshop.read(signoff.resource_frame)["fte"] is None
    tab.frame_editor.fte.clear()
    doc.close()

    again = open_document(path)
    try:
        reopened = SignOffTab(OpenWorkshop(again), "da")
        qtbot.addWidget(reopened)
        reopened.show()
        assert reopened.frame_editor.budget.text() == "1.000.000"
        assert reopened.frame_editor.hours.text() == "150"
        assert reopened.frame_editor.fte.text() == ""
        assert _frame_marks(reopened) == [
            ("1", "Markedsdialog", ""),
            ("2", "Mentorer", "⚠ Over rammen"),
            ("3", "Udbud", "Over rammen"),
        ]
    finally:
        again.close(save=False)


def test_read_only_frame_cannot_be_typed_in(qtbot: QtBot, danish: None, tmp_path: Path) -> None:
    path = tmp_path / "laest.tvaers"
    doc = create_document(path, title="Læst")
    with doc.session() as s:
        signoff.update_resource_frame(s, budget_dkk=500_000)
    doc.save()
    doc.close()
    readonly = open_document(path, read_only=True)
    try:
        tab = SignOffTab(OpenWorkshop(readonly), "da")
        qtbot.addWidget(tab)
        tab.show()
        assert tab.frame_editor.budget.text() == "500.000"
        assert tab.frame_editor.budget.isReadOnly()
    finally:
        readonly.close(save=False)
