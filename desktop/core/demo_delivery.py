"""The demo's delivery board (docs/SCENARIO.md): eight labour-market services, placed, priced,
scored and linked to the needs on the needs canvas.

`populate_delivery(session)` runs after the canvases exist: it links each service to the
notes whose text `demo_names.SERVICE_NEEDS` gives, and refuses to go on if one is missing,
so the demo never silently loses a link.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from desktop.core import delivery
from desktop.core.canvas_models import Note
from desktop.core.delivery_models import Placement
from desktop.core.demo_names import SERVICE_NEEDS

# The room weighs strategy, capacity and the citizens' continuity highest.
WEIGHTS = {"strategic_importance": 2.0, "internal_capacity": 1.5, "risk_continuity": 1.5}
CRITERIA_ORDER = (
    "strategic_importance",
    "internal_capacity",
    "market_maturity",
    "cost",
    "risk_continuity",
    "flexibility",
)


@dataclass(frozen=True)
class DemoService:
    title: str
    placement: Placement
    target_group: str
    description: str
    rationale: str
    annual_cost_dkk: int | None
    contract_years: float | None
    volume: str
    owner: str
    cpv_code: str
    scores: tuple[int, int, int, int, int, int]  # in CRITERIA_ORDER
    bought_share_percent: int | None = None  # a mixed card: the part that is bought
    announcement_date: str = ""  # ISO: when the tender is planned to be announced


SERVICES: tuple[DemoService, ...] = (
    DemoService(
        "Mentorstøtte",
        Placement.MIXED,
        "Aktivitetsparate borgere og unge under 30 år uden uddannelse",
        "En fast mentor, der følger borgeren i hverdagen og i virksomhedspraktik, "
        "typisk 3-5 timer om ugen.",
        "To interne mentorer tager de borgere, der er tættest på job. Resten købes hos "
        "leverandører, der kan levere mentorer med særlige kompetencer, fx på psykiatriområdet.",
        2_400_000,
        4.0,  # 2 år + 2 x 1 års option
        "60 forløb/år",
        "Sanne Sagsbehandler",
        "85312310",  # Vejledning (guidance services), Annex XIV: light regime
        (4, 3, 3, 3, 4, 3),
        bought_share_percent=60,  # two in-house mentors take the rest
    ),
    DemoService(
        "Opsøgende virksomhedskontakt",
        Placement.INTERNAL,
        "Virksomheder i kommunen, særligt små og mellemstore",
        "Virksomhedskonsulenter besøger virksomheder og aftaler praktikker, løntilskud og "
        "ordinære job.",
        "Relationerne til virksomhederne er kernen i jobcentrets arbejde og skal blive i huset.",
        1_150_000,
        None,
        "400 virksomhedsbesøg/år",
        "Jonas Jobcenter",
        "",
        (5, 4, 2, 2, 3, 4),
    ),
    DemoService(
        "Danskundervisning for ledige",
        Placement.EXTERNAL,
        "Ledige med et andet modersmål end dansk",
        "Arbejdsmarkedsrettet danskundervisning på hold og i virksomhedspraktik.",
        "Markedet er modent med flere sprogcentre, og vi har ikke selv undervisere.",
        1_800_000,
        4.0,
        "120 kursister/år",
        "Birgit Beskæftigelse",
        "80580000-3",  # Afholdelse af sprogkurser (language courses, Annex XIV: light regime)
        (2, 1, 5, 4, 2, 2),
        announcement_date="2027-09-01",  # the tender after the summer
    ),
    DemoService(
        "Jobsøgningskurser",
        Placement.INTERNAL,
        "Jobparate ledige",
        "Korte kurser i CV, ansøgning og jobsamtale, holdt af jobcentrets egne konsulenter.",
        "Vi har kompetencerne, og kurserne skal kunne ændres, når arbejdsmarkedet ændrer sig.",
        650_000,
        None,
        "8 hold/år",
        "Birgit Beskæftigelse",
        "",
        (4, 5, 3, 2, 3, 3),
    ),
    DemoService(
        "Psykologbistand",
        Placement.EXTERNAL,
        "Borgere med angst, depression eller stress",
        "Korte psykologforløb (op til 10 samtaler), så borgeren kan fastholde eller "
        "genoptage sin indsats.",
        "Vi har ingen psykologer ansat. Markedsdialog før endelig beslutning om udbudsform.",
        600_000,
        2.0,
        "80 forløb/år",
        "Sanne Sagsbehandler",
        "85312320-8",  # Konsulenttjenesteydelser (counselling services), with check digit
        (2, 1, 4, 4, 3, 2),
    ),
    DemoService(
        "Misbrugsbehandling",
        Placement.NOT_BUYING,
        "Borgere med alkohol- eller stofmisbrug",
        "Ambulant behandling efter serviceloven og sundhedsloven.",
        "Vi køber ikke selv: Center for Sundhed har kontrakten, og jobcentret visiterer "
        "borgerne dertil.",
        None,
        None,
        "",
        "Connie Center",
        "",
        (2, 1, 4, 3, 4, 2),
    ),
    DemoService(
        "Sundhedsforløb",
        Placement.UNDECIDED,
        "Aktivitetsparate borgere med helbredsproblemer",
        "Forløb med fysisk træning, kost og søvn, koordineret med borgerens læge.",
        "",
        900_000,
        None,
        "50 forløb/år",
        "Connie Center",
        "85323000",  # Det offentlige sundhedsvæsen (community health services)
        (3, 2, 3, 3, 4, 3),
    ),
    DemoService(
        "IT-system til progressionsmåling",
        Placement.EXTERNAL,
        "Sagsbehandlere, andre aktører og ledelsen",
        "Et fælles system, hvor sagsbehandlere og leverandører registrerer borgerens "
        "progression, så effekten kan følges.",
        "Standardsoftware findes på markedet; vi skal ikke udvikle selv.",
        500_000,
        4.0,
        "Licenser til 60 brugere",
        "Jonas Jobcenter",
        "48000000-8",  # Software package and information systems: supplies (division 48)
        (2, 1, 5, 5, 2, 2),
    ),
)


class DemoNeedMissingError(LookupError):
    """A need of SERVICE_NEEDS is not on any canvas: the demo's parts disagree."""


