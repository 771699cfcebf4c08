"""Undo and redo give back exactly what was there: a storm of random edits through the real
undo commands the tabs push, checked against the whole file after every step.

The model is the list of the file's contents at each index of the undo stack: pushing an
edit records what the file holds after it; an undo or a redo must bring the file back to
exactly the content recorded at the index it lands on. "Exactly" means every row of every
table, with its id, creation time, order (`position`, `placement`) and links (a sign-off's
approver, a term's teacher and counterpart, a card's decisions); only `updated_at` is left
out (an undo is itself an edit, and says when it was made). After the last step everything
is undone (the file must equal the start) and redone (it must equal the end).

The workshop starts with rows whose positions have gaps and interleave across the
glossary's two sides, as a file does after a few sessions of adding and deleting: an undo
that renumbers 0, 1, 2 instead of putting back the numbers that were there shows up.

Issue 18 item 13 found that undoing "Delete participant" left their sign-offs without the
approver link, and that undo-all did not give back the order of terms and cards.
"""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import event
from sqlmodel import Session, col, select

from desktop.core import actions, delivery, glossary, participants, signoff
from desktop.core.canvas_models import Canvas, Note
from desktop.core.delivery_models import Criterion, Measure, Placement, Service
from desktop.core.dialogue_models import DialogueInfo, DialogueMeeting
from desktop.core.models import ActionItem, Participant, Term
from desktop.core.signoff_models import Decision, SignOff
from desktop.storage.document import WorkshopDocument, create_document
from desktop.ui.delivery_tab import commands as delivery_commands
from desktop.ui.delivery_tab import dialogue_commands
from desktop.ui.delivery_tab.contract_page import SetLeadTime
from desktop.ui.delivery_tab.measures_panel import AddMeasure, DeleteMeasure, EditMeasure
from desktop.ui.glossary_tab import commands as glossary_commands
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.signoff_tab import commands as signoff_commands
from desktop.ui.workshop_tab import commands as workshop_commands
from tests.reliability.support import record

