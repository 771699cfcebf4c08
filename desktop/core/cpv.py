"""CPV codes: the CPV 2008 vocabulary, Annex XIV (light regime), art. 77, search, validation.

Three lists ship in resources/data (see its README for sources and licences):

- cpv_2008.csv: every code of the Common Procurement Vocabulary, CPV 2008 (Commission
  Regulation (EC) No 213/2008), with its Danish and English label (eForms SDK).
- annex_xiv.json: Annex XIV of Directive 2014/24/EU (udbudsloven bilag 10), the social and
  other specific services of the light regime (udbudsloven afsnit III), as single codes and
  ranges. A single code matches only itself; a range matches every 8-digit code numerically
  between its ends, both included.
- cpv_reserved_art77.csv: the 115 codes of Directive 2014/24/EU art. 77 (contracts that may
  be reserved for public-service organisations; eForms rule BR-0075-0001). Not the light
  regime.

A CPV code is 8 digits, optionally followed by its check digit ("85312320-8"). Regulation
(EC) No 213/2008 says only that "a ninth digit serves to verify the previous digits" and
gives no algorithm; the calculation in the CPV guide does not reproduce the published
digits, which the Publications Office confirmed in 2024 (OP-TED/ePO discussion #589). So a
typed check digit is compared with the official digit where we have one (the art. 77 table
resources/data/cpv_check_digits.csv, and the digits printed in Annex XIV); for any other
code only the form is checked, and `CpvCode.check_digit_verified` says which. A well-formed
code that is not in CPV 2008 is accepted (form only); `lookup` gives None for it.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from desktop.core.errors import TvaersError
from desktop.resources import resource_path

_FORM = re.compile(r"^(\d{8})(?:-(\d))?$")
_PRINTED_CODE = re.compile(r"(?<!\d)(\d{8})-(\d)(?!\d)")


class CpvFormatError(TvaersError):
    da = (
        "»{typed}« er ikke en CPV-kode. Skriv 8 cifre, fx 85312320, eventuelt med "
        "kontrolciffer: 85312320-8."
    )
    en = (
        "'{typed}' is not a CPV code. Type 8 digits, e.g. 85312320, optionally with its "
        "check digit: 85312320-8."
    )


class CpvCheckDigitError(TvaersError):
    da = (
        "Kontrolcifferet passer ikke: CPV-kode {code} har kontrolciffer {right}, ikke {typed}. "
        "Ret kontrolcifferet, eller skriv koden uden det."
    )
    en = (
        "The check digit does not match: CPV code {code} has check digit {right}, not {typed}. "
        "Correct the check digit, or type the code without it."
    )


class ContractKind(StrEnum):
    """The kind of contract a CPV code names, by its division (see `kind_of`)."""

    WORKS = "works"
    SUPPLIES = "supplies"
    SERVICES = "services"


@dataclass(frozen=True)
class CpvEntry:
    """One code of CPV 2008, with its official labels."""

    code: str  # 8 digits
    label_da: str
    label_en: str
    check_digit: str  # the official ninth digit, "" when not known

    def label(self, lang: str) -> str:
        return self.label_da if lang == "da" else self.label_en

    @property
    def full_code(self) -> str:
        """ "85312320-8"; just the 8 digits when the check digit is not known."""
        return f"{self.code}-{self.check_digit}" if self.check_digit else self.code


@dataclass(frozen=True)
class CpvCode:
    """A typed code that passed validation."""

    code: str  # 8 digits
    check_digit: str  # as typed, or "" when none was typed
    check_digit_verified: bool  # True only when compared with an official digit

    @property
    def text(self) -> str:
        """How it is stored: the code as typed, without spaces."""
        return f"{self.code}-{self.check_digit}" if self.check_digit else self.code


@dataclass(frozen=True)
class AnnexXivRow:
    """One row of Directive 2014/24/EU Annex XIV (udbudsloven bilag 10)."""

    number: int  # 1-15, the row's place in the Annex
    heading_da: str  # descriptive Danish heading; the codes decide
    heading_en: str  # as in the Directive
    printed: str  # the CPV column as printed in the Official Journal

    def heading(self, lang: str) -> str:
        return self.heading_da if lang == "da" else self.heading_en


def _code8(code: str) -> str:
    """The 8 digits of "85312320", "85312320-8" or " 8531 2320 "; "" for anything else."""
    match = _FORM.match(code.strip().replace(" ", ""))
    return match.group(1) if match else ""


def _read_csv(name: str) -> list[dict[str, str]]:
    with resource_path("data", name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- Annex XIV -------------------------------------------------------------------------


@dataclass(frozen=True)
class _AnnexRule:
    row: AnnexXivRow
    singles: frozenset[int]
    ranges: tuple[tuple[int, int], ...]

    def matches(self, number: int) -> bool:
        return number in self.singles or any(lo <= number <= hi for lo, hi in self.ranges)


@cache
def _annex_json() -> dict[str, object]:
    with resource_path("data", "annex_xiv.json").open(encoding="utf-8") as handle:
        data: dict[str, object] = json.load(handle)
    return data


@cache
def _annex_rules() -> tuple[_AnnexRule, ...]:
    rows = _annex_json()["rows"]
    assert isinstance(rows, list)
    rules = []
    for row in rows:
        singles: set[int] = set()
        ranges: list[tuple[int, int]] = []
        for item in row["codes"]:
            if isinstance(item, list):
                first, last = (int(end[:8]) for end in item)
                ranges.append((first, last))
            else:
                singles.add(int(item[:8]))
        annex_row = AnnexXivRow(
            int(row["number"]), row["heading_da"], row["heading_en"], row["printed"]
        )
        rules.append(_AnnexRule(annex_row, frozenset(singles), tuple(ranges)))
    return tuple(sorted(rules, key=lambda rule: rule.row.number))


def annex_xiv() -> tuple[AnnexXivRow, ...]:
    """The 15 rows of Annex XIV, in order."""
    return tuple(rule.row for rule in _annex_rules())


def annex_xiv_row(code: str) -> AnnexXivRow | None:
    """The Annex XIV row that lists the code (the lowest-numbered if several do), or None.

    Any well-formed code is looked up, also one that is not in CPV 2008; None for blank or
    malformed text.
    """
    digits = _code8(code)
    if not digits:
        return None
    number = int(digits)
    return next((rule.row for rule in _annex_rules() if rule.matches(number)), None)


def is_light_regime(code: str) -> bool:
    """Is the code a social or other specific service of Annex XIV (udbudsloven afsnit III)?"""
    return annex_xiv_row(code) is not None


@cache
def _annex_printed_digits() -> dict[str, str]:
    """Check digits printed in Annex XIV: every code and range end, and codes in the text."""
    digits: dict[str, str] = {}
    rows = _annex_json()["rows"]
    assert isinstance(rows, list)
    for row in rows:
        printed = [(m.group(1), m.group(2)) for m in _PRINTED_CODE.finditer(row["printed"])]
        listed = [
            (end[:8], end[9:])
            for item in row["codes"]
            for end in (item if isinstance(item, list) else [item])
        ]
        for code, digit in printed + listed:
            digits.setdefault(code, digit)
    return digits


# --- Art. 77 and the check digits ------------------------------------------------------


@cache
def _art77_digits() -> dict[str, str]:
    return {row["code"]: row["check_digit"] for row in _read_csv("cpv_check_digits.csv")}


@cache
def _official_digits() -> dict[str, str]:
    """Every check digit we have a source for: Annex XIV as printed, then the art. 77 table."""
    return {**_annex_printed_digits(), **_art77_digits()}


@cache
def reserved_art77() -> tuple[CpvEntry, ...]:
    """The 115 codes of Directive 2014/24/EU art. 77, in the order of the list."""
    digits = _art77_digits()
    return tuple(
        CpvEntry(row["code"], row["label_da"], row["label_en"], digits[row["code"]])
        for row in _read_csv("cpv_reserved_art77.csv")
    )


@cache
def _art77_codes() -> frozenset[str]:
    return frozenset(entry.code for entry in reserved_art77())


def is_reserved_art77(code: str) -> bool:
    """May a contract for this code be reserved under art. 77 (a code of its list)?"""
    return _code8(code) in _art77_codes()


# --- The vocabulary --------------------------------------------------------------------


@cache
def vocabulary() -> tuple[CpvEntry, ...]:
    """All 9454 codes of CPV 2008, in code order."""
    digits = _official_digits()
    return tuple(
        CpvEntry(row["code"], row["label_da"], row["label_en"], digits.get(row["code"], ""))
        for row in _read_csv("cpv_2008.csv")
    )


@cache
def _by_code() -> dict[str, CpvEntry]:
    return {entry.code: entry for entry in vocabulary()}


@cache
def light_regime_entries() -> tuple[CpvEntry, ...]:
    """The codes of CPV 2008 that Annex XIV covers, in code order."""
    return tuple(entry for entry in vocabulary() if is_light_regime(entry.code))


def lookup(code: str) -> CpvEntry | None:
    """The CPV 2008 entry for a code (with or without "-N", spaces ignored), or None."""
    return _by_code().get(_code8(code))


@cache
def _divisions() -> frozenset[str]:
    return frozenset(entry.code[:2] for entry in vocabulary())


def kind_of(code: str) -> ContractKind | None:
    """Works, supplies or services, by the code's division (its first two digits).

    The CPV main vocabulary (CPV 2008, Commission Regulation (EC) No 213/2008) is divided by
    its first two digits: division 45 is construction work (45000000 "Construction work"),
    so works; divisions 03 to 44 and 48 are products, so supplies; divisions 50 to 98 are
    services. None for blank text or a division that CPV 2008 does not have (e.g. 01, 46,
    99); the divisions are those of resources/data/cpv_2008.csv.
    """
    text = code.strip().replace(" ", "")
    division = text[:2]
    if len(division) < 2 or not division.isdigit() or division not in _divisions():
        return None
    if division == "45":
        return ContractKind.WORKS
    if int(division) <= 48:
        return ContractKind.SUPPLIES
    return ContractKind.SERVICES


def cpv_group(code: str) -> str:
    """The group: the code's first three digits ("" for blank or malformed text)."""
    group = code.strip().replace(" ", "")[:3]
    return group if len(group) == 3 and group.isdigit() else ""


