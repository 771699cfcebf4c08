"""The needs canvas: canvases made from templates, their zones, and the sticky notes on them.

Every operation commits at once and returns what its undo needs: the new row, a
snapshot of what was deleted, the values before a change, or the place a note moved
from. Geometry is in scene units (1 unit = 1 px at 100 % zoom), shared with the canvas
tab and the PDF, so a note sits in the same spot on screen and on paper.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from desktop.core import operations as ops
from desktop.core.canvas_models import Canvas, Note, NoteKind, NoteSide, Priority, Zone
from desktop.core.canvas_templates import ORDER, load_template
from desktop.core.delivery_models import Service, ServiceNote
from desktop.core.errors import NotFoundError, TvaersError
from desktop.core.models import utc_now
from desktop.core.workshop import get_workshop

CANVAS = "Lærredet"
NOTE = "Noten"
ZONE = "Zonen"

# A note's size on the canvas. Its width is fixed; its height follows the text, from a
# square-ish minimum up to a maximum beyond which the text is cut on the wall (and shown
# in full in the list and when edited). The UI measures the real text; the core estimates
# it (for placing new notes) from the same font size.
NOTE_WIDTH = 220.0
NOTE_MIN_HEIGHT = 120.0
NOTE_MAX_HEIGHT = 360.0
NOTE_FONT_PX = 17  # the note text; large enough to read on a projector at 60 % zoom
NOTE_PADDING = 10.0
NOTE_HEADER = 28.0  # the line with kind, priority and votes above the text
NOTE_LINE_HEIGHT = 22.0
NOTE_CHARS_PER_LINE = 19  # of Danish text at NOTE_FONT_PX in NOTE_WIDTH, with some room
NOTE_GAP = 16.0  # between notes placed by the program
ZONE_HEADER = 100.0  # the zone's title and prompt; placed notes start below it
ZONE_PADDING = 16.0
NUDGE = 10.0  # one arrow key press
MAX_VOTES = 999  # dots on one note: three digits, as the PDF's circle shows them

# New notes in these zones are of this kind; elsewhere a need (the blank canvas: an idea).
_KIND_BY_ZONE = {
    "krav": NoteKind.REQUIREMENT,
    "kontraktvilkaar": NoteKind.REQUIREMENT,
    "spoergsmaal": NoteKind.QUESTION,
    "proces": NoteKind.ROOT_PROBLEM,
    "indkoeb": NoteKind.ROOT_PROBLEM,
    "faglighed": NoteKind.ROOT_PROBLEM,
    "ledelse": NoteKind.ROOT_PROBLEM,
    "laerred": NoteKind.IDEA,
}
NOTE_FIELDS = ("text", "kind", "side", "priority", "votes")
SERVICE_LINKS = "service_links"  # in a snapshot: the services that answered the note(s)


class EmptyTitleError(TvaersError):
    da = "Et lærred skal have en titel."
    en = "A canvas needs a title."


class NegativeVotesError(TvaersError):
    da = "En note kan ikke have færre end 0 stemmer."
    en = "A note cannot have fewer than 0 votes."


class VotesOutOfRangeError(TvaersError):
    da = "Stemmer skal være et helt tal fra 0 til {most}; »{votes}« kan ikke bruges."
    en = "Votes must be a whole number from 0 to {most}; “{votes}” cannot be used."


class NoteOnOtherCanvasError(TvaersError):
    da = "En af noterne hører til et andet lærred end afstemningen. Intet er ændret."
    en = "One of the notes belongs to another canvas than the vote. Nothing was changed."


class UnknownTemplateError(TvaersError):
    da = "Skabelonen »{key}« findes ikke. Vælg en af skabelonerne på listen."
    en = "There is no template “{key}”. Choose one of the listed templates."


class ZoneOnOtherCanvasError(TvaersError):
    da = "Zonen hører til et andet lærred end noten."
    en = "The zone belongs to another canvas than the note."


@dataclass(frozen=True)
class NotePlace:
    """Where a note is: its top-left corner and its zone (None: outside every zone)."""

    x: float
    y: float
    zone_id: str | None


@dataclass(frozen=True)
class CanvasContents:
    """One canvas as plain data, for the canvas tab and the PDF."""

    canvas: dict[str, Any]
    zones: list[dict[str, Any]]
    notes: list[dict[str, Any]]


# -- canvases -------------------------------------------------------------------------------


def list_canvases(session: Session) -> list[Canvas]:
    return ops.ordered(session, Canvas)


def get_canvas(session: Session, *, canvas_id: str) -> Canvas:
    return ops.get_row(session, Canvas, canvas_id, what=CANVAS)


def create_canvas(session: Session, *, template_key: str, title: str | None = None) -> Canvas:
    """A new canvas with the template's zones, titled in the language of the minutes.

    Without a title it is named after the template; a second canvas of the same template
    gets a number ("Rodproblemer 2"), so the selector tells them apart."""
    if template_key not in ORDER:
        raise UnknownTemplateError(key=template_key)
    template = load_template(template_key)
    lang = get_workshop(session).minutes_language or "da"
    if title is None:
        title = _unused_title(session, template.title(lang))
    elif not title.strip():
        raise EmptyTitleError()
    canvas = Canvas(
        title=title, template_key=template_key, position=ops.next_position(session, Canvas)
    )
    session.add(canvas)
    for position, zone in enumerate(template.zones):
        session.add(
            Zone(
                canvas_id=canvas.id,
                key=zone.key,
                title=zone.title(lang),
                prompt=zone.prompt(lang),
                position=position,
                x=zone.x,
                y=zone.y,
                width=zone.width,
                height=zone.height,
            )
        )
    session.commit()
    return canvas


def _unused_title(session: Session, base: str) -> str:
    taken = {c.title for c in list_canvases(session)}
    if base not in taken:
        return base
    number = 2
    while f"{base} {number}" in taken:
        number += 1
    return f"{base} {number}"


def rename_canvas(session: Session, *, canvas_id: str, title: str) -> str:
    """Give the canvas a new title; returns the old one."""
    if not title.strip():
        raise EmptyTitleError()
    canvas = get_canvas(session, canvas_id=canvas_id)
    before = canvas.title
    ops.update_fields(session, canvas, {"title": title})
    return before


def delete_canvas(session: Session, *, canvas_id: str) -> dict[str, Any]:
    """Delete a canvas with its zones and notes; the snapshot brings all of it back, and
    the delivery board's links to its notes."""
    canvas = get_canvas(session, canvas_id=canvas_id)
    zones = list(session.exec(select(Zone).where(Zone.canvas_id == canvas_id)).all())
    notes = list(session.exec(select(Note).where(Note.canvas_id == canvas_id)).all())
    data = {
        "canvas": ops.snapshot(canvas),
        "zones": [ops.snapshot(z) for z in zones],
        "notes": [ops.snapshot(n) for n in notes],
        SERVICE_LINKS: _service_links(session, [n.id for n in notes]),
    }
    # Deleted explicitly, not left to ON DELETE CASCADE: the result must not depend on
    # whether the connection has foreign keys switched on.
    for link in _link_rows(session, [n.id for n in notes]):
        session.delete(link)
    for note in notes:
        session.delete(note)
    session.flush()
    for zone in zones:
        session.delete(zone)
    session.flush()
    session.delete(canvas)
    session.commit()
    return data


