"""Annex XIV of Directive 2014/24/EU (udbudsloven bilag 10): the light regime as data.

The rule (resources/data/annex_xiv.json): a single code matches only that exact code, not its
children unless they are listed too; a range "from A to B" matches every 8-digit code
numerically between A and B, both included. The expectations below are written out by hand
from the Annex text, not computed with the code under test.
"""

from __future__ import annotations

import csv
import json
import re
from typing import Any

import pytest

from desktop.core import cpv
from desktop.core.cpv import ContractKind
from desktop.resources import resource_path

PRINTED = re.compile(r"(?<!\d)(\d{8})-(\d)(?!\d)")


def _annex() -> dict[str, Any]:
    with resource_path("data", "annex_xiv.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _vocabulary() -> list[str]:
    with resource_path("data", "cpv_2008.csv").open(encoding="utf-8", newline="") as handle:
        return [row["code"] for row in csv.DictReader(handle)]


def _row(code: str) -> int | None:
    row = cpv.annex_xiv_row(code)
    return None if row is None else row.number


# Every range of the Annex: (row, first, last, a code inside, the real CPV 2008 code just
# before the first in code order and the row that lists it (None: not light regime), the
# real code just after the last and its row). A range end that a lower row lists too gives
# that row (75200000 is listed alone in row 1 and starts the range of row 10).
RANGES = [
    (1, "85000000", "85323000", "85141000", "80660000", 2, "90000000", None),
    (1, "98513000", "98514000", "98513200", "98512000", None, "98900000", 13),
    (2, "79995000", "79995200", "79995100", "79994000", None, "79996000", None),
    (2, "80000000", "80660000", "80512000", "79999200", None, "85000000", 1),
    (2, "92000000", "92700000", "92312213", "90924000", None, "98000000", 5),
    (7, "55100000", "55410000", "55250000", "55000000", None, "55500000", None),
    (7, "55521000", "55521200", "55521100", "55520000", 7, "55522000", 7),
    (8, "79100000", "79140000", "79121000", "79000000", None, "79200000", None),
    (9, "75100000", "75120000", "75111100", "75000000", 2, "75121000", 2),
    (9, "75125000", "75131000", "75130000", "75124000", 2, "75131100", None),
    (10, "75200000", "75231000", "75211200", "75131100", None, "75231100", 8),
    (11, "75231210", "75231230", "75231220", "75231200", 1, "75231240", 1),
    (11, "75240000", "75252000", "75242110", "75231240", 1, "75300000", 3),
    (12, "79700000", "79721000", "79714100", "79635000", None, "79722000", 12),
]
FIRST_ROW = {"75200000": 1}  # range ends that a lower row lists alone


def test_the_table_has_every_range_of_the_annex() -> None:
    in_json = sorted(
        (row["number"], item[0][:8], item[1][:8])
        for row in _annex()["rows"]
        for item in row["codes"]
        if isinstance(item, list)
    )
    assert in_json == sorted((r[0], r[1], r[2]) for r in RANGES)


@pytest.mark.parametrize("row, first, last, inside, before, before_row, after, after_row", RANGES)
def test_each_range_includes_its_ends_and_what_lies_between_and_nothing_beyond(
    row: int,
    first: str,
    last: str,
    inside: str,
    before: str,
    before_row: int | None,
    after: str,
    after_row: int | None,
) -> None:
    codes = _vocabulary()
    # The neighbours are the real CPV 2008 codes next to the range ends in code order.
    assert codes[codes.index(first) - 1] == before
    assert codes[codes.index(last) + 1] == after
    assert first < inside < last and inside in codes
    assert _row(first) == FIRST_ROW.get(first, row)
    assert _row(last) == row
    assert _row(inside) == row
    assert _row(before) == before_row
    assert _row(after) == after_row
    # And the 8-digit numbers just outside (not CPV codes, but well-formed): out.
    assert not cpv.is_light_regime(f"{int(first) - 1:08d}")
    assert not cpv.is_light_regime(f"{int(last) + 1:08d}")


@pytest.mark.parametrize(
    "code, row",
    [
        ("75000000", 2),  # listed alone ...
        ("75100000", 9),  # ... its child is in only because row 9's range starts there
        ("75110000", 9),
        ("75121000", 2),
        ("75124000", 2),
        ("75300000", 3),
        ("75310000", 4),  # the children of 75300000 that row 4 lists
        ("75340000", 4),
        ("79611000", 1),
        ("79950000", 2),
        ("79952100", 2),
        ("98000000", 5),
        ("98131000", 6),
        ("98133110", 5),
        ("55520000", 7),
        ("55523100", 7),
        ("75231100", 8),
        ("79430000", 11),  # printed 794300000-7 (see annex_xiv.json, readings)
        ("98113100", 11),
        ("98910000", 13),
        ("64122000", 14),
        ("50116510", 15),
        ("71550000", 15),
    ],
)
def test_single_codes_are_in(code: str, row: int) -> None:
    assert _row(code) == row
    entry = cpv.lookup(code)
    assert entry is not None
    assert cpv.is_light_regime(entry.full_code)  # with its check digit where known


@pytest.mark.parametrize(
    "code",
    [
        "64200000",  # telecommunications: a child of 64000000, not listed
        "64120000",  # courier services: between the listed 64116000 and 64122000
        "98100000",  # a child of 98000000, not listed
        "98110000",
        "98510000",  # a child of 98500000, not listed
        "55500000",  # canteen and catering: parent of listed codes, not listed itself
        "79610000",  # parent of the listed 79611000
        "79612000",  # sibling of 79611000
        "79620000",  # parent of the listed 79622000
        "75310000-2x",  # malformed: not a code
        "",
    ],
)
def test_children_and_neighbours_of_single_codes_are_out_unless_listed(code: str) -> None:
    assert not cpv.is_light_regime(code)


def test_no_child_of_a_single_code_is_in_unless_the_annex_lists_it() -> None:
    """Every CPV 2008 code below a code listed alone is in only if listed or in a range."""
    singles: set[str] = set()
    ranges: list[tuple[int, int]] = []
    for row in _annex()["rows"]:
        for item in row["codes"]:
            if isinstance(item, list):
                ranges.append((int(item[0][:8]), int(item[1][:8])))
            else:
                singles.add(item[:8])
    checked = 0
    for code in _vocabulary():
        parents = [s for s in singles if s != code and code.startswith(s.rstrip("0"))]
        if not parents:
            continue
        listed = code in singles or any(lo <= int(code) <= hi for lo, hi in ranges)
        assert cpv.is_light_regime(code) is listed, (code, parents)
        checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    "code",
    [
        "79611000",  # job search services (row 1)
        "80580000",  # provision of language courses (row 2, education range)
        "80530000",  # vocational training services
        "80400000",  # adult and other education services
        "55520000",  # catering services (row 7)
        "79100000",  # legal services (row 8)
        # 80533100 computer training: the exceptions "except 80533000, 80533100, 80533200"
        # belong to Directive 2004/18/EC Annex II B, not to 2014/24 Annex XIV, whose row 2
        # covers 80000000-80660000 whole (see resources/data/README.md).
        "80533100",
        "92230000",  # likewise: the old 92 exceptions are not in Annex XIV
        "85312320-8",
    ],
)
def test_named_light_regime_codes(code: str) -> None:
    assert cpv.is_light_regime(code)
    assert cpv.kind_of(code) is ContractKind.SERVICES


