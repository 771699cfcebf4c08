"""Publish a workshop to the library, and pull the library's terms.

gather(session) reads what a workshop gives the library: its title, area and date, its agreed
terms, its services (placement, annual cost, contract end, business case room) and decisions
with their sign-off state. Never participants' e-mail or phone. The CLI and the app use it
both: publish_workshop(url, file) reads the workshop file read-only through desktop.storage (a
private upgraded copy, no lock: a workshop open in the app publishes too) and, in one
transaction, proposes its agreed terms and writes its outcome; the app puts the outcome in the
outbox (outcome_payload, queue_outcome) and a sync round writes it with write_outcome.

Safe to repeat and to retry after a cut-off: a proposal's UUID is derived from its content
(sync.proposal_key: the same whether the app's outbox or this CLI made it), and an outcome
whose content hash is unchanged is left alone, a changed one replaced whole. A connection lost
half-way rolls everything back (PostgreSQL's transaction).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import URL
from sqlmodel import Session
from sqlmodel import select as model_select

from desktop.library import server_schema as s
from desktop.library import sync
from desktop.library.admin import connected, library_url, require_current, where
from desktop.library.errors import OutcomeOfAnother
from desktop.library.outbox import Outbox, canonical_json, content_hash

AGREED = "agreed"
TERM_FIELDS = ("side", "term", "explanation", "example", "source")

OutcomeChange = Literal["new", "unchanged", "replaced"]


@dataclass(frozen=True)
class WorkshopOutcome:
    """What a workshop gives the library, read from its file."""

    workshop: dict[str, Any]
    terms: tuple[dict[str, Any], ...]  # the agreed terms' text (TERM_FIELDS)
    services: tuple[dict[str, Any], ...]
    decisions: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Published:
    proposals_new: int
    proposals_known: int
    outcome: OutcomeChange


def read_workshop(path: Path) -> WorkshopOutcome:
    """The workshop file's outcome; the storage layer's refusals for a file that is not one."""
    from desktop.storage.document import open_document

    doc = open_document(path, read_only=True)
    try:
        with doc.session() as session:
            return gather(session)
    finally:
        doc.close(save=False)


def gather(session: Session) -> WorkshopOutcome:
    """What the open workshop in `session` gives the library."""
    from desktop.core.business_case import compute
    from desktop.core.delivery_models import Service
    from desktop.core.models import Term, Workshop
    from desktop.core.signoff import decision_reports

    workshop = session.exec(model_select(Workshop)).one()
    area = workshop.area
    info = {
        "workshop_id": uuid.UUID(workshop.id),
        "title": workshop.title,
        "area": area,
        "held_on": workshop.starts_at.date() if workshop.starts_at else None,
    }
    terms = tuple(
        {name: getattr(term, name) for name in TERM_FIELDS}
        | sync.counterpart_word(term.counterpart_id and session.get(Term, term.counterpart_id))
        for term in session.exec(model_select(Term).where(Term.status == AGREED))
    )
    services = []
    for service in session.exec(model_select(Service)):
        room = compute(service.model_dump()).room
        services.append(
            {
                "id": uuid.UUID(service.id),
                "title": service.title,
                "area": area,
                "placement": service.placement,
                "annual_cost_dkk": service.annual_cost_dkk,
                "contract_end": _day(service.contract_end),
                "business_case_room_dkk": None if room is None else Decimal(room),
            }
        )
    decisions = tuple(
        {
            "id": uuid.UUID(report.id),
            "title": str(report.decision["title"]),
            "signoff_state": report.status.value,
        }
        for report in decision_reports(session)
    )
    return WorkshopOutcome(info, terms, tuple(services), decisions)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def proposals(
    outcome: WorkshopOutcome, library: list[sync.library_cache.LibraryTerm]
) -> list[dict[str, str]]:
    """The workshop's agreed terms as proposals against the `library`'s terms, exactly as
    the app's outbox makes them (sync.workshop_proposals)."""
    info = outcome.workshop
    return sync.workshop_proposals(
        outcome.terms, str(info["workshop_id"]), info["title"], info["area"], library
    )


def proposal_rows(
    outcome: WorkshopOutcome, library: list[sync.library_cache.LibraryTerm] | None = None
) -> list[dict[str, Any]]:
    """The proposals as term_proposals rows, keyed as the app's outbox keys them."""
    return [
        sync.proposal_row(p, sync.proposal_key(p), content_hash(p))
        for p in proposals(outcome, library or [])
    ]


def publish_workshop(
    url: str,
    workshop_file: Path,
    *,
    before_commit: Callable[[Connection], None] | None = None,
) -> Published:
    """Publish in one transaction; `before_commit` is the tests' way in before the commit."""
    outcome = read_workshop(workshop_file)
    parsed = library_url(url)
    with connected(url) as conn:
        require_current(conn, parsed)
        rows = proposal_rows(outcome, sync.pull_on(conn))
        new = 0
        if rows:
            result = conn.execute(
                insert(s.term_proposals)
                .values(rows)
                .on_conflict_do_nothing(index_elements=[s.term_proposals.c.id])
                .returning(s.term_proposals.c.id)
            )
            new = len(result.all())
        change = write_outcome(conn, outcome, server=parsed)
        if before_commit is not None:
            before_commit(conn)
    return Published(new, len(rows) - new, change)