def restore_canvas(session: Session, *, data: dict[str, Any]) -> Canvas:
    """Undo of `delete_canvas`: the same canvas, zones and notes, with the same ids."""
    canvas = Canvas.model_validate(data["canvas"])
    session.add(canvas)
    session.flush()
    for zone in data["zones"]:
        session.add(Zone.model_validate(zone))
    session.flush()
    for note in data["notes"]:
        session.add(Note.model_validate(note))
    session.flush()
    _restore_links(session, data.get(SERVICE_LINKS, []))
    session.commit()
    return canvas


# -- reading --------------------------------------------------------------------------------


def list_zones(session: Session, *, canvas_id: str) -> list[Zone]:
    query = (
        select(Zone)
        .where(Zone.canvas_id == canvas_id)
        .order_by(col(Zone.position), col(Zone.created_at))
    )
    return list(session.exec(query).all())


def list_notes(session: Session, *, canvas_id: str) -> list[Note]:
    query = (
        select(Note)
        .where(Note.canvas_id == canvas_id)
        .order_by(col(Note.position), col(Note.created_at))
    )
    return list(session.exec(query).all())


def notes_by_votes(session: Session, *, canvas_id: str) -> list[Note]:
    """Most votes first; equal votes in zone order, then in the order they were put up."""
    zone_order = {z.id: z.position for z in list_zones(session, canvas_id=canvas_id)}
    notes = list_notes(session, canvas_id=canvas_id)
    return sorted(
        notes, key=lambda n: (-n.votes, zone_order.get(n.zone_id or "", math.inf), n.position)
    )


