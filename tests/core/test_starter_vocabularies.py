"""The starter vocabularies that ship in resources/glossaries, and their loader.

The files are read twice: raw (so a mistake the loader might paper over still shows)
and through `desktop.core.starter_vocabularies` (so the loader's checks are tested).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from desktop.core import starter_vocabularies as sv

EXPECTED = {
    # key: (side, minimum number of terms)
    "beskaeftigelse": ("domain", 25),
    "indkoeb": ("procurement", 35),
    "specialiseret_socialomraade": ("domain", 10),
}

# When each vocabulary's sources were last checked (the "checked" field).
CHECKED = {
    "beskaeftigelse": "2026-12-04",
    "indkoeb": "2026-12-04",
    "specialiseret_socialomraade": "2026-11-27",
}

REQUIRED_TERMS = {
    "indkoeb": [
        "udbud",
        "tærskelværdi",
        "light-regime",
        "rammeaftale",
        "direkte tildeling",
        "markedsdialog",
        "mindstekrav",
        "tildelingskriterier",
        "kontraktvilkår",
        "leverandørstyring",
        "CPV-kode",
        "SKI",
        "kravspecifikation",
        "ydelse",
        "leverandør",
        "kontraktopfølgning",
        "udbudsbekendtgørelse",
        "annoncering",
        "udbud med forhandling",
        "bedste forhold mellem pris og kvalitet",
        "evalueringsmodel",
        "egnethed",
        "ESPD",
        "Klagenævnet for Udbud",
        "standstillperiode",
        "option",
        "kontraktperiode",
        "tilbudsfrist",
        "underretning",
        "aftalegrundlag",
        "konkurrenceudsættelse",
        "tildelingsbeslutning",
        "delaftale",
        "reserveret kontrakt",
        "målgruppe",
    ],
    "beskaeftigelse": [
        "aktivitetsparat",
        "jobparat",
        "virksomhedspraktik",
        "løntilskud",
        "mentorstøtte",
        "ressourceforløb",
        "jobafklaringsforløb",
        "fleksjob",
        "andre aktører",
        "progression",
        "effekt",
        "beskæftigelsesreformen",
        "målgruppe",
        "tilbud",
        "indsatsbeskrivelse",
        "jobsamtale",
        "uddannelseshjælp",
        "kontanthjælp",
        "sygedagpenge",
        "revalidering",
        "ledighedsydelse",
        "forsørgelse",
        "virksomhedsrettet indsats",
        "IPS",
    ],
    "specialiseret_socialomraade": [
        "socialpædagogisk støtte (§ 85)",
        "midlertidigt botilbud (§ 107)",
        "længerevarende botilbud (§ 108)",
        "beskyttet beskæftigelse (§ 103)",
        "aktivitets- og samværstilbud (§ 104)",
        "socialtilsyn",
        "Tilbudsportalen",
        "VUM (voksenudredningsmetoden)",
        "takst",
        "handlekommune og betalingskommune",
        "rammeaftale på det specialiserede socialområde",
    ],
}

# Pairs the demo workshop links across the table (docs/SCENARIO.md): both ends must exist.
COUNTERPARTS = [
    ("leverandør", "andre aktører"),
    ("ydelse", "tilbud"),
    ("kontraktopfølgning", "progression"),
    ("kravspecifikation", "indsatsbeskrivelse"),
    ("målgruppe", "målgruppe"),
]

TEXT_FIELDS = ("term_da", "explanation_da", "example_da", "term_en", "explanation_en", "example_en")
ALL_FIELDS = (*TEXT_FIELDS, "source")

# Commission Delegated Regulation (EU) 2025/2152: the EU thresholds for 2026-2027 that
# a municipal buyer meets (services, sub-central authorities; the light regime).
THRESHOLDS_EUR = {216_000, 750_000}
EURO_AMOUNT = re.compile(
    r"(?:EUR\s*(\d{1,3}(?:[.,\s]\d{3})+))|(?:(\d{1,3}(?:[.,\s]\d{3})+)\s*(?:euro|EUR))"
)


def raw(key: str) -> dict[str, Any]:
    path = sv.glossaries_dir() / f"{key}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def all_terms() -> list[tuple[str, dict[str, str]]]:
    return [(key, term) for key in EXPECTED for term in raw(key)["terms"]]


# --- the files -------------------------------------------------------------------------


def test_the_three_vocabularies_ship_sorted_by_key() -> None:
    vocabularies = sv.available()
    assert [v.key for v in vocabularies] == sorted(EXPECTED)
    assert {p.name for p in sv.glossaries_dir().glob("*.json")} == {f"{k}.json" for k in EXPECTED}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_side_count_titles_and_date(key: str) -> None:
    side, minimum = EXPECTED[key]
    vocabulary = sv.load(key)
    assert vocabulary.side == side
    assert len(vocabulary.terms) >= minimum
    assert vocabulary.title_da and vocabulary.title_en
    assert vocabulary.title("da") == vocabulary.title_da
    assert vocabulary.title("en") == vocabulary.title_en
    assert vocabulary.checked == CHECKED[key]
    assert raw(key)["key"] == key


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_every_field_is_filled_and_trimmed(key: str) -> None:
    for term in raw(key)["terms"]:
        assert set(term) == set(ALL_FIELDS), term.get("term_da")
        for field in ALL_FIELDS:
            value = term[field]
            assert isinstance(value, str) and value.strip(), (term["term_da"], field)
            assert value == value.strip(), (term["term_da"], field)
            assert "  " not in value, (term["term_da"], field, "double space")
            assert "\n" not in value, (term["term_da"], field, "line break")


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_no_duplicate_terms_within_a_file(key: str) -> None:
    for field in ("term_da", "term_en"):
        names = [term[field].casefold() for term in raw(key)["terms"]]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        assert not duplicates, (key, field, duplicates)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_required_terms_are_present(key: str) -> None:
    names = {term.term_da for term in sv.load(key).terms}
    missing = [name for name in REQUIRED_TERMS[key] if name not in names]
    assert not missing, (key, missing)


def test_scenario_counterparts_exist_on_both_sides() -> None:
    procurement = {t.term_da for t in sv.load("indkoeb").terms}
    labour = {t.term_da for t in sv.load("beskaeftigelse").terms}
    for left, right in COUNTERPARTS:
        assert left in procurement, left
        assert right in labour, right


def test_explanations_are_short_and_sentences_end_properly() -> None:
    for key, term in all_terms():
        for field in ("explanation_da", "explanation_en", "example_da", "example_en"):
            text = term[field]
            assert len(text) <= 500, (key, term["term_da"], field, len(text))
            assert text[-1] in '.!?»«"”', (key, term["term_da"], field)
            assert text[0].isupper() or text[0].isdigit(), (key, term["term_da"], field)


def test_danish_and_english_are_both_written() -> None:
    for key, term in all_terms():
        assert term["explanation_da"] != term["explanation_en"], (key, term["term_da"])
        assert term["example_da"] != term["example_en"], (key, term["term_da"])


def test_every_source_can_be_looked_up() -> None:
    """A law with its § or chapter, or the authority or document it comes from."""
    pointers = ("§", "kapitel", "afsnit", "artikel", "lov", "forordning", "direktiv")
    authorities = ("styrelse", "star", "ski", "kl", "fagbegreb", "praksis", "indkøb")
    for key, term in all_terms():
        source = term["source"]
        assert len(source) >= 15, (key, term["term_da"], source)
        folded = source.casefold()
        assert any(p in folded for p in (*pointers, *authorities)), (key, term["term_da"])


def test_threshold_amounts_match_the_2026_2027_regulation() -> None:
    """Every euro amount in any text is one of the thresholds in Regulation 2025/2152."""
    found: set[int] = set()
    for key, term in all_terms():
        for field in (*TEXT_FIELDS, "source"):
            for match in EURO_AMOUNT.finditer(term[field]):
                digits = re.sub(r"\D", "", match.group(1) or match.group(2))
                amount = int(digits)
                assert amount in THRESHOLDS_EUR, (key, term["term_da"], field, match.group(0))
                found.add(amount)
    # The procurement vocabulary states both, in Danish and English.
    by_name = {t.term_da: t for t in sv.load("indkoeb").terms}
    assert "216.000 euro" in by_name["tærskelværdi"].explanation_da
    assert "EUR 216,000" in by_name["tærskelværdi"].explanation_en
    assert "750.000 euro" in by_name["light-regime"].explanation_da
    assert "EUR 750,000" in by_name["light-regime"].explanation_en
    assert "2025/2152" in by_name["tærskelværdi"].source
    assert found == THRESHOLDS_EUR


def test_employment_reform_facts() -> None:
    by_name = {t.term_da: t for t in sv.load("beskaeftigelse").terms}
    reform = by_name["beskæftigelsesreformen"]
    assert "9. april 2025" in reform.explanation_da
    assert "lov nr. 1750 af 29. december 2025" in reform.explanation_da
    assert "1. februar og 1. juli 2026" in reform.explanation_da
    assert "Act no. 1750 of 29 December 2025" in reform.explanation_en
    for closed in ("ressourceforløb", "revalidering"):
        assert "nye borgere" in by_name[closed].explanation_da, closed
        assert "1750" in by_name[closed].source, closed


def test_sources_say_what_they_cite() -> None:
    """Issue 16: each § named is the one that says what the term says."""
    by_name = {t.term_da: t for t in sv.load("indkoeb").terms}
    minimum = by_name["mindstekrav"]
    assert "§ 159, stk. 2" in minimum.source
    assert "§ 140" not in minimum.source and "§ 171" not in minimum.source
    assert "kan ikke få kontrakten" in minimum.explanation_da
    assert "cannot win the contract" in minimum.explanation_en
    deadline = by_name["tilbudsfrist"]
    assert "§ 60, stk. 5" in deadline.source
    assert "mindst 10 dage" in deadline.explanation_da
    assert "at least 10 days" in deadline.explanation_en
    assert "§ 24, nr. 28" in by_name["ordregiver"].source


def test_standstillperiode_is_spelled_as_the_law_spells_it() -> None:
    names = {t.term_da for t in sv.load("indkoeb").terms}
    assert "standstillperiode" in names
    for key, term in all_terms():
        for field in ("term_da", "explanation_da", "example_da", "source"):
            assert "standstill-period" not in term[field], (key, term["term_da"], field)


def test_terms_citing_lab_2019_say_a_new_law_is_planned_from_2027() -> None:
    citing = [t for _k, t in all_terms() if "lov nr. 548 af 7. maj 2019" in t["source"]]
    assert len(citing) >= 15
    for term in citing:
        assert "1. januar 2027" in term["source"], term["term_da"]
        assert "skal kontrolleres" in term["source"], term["term_da"]


def test_jobsamtale_is_an_employment_counselling_meeting_in_english() -> None:
    term = {t.term_da: t for t in sv.load("beskaeftigelse").terms}["jobsamtale"]
    assert term.term_en == "employment counselling meeting"
    assert "job interview" not in term.term_en + term.example_en


def test_checked_date_is_shown_in_words_and_travels_with_the_source() -> None:
    vocabulary = sv.load("indkoeb")
    assert vocabulary.checked_label("da") == "Kontrolleret 4. december 2026"
    assert vocabulary.checked_label("en") == "Checked 4 December 2026"
    term = {t.term_da: t for t in vocabulary.terms}["mindstekrav"]
    assert vocabulary.source_of(term, "da") == term.source + ". Kontrolleret 4. december 2026."
    assert vocabulary.source_of(term, "en").endswith(". Checked 4 December 2026.")
    social = sv.load("specialiseret_socialomraade")
    assert social.checked_label("da") == "Kontrolleret 27. november 2026"
    undated = sv.parse({**good_data(), "checked": "2026-11-27"})
    assert undated.checked_label("da") == "Kontrolleret 27. november 2026"
    data = good_data()
    del data["checked"]
    bare = sv.parse(data)
    assert bare.checked_label("da") == ""
    assert bare.source_of(bare.terms[0], "da") == bare.terms[0].source


def test_no_term_names_a_real_municipality_other_than_the_fictional_one() -> None:
    """Examples speak of 'kommunen' or the fictional Eksempel Kommune, not real places."""
    pattern = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+) Kommune\b")
    for key, term in all_terms():
        for field in ("example_da", "explanation_da"):
            for match in pattern.finditer(term[field]):
                assert match.group(1) == "Eksempel", (key, term["term_da"], match.group(0))


# --- the loader --------------------------------------------------------------------------


def test_text_picks_the_language() -> None:
    term = sv.load("indkoeb").terms[0]
    assert term.text("da") == (term.term_da, term.explanation_da, term.example_da)
    assert term.text("en") == (term.term_en, term.explanation_en, term.example_en)
    with pytest.raises(ValueError, match="Unknown language"):
        term.text("de")


def test_load_returns_what_available_lists() -> None:
    for vocabulary in sv.available():
        assert sv.load(vocabulary.key) == vocabulary


@pytest.mark.parametrize("key", ["nope", "../indkoeb", "Indkoeb", "", "indkoeb.json"])
def test_unknown_or_odd_key_is_refused(key: str) -> None:
    with pytest.raises(ValueError):
        sv.load(key)


def test_objects_are_frozen() -> None:
    term = sv.load("indkoeb").terms[0]
    with pytest.raises(AttributeError):
        term.term_da = "x"  # type: ignore[misc]


def good_data() -> dict[str, Any]:
    return {
        "key": "proeve",
        "side": "domain",
        "title_da": "Prøve",
        "title_en": "Sample",
        "checked": "2026-11-27",
        "terms": [
            {
                "term_da": "tilbud",
                "explanation_da": "En indsats over for borgeren.",
                "example_da": "Et kursus.",
                "term_en": "offer",
                "explanation_en": "A measure for the citizen.",
                "example_en": "A course.",
                "source": "Lov om en aktiv beskæftigelsesindsats",
            }
        ],
    }


def test_parse_accepts_a_good_file() -> None:
    vocabulary = sv.parse(good_data(), origin="proeve.json", expected_key="proeve")
    assert vocabulary.key == "proeve"
    assert vocabulary.terms[0].term_en == "offer"


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("side",), "both", "side"),
        (("key",), "Prøve", "key"),
        (("title_da",), "", "title_da is empty"),
        (("title_en",), 5, "must be text"),
        (("checked",), "27-11-2026", "YYYY-MM-DD"),
        (("checked",), "2026-02-30", "YYYY-MM-DD"),
        (("terms",), [], "non-empty list"),
        (("terms",), "tilbud", "non-empty list"),
        (("extra",), 1, "unknown field"),
        (("terms", 0, "source"), _DELETE, "missing field source"),
        (("terms", 0, "example_en"), "   ", "example_en is empty"),
        (("terms", 0, "term_da"), " tilbud", "start or end"),
        (("terms", 0, "note"), "x", "unknown field"),
        (("terms", 0), "tilbud", "must be a JSON object"),
    ],
)
def test_parse_refuses_a_malformed_file(path: tuple[Any, ...], value: Any, message: str) -> None:
    data = good_data()
    _set(data, path, value)
    with pytest.raises(sv.MalformedVocabularyError, match=re.escape(message)) as caught:
        sv.parse(data, origin="proeve.json")
    assert "proeve.json" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_parse_refuses_duplicate_terms_case_insensitively() -> None:
    data = good_data()
    twin = dict(data["terms"][0], term_da="Tilbud")
    data["terms"].append(twin)
    with pytest.raises(ValueError, match="repeats term 1"):
        sv.parse(data)


def test_parse_refuses_a_key_that_does_not_match_the_file_name() -> None:
    with pytest.raises(ValueError, match="does not match the file name"):
        sv.parse(good_data(), origin="andet.json", expected_key="andet")


def test_parse_refuses_something_that_is_not_an_object() -> None:
    with pytest.raises(ValueError, match="one JSON object"):
        sv.parse([good_data()])


def test_broken_files_in_the_folder_are_reported_with_their_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sv, "glossaries_dir", lambda: tmp_path)
    (tmp_path / "proeve.json").write_text(json.dumps(good_data()), encoding="utf-8")
    assert [v.key for v in sv.available()] == ["proeve"]

    (tmp_path / "broken.json").write_text('{"key": "broken",', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json: not valid JSON"):
        sv.available()
    (tmp_path / "broken.json").write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(ValueError, match="not UTF-8"):
        sv.load("broken")


def test_no_folder_means_no_vocabularies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sv, "glossaries_dir", lambda: tmp_path / "missing")
    assert sv.available() == []
