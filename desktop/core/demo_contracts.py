"""The demo's contracts (issue 20, part 1): the contract in force on each bought service,
so the Contract page, the time line, the readiness list and the minutes have something to
show. Seen from the workshop's date (9 February 2027, `demo.STARTS_AT`):

- Danskundervisning for ledige: the contract about to expire. Its last option is used, it
  ends 31.07.2027, the last day to give notice (31.01.2027) has passed, and under the light
  regime the tender must be announced by 24.03.2027, six weeks after the workshop; the card
  plans the announcement for 01.09.2027, too late, which the readiness list says.
- Psykologbistand: ends 31.03.2027; counted together with Mentorstøtte (the same CPV
  group) it falls under the light regime, and the tender should have been announced by
  22.11.2026: every step is late (the decision asks for a market dialogue first).
- Mentorstøtte: runs to 31.12.2027 with two options left.
- IT-system til progressionsmåling: a new purchase (no contract today) that may be covered
  by an SKI agreement; its delivery is to start 01.01.2028.

Suppliers are invented names; the demo's other parts name the same firms where they meet.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from desktop.core import delivery
from desktop.core.delivery_models import Service

CONTRACTS: dict[str, dict[str, Any]] = {
    "Danskundervisning for ledige": {
        "current_supplier": "Sprogcentret Syd A/S",
        "contract_start": "2023-08-01",
        "contract_end": "2027-07-31",
        "current_contract_typed": "2+1+1",
        "options_used": 2,
        "notice_months": 6,
        "agreement": "none",
    },
    "Psykologbistand": {
        "current_supplier": "Psykologhuset Nord ApS",
        "contract_start": "2024-04-01",
        "contract_end": "2027-03-31",
        "current_contract_typed": "2+1",
        "options_used": 1,
        "notice_months": 3,
        "agreement": "none",
    },
    "Mentorstøtte": {
        "current_supplier": "Mentorhuset ApS",
        "contract_start": "2026-01-01",
        "contract_end": "2027-12-31",
        "current_contract_typed": "2+1+1",
        "options_used": 0,
        "notice_months": 6,
        "agreement": "own",
        "agreement_name": "Rammeaftale om mentorforløb",
    },
    "IT-system til progressionsmåling": {
        "agreement": "ski",
        "agreement_name": "Standardsoftware (eksempel)",
        "delivery_start": "2028-01-01",
    },
}


def populate_contracts(session: Session) -> None:
    """Record the demo's contracts on the services of those titles (a demo without them,
    like the large one, gets none)."""
    services = {s.title: s.id for s in session.exec(select(Service)).all()}
    for title, fields in CONTRACTS.items():
        if title in services:
            delivery.update_service(session, service_id=services[title], **fields)
