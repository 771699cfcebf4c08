"""Issue 16, item 8: one Danish word for one thing, everywhere.

The words the issue retired occur nowhere in the Danish translation, the minutes' words, the
domain vocabulary, the CSV headers, the starter vocabularies or the templates; and the field
labels the issue names read the same in the UI, the minutes and the CSV.

That every domain value (a placement, a term's status, a side, a note's kind and priority, an
action's or a decision's status, a sign-off's outcome) has one label in the window, the
minutes and the CSV is checked where the user reads it, in tests/ui/test_vocabulary.py: since
issue 19 the labels come from one source, desktop/core/vocabulary.py.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from desktop.core import signoff, vocabulary
from desktop.export import glossary_csv, words

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "tvaers_da.ts"

# Words the issue retired, and where they must not come back.
RETIRED: list[tuple[str, re.Pattern[str]]] = [
    ("Køb ikke (say Købes ikke)", re.compile(r"\bKøb ikke\b", re.IGNORECASE)),
    ("Lært af (say Forklaret af)", re.compile(r"\blært af\b", re.IGNORECASE)),
    ("Volumen (say Omfang)", re.compile(r"\bvolumen\b", re.IGNORECASE)),
    ("sedler (the canvas has noter)", re.compile(r"\bsedl\w*|\bseddel\w*", re.IGNORECASE)),
    ("Annullér (say Annuller, as Qt does)", re.compile(r"annullér", re.IGNORECASE)),
    ("leverancetavlen (say leveringstavlen)", re.compile(r"leverancetavl", re.IGNORECASE)),
    ("Kriterier og vægte (say vægtning)", re.compile(r"kriterier og vægte\b", re.IGNORECASE)),
    # A service's »Anslået årlig udgift«, where there is none; »pris« is the business case's
    # price paid when the service is bought (»Årlig pris«), another figure.
    ("uden pris (say uden anslået udgift)", re.compile(r"\b(uden|ingen) pris", re.IGNORECASE)),
    # A service's years including options ("2+1+1"): »Kontraktlængde«, as the minutes and the
    # sign-off say. »Kontraktår« reads as one year of a contract (»1. kontraktår«).
    ("kontraktår (say kontraktlængde)", re.compile(r"kontraktår", re.IGNORECASE)),
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


def danish_texts() -> list[tuple[str, str]]:
    """(where, text) of every Danish text a user reads outside the workshop's own data."""
    texts = [
        (f"tvaers_da.ts {context}: {source}", form)
        for (context, source), forms in translations().items()
        for form in forms
    ]
    texts += [(f"words.py {key}", text) for key, text in words._DA.items()]
    texts += [
        (f"vocabulary {enum.__name__}.{value}", labels["da"])
        for enum, table in vocabulary.VOCABULARY.items()
        for value, labels in table.items()
    ]
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


def test_the_field_labels_the_issue_names_are_the_same_in_the_ui_the_minutes_and_the_csv() -> None:
    ui = translations()
    assert ui[("ServiceEditor", "Vol&ume")] == ["Omfang"] and words._DA["volume"] == "Omfang"
    assert ui[("ServiceEditor", "Ow&ner")] == ["Ansvarlig"] and words._DA["owner"] == "Ansvarlig"
    assert ui[("ServiceEditor", "Annual &cost")] == ["Anslået årlig udgift"]
    assert words._DA["annual_cost"] == "Anslået årlig udgift"
    assert signoff._FIELD_LABELS_DA["annual_cost_dkk"] == "Anslået årlig udgift"
    # Where a service has none, the board and the minutes say so in the field's own words.
    for none in (
        *ui[("DeliveryTab", "No cost estimate")],
        *ui[("DeliveryTab", "No cost estimates")],
        *ui[("DeliveryTab", "%n without cost estimate")],
        words._DA["without_cost"],
        words._DA["column_without_cost"],
    ):
        assert re.search(r"\b(ingen|uden) anslå(et|ede) udgift", none, re.IGNORECASE), none
    # And in English the field's own words too: "1 without cost" read as free of charge.
    for none in (
        "No cost estimate",
        "No cost estimates",
        "%n without cost estimate",
        words._EN["without_cost"],
        words._EN["column_without_cost"],
    ):
        assert re.search(r"\b(no|without( an?)?) cost estimates?\b", none, re.IGNORECASE), none
    assert ("DeliveryTab", "%n without cost estimate") in ui
    assert ui[("TermEditor", "Explained &by")] == ["Forklaret af"]
    assert ui[("TermShowcase", "Explained by %1")] == ["Forklaret af %1"]
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


def test_a_services_contract_length_has_one_name_in_the_ui_the_minutes_and_the_sign_off() -> None:
    ui = translations()
    assert ui[("ServiceEditor", "Contract length (&years)")] == ["Kontraktlængde"]
    assert words._DA["contract_years"] == signoff._FIELD_LABELS_DA["contract_years"]
    assert words._DA["contract_years"] == "Kontraktlængde"
    assert words._EN["contract_years"] == signoff._FIELD_LABELS_EN["contract_years"]
    assert words._EN["contract_years"] == "Contract length"  # the English label's word
    for where in (
        *ui[("DeliveryTab", "%n without contract length")],
        ui[("ServiceEditor", "Annual cost × contract length incl. options")][0],
        ui[("ServiceEditor", "– (needs annual cost and contract length)")][0],
        words._DA["column_without_years"],
    ):
        assert "kontraktlængde" in where, where


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