PROCUREMENT, DOMAIN = glossary.SIDES
COLUMNS = [p.value for p in Placement]
NAMES = ["Anna", "Bent", "Åse Ørum", "Dorthe", "Erik", "Fatima", "Gorm"]
WORDS = ["Tilbud", "Udbud", "Ydelse", "Borger", "Forløb", "Kontrakt", "Mindstekrav", "Æble"]
STEPS = 80
EXAMPLES = 40
PICK = st.integers(min_value=0, max_value=1_000)
STORM = settings(
    max_examples=EXAMPLES,
    stateful_step_count=STEPS,
    deadline=None,
    report_multiple_bugs=False,  # shrink the first failure only: minutes, not many
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

LABEL = {  # a column each row of the storm has a unique text in
    Participant: "name",
    Term: "term",
    Service: "title",
    Decision: "title",
    SignOff: "comment",
    Criterion: "title",
    Note: "text",
    ActionItem: "what",
    DialogueMeeting: "attendees",
    DialogueInfo: "text",
    Measure: "baseline",
}
Content = dict[str, list[tuple[tuple[str, str], ...]]]


def file_content(doc: WorkshopDocument) -> Content:
    """Every row of every table, without `updated_at`, in a stable order."""
    with doc.session() as session:
        connection = session.connection()
        tables = [
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        content: Content = {}
        for table in tables:
            cursor = connection.exec_driver_sql(f'SELECT * FROM "{table}"')
            names = list(cursor.keys())
            content[table] = sorted(
                tuple(
                    (name, repr(value))
                    for name, value in zip(names, row, strict=True)
                    if name != "updated_at"
                )
                for row in cursor
            )
        return content


def differences(expected: Content, actual: Content) -> str:
    """The rows that differ, table by table, to read in a failure."""
    lines = []
    for table in sorted(set(expected) | set(actual)):
        want, got = expected.get(table, []), actual.get(table, [])
        if want == got:
            continue
        lines.append(f"table {table}:")
        lines += [f"  missing: {dict(row)}" for row in want if row not in got]
        lines += [f"  extra:   {dict(row)}" for row in got if row not in want]
    return "\n".join(lines) or "(same rows)"


def seed(session: Session) -> None:
    """A workshop after a few sessions: gaps in every order, terms of both sides interleaved,
    approvers linked to participants, cards covered by decisions."""
    anna = participants.add_participant(session, name="Anna", side="leadership", position=0)
    bent = participants.add_participant(session, name="Bent", side="domain", position=3)
    carl = participants.add_participant(session, name="Carl", side="procurement", position=7)
    people = [anna.id, bent.id, carl.id, None]
    terms = []
    for index, (side, word) in enumerate(
        [(PROCUREMENT, "Tilbud"), (DOMAIN, "Forløb"), (PROCUREMENT, "Udbud"),
         (DOMAIN, "Borger"), (PROCUREMENT, "Kontrakt")]
    ):  # fmt: skip
        terms.append(
            glossary.add_term(
                session, side=side, term=word, taught_by=people[index % 4], position=index * 3
            ).id
        )
    glossary.link_terms(session, first_id=terms[0], second_id=terms[1])
    cards = []
    for placement, position in [
        (COLUMNS[0], 0), (COLUMNS[0], 4), (COLUMNS[0], 9), (COLUMNS[1], 2), (COLUMNS[1], 3),
        (COLUMNS[2], 5),
    ]:  # fmt: skip
        title = f"Kort {len(cards) + 1}"
        cards.append(
            delivery.add_service(session, title=title, placement=placement, position=position).id
        )
    decisions = [
        signoff.add_decision(session, title="Vi køber rådgivning", position=2).id,
        signoff.add_decision(session, title="Vi leverer selv", position=5).id,
    ]
    signoff.set_decision_services(session, decision_id=decisions[0], service_ids=cards[:2])
    canvas = Canvas(title="Behov")
    session.add(canvas)
    session.flush()
    needs = [Note(canvas_id=canvas.id, text=f"Behov {n}", position=n) for n in range(3)]
    session.add_all(needs)
    session.flush()
    delivery.link_note(session, service_id=cards[0], note_id=needs[0].id)
    criteria = delivery.list_criteria(session)
    delivery.set_score(session, service_id=cards[1], criterion_id=criteria[0].id, score=4)
    actions.add_action(session, what="Send udkast", position=4)
    signers = [(decisions[0], anna), (decisions[0], carl), (decisions[1], anna)]
    for number, (decision_id, who) in enumerate(signers):
        signoff.add_sign_off(
            session,
            decision_id=decision_id,
            approver_name=who.name,
            participant_id=who.id,
            comment=f"Set {number}",
            signed_at=datetime(2026, 3, 4, 10, 0),
        )


class UndoStorm(RuleBasedStateMachine):
    folder: Path  # set by the test
    made = itertools.count()

    def __init__(self) -> None:
        super().__init__()
        path = self.folder / f"storm {next(self.made)}.tvaers"
        self.doc = create_document(path, title="Storm")
        with self.doc.session() as session:
            seed(session)
        self.workshop = OpenWorkshop(self.doc)
        self.workshop.stop_timers()  # no autosave in the middle: this is about the working copy
        self.states: list[Content] = [file_content(self.doc)]
        self.pushed = 0
        self.words = itertools.count()

    def teardown(self) -> None:
        try:
            self.check_undo_all_and_redo_all()
        finally:
            self.workshop.stop_timers()
            self.workshop.undo_stack.clear()
            self.doc.close(save=False)
            self.workshop.deleteLater()

    # -- reading -----------------------------------------------------------------------

    def ids(self, model: type[Any], **where: Any) -> list[str]:
        """By a unique text, not by id: ids are random, and hypothesis must be able to
        replay an example step by step."""
        with self.doc.session() as session:
            query = select(model.id).order_by(getattr(model, LABEL[model]))
            for name, value in where.items():
                query = query.where(getattr(model, name) == value)
            return list(session.exec(query).all())

    def pick(self, model: type[Any], index: int, **where: Any) -> str | None:
        ids = self.ids(model, **where)
        return ids[index % len(ids)] if ids else None

    def push(self, command: Any) -> None:
        if self.workshop.push(command):
            self.pushed += 1
            index = self.workshop.undo_stack.index()
            self.states[index:] = [file_content(self.doc)]

    def name(self, base: str) -> str:
        return f"{base} {next(self.words)}"

    # -- participants ----------------------------------------------------------------------

    @rule(name=st.sampled_from(NAMES), side=st.sampled_from(["leadership", "domain", "other"]))
    def add_participant(self, name: str, side: str) -> None:
        self.push(workshop_commands.AddParticipant(self.workshop, name=self.name(name), side=side))

    @rule(index=PICK, name=st.sampled_from(NAMES))
    def rename_participant(self, index: int, name: str) -> None:
        participant_id = self.pick(Participant, index)
        if participant_id is None:
            return
        old = self.workshop.read(lambda s: s.get(Participant, participant_id).name)
        self.push(
            workshop_commands.EditParticipant(
                self.workshop, participant_id, "name", old, self.name(name)
            )
        )

    @rule(index=PICK)
    def delete_participant(self, index: int) -> None:
        participant_id = self.pick(Participant, index)
        if participant_id is not None:
            self.push(workshop_commands.DeleteParticipant(self.workshop, participant_id))

    # -- glossary --------------------------------------------------------------------------

    @rule(side=st.sampled_from([PROCUREMENT, DOMAIN]), word=st.sampled_from(WORDS), teacher=PICK)
    def add_term_with_teacher(self, side: str, word: str, teacher: int) -> None:
        taught_by = self.pick(Participant, teacher)
        self.push(
            glossary_commands.AddTerm(
                self.workshop, side=side, term=self.name(word), taught_by=taught_by
            )
        )

    @rule(index=PICK)
    def delete_term(self, index: int) -> None:
        term_id = self.pick(Term, index)
        if term_id is not None:
            self.push(glossary_commands.DeleteTerm(self.workshop, term_id))

    @rule(first=PICK, second=PICK)
    def link_terms(self, first: int, second: int) -> None:
        a, b = self.pick(Term, first, side=PROCUREMENT), self.pick(Term, second, side=DOMAIN)
        if a and b:
            self.push(glossary_commands.LinkTerms(self.workshop, a, b))

    @rule(index=PICK, offset=st.sampled_from([-2, -1, 1, 2]))
    def move_term(self, index: int, offset: int) -> None:
        term_id = self.pick(Term, index)
        if term_id is None:
            return
        side = self.workshop.read(lambda s: s.get(Term, term_id).side)
        self.push(glossary_commands.move_term(self.workshop, side, term_id, offset))

    @rule(side=st.sampled_from([PROCUREMENT, DOMAIN]))
    def sort_terms(self, side: str) -> None:
        self.push(glossary_commands.sort_terms(self.workshop, side))

    # -- sign-off --------------------------------------------------------------------------

    @rule(decision=PICK, approver=PICK)
    def sign_off_with_approver(self, decision: int, approver: int) -> None:
        decision_id = self.pick(Decision, decision)
        participant_id = self.pick(Participant, approver)
        if decision_id is None or participant_id is None:
            return
        name = self.workshop.read(lambda s: s.get(Participant, participant_id).name)
        self.push(
            signoff_commands.AddSignOff(
                self.workshop,
                decision_id=decision_id,
                approver_name=name,
                approver_title="Direktør",
                participant_id=participant_id,
                outcome="approved",
                comment=self.name("Godkendt"),
                signed_at=datetime(2026, 3, 5, 14, 30),
            )
        )

    @rule(index=PICK)
    def delete_sign_off(self, index: int) -> None:
        sign_off_id = self.pick(SignOff, index)
        if sign_off_id is not None:
            self.push(signoff_commands.DeleteSignOff(self.workshop, sign_off_id))

    @rule(index=PICK)
    def delete_decision(self, index: int) -> None:
        decision_id = self.pick(Decision, index)
        if decision_id is not None:
            self.push(signoff_commands.DeleteDecision(self.workshop, decision_id))

    @rule(index=PICK, offset=st.sampled_from([-1, 1]))
    def move_decision(self, index: int, offset: int) -> None:
        decision_id = self.pick(Decision, index)
        if decision_id is not None:
            self.push(signoff_commands.MoveDecision(self.workshop, decision_id, offset))

    @rule(
        field=st.sampled_from(signoff.FRAME_FIELDS),
        value=st.one_of(st.none(), st.integers(min_value=0, max_value=5_000_000)),
    )
    def set_frame(self, field: str, value: int | None) -> None:
        """Leadership's frame: the first edit makes its row; undo must take it away again."""
        old = self.workshop.read(signoff.resource_frame)[field]
        self.push(signoff_commands.EditFrame(self.workshop, {field: old}, {field: value}))

    # -- delivery board --------------------------------------------------------------------

    @rule(placement=st.sampled_from(COLUMNS))
    def add_service(self, placement: str) -> None:
        self.push(
            delivery_commands.AddService(
                self.workshop, title=self.name("Ydelse"), placement=placement
            )
        )

    @rule(
        index=PICK,
        field=st.sampled_from(["contract_end", "current_contract_typed", "options_used"]),
        value=st.sampled_from(["", "2027-03-31", "2+1+1", 0, 2, None]),
    )
    def edit_contract(self, index: int, field: str, value: object) -> None:
        """A field of the Contract page (issue 20, part 1), as the page sends it."""
        service_id = self.pick(Service, index)
        is_text = field != "options_used"
        if service_id is None or isinstance(value, str) != is_text:
            return
        if field == "contract_end" and value not in ("", "2027-03-31"):
            return
        old = self.workshop.read(lambda s: getattr(s.get(Service, service_id), field))
        if old != value:
            edit = delivery_commands.EditService(
                self.workshop, service_id, {field: old}, {field: value}
            )
            self.push(edit)

    @rule(
        regime=st.sampled_from(["below", "light", "full_eu"]),
        step=st.sampled_from(["needs", "tender_period", "standstill"]),
        days=st.none() | st.sampled_from([0, 10, 35, 90]),
    )
    def set_lead_time(self, regime: str, step: str, days: int | None) -> None:
        """A lead time of the calendar: the first change makes its row, the default none."""
        self.push(SetLeadTime(self.workshop, regime, step, days))

    @rule(
        index=PICK,
        field=st.sampled_from(["case_years", "case_baseline_dkk", "case_fte", "case_scores_cost"]),
        value=st.sampled_from([None, 4, 1_000_000, 1.5, True, False]),
    )
    def edit_case(self, index: int, field: str, value: object) -> None:
        """A figure of the Business case page (issue 20, part 2), as the page sends it."""
        service_id = self.pick(Service, index)
        fits = {
            "case_years": value is None or value == 4,
            "case_baseline_dkk": value is None or value == 1_000_000,
            "case_fte": value is None or value == 1.5,
            "case_scores_cost": isinstance(value, bool),
        }
        if service_id is None or not fits[field]:
            return
        old = self.workshop.read(lambda s: getattr(s.get(Service, service_id), field))
        if old != value:
            edit = delivery_commands.EditService(
                self.workshop, service_id, {field: old}, {field: value}
            )
            self.push(edit)

    @rule(service=PICK, name=st.sampled_from(["Andel i job", "Tilfredshed"]))
    def add_measure(self, service: int, name: str) -> None:
        service_id = self.pick(Service, service)
        if service_id is not None:
            baseline = self.name("Udgangspunkt")
            self.push(
                AddMeasure(self.workshop, service_id=service_id, name=name, baseline=baseline)
            )

    @rule(
        index=PICK,
        field=st.sampled_from(["name", "target", "result"]),
        text=st.sampled_from(["", "45 %"]),
    )
    def edit_measure(self, index: int, field: str, text: str) -> None:
        measure_id = self.pick(Measure, index)
        if measure_id is None:
            return
        old = self.workshop.read(lambda s: getattr(s.get(Measure, measure_id), field))
        if old != text:
            self.push(EditMeasure(self.workshop, measure_id, field, old, text))

    @rule(index=PICK)
    def delete_measure(self, index: int) -> None:
        measure_id = self.pick(Measure, index)
        if measure_id is not None:
            self.push(DeleteMeasure(self.workshop, measure_id))

    @rule(index=PICK)
    def delete_service(self, index: int) -> None:
        service_id = self.pick(Service, index)
        if service_id is not None:
            self.push(delivery_commands.DeleteService(self.workshop, service_id))

    @rule(index=PICK, placement=st.sampled_from(COLUMNS), before=st.none() | PICK)
    def move_service(self, index: int, placement: str, before: int | None) -> None:
        service_id = self.pick(Service, index)
        if service_id is None:
            return
        before_id = None if before is None else self.pick(Service, before, placement=placement)
        source = self.workshop.read(lambda s: s.get(Service, service_id).placement)
        self.push(
            delivery_commands.MoveService(
                self.workshop, service_id, placement, before_id, reorder=source == placement
            )
        )

    # -- more of what the tabs push ---------------------------------------------------------

    @rule(index=PICK, teacher=st.none() | PICK)
    def change_teacher(self, index: int, teacher: int | None) -> None:
        term_id = self.pick(Term, index)
        if term_id is None:
            return
        taught_by = None if teacher is None else self.pick(Participant, teacher)
        old = self.workshop.read(lambda s: s.get(Term, term_id).taught_by)
        self.push(
            glossary_commands.EditTerm(
                self.workshop, term_id, {"taught_by": old}, {"taught_by": taught_by}
            )
        )

    @rule(index=PICK)
    def unlink_term(self, index: int) -> None:
        term_id = self.pick(Term, index)
        if term_id is not None:
            self.push(glossary_commands.UnlinkTerm(self.workshop, term_id))

    @rule(title=st.sampled_from(["Vi køber", "Vi leverer", "Vi venter"]))
    def add_decision(self, title: str) -> None:
        self.push(signoff_commands.AddDecision(self.workshop, title=self.name(title)))

    @rule(index=PICK, covered=st.lists(PICK, max_size=3))
    def cover_services(self, index: int, covered: list[int]) -> None:
        decision_id = self.pick(Decision, index)
        if decision_id is None:
            return
        services = [self.pick(Service, i) for i in covered]
        self.push(
            signoff_commands.SetDecisionServices(
                self.workshop, decision_id, sorted({s for s in services if s})
            )
        )

    @rule(index=PICK, approver=st.none() | PICK, outcome=st.sampled_from(["approved", "rejected"]))
    def edit_sign_off(self, index: int, approver: int | None, outcome: str) -> None:
        sign_off_id = self.pick(SignOff, index)
        if sign_off_id is None:
            return
        participant_id = None if approver is None else self.pick(Participant, approver)
        old = self.workshop.read(
            lambda s: {
                "participant_id": s.get(SignOff, sign_off_id).participant_id,
                "outcome": s.get(SignOff, sign_off_id).outcome,
            }
        )
        new = {"participant_id": participant_id, "outcome": outcome}
        self.push(signoff_commands.EditSignOff(self.workshop, sign_off_id, old, new))

    @rule(service=PICK, criterion=PICK, score=st.none() | st.integers(1, 5))
    def score_service(self, service: int, criterion: int, score: int | None) -> None:
        service_id, criterion_id = self.pick(Service, service), self.pick(Criterion, criterion)
        if service_id and criterion_id:
            self.push(
                delivery_commands.ScoreService(self.workshop, service_id, criterion_id, score)
            )

    @rule(service=PICK, notes=st.lists(PICK, min_size=1, max_size=2))
    def link_needs(self, service: int, notes: list[int]) -> None:
        service_id = self.pick(Service, service)
        note_ids = sorted({n for n in (self.pick(Note, i) for i in notes) if n})
        if service_id and note_ids:
            self.push(delivery_commands.LinkNeeds(self.workshop, service_id, note_ids))

    @rule(service=PICK, note=PICK)
    def unlink_need(self, service: int, note: int) -> None:
        service_id, note_id = self.pick(Service, service), self.pick(Note, note)
        if service_id and note_id:
            self.push(delivery_commands.UnlinkNeed(self.workshop, service_id, note_id))

    @rule(index=PICK)
    def create_service_from_note(self, index: int) -> None:
        note_id = self.pick(Note, index)
        if note_id is not None:
            self.push(delivery_commands.CreateServiceFromNote(self.workshop, note_id))

    @rule(weight=st.sampled_from([0.0, 1.0, 2.5]))
    def add_criterion(self, weight: float) -> None:
        self.push(
            delivery_commands.AddCriterion(
                self.workshop, title=self.name("Kriterium"), weight=weight
            )
        )

    @rule(index=PICK)
    def delete_criterion(self, index: int) -> None:
        criterion_id = self.pick(Criterion, index)
        if criterion_id is not None:
            self.push(delivery_commands.DeleteCriterion(self.workshop, criterion_id))

    @rule(index=PICK, weight=st.sampled_from([0.0, 0.5, 3.0]))
    def change_weight(self, index: int, weight: float) -> None:
        criterion_id = self.pick(Criterion, index)
        if criterion_id is None:
            return
        old = self.workshop.read(lambda s: s.get(Criterion, criterion_id).weight)
        self.push(
            delivery_commands.EditCriterion(
                self.workshop, criterion_id, {"weight": old}, {"weight": weight}
            )
        )

    @rule(what=st.sampled_from(["Ring til leverandør", "Skriv referat"]))
    def add_action(self, what: str) -> None:
        self.push(workshop_commands.AddAction(self.workshop, what=self.name(what)))

    @rule(index=PICK)
    def delete_action(self, index: int) -> None:
        action_id = self.pick(ActionItem, index)
        if action_id is not None:
            self.push(workshop_commands.DeleteAction(self.workshop, action_id))

    # -- market dialogue ---------------------------------------------------------------------

    @rule(service=PICK, supplier=st.sampled_from(["Aktiv A/S", " aktiv a/s", "Bedre ApS", ""]))
    def add_meeting(self, service: int, supplier: str) -> None:
        service_id = self.pick(Service, service)
        if service_id is not None:
            command = dialogue_commands.AddMeeting(
                self.workshop,
                service_id=service_id,
                supplier=supplier,
                attendees=self.name("Møde"),
                held_on="2027-01-05",
            )
            self.push(command)

    @rule(index=PICK, supplier=st.sampled_from(["Aktiv A/S", "Cirkel I/S"]))
    def edit_meeting(self, index: int, supplier: str) -> None:
        meeting_id = self.pick(DialogueMeeting, index)
        if meeting_id is not None:
            old = self.workshop.read(lambda s: s.get(DialogueMeeting, meeting_id).supplier)
            if old != supplier:
                self.push(
                    dialogue_commands.EditMeeting(
                        self.workshop, meeting_id, "supplier", old, supplier
                    )
                )

    @rule(index=PICK)
    def delete_meeting(self, index: int) -> None:
        meeting_id = self.pick(DialogueMeeting, index)
        if meeting_id is not None:
            self.push(dialogue_commands.DeleteMeeting(self.workshop, meeting_id))

    @rule(service=PICK)
    def add_info(self, service: int) -> None:
        service_id = self.pick(Service, service)
        if service_id is not None:
            self.push(
                dialogue_commands.AddInfo(
                    self.workshop, service_id=service_id, text=self.name("Oplysning")
                )
            )

    @rule(index=PICK)
    def delete_info(self, index: int) -> None:
        info_id = self.pick(DialogueInfo, index)
        if info_id is not None:
            self.push(dialogue_commands.DeleteInfo(self.workshop, info_id))

    @rule(info=PICK, meeting=PICK, told=st.booleans())
    def tell_at_meeting(self, info: int, meeting: int, told: bool) -> None:
        info_id = self.pick(DialogueInfo, info)
        if info_id is None:
            return
        service_id = self.workshop.read(lambda s: s.get(DialogueInfo, info_id).service_id)
        meeting_id = self.pick(DialogueMeeting, meeting, service_id=service_id)
        if meeting_id is not None:
            self.push(dialogue_commands.TellAtMeeting(self.workshop, info_id, meeting_id, told))

    @rule(index=PICK, day=st.sampled_from([date(2027, 3, 1), date(2027, 4, 2)]))
    def give_to_all(self, index: int, day: date) -> None:
        info_id = self.pick(DialogueInfo, index)
        if info_id is not None:
            self.push(dialogue_commands.GiveToAll(self.workshop, info_id, day))

    # -- undo and redo -----------------------------------------------------------------------

    @precondition(lambda self: self.workshop.undo_stack.canUndo())
    @rule(times=st.integers(min_value=1, max_value=4))
    def undo(self, times: int) -> None:
        for _ in range(times):
            self.workshop.undo_stack.undo()

    @precondition(lambda self: self.workshop.undo_stack.canRedo())
    @rule(times=st.integers(min_value=1, max_value=4))
    def redo(self, times: int) -> None:
        for _ in range(times):
            self.workshop.undo_stack.redo()

    @rule()
    def undo_all_then_redo_all(self) -> None:
        self.check_undo_all_and_redo_all()

    def check_undo_all_and_redo_all(self) -> None:
        stack = self.workshop.undo_stack
        while stack.canRedo():  # the end is the newest state the stack can reach
            stack.redo()
        end = file_content(self.doc)
        assert end == self.states[-1], differences(self.states[-1], end)
        while stack.canUndo():
            stack.undo()
        start = file_content(self.doc)
        assert start == self.states[0], "undo-all:\n" + differences(self.states[0], start)
        while stack.canRedo():
            stack.redo()
        again = file_content(self.doc)
        assert again == self.states[-1], "redo-all:\n" + differences(self.states[-1], again)

    @invariant()
    def file_is_what_the_stack_says(self) -> None:
        index = self.workshop.undo_stack.index()
        now = file_content(self.doc)
        assert now == self.states[index], (
            f"at undo index {index} of {self.workshop.undo_stack.count()}:\n"
            + differences(self.states[index], now)
        )


@pytest.fixture
def storm_folder(memory_data_dir: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="storm-", dir=memory_data_dir) as folder:
        yield Path(folder)


def test_undo_and_redo_storm_gives_back_the_file_exactly(qapp: Any, storm_folder: Path) -> None:
    UndoStorm.folder = storm_folder
    UndoStorm.made = itertools.count()
    run_state_machine_as_test(UndoStorm, settings=STORM)
    record("undo storm", examples=EXAMPLES, steps_each=STEPS)


# -- one undo step, one transaction ---------------------------------------------------------


@pytest.fixture
def seeded(storm_folder: Path) -> Iterator[WorkshopDocument]:
    doc = create_document(storm_folder / "én transaktion.tvaers", title="Én transaktion")
    with doc.session() as session:
        seed(session)
    yield doc
    doc.close(save=False)


def commits_during(doc: WorkshopDocument, step: Any) -> int:
    """How many transactions the working copy saw while `step(session)` ran."""
    seen: list[object] = []

    def count(_connection: object) -> None:
        seen.append(_connection)

    event.listen(doc.engine, "commit", count)
    try:
        with doc.session() as session:
            step(session)
    finally:
        event.remove(doc.engine, "commit", count)
    return len(seen)


def by_name(doc: WorkshopDocument, name: str) -> Participant:
    with doc.session() as session:
        return session.exec(select(Participant).where(Participant.name == name)).one()


def test_undo_of_delete_participant_gives_back_approver_and_teacher_in_one_transaction(
    qapp: Any, seeded: WorkshopDocument
) -> None:
    anna = by_name(seeded, "Anna")
    before = file_content(seeded)
    with seeded.session() as session:
        signed = session.exec(select(SignOff.id).where(SignOff.participant_id == anna.id)).all()
        taught = session.exec(select(Term.id).where(Term.taught_by == anna.id)).all()
    assert len(signed) == 2 and len(taught) == 2  # the seed: she signed twice, taught twice

    workshop = OpenWorkshop(seeded)
    workshop.stop_timers()
    assert workshop.push(workshop_commands.DeleteParticipant(workshop, anna.id))
    with seeded.session() as session:
        assert session.exec(select(SignOff).where(SignOff.participant_id == anna.id)).all() == []
    command = workshop.undo_stack.command(0)
    transactions = commits_during(seeded, command._undo)
    after = file_content(seeded)
    assert after == before, differences(before, after)
    assert transactions == 1
    workshop.undo_stack.clear()


def test_undo_of_delete_linked_term_is_one_transaction(seeded: WorkshopDocument) -> None:
    with seeded.session() as session:
        term = session.exec(select(Term).where(col(Term.counterpart_id).is_not(None))).first()
        assert term is not None
        before = file_content(seeded)
        snapshot = glossary.delete_term(session, term_id=term.id)
    transactions = commits_during(seeded, lambda s: glossary.restore_term(s, data=snapshot))
    after = file_content(seeded)
    assert after == before, differences(before, after)
    assert transactions == 1


def test_undo_of_delete_decision_is_one_transaction(seeded: WorkshopDocument) -> None:
    with seeded.session() as session:
        decision = session.exec(
            select(Decision).where(Decision.title == "Vi køber rådgivning")
        ).one()
        before = file_content(seeded)
        snapshot = signoff.delete_decision(session, decision_id=decision.id)
    transactions = commits_during(seeded, lambda s: signoff.restore_decision(s, data=snapshot))
    after = file_content(seeded)
    assert after == before, differences(before, after)
    assert transactions == 1


@pytest.mark.parametrize("how", ["add a card", "create a card from a note"])
def test_undo_of_the_first_card_takes_away_the_criteria_it_brought(
    qapp: Any, storm_folder: Path, how: str
) -> None:
    """The first card of a workshop brings the starting make-or-buy criteria: undo of that
    card gives back the workshop without them, and redo gives back the very same ones."""
    doc = create_document(storm_folder / f"{how}.tvaers", title="Første kort")
    workshop = OpenWorkshop(doc)
    workshop.stop_timers()
    try:
        with doc.session() as session:
            canvas = Canvas(title="Behov")
            session.add(canvas)
            session.flush()
            note = Note(canvas_id=canvas.id, text="Hjemmepleje om natten")
            session.add(note)
            session.commit()
            note_id = note.id
        start = file_content(doc)
        assert start["criterion"] == []
        command = (
            delivery_commands.AddService(workshop, title="Hjemmepleje")
            if how == "add a card"
            else delivery_commands.CreateServiceFromNote(workshop, note_id)
        )
        assert workshop.push(command)
        end = file_content(doc)
        assert len(end["criterion"]) == len(delivery.STARTER_CRITERIA)

        workshop.undo_stack.undo()
        undone = file_content(doc)
        assert undone == start, differences(start, undone)
        workshop.undo_stack.redo()
        redone = file_content(doc)
        assert redone == end, differences(end, redone)
    finally:
        workshop.undo_stack.clear()
        doc.close(save=False)