# --- Validation ------------------------------------------------------------------------


def parse_cpv(typed: str) -> CpvCode:
    """Validate a typed code: 8 digits, optionally "-N". Spaces in and around it are ignored.

    Raises CpvFormatError for anything else, and CpvCheckDigitError when the check digit
    differs from an official one (see the module's docstring). A well-formed code that is not
    in CPV 2008 is accepted.
    """
    text = typed.strip().replace(" ", "")
    match = _FORM.match(text)
    if match is None:
        raise CpvFormatError(typed=typed.strip()[:40])
    code, digit = match.group(1), match.group(2) or ""
    right = _official_digits().get(code, "")
    if digit and right and digit != right:
        raise CpvCheckDigitError(code=code, right=right, typed=digit)
    return CpvCode(code, digit, check_digit_verified=bool(digit) and bool(right))


def normalise_cpv(typed: str) -> str:
    """The form to store: "" for nothing typed, else the validated code (raises if invalid)."""
    return "" if not typed.strip() else parse_cpv(typed).text


# --- Search ----------------------------------------------------------------------------


@cache
def _haystacks() -> tuple[tuple[CpvEntry, str, str, str], ...]:
    """(entry, everything searchable, Danish label, English label), all casefolded."""
    return tuple(
        (
            entry,
            f"{entry.code} {entry.full_code} {entry.label_da} {entry.label_en}".casefold(),
            entry.label_da.casefold(),
            entry.label_en.casefold(),
        )
        for entry in vocabulary()
    )


