"""The edits of the kill test, and a model of what each one must leave in the workshop.

Step `seq` of the loop makes edit `EDITS[seq % len(EDITS)]` through the same core operations
the undo commands call; each edit is one transaction, most of them a pair of related changes
(a term and its counterpart, a participant and the terms they taught, two fields of one row).
The model makes the same change to a plain dict, so after a crash the test knows exactly what
the workshop must hold: the state after the last acknowledged step, or after the one after
it (committed, killed before it could say so). Anything else is a lost or half-done edit.

To extend it when an area lands: add an `Area` that reads that area's rows in a plain,
sorted form, and `Edit`s that change them through the area's core operations with a `model`
function making the same change to the dict; append them to AREAS and EDITS. Ids are derived
from the step, so the model can name the rows. Where the core picks the id itself (a canvas,
a note, a sign-off), the row is named by what the edits give it: the canvas by its template,
a note by the "N<cycle>:" its text starts with, a sign-off by its decision and approver.

The canvas, delivery board and sign-off edits keep their texts small; their transactions are
the many-row ones: a note deleted with the cards' links to it, a card moved (both columns
renumbered), a card deleted with its needs and the decisions that covered it, a decision
deleted with its sign-offs, a participant deleted (their sign-offs keep no approver id).
Two are what undo does: a deleted participant put back with the term they taught and the
sign-off they gave as approver, and a deleted term put back linked both ways, each one
transaction (`restore_participant`, `restore_term`).
Each sign-off is read with its content hash and whether it still matches the decision as
it is now, which the model computes the same way from its own state.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from desktop.core import actions, canvas, delivery, glossary, participants, signoff, workshop
from desktop.core.canvas_models import Note
from desktop.core.canvas_templates import load_template
from desktop.core.delivery_models import ServiceNote
from desktop.core.signoff_models import DecisionService, SignOff

Model = dict[str, Any]  # area name -> that area's content, as Area.read gives it


@dataclass(frozen=True)
class Area:
    name: str
    read: Callable[[Session], Any]  # JSON-able and canonical: equal content, equal value


@dataclass(frozen=True)
class Edit:
    name: str
    apply: Callable[[Session, int], None]  # the real edit of step `seq`
    model: Callable[[Model, int], None]  # the same change, made to the expected state


# -- helpers ---------------------------------------------------------------------------------

_NAMESPACE = uuid.UUID("5f0c6f1e-8d1e-4c55-9d0e-7476727300aa")


def ident(kind: str, cycle: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}-{cycle}"))


def cycle_of(seq: int) -> int:
    return seq // len(EDITS)


def filler(seq: int) -> str:
    """Text of a size that changes with the step, up to ~40 kB: some edits fit in one page,
    others spill over many, so a kill can land anywhere in a big transaction."""
    size = (seq * 7919) % 40_000 if seq % 3 == 0 else seq % 200
    return ("æøå Ærø – 😀 " * (size // 12 + 1))[:size]


def fingerprint(text: str) -> str:
    if len(text) <= 80:
        return text
    return f"{len(text)}:{hashlib.sha1(text.encode()).hexdigest()[:16]}"


def digest(model: Model) -> str:
    return hashlib.sha256(json.dumps(model, sort_keys=True).encode()).hexdigest()


def differences(expected: Model, found: Model, limit: int = 8) -> str:
    """The rows that differ, one short line each, for a failure message."""
    lines = []
    for area in sorted(set(expected) | set(found)):
        want, got = expected.get(area, {}), found.get(area, {})
        if want == got:
            continue
        if not isinstance(want, dict) or not isinstance(got, dict) or area == "workshop":
            lines.append(f"{area}: expected {want!r:.120} found {got!r:.120}")
            continue
        for key in sorted(set(want) | set(got)):
            if want.get(key) != got.get(key):
                old, new = want.get(key), got.get(key)
                lines.append(f"{area}[{key[:8]}]: expected {old!r:.100} found {new!r:.100}")
    return "\n".join(
        lines[:limit] + ([f"... {len(lines) - limit} more"] if len(lines) > limit else [])
    )


def read_model(session: Session) -> Model:
    return {area.name: area.read(session) for area in AREAS}


# -- areas -----------------------------------------------------------------------------------


def _read_workshop(session: Session) -> dict[str, str]:
    row = workshop.get_workshop(session)
    return {"title": row.title, "purpose": fingerprint(row.purpose)}


def _read_participants(session: Session) -> dict[str, list[str]]:
    return {p.id: [p.name, fingerprint(p.role)] for p in participants.list_participants(session)}


def _read_actions(session: Session) -> dict[str, list[str]]:
    return {a.id: [a.what, a.owner, a.status] for a in actions.list_actions(session)}


def _read_terms(session: Session) -> dict[str, list[str | None]]:
    return {
        t.id: [t.side, t.term, fingerprint(t.explanation), t.taught_by, t.counterpart_id]
        for t in glossary.list_terms(session)
    }


TEMPLATE = "rodproblemer"  # the kill test's one canvas, found by its template


def note_key(text: str) -> str:
    """A note's name in the model: the "N<cycle>" its text starts with."""
    return text.split(":", 1)[0]