def test_works_supplies_and_ordinary_services() -> None:
    assert cpv.kind_of("45210000") is ContractKind.WORKS
    assert not cpv.is_light_regime("45210000")
    assert cpv.kind_of("48000000") is ContractKind.SUPPLIES
    assert not cpv.is_light_regime("48000000")
    assert cpv.kind_of("72000000") is ContractKind.SERVICES
    assert not cpv.is_light_regime("72000000")  # IT services: the ordinary rules


def test_light_regime_in_cpv_2008_has_423_codes_all_services() -> None:
    entries = cpv.light_regime_entries()
    assert len(entries) == 423
    assert all(cpv.kind_of(e.code) is ContractKind.SERVICES for e in entries)
    assert [e.code for e in entries] == sorted(e.code for e in entries)


def test_every_row_has_headings_printed_text_and_codes() -> None:
    rows = _annex()["rows"]
    assert [row["number"] for row in rows] == list(range(1, 16))
    for row in rows:
        for key in ("heading_da", "heading_en", "printed"):
            assert isinstance(row[key], str) and row[key].strip(), (row["number"], key)
        assert row["codes"], row["number"]
    assert rows[0]["heading_en"] == "Health, social and related services"
    assert [r.number for r in cpv.annex_xiv()] == list(range(1, 16))
    assert cpv.annex_xiv()[13].heading("da") == "Posttjenester"
    row = cpv.annex_xiv_row("79611000-0")
    assert row is not None and row.printed == rows[0]["printed"]


