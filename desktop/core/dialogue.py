"""The market dialogue log: per service, the meetings with suppliers and what the
municipality told them.

What was told is kept as pieces of information (`DialogueInfo`) linked to the meetings
where they were given (`DialogueTold`). Equal treatment (udbudslovens regler om
markedsdialog og ligebehandling): a piece given at the meetings of some of a service's
suppliers and not of all of them, and not yet given to every supplier (`shared_on` is
empty), is marked (`unequal`) so that it can be given to all before the tender.

Suppliers are the names typed at the service's meetings, compared after trimming and
case-folding ("Aktiv Vej ApS " and "aktiv vej aps" are one supplier); a meeting without a
supplier's name counts for nobody. A service whose dialogue had one supplier has nobody
left out.

Every operation commits at once and returns what undo needs (a snapshot, the previous
value or the previous positions), like desktop/core/delivery.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from desktop.core import operations as ops
from desktop.core.delivery_models import Service
from desktop.core.dialogue_models import DialogueInfo, DialogueMeeting, DialogueTold
from desktop.core.errors import TvaersError

MEETING = "Mødet"
INFO = "Oplysningen"
TOLD_AT = "told_at"  # snapshot key: the meetings (of a piece) or pieces (of a meeting) linked


class DialogueDateError(TvaersError):
    da = "Skriv datoen som fx 01.09.2027, eller lad feltet stå tomt."
    en = "Type the date as e.g. 01.09.2027, or leave the field empty."


class OtherServiceError(TvaersError):
    da = "Oplysningen og mødet hører til hver sin ydelse."
    en = "The information and the meeting belong to different services."


def supplier_key(name: str) -> str:
    """The supplier a typed name means: trimmed, inner spaces collapsed, case-folded."""
    return " ".join(name.split()).casefold()


def stored_date(value: object, error: type[TvaersError] = DialogueDateError) -> str:
    """A date as stored: "" (not set) or ISO "2027-09-01"; anything else raises `error`."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise error() from None


def _checked(changes: Mapping[str, Any], date_field: str) -> dict[str, Any]:
    checked = dict(changes)
    if date_field in checked:
        checked[date_field] = stored_date(checked[date_field])
    return checked


def _next_position(session: Session, model: type[Any], service_id: str) -> int:
    highest = session.exec(
        select(func.max(model.position)).where(model.service_id == service_id)
    ).one()
    return 0 if highest is None else int(highest) + 1


def _of_service(session: Session, model: type[Any], service_id: str) -> list[Any]:
    query = (
        select(model)
        .where(model.service_id == service_id)
        .order_by(col(model.position), col(model.created_at), col(model.id))
    )
    return list(session.exec(query).all())


# A meeting and a piece of information are kept alike: a row of its service's list with
# one date, linked to rows of the other kind through DialogueTold. Per kind: the date
# field, the word for it in messages, the DialogueTold column that names it, and the other
# kind with its column.
_KINDS: dict[type[Any], tuple[str, str, str, type[Any], str]] = {
    DialogueMeeting: ("held_on", MEETING, "meeting_id", DialogueInfo, "info_id"),
    DialogueInfo: ("shared_on", INFO, "info_id", DialogueMeeting, "meeting_id"),
}


def _add(session: Session, model: type[Any], fields: dict[str, Any]) -> Any:
    """A new row at the end of its service's list (`service_id` is required)."""
    date_field = _KINDS[model][0]
    ops.refuse_bad_fields(model, fields)
    values = _checked(fields, date_field)
    ops.get_row(session, Service, str(values["service_id"]), what="Ydelsen")
    values.setdefault("position", _next_position(session, model, values["service_id"]))
    row = model(**values)
    session.add(row)
    session.commit()
    return row


def _update(
    session: Session, model: type[Any], row_id: str, changes: dict[str, Any], refused: str
) -> Any:
    """Change a row's own fields; `refused` is the message for its service or position."""
    date_field, what = _KINDS[model][:2]
    if {"service_id", "position"} & set(changes):
        raise ValueError(refused)
    ops.refuse_bad_fields(model, changes)
    values = _checked(changes, date_field)
    return ops.update_row(session, model, row_id, values, what=what)


def _delete(session: Session, model: type[Any], row_id: str) -> dict[str, Any]:
    """Delete a row; the snapshot holds the rows of the other kind it was linked to."""
    _, what, own, _, other = _KINDS[model]
    row = ops.get_row(session, model, row_id, what=what)
    data = ops.snapshot(row)
    own_column = getattr(DialogueTold, own)
    data[TOLD_AT] = sorted(
        session.exec(select(getattr(DialogueTold, other)).where(own_column == row_id))
    )
    session.execute(delete(DialogueTold).where(col(own_column) == row_id))
    session.delete(row)
    session.commit()
    return data


