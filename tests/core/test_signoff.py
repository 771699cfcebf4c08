"""Leadership sign-off: decisions, covered services, sign-offs and their fingerprints."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from sqlmodel import Session, select

from desktop.core import signoff
from desktop.core.delivery_models import Service
from desktop.core.demo_signoff import AFTERWARDS, DECISIONS, MENTORS, populate_signoff
from desktop.core.models import Side
from desktop.core.participants import add_participant, delete_participant
from desktop.core.signoff import DecisionStatus, MissingApproverError
from desktop.core.signoff_models import Decision, DecisionService, Outcome, SignOff

APPROVED = Outcome.APPROVED.value
CHANGES = Outcome.CHANGES_REQUESTED.value
REJECTED = Outcome.REJECTED.value
AT = datetime(2027, 2, 9, 14, 30)


def _service(session: Session, title: str, **fields: Any) -> str:
    """A card on the delivery board, put straight into its table."""
    service = Service(title=title, **fields)
    session.add(service)
    session.commit()
    return service.id


def _set_service(session: Session, service_id: str, **changes: Any) -> None:
    service = session.get(Service, service_id)
    assert service is not None
    for name, value in changes.items():
        setattr(service, name, value)
    session.add(service)
    session.commit()


def _decision(session: Session, **fields: Any) -> str:
    values = {
        "title": "Mentorstøtte hjemtages delvist",
        "text": "To interne mentorer fra 1. kvartal.",
        "resources_dkk": 1_100_000,
        "resources_fte": 2.0,
        "resources_text": "Løn til to mentorer",
        "conditions": "Evalueres efter 12 måneder",
        "owner": "Connie Center",
        **fields,
    }
    return signoff.add_decision(session, **values).id


def _sign(session: Session, decision_id: str, name: str = "Dorte Direktør", **fields: Any) -> str:
    return signoff.add_sign_off(
        session, decision_id=decision_id, approver_name=name, signed_at=AT, **fields
    ).id


def _report(session: Session, decision_id: str) -> signoff.DecisionReport:
    return signoff.decision_report(session, decision_id=decision_id)


def _state(session: Session, decision_id: str, sign_off_id: str) -> signoff.SignOffState:
    return next(s for s in _report(session, decision_id).sign_offs if s.id == sign_off_id)


# -- the fingerprint ------------------------------------------------------------------------


def test_same_content_gives_the_same_fingerprint(session: Session) -> None:
    first = _decision(session)
    second = _decision(session)  # another decision with exactly the same covered content
    one = signoff.current_fingerprint(session, decision_id=first)
    assert one == signoff.current_fingerprint(session, decision_id=second)
    assert one == signoff.current_fingerprint(session, decision_id=first)
    assert len(one) == 64
    assert signoff.current_fingerprint(session, decision_id=_decision(session, text="x")) != one


def test_fingerprint_is_the_sha256_of_the_stored_canonical_json(session: Session) -> None:
    decision_id = _decision(session, text="Æblegrød & <mentorer> 🙂")
    service_id = _service(session, "Mentorstøtte", placement="mixed", annual_cost_dkk=900_000)
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[service_id])
    sign_off = session.get(SignOff, _sign(session, decision_id))
    assert sign_off is not None
    expected = hashlib.sha256(sign_off.signed_content.encode("utf-8")).hexdigest()
    assert sign_off.content_hash == expected
    content = json.loads(sign_off.signed_content)
    assert content["decision"]["text"] == "Æblegrød & <mentorer> 🙂"  # stored as typed
    assert content["services"] == [
        {
            "id": service_id,
            "placement": "mixed",
            "annual_cost_dkk": 900_000,
            "contract_years": None,
            "contract_years_typed": "",
        }
    ]
    assert "title" not in content["services"][0]  # renaming a card is not a new decision
    assert json.loads(sign_off.signed_service_titles) == {service_id: "Mentorstøtte"}


def test_reordering_unrelated_data_keeps_the_fingerprint(session: Session) -> None:
    ids = [_service(session, f"Ydelse {n}", placement="external") for n in range(4)]
    decision_id = _decision(session)
    other = _decision(session, title="En anden beslutning")
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[ids[2], ids[0]])
    before = signoff.current_fingerprint(session, decision_id=decision_id)

    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[ids[0], ids[2]])
    signoff.reorder_decisions(session, ordered_ids=[other, decision_id])
    signoff.set_decision_services(session, decision_id=other, service_ids=[ids[3], ids[1]])
    _set_service(session, ids[1], placement="internal", annual_cost_dkk=5, position=9)
    _service(session, "Helt ny ydelse")
    signoff.update_decision(session, decision_id=decision_id, owner="Dorte Direktør")

    assert signoff.current_fingerprint(session, decision_id=decision_id) == before


def test_whole_numbers_in_any_form_are_the_same_content(session: Session) -> None:
    as_int = _decision(session, resources_fte=2, resources_hours=120)
    as_float = _decision(session, resources_fte=2.0, resources_hours=120.0)
    assert signoff.current_fingerprint(session, decision_id=as_int) == signoff.current_fingerprint(
        session, decision_id=as_float
    )


# -- change detection -------------------------------------------------------------------------

DECISION_CHANGES = [
    ("title", "Mentorstøtte hjemtages helt"),
    ("text", "Tre interne mentorer fra 2. kvartal."),
    ("resources_dkk", 1_240_000),
    ("resources_hours", 300.0),
    ("resources_fte", 1.5),
    ("resources_text", "Løn til to mentorer inkl. pension"),
    ("conditions", "Evalueres efter 6 måneder"),
]


@pytest.mark.parametrize(("field", "new"), DECISION_CHANGES)
def test_changing_a_covered_decision_field_shows_old_and_new(
    session: Session, field: str, new: Any
) -> None:
    decision_id = _decision(session)
    old = getattr(session.get(Decision, decision_id), field)
    sign_off_id = _sign(session, decision_id)
    assert not _state(session, decision_id, sign_off_id).is_stale

    signoff.update_decision(session, decision_id=decision_id, **{field: new})

    state = _state(session, decision_id, sign_off_id)
    assert state.is_stale and state.is_changed_after_approval
    assert [(c.field, c.old, c.new) for c in state.changes] == [(field, old, new)]
    assert _report(session, decision_id).status == DecisionStatus.CHANGED_AFTER_APPROVAL


@pytest.mark.parametrize(
    ("field", "new", "described"),
    [
        ("placement", "internal", "Mentorstøtte: levering: Blandet → Internt"),
        (
            "annual_cost_dkk",
            950_000,
            "Mentorstøtte: anslået årlig udgift: 900.000 kr. → 950.000 kr.",
        ),
        ("contract_years", 4.0, "Mentorstøtte: kontraktlængde: 3 år → 4 år"),
    ],
)
def test_changing_a_covered_service_shows_it_by_title(
    session: Session, field: str, new: Any, described: str
) -> None:
    service_id = _service(
        session, "Mentorstøtte", placement="mixed", annual_cost_dkk=900_000, contract_years=3.0
    )
    decision_id = _decision(session)
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[service_id])
    sign_off_id = _sign(session, decision_id)

    _set_service(session, service_id, **{field: new})

    state = _state(session, decision_id, sign_off_id)
    assert state.is_stale
    assert [c.describe("da") for c in state.changes] == [described]
    assert state.changes[0].service_title == "Mentorstøtte"


def test_adding_or_removing_a_covered_service_is_a_change(session: Session) -> None:
    mentors = _service(session, "Mentorstøtte", placement="mixed")
    courses = _service(session, "Jobsøgningskurser", placement="internal")
    decision_id = _decision(session)
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[mentors])
    sign_off_id = _sign(session, decision_id)

    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[courses])

    changes = _state(session, decision_id, sign_off_id).changes
    assert [c.describe("da") for c in changes] == [
        "Ydelse tilføjet: Jobsøgningskurser",
        "Ydelse fjernet: Mentorstøtte",
    ]
    assert [c.describe("en") for c in changes] == [
        "Service added: Jobsøgningskurser",
        "Service removed: Mentorstøtte",
    ]


def test_a_covered_service_deleted_from_the_board_is_named_as_signed(session: Session) -> None:
    service_id = _service(session, "Psykologbistand", placement="external")
    decision_id = _decision(session)
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[service_id])
    sign_off_id = _sign(session, decision_id)
    for link in session.exec(select(DecisionService)).all():  # what the file's cascade does
        session.delete(link)
    session.delete(session.get(Service, service_id))
    session.commit()

    changes = _state(session, decision_id, sign_off_id).changes
    assert [c.describe("da") for c in changes] == ["Ydelse fjernet: Psykologbistand"]


def test_what_a_sign_off_does_not_cover_leaves_it_current(session: Session) -> None:
    service_id = _service(session, "Mentorstøtte", placement="mixed")
    decision_id = _decision(session)
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[service_id])
    sign_off_id = _sign(session, decision_id)
    signoff.update_decision(session, decision_id=decision_id, owner="Kim Kontrakt")
    _set_service(session, service_id, title="Mentorstøtte (intern og ekstern)", volume="40")
    signoff.update_sign_off(session, sign_off_id=sign_off_id, comment="Tilføjet bagefter")
    assert not _state(session, decision_id, sign_off_id).is_stale


def test_changing_it_back_makes_the_sign_off_current_again(session: Session) -> None:
    decision_id = _decision(session)
    sign_off_id = _sign(session, decision_id)
    signoff.update_decision(session, decision_id=decision_id, resources_dkk=2)
    assert _state(session, decision_id, sign_off_id).is_stale
    signoff.update_decision(session, decision_id=decision_id, resources_dkk=1_100_000)
    assert not _state(session, decision_id, sign_off_id).is_stale


def test_changes_read_well_in_both_languages(session: Session) -> None:
    decision_id = _decision(session, resources_hours=None)
    sign_off_id = _sign(session, decision_id)
    signoff.update_decision(
        session, decision_id=decision_id, resources_dkk=1_240_000, resources_hours=1.5
    )
    changes = _state(session, decision_id, sign_off_id).changes
    assert [c.describe("da") for c in changes] == [
        "Beløb: 1.100.000 kr. → 1.240.000 kr.",
        "Timer: (tom) → 1,5 timer",
    ]
    assert [c.describe("en") for c in changes] == [
        "Amount: DKK 1,100,000 → DKK 1,240,000",
        "Staff hours: (empty) → 1.5 hours",
    ]


# -- history, outcomes, status ---------------------------------------------------------------


def test_new_sign_off_by_the_same_approver_supersedes_and_keeps_the_history(
    session: Session,
) -> None:
    director = add_participant(session, name="Dorte Direktør", side=Side.LEADERSHIP.value)
    decision_id = _decision(session)
    first = _sign(session, decision_id, participant_id=director.id)
    signoff.update_decision(session, decision_id=decision_id, text="Ændret tekst")
    assert _report(session, decision_id).has_changed_after_approval

    renewed = signoff.add_sign_off(
        session,
        decision_id=decision_id,
        participant_id=director.id,
        approver_name="Dorte Direktør",
        signed_at=datetime(2027, 2, 10, 9, 0),
    ).id

    report = _report(session, decision_id)
    assert [s.id for s in report.sign_offs] == [first, renewed]  # oldest first, both kept
    old, new = report.sign_offs
    assert old.is_superseded and old.is_stale and not old.is_changed_after_approval
    assert new.is_current and not new.is_stale
    assert report.status == DecisionStatus.APPROVED
    assert not report.has_changed_after_approval


def test_a_typed_approver_is_matched_by_name_across_sign_offs(session: Session) -> None:
    decision_id = _decision(session)
    first = _sign(session, decision_id, name="Connie Center", outcome=CHANGES)
    second = _sign(session, decision_id, name=" connie center", outcome=APPROVED)
    other = _sign(session, decision_id, name="Dorte Direktør", outcome=APPROVED)
    states = {s.id: s for s in _report(session, decision_id).sign_offs}
    assert states[first].is_superseded
    assert states[second].is_current and states[other].is_current


@pytest.mark.parametrize(
    ("outcomes", "status"),
    [
        ([], DecisionStatus.UNSIGNED),
        ([APPROVED], DecisionStatus.APPROVED),
        ([CHANGES], DecisionStatus.CHANGES_REQUESTED),
        ([REJECTED], DecisionStatus.REJECTED),
        ([APPROVED, CHANGES], DecisionStatus.APPROVED),
        ([APPROVED, REJECTED], DecisionStatus.REJECTED),  # one current rejection blocks
    ],
)
def test_outcomes_of_the_approvers_give_the_decision_status(
    session: Session, outcomes: list[str], status: DecisionStatus
) -> None:
    decision_id = _decision(session)
    for n, outcome in enumerate(outcomes):
        _sign(session, decision_id, name=f"Leder {n}", outcome=outcome)
    report = _report(session, decision_id)
    assert report.status == status
    assert [s.outcome for s in report.sign_offs] == outcomes


def test_a_stale_rejection_still_blocks_approval(session: Session) -> None:
    decision_id = _decision(session)
    _sign(session, decision_id, name="Connie Center", outcome=REJECTED)
    signoff.update_decision(session, decision_id=decision_id, text="Rettet efter afvisningen")
    _sign(session, decision_id, name="Dorte Direktør", outcome=APPROVED)
    assert _report(session, decision_id).status == DecisionStatus.REJECTED


def test_a_sign_off_needs_an_approver_and_keeps_what_was_signed(session: Session) -> None:
    decision_id = _decision(session)
    with pytest.raises(MissingApproverError):
        signoff.add_sign_off(session, decision_id=decision_id, approver_name="  ")
    sign_off_id = _sign(session, decision_id)
    with pytest.raises(ValueError, match="content_hash"):
        signoff.update_sign_off(session, sign_off_id=sign_off_id, content_hash="0" * 64)
    with pytest.raises(MissingApproverError):
        signoff.update_sign_off(session, sign_off_id=sign_off_id, approver_name="")


def test_the_time_of_a_sign_off_is_now_unless_given(session: Session) -> None:
    decision_id = _decision(session)
    before = datetime.now().replace(second=0, microsecond=0)
    sign_off = signoff.add_sign_off(session, decision_id=decision_id, approver_name="Dorte")
    assert sign_off.signed_at is not None and before <= sign_off.signed_at <= datetime.now()
    signoff.update_sign_off(session, sign_off_id=sign_off.id, signed_at=AT)
    assert session.get(SignOff, sign_off.id).signed_at == AT  # type: ignore[union-attr]


def test_approvers_on_the_leadership_side_come_first(session: Session) -> None:
    add_participant(session, name="Ida Indkøb", side=Side.PROCUREMENT.value)
    add_participant(session, name="Connie Center", side=Side.LEADERSHIP.value)
    add_participant(session, name="Jonas Jobcenter", side=Side.DOMAIN.value)
    add_participant(session, name="Dorte Direktør", side=Side.LEADERSHIP.value)
    names = [p.name for p in signoff.approver_candidates(session)]
    assert names == ["Connie Center", "Dorte Direktør", "Ida Indkøb", "Jonas Jobcenter"]


# -- undo: each operation gives back what puts it back -------------------------------------


def test_deleted_decision_comes_back_with_its_services_and_sign_offs(session: Session) -> None:
    service_id = _service(session, "Mentorstøtte", placement="mixed")
    decision_id = _decision(session)
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[service_id])
    first, second = _sign(session, decision_id, name="A"), _sign(session, decision_id, name="B")
    before = _report(session, decision_id)

    data = signoff.delete_decision(session, decision_id=decision_id)
    assert signoff.list_decisions(session) == []
    assert session.exec(select(SignOff)).all() == []
    assert session.exec(select(DecisionService)).all() == []

    signoff.restore_decision(session, data=data)
    after = _report(session, decision_id)
    assert after.decision == before.decision
    assert [s.id for s in after.services] == [service_id]
    assert [s.sign_off for s in after.sign_offs] == [s.sign_off for s in before.sign_offs]
    assert {s.id for s in after.sign_offs} == {first, second}
    assert not any(s.is_stale for s in after.sign_offs)


def test_deleted_sign_off_comes_back_the_same(session: Session) -> None:
    decision_id = _decision(session)
    sign_off_id = _sign(session, decision_id, comment="Godkendt på mødet")
    before = _state(session, decision_id, sign_off_id).sign_off
    data = signoff.delete_sign_off(session, sign_off_id=sign_off_id)
    assert _report(session, decision_id).sign_offs == ()
    signoff.restore_sign_off(session, data=data)
    assert _state(session, decision_id, sign_off_id).sign_off == before


def test_restored_sign_off_forgets_a_participant_deleted_meanwhile(session: Session) -> None:
    person = add_participant(session, name="Connie Center", side=Side.LEADERSHIP.value)
    decision_id = _decision(session)
    sign_off_id = _sign(session, decision_id, name="Connie Center", participant_id=person.id)
    data = signoff.delete_sign_off(session, sign_off_id=sign_off_id)
    delete_participant(session, participant_id=person.id)
    restored = signoff.restore_sign_off(session, data=data)
    assert restored.participant_id is None and restored.approver_name == "Connie Center"


def test_moving_a_decision_returns_the_order_to_go_back_to(session: Session) -> None:
    a, b, c = (_decision(session, title=t) for t in "ABC")
    before = signoff.move_decision(session, decision_id=c, offset=-1)
    assert signoff.decision_order(session) == [a, c, b]
    assert before == [a, b, c]
    signoff.reorder_decisions(session, ordered_ids=before)
    assert signoff.decision_order(session) == [a, b, c]
    assert signoff.move_decision(session, decision_id=a, offset=-1) == [a, b, c]  # stays first
    with pytest.raises(ValueError):
        signoff.reorder_decisions(session, ordered_ids=[a, b])


def test_setting_services_returns_those_covered_before(session: Session) -> None:
    one, two = _service(session, "En"), _service(session, "To")
    decision_id = _decision(session)
    assert signoff.set_decision_services(session, decision_id=decision_id, service_ids=[one]) == []
    before = signoff.set_decision_services(
        session, decision_id=decision_id, service_ids=[one, two, "not-on-the-board"]
    )
    assert before == [one]
    assert signoff.linked_service_ids(session, decision_id=decision_id) == sorted([one, two])
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=before)
    assert signoff.linked_service_ids(session, decision_id=decision_id) == [one]


def test_a_decision_edit_with_an_unknown_field_changes_nothing(session: Session) -> None:
    decision_id = _decision(session)
    with pytest.raises(ValueError):
        signoff.update_decision(session, decision_id=decision_id, txt="tabt tekst")
    assert session.get(Decision, decision_id).text == "To interne mentorer fra 1. kvartal."  # type: ignore[union-attr]


# -- persistence ------------------------------------------------------------------------------


def test_decisions_and_sign_offs_survive_reopening(
    session: Session, reopen: Callable[[], Session]
) -> None:
    service_id = _service(session, "Mentorstøtte", placement="mixed", annual_cost_dkk=900_000)
    decision_id = _decision(session)
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[service_id])
    _sign(session, decision_id, outcome=CHANGES, comment="Beskriv målgruppen")
    signoff.update_decision(session, decision_id=decision_id, conditions="Ny betingelse")
    before = _report(session, decision_id)

    later = reopen()
    after = _report(later, decision_id)
    assert after.decision == before.decision
    assert after.sign_offs == before.sign_offs
    assert after.sign_offs[0].is_stale and after.sign_offs[0].outcome == CHANGES
    assert [s.title for s in after.services] == ["Mentorstøtte"]


# -- the overview line -----------------------------------------------------------------------


def test_overview_counts_approved_and_changed_after_approval(session: Session) -> None:
    approved = [_decision(session, title=f"Godkendt {n}") for n in range(4)]
    for decision_id in approved:
        _sign(session, decision_id)
    stale = _decision(session, title="Ændret bagefter")
    _sign(session, stale)
    signoff.update_decision(session, decision_id=stale, text="Ændret bagefter")
    _decision(session, title="Ikke behandlet")
    # One of the approved also has an approval that went stale: it counts in both.
    both = approved[0]
    _sign(session, both, name="Connie Center")
    signoff.update_decision(session, decision_id=both, text="Ny tekst")
    signoff.add_sign_off(
        session,
        decision_id=both,
        approver_name="Dorte Direktør",
        signed_at=datetime(2027, 2, 9, 15, 0),
    )

    overview = signoff.signoff_overview(session)
    assert (overview.decisions, overview.approved, overview.changed_after_approval) == (6, 4, 2)
    assert overview.unsigned == 1 and overview.rejected == 0
    assert overview.text("da") == "4 af 6 beslutninger godkendt, 2 ændret efter godkendelse"
    assert overview.text("en") == "4 of 6 decisions approved, 2 changed after approval"


def test_overview_line_without_decisions_or_changes(session: Session) -> None:
    assert signoff.signoff_overview(session).text("da") == "Ingen beslutninger endnu"
    decision_id = _decision(session)
    assert signoff.signoff_overview(session).text("da") == "0 af 1 beslutning godkendt"
    _sign(session, decision_id, outcome=CHANGES)
    overview = signoff.signoff_overview(session)
    assert overview.changes_requested == 1
    assert overview.text("en") == "0 of 1 decision approved"


# -- the demo ---------------------------------------------------------------------------------


def _demo_people(session: Session) -> None:
    add_participant(
        session,
        name="Connie Center",
        role="Centerchef for Center for Arbejdsmarked",
        side=Side.LEADERSHIP.value,
    )
    add_participant(
        session, name="Dorte Direktør", role="Kommunaldirektør", side=Side.LEADERSHIP.value
    )


def test_demo_decisions_cover_their_services_and_one_shows_changed(session: Session) -> None:
    _demo_people(session)
    services = {
        title: _service(session, title, placement=placement, annual_cost_dkk=cost)
        for title, placement, cost in (
            ("Mentorstøtte", "mixed", 2_400_000),
            ("Danskundervisning for ledige", "external", 1_800_000),
            ("Psykologbistand", "external", 650_000),
            ("Jobsøgningskurser", "internal", 300_000),
        )
    }
    populate_signoff(session)

    reports = {r.decision["title"]: r for r in signoff.decision_reports(session)}
    assert list(reports) == [d.title for d in DECISIONS]
    for wanted in DECISIONS:
        assert [s.id for s in reports[wanted.title].services] == [services[wanted.service]]
    mentors = reports[MENTORS.title]
    assert [(s.sign_off["approver_name"], s.outcome) for s in mentors.sign_offs] == [
        ("Connie Center", APPROVED),
        ("Dorte Direktør", APPROVED),
    ]
    assert all(s.sign_off["participant_id"] for s in mentors.sign_offs)
    assert mentors.sign_offs[1].sign_off["approver_title"] == "Kommunaldirektør"
    assert all(s.is_changed_after_approval for s in mentors.sign_offs)
    assert {c.field for c in mentors.sign_offs[0].changes} == set(AFTERWARDS)
    assert mentors.decision["resources_fte"] == 2.0
    statuses = [r.status for r in reports.values()]
    assert statuses == [
        DecisionStatus.CHANGED_AFTER_APPROVAL,
        DecisionStatus.APPROVED,
        DecisionStatus.CHANGES_REQUESTED,
    ]
    assert reports[DECISIONS[1].title].decision["conditions"]
    text = signoff.signoff_overview(session).text("da")
    assert text == "1 af 3 beslutninger godkendt, 1 ændret efter godkendelse"


def test_demo_without_a_delivery_board_links_nothing(session: Session) -> None:
    _demo_people(session)
    populate_signoff(session)
    reports = signoff.decision_reports(session)
    assert len(reports) == 3 and all(r.services == () for r in reports)
    assert reports[0].has_changed_after_approval


def test_firm_years_retyped_as_years_with_options_mark_the_sign_off_changed(
    session: Session,
) -> None:
    """Four firm years and "2+2" (two years and a two-year option) have the same sum, but
    they are not the same contract: leadership signed the first."""
    decision_id = _decision(session)
    service_id = _service(session, "Mentorstøtte", placement="external", contract_years=4.0)
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[service_id])
    sign_off_id = _sign(session, decision_id)
    assert not _state(session, decision_id, sign_off_id).is_stale

    _set_service(session, service_id, contract_years=4.0, contract_years_typed="2+2")

    state = _state(session, decision_id, sign_off_id)
    assert state.is_stale
    (change,) = state.changes
    assert change.describe("da") == "Mentorstøtte: kontraktlængde: 4 år → 2+2 år"


def test_a_sign_off_made_before_typed_years_were_covered_is_not_made_stale(
    session: Session,
) -> None:
    """A sign-off stored in content version 1 is compared in that shape: upgrading Tværs
    never turns the room's approvals into "Ændret efter godkendelse"."""
    decision_id = _decision(session)
    service_id = _service(session, "Mentorstøtte", placement="external", contract_years=4.0)
    signoff.set_decision_services(session, decision_id=decision_id, service_ids=[service_id])
    sign_off = session.get(SignOff, _sign(session, decision_id))
    assert sign_off is not None
    content = json.loads(sign_off.signed_content)
    content["version"] = 1
    for service in content["services"]:
        del service["contract_years_typed"]
    sign_off.signed_content = signoff.canonical_json(content)
    sign_off.content_hash = signoff.fingerprint(sign_off.signed_content)
    session.add(sign_off)
    session.commit()

    assert not _state(session, decision_id, sign_off.id).is_stale
    _set_service(session, service_id, contract_years=5.0)
    assert _state(session, decision_id, sign_off.id).is_stale


