"""The demo workshop (docs/SCENARIO.md): a labour-market procurement day in a made-up municipality.

Everyone in it is plainly invented (alliterative names, the reserved `.example` domain, phone
numbers from the unused 0-series of the Danish numbering plan), so nobody mistakes them for
real people. It is built through the same core operations the window uses, so the demo also
shows that those operations can make a whole workshop.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session

from desktop.core.actions import add_action
from desktop.core.models import ActionStatus, Side
from desktop.core.participants import add_participant
from desktop.core.workshop import update_workshop

DEMO_TITLE = "Indkøb i kerneforretningen: beskæftigelsesindsatsen"
# Tuesday 9 February 2027, clear of the February school holiday (week 7); wall-clock times.
STARTS_AT = datetime(2027, 2, 9, 9, 0)
ENDS_AT = datetime(2027, 2, 9, 15, 0)
FACILITATOR = "Ida Indkøb"
MAIL_DOMAIN = "eksempel-kommune.example"  # RFC 2606: .example never reaches anyone

PURPOSE = (
    "Center for Arbejdsmarked og Indkøb og Udbud forbereder i fællesskab de kommende "
    "indkøb af beskæftigelsesindsatser. Vi skaber et fælles sprog, så fagpersoner og "
    "indkøbere forstår hinandens begreber, og vi kortlægger målgruppernes behov, før vi "
    "taler om kontrakter. Derefter beslutter vi ydelse for ydelse, om den skal leveres "
    "internt, købes eksternt eller løses i en kombination. Dagen slutter med, at ledelsen "
    "godkender beslutningerne og prioriterer ressourcerne til at føre dem ud i livet."
)

PROCUREMENT_DEPT = "Indkøb og Udbud"
JOBCENTRE = "Jobcentret"

# name, role, department, side, e-mail user (or ""), phone (or ""), present
PARTICIPANTS: tuple[tuple[str, str, str, Side, str, str, bool], ...] = (
    (
        FACILITATOR,
        "Indkøbskonsulent (facilitator)",
        PROCUREMENT_DEPT,
        Side.PROCUREMENT,
        "ida.indkoeb",
        "+45 01 00 00 11",
        True,
    ),
    (
        "Kim Kontrakt",
        "Kontraktansvarlig",
        PROCUREMENT_DEPT,
        Side.PROCUREMENT,
        "kim.kontrakt",
        "",
        True,
    ),
    (
        "Jonas Jobcenter",
        "Teamleder i jobcentret",
        f"{JOBCENTRE}, Team Virksomhedsservice",
        Side.DOMAIN,
        "jonas.jobcenter",
        "+45 01 00 00 22",
        True,
    ),
    (
        "Birgit Beskæftigelse",
        "Teamleder i jobcentret",
        f"{JOBCENTRE}, Team Jobparate",
        Side.DOMAIN,
        "",
        "",
        False,
    ),
    (
        "Sanne Sagsbehandler",
        "Sagsbehandler for aktivitetsparate borgere",
        f"{JOBCENTRE}, Team Aktivitetsparate",
        Side.DOMAIN,
        "",
        "+45 01 00 00 33",
        True,
    ),
    (
        "Ole Økonomi",
        "Økonomipartner",
        "Økonomi og Styring",
        Side.OTHER,
        "",
        "",
        True,
    ),
    (
        "Connie Center",
        "Centerchef for Center for Arbejdsmarked",
        "Center for Arbejdsmarked",
        Side.LEADERSHIP,
        "connie.center",
        "",
        True,
    ),
    (
        "Dorte Direktør",
        "Kommunaldirektør",
        "Direktionen",
        Side.LEADERSHIP,
        "",
        "",
        True,
    ),
)

# what, owner, due, status
ACTIONS: tuple[tuple[str, str, date, ActionStatus], ...] = (
    (
        "Sende referat og beslutninger til alle deltagere",
        FACILITATOR,
        date(2027, 2, 12),
        ActionStatus.DONE,
    ),
    (
        "Orientere Team Jobparate om dagens beslutninger, da teamlederen havde meldt afbud",
        "Jonas Jobcenter",
        date(2027, 2, 16),
        ActionStatus.DONE,
    ),
    (
        "Beregne, hvad det koster at hjemtage mentorstøtten delvist med to interne mentorer",
        "Ole Økonomi",
        date(2027, 3, 1),
        ActionStatus.IN_PROGRESS,
    ),
    (
        "Skrive indsatsbeskrivelsen for danskundervisning, så den kan indgå i udbudsmaterialet",
        "Sanne Sagsbehandler",
        date(2027, 3, 15),
        ActionStatus.IN_PROGRESS,
    ),
    (
        "Afklare med Center for Sundhed, hvem der ejer kontrakten på misbrugsbehandling",
        "Connie Center",
        date(2027, 2, 26),
        ActionStatus.OPEN,
    ),
    (
        "Forberede og gennemføre markedsdialog med mindst tre leverandører af psykologbistand",
        "Kim Kontrakt",
        date(2027, 4, 1),
        ActionStatus.OPEN,
    ),
    (
        "Beslutte, hvem der fremover ejer leverandørstyringen på beskæftigelsesområdet",
        "Dorte Direktør",
        date(2027, 4, 30),
        ActionStatus.OPEN,
    ),
)


def populate_demo(session: Session) -> None:
    """Fill an open, fresh working copy with the demo's details, participants and actions."""
    update_workshop(
        session,
        title=DEMO_TITLE,
        organisation="Eksempel Kommune",
        area="Center for Arbejdsmarked",
        location="Rådhuset, mødelokale 2",
        starts_at=STARTS_AT,
        ends_at=ENDS_AT,
        facilitator=FACILITATOR,
        purpose=PURPOSE,
        minutes_language="da",
    )
    for name, role, department, side, mail_user, phone, present in PARTICIPANTS:
        add_participant(
            session,
            name=name,
            role=role,
            department=department,
            side=side,
            email=f"{mail_user}@{MAIL_DOMAIN}" if mail_user else "",
            phone=phone,
            present=present,
        )
    for what, owner, due, status in ACTIONS:
        add_action(session, what=what, owner=owner, due=due, status=status)
    populate_glossary(session)
    # In the method's order: the walls, then the services that answer the needs on them,
    # then the decisions leadership signs about those services.
    from desktop.core.demo_canvas import populate_canvases
    from desktop.core.demo_delivery import populate_delivery
    from desktop.core.demo_signoff import populate_signoff

    populate_canvases(session)
    populate_delivery(session)
    populate_signoff(session)
    from desktop.core.demo_contracts import populate_contracts  # issue 20, part 1

    populate_contracts(session)
    from desktop.core.demo_dialogue import populate_dialogue  # issue 20, part 3

    populate_dialogue(session)
    from desktop.core.demo_cases import populate_cases  # issue 20, part 2

    populate_cases(session)


