"""Issue 16, item 8: one Danish word for one thing, everywhere.

Every domain value (a placement on the delivery board, a term's status, a side of the table,
a note's kind and priority, an action's or a decision's status) has one Danish label: the
same string in the UI's translation, in the minutes' words (desktop/export/words.py), in the
glossary CSV and in the sign-off texts. And the words the issue retired occur nowhere in the
Danish translation, the minutes' words, the CSV headers, the vocabularies or the templates.

The UI's labels are read from tvaers_da.ts by (context, English source); the table below says
which source names which value, and the first test checks that the code says so too, so a
renamed source or a moved label fails here instead of passing unseen.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from enum import StrEnum
from functools import cache
from pathlib import Path

import pytest

from desktop.core import signoff
from desktop.core.canvas_models import NoteKind, NoteSide, Priority
from desktop.core.delivery_models import Placement
from desktop.core.models import ActionStatus, Side, TermSide, TermStatus
from desktop.core.signoff import DecisionStatus
from desktop.export import glossary_csv, words

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "tvaers_da.ts"

# value -> English source, per (file, Qt context) where the UI names the value.
UI_LABELS: dict[str, tuple[str, str, type[StrEnum], dict[str, str]]] = {
    "placement": (
        "desktop/ui/delivery_tab/tab.py",
        "DeliveryTab",
        Placement,
        {
            "undecided": "Undecided",
            "internal": "Internal",
            "external": "External",
            "mixed": "Mixed",
            "not_buying": "Not buying",
        },
    ),
    "status": (
        "desktop/ui/glossary_tab/tab.py",
        "GlossaryTab",
        TermStatus,
        {"proposed": "Proposed", "agreed": "Agreed", "disputed": "Disputed"},
    ),
    "side": (
        "desktop/ui/workshop_tab/tab.py",
        "WorkshopTab",
        Side,
        {
            "procurement": "Procurement",
            "domain": "Professional side",
            "leadership": "Leadership",
            "other": "Other",
        },
    ),
    "note_side": (
        "desktop/ui/canvas_tab/labels.py",
        "canvas",
        NoteSide,
        {
            "procurement": "Procurement",
            "domain": "Professional side",
            "leadership": "Leadership",
            "other": "Other",
        },
    ),
    "kind": (
        "desktop/ui/canvas_tab/labels.py",
        "canvas",
        NoteKind,
        {
            "need": "Need",
            "requirement": "Requirement",
            "root_problem": "Root problem",
            "question": "Question",
            "idea": "Idea",
        },
    ),
    "priority": (
        "desktop/ui/canvas_tab/labels.py",
        "canvas",
        Priority,
        {"must": "Must", "should": "Should", "could": "Could"},
    ),
    "action": (
        "desktop/ui/workshop_tab/tab.py",
        "WorkshopTab",
        ActionStatus,
        {"open": "Not started", "in_progress": "In progress", "done": "Done"},
    ),
    "decision": (
        "desktop/ui/signoff_tab/tab.py",
        "SignOffTab",
        DecisionStatus,
        {
            "approved": "Approved",
            "changed_after_approval": "Changed after approval",
            "changes_requested": "Changes requested",
            "rejected": "Rejected",
            "unsigned": "Not signed off",
        },
    ),
}

# The minutes' word for each group: words._DA[prefix + value].
WORDS_PREFIX = {
    "placement": "placement_",
    "status": "status_",
    "side": "side_",
    "note_side": "side_",
    "kind": "kind_",
    "priority": "priority_",
    "action": "action_",
    "decision": "decision_",
}

# Words the issue retired, and where they must not come back.
RETIRED: list[tuple[str, re.Pattern[str]]] = [
    ("Køb ikke (say Købes ikke)", re.compile(r"\bKøb ikke\b", re.IGNORECASE)),
    ("Lært af (say Forklaret af)", re.compile(r"\blært af\b", re.IGNORECASE)),
    ("Volumen (say Omfang)", re.compile(r"\bvolumen\b", re.IGNORECASE)),
    ("sedler (the canvas has noter)", re.compile(r"\bsedl\w*|\bseddel\w*", re.IGNORECASE)),
    ("Annullér (say Annuller, as Qt does)", re.compile(r"annullér", re.IGNORECASE)),
    ("leverancetavlen (say leveringstavlen)", re.compile(r"leverancetavl", re.IGNORECASE)),
    ("Kriterier og vægte (say vægtning)", re.compile(r"kriterier og vægte\b", re.IGNORECASE)),
]
RETIRED_FIELD_LABELS = {"Ejer": "Ansvarlig"}  # as a label on its own, not inside a sentence


@cache
def translations() -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the Danish forms (one, or the plural forms), Alt letters removed."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found[(name, source)] = [_plain(t) for t in forms or [translation.text or ""]]
    return found


def _plain(text: str) -> str:
    """The text as read: "Om&fang" -> "Omfang", "&&" -> "&"."""
    return re.sub(r"&(.)", r"\1", text)


def ui_label(group: str, value: str) -> str:
    _file, context, _enum, sources = UI_LABELS[group]
    forms = translations().get((context, sources[value]))
    assert forms, f"no Danish for {sources[value]!r} in context {context}"
    return forms[0]


def danish_texts() -> list[tuple[str, str]]:
    """(where, text) of every Danish text a user reads outside the workshop's own data."""
    texts = [
        (f"tvaers_da.ts {context}: {source}", form)
        for (context, source), forms in translations().items()
        for form in forms
    ]
    texts += [(f"words.py {key}", text) for key, text in words._DA.items()]
    texts += [("glossary_csv.HEADERS", header) for header in glossary_csv.HEADERS["da"]]
    for folder, fields in (
        ("glossaries", ("title_da", "term_da", "explanation_da", "example_da", "source")),
        ("templates", ("title_da", "prompt_da")),
    ):
        for path in sorted((ROOT / "resources" / folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            items = [data, *data.get("terms", []), *data.get("zones", [])]
            texts += [
                (f"{folder}/{path.name}", str(item[field]))
                for item in items
                for field in fields
                if field in item
            ]
    return texts


# -- the table matches the code ------------------------------------------------------------


@pytest.mark.parametrize("group", sorted(UI_LABELS))
def test_the_ui_names_each_value_with_the_source_the_table_says(group: str) -> None:
    file, _context, enum, sources = UI_LABELS[group]
    code = (ROOT / file).read_text(encoding="utf-8")
    named = [member for member in enum if member.value]  # Priority's "" is no priority
    assert set(sources) == {member.value for member in named}, group
    for member in named:
        english = sources[member.value]
        pattern = re.compile(
            rf"{enum.__name__}\.{member.name}\b[^\n]*\"{re.escape(english)}\"\)", re.MULTILINE
        )
        assert pattern.search(code), f"{file}: {enum.__name__}.{member.name} is not “{english}”"


# -- one label per value -----------------------------------------------------------------------


@pytest.mark.parametrize("group", sorted(UI_LABELS))
def test_the_ui_and_the_minutes_say_the_same_danish_word(group: str) -> None:
    _file, _context, _enum, sources = UI_LABELS[group]
    for value in sources:
        assert ui_label(group, value) == words._DA[WORDS_PREFIX[group] + value], (group, value)


def test_the_sign_off_texts_name_placements_as_the_board_does() -> None:
    for value in UI_LABELS["placement"][3]:
        assert signoff.PLACEMENT_LABELS["da"][value] == ui_label("placement", value), value


def test_the_glossary_csv_writes_sides_and_statuses_as_the_ui_and_the_minutes_do() -> None:
    for side in TermSide:
        word = glossary_csv.SIDE_WORDS["da"][side]
        assert word == ui_label("side", side.value) == words._DA[f"side_{side.value}"], side
    for status in TermStatus:
        word = glossary_csv.STATUS_WORDS["da"][status]
        assert word == ui_label("status", status.value) == words._DA[f"status_{status.value}"]


def test_the_field_labels_the_issue_names_are_the_same_in_the_ui_the_minutes_and_the_csv() -> None:
    ui = translations()
    assert ui[("ServiceEditor", "Vol&ume")] == ["Omfang"] and words._DA["volume"] == "Omfang"
    assert ui[("ServiceEditor", "Ow&ner")] == ["Ansvarlig"] and words._DA["owner"] == "Ansvarlig"
    assert ui[("ServiceEditor", "Annual &cost")] == ["Anslået årlig udgift"]
    assert words._DA["annual_cost"] == "Anslået årlig udgift"
    assert signoff._FIELD_LABELS_DA["annual_cost_dkk"] == "Anslået årlig udgift"
    assert ui[("TermEditor", "Taught &by")] == ["Forklaret af"]
    assert ui[("TermShowcase", "Taught by %1")] == ["Forklaret af %1"]
    assert words._DA["taught_by"] == "Forklaret af {name}"
    assert "Forklaret af" in glossary_csv.HEADERS["da"]
    assert ui[("CriteriaDialog", "Criteria and weights")] == ["Kriterier og vægtning"]
    assert ui[("export_dialog", "Cancel")] == ["Annuller"]
    assert "deltagerne er endnu ikke enige" in words._DA["counterparts_intro"]
    assert words._DA["top_votes_intro"].format(count=10).startswith("De 10 noter med flest stemmer")
    weighted = ui[
        ("ServiceEditor", "Weighted score: %1 (5 = deliver internally, 1 = buy externally).")
    ]
    assert weighted == ["Vægtet score: %1 (5 taler for at levere selv, 1 for at købe)."]


# -- the retired words ---------------------------------------------------------------------------


@pytest.mark.parametrize(("why", "pattern"), RETIRED, ids=[why for why, _ in RETIRED])
def test_a_retired_word_occurs_in_no_danish_text(why: str, pattern: re.Pattern[str]) -> None:
    found = [f"{where}: {text}" for where, text in danish_texts() if pattern.search(text)]
    assert not found, f"{why}:\n" + "\n".join(found)


def test_ejer_is_no_field_label() -> None:
    found = [
        f"{where}: {text}"
        for where, text in danish_texts()
        if text.strip().rstrip(":") in RETIRED_FIELD_LABELS
    ]
    assert not found, "say Ansvarlig:\n" + "\n".join(found)
