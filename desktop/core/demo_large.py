"""The large workshop of issue 9: a stress test for the benchmarks, not a story.

`tvaers demo --size large OUT.tvaers` writes it (through `desktop.storage.demo_file`). It is
seeded (`random.Random(SEED)`), so two runs hold the same texts, numbers and links; only the
ids and timestamps differ. Rows that come in the thousands are added in one transaction each
(a core operation that commits per row would spend most of the time in fsync); the rows are
the same tables with the same checks the core operations apply, and a sign-off carries the
fingerprint of its decision exactly as `signoff.add_sign_off` computes it.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session

from desktop.core import canvas, delivery, glossary, signoff
from desktop.core.actions import add_action
from desktop.core.canvas_models import Note
from desktop.core.canvas_templates import BLANK, NEEDS_MAPPING, ROOT_PROBLEMS
from desktop.core.delivery_models import CriterionScore, Placement, Service, ServiceNote
from desktop.core.models import ActionStatus, Side, TermSide, TermStatus, new_id
from desktop.core.participants import add_participant
from desktop.core.signoff_models import DecisionService, Outcome
from desktop.core.workshop import update_workshop

SEED = 2026
PARTICIPANTS = 40
TERMS = 5000  # half each side; half of them linked as counterparts
NOTES = 1000  # over three canvases
SERVICES = 300
DECISIONS = 100
SIGN_OFFS = 200  # two per decision
ACTIONS = 200

TITLE = "Stor workshop (ydelsestest)"
DAY = datetime(2027, 3, 2, 9, 0)
MAIL_DOMAIN = "eksempel-kommune.example"  # RFC 2606: reaches nobody

WORDS = (
    "kontrakt", "udbud", "borger", "indsats", "mentor", "tilbud", "leverandør", "behov",
    "krav", "pris", "kvalitet", "målgruppe", "jobcenter", "praktik", "løntilskud", "forløb",
    "effekt", "progression", "økonomi", "ramme", "samarbejde", "opfølgning", "dokumentation",
    "afklaring", "virksomhed", "sagsbehandler", "kompetence", "uddannelse", "sundhed",
    "misbrug", "sprog", "ledighed", "fleksjob", "ressource", "rådgivning", "netværk",
)  # fmt: skip
FIRST = ("Anna", "Bo", "Carla", "Dan", "Eva", "Finn", "Gitte", "Hans", "Inge", "Jens")
LAST = ("Aktør", "Budget", "Center", "Drift", "Evaluering", "Forløb", "Gevinst", "Henvisning")
SIDES = [s.value for s in Side]
ZONE_TEMPLATES = (NEEDS_MAPPING, ROOT_PROBLEMS, BLANK)


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(low, high)))


def _sentence(rng: random.Random, low: int, high: int) -> str:
    text = _words(rng, low, high)
    return text[:1].upper() + text[1:] + "."


def populate_large(session: Session, seed: int = SEED, scale: int = 1) -> None:
    """Fill an open, fresh working copy with the large workshop; `scale` times every count
    (participants, terms, notes, services, decisions, sign-offs, actions) for measuring how
    opening grows with size (`tvaers demo --size 4x`). Scale 1 is the workshop above."""
    rng = random.Random(seed)
    counts = _Counts(scale)
    update_workshop(
        session,
        title=TITLE,
        organisation="Eksempel Kommune",
        area="Center for Arbejdsmarked",
        location="Rådhuset, store sal",
        starts_at=DAY,
        ends_at=DAY + timedelta(hours=7),
        facilitator="Anna Aktør",
        purpose=_sentence(rng, 40, 60),
        minutes_language="da",
    )
    people = _participants(session, rng, counts)
    _actions(session, rng, people, counts)
    _terms(session, rng, people, counts)
    notes = _notes(session, rng, counts)
    services = _services(session, rng, notes, counts)
    _decisions(session, rng, people, services, counts)


class _Counts:
    """How many of each row, at a scale of the large workshop."""

    def __init__(self, scale: int) -> None:
        if scale < 1:
            raise ValueError(f"scale must be 1 or more, not {scale}")
        self.participants = PARTICIPANTS * scale
        self.terms = TERMS * scale
        self.notes = NOTES * scale
        self.services = SERVICES * scale
        self.decisions = DECISIONS * scale
        self.sign_offs = SIGN_OFFS * scale
        self.actions = ACTIONS * scale


def _participants(session: Session, rng: random.Random, counts: _Counts) -> list[tuple[str, str]]:
    """(id, name) of each participant, in order."""
    people = []
    for i in range(counts.participants):
        name = f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]} {i + 1}"
        person = add_participant(
            session,
            name=name,
            role=_words(rng, 1, 3).capitalize(),
            department=_words(rng, 1, 2).capitalize(),
            side=SIDES[i % len(SIDES)],
            email=f"deltager{i + 1}@{MAIL_DOMAIN}" if rng.random() < 0.7 else "",
            phone=f"+45 01 00 {i // 100:02d} {i % 100:02d}" if rng.random() < 0.4 else "",
            present=rng.random() < 0.9,
        )
        people.append((person.id, name))
    return people


def _actions(
    session: Session, rng: random.Random, people: list[tuple[str, str]], counts: _Counts
) -> None:
    statuses = [s.value for s in ActionStatus]
    for _ in range(counts.actions):
        add_action(
            session,
            what=_sentence(rng, 4, 14),
            owner=rng.choice(people)[1],
            due=date(2027, 3, 2) + timedelta(days=rng.randint(1, 120)),
            status=rng.choice(statuses),
        )


def _terms(
    session: Session, rng: random.Random, people: list[tuple[str, str]], counts: _Counts
) -> None:
    rows: list[dict[str, Any]] = []
    sides = (TermSide.PROCUREMENT.value, TermSide.DOMAIN.value)
    statuses = [s.value for s in TermStatus]
    terms = counts.terms
    for i in range(terms):
        rows.append(
            {
                "side": sides[i % 2],
                "term": f"{_words(rng, 1, 2)} {i + 1}",
                "explanation": _sentence(rng, 8, 30),
                "example": _sentence(rng, 4, 16) if rng.random() < 0.6 else "",
                "source": "Lov om en aktiv beskæftigelsesindsats" if rng.random() < 0.2 else "",
                "status": rng.choice(statuses),
                "taught_by": rng.choice(people)[0] if rng.random() < 0.5 else None,
            }
        )
    # Half the terms linked: the first 2,500 rows alternate sides, so pair them off; the
    # rows name their counterparts, and add_terms links them in the same transaction.
    for first, second in zip(rows[0 : terms // 2 : 2], rows[1 : terms // 2 : 2], strict=True):
        first["id"], second["id"] = new_id(), new_id()
        second["counterpart_id"] = first["id"]
    glossary.add_terms(session, rows)


def _notes(session: Session, rng: random.Random, counts: _Counts) -> list[str]:
    """1,000 notes over three canvases (half, a third, the rest), inside their zones."""
    notes = counts.notes
    shares = (notes // 2, notes // 3, notes - notes // 2 - notes // 3)
    note_ids = []
    position = 0
    for template, count in zip(ZONE_TEMPLATES, shares, strict=True):
        made = canvas.create_canvas(session, template_key=template)
        zones = canvas.list_zones(session, canvas_id=made.id)
        for i in range(count):
            zone = zones[i % len(zones)] if zones else None
            text = _words(rng, 2, 40)
            if zone is not None:
                x = zone.x + rng.uniform(10, max(10.0, zone.width - canvas.NOTE_WIDTH - 10))
                y = zone.y + rng.uniform(
                    canvas.ZONE_HEADER, max(canvas.ZONE_HEADER, zone.height - 140)
                )
            else:
                x, y = rng.uniform(0, 3000), rng.uniform(0, 2000)
            note = Note(
                canvas_id=made.id,
                zone_id=zone.id if zone is not None else None,
                text=text[:1].upper() + text[1:],
                kind=canvas.default_kind(zone.key) if zone else rng.choice(canvas.KINDS),
                side=rng.choice(canvas.SIDES),
                priority=rng.choice(canvas.PRIORITIES),
                votes=rng.randint(0, 9),
                x=x,
                y=y,
                position=position,
            )
            position += 1
            session.add(note)
            note_ids.append(note.id)
    session.commit()
    return note_ids


def _services(
    session: Session, rng: random.Random, notes: list[str], counts: _Counts
) -> list[tuple[str, str]]:
    """(id, title) of 300 service cards, each scored on every criterion and answering 1-4
    notes."""
    criteria = delivery.ensure_criteria(session) or [c.id for c in delivery.list_criteria(session)]
    placements = [p.value for p in Placement]
    positions = dict.fromkeys(placements, 0)
    services = []
    for i in range(counts.services):
        placement = rng.choice(placements)
        title = f"{_words(rng, 1, 3).capitalize()} {i + 1}"
        fields: dict[str, Any] = {
            "title": title,
            "description": _sentence(rng, 10, 40),
            "target_group": _words(rng, 1, 4),
            "placement": placement,
            "rationale": _sentence(rng, 5, 25) if placement != Placement.UNDECIDED else "",
            "annual_cost_dkk": rng.randrange(50_000, 5_000_000, 1_000),
            "contract_years": float(rng.choice((1, 2, 3, 4))),
            "volume": f"{rng.randint(5, 200)} forløb/år",
            "owner": _words(rng, 1, 2).capitalize(),
            "cpv_code": rng.choice(("85312320-8", "80530000-8", "79611000-0", "")),
            "position": positions[placement],
        }
        positions[placement] += 1
        service = Service(**delivery._checked(fields))  # the same checks as add_service
        session.add(service)
        services.append((service.id, title))
    session.flush()  # the cards first: the link tables refer to them
    for service_id, _title in services:
        for criterion_id in criteria:
            session.add(
                CriterionScore(
                    service_id=service_id, criterion_id=criterion_id, score=rng.randint(1, 5)
                )
            )
        for note_id in rng.sample(notes, rng.randint(1, 4)):
            session.add(ServiceNote(service_id=service_id, note_id=note_id))
    session.commit()
    return services


def _decisions(
    session: Session,
    rng: random.Random,
    people: list[tuple[str, str]],
    services: list[tuple[str, str]],
    counts: _Counts,
) -> None:
    outcomes = [o.value for o in Outcome]
    made = []
    for i in range(counts.decisions):
        decision = signoff.add_decision(
            session,
            title=f"{_words(rng, 2, 5).capitalize()} {i + 1}",
            text=_sentence(rng, 15, 60),
            resources_dkk=rng.randrange(0, 2_000_000, 10_000) or None,
            resources_hours=float(rng.randint(0, 400)) or None,
            resources_fte=rng.choice((None, 0.5, 1.0, 2.0)),
            conditions=_sentence(rng, 5, 20) if rng.random() < 0.5 else "",
            owner=rng.choice(people)[1],
        )
        made.append(decision.id)
    for decision_id in made:
        for service_id, _title in rng.sample(services, rng.randint(1, 3)):
            session.add(DecisionService(decision_id=decision_id, service_id=service_id))
    session.commit()
    per_decision = counts.sign_offs // counts.decisions
    for i, decision_id in enumerate(made):
        for k in range(per_decision):
            person_id, name = rng.choice(people)
            signoff.add_sign_off(
                session,
                decision_id=decision_id,
                approver_name=name,
                approver_title=_words(rng, 1, 2).capitalize(),
                participant_id=person_id,
                outcome=rng.choice(outcomes),
                comment=_sentence(rng, 3, 12) if rng.random() < 0.3 else "",
                signed_at=DAY + timedelta(hours=6, minutes=i % 60, seconds=k),
            )
