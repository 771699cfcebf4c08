"""The demo's two canvases (docs/SCENARIO.md): the room's root problems, and its needs mapping.

The "Behov" zone holds every need of `demo_names.DEMO_NEEDS` word for word: the delivery
board's demo links its services to those notes by their text.
"""

from __future__ import annotations

from sqlmodel import Session

from desktop.core import canvas
from desktop.core.canvas_models import NoteKind, NoteSide, Priority
from desktop.core.canvas_templates import NEEDS_MAPPING, ROOT_PROBLEMS
from desktop.core.demo_names import DEMO_NEEDS

ROOT = NoteKind.ROOT_PROBLEM.value
NEED = NoteKind.NEED.value
REQ = NoteKind.REQUIREMENT.value
QUESTION = NoteKind.QUESTION.value
IDEA = NoteKind.IDEA.value
PROC = NoteSide.PROCUREMENT.value
DOMAIN = NoteSide.DOMAIN.value
LEAD = NoteSide.LEADERSHIP.value
OTHER = NoteSide.OTHER.value
MUST = Priority.MUST.value
SHOULD = Priority.SHOULD.value
COULD = Priority.COULD.value
NONE = Priority.NONE.value

# zone key, text, kind, side, priority, votes
Demo = tuple[str, str, str, str, str, int]

ROOT_PROBLEM_NOTES: tuple[Demo, ...] = (
    ("proces", "Vi starter med kontrakten, ikke med behovet", ROOT, DOMAIN, NONE, 7),
    (
        "proces",
        "Fagområdet bliver først spurgt, når udbudsmaterialet næsten er færdigt",
        ROOT, DOMAIN, NONE, 5,
    ),
    (
        "proces",
        "Vi evaluerer aldrig en kontrakt, før vi køber det samme igen",
        ROOT, PROC, NONE, 2,
    ),
    (
        "indkoeb",
        "Udbudsreglerne bliver brugt som forklaring på, at noget ikke kan lade sig gøre",
        ROOT, DOMAIN, NONE, 4,
    ),
    (
        "indkoeb",
        "Kravspecifikationen bliver kopieret fra sidste udbud",
        ROOT, PROC, NONE, 3,
    ),
    (
        "indkoeb",
        "Vi kender ikke light-regimets muligheder godt nok",
        ROOT, PROC, NONE, 1,
    ),
    ("faglighed", "Indkøb kender ikke målgrupperne", ROOT, DOMAIN, NONE, 5),
    (
        "faglighed",
        "Fagfolk skriver krav som aktiviteter, ikke som de effekter, borgeren skal opnå",
        ROOT, PROC, NONE, 4,
    ),
    (
        "faglighed",
        "Vi har ikke et fælles mål for progression, som en leverandør kan måles på",
        ROOT, DOMAIN, NONE, 3,
    ),
    ("ledelse", "Ingen ejer leverandørstyringen", ROOT, LEAD, NONE, 4),
    (
        "ledelse",
        "Ledelsen prioriterer ikke tid til forberedelsen af et udbud",
        ROOT, PROC, NONE, 3,
    ),
    (
        "ledelse",
        "Besparelserne bliver besluttet, før nogen kender behovet",
        ROOT, DOMAIN, NONE, 2,
    ),
)  # fmt: skip

# The caseworker's description of the target group: exactly 2,000 characters.
LONG_NOTE = (
    "Målgruppen er kontanthjælpsmodtagere og unge under 30 år uden en uddannelse, som "
    "jobcentret har vurderet som aktivitetsparate. De er ikke parate til at tage et "
    "job i dag, men de skal have en indsats, der bringer dem tættere på "
    "arbejdsmarkedet. Mange har været ledige i årevis, og nogle har aldrig haft et "
    "ordinært job. De fleste har mere end én udfordring: dårligt helbred, angst eller "
    "depression, et misbrug, gæld, ustabile boligforhold eller et sprog, de endnu "
    "ikke mestrer. Det betyder, at én indsats sjældent er nok; borgeren har brug for "
    "flere ting på samme tid og i den rigtige rækkefølge.\n\n"
    "Sagsbehandlerne fortæller, at det vigtigste for borgeren er en fast "
    "kontaktperson, som kender hele forløbet og ikke skifter, hver gang en kontrakt "
    "udløber. Når borgeren må fortælle sin historie forfra til en ny mentor, mister "
    "vi ofte det, der var opbygget. Derfor skal vi tænke kontinuitet ind, allerede "
    "når vi beskriver behovet, og ikke først når leverandøren er valgt.\n\n"
    "Borgerne er meget forskellige. Nogle kan møde hver dag og har mest brug for en "
    "praktikplads og en håndsrækning til at komme i gang. Andre kan kun klare et par "
    "timer om ugen og skal starte med at få styr på søvn, medicin og økonomi. En "
    "indsats, der kun passer til den gennemsnitlige borger, passer derfor til meget "
    "få. Leverandøren skal kunne tilpasse forløbet til den enkelte, og vi skal kunne "
    "følge med i, om borgeren rykker sig.\n\n"
    "Progressionen skal måles på en måde, som både borgeren, sagsbehandleren og "
    "leverandøren forstår. Det handler om små skridt: at møde op, at holde en aftale, "
    "at tale med en arbejdsgiver, at prøve en praktik. Hvis vi kun måler på, hvor "
    "mange der kommer i job inden for et halvt år, ser det ud, som om indsatsen ikke "
    "virker, selv om borgeren er kommet et langt stykke.\n\n"
    "Endelig: mange i målgruppen har dårlige erfaringer med systemet og møder os med "
    "mistillid. Den første samtale afgør ofte, om borgeren bliver i forløbet. Det "
    "kræver tid, tålmodighed og medarbejdere med erfaring med netop denne gruppe."
)
MARKUP_NOTE = "Bod, hvis fremmødet er < 80 % & leverandøren ikke har givet besked"
EMOJI_NOTE = "Kan statsrefusionen dække en del af udgiften til mentorer? 🤔"

