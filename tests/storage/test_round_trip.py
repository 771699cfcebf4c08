"""Every field of every table survives create, save, close and reopen exactly as typed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from desktop.core.actions import add_action, list_actions, update_action
from desktop.core.models import ActionItem, ActionStatus, Participant, Side, Workshop
from desktop.core.participants import add_participant, list_participants, update_participant
from desktop.core.workshop import get_workshop, update_workshop
from desktop.storage.document import WorkshopDocument, create_document, open_document

STRANGE_TEXTS = [
    "<script>alert('x')</script> & &amp; \"quotes\" 'single' </b>",
    "Emoji 😀 👩‍👩‍👧‍👦 🇩🇰 and a ZWJ sequence",
    "العربية: مرحبا بالعالم",  # right to left
    "עברית: שלום עולם",  # right to left
    "Mixed \u202eRTL override\u202c and e\u0301 (combining) vs é",
    "Control \x01\x02\x1f, tab\there, CRLF\r\nLF\nCR\rend",
    "NUL inside \x00 the text",
    "  leading and trailing spaces  ",
    "",
    "Robert'); DROP TABLE participant;--",
    "Æble, Øre, Ål – “smart quotes” … ½",
]
# 100,000 characters (more bytes than that in UTF-8), spanning many overflow pages.
LONG_TEXT = ("æøå😀\r\nxש\t" * 12_500)[:100_000]


def as_utc(value: Any) -> Any:
    """SQLite keeps no time zone: an aware UTC stamp comes back naive, same instant."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def dump(row: SQLModel) -> dict[str, Any]:
    return {k: as_utc(v) for k, v in row.model_dump(warnings=False).items()}


def reopen(doc: WorkshopDocument) -> WorkshopDocument:
    path = doc.path
    doc.close()
    return open_document(path)


def read_all(doc: WorkshopDocument) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict]]:
    with doc.session() as s:
        return (
            dump(get_workshop(s)),
            [dump(p) for p in list_participants(s)],
            [dump(a) for a in list_actions(s)],
        )


