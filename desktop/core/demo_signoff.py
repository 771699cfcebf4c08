"""The demo's leadership sign-off (docs/SCENARIO.md): three decisions in leadership's order of
priority, their sign-offs, a frame for the resources that the first two fit inside, and one
approved decision edited afterwards, so the minutes and the tab show a changed sign-off.

Run after the delivery board's demo: each decision covers the service of that title when
the board has it (and quietly none when the board is still empty).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from desktop.core import signoff
from desktop.core.signoff_models import Outcome

HEAD_OF_CENTRE = "Connie Center"
DIRECTOR = "Dorte Direktør"
SIGNED_ON = (2027, 2, 9)  # the workshop day (core/demo.py)


@dataclass(frozen=True)
class DemoSignOff:
    approver: str
    outcome: Outcome
    at: tuple[int, int]  # hour, minute on the workshop day
    comment: str = ""


@dataclass(frozen=True)
class DemoDecision:
    title: str
    service: str  # the delivery board's card it covers
    text: str
    owner: str
    conditions: str = ""
    resources_dkk: int | None = None
    resources_hours: float | None = None
    resources_fte: float | None = None
    resources_text: str = ""
    sign_offs: tuple[DemoSignOff, ...] = ()


MENTORS = DemoDecision(
    title="Mentorstøtte hjemtages delvist: to interne mentorer fra 1. kvartal",
    service="Mentorstøtte",
    text=(
        "Mentorstøtten til aktivitetsparate borgere leveres fremover delvist internt. Center "
        "for Arbejdsmarked ansætter to mentorer, der begynder i 1. kvartal og følger de "
        "borgere, der er længst fra arbejdsmarkedet. Resten af mentorstøtten købes fortsat "
        "hos andre aktører, og den kontrakt genudbydes i et mindre omfang."
    ),
    owner=HEAD_OF_CENTRE,
    conditions=(
        "Ordningen evalueres efter 12 måneder på borgernes progression og udgiften pr. forløb."
    ),
    resources_dkk=1_100_000,
    resources_fte=2.0,
    resources_text="Løn til to mentorer; kontorpladser i jobcentret.",
    sign_offs=(
        DemoSignOff(HEAD_OF_CENTRE, Outcome.APPROVED, (14, 20), "Vi går i gang med at rekruttere."),
        DemoSignOff(DIRECTOR, Outcome.APPROVED, (14, 25)),
    ),
)
DANISH_LESSONS = DemoDecision(
    title="Danskundervisning sendes i udbud efter light-regimet",
    service="Danskundervisning for ledige",
    text=(
        "Danskundervisning for ledige købes eksternt. Indkøb og Udbud gennemfører et udbud "
        "efter light-regimet med jobcentrets indsatsbeskrivelse som grundlag, så den nye "
        "kontrakt kan træde i kraft 1. september."
    ),
    owner="Kim Kontrakt",
    conditions=(
        "Kvalitet vægtes mindst 60 % ved tildelingen. Leverandøren dokumenterer hver måned "
        "borgernes progression. Kontrakten løber 2 år med option på 2 x 1 år."
    ),
    resources_hours=120,
    resources_text="Timerne deles mellem Indkøb og Udbud og Team Jobparate.",
    sign_offs=(
        DemoSignOff(HEAD_OF_CENTRE, Outcome.APPROVED, (14, 35)),
        DemoSignOff(
            DIRECTOR,
            Outcome.APPROVED,
            (14, 40),
            "Husk at orientere Beskæftigelsesudvalget, før udbuddet annonceres.",
        ),
    ),
)
PSYCHOLOGISTS = DemoDecision(
    title="Psykologbistand: markedsdialog før beslutning",
    service="Psykologbistand",
    text=(
        "Før vi beslutter, hvordan psykologbistand skal leveres, gennemfører Indkøb og Udbud "
        "en markedsdialog med mindst tre leverandører om pris, ventetid og faglige metoder."
    ),
    owner="Kim Kontrakt",
    resources_hours=40,
    sign_offs=(
        DemoSignOff(
            DIRECTOR,
            Outcome.CHANGES_REQUESTED,
            (14, 50),
            "Beskriv først målgruppen og det forventede antal forløb, så markedsdialogen får "
            "et klart udgangspunkt.",
        ),
    ),
)
DECISIONS = (MENTORS, DANISH_LESSONS, PSYCHOLOGISTS)

# After the workshop the finance partner's calculation raised the mentors' cost: the
# decision was corrected, so both approvals of it now show as changed after approval.
EDITED_AFTERWARDS = MENTORS.title
AFTERWARDS = {
    "resources_dkk": 1_240_000,
    "resources_text": "Løn til to mentorer inkl. pension og kørsel; kontorpladser i jobcentret.",
}


# Leadership's frame: the mentors and the Danish lessons fit inside it; the market dialogue's
# 40 hours on top of the lessons' 120 do not, so the frame runs out at decision 3.
FRAME = {"budget_dkk": 1_300_000, "hours": 140.0, "fte": 2.0}


def populate_signoff(session: Session) -> None:
    """Add the demo's decisions, sign-offs and leadership's frame, then edit the mentor
    decision afterwards."""
    services = {s.title: s.id for s in signoff.list_services(session)}
    people = {p.name: p for p in signoff.approver_candidates(session)}
    ids: dict[str, str] = {}
    for wanted in DECISIONS:
        decision = signoff.add_decision(
            session,
            title=wanted.title,
            text=wanted.text,
            owner=wanted.owner,
            conditions=wanted.conditions,
            resources_dkk=wanted.resources_dkk,
            resources_hours=wanted.resources_hours,
            resources_fte=wanted.resources_fte,
            resources_text=wanted.resources_text,
        )
        ids[wanted.title] = decision.id
        if wanted.service in services:
            signoff.set_decision_services(
                session, decision_id=decision.id, service_ids=[services[wanted.service]]
            )
        for answer in wanted.sign_offs:
            person = people.get(answer.approver)
            signoff.add_sign_off(
                session,
                decision_id=decision.id,
                participant_id=person.id if person else None,
                approver_name=answer.approver,
                approver_title=person.role if person else "",
                outcome=answer.outcome.value,
                comment=answer.comment,
                signed_at=datetime(*SIGNED_ON, *answer.at),
            )
    signoff.update_resource_frame(session, **FRAME)
    signoff.update_decision(session, decision_id=ids[EDITED_AFTERWARDS], **AFTERWARDS)