NEED_VOTES = (6, 4, 3, 2, 3, 1, 5, 4)  # per DEMO_NEEDS, in its order

NEEDS_NOTES: tuple[Demo, ...] = (
    ("maalgrupper", LONG_NOTE, NEED, DOMAIN, NONE, 0),
    ("maalgrupper", "Jobparate ledige over 50 år, der har mistet fodfæstet", NEED, DOMAIN, NONE, 1),
    ("maalgrupper", "Unge under 30 uden en uddannelse", NEED, DOMAIN, NONE, 2),
    *(
        ("behov", need, NEED, DOMAIN, NONE, votes)
        for need, votes in zip(DEMO_NEEDS, NEED_VOTES, strict=True)
    ),
    (
        "krav",
        "Leverandøren skal måle progression med det samme redskab som jobcentret",
        REQ, PROC, MUST, 5,
    ),
    (
        "krav",
        "Undervisningen skal kunne lægges, så den passer med en praktik",
        REQ, DOMAIN, MUST, 4,
    ),
    (
        "krav",
        "Mentoren skal kunne mødes med borgeren uden for almindelig arbejdstid",
        REQ, DOMAIN, SHOULD, 3,
    ),
    ("krav", "Opstart senest 10 hverdage efter henvisning", REQ, DOMAIN, SHOULD, 2),
    ("krav", "Forløb på engelsk for borgere, der endnu ikke taler dansk", REQ, DOMAIN, COULD, 1),
    ("kontraktvilkaar", MARKUP_NOTE, REQ, PROC, SHOULD, 2),
    (
        "kontraktvilkaar",
        "Kvartalsvis opfølgning på progression, ikke kun på antal forløb",
        REQ, PROC, MUST, 3,
    ),
    (
        "kontraktvilkaar",
        "Kommunen kan opsige kontrakten med tre måneders varsel",
        REQ, PROC, MUST, 1,
    ),
    (
        "oekonomi",
        "Udgiften til eksterne indsatser må ikke stige i forhold til 2026",
        REQ, LEAD, MUST, 2,
    ),
    ("oekonomi", EMOJI_NOTE, QUESTION, OTHER, NONE, 3),
    (
        "marked",
        "Markedsdialog med leverandørerne, før vi skriver kravene 💡",
        IDEA, PROC, NONE, 4,
    ),
    (
        "marked",
        "Hvor mange leverandører kan levere psykologbistand til vores målgruppe?",
        QUESTION, PROC, NONE, 2,
    ),
    (
        "roller",
        "Jobcentret ejer indsatsbeskrivelsen, Indkøb og Udbud ejer udbudsprocessen",
        IDEA, LEAD, NONE, 3,
    ),
    (
        "roller",
        "En fast kontraktansvarlig følger op sammen med en teamleder fra jobcentret",
        IDEA, PROC, NONE, 2,
    ),
    (
        "spoergsmaal",
        "Hvem ejer kontrakten på misbrugsbehandling i dag?",
        QUESTION, OTHER, NONE, 2,
    ),
    (
        "spoergsmaal",
        "Må vi hjemtage en del af mentorstøtten midt i en kontraktperiode?",
        QUESTION, PROC, NONE, 1,
    ),
)  # fmt: skip


def populate_canvases(session: Session) -> list[str]:
    """Add the demo's two canvases (root problems, then needs mapping); returns their ids."""
    ids = []
    for template_key, notes in ((ROOT_PROBLEMS, ROOT_PROBLEM_NOTES), (NEEDS_MAPPING, NEEDS_NOTES)):
        made = canvas.create_canvas(session, template_key=template_key)
        _put_up(session, made.id, notes)
        ids.append(made.id)
    return ids


def _put_up(session: Session, canvas_id: str, notes: tuple[Demo, ...]) -> None:
    """Each zone's notes in a tidy grid below its title, row by row, as on the wall."""
    zones = {z.key: z for z in canvas.list_zones(session, canvas_id=canvas_id)}
    # zone key -> (notes in the current row, top of the current row, its tallest note)
    rows: dict[str, tuple[int, float, float]] = {}
    for zone_key, text, kind, side, priority, votes in notes:
        zone = zones[zone_key]
        columns = max(
            1,
            int(
                (zone.width - canvas.ZONE_PADDING + canvas.NOTE_GAP)
                // (canvas.NOTE_WIDTH + canvas.NOTE_GAP)
            ),
        )
        placed, top, tallest = rows.get(zone_key, (0, zone.y + canvas.ZONE_HEADER, 0.0))
        if placed == columns:
            placed, top, tallest = 0, top + tallest + canvas.NOTE_GAP, 0.0
        height = canvas.estimated_height(text)
        canvas.add_note(
            session,
            canvas_id=canvas_id,
            zone_id=zone.id,
            x=zone.x + canvas.ZONE_PADDING + placed * (canvas.NOTE_WIDTH + canvas.NOTE_GAP),
            y=top,
            text=text,
            kind=kind,
            side=side,
            priority=priority,
            votes=votes,
        )
        rows[zone_key] = (placed + 1, top, max(tallest, height))