def _restore(session: Session, model: type[Any], data: dict[str, Any]) -> Any:
    """Undo of a delete: the same row, id and place, and its links to the rows of the other
    kind that still exist."""
    _, _, own, other_model, other = _KINDS[model]
    row = model.model_validate({k: v for k, v in data.items() if k != TOLD_AT})
    session.add(row)
    session.flush()
    for other_id in data.get(TOLD_AT, []):
        if session.get(other_model, other_id) is not None:
            session.add(DialogueTold(**{own: row.id, other: other_id}))
    session.commit()
    return row


# -- meetings ----------------------------------------------------------------------------


def list_meetings(session: Session, *, service_id: str) -> list[DialogueMeeting]:
    """The service's meetings in their order."""
    return _of_service(session, DialogueMeeting, service_id)


def add_meeting(session: Session, **fields: Any) -> DialogueMeeting:
    """A new meeting at the end of its service's list (`service_id` is required)."""
    return _add(session, DialogueMeeting, fields)


def update_meeting(session: Session, *, meeting_id: str, **changes: Any) -> DialogueMeeting:
    refused = "a meeting stays with its service; use move_meeting to reorder"
    return _update(session, DialogueMeeting, meeting_id, changes, refused)


def delete_meeting(session: Session, *, meeting_id: str) -> dict[str, Any]:
    """Delete a meeting; the snapshot holds which pieces were given there."""
    return _delete(session, DialogueMeeting, meeting_id)


def restore_meeting(session: Session, *, data: dict[str, Any]) -> DialogueMeeting:
    """Undo of a delete: the same meeting, id and place, and the pieces given there that
    still exist."""
    return _restore(session, DialogueMeeting, data)


def move_meeting(session: Session, *, meeting_id: str, offset: int) -> dict[str, int]:
    """One place up (-1) or down (+1) in the service's list; returns the positions before
    (for `ops.restore_positions`), {} when it cannot move."""
    meeting = ops.get_row(session, DialogueMeeting, meeting_id, what=MEETING)
    rows = _of_service(session, DialogueMeeting, meeting.service_id)
    return _move(session, rows, meeting_id, offset)


# -- pieces of information -------------------------------------------------------------


def list_infos(session: Session, *, service_id: str) -> list[DialogueInfo]:
    """The pieces of information given in the service's dialogue, in their order."""
    return _of_service(session, DialogueInfo, service_id)


def add_info(session: Session, **fields: Any) -> DialogueInfo:
    """A new piece at the end of its service's list (`service_id` is required)."""
    return _add(session, DialogueInfo, fields)


def update_info(session: Session, *, info_id: str, **changes: Any) -> DialogueInfo:
    """Change a piece's text or the day it was given to all (`shared_on`, "" = not yet)."""
    refused = "a piece stays with its service; use move_info to reorder"
    return _update(session, DialogueInfo, info_id, changes, refused)


def delete_info(session: Session, *, info_id: str) -> dict[str, Any]:
    """Delete a piece; the snapshot holds the meetings where it was given."""
    return _delete(session, DialogueInfo, info_id)


def restore_info(session: Session, *, data: dict[str, Any]) -> DialogueInfo:
    """Undo of a delete: the same piece, id and place, and the meetings where it was given
    that still exist."""
    return _restore(session, DialogueInfo, data)


def move_info(session: Session, *, info_id: str, offset: int) -> dict[str, int]:
    info = ops.get_row(session, DialogueInfo, info_id, what=INFO)
    return _move(session, _of_service(session, DialogueInfo, info.service_id), info_id, offset)


def share_info(session: Session, *, info_id: str, on: date | str) -> str:
    """Mark a piece given to every supplier on a day; returns `shared_on` before (undo:
    `update_info(shared_on=before)`)."""
    info = ops.get_row(session, DialogueInfo, info_id, what=INFO)
    before = info.shared_on
    update_info(session, info_id=info_id, shared_on=on)
    return before


def _move(session: Session, rows: Sequence[Any], row_id: str, offset: int) -> dict[str, int]:
    ids = [row.id for row in rows]
    here = ids.index(row_id)
    there = here + offset
    if offset == 0 or not 0 <= there < len(ids):
        return {}
    before = {row.id: row.position for row in rows}
    ids.insert(there, ids.pop(here))
    by_id = {row.id: row for row in rows}
    for position, moved_id in enumerate(ids):
        row = by_id[moved_id]
        if row.position != position:
            row.position = position
            session.add(row)
    session.commit()
    return before


def restore_positions(session: Session, *, model: type[Any], positions: Mapping[str, int]) -> None:
    ops.restore_positions(session, model, positions)


# -- told at a meeting -----------------------------------------------------------------


