"""CPV codes: the shipped list, search in both languages, and validation of typed codes."""

from __future__ import annotations

import csv

import pytest

from desktop.core import cpv
from desktop.core.cpv import CpvCheckDigitError, CpvFormatError
from desktop.resources import resource_path


def test_shipped_list_has_the_115_light_regime_codes_with_check_digits() -> None:
    entries = cpv.social_services()
    assert len(entries) == 115
    assert len({e.code for e in entries}) == 115
    assert all(len(e.code) == 8 and e.code.isdigit() for e in entries)
    assert all(e.check_digit.isdigit() and len(e.check_digit) == 1 for e in entries)
    counselling = cpv.lookup("85312320")
    assert counselling is not None
    assert counselling.label_da == "Konsulenttjenesteydelser"
    assert counselling.label_en == "Counselling services"
    assert counselling.full_code == "85312320-8"


def test_shipped_list_is_the_published_file_unchanged() -> None:
    # Labels exactly as published, typos included (CC BY 4.0: reduced, not altered).
    with resource_path("data", "cpv_social_services.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0] == {
        "code": "75121000",
        "label_da": "Administrative tjenester på uddannelsesområdet",
        "label_en": "Administrative educational services",
    }
    typo = next(r for r in rows if r["code"] == "80430000")
    assert typo["label_da"] == "Voksenundervusning på universitetsniveau"


def test_attribution_names_source_and_licence_in_both_languages() -> None:
    for lang in ("da", "en"):
        text = cpv.attribution(lang)
        assert "CC BY 4.0" in text
        assert "eForms" in text
        assert "https://creativecommons.org/licenses/by/4.0/" in text
    assert "Publikationskontor" in cpv.attribution("da")
    assert "Publications Office" in cpv.attribution("en")
    readme = resource_path("data", "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and "cpv_social-service-cpv.gc" in readme


@pytest.mark.parametrize(
    "query, expected_first",
    [
        ("rådgivning", "85312300"),  # Danish label: Vejledning og rådgivning
        ("counselling", "85312320"),  # English label that starts with it: Counselling services
        ("8531232", "85312320"),  # the start of a code
        ("85312320-8", "85312320"),  # a code with its check digit
        ("RÅDGIVNING", "85312300"),  # any case
        ("vocational rehab", "85312510"),  # every word must match
    ],
)
def test_search_finds_codes_by_danish_or_english_label_or_code(
    query: str, expected_first: str
) -> None:
    found = cpv.search_cpv(query)
    assert found, query
    assert found[0].code == expected_first


def test_search_ranks_codes_starting_with_the_query_first_and_empty_gives_all() -> None:
    found = [e.code for e in cpv.search_cpv("8031")]
    assert found == []  # no code contains 8031
    codes = [e.code for e in cpv.search_cpv("853")]
    assert codes[0].startswith("853")
    assert len(cpv.search_cpv("")) == 115
    assert cpv.search_cpv("ingen sådan ydelse") == []


@pytest.mark.parametrize(
    "typed, stored, verified",
    [
        ("85312320", "85312320", False),
        ("85312320-8", "85312320-8", True),  # the official check digit
        ("  85312320-8 ", "85312320-8", True),
        ("48000000", "48000000", False),  # not on the list: any well-formed code
        ("48000000-8", "48000000-8", False),  # form checked, digit not verifiable
        ("03300000-2", "03300000-2", False),  # the CPV guide's formula would refuse this
    ],
)
def test_well_formed_codes_are_accepted(typed: str, stored: str, verified: bool) -> None:
    code = cpv.parse_cpv(typed)
    assert code.text == stored
    assert code.check_digit_verified is verified
    assert cpv.normalise_cpv(typed) == stored


def test_wrong_check_digit_is_refused_with_the_right_one_named() -> None:
    with pytest.raises(CpvCheckDigitError) as caught:
        cpv.parse_cpv("85312320-5")
    assert caught.value.message("da") == (
        "Kontrolcifferet passer ikke: CPV-kode 85312320 har kontrolciffer 8, ikke 5. "
        "Ret kontrolcifferet, eller skriv koden uden det."
    )
    assert "has check digit 8, not 5" in caught.value.message("en")


@pytest.mark.parametrize(
    "typed", ["8531232", "853123200", "85312320-", "85312320-88", "8531232O", "CPV 85312320", "x"]
)
def test_malformed_codes_are_refused(typed: str) -> None:
    with pytest.raises(CpvFormatError) as caught:
        cpv.parse_cpv(typed)
    assert "8 cifre" in caught.value.message("da")


def test_every_shipped_code_validates_with_its_own_check_digit_only() -> None:
    for entry in cpv.social_services():
        assert cpv.parse_cpv(entry.full_code).check_digit_verified
        wrong = str((int(entry.check_digit) + 1) % 10)
        with pytest.raises(CpvCheckDigitError):
            cpv.parse_cpv(f"{entry.code}-{wrong}")


def test_empty_code_is_stored_empty_and_is_no_social_service() -> None:
    assert cpv.normalise_cpv("   ") == ""
    assert not cpv.is_social_service("")
    assert cpv.is_social_service("85312320-8")
    assert not cpv.is_social_service("48000000-8")