def order_by_votes(
    notes: Sequence[dict[str, Any]], zones: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """`notes_by_votes` for notes and zones already read (a `CanvasContents`)."""
    zone_order = {z["id"]: z["position"] for z in zones}
    return sorted(
        notes,
        key=lambda n: (-n["votes"], zone_order.get(n["zone_id"] or "", math.inf), n["position"]),
    )


def canvas_contents(session: Session, *, canvas_id: str) -> CanvasContents:
    """The canvas, its zones and its notes in their order, each row as a dict of its columns.

    Read as plain rows, not as table models: a wall of 1,000 notes opens within the
    300 ms budget (tests/bench/test_canvas_speed.py)."""
    canvas = get_canvas(session, canvas_id=canvas_id)
    return CanvasContents(
        canvas=ops.snapshot(canvas),
        zones=_plain_rows(session, _ZONES, _ZONES.c.canvas_id == canvas_id),
        notes=_note_rows(session, _NOTES.c.canvas_id == canvas_id),
    )


def note_rows(session: Session, *, note_ids: Collection[str]) -> list[dict[str, Any]]:
    """The given notes as `canvas_contents` gives them, for updating just the notes one
    edit touched: re-reading a wall of 1,000 notes per keystroke cost ~10 ms."""
    return _note_rows(session, _NOTES.c.id.in_(list(note_ids)))


def _note_rows(session: Session, where: Any) -> list[dict[str, Any]]:
    notes = _plain_rows(session, _NOTES, where)
    covered = _services_per_note(session, where)
    for note in notes:
        note[SERVICES] = covered.get(str(note["id"]), 0)
    return notes


SERVICES = "services"  # in canvas_contents' note rows: how many services answer the note


def _services_per_note(session: Session, notes_where: Any) -> dict[str, int]:
    """A need that a card on the delivery board answers shows as covered on the wall."""
    links = ServiceNote.__table__  # type: ignore[attr-defined]
    query = (
        sa_select(links.c.note_id, func.count())
        .join(_NOTES, _NOTES.c.id == links.c.note_id)
        .where(notes_where)
        .group_by(links.c.note_id)
    )
    return {str(note_id): int(n) for note_id, n in session.connection().execute(query)}


_NOTES: Any = Note.__table__  # type: ignore[attr-defined]
_ZONES: Any = Zone.__table__  # type: ignore[attr-defined]


def _plain_rows(session: Session, table: Any, where: Any) -> list[dict[str, Any]]:
    query = sa_select(table).where(where).order_by(table.c.position, table.c.created_at)
    return [dict(row) for row in session.connection().execute(query).mappings()]


# -- notes ----------------------------------------------------------------------------------


def default_kind(zone_key: str) -> str:
    return _KIND_BY_ZONE.get(zone_key, NoteKind.NEED).value


def add_note(
    session: Session,
    *,
    canvas_id: str,
    zone_id: str | None = None,
    x: float | None = None,
    y: float | None = None,
    keep_clear: bool = False,
    **fields: Any,
) -> Note:
    """Put a note up. In a zone: at (x, y) moved just inside the zone and, if another note
    is there, to the nearest free space in the zone (cascaded if the zone is full); without
    a position at the zone's first free spot. Without a zone: at (x, y), in the zone that
    holds its centre; `keep_clear` shifts it off a note already at that spot. A new note
    in a zone never lands on another's top-left corner. The kind defaults to what the zone
    asks for."""
    get_canvas(session, canvas_id=canvas_id)
    _refuse_bad_note_fields(fields)
    text = str(fields.get("text", ""))
    height = estimated_height(text)
    if zone_id is not None:
        zone = _zone_on(session, zone_id, canvas_id)
        if x is None or y is None:
            x, y = free_spot(session, zone=zone, height=height)
        else:
            x, y = spot_near(session, zone=zone, x=x, y=y, height=height)
        fields.setdefault("kind", default_kind(zone.key))
    else:
        x, y = (0.0, 0.0) if x is None or y is None else (x, y)
        if keep_clear:
            x, y = _cascade(_corners(session, canvas_id), x, y)
        zone_id = zone_at(session, canvas_id=canvas_id, x=x + NOTE_WIDTH / 2, y=y + height / 2)
    note = Note(
        canvas_id=canvas_id,
        zone_id=zone_id,
        x=float(x),
        y=float(y),
        position=ops.next_position(session, Note),
        **fields,
    )
    session.add(note)
    session.commit()
    return note


def get_note(session: Session, *, note_id: str) -> Note:
    return ops.get_row(session, Note, note_id, what=NOTE)


def update_note(session: Session, *, note_id: str, **changes: Any) -> dict[str, Any]:
    """Change a note's text, kind, side, priority or votes; returns the values before."""
    unknown = sorted(set(changes) - set(NOTE_FIELDS))
    if unknown:
        raise ValueError(f"not editable here (use move_note for places): {unknown}")
    _refuse_bad_note_fields(changes)
    note = get_note(session, note_id=note_id)
    before = {name: getattr(note, name) for name in changes}
    ops.update_fields(session, note, changes)
    return before


def set_votes(session: Session, *, note_id: str, votes: int) -> int:
    """Type in the dots from the wall; returns the votes before."""
    return int(update_note(session, note_id=note_id, votes=votes)["votes"])


def apply_voting_round(
    session: Session, *, canvas_id: str, votes: Mapping[str, int]
) -> dict[str, int]:
    """Store the votes of a round (note id -> votes) on the canvas's notes, all or none, in
    one transaction. Returns each given note's votes before, in the same order: applied the
    same way, they undo the round exactly."""
    get_canvas(session, canvas_id=canvas_id)
    for value in votes.values():
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_VOTES:
            raise VotesOutOfRangeError(votes=value, most=MAX_VOTES)
    notes = {}
    if votes:
        query = select(Note).where(col(Note.id).in_(list(votes)))
        notes = {n.id: n for n in session.exec(query).all()}
    for note_id in votes:
        note = notes.get(note_id)
        if note is None:
            raise NotFoundError(what=NOTE)
        if note.canvas_id != canvas_id:
            raise NoteOnOtherCanvasError()
    before = {note_id: notes[note_id].votes for note_id in votes}
    now = utc_now()
    for note_id, value in votes.items():
        note = notes[note_id]
        if note.votes != value:
            note.votes = value
            note.updated_at = now
            session.add(note)
    session.commit()
    return before


def vote_places(votes: Sequence[int]) -> list[tuple[int, bool]]:
    """The place of each entry of `votes` (sorted most first) and whether it is shared:
    equal votes share a place and the next place skips (7, 5, 5, 2 -> 1, 2, 2, 4)."""
    counts = Counter(votes)
    places: list[tuple[int, bool]] = []
    for i, value in enumerate(votes):
        place = i + 1 if i == 0 or votes[i - 1] != value else places[-1][0]
        places.append((place, counts[value] > 1))
    return places


def wall_order(
    notes: Sequence[dict[str, Any]], zones: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Notes in the order a facilitator reads the wall: zone by zone (notes outside every
    zone last), in each zone row by row from the top, each row from the left. Notes whose
    tops are less than half a note apart count as one row: dragged by hand, they rarely
    line up exactly."""
    zone_order = {z["id"]: z["position"] for z in zones}
    groups: dict[float, list[dict[str, Any]]] = {}
    for note in notes:
        groups.setdefault(zone_order.get(note["zone_id"] or "", math.inf), []).append(note)
    ordered: list[dict[str, Any]] = []
    for _zone, group in sorted(groups.items(), key=lambda item: item[0]):
        rows: list[list[dict[str, Any]]] = []
        for note in sorted(group, key=lambda n: (float(n["y"]), float(n["x"]))):
            if rows and float(note["y"]) - float(rows[-1][0]["y"]) < NOTE_MIN_HEIGHT / 2:
                rows[-1].append(note)
            else:
                rows.append([note])
        for row in rows:
            ordered += sorted(row, key=lambda n: (float(n["x"]), int(n["position"])))
    return ordered


def change_votes(session: Session, *, note_id: str, delta: int) -> int:
    """One more (+1) or one fewer (-1) vote, from 0 to MAX_VOTES; returns the votes before."""
    note = get_note(session, note_id=note_id)
    return set_votes(session, note_id=note_id, votes=min(MAX_VOTES, max(0, note.votes + delta)))


def delete_note(session: Session, *, note_id: str) -> dict[str, Any]:
    """Delete a note; the snapshot brings it back with the services that answered it."""
    links = _link_rows(session, [note_id])
    service_links = _service_links(session, [note_id])
    for link in links:
        session.delete(link)
    data = ops.delete_row(session, Note, note_id, what=NOTE)
    data[SERVICE_LINKS] = service_links
    return data


def restore_note(session: Session, *, data: dict[str, Any]) -> Note:
    fields = {k: v for k, v in data.items() if k != SERVICE_LINKS}
    get_canvas(session, canvas_id=fields["canvas_id"])  # deleted meanwhile: a clear error
    if fields.get("zone_id") and session.get(Zone, fields["zone_id"]) is None:
        fields["zone_id"] = None
    note = Note.model_validate(fields)
    session.add(note)
    session.flush()
    _restore_links(session, data.get(SERVICE_LINKS, []))
    session.commit()
    return note


# -- places ---------------------------------------------------------------------------------


def move_note(
    session: Session, *, note_id: str, x: float, y: float, height: float | None = None
) -> NotePlace:
    """Put a note's top-left corner at (x, y); it joins the zone that holds its centre
    (none if the centre is outside every zone). `height` is the note's height as shown
    (default: estimated from its text). Returns where it was."""
    note = get_note(session, note_id=note_id)
    if height is None:
        height = estimated_height(note.text)
    zone_id = zone_at(session, canvas_id=note.canvas_id, x=x + NOTE_WIDTH / 2, y=y + height / 2)
    return _place(session, note, NotePlace(float(x), float(y), zone_id))


def nudge_note(
    session: Session, *, note_id: str, dx: float, dy: float, height: float | None = None
) -> NotePlace:
    note = get_note(session, note_id=note_id)
    return move_note(session, note_id=note_id, x=note.x + dx, y=note.y + dy, height=height)


def move_note_to_next_zone(
    session: Session, *, note_id: str, step: int = 1, height: float | None = None
) -> NotePlace:
    """Move a note to the next (step 1) or previous (step -1) zone, round the end, onto
    the first free spot there. A note outside every zone goes to the first or last zone."""
    note = get_note(session, note_id=note_id)
    zones = list_zones(session, canvas_id=note.canvas_id)
    if not zones:
        return NotePlace(note.x, note.y, note.zone_id)
    ids = [z.id for z in zones]
    if note.zone_id in ids:
        target = zones[(ids.index(note.zone_id) + step) % len(zones)]
    else:
        target = zones[0] if step > 0 else zones[-1]
    if height is None:
        height = estimated_height(note.text)
    x, y = free_spot(session, zone=target, height=height, ignore=note.id)
    return _place(session, note, NotePlace(x, y, target.id))


def place_note(session: Session, *, note_id: str, place: NotePlace) -> NotePlace:
    """Put a note exactly at a place returned earlier (undo and redo); returns the place
    before."""
    note = get_note(session, note_id=note_id)
    zone_id = place.zone_id
    if zone_id is not None and session.get(Zone, zone_id) is None:
        zone_id = None
    return _place(session, note, NotePlace(place.x, place.y, zone_id))


def _place(session: Session, note: Note, place: NotePlace) -> NotePlace:
    before = NotePlace(note.x, note.y, note.zone_id)
    note.x, note.y, note.zone_id = place.x, place.y, place.zone_id
    note.updated_at = utc_now()
    session.add(note)
    session.commit()
    return before


def zone_at(session: Session, *, canvas_id: str, x: float, y: float) -> str | None:
    """The zone that holds the point (the last in order when zones overlap), or None."""
    found = None
    for zone in list_zones(session, canvas_id=canvas_id):
        if zone_contains(zone.x, zone.y, zone.width, zone.height, x, y):
            found = zone.id
    return found


def zone_contains(zx: float, zy: float, width: float, height: float, x: float, y: float) -> bool:
    return zx <= x < zx + width and zy <= y < zy + height


def estimated_height(text: str) -> float:
    """A note's height on the wall for this text, as the canvas tab will about draw it."""
    lines = 0
    for paragraph in text.split("\n"):
        lines += max(1, math.ceil(len(paragraph) / NOTE_CHARS_PER_LINE))
    body = NOTE_PADDING * 2 + NOTE_HEADER + lines * NOTE_LINE_HEIGHT
    return min(NOTE_MAX_HEIGHT, max(NOTE_MIN_HEIGHT, body))


def free_spot(
    session: Session, *, zone: Zone, height: float, ignore: str | None = None
) -> tuple[float, float]:
    """The first place in the zone, row by row below its title, where a note of this
    height overlaps none of the notes there; if the zone is full, cascaded from its
    top-left corner so that no two notes share a corner."""
    taken = _notes_over(session, zone, ignore)
    left = zone.x + ZONE_PADDING
    top = zone.y + ZONE_HEADER
    columns = max(1, int((zone.width - ZONE_PADDING + NOTE_GAP) // (NOTE_WIDTH + NOTE_GAP)))
    bottom = zone.y + zone.height - ZONE_PADDING - height
    y = top
    while y <= bottom:
        for column in range(columns):
            x = left + column * (NOTE_WIDTH + NOTE_GAP)
            if not any(_overlaps((x, y, NOTE_WIDTH, height), other) for other in taken):
                return x, y
        y += 8.0
    return _least_covered(taken, left, top, _bounds(zone, height, top), height)


def spot_near(
    session: Session, *, zone: Zone, x: float, y: float, height: float, ignore: str | None = None
) -> tuple[float, float]:
    """Where a new note asked for at (x, y) goes: moved just inside the zone; if it would
    overlap a note there, the nearest place in the zone where it overlaps none (below
    rather than above); if there is none, where it covers least of the others, never
    within a header line of another note's top-left corner."""
    x, y = _inside(zone, x, y, height)
    taken = _notes_over(session, zone, ignore)
    if not any(_overlaps((x, y, NOTE_WIDTH, height), other) for other in taken):
        return x, y
    left, top, right, bottom = _bounds(zone, height, min(y, zone.y + ZONE_HEADER))
    columns = range(-int((x - left) // SEARCH_STEP), int((right - x) // SEARCH_STEP) + 1)
    rows = range(-int((y - top) // SEARCH_STEP), int((bottom - y) // SEARCH_STEP) + 1)
    spots = sorted(
        ((i * SEARCH_STEP, j * SEARCH_STEP) for i in columns for j in rows),
        key=lambda d: (math.hypot(*d), d[1] < 0, abs(d[0])),
    )
    for dx, dy in spots:
        spot = (x + dx, y + dy, NOTE_WIDTH, height)
        if not any(_overlaps(spot, other) for other in taken):
            return x + dx, y + dy
    return _least_covered(taken, x, y, (left, top, right, bottom), height)


SEARCH_STEP = 12.0  # the grid on which free space near a spot is looked for
CASCADE = NOTE_HEADER + NOTE_PADDING  # a note stacked on another leaves its header line shown
FULL_STEP = 24.0  # the coarser grid on which a full zone is searched for the least covered


def _least_covered(
    taken: Sequence[tuple[float, float, float, float]],
    x: float,
    y: float,
    bounds: tuple[float, float, float, float],
    height: float,
) -> tuple[float, float]:
    """In a zone with no free space: the place within `bounds` where a note covers the
    least of the others (the nearest to (x, y) of those), leaving every other note's
    header line in sight; cascaded from (x, y) if there is no such place."""
    left, top, right, bottom = bounds
    corners = [(t[0], t[1]) for t in taken]
    best: tuple[float, float, float, float] | None = None  # covered, distance, x, y
    cx = left
    while cx <= right:
        cy = top
        while cy <= bottom:
            if not any(abs(cx - ox) < CASCADE and abs(cy - oy) < CASCADE for ox, oy in corners):
                covered = sum(_covered((cx, cy, NOTE_WIDTH, height), other) for other in taken)
                candidate = (covered, math.hypot(cx - x, cy - y), cx, cy)
                if best is None or candidate < best:
                    best = candidate
            cy += FULL_STEP
        cx += FULL_STEP
    if best is None:
        return _cascade(corners, x, y, bounds)
    return best[2], best[3]


def _covered(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return max(0.0, min(ax + aw, bx + bw) - max(ax, bx)) * max(
        0.0, min(ay + ah, by + bh) - max(ay, by)
    )


def _notes_over(
    session: Session, zone: Zone, ignore: str | None = None
) -> list[tuple[float, float, float, float]]:
    """The rectangles of the canvas's notes that reach into the zone (of any zone, or none:
    a note dragged half out of its neighbour covers this zone all the same)."""
    query = select(Note.id, Note.x, Note.y, Note.text).where(
        Note.canvas_id == zone.canvas_id,
        col(Note.x) > zone.x - NOTE_WIDTH,
        col(Note.x) < zone.x + zone.width,
        col(Note.y) > zone.y - NOTE_MAX_HEIGHT,
        col(Note.y) < zone.y + zone.height,
    )
    return [
        (x, y, NOTE_WIDTH, estimated_height(text))
        for note_id, x, y, text in session.exec(query).all()
        if note_id != ignore
    ]


def _corners(session: Session, canvas_id: str) -> list[tuple[float, float]]:
    query = select(Note.x, Note.y).where(Note.canvas_id == canvas_id)
    return [(float(x), float(y)) for x, y in session.exec(query).all()]


def _bounds(zone: Zone, height: float, top: float) -> tuple[float, float, float, float]:
    """Left, top, right and bottom limits of a note's top-left corner inside the zone."""
    left = zone.x + ZONE_PADDING / 2
    right = max(left, zone.x + zone.width - ZONE_PADDING / 2 - NOTE_WIDTH)
    bottom = max(top, zone.y + zone.height - ZONE_PADDING / 2 - height)
    return left, top, right, bottom


def _cascade(
    corners: Sequence[tuple[float, float]],
    x: float,
    y: float,
    bounds: tuple[float, float, float, float] | None = None,
) -> tuple[float, float]:
    """(x, y), or down and right of it a step at a time (round to the top-left of
    `bounds` at their edge), until no note's top-left corner is within a step of it."""
    for _ in range(2 * len(corners) + 2):  # each corner blocks at most two steps
        if not any(abs(x - cx) < CASCADE and abs(y - cy) < CASCADE for cx, cy in corners):
            return x, y
        x, y = x + CASCADE, y + CASCADE
        if bounds is not None:
            left, top, right, bottom = bounds
            if x > right:
                x = left + (x - right) % CASCADE
            if y > bottom:
                y = top + (y - bottom) % CASCADE
    taken = set(corners)  # round the edge onto itself: at least not exactly on another
    while (x, y) in taken:
        x += 1.0
    return x, y


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    gap = NOTE_GAP / 2
    return ax < bx + bw + gap and bx < ax + aw + gap and ay < by + bh + gap and by < ay + ah + gap


def _inside(zone: Zone, x: float, y: float, height: float) -> tuple[float, float]:
    """(x, y) moved just enough that the note lies inside the zone, if it fits."""
    right = zone.x + zone.width - ZONE_PADDING / 2 - NOTE_WIDTH
    bottom = zone.y + zone.height - ZONE_PADDING / 2 - height
    x = max(zone.x + ZONE_PADDING / 2, min(x, right))
    y = max(zone.y + ZONE_PADDING / 2, min(y, bottom))
    return float(x), float(y)


def _zone_on(session: Session, zone_id: str, canvas_id: str) -> Zone:
    zone = ops.get_row(session, Zone, zone_id, what=ZONE)
    if zone.canvas_id != canvas_id:
        raise ZoneOnOtherCanvasError()
    return zone


def _refuse_bad_note_fields(fields: dict[str, Any]) -> None:
    ops.refuse_bad_fields(Note, fields)
    for fixed in ("id", "canvas_id", "zone_id", "x", "y", "position", "created_at"):
        if fixed in fields:
            raise ValueError(f"{fixed} is not set this way")
    if "votes" in fields:
        votes = fields["votes"]
        if not isinstance(votes, int) or isinstance(votes, bool):
            raise TypeError("votes must be a whole number")
        if votes < 0:
            raise NegativeVotesError()
        if votes > MAX_VOTES:
            raise VotesOutOfRangeError(votes=votes, most=MAX_VOTES)
    if "text" in fields and not isinstance(fields["text"], str):
        raise TypeError("a note's text must be a string")


# -- the delivery board's links to notes -----------------------------------------------------


def _link_rows(session: Session, note_ids: list[str]) -> list[ServiceNote]:
    if not note_ids:
        return []
    query = select(ServiceNote).where(col(ServiceNote.note_id).in_(note_ids))
    return list(session.exec(query).all())


def _service_links(session: Session, note_ids: list[str]) -> list[tuple[str, str]]:
    return [(link.service_id, link.note_id) for link in _link_rows(session, note_ids)]


def _restore_links(session: Session, links: list[tuple[str, str]] | list[list[str]]) -> None:
    for service_id, note_id in links:
        if (
            session.get(Service, service_id) is not None
            and session.get(ServiceNote, (service_id, note_id)) is None
        ):
            session.add(ServiceNote(service_id=service_id, note_id=note_id))


# The choices, for the UI's menus and the PDF's legend.
KINDS = tuple(k.value for k in NoteKind)
SIDES = tuple(s.value for s in NoteSide)
PRIORITIES = tuple(p.value for p in Priority)