def _note_ids_by_text(session: Session) -> dict[str, str]:
    found: dict[str, str] = {}
    for note_id, text in session.exec(select(Note.id, Note.text)):
        found.setdefault(text, note_id)
    return found


def populate_delivery(session: Session) -> list[str]:
    """Put the demo's services on the board of a workshop whose canvases are in place.

    Returns the new services' ids, in SERVICES order. Raises DemoNeedMissingError, before
    adding anything, if a need of SERVICE_NEEDS is not a note on a canvas.
    """
    if [s.title for s in SERVICES] != list(SERVICE_NEEDS):
        raise ValueError("the demo's service titles must be exactly those of SERVICE_NEEDS")
    notes = _note_ids_by_text(session)
    missing = [need for needs in SERVICE_NEEDS.values() for need in needs if need not in notes]
    if missing:
        raise DemoNeedMissingError(f"notes not found on any canvas: {missing!r}")
    delivery.ensure_criteria(session)
    criteria = {c.key: c.id for c in delivery.list_criteria(session)}
    for key, weight in WEIGHTS.items():
        delivery.update_criterion(session, criterion_id=criteria[key], weight=weight)
    ids = []
    for demo in SERVICES:
        service = delivery.add_service(
            session,
            title=demo.title,
            placement=demo.placement.value,
            target_group=demo.target_group,
            description=demo.description,
            rationale=demo.rationale,
            annual_cost_dkk=demo.annual_cost_dkk,
            contract_years=demo.contract_years,
            volume=demo.volume,
            owner=demo.owner,
            cpv_code=demo.cpv_code,
            bought_share_percent=demo.bought_share_percent,
            announcement_date=demo.announcement_date,
        )
        for key, score in zip(CRITERIA_ORDER, demo.scores, strict=True):
            delivery.set_score(
                session, service_id=service.id, criterion_id=criteria[key], score=score
            )
        for need in SERVICE_NEEDS[demo.title]:
            delivery.link_note(session, service_id=service.id, note_id=notes[need])
        ids.append(service.id)
    return ids
