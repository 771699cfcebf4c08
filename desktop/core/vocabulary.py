"""One word for one thing: the Danish and English label of every domain value.

A domain value is a stored choice the user reads as a word: where a service is delivered
(the delivery board's columns), a term's side and status, a participant's or a note's side,
a note's kind and priority, a follow-up action's status, a sign-off's outcome, a
decision's status and the agreement that may cover a service. Each has exactly one label
per language, here, and every place that shows one reads it from here: the window
(desktop/ui), the minutes and handouts (desktop/export, through `words.py`), the glossary
CSV (`export/glossary_csv.py`) and the sign-off's "what changed" texts (`core/signoff.py`).

Why here, in the core, as plain dictionaries: the minutes and the CSV need the words, and the
export layer sits below the UI and never imports Qt (docs/ARCHITECTURE.md, "Layers"); the one
source must therefore lie at or below export, and the core is where the values themselves are
defined (`Placement`, `TermStatus`, …). Qt's translations (.ts) cannot be that source, as the
export layer cannot read them; so the window does not translate these words with `tr()` but
asks this module in its own language (`desktop.ui.labels`). Before this module the same value
had up to four labels (the board said "Not buying", the sign-off texts "Not bought").

Danish is the house's municipal wording: "Købes ikke" (not "Køb ikke"), "Uafklaret",
"Ikke behandlet" for a decision nobody has signed off yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from desktop.core.values import (
    ActionStatus,
    Agreement,
    DecisionStatus,
    NoteKind,
    NoteSide,
    Outcome,
    Placement,
    Priority,
    Side,
    TermSide,
    TermStatus,
)

LANGUAGES = ("da", "en")

Words = Mapping[str, Mapping[str, str]]  # value -> {"da": ..., "en": ...}

PLACEMENT: Words = {
    Placement.UNDECIDED: {"da": "Uafklaret", "en": "Undecided"},
    Placement.INTERNAL: {"da": "Internt", "en": "Internal"},
    Placement.EXTERNAL: {"da": "Eksternt", "en": "External"},
    Placement.MIXED: {"da": "Blandet", "en": "Mixed"},
    Placement.NOT_BUYING: {"da": "Købes ikke", "en": "Not buying"},
}
# A participant's side, a note's side and a term's side are the same four words.
SIDE: Words = {
    Side.PROCUREMENT: {"da": "Indkøb", "en": "Procurement"},
    Side.DOMAIN: {"da": "Fagområde", "en": "Professional side"},
    Side.LEADERSHIP: {"da": "Ledelse", "en": "Leadership"},
    Side.OTHER: {"da": "Andet", "en": "Other"},
}
TERM_STATUS: Words = {
    TermStatus.PROPOSED: {"da": "Foreslået", "en": "Proposed"},
    TermStatus.AGREED: {"da": "Aftalt", "en": "Agreed"},
    TermStatus.DISPUTED: {"da": "Omstridt", "en": "Disputed"},
}
NOTE_KIND: Words = {
    NoteKind.NEED: {"da": "Behov", "en": "Need"},
    NoteKind.REQUIREMENT: {"da": "Krav", "en": "Requirement"},
    NoteKind.ROOT_PROBLEM: {"da": "Rodproblem", "en": "Root problem"},
    NoteKind.QUESTION: {"da": "Spørgsmål", "en": "Question"},
    NoteKind.IDEA: {"da": "Idé", "en": "Idea"},
}
PRIORITY: Words = {
    Priority.NONE: {"da": "Ingen prioritet", "en": "No priority"},
    Priority.MUST: {"da": "Skal", "en": "Must"},
    Priority.SHOULD: {"da": "Bør", "en": "Should"},
    Priority.COULD: {"da": "Kan", "en": "Could"},
}
ACTION_STATUS: Words = {
    ActionStatus.OPEN: {"da": "Ikke startet", "en": "Not started"},
    ActionStatus.IN_PROGRESS: {"da": "I gang", "en": "In progress"},
    ActionStatus.DONE: {"da": "Udført", "en": "Done"},
}
OUTCOME: Words = {
    Outcome.APPROVED: {"da": "Godkendt", "en": "Approved"},
    Outcome.CHANGES_REQUESTED: {"da": "Ændringer ønsket", "en": "Changes requested"},
    Outcome.REJECTED: {"da": "Afvist", "en": "Rejected"},
}
DECISION_STATUS: Words = {
    DecisionStatus.APPROVED: OUTCOME[Outcome.APPROVED],
    DecisionStatus.CHANGED_AFTER_APPROVAL: {
        "da": "Ændret efter godkendelse",
        "en": "Changed after approval",
    },
    DecisionStatus.CHANGES_REQUESTED: OUTCOME[Outcome.CHANGES_REQUESTED],
    DecisionStatus.REJECTED: OUTCOME[Outcome.REJECTED],
    DecisionStatus.UNSIGNED: {"da": "Ikke behandlet", "en": "Not signed off"},
}
# An agreement already in place that may cover a service (a contract's status).
AGREEMENT: Words = {
    Agreement.UNKNOWN: {"da": "Ikke undersøgt", "en": "Not looked into"},
    Agreement.OWN: {"da": "Kommunens egen aftale", "en": "The municipality's own agreement"},
    Agreement.JOINT: {"da": "Fælleskommunal aftale", "en": "Joint municipal agreement"},
    Agreement.SKI: {"da": "SKI-aftale", "en": "SKI agreement"},
    Agreement.NONE: {"da": "Ingen aftale dækker", "en": "No agreement covers it"},
}
# The organisation library's roles (issue 21; the server's group roles): one word each in
# every message and window, e.g. a steward is always "redaktør" (the share confirmation, the
# steward's window Library › Proposals and disputes…).
LIBRARY_ROLE: Words = {
    "tvaers_reader": {"da": "læser", "en": "reader"},
    "tvaers_contributor": {"da": "bidragyder", "en": "contributor"},
    "tvaers_steward": {"da": "redaktør", "en": "steward"},
}

VOCABULARY: dict[type[StrEnum], Words] = {
    Placement: PLACEMENT,
    Side: SIDE,
    NoteSide: SIDE,
    TermSide: {side: SIDE[side] for side in TermSide},
    TermStatus: TERM_STATUS,
    NoteKind: NOTE_KIND,
    Priority: PRIORITY,
    ActionStatus: ACTION_STATUS,
    Outcome: OUTCOME,
    DecisionStatus: DECISION_STATUS,
    Agreement: AGREEMENT,
}


def label(member: StrEnum, lang: str) -> str:
    """The word for one value: label(Placement.NOT_BUYING, "da") == "Købes ikke"."""
    return VOCABULARY[type(member)][member.value][_lang(lang)]


def labels(enum: type[StrEnum], lang: str) -> dict[str, str]:
    """Every value of `enum` with its word, in the enum's order (the order choices are offered)."""
    words = VOCABULARY[enum]
    return {member.value: words[member.value][_lang(lang)] for member in enum}


def label_of(enum: type[StrEnum], value: str, lang: str) -> str:
    """The word for a stored value, or the value as found when it is none of `enum`'s (a file
    from a newer version)."""
    words = VOCABULARY[enum].get(value)
    return words[_lang(lang)] if words is not None else value


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "en"