def told_pairs(session: Session, *, service_id: str) -> set[tuple[str, str]]:
    """(info id, meeting id) of every piece given at a meeting of the service."""
    query = (
        select(DialogueTold.info_id, DialogueTold.meeting_id)
        .join(DialogueInfo, col(DialogueInfo.id) == col(DialogueTold.info_id))
        .where(DialogueInfo.service_id == service_id)
    )
    return {(info_id, meeting_id) for info_id, meeting_id in session.exec(query)}


def set_told(session: Session, *, info_id: str, meeting_id: str, told: bool) -> bool:
    """Tick (or untick) a piece as given at a meeting; returns whether it was before."""
    info = ops.get_row(session, DialogueInfo, info_id, what=INFO)
    meeting = ops.get_row(session, DialogueMeeting, meeting_id, what=MEETING)
    if info.service_id != meeting.service_id:
        raise OtherServiceError()
    link = session.get(DialogueTold, (info_id, meeting_id))
    was = link is not None
    if told and link is None:
        session.add(DialogueTold(info_id=info_id, meeting_id=meeting_id))
    elif not told and link is not None:
        session.delete(link)
    session.commit()
    return was


# -- equal treatment -----------------------------------------------------------------


@dataclass(frozen=True)
class Unequal:
    """A piece given to some of the service's suppliers and not yet to all of them."""

    service_id: str
    info_id: str
    text: str
    heard: tuple[str, ...]  # the suppliers who were told, as first typed
    not_heard: tuple[str, ...]  # those who were not


def suppliers_of(meetings: Iterable[Any]) -> dict[str, str]:
    """Each supplier of the meetings once, in meeting order: {key: the name as first typed}."""
    names: dict[str, str] = {}
    for meeting in meetings:
        key = supplier_key(_get(meeting, "supplier"))
        if key and key not in names:
            names[key] = " ".join(_get(meeting, "supplier").split())
    return names


def unequal_pieces(
    meetings: Sequence[Any], infos: Sequence[Any], told: Iterable[tuple[str, str]]
) -> list[Unequal]:
    """The check over one service's rows (objects or dicts with the tables' fields): every
    piece not yet shared with all (`shared_on` empty) that was given at the meetings of at
    least one supplier and not of all the service's suppliers, in the pieces' order."""
    suppliers = suppliers_of(meetings)
    supplier_of = {_get(m, "id"): supplier_key(_get(m, "supplier")) for m in meetings}
    heard_by: dict[str, set[str]] = {}
    for info_id, meeting_id in told:
        key = supplier_of.get(meeting_id, "")
        if key:
            heard_by.setdefault(info_id, set()).add(key)
    found = []
    for info in infos:
        if _get(info, "shared_on"):
            continue
        heard = heard_by.get(_get(info, "id"), set())
        if not heard or heard >= suppliers.keys():
            continue
        found.append(
            Unequal(
                service_id=_get(info, "service_id"),
                info_id=_get(info, "id"),
                text=_get(info, "text"),
                heard=tuple(name for key, name in suppliers.items() if key in heard),
                not_heard=tuple(name for key, name in suppliers.items() if key not in heard),
            )
        )
    return found


def _get(row: Any, name: str) -> str:
    value = row[name] if isinstance(row, Mapping) else getattr(row, name)
    return "" if value is None else str(value)


def unequal(session: Session, *, service_id: str) -> list[Unequal]:
    """The equal-treatment check of one service."""
    return unequal_pieces(
        list_meetings(session, service_id=service_id),
        list_infos(session, service_id=service_id),
        told_pairs(session, service_id=service_id),
    )


def unequal_counts(session: Session) -> dict[str, int]:
    """{service id: how many pieces the check marks}, for every service with any (the
    board's mark); three queries for the whole workshop."""
    return {service_id: len(found) for service_id, found in unequal_by_service(session).items()}


def unequal_by_service(session: Session) -> dict[str, list[Unequal]]:
    """{service id: the pieces the check marks}, for every service with any (the board's
    mark, the readiness list); three queries for the whole workshop."""
    meetings: dict[str, list[Any]] = {}
    for meeting_id, service_id, supplier in session.exec(
        select(DialogueMeeting.id, DialogueMeeting.service_id, DialogueMeeting.supplier)
    ).all():
        meetings.setdefault(service_id, []).append({"id": meeting_id, "supplier": supplier})
    infos: dict[str, list[Any]] = {}
    for info_id, service_id, text in session.exec(
        select(DialogueInfo.id, DialogueInfo.service_id, DialogueInfo.text)
        .where(DialogueInfo.shared_on == "")
        .order_by(col(DialogueInfo.position))
    ).all():
        piece = {"id": info_id, "service_id": service_id, "text": text, "shared_on": ""}
        infos.setdefault(service_id, []).append(piece)
    told: dict[str, list[tuple[str, str]]] = {}
    query = select(DialogueTold.info_id, DialogueTold.meeting_id, DialogueInfo.service_id).join(
        DialogueInfo, col(DialogueInfo.id) == col(DialogueTold.info_id)
    )
    for info_id, meeting_id, service_id in session.exec(query).all():
        told.setdefault(service_id, []).append((info_id, meeting_id))
    marked = {}
    for service_id, pieces in infos.items():
        found = unequal_pieces(meetings.get(service_id, []), pieces, told.get(service_id, []))
        if found:
            marked[service_id] = found
    return marked