def _read_canvases(session: Session) -> dict[str, list[Any]]:
    return {
        c.template_key: [c.title, [z.key for z in canvas.list_zones(session, canvas_id=c.id)]]
        for c in canvas.list_canvases(session)
    }


def _note_keys(session: Session) -> dict[str, str]:
    return {n.id: note_key(n.text) for n in session.exec(select(Note)).all()}


def _read_notes(session: Session) -> dict[str, list[Any]]:
    notes = {}
    for c in canvas.list_canvases(session):
        zones = {z.id: z.key for z in canvas.list_zones(session, canvas_id=c.id)}
        for n in canvas.list_notes(session, canvas_id=c.id):
            zone = zones[n.zone_id] if n.zone_id is not None else None
            notes[note_key(n.text)] = [n.text, n.kind, n.side, n.priority, n.votes, n.x, n.y, zone]
    return notes


def _read_cards(session: Session) -> dict[str, list[Any]]:
    names = _note_keys(session)
    needs: dict[str, list[str]] = {}
    for link in session.exec(select(ServiceNote)).all():
        needs.setdefault(link.service_id, []).append(names.get(link.note_id, link.note_id))
    return {
        s.id: [
            s.title,
            s.placement,
            s.position,
            s.annual_cost_dkk,
            s.contract_years,
            sorted(needs.get(s.id, [])),
        ]
        for s in delivery.list_services(session)
    }


def _read_decisions(session: Session) -> dict[str, list[Any]]:
    covered: dict[str, list[str]] = {}
    for link in session.exec(select(DecisionService)).all():
        covered.setdefault(link.decision_id, []).append(link.service_id)
    return {
        d.id: [d.title, d.text, d.resources_dkk, sorted(covered.get(d.id, []))]
        for d in signoff.list_decisions(session)
    }


def _read_sign_offs(session: Session) -> dict[str, list[Any]]:
    """{decision id/approver: [participant id, outcome, content hash, matches the decision
    as it is now]}."""
    now = {
        d.id: signoff.current_fingerprint(session, decision_id=d.id)
        for d in signoff.list_decisions(session)
    }
    return {
        f"{s.decision_id}/{s.approver_name}": [
            s.participant_id,
            s.outcome,
            s.content_hash[:16],
            s.content_hash == now.get(s.decision_id),
        ]
        for s in session.exec(select(SignOff)).all()
    }


AREAS: list[Area] = [
    Area("workshop", _read_workshop),
    Area("participants", _read_participants),
    Area("actions", _read_actions),
    Area("terms", _read_terms),
    Area("canvases", _read_canvases),
    Area("notes", _read_notes),
    Area("cards", _read_cards),
    Area("decisions", _read_decisions),
    Area("sign_offs", _read_sign_offs),
]

# -- the glossary's link rules, for the model (desktop/core/glossary.py) ---------------------

SIDE, TERM, EXPLANATION, TAUGHT_BY, COUNTERPART = range(5)


def _drop_link(terms: dict[str, list[Any]], term_id: str) -> None:
    partner = terms[term_id][COUNTERPART]
    if partner and partner in terms and terms[partner][COUNTERPART] == term_id:
        terms[partner][COUNTERPART] = None
    terms[term_id][COUNTERPART] = None


def _link(terms: dict[str, list[Any]], first: str, second: str) -> None:
    _drop_link(terms, first)
    _drop_link(terms, second)
    terms[first][COUNTERPART], terms[second][COUNTERPART] = second, first


# -- the canvas, the delivery board and the sign-offs, for the model ---------------------------

TEXT, KIND, NOTE_SIDE, PRIORITY, VOTES, X, Y, ZONE = range(8)  # a note
TITLE, PLACEMENT, POSITION, COST, YEARS, NEEDS = range(6)  # a card
D_TITLE, D_TEXT, D_DKK, D_SERVICES = range(4)  # a decision
APPROVER_ID, OUTCOME, HASH, MATCHES = range(4)  # a sign-off


