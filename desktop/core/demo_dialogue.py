"""The demo's market dialogue (issue 20, part 3): Psykologbistand, where leadership asked for
a market dialogue first, met three suppliers; one of them heard more than the others.

`populate_dialogue(session)` runs after the delivery board exists (it finds the service by
its title). Of the three pieces of information the municipality gave:
- "Forløbene skal kunne starte ..." was told at every supplier's meeting: nobody left out;
- "Erfaring med angst og stress ..." was told to Psykologhuset Nord only: the
  equal-treatment check marks it, and it is not yet given to all;
- "Udbuddet forventes annonceret ..." was given to all suppliers on 1 March 2027.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from desktop.core import dialogue
from desktop.core.delivery_models import Service

SERVICE = "Psykologbistand"
# (day, supplier, who took part, questions asked)
MEETINGS: tuple[tuple[date, str, str, str], ...] = (
    (
        date(2027, 1, 12),
        "Psykologhuset Nord ApS",
        "Indehaver og faglig leder; fra kommunen: teamleder og indkøbskonsulent",
        "Hvor mange forløb om året? Kan samtalerne foregå online?",
    ),
    (
        date(2027, 1, 14),
        "Trivselsklinikken A/S",
        "Salgschef; fra kommunen: indkøbskonsulent",
        "Skal psykologerne være autoriserede? Hvor lang er kontrakten?",
    ),
    (
        date(2027, 1, 19),
        "Samtalerummet I/S",
        "To partnere; fra kommunen: teamleder",
        "Kan mindre leverandører byde på en del af opgaven?",
    ),
)
# (text, told at the meetings of these suppliers (by index), given to all on)
INFOS: tuple[tuple[str, tuple[int, ...], date | None], ...] = (
    ("Forløbene skal kunne starte senest 10 arbejdsdage efter henvisningen.", (0, 1, 2), None),
    (
        "Erfaring med angst og stress hos ledige vil veje tungt, når tilbuddene vurderes.",
        (0,),
        None,
    ),
    ("Udbuddet forventes annonceret i 2. kvartal 2027.", (0, 1), date(2027, 3, 1)),
)


def populate_dialogue(session: Session) -> None:
    service = session.exec(select(Service).where(Service.title == SERVICE)).first()
    if service is None:
        return  # a demo without that service (the large one) has no dialogue
    meeting_ids = [
        dialogue.add_meeting(
            session,
            service_id=service.id,
            held_on=day,
            supplier=supplier,
            attendees=attendees,
            questions=questions,
        ).id
        for day, supplier, attendees, questions in MEETINGS
    ]
    for text, told_at, shared_on in INFOS:
        info = dialogue.add_info(session, service_id=service.id, text=text, shared_on=shared_on)
        for index in told_at:
            dialogue.set_told(session, info_id=info.id, meeting_id=meeting_ids[index], told=True)
