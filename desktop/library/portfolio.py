"""The portfolio for leadership, read from the library: every published workshop's services by
area and placement, totals in kroner, and its decisions approved, pending or changed after
approval.

Plain dataclasses (no Qt, no reportlab): the PDF (desktop/export/portfolio_report.py) and a
window may both show them. Everything read here is untrusted text, to be escaped where it is
shown. The library holds no participant's e-mail or phone, and nothing here asks for one.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, func, select

from desktop.library import server_schema as s
from desktop.library.admin import connected, library_url, require_current

if TYPE_CHECKING:
    from desktop.library.settings import LibrarySettings

# The sign-off states (desktop.core.values.DecisionStatus) in leadership's three groups, and
# a rejected decision on its own. A state this Tværs does not know counts as pending.
DecisionGroup = Literal["approved", "pending", "changed", "rejected"]
DECISION_GROUPS: tuple[DecisionGroup, ...] = ("approved", "pending", "changed", "rejected")
_GROUP_OF: dict[str, DecisionGroup] = {
    "approved": "approved",
    "changed_after_approval": "changed",
    "rejected": "rejected",
    "unsigned": "pending",
    "changes_requested": "pending",
}


def decision_group(signoff_state: str) -> DecisionGroup:
    return _GROUP_OF.get(signoff_state, "pending")


@dataclass(frozen=True)
class PortfolioService:
    title: str
    area: str
    placement: str
    annual_cost_dkk: Decimal | None
    contract_end: date | None
    business_case_room_dkk: Decimal | None


@dataclass(frozen=True)
class PortfolioDecision:
    title: str
    signoff_state: str

    @property
    def group(self) -> DecisionGroup:
        return decision_group(self.signoff_state)


@dataclass(frozen=True)
class PortfolioWorkshop:
    workshop_id: uuid.UUID
    title: str
    area: str
    held_on: date | None
    published_by: str
    published_at: datetime
    services: tuple[PortfolioService, ...]
    decisions: tuple[PortfolioDecision, ...]

    @property
    def annual_cost_dkk(self) -> Decimal:
        return sum((x.annual_cost_dkk or Decimal(0) for x in self.services), Decimal(0))


@dataclass(frozen=True)
class PlacementTotal:
    """The services of one area in one placement, across every workshop."""

    area: str
    placement: str
    services: int
    annual_cost_dkk: Decimal
    without_cost: int  # services whose annual cost nobody gave (not counted in the sum)


@dataclass(frozen=True)
class Portfolio:
    workshops: tuple[PortfolioWorkshop, ...]
    read_at: datetime

    @property
    def services(self) -> tuple[PortfolioService, ...]:
        return tuple(x for w in self.workshops for x in w.services)

    @property
    def annual_cost_dkk(self) -> Decimal:
        return sum((w.annual_cost_dkk for w in self.workshops), Decimal(0))

    def by_area_and_placement(self) -> tuple[PlacementTotal, ...]:
        """One total per (area, placement), by area then placement."""
        found: dict[tuple[str, str], list[PortfolioService]] = {}
        for service in self.services:
            found.setdefault((service.area, service.placement), []).append(service)
        return tuple(
            PlacementTotal(
                area=area,
                placement=placement,
                services=len(rows),
                annual_cost_dkk=sum((r.annual_cost_dkk or Decimal(0) for r in rows), Decimal(0)),
                without_cost=sum(1 for r in rows if r.annual_cost_dkk is None),
            )
            for (area, placement), rows in sorted(found.items())
        )

    def decision_counts(self) -> dict[DecisionGroup, int]:
        counted = Counter(d.group for w in self.workshops for d in w.decisions)
        return {group: counted[group] for group in DECISION_GROUPS}


def kroner(amount: Decimal) -> int:
    """Whole kroner, rounded half up (the library keeps øre)."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def read_portfolio(url: str) -> Portfolio:
    """Every published workshop of the library with its services and decisions."""
    parsed = library_url(url)
    with connected(url) as conn:
        # One consistent snapshot for the three reads, before the first query.
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        require_current(conn, parsed)
        return read_from(conn)