def _zone_of(text: str, x: float, y: float) -> str | None:
    """The template's zone that holds the note's centre (the last one, if several do)."""
    cx, cy = x + canvas.NOTE_WIDTH / 2, y + canvas.estimated_height(text) / 2
    found = None
    for zone in load_template(TEMPLATE).zones:
        if zone.x <= cx < zone.x + zone.width and zone.y <= cy < zone.y + zone.height:
            found = zone.key
    return found


def _column(cards: dict[str, list[Any]], placement: str) -> list[str]:
    return sorted(
        (i for i in cards if cards[i][PLACEMENT] == placement), key=lambda i: cards[i][POSITION]
    )


def _signed_hash(model: Model, decision_id: str) -> str:
    """What `signoff.current_fingerprint` gives for the decision as the model has it."""
    decision, cards = model["decisions"][decision_id], model["cards"]
    content = {
        "version": signoff.CONTENT_VERSION,
        "decision": {
            "title": decision[D_TITLE],
            "text": decision[D_TEXT],
            "resources_dkk": decision[D_DKK],
            "resources_hours": None,
            "resources_fte": None,
            "resources_text": "",
            "conditions": "",
        },
        "services": [
            {
                "id": sid,
                "placement": cards[sid][PLACEMENT],
                "annual_cost_dkk": cards[sid][COST],
                "contract_years": cards[sid][YEARS],
                "contract_years_typed": "",  # the kill test types plain numbers only
            }
            for sid in sorted(decision[D_SERVICES])
        ],
    }
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _refresh_matches(model: Model) -> None:
    now = {d: _signed_hash(model, d) for d in model["decisions"]}
    for key, sign_off in model["sign_offs"].items():
        sign_off[MATCHES] = sign_off[HASH] == now.get(key.split("/", 1)[0])


# -- the edits -------------------------------------------------------------------------------


def _pair_rows(seq: int) -> list[dict[str, Any]]:
    c = cycle_of(seq)
    teacher = ident("participant", c - 1) if c >= 1 else None
    procurement, domain = ident("term-p", c), ident("term-d", c)
    return [
        {
            "id": procurement,
            "side": "procurement",
            "term": f"Begreb {c}",
            "explanation": filler(seq),
            "taught_by": teacher,
            "counterpart_id": domain,
        },
        {
            "id": domain,
            "side": "domain",
            "term": f"Fagord {c}",
            "explanation": f"Forklaring {seq}",
            "counterpart_id": procurement,
        },
    ]


def _add_pair(session: Session, seq: int) -> None:
    glossary.add_terms(session, _pair_rows(seq))


def _model_add_pair(model: Model, seq: int) -> None:
    terms = model["terms"]
    for row in _pair_rows(seq):
        terms[row["id"]] = [
            row["side"],
            row["term"],
            fingerprint(row["explanation"]),
            row.get("taught_by"),
            row["counterpart_id"],
        ]


def _details(seq: int) -> dict[str, str]:
    return {"title": f"Workshop, trin {seq}", "purpose": f"Formål {seq}: " + filler(seq)}


def _edit_details(session: Session, seq: int) -> None:
    workshop.update_workshop(session, **_details(seq))


def _model_details(model: Model, seq: int) -> None:
    details = _details(seq)
    model["workshop"] = {"title": details["title"], "purpose": fingerprint(details["purpose"])}


def _add_participant(session: Session, seq: int) -> None:
    c = cycle_of(seq)
    participants.add_participant(
        session, id=ident("participant", c), name=f"Deltager {c}", role=filler(seq)
    )