@pytest.mark.parametrize("workshop", ["demo_file", "large_file"])
def test_decision_reports_read_as_rows_are_what_the_objects_give(
    workshop: str, request: pytest.FixtureRequest, tmp_path: Any
) -> None:
    """`decision_reports` reads plain rows (issue 19, item 10): each report equals the one
    `decision_report` builds from the Decision and SignOff objects, its rows equal their
    `model_dump()`, with the same types, in the same order. The demo has a decision
    changed after approval, so its changes are compared too."""
    from desktop.core import operations as ops
    from desktop.storage.document import open_document
    from tests.conftest import copy_workshop

    doc = open_document(copy_workshop(request.getfixturevalue(workshop), tmp_path / "w.tvaers"))
    try:
        with doc.session() as session:
            reports = signoff.decision_reports(session)
            singles = [signoff.decision_report(session, decision_id=r.id) for r in reports]
            decisions = [ops.snapshot(d) for d in signoff.list_decisions(session)]
            sign_offs = {s.id: ops.snapshot(s) for s in session.exec(select(SignOff)).all()}
    finally:
        doc.close(save=False)
    assert reports and reports == singles
    assert [r.decision for r in reports] == decisions
    for report in reports:
        for state in report.sign_offs:
            stored = sign_offs.pop(state.id)
            assert state.sign_off == stored
            assert all(type(state.sign_off[k]) is type(v) for k, v in stored.items())
    assert not sign_offs  # every sign-off is in a report
    if workshop == "demo_file":
        assert any(s.changes for r in reports for s in r.sign_offs)
