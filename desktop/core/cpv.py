"""CPV codes: the shipped list of social and other specific services, search, and validation.

A CPV code is 8 digits, optionally followed by its check digit ("85312320-8"). Regulation
(EC) No 213/2008 says only that "a ninth digit serves to verify the previous digits" and
gives no algorithm; the calculation in the CPV guide does not reproduce the published
digits, which the Publications Office confirmed in 2024 (OP-TED/ePO discussion #589). So a
typed check digit is compared with the official digit where we have it (the 115 codes of
the shipped list, resources/data/cpv_check_digits.csv); for any other code only the form is
checked, and `CpvCode.check_digit_verified` says which.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from desktop.core.errors import TvaersError
from desktop.resources import resource_path

_FORM = re.compile(r"^(\d{8})(?:-(\d))?$")


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


@dataclass(frozen=True)
class CpvEntry:
    """One code of the shipped list, with its official labels."""

    code: str  # 8 digits
    label_da: str
    label_en: str
    check_digit: str  # the official ninth digit

    def label(self, lang: str) -> str:
        return self.label_da if lang == "da" else self.label_en

    @property
    def full_code(self) -> str:
        return f"{self.code}-{self.check_digit}"


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


@cache
def social_services() -> tuple[CpvEntry, ...]:
    """The 115 codes of the light regime, in the order of the list."""
    digits = _check_digits()
    path = resource_path("data", "cpv_social_services.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            CpvEntry(row["code"], row["label_da"], row["label_en"], digits[row["code"]])
            for row in csv.DictReader(handle)
        )


@cache
def _check_digits() -> dict[str, str]:
    path = resource_path("data", "cpv_check_digits.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row["check_digit"] for row in csv.DictReader(handle)}


@cache
def _by_code() -> dict[str, CpvEntry]:
    return {entry.code: entry for entry in social_services()}


def lookup(code: str) -> CpvEntry | None:
    """The list's entry for a code (with or without check digit); None if not on the list."""
    return _by_code().get(code.strip()[:8])


def is_social_service(code: str) -> bool:
    """Is the code on the light-regime list (Directive 2014/24/EU Annex XIV)?"""
    return lookup(code) is not None if code.strip() else False


def parse_cpv(typed: str) -> CpvCode:
    """Validate a typed code: 8 digits, optionally "-N". Spaces around it are ignored.

    Raises CpvFormatError for anything else, and CpvCheckDigitError when the check digit
    differs from the official one of a code on the shipped list.
    """
    text = typed.strip().replace(" ", "")
    match = _FORM.match(text)
    if match is None:
        raise CpvFormatError(typed=typed.strip()[:40])
    code, digit = match.group(1), match.group(2) or ""
    entry = _by_code().get(code)
    if digit and entry is not None and digit != entry.check_digit:
        raise CpvCheckDigitError(code=code, right=entry.check_digit, typed=digit)
    return CpvCode(code, digit, check_digit_verified=bool(digit) and entry is not None)


def normalise_cpv(typed: str) -> str:
    """The form to store: "" for nothing typed, else the validated code (raises if invalid)."""
    return "" if not typed.strip() else parse_cpv(typed).text


@cache
def _haystacks() -> tuple[tuple[CpvEntry, str], ...]:
    return tuple(
        (entry, f"{entry.code} {entry.full_code} {entry.label_da} {entry.label_en}".casefold())
        for entry in social_services()
    )


def search_cpv(query: str) -> list[CpvEntry]:
    """Entries whose code or Danish or English label contains every word of the query.

    Codes that start with the query come first, then labels that start with it, then the
    rest in list order; an empty query gives the whole list.
    """
    words = query.casefold().split()
    if not words:
        return list(social_services())
    found = [entry for entry, hay in _haystacks() if all(word in hay for word in words)]
    first = words[0]

    def rank(entry: CpvEntry) -> int:
        if entry.code.startswith(first.replace("-", "")[:8]):
            return 0
        if entry.label_da.casefold().startswith(first) or entry.label_en.casefold().startswith(
            first
        ):
            return 1
        return 2

    return sorted(found, key=rank)  # stable: list order within a rank


ATTRIBUTION_DA = (
    "CPV-koderne for sociale og andre specifikke tjenesteydelser og deres danske og engelske "
    "betegnelser stammer fra Den Europæiske Unions Publikationskontor, eForms SDK "
    "(codelists/cpv_social-service-cpv.gc, OP-TED/eForms-SDK), og bruges under licensen "
    "Creative Commons Navngivelse 4.0 International (CC BY 4.0). Listen er forkortet til "
    "kode og dansk og engelsk betegnelse; betegnelserne er gengivet uændret."
)
ATTRIBUTION_EN = (
    "The CPV codes for social and other specific services and their Danish and English labels "
    "come from the Publications Office of the European Union, eForms SDK "
    "(codelists/cpv_social-service-cpv.gc, OP-TED/eForms-SDK), used under the Creative "
    "Commons Attribution 4.0 International licence (CC BY 4.0). The list is reduced to the "
    "code and the Danish and English labels; the labels are unchanged."
)
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


def attribution(lang: str = "da") -> str:
    """The attribution the CC BY 4.0 licence asks for, for the About dialog."""
    text = ATTRIBUTION_DA if lang == "da" else ATTRIBUTION_EN
    return f"{text} {LICENCE_URL}"