def _model_add_participant(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    model["participants"][ident("participant", c)] = [f"Deltager {c}", fingerprint(filler(seq))]


def _relink_ids(seq: int) -> tuple[str, str]:
    """This cycle's professional term with the last cycle's procurement term: four terms
    change in one transaction (both old partners lose their link)."""
    c = cycle_of(seq)
    return ident("term-d", c), ident("term-p", max(c - 1, 0))


def _relink(session: Session, seq: int) -> None:
    first, second = _relink_ids(seq)
    glossary.link_terms(session, first_id=first, second_id=second)


def _model_relink(model: Model, seq: int) -> None:
    _link(model["terms"], *_relink_ids(seq))


def _add_action(session: Session, seq: int) -> None:
    c = cycle_of(seq)
    actions.add_action(session, id=ident("action", c), what=f"Opfølgning {c}", owner=f"Nr. {c}")


def _model_add_action(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    model["actions"][ident("action", c)] = [f"Opfølgning {c}", f"Nr. {c}", "open"]


def _rename(seq: int) -> tuple[str, str]:
    c = cycle_of(seq)
    return f"Deltager {c} (rettet i trin {seq})", f"Rolle fra trin {seq}"


def _rename_participant(session: Session, seq: int) -> None:
    name, role = _rename(seq)
    participants.update_participant(
        session, participant_id=ident("participant", cycle_of(seq)), name=name, role=role
    )


def _model_rename_participant(model: Model, seq: int) -> None:
    name, role = _rename(seq)
    model["participants"][ident("participant", cycle_of(seq))] = [name, role]


def _old_pair(seq: int) -> list[str]:
    c = cycle_of(seq)
    return [ident("term-p", c - 2), ident("term-d", c - 2)] if c >= 2 else []


def _delete_pair(session: Session, seq: int) -> None:
    glossary.delete_terms(session, term_ids=_old_pair(seq))


def _model_delete_pair(model: Model, seq: int) -> None:
    terms = model["terms"]
    for term_id in _old_pair(seq):
        if term_id in terms:
            _drop_link(terms, term_id)
            del terms[term_id]


def _old_participant(seq: int) -> str | None:
    c = cycle_of(seq)
    return ident("participant", c - 2) if c >= 2 else None


def _delete_participant(session: Session, seq: int) -> None:
    """`taught_by` of the terms they taught and the participant of their sign-offs are
    cleared in the same transaction: the person and their name on the terms and sign-offs
    go together (and come back together: `_restore_participant`)."""
    old = _old_participant(seq)
    if old is not None:
        participants.delete_participant(session, participant_id=old)


def _model_delete_participant(model: Model, seq: int) -> None:
    old = _old_participant(seq)
    if old is None:
        return
    del model["participants"][old]
    for term in model["terms"].values():
        if term[TAUGHT_BY] == old:
            term[TAUGHT_BY] = None
    for sign_off in model["sign_offs"].values():  # ON DELETE SET NULL
        if sign_off[APPROVER_ID] == old:
            sign_off[APPROVER_ID] = None


def _step_of(apply: Callable[[Session, int], None], cycle: int) -> int:
    """The step of `cycle` that made the edit `apply` (the loop's schedule is fixed)."""
    return cycle * len(EDITS) + next(i for i, e in enumerate(EDITS) if e.apply is apply)


def _restored_participant(seq: int) -> tuple[str, str, str, str, str] | None:
    """Undo of this cycle's deletion: the participant of two cycles ago as it was (renamed
    in its own cycle), with the term they taught (last cycle's procurement term) and the
    sign-off they gave as approver (their own cycle's decision, not yet deleted)."""
    c = cycle_of(seq)
    if c < 2:
        return None
    name, role = _rename(_step_of(_rename_participant, c - 2))
    decision_id = ident("decision", c - 2)
    return ident("participant", c - 2), name, role, ident("term-p", c - 1), decision_id


def _restore_participant(session: Session, seq: int) -> None:
    """What undo of "Delete participant" does: one transaction puts back the person, the
    teacher of their term and the approver of their sign-off (the snapshot the undo command
    holds is rebuilt here from the schedule, as a killed child's memory is gone)."""
    found = _restored_participant(seq)
    if found is None:
        return
    participant_id, name, role, term_id, decision_id = found
    signed = session.exec(
        select(SignOff.id).where(
            SignOff.decision_id == decision_id,
            SignOff.approver_name == f"Leder {cycle_of(seq) - 2}",
        )
    ).all()
    participants.restore_participant(
        session,
        data={
            "id": participant_id,
            "name": name,
            "role": role,
            participants.TAUGHT_TERMS: [term_id],
            participants.SIGNED_AS_APPROVER: list(signed),
        },
    )


def _model_restore_participant(model: Model, seq: int) -> None:
    found = _restored_participant(seq)
    if found is None:
        return
    participant_id, name, role, term_id, decision_id = found
    model["participants"][participant_id] = [name, fingerprint(role)]
    term = model["terms"].get(term_id)
    if term is not None and term[TAUGHT_BY] is None:
        term[TAUGHT_BY] = participant_id
    sign_off = model["sign_offs"].get(f"{decision_id}/Leder {cycle_of(seq) - 2}")
    if sign_off is not None and sign_off[APPROVER_ID] is None:
        sign_off[APPROVER_ID] = participant_id


def _linked_term(seq: int) -> tuple[str, str]:
    """This cycle's professional term and the procurement term it was linked to (the
    relink of this cycle: last cycle's, or its own in the first cycle)."""
    return _relink_ids(seq)


def _delete_linked_term(session: Session, seq: int) -> None:
    glossary.delete_term(session, term_id=_linked_term(seq)[0])


def _model_delete_linked_term(model: Model, seq: int) -> None:
    term_id, _partner = _linked_term(seq)
    _drop_link(model["terms"], term_id)
    del model["terms"][term_id]


def _restore_linked_term(session: Session, seq: int) -> None:
    """What undo of "Delete term" does: one transaction puts the term back and links its
    counterpart to it again (rebuilt from the schedule, as in `_restore_participant`)."""
    term_id, partner = _linked_term(seq)
    added = _step_of(_add_pair, cycle_of(seq))
    row = next(r for r in _pair_rows(added) if r["id"] == term_id)
    glossary.restore_term(session, data={**row, "counterpart_id": partner})


def _model_restore_linked_term(model: Model, seq: int) -> None:
    term_id, partner = _linked_term(seq)
    added = _step_of(_add_pair, cycle_of(seq))
    row = next(r for r in _pair_rows(added) if r["id"] == term_id)
    model["terms"][term_id] = [
        row["side"],
        row["term"],
        fingerprint(row["explanation"]),
        None,
        None,
    ]
    _link(model["terms"], term_id, partner)


def _close_action(session: Session, seq: int) -> None:
    c = cycle_of(seq)
    actions.update_action(
        session, action_id=ident("action", c), status="done", what=f"Opfølgning {c}: klaret"
    )


def _model_close_action(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    model["actions"][ident("action", c)][0:3:2] = [f"Opfølgning {c}: klaret", "done"]


def _delete_old_action(session: Session, seq: int) -> None:
    c = cycle_of(seq)
    if c >= 2:
        actions.delete_action(session, action_id=ident("action", c - 2))


def _model_delete_old_action(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    if c >= 2:
        del model["actions"][ident("action", c - 2)]


# The canvas: one, made from a template in the first cycle and renamed in every later one.


def _canvas_id(session: Session) -> str | None:
    found = [c.id for c in canvas.list_canvases(session) if c.template_key == TEMPLATE]
    return found[0] if found else None


def _canvas_title(seq: int) -> str:
    return f"Drabstest {cycle_of(seq)}"


def _create_or_rename_canvas(session: Session, seq: int) -> None:
    canvas_id = _canvas_id(session)
    if canvas_id is None:
        canvas.create_canvas(session, template_key=TEMPLATE, title=_canvas_title(seq))
    else:
        canvas.rename_canvas(session, canvas_id=canvas_id, title=_canvas_title(seq))


def _model_create_or_rename_canvas(model: Model, seq: int) -> None:
    zones = [z.key for z in load_template(TEMPLATE).zones]
    model["canvases"][TEMPLATE] = [_canvas_title(seq), zones]


# Notes: put up in cycle c, voted on, moved in c + 1, deleted in c + 2.

# Top-left corners: in each of the four zones, and one whose centre falls between them.
_SPOTS = [(40.0, 130.0), (800.0, 140.0), (60.0, 620.0), (900.0, 650.0), (640.0, 400.0)]
_SIDES = ("procurement", "domain", "leadership", "other")


def _note(session: Session, cycle: int) -> Note:
    return session.exec(select(Note).where(col(Note.text).startswith(f"N{cycle}:"))).one()


def _new_note(seq: int) -> tuple[str, str, int, float, float]:
    c = cycle_of(seq)
    x, y = _SPOTS[c % len(_SPOTS)]
    return f"N{c}: behov {seq}", _SIDES[c % len(_SIDES)], c % 3, x, y


def _add_note(session: Session, seq: int) -> None:
    text, side, votes, x, y = _new_note(seq)
    canvas_id = _canvas_id(session)
    assert canvas_id is not None
    canvas.add_note(session, canvas_id=canvas_id, x=x, y=y, text=text, side=side, votes=votes)


def _model_add_note(model: Model, seq: int) -> None:
    text, side, votes, x, y = _new_note(seq)
    model["notes"][note_key(text)] = [text, "need", side, "", votes, x, y, _zone_of(text, x, y)]


def _vote_delta(seq: int) -> int:
    return 2 if cycle_of(seq) % 2 == 0 else -3  # never below 0: 1 - 3 gives 0


def _change_votes(session: Session, seq: int) -> None:
    note = _note(session, cycle_of(seq))
    canvas.change_votes(session, note_id=note.id, delta=_vote_delta(seq))


def _model_change_votes(model: Model, seq: int) -> None:
    note = model["notes"][f"N{cycle_of(seq)}"]
    note[VOTES] = max(0, note[VOTES] + _vote_delta(seq))


def _rewrite(seq: int) -> dict[str, str]:
    c = cycle_of(seq)
    return {"text": f"N{c}: rettet {seq}", "kind": "requirement", "priority": "must"}


def _update_note(session: Session, seq: int) -> None:
    canvas.update_note(session, note_id=_note(session, cycle_of(seq)).id, **_rewrite(seq))


def _model_update_note(model: Model, seq: int) -> None:
    changes = _rewrite(seq)
    note = model["notes"][f"N{cycle_of(seq)}"]
    note[TEXT], note[KIND], note[PRIORITY] = changes["text"], changes["kind"], changes["priority"]


def _moved_to(seq: int) -> tuple[float, float]:
    return _SPOTS[(cycle_of(seq) + 2) % len(_SPOTS)]


def _move_note(session: Session, seq: int) -> None:
    """Last cycle's note to another zone (or out of every zone): place and zone together."""
    c = cycle_of(seq)
    if c >= 1:
        x, y = _moved_to(seq)
        canvas.move_note(session, note_id=_note(session, c - 1).id, x=x, y=y)


def _model_move_note(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    if c >= 1:
        x, y = _moved_to(seq)
        note = model["notes"][f"N{c - 1}"]
        note[X], note[Y], note[ZONE] = x, y, _zone_of(note[TEXT], x, y)


def _delete_note(session: Session, seq: int) -> None:
    """The note of two cycles ago, with the cards' links to it."""
    c = cycle_of(seq)
    if c >= 2:
        canvas.delete_note(session, note_id=_note(session, c - 2).id)


def _model_delete_note(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    if c >= 2:
        key = f"N{c - 2}"
        del model["notes"][key]
        for card in model["cards"].values():
            if key in card[NEEDS]:
                card[NEEDS].remove(key)


# Cards: added in cycle c, linked to this cycle's and last cycle's note, moved to another
# column, their cost changed in c + 1, deleted in c + 2.

_COLUMNS = delivery.COLUMNS


def _add_card(session: Session, seq: int) -> None:
    c = cycle_of(seq)
    delivery.add_service(
        session,
        id=ident("service", c),
        title=f"Ydelse {c}",
        placement=_COLUMNS[c % len(_COLUMNS)],
        annual_cost_dkk=1000 * c,
        contract_years=2,
    )


def _model_add_card(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    cards = model["cards"]
    placement = _COLUMNS[c % len(_COLUMNS)]
    column = _column(cards, placement)
    position = cards[column[-1]][POSITION] + 1 if column else 0
    cards[ident("service", c)] = [f"Ydelse {c}", placement, position, 1000 * c, 2.0, []]


def _link_ids(seq: int, back: int) -> tuple[str, str] | None:
    c = cycle_of(seq)
    return (ident("service", c), f"N{c - back}") if c >= back else None


def _linker(back: int) -> tuple[Callable[[Session, int], None], Callable[[Model, int], None]]:
    def apply(session: Session, seq: int) -> None:
        ids = _link_ids(seq, back)
        if ids is not None:
            note = _note(session, cycle_of(seq) - back)
            delivery.link_note(session, service_id=ids[0], note_id=note.id)

    def model(model: Model, seq: int) -> None:
        ids = _link_ids(seq, back)
        if ids is not None and ids[1] not in model["cards"][ids[0]][NEEDS]:
            model["cards"][ids[0]][NEEDS] = sorted([*model["cards"][ids[0]][NEEDS], ids[1]])

    return apply, model


def _move_target(seq: int) -> tuple[str, str, str]:
    """This cycle's card to the External column, just before last cycle's card: the cards
    below it move down, and its own column closes up (every fifth cycle it is a move within
    External)."""
    c = cycle_of(seq)
    return ident("service", c), "external", ident("service", c - 1)


def _move_card(session: Session, seq: int) -> None:
    card, placement, before = _move_target(seq)
    delivery.move_service(session, service_id=card, placement=placement, before_id=before)


def _model_move_card(model: Model, seq: int) -> None:
    """`move_service`: both columns are numbered again from 0, in one transaction."""
    card, placement, before = _move_target(seq)
    cards = model["cards"]
    source = cards[card][PLACEMENT]
    target = [i for i in _column(cards, placement) if i != card]
    target.insert(target.index(before) if before in target else len(target), card)
    wanted = {placement: target}
    if source != placement:
        wanted[source] = [i for i in _column(cards, source) if i != card]
    for column, ids in wanted.items():
        for position, service_id in enumerate(ids):
            cards[service_id][PLACEMENT], cards[service_id][POSITION] = column, position


def _new_cost(seq: int) -> tuple[int, float]:
    return 500 * seq, float(1 + seq % 4)


def _update_card(session: Session, seq: int) -> None:
    c = cycle_of(seq)
    if c >= 1:
        cost, years = _new_cost(seq)
        delivery.update_service(
            session, service_id=ident("service", c - 1), annual_cost_dkk=cost, contract_years=years
        )


def _model_update_card(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    if c >= 1:
        card = model["cards"][ident("service", c - 1)]
        card[COST], card[YEARS] = _new_cost(seq)


def _delete_card(session: Session, seq: int) -> None:
    """The card of two cycles ago, with its needs and the decisions' links to it."""
    c = cycle_of(seq)
    if c >= 2:
        delivery.delete_service(session, service_id=ident("service", c - 2))


def _model_delete_card(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    if c >= 2:
        old = ident("service", c - 2)
        del model["cards"][old]
        for decision in model["decisions"].values():
            if old in decision[D_SERVICES]:
                decision[D_SERVICES].remove(old)


# Decisions and sign-offs: a decision added in cycle c covers the cards of c, c - 1 and
# c - 2, is signed (by this cycle's participant), then changed, so the sign-off no longer
# matches; last cycle's decision is signed again after its cards changed; deleted in c + 2.

_OUTCOMES = ("approved", "changes_requested", "rejected")


def _decision(seq: int) -> dict[str, Any]:
    c = cycle_of(seq)
    return {"title": f"Beslutning {c}", "text": f"Tekst {seq}", "resources_dkk": 10_000 * c}


def _add_decision(session: Session, seq: int) -> None:
    signoff.add_decision(session, id=ident("decision", cycle_of(seq)), **_decision(seq))


def _model_add_decision(model: Model, seq: int) -> None:
    d = _decision(seq)
    model["decisions"][ident("decision", cycle_of(seq))] = [
        d["title"],
        d["text"],
        d["resources_dkk"],
        [],
    ]


def _covered(seq: int) -> list[str]:
    c = cycle_of(seq)
    return [ident("service", k) for k in range(max(c - 2, 0), c + 1)]


def _set_services(session: Session, seq: int) -> None:
    signoff.set_decision_services(
        session, decision_id=ident("decision", cycle_of(seq)), service_ids=_covered(seq)
    )


def _model_set_services(model: Model, seq: int) -> None:
    covered = sorted(s for s in _covered(seq) if s in model["cards"])
    model["decisions"][ident("decision", cycle_of(seq))][D_SERVICES] = covered


def _sign_off(seq: int, back: int) -> tuple[str, str, str | None, str] | None:
    c = cycle_of(seq)
    if c < back:
        return None
    if back == 0:
        return ident("decision", c), f"Leder {c}", ident("participant", c), _OUTCOMES[c % 3]
    return ident("decision", c - back), f"Direktør {c}", None, "approved"


def _signer(back: int) -> tuple[Callable[[Session, int], None], Callable[[Model, int], None]]:
    def apply(session: Session, seq: int) -> None:
        found = _sign_off(seq, back)
        if found is not None:
            decision_id, name, participant_id, outcome = found
            signoff.add_sign_off(
                session,
                decision_id=decision_id,
                approver_name=name,
                participant_id=participant_id,
                outcome=outcome,
            )

    def model(model: Model, seq: int) -> None:
        found = _sign_off(seq, back)
        if found is not None:
            decision_id, name, participant_id, outcome = found
            content_hash = _signed_hash(model, decision_id)
            model["sign_offs"][f"{decision_id}/{name}"] = [
                participant_id,
                outcome,
                content_hash,
                True,
            ]

    return apply, model


def _amended(seq: int) -> dict[str, Any]:
    return {"text": f"Ændret i trin {seq}", "resources_dkk": 10_000 * cycle_of(seq) + 1}


def _update_decision(session: Session, seq: int) -> None:
    signoff.update_decision(session, decision_id=ident("decision", cycle_of(seq)), **_amended(seq))


def _model_update_decision(model: Model, seq: int) -> None:
    changes = _amended(seq)
    decision = model["decisions"][ident("decision", cycle_of(seq))]
    decision[D_TEXT], decision[D_DKK] = changes["text"], changes["resources_dkk"]


def _delete_decision(session: Session, seq: int) -> None:
    """The decision of two cycles ago, with its links and sign-offs."""
    c = cycle_of(seq)
    if c >= 2:
        signoff.delete_decision(session, decision_id=ident("decision", c - 2))


def _model_delete_decision(model: Model, seq: int) -> None:
    c = cycle_of(seq)
    if c >= 2:
        old = ident("decision", c - 2)
        del model["decisions"][old]
        for key in [k for k in model["sign_offs"] if k.split("/", 1)[0] == old]:
            del model["sign_offs"][key]


def _then_matches(
    change: Callable[[Model, int], None],
) -> Callable[[Model, int], None]:
    """A change to cards or decisions can make a sign-off stop (or start) matching."""

    def model(model: Model, seq: int) -> None:
        change(model, seq)
        _refresh_matches(model)

    return model


_link_this, _model_link_this = _linker(0)
_link_last, _model_link_last = _linker(1)
_sign_this, _model_sign_this = _signer(0)
_sign_last, _model_sign_last = _signer(1)


EDITS: list[Edit] = [
    Edit("add a term and its linked counterpart", _add_pair, _model_add_pair),
    Edit("change the workshop's title and purpose", _edit_details, _model_details),
    Edit("add a participant", _add_participant, _model_add_participant),
    Edit("link two terms (four change)", _relink, _model_relink),
    Edit("add a follow-up action", _add_action, _model_add_action),
    Edit(
        "rename a participant and change their role", _rename_participant, _model_rename_participant
    ),
    Edit("delete a pair of terms", _delete_pair, _model_delete_pair),
    Edit(
        "delete a participant (their terms lose the teacher)",
        _delete_participant,
        _model_delete_participant,
    ),
    Edit(
        "undo deleting a participant (teacher and approver back, one transaction)",
        _restore_participant,
        _model_restore_participant,
    ),
    Edit("close a follow-up action", _close_action, _model_close_action),
    Edit("delete an old follow-up action", _delete_old_action, _model_delete_old_action),
    Edit(
        "create the canvas (first cycle) or rename it",
        _create_or_rename_canvas,
        _model_create_or_rename_canvas,
    ),
    Edit("put a note up on the canvas", _add_note, _model_add_note),
    Edit("change a note's votes", _change_votes, _model_change_votes),
    Edit("add a card to the delivery board", _add_card, _then_matches(_model_add_card)),
    Edit("link a card to this cycle's note", _link_this, _model_link_this),
    Edit(
        "move a card to another column (both renumbered)",
        _move_card,
        _then_matches(_model_move_card),
    ),
    Edit("add a decision", _add_decision, _model_add_decision),
    Edit("make a decision cover three cards", _set_services, _then_matches(_model_set_services)),
    Edit("sign off a decision (with its fingerprint)", _sign_this, _model_sign_this),
    Edit("change a note's text, kind and priority", _update_note, _model_update_note),
    Edit("move a note to another zone", _move_note, _model_move_note),
    Edit("link a card to last cycle's note", _link_last, _model_link_last),
    Edit(
        "change a card's cost and contract years",
        _update_card,
        _then_matches(_model_update_card),
    ),
    Edit(
        "change a signed decision (its sign-off no longer matches)",
        _update_decision,
        _then_matches(_model_update_decision),
    ),
    Edit("sign off last cycle's decision again", _sign_last, _model_sign_last),
    Edit(
        "delete an old card (its needs and decisions' links go too)",
        _delete_card,
        _then_matches(_model_delete_card),
    ),
    Edit("delete an old note (cards' links to it go too)", _delete_note, _model_delete_note),
    Edit(
        "delete an old decision with its sign-offs",
        _delete_decision,
        _then_matches(_model_delete_decision),
    ),
    Edit(
        "delete a linked term (its counterpart loses the link)",
        _delete_linked_term,
        _model_delete_linked_term,
    ),
    Edit(
        "undo deleting a linked term (linked both ways again, one transaction)",
        _restore_linked_term,
        _model_restore_linked_term,
    ),
]


def apply(session: Session, seq: int) -> None:
    EDITS[seq % len(EDITS)].apply(session, seq)


class History:
    """The expected state after every step, kept as digests (the texts can be large)."""

    def __init__(self, initial: Model) -> None:
        self._initial = json.loads(json.dumps(initial))
        self._model = json.loads(json.dumps(initial))
        self.digests = [digest(initial)]  # digests[k + 1]: after step k

    def after(self, seq: int) -> str:
        """The digest of the state after step `seq` (-1: before any step)."""
        while len(self.digests) <= seq + 1:
            step = len(self.digests) - 1
            EDITS[step % len(EDITS)].model(self._model, step)
            self.digests.append(digest(self._model))
        return self.digests[seq + 1]

    def model_after(self, seq: int) -> Model:
        """The full expected state after step `seq`, replayed (for a readable failure)."""
        model = json.loads(json.dumps(self._initial))
        for step in range(seq + 1):
            EDITS[step % len(EDITS)].model(model, step)
        return model

    def last_step_with(self, found: str) -> int | None:
        """The last step after which the workshop looked like `found`, if any did."""
        for index in range(len(self.digests) - 1, -1, -1):
            if self.digests[index] == found:
                return index - 1
        return None
