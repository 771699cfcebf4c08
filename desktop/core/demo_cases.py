"""The demo's business case (issue 20, part 2): Jobsøgningskurser, which the room placed
internally, with a business case that favours in-house delivery, and two results to follow up.

`populate_cases(session)` runs after the delivery board exists (it finds the service by its
title). Over 4 years:
- in-house: 1 årsværk x 520.000 kr. x 1,15 (15 % overhead) + 48.000 kr. other costs =
  646.000 kr. a year, plus 40.000 kr. once: 2.624.000 kr.;
- bought: 760.000 kr. a year plus 25.000 kr. once: 3.065.000 kr.;
- today: 700.000 kr. a year: 2.800.000 kr.
In-house delivery is 441.000 kr. cheaper than buying (14 % of the dearer: a cost score of 2,
as the room scored it), and the card's room against today is +176.000 kr. over 4 år. The
"Omkostninger" criterion takes its score from the case.
"""

from __future__ import annotations

from sqlmodel import Session, select

from desktop.core import business_case, delivery
from desktop.core.delivery_models import Service

SERVICE = "Jobsøgningskurser"
CASE = {
    "case_years": 4,
    "case_baseline_dkk": 700_000,
    "case_fte": 1.0,
    "case_salary_dkk": 520_000,
    "case_overhead_percent": 15.0,
    "case_other_dkk": 48_000,
    "case_inhouse_once_dkk": 40_000,
    "case_external_dkk": 760_000,
    "case_external_once_dkk": 25_000,
    "case_scores_cost": True,
}
# (what is measured, baseline, target); the result is filled in at the follow-up workshop.
MEASURES = (
    ("Andel i job eller uddannelse 6 måneder efter kurset", "38 %", "45 %"),
    ("Deltagernes tilfredshed (1–5)", "3,9", "4,3"),
)


def populate_cases(session: Session) -> None:
    service_id = session.exec(select(Service.id).where(Service.title == SERVICE)).one()
    delivery.update_service(session, service_id=service_id, **CASE)
    for name, baseline, target in MEASURES:
        business_case.add_measure(
            session, service_id=service_id, name=name, baseline=baseline, target=target
        )