def read_from(conn: Connection) -> Portfolio:
    """The portfolio, read on `conn` (in one REPEATABLE READ transaction: consistent)."""
    now = conn.execute(select(func.now())).scalar_one()
    o, sv, dc = s.outcomes.c, s.services.c, s.decisions.c
    services: dict[uuid.UUID, list[PortfolioService]] = {}
    rows = conn.execute(
        select(
            sv.workshop_id,
            sv.title,
            sv.area,
            sv.placement,
            sv.annual_cost_dkk,
            sv.contract_end,
            sv.business_case_room_dkk,
        ).order_by(sv.workshop_id, sv.area, sv.placement, sv.title, sv.id)
    )
    for row in rows:
        services.setdefault(row.workshop_id, []).append(
            PortfolioService(
                title=row.title,
                area=row.area,
                placement=row.placement,
                annual_cost_dkk=row.annual_cost_dkk,
                contract_end=row.contract_end,
                business_case_room_dkk=row.business_case_room_dkk,
            )
        )
    decisions: dict[uuid.UUID, list[PortfolioDecision]] = {}
    for part in conn.execute(
        select(dc.workshop_id, dc.title, dc.signoff_state).order_by(dc.workshop_id, dc.title, dc.id)
    ):
        decisions.setdefault(part.workshop_id, []).append(
            PortfolioDecision(title=part.title, signoff_state=part.signoff_state)
        )
    workshops = tuple(
        PortfolioWorkshop(
            workshop_id=row.workshop_id,
            title=row.title,
            area=row.area,
            held_on=row.held_on,
            published_by=row.owner,
            published_at=row.published_at,
            services=tuple(services.get(row.workshop_id, ())),
            decisions=tuple(decisions.get(row.workshop_id, ())),
        )
        for row in conn.execute(
            select(o.workshop_id, o.title, o.area, o.held_on, o.owner, o.published_at).order_by(
                o.area, o.title, o.workshop_id
            )
        )
    )
    return Portfolio(workshops, now)


def read_library_portfolio(
    library: LibrarySettings, password: str | None, *, timeout: int | None = None
) -> Portfolio:
    """The portfolio read the app's way: its library settings and the password from the
    credential store, connection.py's rules and timeout; a failure is one plain sentence
    (a TvaersError). Blocks up to the timeout: call it off the GUI thread."""
    from desktop.library import connection, sync

    wait = connection.CONNECT_TIMEOUT if timeout is None else timeout
    with sync.open_library(library, password, timeout=wait) as conn, conn.begin():
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return read_from(conn)


# -- a copy on this computer, for the portfolio window while the library cannot be reached -


def to_json(portfolio: Portfolio) -> str:
    """The portfolio as JSON text (dates, UUIDs and amounts as text)."""
    return json.dumps(asdict(portfolio), sort_keys=True, ensure_ascii=False, default=str)


def from_json(text: str) -> Portfolio:
    """A portfolio written by to_json (the values typed again)."""
    data = json.loads(text)

    def money(value: object) -> Decimal | None:
        return None if value is None else Decimal(str(value))

    def day(value: object) -> date | None:
        return date.fromisoformat(str(value)) if value else None

    workshops = tuple(
        PortfolioWorkshop(
            workshop_id=uuid.UUID(w["workshop_id"]),
            title=w["title"],
            area=w["area"],
            held_on=day(w["held_on"]),
            published_by=w["published_by"],
            published_at=datetime.fromisoformat(w["published_at"]),
            services=tuple(
                PortfolioService(
                    title=x["title"],
                    area=x["area"],
                    placement=x["placement"],
                    annual_cost_dkk=money(x["annual_cost_dkk"]),
                    contract_end=day(x["contract_end"]),
                    business_case_room_dkk=money(x["business_case_room_dkk"]),
                )
                for x in w["services"]
            ),
            decisions=tuple(
                PortfolioDecision(title=d["title"], signoff_state=d["signoff_state"])
                for d in w["decisions"]
            ),
        )
        for w in data["workshops"]
    )
    return Portfolio(workshops, datetime.fromisoformat(data["read_at"]))