def _search_word(word: str) -> str:
    """A typed "NNNNNNNN-N" whose check digit we do not know is searched as its 8 digits."""
    match = _FORM.match(word)
    if match and match.group(2) and not _official_digits().get(match.group(1)):
        return match.group(1)
    return word


def search_cpv(query: str, limit: int | None = None) -> list[CpvEntry]:
    """Codes of CPV 2008 whose code, full code or Danish or English label contains every word.

    Codes that start with the query come first, then labels (Danish or English) that start
    with it, then the rest, each in code order; an empty query gives the whole vocabulary in
    code order. `limit` cuts the list after that many.
    """
    words = [_search_word(word) for word in query.casefold().split()]
    if not words:
        everything = list(vocabulary())
        return everything if limit is None else everything[:limit]
    phrase = " ".join(words)
    compact = phrase.replace(" ", "")
    ranked: tuple[list[CpvEntry], list[CpvEntry], list[CpvEntry]] = ([], [], [])
    for entry, hay, label_da, label_en in _haystacks():
        if not all(word in hay for word in words):
            continue
        if entry.code.startswith(compact) or entry.full_code.startswith(compact):
            ranked[0].append(entry)
        elif label_da.startswith(phrase) or label_en.startswith(phrase):
            ranked[1].append(entry)
        else:
            ranked[2].append(entry)
    found = ranked[0] + ranked[1] + ranked[2]
    return found if limit is None else found[:limit]


# --- Attribution -----------------------------------------------------------------------

ATTRIBUTION_DA = (
    "CPV-koderne (CPV 2008) og deres danske og engelske betegnelser samt listen over koder, "
    "hvor kontrakter kan forbeholdes efter artikel 77 i direktiv 2014/24/EU, stammer fra Den "
    "Europæiske Unions Publikationskontor, eForms SDK (translations/code_da.xml, "
    "translations/code_en.xml og codelists/cpv_social-service-cpv.gc, OP-TED/eForms-SDK), "
    "og bruges under licensen Creative Commons Navngivelse 4.0 International (CC BY 4.0). "
    "Dataene er forkortet til kode og dansk og engelsk betegnelse; betegnelserne er gengivet "
    "uændret."
)
ATTRIBUTION_EN = (
    "The CPV codes (CPV 2008) with their Danish and English labels, and the list of codes for "
    "which contracts may be reserved under Article 77 of Directive 2014/24/EU, come from the "
    "Publications Office of the European Union, eForms SDK (translations/code_da.xml, "
    "translations/code_en.xml and codelists/cpv_social-service-cpv.gc, OP-TED/eForms-SDK), "
    "used under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). The "
    "data is reduced to the code and the Danish and English labels; the labels are unchanged."
)
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


def attribution(lang: str = "da") -> str:
    """The attribution the CC BY 4.0 licence asks for, for the About dialog."""
    text = ATTRIBUTION_DA if lang == "da" else ATTRIBUTION_EN
    return f"{text} {LICENCE_URL}"