# -- the summary ---------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingSummary:
    held_on: str  # ISO or ""
    attendees: str  # kept for the minutes; the published handout leaves names out
    questions: str
    told: tuple[str, ...]  # the pieces given at this meeting, in the pieces' order


@dataclass(frozen=True)
class SupplierSummary:
    name: str
    meetings: tuple[MeetingSummary, ...]


@dataclass(frozen=True)
class SharedInfo:
    text: str
    shared_on: str  # ISO


@dataclass(frozen=True)
class ServiceDialogue:
    """One service's dialogue, as published and as the minutes show it."""

    service_id: str
    title: str
    suppliers: tuple[SupplierSummary, ...]  # in the order of their first meeting
    shared: tuple[SharedInfo, ...]  # given to every supplier, with the day
    unequal: tuple[Unequal, ...]  # marked: given to some, not yet to all
    not_told: tuple[str, ...]  # pieces recorded but neither given at a meeting nor to all


def summary(session: Session) -> list[ServiceDialogue]:
    """Every service with a dialogue (a meeting or a piece), in the board's order."""
    from desktop.core.delivery import list_services

    with_dialogue = set(session.exec(select(DialogueMeeting.service_id)).all()) | set(
        session.exec(select(DialogueInfo.service_id)).all()
    )
    return [
        service_dialogue(session, service_id=service.id, title=service.title)
        for service in list_services(session)
        if service.id in with_dialogue
    ]


def service_dialogue(session: Session, *, service_id: str, title: str) -> ServiceDialogue:
    meetings = list_meetings(session, service_id=service_id)
    infos = list_infos(session, service_id=service_id)
    told = told_pairs(session, service_id=service_id)
    names = suppliers_of(meetings)
    by_supplier: dict[str, list[MeetingSummary]] = {}
    unnamed: list[MeetingSummary] = []
    for meeting in meetings:
        given = tuple(info.text for info in infos if (info.id, meeting.id) in told)
        entry = MeetingSummary(meeting.held_on, meeting.attendees, meeting.questions, given)
        key = supplier_key(meeting.supplier)
        (by_supplier.setdefault(key, []) if key else unnamed).append(entry)
    suppliers = [SupplierSummary(names[k], tuple(v)) for k, v in by_supplier.items()]
    if unnamed:
        suppliers.append(SupplierSummary("", tuple(unnamed)))
    told_ids = {info_id for info_id, _meeting in told}
    return ServiceDialogue(
        service_id=service_id,
        title=title,
        suppliers=tuple(suppliers),
        shared=tuple(SharedInfo(i.text, i.shared_on) for i in infos if i.shared_on),
        unequal=tuple(unequal_pieces(meetings, infos, told)),
        not_told=tuple(i.text for i in infos if not i.shared_on and i.id not in told_ids),
    )


# -- with its service ----------------------------------------------------------------


def take_out(session: Session, *, service_id: str) -> dict[str, list[dict[str, Any]]]:
    """A service's whole dialogue as a snapshot, deleted with it (in the caller's
    transaction): `delivery.delete_service` keeps it for the undo of a deleted card."""
    meetings = list_meetings(session, service_id=service_id)
    infos = list_infos(session, service_id=service_id)
    told = sorted(told_pairs(session, service_id=service_id))
    data = {
        "meetings": [ops.snapshot(m) for m in meetings],
        "infos": [ops.snapshot(i) for i in infos],
        "told": [{"info_id": i, "meeting_id": m} for i, m in told],
    }
    info_ids = [i.id for i in infos]
    session.execute(delete(DialogueTold).where(col(DialogueTold.info_id).in_(info_ids)))
    session.execute(delete(DialogueInfo).where(col(DialogueInfo.service_id) == service_id))
    session.execute(delete(DialogueMeeting).where(col(DialogueMeeting.service_id) == service_id))
    return data


def put_back(session: Session, data: Mapping[str, Sequence[dict[str, Any]]]) -> None:
    """Undo of `take_out` (in the caller's transaction, after the service is back)."""
    for meeting in data.get("meetings", ()):
        session.add(DialogueMeeting.model_validate(meeting))
    for info in data.get("infos", ()):
        session.add(DialogueInfo.model_validate(info))
    session.flush()
    for link in data.get("told", ()):
        session.add(DialogueTold.model_validate(link))
