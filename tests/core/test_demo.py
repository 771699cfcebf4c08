"""The demo workshop of docs/SCENARIO.md: details, participants and follow-up actions."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from desktop.core.actions import list_actions
from desktop.core.demo import DEMO_TITLE, populate_demo
from desktop.core.models import ActionItem, ActionStatus, Participant, Side, Workshop
from desktop.core.participants import list_participants
from desktop.core.workshop import get_workshop
from desktop.storage import identity
from desktop.storage.demo_file import write_demo
from desktop.storage.document import open_document
from desktop.storage.errors import AlreadyExistsError

DANISH_PHONE = re.compile(r"^\+45 0\d( \d\d){3}$")  # the 0-series is never assigned to anyone


@pytest.fixture
def demo(session: Session) -> Session:
    populate_demo(session)
    return session


@pytest.fixture
def workshop(demo: Session) -> Workshop:
    return get_workshop(demo)


@pytest.fixture
def participants(demo: Session) -> list[Participant]:
    return list_participants(demo)


@pytest.fixture
def actions(demo: Session) -> list[ActionItem]:
    return list_actions(demo)


def test_demo_details_follow_the_scenario(workshop: Workshop) -> None:
    assert workshop.title == DEMO_TITLE
    assert workshop.organisation == "Eksempel Kommune"
    assert workshop.area == "Center for Arbejdsmarked"
    assert workshop.location == "Rådhuset, mødelokale 2"
    assert workshop.minutes_language == "da"
    assert len(workshop.purpose) > 200


def test_demo_is_one_day_from_nine_to_three(workshop: Workshop) -> None:
    assert workshop.starts_at is not None and workshop.ends_at is not None
    assert workshop.starts_at.date() == workshop.ends_at.date()
    assert (workshop.starts_at.time().hour, workshop.ends_at.time().hour) == (9, 15)
    assert workshop.starts_at.tzinfo is None
    assert workshop.starts_at > datetime(2027, 1, 1)


def test_demo_has_eight_participants_from_every_side(participants: list[Participant]) -> None:
    assert len(participants) == 8
    assert len({p.name for p in participants}) == 8
    assert {p.side for p in participants} == set(Side)
    assert all(p.role and p.department for p in participants)


def test_the_facilitator_is_the_procurement_consultant(
    workshop: Workshop, participants: list[Participant]
) -> None:
    (facilitator,) = [p for p in participants if p.name == workshop.facilitator]
    assert facilitator.side == Side.PROCUREMENT
    assert facilitator.role.startswith("Indkøbskonsulent")


def test_demo_has_one_absent_participant(participants: list[Participant]) -> None:
    assert [p.present for p in participants].count(False) == 1


def test_demo_contact_details_are_partial_and_plainly_fictional(
    participants: list[Participant],
) -> None:
    emails = [p.email for p in participants if p.email]
    phones = [p.phone for p in participants if p.phone]
    assert 0 < len(emails) < len(participants)
    assert 0 < len(phones) < len(participants)
    # RFC 2606 reserves .example: no mail to these addresses ever reaches a real person.
    assert all(e.endswith("@eksempel-kommune.example") for e in emails)
    assert all(DANISH_PHONE.match(p) for p in phones), phones


def test_demo_has_actions_with_owners_due_dates_and_mixed_statuses(
    workshop: Workshop, participants: list[Participant], actions: list[ActionItem]
) -> None:
    assert workshop.starts_at is not None
    names = {p.name for p in participants}
    assert len(actions) >= 5
    assert all(a.what for a in actions)
    assert {a.owner for a in actions} <= names
    assert all(a.due is not None and a.due > workshop.starts_at.date() for a in actions)
    assert {a.status for a in actions} == set(ActionStatus)


def test_write_demo_writes_a_sound_workshop_that_opens_with_everything(tmp_path: Path) -> None:
    out = tmp_path / "demo.tvaers"

    write_demo(out)

    assert identity.inspect(out).user_version == identity.SCHEMA_VERSION
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "demo.tvaers"]
    doc = open_document(out, read_only=True)
    try:
        with doc.session() as session:
            assert get_workshop(session).title == DEMO_TITLE
            assert len(list_participants(session)) == 8
            assert len(list_actions(session)) >= 5
    finally:
        doc.close()


def test_write_demo_refuses_to_overwrite_a_file(tmp_path: Path) -> None:
    out = tmp_path / "demo.tvaers"
    out.write_bytes(b"someone's work")

    with pytest.raises(AlreadyExistsError):
        write_demo(out)

    assert out.read_bytes() == b"someone's work"


def test_write_demo_that_fails_midway_leaves_no_file_behind(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(session: Session) -> None:
        raise RuntimeError("simulated failure while filling the demo")

    monkeypatch.setattr("desktop.core.demo.populate_demo", fail)
    out = tmp_path / "demo.tvaers"

    with pytest.raises(RuntimeError):
        write_demo(out)

    assert not out.exists()
    assert list((data_dir / "working").iterdir()) == []


def test_demo_tells_the_truth_of_february_2027(demo: Session) -> None:
    """Issue 16: Danish lessons on a team are language courses (80580000-3, not one-to-one
    tutoring 80590000), and no demo text names a benefit abolished or closed before 2027."""
    from sqlmodel import select

    from desktop.core.canvas_models import Note
    from desktop.core.delivery_models import Service

    services = {s.title: s for s in demo.exec(select(Service)).all()}
    assert services["Danskundervisning for ledige"].cpv_code == "80580000-3"
    assert not any(s.cpv_code.startswith("80590000") for s in services.values())
    notes = " ".join(n.text for n in demo.exec(select(Note)).all())
    assert "kontanthjælpsmodtagere og unge under 30 år" in notes
    for gone in ("uddannelseshjælp", "ressourceforløb"):
        assert gone not in notes.casefold(), gone