# The scenario's shared language: taken from the starter vocabularies, so the demo shows
# the same careful wording a facilitator gets from "Tilføj startordforråd…".
DEMO_PROCUREMENT_TERMS = (
    "udbud", "tærskelværdi", "light-regime", "rammeaftale", "direkte tildeling",
    "markedsdialog", "mindstekrav", "tildelingskriterier", "kontraktvilkår",
    "leverandørstyring", "CPV-kode", "SKI", "kravspecifikation", "ydelse", "leverandør",
    "kontraktopfølgning", "målgruppe",
)  # fmt: skip
DEMO_DOMAIN_TERMS = (
    "aktivitetsparat", "jobparat", "virksomhedspraktik", "løntilskud", "mentorstøtte",
    "ressourceforløb", "jobafklaringsforløb", "fleksjob", "andre aktører", "progression",
    "effekt", "beskæftigelsesreformen", "målgruppe", "tilbud", "indsatsbeskrivelse",
)  # fmt: skip
# Words that mean nearly the same across the line (procurement's, the professionals').
DEMO_COUNTERPARTS = (
    ("leverandør", "andre aktører"),
    ("ydelse", "tilbud"),
    ("kontraktopfølgning", "progression"),
    ("kravspecifikation", "indsatsbeskrivelse"),
    ("målgruppe", "målgruppe"),  # not the same thing yet: disputed until the room agrees
)
DEMO_AGREED = {"udbud", "tærskelværdi", "rammeaftale", "leverandør", "andre aktører", "ydelse",
               "tilbud", "mentorstøtte", "virksomhedspraktik", "progression"}  # fmt: skip


def populate_glossary(session: Session) -> None:
    from desktop.core import glossary
    from desktop.core.models import TermSide, TermStatus
    from desktop.core.starter_vocabularies import load

    people = {name: pid for pid, name in glossary.participant_names(session).items()}
    taught_by = {
        TermSide.PROCUREMENT.value: [people["Ida Indkøb"], people["Kim Kontrakt"]],
        TermSide.DOMAIN.value: [people["Jonas Jobcenter"], people["Sanne Sagsbehandler"]],
    }
    ids: dict[tuple[str, str], str] = {}
    for key, wanted in (("indkoeb", DEMO_PROCUREMENT_TERMS), ("beskaeftigelse", DEMO_DOMAIN_TERMS)):
        vocabulary = load(key)
        by_term = {t.term_da: t for t in vocabulary.terms}
        rows = []
        for i, word in enumerate(wanted):
            starter = by_term[word]
            rows.append(
                {
                    "side": vocabulary.side,
                    "term": starter.term_da,
                    "explanation": starter.explanation_da,
                    "example": starter.example_da,
                    "source": vocabulary.source_of(starter, "da"),
                    "status": TermStatus.AGREED.value
                    if word in DEMO_AGREED
                    else TermStatus.PROPOSED.value,
                    "taught_by": taught_by[vocabulary.side][i % 2],
                }
            )
        for word, term_id in zip(wanted, glossary.add_terms(session, rows), strict=True):
            ids[(vocabulary.side, word)] = term_id
    for ours, theirs in DEMO_COUNTERPARTS:
        glossary.link_terms(
            session,
            first_id=ids[(TermSide.PROCUREMENT.value, ours)],
            second_id=ids[(TermSide.DOMAIN.value, theirs)],
        )
    for side in (TermSide.PROCUREMENT.value, TermSide.DOMAIN.value):
        glossary.update_term(
            session, term_id=ids[(side, "målgruppe")], status=TermStatus.DISPUTED.value
        )
