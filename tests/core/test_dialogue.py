"""The market dialogue log: meetings, pieces of information, what was told where, and the
equal-treatment check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from desktop.core import delivery, dialogue
from desktop.core.dialogue_models import DialogueInfo, DialogueMeeting, DialogueTold
from desktop.core.errors import NotFoundError


@pytest.fixture
def service_id(session: Session) -> str:
    return delivery.add_service(session, title="Rengøring").id


def _meeting(session: Session, service_id: str, supplier: str, **fields: object) -> str:
    return dialogue.add_meeting(session, service_id=service_id, supplier=supplier, **fields).id


def _info(session: Session, service_id: str, text: str, **fields: object) -> str:
    return dialogue.add_info(session, service_id=service_id, text=text, **fields).id


def _dump(session: Session) -> tuple[list[dict[str, object]], ...]:
    session.expire_all()
    tables = (DialogueMeeting, DialogueInfo, DialogueTold)
    return tuple(
        sorted((r.model_dump() for r in session.exec(select(t)).all()), key=str) for t in tables
    )


def test_meetings_are_added_in_order_per_service(session: Session, service_id: str) -> None:
    other = delivery.add_service(session, title="Kantine").id
    a = _meeting(session, service_id, "A/S", held_on=date(2027, 1, 5))
    _meeting(session, other, "Andet")
    b = _meeting(session, service_id, "B ApS", held_on="2027-01-06")
    listed = dialogue.list_meetings(session, service_id=service_id)
    assert [m.id for m in listed] == [a, b]
    assert [m.position for m in listed] == [0, 1]
    assert listed[0].held_on == "2027-01-05"


def test_a_bad_date_is_refused(session: Session, service_id: str) -> None:
    with pytest.raises(dialogue.DialogueDateError):
        _meeting(session, service_id, "A", held_on="31.02.2027")
    meeting = _meeting(session, service_id, "A")
    with pytest.raises(dialogue.DialogueDateError):
        dialogue.update_meeting(session, meeting_id=meeting, held_on="2027-02-31")
    with pytest.raises(ValueError, match="service"):
        dialogue.update_meeting(session, meeting_id=meeting, service_id="x")


def test_a_meeting_needs_its_service(session: Session) -> None:
    with pytest.raises(NotFoundError):
        dialogue.add_meeting(session, service_id="nope", supplier="A")


def test_delete_and_restore_a_meeting_keeps_what_was_told(
    session: Session, service_id: str
) -> None:
    meeting = _meeting(session, service_id, "A", attendees="Hans", questions="Hvornår?")
    info = _info(session, service_id, "Opstart 1. marts")
    dialogue.set_told(session, info_id=info, meeting_id=meeting, told=True)
    before = _dump(session)
    data = dialogue.delete_meeting(session, meeting_id=meeting)
    assert dialogue.told_pairs(session, service_id=service_id) == set()
    dialogue.restore_meeting(session, data=data)
    assert _dump(session) == before


def test_delete_and_restore_a_piece_keeps_where_it_was_told(
    session: Session, service_id: str
) -> None:
    meetings = [_meeting(session, service_id, s) for s in ("A", "B")]
    info = _info(session, service_id, "Budget ukendt", shared_on="2027-02-01")
    for meeting in meetings:
        dialogue.set_told(session, info_id=info, meeting_id=meeting, told=True)
    before = _dump(session)
    data = dialogue.delete_info(session, info_id=info)
    dialogue.restore_info(session, data=data)
    assert _dump(session) == before


def test_move_and_restore_positions(session: Session, service_id: str) -> None:
    ids = [_info(session, service_id, t) for t in ("1", "2", "3")]
    before = dialogue.move_info(session, info_id=ids[2], offset=-1)
    assert [i.id for i in dialogue.list_infos(session, service_id=service_id)] == [
        ids[0],
        ids[2],
        ids[1],
    ]
    assert dialogue.move_info(session, info_id=ids[0], offset=-1) == {}
    dialogue.restore_positions(session, model=DialogueInfo, positions=before)
    assert [i.id for i in dialogue.list_infos(session, service_id=service_id)] == ids
    meetings = [_meeting(session, service_id, s) for s in ("A", "B")]
    assert dialogue.move_meeting(session, meeting_id=meetings[0], offset=1)
    assert [m.id for m in dialogue.list_meetings(session, service_id=service_id)] == meetings[::-1]


def test_told_at_a_meeting_of_another_service_is_refused(session: Session, service_id: str) -> None:
    other = delivery.add_service(session, title="Kantine").id
    meeting = _meeting(session, other, "A")
    info = _info(session, service_id, "x")
    with pytest.raises(dialogue.OtherServiceError):
        dialogue.set_told(session, info_id=info, meeting_id=meeting, told=True)


def test_set_told_returns_what_it_was(session: Session, service_id: str) -> None:
    meeting = _meeting(session, service_id, "A")
    info = _info(session, service_id, "x")
    assert dialogue.set_told(session, info_id=info, meeting_id=meeting, told=True) is False
    assert dialogue.set_told(session, info_id=info, meeting_id=meeting, told=True) is True
    assert dialogue.set_told(session, info_id=info, meeting_id=meeting, told=False) is True
    assert dialogue.told_pairs(session, service_id=service_id) == set()


def test_a_piece_told_to_one_of_two_suppliers_is_marked_until_shared(
    session: Session, service_id: str, reopen: Callable[[], Session]
) -> None:
    a = _meeting(session, service_id, "Aktiv Vej ApS")
    _meeting(session, service_id, "Bedre Rent A/S")
    a_again = _meeting(session, service_id, "  aktiv  VEJ aps ")
    info = _info(session, service_id, "Budgettet er 2 mio. kr.")
    both = _info(session, service_id, "Opstart 1. marts")
    dialogue.set_told(session, info_id=info, meeting_id=a, told=True)
    dialogue.set_told(session, info_id=both, meeting_id=a_again, told=True)
    found = dialogue.unequal(session, service_id=service_id)
    assert [(u.info_id, u.heard, u.not_heard) for u in found] == [
        (info, ("Aktiv Vej ApS",), ("Bedre Rent A/S",)),
        (both, ("Aktiv Vej ApS",), ("Bedre Rent A/S",)),
    ]
    assert dialogue.unequal_counts(session) == {service_id: 2}
    before = dialogue.share_info(session, info_id=info, on=date(2027, 3, 1))
    assert before == ""
    with reopen() as later:
        assert [u.info_id for u in dialogue.unequal(later, service_id=service_id)] == [both]
        assert dialogue.unequal_counts(later) == {service_id: 1}
        assert later.get(DialogueInfo, info).shared_on == "2027-03-01"  # type: ignore[union-attr]


def test_the_summary_groups_per_supplier(session: Session, service_id: str) -> None:
    a = _meeting(session, service_id, "A", held_on="2027-01-05", questions="Pris?")
    _meeting(session, service_id, "B", held_on="2027-01-06")
    a2 = _meeting(session, service_id, "a ", held_on="2027-01-09")
    told = _info(session, service_id, "Told A")
    _info(session, service_id, "Shared", shared_on="2027-02-01")
    _info(session, service_id, "Never")
    dialogue.set_told(session, info_id=told, meeting_id=a2, told=True)
    [summary] = dialogue.summary(session)
    assert summary.title == "Rengøring"
    assert [s.name for s in summary.suppliers] == ["A", "B"]
    assert [m.told for m in summary.suppliers[0].meetings] == [(), ("Told A",)]
    assert summary.suppliers[0].meetings[0].questions == "Pris?"
    assert [(s.text, s.shared_on) for s in summary.shared] == [("Shared", "2027-02-01")]
    assert [u.text for u in summary.unequal] == ["Told A"]
    assert summary.not_told == ("Never",)
    assert a


# -- the check, against a model of it ------------------------------------------------

_SUPPLIERS = st.sampled_from(["A", "a ", " A", "B", "b", "C", "", "  "])


@settings(max_examples=200, deadline=None)
@given(
    suppliers=st.lists(_SUPPLIERS, max_size=6),
    shared=st.lists(st.booleans(), max_size=4),
    told=st.sets(st.tuples(st.integers(0, 3), st.integers(0, 5))),
)
def test_the_check_marks_exactly_what_some_but_not_all_heard(
    suppliers: list[str], shared: list[bool], told: set[tuple[int, int]]
) -> None:
    meetings = [{"id": f"m{i}", "supplier": s} for i, s in enumerate(suppliers)]
    infos = [
        {"id": f"i{i}", "service_id": "s", "text": f"t{i}", "shared_on": "2027-01-01" if s else ""}
        for i, s in enumerate(shared)
    ]
    pairs = {(f"i{i}", f"m{m}") for i, m in told if i < len(infos) and m < len(meetings)}
    found = {u.info_id: u for u in dialogue.unequal_pieces(meetings, infos, pairs)}
    everyone = {s.strip().lower() for s in suppliers if s.strip()}
    for i, is_shared in enumerate(shared):
        heard = {suppliers[m].strip().lower() for j, m in told if j == i and m < len(suppliers)}
        heard.discard("")
        expected = not is_shared and bool(heard) and heard != everyone
        assert (f"i{i}" in found) == expected
        if expected:
            u = found[f"i{i}"]
            assert {n.lower() for n in u.heard} == heard
            assert {n.lower() for n in u.not_heard} == everyone - heard
            assert len(u.heard) + len(u.not_heard) == len(everyone)


def test_readiness_names_each_service_with_a_one_sided_piece(
    session: Session, service_id: str
) -> None:
    from desktop.core.readiness import readiness

    def check() -> Any:
        return next(c for c in readiness(session) if c.key == "dialogue_unequal")

    assert check().ok
    a = _meeting(session, service_id, "A")
    b = _meeting(session, service_id, "B")
    info = _info(session, service_id, "Kun til A")
    dialogue.set_told(session, info_id=info, meeting_id=a, told=True)
    found = check()
    assert found.count == 1
    assert found.text("da") == (
        "1 ydelse har oplysninger fra markedsdialogen, som ikke er givet til alle leverandører"
    )
    [item] = found.items
    assert (item.id, item.label) == (service_id, "Rengøring")
    assert item.detail("da") == "1 oplysning fra markedsdialogen er kun givet til én leverandør"
    assert item.detail("en") == (
        "1 piece of information from the market dialogue was given to one supplier only"
    )
    _meeting(session, service_id, "C")
    second = _info(session, service_id, "Til A og B")
    for meeting in (a, b):
        dialogue.set_told(session, info_id=second, meeting_id=meeting, told=True)
    assert check().items[0].detail("da") == (
        "2 oplysninger fra markedsdialogen er ikke givet til alle leverandører"
    )
    other = delivery.add_service(session, title="Kantine").id
    x = _meeting(session, other, "X")
    _meeting(session, other, "Y")
    third = _info(session, other, "Kun X")
    dialogue.set_told(session, info_id=third, meeting_id=x, told=True)
    assert check().text("en") == (
        "2 services have information from the market dialogue not given to all suppliers"
    )
    for piece in (info, second, third):
        dialogue.share_info(session, info_id=piece, on="2027-03-01")
    assert check().ok


def test_a_deleted_service_comes_back_with_its_dialogue(
    session: Session, service_id: str, reopen: Callable[[], Session]
) -> None:
    a = _meeting(session, service_id, "A", held_on="2027-01-05", questions="?")
    _meeting(session, service_id, "B")
    info = _info(session, service_id, "Kun til A")
    _info(session, service_id, "Til alle", shared_on="2027-02-01")
    dialogue.set_told(session, info_id=info, meeting_id=a, told=True)
    other = delivery.add_service(session, title="Kantine").id
    _meeting(session, other, "Bliver")
    before = _dump(session)
    data = delivery.delete_service(session, service_id=service_id)
    with reopen() as later:
        assert len(_dump(later)[0]) == 1  # only the other service's meeting is left
        assert _dump(later)[2] == []
    delivery.restore_service(session, data=data)
    assert _dump(session) == before
    assert [u.info_id for u in dialogue.unequal(session, service_id=service_id)] == [info]