def test_the_file_records_its_source_and_the_rule() -> None:
    data = _annex()
    assert "32014L0024" in data["source"]["celex"]
    assert "OJ L 94" in data["source"]["where"]
    assert "EUR-Lex" in data["source"]["transcribed"]
    assert "children are NOT included" in data["matching_rule"]
    readme = resource_path("data", "README.md").read_text(encoding="utf-8")
    assert "annex_xiv.json" in readme and "2004/18/EC Annex II B" in readme
    assert "descriptive" in readme.lower()


def _printed_codes() -> list[tuple[int, str, str]]:
    """(row, code, digit) for every code printed in the CPV column, with the one reading."""
    found = []
    for row in _annex()["rows"]:
        text = row["printed"]
        for reading in row.get("readings", []):
            text = text.replace(reading["printed"], reading["read_as"])
        found += [(row["number"], m.group(1), m.group(2)) for m in PRINTED.finditer(text)]
    return found


def test_the_codes_are_exactly_the_codes_printed() -> None:
    for row in _annex()["rows"]:
        text = row["printed"]
        for reading in row.get("readings", []):
            text = text.replace(reading["printed"], reading["read_as"])
        printed = {f"{m.group(1)}-{m.group(2)}" for m in PRINTED.finditer(text)}
        listed = {
            end for item in row["codes"] for end in (item if isinstance(item, list) else [item])
        }
        # Row 7 explains its range 55521000-8 to 55521200-0 by naming 55521100-9 inside it.
        inside_ranges = {"55521100-9"} if row["number"] == 7 else set()
        assert printed == listed | inside_ranges, row["number"]
    assert "794300000-7" in _annex()["rows"][10]["printed"]  # kept as printed


def test_every_printed_code_is_in_cpv_2008_with_one_check_digit() -> None:
    codes = set(_vocabulary())
    digits: dict[str, str] = {}
    for number, code, digit in _printed_codes():
        assert code in codes, (number, code)
        assert digits.setdefault(code, digit) == digit, code  # printed alike wherever printed
    assert len(digits) == 97  # distinct codes printed in the Annex


def test_printed_check_digits_agree_with_the_art77_table_where_both_have_a_code() -> None:
    with resource_path("data", "cpv_check_digits.csv").open(encoding="utf-8") as handle:
        table = {row["code"]: row["check_digit"] for row in csv.DictReader(handle)}
    both = [(code, digit) for _n, code, digit in _printed_codes() if code in table]
    assert len(both) >= 12  # 75121000, 85000000, 85323000, 98133110, ...
    for code, digit in both:
        assert table[code] == digit, code


def test_printed_check_digits_are_checked_when_typed() -> None:
    for _number, code, digit in _printed_codes():
        assert cpv.parse_cpv(f"{code}-{digit}").check_digit_verified
        entry = cpv.lookup(code)
        assert entry is not None and entry.full_code == f"{code}-{digit}"
    with pytest.raises(cpv.CpvCheckDigitError):
        cpv.parse_cpv("75200000-9")  # printed 75200000-8