def outcome_payload(outcome: WorkshopOutcome) -> dict[str, Any]:
    """The outcome (workshop, services, decisions; its terms go as proposals of their own)
    as the outbox's JSON: UUIDs, dates and amounts as text."""
    content = {
        "workshop": outcome.workshop,
        "services": outcome.services,
        "decisions": outcome.decisions,
    }
    payload: dict[str, Any] = json.loads(canonical_json(content))
    return payload


def outcome_from_payload(payload: Mapping[str, Any]) -> WorkshopOutcome:
    """The outcome an outbox entry holds, its values typed again as gather() gives them (so
    the server's content hash is the one `tvaers library publish` writes for the same file)."""
    info = dict(payload["workshop"])
    info["workshop_id"] = uuid.UUID(str(info["workshop_id"]))
    info["held_on"] = _day(info.get("held_on") or "")
    services = []
    for service in payload.get("services", ()):
        room = service.get("business_case_room_dkk")
        services.append(
            {
                **service,
                "id": uuid.UUID(str(service["id"])),
                "contract_end": _day(service.get("contract_end") or ""),
                "business_case_room_dkk": None if room is None else Decimal(str(room)),
            }
        )
    decisions = tuple(
        {**decision, "id": uuid.UUID(str(decision["id"]))}
        for decision in payload.get("decisions", ())
    )
    return WorkshopOutcome(info, (), tuple(services), decisions)


def queue_outcome(outcome: WorkshopOutcome, outbox_path: Path | None = None) -> str:
    """Put the outcome in the outbox for the next sync round; the entry's id.
    Every publish is an entry of its own (queued_at), so publishing an earlier content again
    after a change is sent too; the round writes only each workshop's newest."""
    from datetime import UTC, datetime

    payload = outcome_payload(outcome)
    payload["queued_at"] = datetime.now(UTC).isoformat(timespec="microseconds")
    with Outbox(outbox_path) as box:
        return box.add(sync.OUTCOME, payload).id


def write_outcome(
    conn: Connection, outcome: WorkshopOutcome, *, server: URL | None = None
) -> OutcomeChange:
    """Write the outcome on `conn` (in its transaction): unchanged, new, or its rows replaced.
    `server` names the library in a refusal (another person's outcome)."""
    content = {
        "workshop": outcome.workshop,
        "services": outcome.services,
        "decisions": outcome.decisions,
    }
    digest = s.content_hash(content)
    workshop_id = outcome.workshop["workshop_id"]
    query = select(
        s.outcomes.c.content_hash,
        s.outcomes.c.owner,
        func.current_user().label("me"),
        func.pg_has_role(func.current_user(), s.STEWARD, "MEMBER").label("steward"),
    ).where(s.outcomes.c.workshop_id == workshop_id)
    row = conn.execute(query).one_or_none()
    if row is not None and row.content_hash == digest:
        return "unchanged"
    if row is not None:
        if row.owner != row.me and not row.steward:
            # Row-level security would let the DELETE below reach nothing: say why instead.
            raise OutcomeOfAnother(where=where(server or conn.engine.url), owner=row.owner)
        # One publish of this workshop at a time (locked only now: under row-level security
        # FOR UPDATE hides a row one may not change).
        locked = conn.execute(query.with_for_update()).one_or_none()
        if locked is not None and locked.content_hash == digest:
            return "unchanged"
        # Services and decisions go with it (ON DELETE CASCADE).
        conn.execute(delete(s.outcomes).where(s.outcomes.c.workshop_id == workshop_id))
    # A steward's republish keeps the outcome its publisher's own.
    owner = {} if row is None else {"owner": row.owner}
    conn.execute(insert(s.outcomes).values(**outcome.workshop, **owner, content_hash=digest))
    parts = ((s.services, outcome.services), (s.decisions, outcome.decisions))
    for table, rows in parts:
        if rows:
            conn.execute(insert(table), [{**r, "workshop_id": workshop_id, **owner} for r in rows])
    return "new" if row is None else "replaced"


@dataclass(frozen=True)
class LibraryTerm:
    """A term as the library holds it: untrusted text, to be escaped wherever it is shown."""

    id: uuid.UUID
    side: str
    term: str
    explanation: str
    example: str
    source: str
    area: str
    origin_workshop_title: str
    published_by: str
    content_hash: str


def pull_terms(url: str) -> list[LibraryTerm]:
    """Every approved term of the library, by term."""
    parsed = library_url(url)
    columns = [getattr(s.terms.c, name) for name in LibraryTerm.__dataclass_fields__]
    with connected(url) as conn:
        require_current(conn, parsed)
        rows = conn.execute(select(*columns).order_by(s.terms.c.term, s.terms.c.id)).all()
    return [LibraryTerm(*row) for row in rows]
