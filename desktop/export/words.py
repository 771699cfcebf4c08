"""The minutes' own words in Danish and English, chosen apart from the UI's language.

Plain dictionaries rather than Qt translations: the export layer has no Qt, and the minutes'
language is a property of the document, not of the window. The words for domain values (a
placement, a side, a status, a kind, …) are not written here but taken from the one
vocabulary the window and the CSV also use (desktop/core/vocabulary.py), under the keys the
minutes look them up by: "placement_not_buying", "status_agreed", "side_domain", ….
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum

from desktop.core import vocabulary
from desktop.core.canvas_models import NoteKind, Priority
from desktop.core.delivery_models import Placement
from desktop.core.models import ActionStatus, Side, TermStatus
from desktop.core.signoff_models import DecisionStatus, Outcome

_DA: dict[str, str] = {
    # page
    "page_of": "Side {page} af {total}",
    "minutes": "Referat",
    "untitled": "Workshop uden titel",
    "left_out": "[… {count} tegn mere står i workshopfilen]",
    "left_out_one": "[… 1 tegn mere står i workshopfilen]",
    "unprintable": "Nogle tegn kunne ikke skrives ud og er erstattet med »?«.",
    "not_given": "Ikke angivet",
    # sections
    "section_cover": "Forside",
    "section_participants": "Deltagere",
    "section_glossary": "Fælles sprog",
    "section_needs": "Rodproblemer og behov",
    "section_delivery": "Leveringsmodel",
    "section_decisions": "Beslutninger og godkendelser",
    "section_actions": "Opfølgning",
    # cover
    "minutes_of": "Referat af workshop",
    "organisation": "Organisation",
    "area": "Område",
    "when": "Dato og tid",
    "place": "Sted",
    "facilitator": "Facilitator",
    "purpose": "Formål",
    "contents": "Indhold",
    # participants
    "name": "Navn",
    "role": "Titel",
    "department": "Afdeling",
    "email": "E-mail",
    "phone": "Telefon",
    "present": "Til stede",
    "present_yes": "Ja",
    "present_no": "Afbud",
    "participants_count": "{count} deltagere, heraf {present} til stede.",
    "participants_one": "1 deltager.",
    "no_participants": "Der er ikke registreret nogen deltagere.",
    "contacts_left_out": "Kontaktoplysninger er udeladt af hensyn til beskyttelsen af persondata.",
    # glossary
    "glossary_intro": (
        "Hver side har forklaret sine begreber for den anden: Indkøb for fagfolkene, og "
        "fagområdet for Indkøb."
    ),
    "counterparts": "Begreber, der svarer til hinanden",
    "counterparts_intro": (
        "Ord, der betyder næsten det samme på tværs af bordet. Omstridte begreber er "
        "markeret: deltagerne er endnu ikke enige om, hvad de dækker."
    ),
    "terms_procurement": "Begreber fra indkøb – forklaret for fagområdet",
    "terms_domain": "Begreber fra fagområdet – forklaret for indkøb",
    "term": "Begreb",
    "explanation": "Forklaring",
    "example": "Eksempel",
    "source": "Kilde",
    "status": "Status",
    "counterpart_is": "≈ {term}",
    "taught_by": "Forklaret af {name}",
    "no_terms": "Der er ikke skrevet nogen begreber endnu.",
    "no_terms_side": "Ingen begreber fra denne side.",
    # which terms the section holds (MinutesOptions.glossary): one line under the heading
    "glossary_selection_workshop": "Begreber fra denne workshop ({shown} af {total})",
    "glossary_selection_all": "Alle begreber i ordlisten ({total})",
    "glossary_selection_agreed-disputed": "Aftalte og omstridte begreber ({shown} af {total})",
    "glossary_rest_in_handout": "; hele ordlisten findes som uddelingsark.",
    "glossary_all_here": ".",
    "glossary_none_workshop": (
        "Ingen begreber er tilføjet, ændret, forklaret, aftalt eller omstridt i denne "
        "workshop; ordlisten rummer kun startbegreber, som ingen har rørt."
    ),
    "glossary_none_all": "Der er ikke skrevet nogen begreber endnu.",
    "glossary_none_agreed-disputed": "Ingen begreber er aftalt eller omstridt endnu.",
    # needs
    "needs_intro": (
        "Hvert lærred er gengivet, som det så ud på væggen, med noternes farver og "
        "stemmer. Derefter følger afstemningens øverste placeringer og noterne zone for "
        "zone, flest stemmer først."
    ),
    "untitled_canvas": "Lærred uden titel",
    "notes_of": "Noter på »{title}«",
    "votes": "Stemmer",
    "note": "Note",
    "kind": "Type",
    "priority": "Prioritet",
    "from": "Fra",
    "priority_none": "–",
    "outside_zones": "Uden for zonerne",
    "no_canvases": "Der er ikke lavet nogen lærreder endnu.",
    "no_notes": "Der er ingen noter på lærredet.",
    "zones_without_notes": "Zoner uden noter:",
    "legend": "Farverne viser, hvem noten er fra. Tallet i cirklen er antallet af stemmer.",
    "top_votes": "Flest stemmer på »{title}«",
    "top_votes_intro": (
        "De {count} noter med flest stemmer på tværs af zonerne. Noter med lige mange "
        "stemmer deler pladsen, så listen kan blive længere."
    ),
    "place_no": "Plads",
    "place_of": "{place}.",
    "place_shared": "delt {place}.",
    "zone": "Zone",
    # actions
    "what": "Hvad",
    "owner": "Ansvarlig",
    "due": "Frist",
    "no_actions": "Der er ikke aftalt nogen opfølgningspunkter.",
    # delivery model
    "delivery_intro": (
        "Ydelserne på leveringstavlen, kolonne for kolonne: hvem der leverer dem, hvad de "
        "koster, og hvilke behov de svarer på. Beløb er anslåede og uden moms."
    ),
    "column": "Kolonne",
    "services_count": "Ydelser",
    "annual_cost": "Anslået årlig udgift",
    "contract_value": "Samlet kontraktværdi",
    "contract_years": "Kontraktlængde",
    "without_cost": "Uden anslået udgift",
    "totals": "I alt",
    "totals_without": "I alt (uden »{column}«)",
    "announcement": "Planlagt annoncering",
    "bought_share": "Købt andel",
    "column_totals": (
        "Ydelser: {count} · anslået årlig udgift i alt: {annual} · samlet kontraktværdi: {contract}"
    ),
    "column_without_cost": "{count} uden anslået udgift (ikke talt med)",
    "column_without_years": "{count} uden kontraktlængde (ikke i kontraktværdien)",
    "service": "Ydelse",
    "about": "Beskrivelse og begrundelse",
    "figures": "Tal",
    "target_group": "Målgruppe",
    "description": "Beskrivelse",
    "rationale": "Begrundelse",
    "volume": "Omfang",
    "cpv": "CPV-kode",
    "score": "Vægtet score",
    "suggestion": "Forslag",
    "no_suggestion": "for få scorer",
    "years": "{years} år",
    "hint_label": "Udbudsregler, vejledende",
    "answers_needs": "Svarer på behov",
    "no_needs": "Ikke koblet til et behov.",
    "no_services": "Der er ikke lagt nogen ydelser på leveringstavlen endnu.",
    "no_services_column": "Ingen ydelser i denne kolonne.",
    # decisions and sign-offs
    "decisions_intro": (
        "Ledelsens beslutninger med de ressourcer og betingelser, der hører til, og hvem der "
        "har godkendt dem. En godkendelse, hvor beslutningen er ændret bagefter, er markeret, "
        "med hvad der er ændret."
    ),
    "decision": "Beslutning",
    "resources": "Ressourcer",
    "conditions": "Betingelser",
    "covers": "Omfatter ydelser",
    "decision_status": "Status",
    "sign_offs": "Godkendelser",
    "approver": "Godkendt af",
    "outcome": "Svar",
    "signed_at": "Tidspunkt",
    "comment": "Kommentar",
    "changed_since": "Beslutningen er ændret siden",
    "superseded": "Erstattet af en nyere godkendelse fra samme person",
    "what_changed": "Ændret siden godkendelsen:",
    "changed_from_to": "{label}: fra »{old}« til »{new}«",
    "no_sign_offs": "Ingen har godkendt beslutningen endnu.",
    "no_decisions": "Der er ikke registreret nogen beslutninger.",
    "priorities": "Prioritering og ressourcer",
    "priorities_intro": (
        "Beslutningerne står i ledelsens prioriterede rækkefølge. Ressourcerne lægges sammen "
        "oppefra; fra den beslutning, hvor summen overstiger rammen, er beslutningerne "
        "markeret »over rammen«. Et felt uden ramme har ingen grænse."
    ),
    "rank": "Prioritet",
    "amount_dkk": "Beløb",
    "hours": "Timer",
    "fte": "Årsværk",
    "frame": "Ramme",
    "frame_column": "Inden for rammen",
    "within_frame": "Ja",
    "over_frame": "Over rammen",
    "no_limit": "ingen grænse",
    "signatures_for": "Underskrifter til beslutning {number}",
    "date": "Dato",
    "signature": "Underskrift",
    "signature_sheet": "Underskriftsark",
    "signature_intro": (
        "Med min underskrift bekræfter jeg beslutningen, som den står her, med de nævnte "
        "ressourcer og betingelser."
    ),
    "at_clock": "{day} kl. {clock}",
    # handouts
    "glossary_handout": "Fælles sprog",
    "worksheet_hint": "Skriv jeres noter i felterne, eller sæt dem på. Én tanke pr. note.",
}

_EN: dict[str, str] = {
    "page_of": "Page {page} of {total}",
    "minutes": "Minutes",
    "untitled": "Untitled workshop",
    "left_out": "[… {count} more characters are in the workshop file]",
    "left_out_one": "[… 1 more character is in the workshop file]",
    "unprintable": "Some characters could not be printed and are shown as “?”.",
    "not_given": "Not given",
    "section_cover": "Cover",
    "section_participants": "Participants",
    "section_glossary": "Shared language",
    "section_needs": "Root problems and needs",
    "section_delivery": "Delivery model",
    "section_decisions": "Decisions and sign-offs",
    "section_actions": "Follow-up actions",
    "minutes_of": "Minutes of the workshop",
    "organisation": "Organisation",
    "area": "Area",
    "when": "Date and time",
    "place": "Place",
    "facilitator": "Facilitator",
    "purpose": "Purpose",
    "contents": "Contents",
    "name": "Name",
    "role": "Title",
    "department": "Department",
    "email": "E-mail",
    "phone": "Phone",
    "present": "Present",
    "present_yes": "Yes",
    "present_no": "Absent",
    "participants_count": "{count} participants, {present} of them present.",
    "participants_one": "1 participant.",
    "no_participants": "No participants have been registered.",
    "contacts_left_out": "Contact details are left out to protect personal data.",
    "glossary_intro": (
        "Each side has explained its terms for the other side: procurement's terms for the "
        "professionals, and the professionals' terms for procurement."
    ),
    "counterparts": "Terms that correspond",
    "counterparts_intro": (
        "Words that mean nearly the same across the table. Disputed terms are marked: the "
        "room does not yet agree on what they cover."
    ),
    "terms_procurement": "Procurement's terms – explained for the professionals",
    "terms_domain": "The professionals' terms – explained for procurement",
    "term": "Term",
    "explanation": "Explanation",
    "example": "Example",
    "source": "Source",
    "status": "Status",
    "counterpart_is": "≈ {term}",
    "taught_by": "Explained by {name}",
    "no_terms": "No terms have been written yet.",
    "no_terms_side": "No terms from this side.",
    "glossary_selection_workshop": "Terms from this workshop ({shown} of {total})",
    "glossary_selection_all": "All terms of the glossary ({total})",
    "glossary_selection_agreed-disputed": "Agreed and disputed terms ({shown} of {total})",
    "glossary_rest_in_handout": "; the whole glossary is available as a handout.",
    "glossary_all_here": ".",
    "glossary_none_workshop": (
        "No term was added, edited, explained, agreed or disputed in this workshop; the "
        "glossary holds only starter terms nobody touched."
    ),
    "glossary_none_all": "No terms have been written yet.",
    "glossary_none_agreed-disputed": "No terms have been agreed or disputed yet.",
    "needs_intro": (
        "Each canvas is drawn as it looked on the wall, with the notes' colours and votes. "
        "Then the vote's highest places follow, and the notes zone by zone, most votes first."
    ),
    "untitled_canvas": "Untitled canvas",
    "notes_of": "Notes on “{title}”",
    "votes": "Votes",
    "note": "Note",
    "kind": "Kind",
    "priority": "Priority",
    "from": "From",
    "priority_none": "–",
    "outside_zones": "Outside the zones",
    "no_canvases": "No canvases have been made yet.",
    "no_notes": "There are no notes on the canvas.",
    "zones_without_notes": "Zones without notes:",
    "legend": "The colours show whose note it is. The number in the circle is the number of votes.",
    "top_votes": "Most votes on “{title}”",
    "top_votes_intro": (
        "The {count} notes with the most votes across the zones. Notes with equal votes "
        "share the place, so the list can be longer."
    ),
    "place_no": "Place",
    "place_of": "{place}.",
    "place_shared": "{place}. (tied)",
    "zone": "Zone",
    "what": "What",
    "owner": "Owner",
    "due": "Due",
    "no_actions": "No follow-up actions have been agreed.",
    "delivery_intro": (
        "The services on the delivery board, column by column: who delivers them, what they "
        "cost, and which needs they answer. Amounts are estimates, without VAT."
    ),
    "column": "Column",
    "services_count": "Services",
    "annual_cost": "Estimated annual cost",
    "contract_value": "Total contract value",
    "contract_years": "Contract length",
    "without_cost": "No cost estimate",
    "totals": "Total",
    "totals_without": "Total (without “{column}”)",
    "announcement": "Planned announcement",
    "bought_share": "Bought share",
    "column_totals": (
        "Services: {count} · estimated annual cost in total: {annual} · "
        "total contract value: {contract}"
    ),
    "column_without_cost": "{count} without a cost estimate (not counted)",
    "column_without_years": "{count} without a contract length (not in the contract value)",
    "service": "Service",
    "about": "Description and rationale",
    "figures": "Figures",
    "target_group": "Target group",
    "description": "Description",
    "rationale": "Rationale",
    "volume": "Volume",
    "cpv": "CPV code",
    "score": "Weighted score",
    "suggestion": "Suggestion",
    "no_suggestion": "too few scores",
    "years": "{years} years",
    "hint_label": "Procurement rules, guidance",
    "answers_needs": "Answers the needs",
    "no_needs": "Not linked to a need.",
    "no_services": "No services have been put on the delivery board yet.",
    "no_services_column": "No services in this column.",
    "decisions_intro": (
        "Leadership's decisions with their resources and conditions, and who approved them. "
        "A sign-off of a decision that was changed afterwards is marked, with what changed."
    ),
    "decision": "Decision",
    "resources": "Resources",
    "conditions": "Conditions",
    "covers": "Covers the services",
    "decision_status": "Status",
    "sign_offs": "Sign-offs",
    "approver": "Signed by",
    "outcome": "Answer",
    "signed_at": "Time",
    "comment": "Comment",
    "changed_since": "The decision has changed since",
    "superseded": "Superseded by a newer sign-off from the same person",
    "what_changed": "Changed since the sign-off:",
    "changed_from_to": "{label}: from “{old}” to “{new}”",
    "no_sign_offs": "Nobody has signed the decision off yet.",
    "no_decisions": "No decisions have been recorded.",
    "priorities": "Priorities and resources",
    "priorities_intro": (
        "The decisions are in leadership's order of priority. Their resources are added up "
        "from the top; from the decision where the sum exceeds the frame, the decisions are "
        "marked “over the frame”. A measure without a frame has no limit."
    ),
    "rank": "Priority",
    "amount_dkk": "Amount",
    "hours": "Hours",
    "fte": "FTE",
    "frame": "Frame",
    "frame_column": "Within the frame",
    "within_frame": "Yes",
    "over_frame": "Over the frame",
    "no_limit": "no limit",
    "signatures_for": "Signatures for decision {number}",
    "date": "Date",
    "signature": "Signature",
    "signature_sheet": "Signature sheet",
    "signature_intro": (
        "By signing I confirm the decision as it stands here, with the resources and "
        "conditions given."
    ),
    "at_clock": "{day}, {clock}",
    "glossary_handout": "Shared language",
    "worksheet_hint": "Write your notes in the fields, or stick them on. One thought per note.",
}

LANGUAGES = ("da", "en")

# The prefix under which the minutes look up each domain value's word ("kind_need").
VOCABULARY_KEYS: dict[str, type[StrEnum]] = {
    "placement": Placement,
    "side": Side,
    "status": TermStatus,
    "kind": NoteKind,
    "priority": Priority,
    "action": ActionStatus,
    "decision": DecisionStatus,
    "outcome": Outcome,
}


def _domain_words(lang: str) -> dict[str, str]:
    found = {
        f"{prefix}_{value}": label
        for prefix, enum in VOCABULARY_KEYS.items()
        for value, label in vocabulary.labels(enum, lang).items()
        if value  # no priority: the minutes' cell shows "–" (priority_none above)
    }
    # A sign-off whose decision changed afterwards is marked as the decision's status says.
    found["changed_after_approval"] = vocabulary.label(DecisionStatus.CHANGED_AFTER_APPROVAL, lang)
    return found


_DA.update(_domain_words("da"))
_EN.update(_domain_words("en"))


def words(lang: str) -> dict[str, str]:
    return _DA if lang == "da" else _EN


_DAYS = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def long_date(day: date, lang: str) -> str:
    """'tirsdag den 9. februar 2027' / 'Tuesday 9 February 2027'."""
    weekday = _DAYS[_lang(lang)][day.weekday()]
    month = _MONTHS[_lang(lang)][day.month - 1]
    if lang == "da":
        return f"{weekday} den {day.day}. {month} {day.year}"
    return f"{weekday} {day.day} {month} {day.year}"


def short_date(day: date, lang: str) -> str:
    """'12.02.2027' / '12 Feb 2027'."""
    if lang == "da":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"


def clock(moment: datetime, lang: str) -> str:
    """'9.00' (Danish style) / '09:00'."""
    if lang == "da":
        return f"{moment.hour}.{moment.minute:02d}"
    return f"{moment.hour:02d}:{moment.minute:02d}"


def when(starts: datetime | None, ends: datetime | None, lang: str) -> str:
    """When the workshop was, in one line: day, and the hours when they are known."""
    if starts is None and ends is None:
        return words(lang)["not_given"]
    at = "kl. " if lang == "da" else ""
    if starts is None:
        assert ends is not None
        until = "indtil" if lang == "da" else "until"
        return f"{until} {long_date(ends, lang)}, {at}{clock(ends, lang)}"
    first = f"{long_date(starts, lang)}, {at}{clock(starts, lang)}"
    if ends is None:
        return first
    if ends.date() == starts.date():
        return f"{first}–{clock(ends, lang)}"
    return f"{first} – {long_date(ends, lang)}, {at}{clock(ends, lang)}"


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "en"


# The market dialogue (the minutes' section and its handout, desktop/export/dialogue_handout.py)
_DA.update(
    {
        "section_dialogue": "Markedsdialog",
        "dialogue_handout": "Markedsdialog – resumé",
        "dialogue_handout_intro": (
            "Resumé af markedsdialogen før udbuddet: hvilke leverandører kommunen har talt "
            "med, hvad de spurgte om, og hvilke oplysninger kommunen gav. Oplysninger, der "
            "er givet til alle leverandører, står med datoen."
        ),
        "dialogue_intro": (
            "Møder med leverandører pr. ydelse og de oplysninger, kommunen gav. Af hensyn "
            "til ligebehandling markeres en oplysning, som nogle leverandører har fået og "
            "andre ikke, så den kan gives til alle."
        ),
        "no_dialogue": "Der er ikke registreret nogen markedsdialog.",
        "dialogue_meeting": "Møde {day}",
        "dialogue_meeting_undated": "Møde (dato ikke angivet)",
        "dialogue_unnamed_supplier": "Leverandør ikke angivet",
        "dialogue_attendees": "Deltagere",
        "dialogue_asked": "Spurgte om",
        "dialogue_told": "Kommunen oplyste",
        "dialogue_nothing_told": "Ingen oplysninger registreret.",
        "dialogue_shared": "Givet til alle leverandører",
        "dialogue_shared_on": "{day}: {text}",
        "dialogue_unequal": "Ligebehandling: ikke givet til alle",
        "dialogue_unequal_line": "»{text}« er givet til {heard}, men ikke til {not_heard}.",
        "dialogue_not_told": "Registreret, men endnu ikke givet",
        "dialogue_and": "{first} og {last}",
    }
)
_EN.update(
    {
        "section_dialogue": "Market dialogue",
        "dialogue_handout": "Market dialogue – summary",
        "dialogue_handout_intro": (
            "Summary of the market dialogue before the tender: which suppliers the "
            "municipality met, what they asked, and what information the municipality "
            "gave. Information given to all suppliers is listed with its date."
        ),
        "dialogue_intro": (
            "Meetings with suppliers per service and the information the municipality "
            "gave. For equal treatment, information some suppliers were given and others "
            "not is marked, so that it can be given to all."
        ),
        "no_dialogue": "No market dialogue has been recorded.",
        "dialogue_meeting": "Meeting {day}",
        "dialogue_meeting_undated": "Meeting (no date given)",
        "dialogue_unnamed_supplier": "Supplier not given",
        "dialogue_attendees": "Who took part",
        "dialogue_asked": "Asked",
        "dialogue_told": "The municipality told",
        "dialogue_nothing_told": "No information recorded.",
        "dialogue_shared": "Given to all suppliers",
        "dialogue_shared_on": "{day}: {text}",
        "dialogue_unequal": "Equal treatment: not given to all",
        "dialogue_unequal_line": "“{text}” was given to {heard}, but not to {not_heard}.",
        "dialogue_not_told": "Recorded, not yet given",
        "dialogue_and": "{first} and {last}",
    }
)


# The business case and the economic room (desktop/export/minutes_business_case.py)
_DA.update(
    {
        "section_business_case": "Business case og økonomisk råderum",
        "business_case_intro": (
            "Intern levering: årsværk × lønudgift pr. årsværk × (1 + overhead) + andre årlige "
            "udgifter. Køb: den årlige pris. Begge regnes over samme antal år med "
            "engangsudgifterne i år 1, og udgiften i dag er udgangspunktet. Råderummet er "
            "udgiften i dag minus det, den valgte placering koster: på et blandet kort efter "
            "den købte andel, for en ydelse der ikke købes hele udgiften i dag. Et tal, der "
            "mangler, tælles ikke som 0."
        ),
        "no_business_case": "Ingen ydelser har en business case endnu.",
        "case_room": "Råderum",
        "case_with": "Med business case",
        "case_without": "Uden business case",
        "case_board": "Hele tavlen",
        "case_in_house": "Intern levering i alt",
        "case_external": "Køb i alt",
        "case_today": "I dag i alt",
        "case_years": "Antal år",
        "case_result": "Forskel og råderum",
        "case_no_room": "Intet råderum, før kortet er placeret.",
        "case_measures": "Resultater der skal følges op",
        "case_measures_intro": "Resultatkolonnen udfyldes på en opfølgningsworkshop.",
        "case_measure": "Resultatmål",
        "case_baseline": "Udgangspunkt",
        "case_target": "Måltal",
        "case_measure_result": "Resultat",
    }
)
_EN.update(
    {
        "section_business_case": "Business case and economic room",
        "business_case_intro": (
            "In-house: FTE × salary cost per FTE × (1 + overhead) + other annual costs. "
            "Bought: the annual price. Both are counted over the same years with the one-off "
            "costs in year 1, against today's cost. The room is today's cost minus what the "
            "chosen placement costs: on a mixed card by the bought share, for a service not "
            "bought the whole of today's cost. A missing figure is not counted as 0."
        ),
        "no_business_case": "No service has a business case yet.",
        "case_room": "Room",
        "case_with": "With a business case",
        "case_without": "Without a business case",
        "case_board": "The whole board",
        "case_in_house": "In-house in all",
        "case_external": "Bought in all",
        "case_today": "Today in all",
        "case_years": "Years",
        "case_result": "Difference and room",
        "case_no_room": "No room until the card is placed.",
        "case_measures": "Results to follow up",
        "case_measures_intro": "The result column is filled in at a follow-up workshop.",
        "case_measure": "Measure",
        "case_baseline": "Baseline",
        "case_target": "Target",
        "case_measure_result": "Result",
    }
)


# Contracts and the tender calendar (desktop/export/minutes_contracts.py)
_DA.update(
    {
        "section_contracts": "Kontrakter og udbudskalender",
        "contracts_intro": (
            "Kontrakten i dag og udbudskalenderen for hver ydelse: kalenderen regnes baglæns "
            "fra den dag, den nye levering skal starte (dagen efter kontraktudløb, hvis intet "
            "andet er skrevet). Gennemløbstiderne er antagelser, som workshoppen kan ændre. "
            "Datoer, der er overskredet pr. {day}, står med rødt."
        ),
        "no_contracts": "Ingen ydelser har et kontraktudløb eller en leveringsstart endnu.",
        "contracts_service": "Ydelse",
        "contracts_contract": "Kontrakt i dag",
        "contracts_dates": "Opsigelse og udløb",
        "contracts_tender": "Udbud",
        "contracts_supplier": "Leverandør",
        "contracts_options": "{typed}: {left}",
        "contracts_notice": "Sidste dag for opsigelse: {day}",
        "contracts_last_end": "Seneste mulige udløb: {day}",
        "contracts_agreement": "Aftale: {name}",
        "contracts_delivery": "Ny levering starter {day}",
        "contracts_latest": "Annoncér senest {day}",
        "contracts_passed": "Overskredet: {steps}",
        "contracts_late": "Udbuddet skulle have været annonceret senest {day}.",
        "contracts_planned_late": "Planlagt annoncering {planned} ligger efter seneste dato {day}.",
        "contracts_no_calendar": "Ingen kalender: skriv kontraktudløb eller leveringsstart.",
        "contracts_lead_times": "Gennemløbstider brugt (kalenderdage)",
        "contracts_step": "Trin",
        "contracts_changed": "{days} (antaget {default})",
        "contracts_lead_note": (
            "Alle gennemløbstider er planlægningsantagelser, ikke lovens minimumsfrister; "
            "tjek dem med indkøb. En ændret gennemløbstid viser standarden i parentes."
        ),
        "contracts_timeline": "Tidslinje",
        "contracts_legend": (
            "Mørk bjælke: kontrakt; lys: optioner tilbage; orange: udbuddets trin; "
            "rombe: seneste annoncering; grøn: levering starter; grå: opsigelse; "
            "rød: overskredet; stiplet: {day}."
        ),
    }
)
_EN.update(
    {
        "section_contracts": "Contracts and tender calendar",
        "contracts_intro": (
            "Each service's contract today and its tender calendar, worked back from the day "
            "the new delivery must start (the day after the contract end unless another is "
            "given). The lead times are assumptions the workshop can change. Dates passed "
            "are seen from {day} and shown in red."
        ),
        "no_contracts": "No service has a contract end or a delivery start yet.",
        "contracts_service": "Service",
        "contracts_contract": "Contract today",
        "contracts_dates": "Notice and end",
        "contracts_tender": "Tender",
        "contracts_supplier": "Supplier",
        "contracts_options": "{typed}: {left}",
        "contracts_notice": "Last day to give notice: {day}",
        "contracts_last_end": "Last possible end: {day}",
        "contracts_agreement": "Agreement: {name}",
        "contracts_delivery": "New delivery starts {day}",
        "contracts_latest": "Announce by {day}",
        "contracts_passed": "Passed: {steps}",
        "contracts_late": "The tender should have been announced by {day}.",
        "contracts_planned_late": (
            "The planned announcement, {planned}, is after the latest date, {day}."
        ),
        "contracts_no_calendar": "No calendar: enter the contract end or the delivery start.",
        "contracts_lead_times": "Lead times used (calendar days)",
        "contracts_step": "Step",
        "contracts_changed": "{days} (assumed {default})",
        "contracts_lead_note": (
            "Every lead time is a planning assumption, not the law's minimum period; check "
            "them with procurement. A changed lead time shows the default in brackets."
        ),
        "contracts_timeline": "Time line",
        "contracts_legend": (
            "Dark bar: contract; light: options remaining; orange: the tender's steps; "
            "diamond: latest announcement; green: delivery starts; grey: notice; red: passed; "
            "dashed: {day}."
        ),
    }
)
# The organisation library's portfolio (desktop/export/portfolio_report.py).
_DA.update(
    {
        "portfolio": "Portefølje",
        "portfolio_title": "Porteføljen på tværs af workshops",
        "portfolio_intro": (
            "Udgivne workshops i biblioteket på {where}, læst {day}: hvilke ydelser der "
            "leveres internt, eksternt eller blandet, hvad de koster, og hvor beslutningerne "
            "står. Beløb er anslåede årlige udgifter uden moms, som workshoppene har angivet."
        ),
        "portfolio_count": "{workshops} · {services} · anslået årlig udgift i alt: {annual}",
        "portfolio_workshops_n": "{n} workshops",
        "portfolio_workshops_one": "1 workshop",
        "portfolio_services_n": "{n} ydelser",
        "portfolio_services_one": "1 ydelse",
        "portfolio_by_placement": "Ydelser efter område og placering",
        "portfolio_decision_states": "Beslutningernes status",
        "portfolio_workshops": "Workshops",
        "portfolio_workshop_column": "Workshop",
        "portfolio_workshop_facts": (
            "Område: {area} · afholdt: {held} · udgivet af »{who}« {published}"
        ),
        "portfolio_no_workshops": "Ingen workshop har udgivet sit resultat i biblioteket endnu.",
        "portfolio_no_decisions": "Ingen beslutninger udgivet.",
        "portfolio_no_area": "(intet område)",
        "portfolio_state": "Status",
        "portfolio_count_column": "Antal",
        "placement_column": "Placering",
        "contract_end": "Kontraktudløb",
        "group_approved": "Godkendt",
        "group_pending": "Afventer",
        "group_changed": "Ændret efter godkendelse",
        "group_rejected": "Afvist",
    }
)
_EN.update(
    {
        "portfolio": "Portfolio",
        "portfolio_title": "The portfolio across workshops",
        "portfolio_intro": (
            "Published workshops in the library at {where}, read {day}: which services are "
            "delivered in-house, bought or mixed, what they cost, and where the decisions "
            "stand. Amounts are estimated annual costs without VAT, as the workshops gave them."
        ),
        "portfolio_count": ("{workshops} · {services} · estimated annual cost in total: {annual}"),
        "portfolio_workshops_n": "{n} workshops",
        "portfolio_workshops_one": "1 workshop",
        "portfolio_services_n": "{n} services",
        "portfolio_services_one": "1 service",
        "portfolio_by_placement": "Services by area and placement",
        "portfolio_decision_states": "Where the decisions stand",
        "portfolio_workshops": "Workshops",
        "portfolio_workshop_column": "Workshop",
        "portfolio_workshop_facts": (
            "Area: {area} · held: {held} · published by '{who}' {published}"
        ),
        "portfolio_no_workshops": "No workshop has published its outcome to the library yet.",
        "portfolio_no_decisions": "No decisions published.",
        "portfolio_no_area": "(no area)",
        "portfolio_state": "Status",
        "portfolio_count_column": "Count",
        "placement_column": "Placement",
        "contract_end": "Contract end",
        "group_approved": "Approved",
        "group_pending": "Pending",
        "group_changed": "Changed after approval",
        "group_rejected": "Rejected",
    }
)


def portfolio_count(words: Mapping[str, str], workshops: int, services: int, annual: str) -> str:
    """ "2 workshops · 1 ydelse · …": each count with its own singular."""

    def counted(key: str, n: int) -> str:
        return words[f"{key}_one"] if n == 1 else words[f"{key}_n"].format(n=n)

    return words["portfolio_count"].format(
        workshops=counted("portfolio_workshops", workshops),
        services=counted("portfolio_services", services),
        annual=annual,
    )
