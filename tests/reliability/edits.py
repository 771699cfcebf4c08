"""The edits of the kill test, and a model of what each one must leave in the workshop.

Step `seq` of the loop makes edit `EDITS[seq % len(EDITS)]` through the same core operations
the undo commands call; each edit is one transaction, most of them a pair of related changes
(a term and its counterpart, a participant and the terms they taught, two fields of one row).
The model makes the same change to a plain dict, so after a crash the test knows exactly what
the workshop must hold: the state after the last acknowledged step, or after the one after
it (committed, killed before it could say so). Anything else is a lost or half-done edit.

To extend it when an area lands (canvas notes, delivery cards, sign-offs): add an `Area` that
reads that area's rows in a plain, sorted form, and `Edit`s that change them through the
area's core operations with a `model` function making the same change to the dict; append
them to AREAS and EDITS. Ids are derived from the step, so the model can name the rows.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from desktop.core import actions, glossary, participants, workshop

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


AREAS: list[Area] = [
    Area("workshop", _read_workshop),
    Area("participants", _read_participants),
    Area("actions", _read_actions),
    Area("terms", _read_terms),
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
    """The file's foreign key clears `taught_by` of the terms they taught, in the same
    transaction: the person and their name on the terms go together."""
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
    Edit("close a follow-up action", _close_action, _model_close_action),
    Edit("delete an old follow-up action", _delete_old_action, _model_delete_old_action),
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
