"""CPV codes: the shipped vocabulary, the art. 77 list, search in both languages, contract
kinds, and validation of typed codes. Annex XIV (the light regime): test_annex_xiv.py."""

from __future__ import annotations

import csv
import importlib.util
import time
from pathlib import Path
from types import ModuleType

import pytest

from desktop.core import cpv
from desktop.core.cpv import ContractKind, CpvCheckDigitError, CpvFormatError
from desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def _cpv_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cpv_data", ROOT / "build" / "cpv_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name: str) -> list[dict[str, str]]:
    with resource_path("data", name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_vocabulary_is_the_whole_cpv_2008_sorted_with_both_labels() -> None:
    rows = _rows("cpv_2008.csv")
    assert list(rows[0]) == ["code", "label_da", "label_en"]
    codes = [row["code"] for row in rows]
    assert len(codes) == 9454 == len(set(codes))
    assert codes == sorted(codes)
    assert all(len(code) == 8 and code.isdigit() for code in codes)
    assert all(row["label_da"].strip() and row["label_en"].strip() for row in rows)
    assert len(cpv.vocabulary()) == 9454
    # Labels exactly as published, typos included (CC BY 4.0: reduced, not altered).
    typo = cpv.lookup("80430000")
    assert typo is not None and typo.label_da == "Voksenundervusning på universitetsniveau"
    course = cpv.lookup("80580000")
    assert course is not None
    assert (course.label_da, course.label_en) == (
        "Afholdelse af sprogkurser",
        "Provision of language courses",
    )


def test_vocabulary_labels_agree_with_the_art77_list_where_both_have_a_code() -> None:
    for entry in cpv.reserved_art77():
        found = cpv.lookup(entry.code)
        assert found is not None, entry.code
        assert (found.label_da, found.label_en) == (entry.label_da, entry.label_en)


def test_lookup_takes_any_cpv_2008_code_with_or_without_check_digit() -> None:
    counselling = cpv.lookup("85312320")
    assert counselling is not None
    assert counselling.label("da") == "Konsulenttjenesteydelser"
    assert counselling.label("en") == "Counselling services"
    assert counselling.full_code == "85312320-8"
    assert cpv.lookup(" 85312320-8 ") == counselling
    assert cpv.lookup("8531 2320") == counselling
    software = cpv.lookup("48000000-8")  # supplies: in CPV 2008, digit not on file
    assert software is not None and software.label_en == "Software package and information systems"
    assert software.check_digit == "" and software.full_code == "48000000"
    assert cpv.lookup("85312329") is None  # well-formed, not in CPV 2008
    assert cpv.lookup("") is None
    assert cpv.lookup("8531232") is None


def test_art77_list_is_the_115_codes_renamed_and_not_the_light_regime() -> None:
    entries = cpv.reserved_art77()
    assert len(entries) == 115 == len({e.code for e in entries})
    assert all(e.check_digit.isdigit() and len(e.check_digit) == 1 for e in entries)
    assert entries[0].code == "75121000"
    assert cpv.is_reserved_art77("85312320-8")
    assert cpv.is_reserved_art77("80110000")
    # 79611000 job search is light regime (Annex XIV) but may not be reserved under art. 77.
    assert not cpv.is_reserved_art77("79611000")
    assert cpv.is_light_regime("79611000")
    assert not cpv.is_reserved_art77("")
    assert not resource_path("data", "cpv_social_services.csv").exists()


def test_the_light_regime_is_annex_xiv_not_the_art_77_list() -> None:
    assert cpv.is_light_regime("79611000")  # Annex XIV, not on the art. 77 list
    assert not cpv.is_reserved_art77("79611000")
    assert cpv.is_light_regime("85312320-8")
    assert not cpv.is_light_regime("48000000-8")
    assert not cpv.is_light_regime("")
    assert not hasattr(cpv, "is_social_service")  # the old, misleading name is gone


@pytest.mark.parametrize(
    "code, kind",
    [
        ("45210000", ContractKind.WORKS),  # division 45: construction work
        ("45000000-7", ContractKind.WORKS),
        ("03000000", ContractKind.SUPPLIES),  # the first division
        ("44000000", ContractKind.SUPPLIES),
        ("48000000", ContractKind.SUPPLIES),  # software packages are supplies
        ("50000000", ContractKind.SERVICES),
        ("72000000", ContractKind.SERVICES),
        ("98000000", ContractKind.SERVICES),  # the last division
        ("85312320-8", ContractKind.SERVICES),
        ("", None),
        ("   ", None),
        ("01000000", None),  # no division 01 in CPV 2008
        ("46000000", None),
        ("49000000", None),
        ("99000000", None),
    ],
)
def test_kind_of_goes_by_division(code: str, kind: ContractKind | None) -> None:
    assert cpv.kind_of(code) is kind


def test_contract_kinds_are_strings() -> None:
    assert [k.value for k in ContractKind] == ["works", "supplies", "services"]
    assert ContractKind.WORKS == "works"


def test_group_is_the_first_three_digits() -> None:
    assert cpv.cpv_group("85312320-8") == "853"
    assert cpv.cpv_group(" 80110000") == "801"
    assert cpv.cpv_group("") == ""


def test_attribution_names_source_and_licence_in_both_languages() -> None:
    for lang in ("da", "en"):
        text = cpv.attribution(lang)
        assert "CC BY 4.0" in text
        assert "eForms" in text
        assert "code_da.xml" in text and "cpv_social-service-cpv.gc" in text
        assert "https://creativecommons.org/licenses/by/4.0/" in text
    assert "Publikationskontor" in cpv.attribution("da")
    assert "artikel 77" in cpv.attribution("da")
    assert "Publications Office" in cpv.attribution("en")
    assert "Article 77" in cpv.attribution("en")
    readme = resource_path("data", "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and "cpv_social-service-cpv.gc" in readme
    assert "3242fbf" in readme and "labels unchanged" in readme
    assert "build/cpv_data.py" in readme


@pytest.mark.parametrize(
    "query, expected_first",
    [
        ("rådgivning", "71310000"),  # Danish label that starts with it: Rådgivning inden for ...
        ("counselling", "85312320"),  # English label that starts with it: Counselling services
        ("8531232", "85312320"),  # the start of a code
        ("85312320-8", "85312320"),  # a code with its check digit
        ("48000000-8", "48000000"),  # a check digit we cannot verify: searched as the code
        ("RÅDGIVNING", "71310000"),  # any case
        ("vocational rehab", "85312510"),  # every word must match
        ("sprogkurser", "80580000"),  # the whole vocabulary, not only a list of services
        ("motorkøretøjer", "34100000"),
    ],
)
def test_search_finds_codes_by_danish_or_english_label_or_code(
    query: str, expected_first: str
) -> None:
    found = cpv.search_cpv(query)
    assert found, query
    assert found[0].code == expected_first


def test_search_ranks_codes_then_labels_starting_with_the_query_then_the_rest() -> None:
    assert cpv.search_cpv("8039") == []  # no code or label contains 8039
    assert [e.code for e in cpv.search_cpv("8031")] == ["80310000"]
    codes = [e.code for e in cpv.search_cpv("853")]
    starting = [code.startswith("853") for code in codes]
    assert starting[0] and not starting[-1]  # e.g. 38530000 contains 853 further in
    assert starting == sorted(starting, reverse=True)  # codes starting with it come first
    found = cpv.search_cpv("rådgivning")
    starts = [e.label_da.casefold().startswith("rådgivning") for e in found]
    assert starts[0] and not starts[-1]
    assert starts == sorted(starts, reverse=True)  # all that start with it come first
    first_rest = starts.index(False)
    assert [e.code for e in found[first_rest:]] == sorted(e.code for e in found[first_rest:])
    assert "85312300" in [e.code for e in found]  # Vejledning og rådgivning: contains it
    assert cpv.search_cpv("ingen sådan ydelse") == []


def test_search_of_nothing_gives_the_whole_vocabulary_and_limit_cuts() -> None:
    assert len(cpv.search_cpv("")) == 9454
    assert [e.code for e in cpv.search_cpv("", limit=3)] == ["03000000", "03100000", "03110000"]
    assert len(cpv.search_cpv("a", limit=200)) == 200
    assert len(cpv.search_cpv("a")) > 200


def test_search_is_fast_enough_to_run_on_every_keystroke() -> None:
    cpv.search_cpv("warm up")  # builds the haystacks once
    start = time.perf_counter()
    for query in ("s", "so", "soc", "soci", "socia", "social"):
        cpv.search_cpv(query, limit=200)
    assert (time.perf_counter() - start) / 6 < 0.1  # well under a keystroke's time


@pytest.mark.parametrize(
    "typed, stored, verified",
    [
        ("85312320", "85312320", False),
        ("85312320-8", "85312320-8", True),  # the official check digit (art. 77 table)
        ("  85312320-8 ", "85312320-8", True),
        ("79611000-0", "79611000-0", True),  # as printed in Annex XIV
        ("48000000", "48000000", False),  # in CPV 2008, no digit on file
        ("48000000-8", "48000000-8", False),  # form checked, digit not verifiable
        ("03300000-2", "03300000-2", False),  # the CPV guide's formula would refuse this
        ("85312329", "85312329", False),  # not in CPV 2008: the form is enough
        ("85312329-1", "85312329-1", False),
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
    with pytest.raises(CpvCheckDigitError) as annex:
        cpv.parse_cpv("79611000-3")  # Annex XIV prints 79611000-0
    assert "har kontrolciffer 0, ikke 3" in annex.value.message("da")


@pytest.mark.parametrize(
    "typed", ["8531232", "853123200", "85312320-", "85312320-88", "8531232O", "CPV 85312320", "x"]
)
def test_malformed_codes_are_refused(typed: str) -> None:
    with pytest.raises(CpvFormatError) as caught:
        cpv.parse_cpv(typed)
    assert "8 cifre" in caught.value.message("da")


def test_every_art77_code_validates_with_its_own_check_digit_only() -> None:
    for entry in cpv.reserved_art77():
        assert cpv.parse_cpv(entry.full_code).check_digit_verified
        assert cpv.lookup(entry.code).full_code == entry.full_code  # type: ignore[union-attr]
        wrong = str((int(entry.check_digit) + 1) % 10)
        with pytest.raises(CpvCheckDigitError):
            cpv.parse_cpv(f"{entry.code}-{wrong}")


def test_empty_code_is_stored_empty() -> None:
    assert cpv.normalise_cpv("   ") == ""
    assert cpv.annex_xiv_row("") is None
    assert cpv.kind_of("") is None


SDK_XML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">
<properties>
<comment>code in {lang}.</comment>
<entry key="code|name|accessibility.inc">{other}</entry>
<entry key="code|name|cpv.80580000">{course}</entry>
<entry key="code|name|cpv.03000000">{farm}</entry>
</properties>
"""


def test_build_script_takes_the_cpv_labels_from_an_sdk_checkout(tmp_path: Path) -> None:
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "code_da.xml").write_text(
        SDK_XML.format(lang="Danish", other="Ja", course="Afholdelse af sprogkurser",
                       farm="Produkter fra landbrug, husdyrbrug &amp; skovbrug"),
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "translations" / "code_en.xml").write_text(
        SDK_XML.format(lang="English", other="Yes", course="Provision of language courses",
                       farm="Agricultural, farming &amp; forestry products"),
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "cpv.csv"
    assert _cpv_data().main([str(tmp_path), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (
        "code,label_da,label_en\n"
        '03000000,"Produkter fra landbrug, husdyrbrug & skovbrug",'
        '"Agricultural, farming & forestry products"\n'
        "80580000,Afholdelse af sprogkurser,Provision of language courses\n"
    )


def test_build_script_writes_the_shipped_file_byte_for_byte(tmp_path: Path) -> None:
    rows = [(r["code"], r["label_da"], r["label_en"]) for r in _rows("cpv_2008.csv")]
    out = tmp_path / "again.csv"
    _cpv_data().write(rows, out)
    assert out.read_bytes() == resource_path("data", "cpv_2008.csv").read_bytes()
