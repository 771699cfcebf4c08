"""The readiness overview counts what is still missing, step by step of the method, and names
the first few of each so the Workshop tab can link to them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from desktop.core import actions, delivery, glossary, signoff
from desktop.core.readiness import (
    ACTION,
    DECISION,
    ITEM_LIMIT,
    NOTE,
    SERVICE,
    TERM,
    Check,
    readiness,
    readiness_steps,
    short_label,
)
from desktop.core.signoff_models import Outcome
from desktop.storage.document import WorkshopDocument, create_document, open_document


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[WorkshopDocument]:
    copy = tmp_path / "demo.tvaers"
    copy.write_bytes(demo_file.read_bytes())
    doc = open_document(copy)
    yield doc
    doc.close(save=False)


def _checks(session: Session) -> dict[str, Check]:
    return {c.key: c for c in readiness(session)}


def _one(db: sqlite3.Connection, query: str) -> int:
    return int(db.execute(query).fetchone()[0])


def test_demo_counts_match_the_file_read_without_the_app(
    demo_file: Path, demo: WorkshopDocument
) -> None:
    db = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    try:
        expected = {
            "terms_unexplained": _one(db, "SELECT count(*) FROM term WHERE trim(explanation)=''"),
            "terms_disputed": _one(db, "SELECT count(*) FROM term WHERE status='disputed'"),
            "needs_without_service": _one(
                db,
                "SELECT count(*) FROM note WHERE kind='need' "
                "AND id NOT IN (SELECT note_id FROM service_note)",
            ),
            "services_undecided": _one(
                db, "SELECT count(*) FROM service WHERE placement='undecided'"
            ),
            "decisions_unapproved": _one(
                db,
                "SELECT count(*) FROM decision WHERE id NOT IN "
                "(SELECT decision_id FROM sign_off WHERE outcome='approved')",
            ),
            "actions_incomplete": _one(
                db, "SELECT count(*) FROM action_item WHERE owner='' OR due IS NULL"
            ),
            "decisions_no_frame": _one(
                db,
                "SELECT count(*) FROM decision WHERE (coalesce(resources_dkk, 0) > 0 "
                "OR coalesce(resources_hours, 0) > 0 OR coalesce(resources_fte, 0) > 0) "
                "AND NOT EXISTS (SELECT 1 FROM resource_frame WHERE budget_dkk IS NOT NULL "
                "OR hours IS NOT NULL OR fte IS NOT NULL)",
            ),
            # Services with a piece told to at least one of their suppliers, not to all.
            "dialogue_unequal": _one(
                db,
                "SELECT count(DISTINCT i.service_id) FROM dialogue_info i WHERE i.shared_on='' "
                "AND (SELECT count(DISTINCT lower(trim(m.supplier))) FROM dialogue_told t "
                "JOIN dialogue_meeting m ON m.id = t.meeting_id WHERE t.info_id = i.id "
                "AND trim(m.supplier) != '') BETWEEN 1 AND (SELECT count(DISTINCT "
                "lower(trim(m.supplier))) FROM dialogue_meeting m WHERE m.service_id = "
                "i.service_id AND trim(m.supplier) != '') - 1",
            ),
            # Decided internal, external or mixed without every figure their room needs.
            "services_without_business_case": _one(
                db,
                "SELECT count(*) FROM service WHERE placement IN ('internal', 'external', "
                "'mixed') AND NOT (coalesce(case_years, 0) > 0 AND case_baseline_dkk IS NOT "
                "NULL AND (placement = 'external' OR (case_fte IS NOT NULL AND case_salary_dkk "
                "IS NOT NULL AND case_overhead_percent IS NOT NULL AND case_other_dkk IS NOT "
                "NULL AND case_inhouse_once_dkk IS NOT NULL)) AND (placement = 'internal' OR "
                "(case_external_dkk IS NOT NULL AND case_external_once_dkk IS NOT NULL)) AND "
                "(placement != 'mixed' OR bought_share_percent IS NOT NULL))",
            ),
            # Bought today or to be bought, with neither a contract end nor a delivery start.
            "services_without_contract_end": _one(
                db,
                "SELECT count(*) FROM service WHERE (trim(current_supplier) != '' OR "
                "placement IN ('external', 'mixed')) AND contract_end = '' "
                "AND delivery_start = ''",
            ),
        }
        approved = db.execute(
            "SELECT decision_id, content_hash FROM sign_off WHERE outcome='approved'"
        ).fetchall()
    finally:
        db.close()
    with demo.session() as s:
        stale = {d for d, h in approved if h != signoff.current_fingerprint(s, decision_id=d)}
        expected["decisions_changed"] = len(stale)
        # The calendar needs each card's procurement hint: its count is checked below.
        expected["tenders_late"] = 2
        checks = _checks(s)
    assert {key: c.count for key, c in checks.items()} == expected
    # What the demo is meant to show (docs/SCENARIO.md): and so what the counts above must be.
    assert expected == {
        "terms_unexplained": 0,
        "terms_disputed": 2,  # målgruppe, on both sides
        "needs_without_service": 3,
        "services_undecided": 1,  # sundhedsforløb
        "decisions_unapproved": 1,  # psykologbistand: changes requested
        "decisions_changed": 1,  # mentorstøtte, edited after both approvals
        "actions_incomplete": 0,
        "decisions_no_frame": 0,  # leadership has set a frame
        "dialogue_unequal": 1,  # psykologbistand: one supplier heard more than the others
        "services_without_business_case": 5,  # all decided but jobsøgningskurser
        "services_without_contract_end": 0,  # every bought service has its contract
        "tenders_late": 2,  # danskundervisning planned too late, psykologbistand passed
    }


def test_demo_steps_say_what_exists_in_the_method_order(demo: WorkshopDocument) -> None:
    with demo.session() as s:
        steps = readiness_steps(s)
    assert [(st.title("da"), st.summary("da"), st.ok) for st in steps] == [
        ("Fælles sprog", "32 begreber, 32 forklaret, 10 aftalt", False),
        ("Rodproblemer", "12 rodproblemer", True),
        ("Behov og krav", "11 behov, 9 krav", False),
        ("Levering", "8 ydelser, 7 med levering besluttet", False),
        ("Ledelsesforankring", "3 beslutninger, 1 godkendt", False),
        ("Opfølgning", "7 opfølgningspunkter, 2 udført", True),
    ]
    assert steps[0].summary("en") == "32 terms, 32 explained, 10 agreed"
    assert steps[2].summary("en") == "11 needs, 9 requirements"
    assert not any(st.empty for st in steps)


def test_demo_items_name_what_is_missing_and_where_it_is(demo: WorkshopDocument) -> None:
    with demo.session() as s:
        checks = _checks(s)
        titles = {d.id: d.title for d in signoff.list_decisions(s)}
    disputed = checks["terms_disputed"].items
    assert [(i.kind, i.label, i.detail("da")) for i in disputed] == [
        (TERM, "målgruppe", "indkøb"),  # procurement's side first, as the glossary shows them
        (TERM, "målgruppe", "fagområde"),
    ]
    needs = checks["needs_without_service"].items
    assert [i.kind for i in needs] == [NOTE] * 3
    assert needs[0].label == "Unge under 30 uden en uddannelse"
    assert all(i.detail("da") == "" for i in needs)  # all on one canvas: no need to name it
    assert [(i.kind, i.label) for i in checks["services_undecided"].items] == [
        (SERVICE, "Sundhedsforløb")
    ]
    (waiting,) = checks["decisions_unapproved"].items
    assert (waiting.kind, waiting.detail("da")) == (DECISION, "ændringer ønsket")
    assert titles[waiting.id].startswith("Psykologbistand")
    (changed,) = checks["decisions_changed"].items
    assert changed.kind == DECISION and titles[changed.id].startswith("Mentorstøtte")
    assert changed.detail("da") == "godkendt af Connie Center, Dorte Direktør"
    assert checks["decisions_changed"].text("en") == "1 decision was changed after approval"


def test_fixing_an_item_lowers_its_count(demo: WorkshopDocument) -> None:
    with demo.session() as s:
        before = _checks(s)
        term = before["terms_disputed"].items[0]
        glossary.update_term(s, term_id=term.id, status="agreed")
        note = before["needs_without_service"].items[0]
        service = before["services_undecided"].items[0]
        delivery.link_note(s, service_id=service.id, note_id=note.id)
        delivery.move_service(s, service_id=service.id, placement="internal")
        waiting = before["decisions_unapproved"].items[0]
        later = datetime(2027, 12, 1, 10, 0)  # after the demo's sign-offs: these are current
        signoff.add_sign_off(
            s, decision_id=waiting.id, approver_name="Dorte Direktør", signed_at=later
        )
        changed = before["decisions_changed"].items[0]
        for name in ("Connie Center", "Dorte Direktør"):  # both sign the decision as it is now
            signoff.add_sign_off(s, decision_id=changed.id, approver_name=name, signed_at=later)
        after = _checks(s)
    assert after["terms_disputed"].count == 1
    assert term.id not in {i.id for i in after["terms_disputed"].items}
    assert after["needs_without_service"].count == 2
    assert note.id not in {i.id for i in after["needs_without_service"].items}
    assert after["services_undecided"].ok
    assert after["decisions_unapproved"].ok
    assert after["decisions_changed"].ok


def test_a_term_without_explanation_is_named_until_explained(demo: WorkshopDocument) -> None:
    with demo.session() as s:
        term = glossary.list_terms(s)[0]
        glossary.update_term(s, term_id=term.id, explanation="  \n")  # blanks explain nothing
        check = _checks(s)["terms_unexplained"]
        assert (check.count, [i.id for i in check.items]) == (1, [term.id])
        assert check.text("da") == "1 begreb mangler en forklaring"
        glossary.update_term(s, term_id=term.id, explanation="Et udbud er ...")
        assert _checks(s)["terms_unexplained"].ok


def test_an_action_says_what_it_lacks(demo: WorkshopDocument) -> None:
    with demo.session() as s:
        no_owner = actions.add_action(s, what="Ring til leverandøren", due=date(2027, 3, 1))
        no_due = actions.add_action(s, what="Send referatet", owner="Ida Indkøb")
        neither = actions.add_action(s, what="Book lokale")
        check = _checks(s)["actions_incomplete"]
    assert check.count == 3
    assert [(i.kind, i.id, i.detail("da")) for i in check.items] == [
        (ACTION, no_owner.id, "ingen ansvarlig"),
        (ACTION, no_due.id, "ingen frist"),
        (ACTION, neither.id, "ingen ansvarlig og ingen frist"),
    ]
    assert check.items[2].detail("en") == "no owner and no due date"


def test_a_long_list_names_the_first_few_and_counts_the_rest(tmp_path: Path) -> None:
    doc = create_document(tmp_path / "w.tvaers", title="Mange ord")
    try:
        with doc.session() as s:
            rows = [{"side": "domain", "term": f"ord {i}"} for i in range(1200)]
            rows.insert(700, {"side": "procurement", "term": "udbud"})
            glossary.add_terms(s, rows)
            check = _checks(s)["terms_unexplained"]
            step = readiness_steps(s)[0]
    finally:
        doc.close(save=False)
    assert check.count == 1201
    assert len(check.items) == ITEM_LIMIT
    assert check.more == 1201 - ITEM_LIMIT
    assert [i.label for i in check.items[:3]] == ["udbud", "ord 0", "ord 1"]
    assert check.text("da") == "1.201 begreber mangler en forklaring"
    assert check.text("en") == "1,201 terms have no explanation"
    assert step.summary("da") == "1.201 begreber, 0 forklaret, 0 aftalt"


def test_counts_follow_edits_and_speak_singular(tmp_path: Path) -> None:
    doc = create_document(tmp_path / "w.tvaers", title="Tom")
    try:
        with doc.session() as s:
            steps = readiness_steps(s)
            assert all(c.ok for c in readiness(s))
            assert all(st.empty for st in steps)
            assert steps[0].summary("da") == "Ingen begreber endnu"
            glossary.add_term(s, side="procurement", term="udbud")
            actions.add_action(s, what="Ring til leverandøren", owner="Ida")
            actions.add_action(s, what="Send referat", owner="Ida", due=date(2027, 3, 1))
            checks = _checks(s)
            steps = readiness_steps(s)
    finally:
        doc.close(save=False)
    assert checks["terms_unexplained"].text("da") == "1 begreb mangler en forklaring"
    assert checks["actions_incomplete"].text("en") == (
        "1 follow-up action lacks an owner or a due date"
    )
    assert checks["terms_disputed"].ok
    assert steps[0].summary("da") == "1 begreb, 0 forklaret, 0 aftalt"
    assert steps[-1].summary("da") == "2 opfølgningspunkter, 0 udført"


def test_a_decision_without_any_answer_waits_for_sign_off(tmp_path: Path) -> None:
    doc = create_document(tmp_path / "w.tvaers", title="Beslutninger")
    try:
        with doc.session() as s:
            decision = signoff.add_decision(s, title="Hjemtag mentorstøtten")
            rejected = signoff.add_decision(s, title="Køb alt eksternt")
            signoff.add_sign_off(
                s, decision_id=rejected.id, approver_name="Dorte", outcome=Outcome.REJECTED
            )
            check = _checks(s)["decisions_unapproved"]
    finally:
        doc.close(save=False)
    assert [(i.id, i.label, i.detail("da")) for i in check.items] == [
        (decision.id, "Hjemtag mentorstøtten", "ikke behandlet"),
        (rejected.id, "Køb alt eksternt", "afvist"),
    ]


def test_decisions_asking_for_resources_want_a_frame_until_one_is_set(tmp_path: Path) -> None:
    doc = create_document(tmp_path / "w.tvaers", title="Ramme")
    try:
        with doc.session() as s:
            signoff.add_decision(s, title="Uden ressourcer")
            signoff.add_decision(s, title="Nul kroner", resources_dkk=0)
            mentors = signoff.add_decision(s, title="To mentorer", resources_fte=2.0)
            check = _checks(s)["decisions_no_frame"]
            assert [(i.kind, i.id, i.label) for i in check.items] == [
                (DECISION, mentors.id, "To mentorer")
            ]
            assert check.text("da") == (
                "1 beslutning beder om ressourcer, men ledelsen har ikke sat en ramme"
            )
            assert check.text("en") == (
                "1 decision asks for resources, but leadership has set no frame"
            )
            signoff.add_decision(s, title="Timer", resources_hours=40)
            assert _checks(s)["decisions_no_frame"].text("da") == (
                "2 beslutninger beder om ressourcer, men ledelsen har ikke sat en ramme"
            )
            # A frame for any one measure is a frame: the others then have no limit.
            signoff.update_resource_frame(s, hours=100)
            assert _checks(s)["decisions_no_frame"].ok
            signoff.update_resource_frame(s, hours=None)  # taken away again
            assert _checks(s)["decisions_no_frame"].count == 2
    finally:
        doc.close(save=False)


def test_labels_are_the_first_line_cut_short() -> None:
    assert short_label("  \nUnge  under 30\nog mere") == "Unge under 30"
    assert short_label("x" * 100) == "x" * 47 + "…"
    assert short_label("") == ""