def test_every_field_of_every_table_survives_save_close_reopen(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    details = {
        "title": "Indkøb af journalsystem <&>",
        "organisation": "Region Nord 🏥",
        "area": "Sundhed\r\nIT",
        "location": "Mødelokale 3, 2. sal",
        "starts_at": datetime(2025, 3, 4, 9, 30, 15, 123456),
        "ends_at": datetime(2025, 3, 4, 15, 0),
        "facilitator": "Søren Ærø",
        "purpose": "שלום / مرحبا",
        "minutes_language": "en",
    }
    doc = new_doc(**details)
    participant_fields = {
        "name": "Åse Østergård",
        "role": "Indkøber\tkontrakt",
        "department": "Indkøb & Udbud",
        "side": Side.PROCUREMENT,
        "email": "aase@example.dk",
        "phone": "+45 12 34 56 78",
        "present": False,
        "position": 7,
    }
    action_fields = {
        "what": "Send kravspecifikation\r\n– version 2",
        "owner": "Åse",
        "due": date(2025, 4, 1),
        "status": ActionStatus.IN_PROGRESS,
        "position": 3,
    }
    with doc.session() as s:
        workshop = dump(get_workshop(s))
        participant = dump(add_participant(s, **participant_fields))
        second = dump(add_participant(s, name="Bo", side=Side.LEADERSHIP))
        action = dump(add_action(s, **action_fields))
        undated = dump(add_action(s, what="Uden dato", status=ActionStatus.DONE))
    doc = reopen(doc)
    try:
        found_workshop, found_participants, found_actions = read_all(doc)
    finally:
        doc.close()

    # Everything typed is there, field by field ...
    for name, value in details.items():
        assert found_workshop[name] == value, name
    by_name = {p["name"]: p for p in found_participants}
    for name, value in participant_fields.items():
        assert by_name["Åse Østergård"][name] == value, name
    assert by_name["Bo"]["side"] == "leadership"
    assert by_name["Bo"]["present"] is True
    by_what = {a["what"]: a for a in found_actions}
    for name, value in action_fields.items():
        assert by_what[action_fields["what"]][name] == value, name
    assert by_what["Uden dato"]["due"] is None
    assert by_what["Uden dato"]["status"] == "done"
    # ... and so is everything the program filled in itself: ids and timestamps.
    assert found_workshop == workshop
    assert sorted(found_participants, key=lambda p: p["id"]) == sorted(
        [participant, second], key=lambda p: p["id"]
    )
    assert sorted(found_actions, key=lambda a: a["id"]) == sorted(
        [action, undated], key=lambda a: a["id"]
    )
    assert set(found_workshop) == set(Workshop.model_fields)
    assert set(found_participants[0]) == set(Participant.model_fields)
    assert set(found_actions[0]) == set(ActionItem.model_fields)


def test_strange_text_is_stored_exactly_as_typed(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    texts = [*STRANGE_TEXTS, LONG_TEXT]
    doc = new_doc()
    ids = []
    with doc.session() as s:
        update_workshop(s, title=LONG_TEXT, purpose=STRANGE_TEXTS[5], location=STRANGE_TEXTS[2])
        for text in texts:
            p = add_participant(s, name=text, role=text, department=text, email=text, phone=text)
            a = add_action(s, what=text, owner=text)
            ids.append((p.id, a.id))
    doc = reopen(doc)
    try:
        workshop, participants, actions = read_all(doc)
    finally:
        doc.close()
    assert workshop["title"] == LONG_TEXT
    assert len(workshop["title"]) == 100_000
    assert workshop["purpose"] == STRANGE_TEXTS[5]
    assert workshop["location"] == STRANGE_TEXTS[2]
    participants_by_id = {p["id"]: p for p in participants}
    actions_by_id = {a["id"]: a for a in actions}
    for text, (pid, aid) in zip(texts, ids, strict=True):
        p = participants_by_id[pid]
        assert [p["name"], p["role"], p["department"], p["email"], p["phone"]] == [text] * 5
        a = actions_by_id[aid]
        assert [a["what"], a["owner"]] == [text] * 2


def test_edits_after_reopen_survive_the_next_reopen(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    with doc.session() as s:
        pid = add_participant(s, name="Før").id
        aid = add_action(s, what="Før").id
    doc = reopen(doc)
    with doc.session() as s:
        update_participant(s, participant_id=pid, name="Efter", side=Side.DOMAIN, present=False)
        update_action(s, action_id=aid, status=ActionStatus.DONE, due=date(2030, 12, 31))
    doc = reopen(doc)
    try:
        _, participants, actions = read_all(doc)
    finally:
        doc.close()
    assert [(p["name"], p["side"], p["present"]) for p in participants] == [
        ("Efter", "domain", False)
    ]
    assert [(a["status"], a["due"]) for a in actions] == [("done", date(2030, 12, 31))]


@settings(
    max_examples=100,
    deadline=None,
    # One data folder for all examples is fine: each example uses a file of its own.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(max_size=300), other=st.text(st.characters(codec="utf-8"), max_size=50))
def test_any_text_round_trips_through_the_file(docs_dir: Path, text: str, other: str) -> None:
    path = docs_dir / f"{uuid.uuid4().hex}.tvaers"
    doc = create_document(path, title=text, purpose=other)
    with doc.session() as s:
        pid = add_participant(s, name=text, role=other).id
        aid = add_action(s, what=other, owner=text).id
    doc = reopen(doc)
    try:
        with doc.session() as s:
            workshop = get_workshop(s)
            participant = s.get(Participant, pid)
            action = s.get(ActionItem, aid)
            assert (workshop.title, workshop.purpose) == (text, other)
            assert participant is not None and (participant.name, participant.role) == (
                text,
                other,
            )
            assert action is not None and (action.what, action.owner) == (other, text)
    finally:
        doc.close()
