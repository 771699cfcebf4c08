"""Services of issue 20 that the core, minutes and page tests share: one complete business
case, and a bought service with a contract."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from desktop.core import delivery
from desktop.core.delivery_models import Placement, Service

# A complete business case as stored: 1,5 FTE at 500.000 kr. with 10 % overhead and 50.000 kr.
# other costs (875.000 kr. a year in-house), 950.000 kr. a year bought, 1.000.000 kr. a year
# today, over 4 years, with one-off costs of 100.000 kr. (in-house) and 50.000 kr. (bought).
CASE_FIGURES: dict[str, Any] = {
    "case_years": 4,
    "case_baseline_dkk": 1_000_000,
    "case_fte": 1.5,
    "case_salary_dkk": 500_000,
    "case_overhead_percent": 10.0,
    "case_other_dkk": 50_000,
    "case_inhouse_once_dkk": 100_000,
    "case_external_dkk": 950_000,
    "case_external_once_dkk": 50_000,
}


def add_bought_lessons(session: Session, title: str = "Danskundervisning", **more: Any) -> Service:
    """Danish lessons bought (1,8 mio. kr. a year, 2+1+1 years, CPV 80580000-3: the light
    regime), the contract ending 31.07.2027 and the tender announced 01.09.2027."""
    return delivery.add_service(
        session,
        title=title,
        placement=Placement.EXTERNAL.value,
        annual_cost_dkk=1_800_000,
        contract_years_typed="2+1+1",
        cpv_code="80580000-3",
        contract_end="2027-07-31",
        announcement_date="2027-09-01",
        **more,
    )
