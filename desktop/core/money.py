"""Amounts and numbers: "1.234.567 kr." out in Danish, "DKK 1,234,567" in English (as the
minutes, the business case and the sign-off say it); in, whatever either reader types:
"1.234.567", "1,234,567", "1 234 567" or "1234567", with or without "kr." or "DKK" before
or after, and "/år" or "/yr" after, as a card shows an annual cost ("1.234.567 kr./år").

Whole kroner only: estimates in a workshop are never more precise than that, and integer
arithmetic keeps column totals exact however large they grow.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from desktop.core.errors import TvaersError

MAX_DKK = 10**15  # a typo guard: a thousand billion kroner is not an estimate

# Optionally "DKK" or "kr.", then 1234567 | 1.234.567 | 1,234,567 | 1 234 567 (one
# separator throughout, groups of three), then optionally ",-" / ",00" / ".00", "kr." / "kr" /
# "DKK" and "/år" / "/yr" (a card's "kr./år"). Two decimals are zero øre, three digits a
# group: "1,000" is a thousand in either language.
_AMOUNT = re.compile(
    r"^(?:(?:dkk|kr\.?)\s*)?(?P<digits>\d{1,3}(?:([., \u00a0])\d{3})?(?:\2\d{3})*|\d+)"
    r"(?:[.,]-|[.,]0{1,2})?\s*(?:kr\.?|dkk)?(?:\s*/\s*(?:år|yr))?$",
    re.IGNORECASE,
)
_YEARS = re.compile(r"^\d+(?:[.,]\d+)?$")
# "år" or "years" after a number of years, as a card says it ("4 år"), before a "+" or the end
_YEARS_UNIT = re.compile(r"(?<=\d)\s*(?:år|years?|yrs?)\.?(?=\s*(?:\+|$))", re.IGNORECASE)


class AmountError(TvaersError):
    da = (
        "»{typed}« er ikke et beløb i hele kroner. Skriv fx 1.234.567 eller 1234567 "
        "(uden øre), eller lad feltet stå tomt."
    )
    en = (
        "'{typed}' is not an amount in whole kroner. Type e.g. 1,234,567 or 1234567 "
        "(no øre), or leave the field empty."
    )


class YearsError(TvaersError):
    da = (
        "»{typed}« er ikke et antal år. Skriv fx 4, 2,5 eller 2+1+1 (grundperiode plus "
        "optioner), eller lad feltet stå tomt."
    )
    en = (
        "'{typed}' is not a number of years. Type e.g. 4, 2.5 or 2+1+1 (base period plus "
        "options), or leave the field empty."
    )


def format_dkk(amount: int | None, *, lang: str, missing: str = "–") -> str:
    """1234567 -> "1.234.567 kr." (Danish) or "DKK 1,234,567" (English); None -> `missing`
    (no amount is not 0 kr.)."""
    if amount is None:
        return missing
    number = format_number(amount, lang)
    return f"{number} kr." if lang == "da" else f"DKK {number}"


def format_number(amount: int, lang: str) -> str:
    """1234567 -> "1.234.567" (Danish) or "1,234,567" (English), e.g. for an edit field."""
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(amount):,}"
    return sign + (grouped.replace(",", ".") if lang == "da" else grouped)


def parse_dkk(typed: str) -> int | None:
    """A typed amount in whole kroner; "" gives None (not estimated). Raises AmountError."""
    text = typed.strip()
    if not text:
        return None
    match = _AMOUNT.match(text)
    if match is None:
        raise AmountError(typed=text[:40])
    amount = int(re.sub(r"\D", "", match.group("digits")))
    if amount > MAX_DKK:
        raise AmountError(typed=text[:40])
    return amount


def parse_years(typed: str) -> float | None:
    """Contract years including options: "4", "2,5", "2.5" or "2+1+1", also with "år" or
    "years" after ("4 år", "2+1+1 år", "2 år + 2 år"); "" gives None."""
    text = years_without_unit(typed)
    if not text:
        return None
    parts = [part.strip() for part in text.split("+")]
    if not all(_YEARS.match(part) for part in parts):
        raise YearsError(typed=typed.strip()[:40])
    total = sum(Decimal(part.replace(",", ".")) for part in parts)
    if total <= 0 or total > 100:
        raise YearsError(typed=typed.strip()[:40])
    return float(total)


def years_without_unit(typed: str) -> str:
    """A contract length as typed, without the "år" or "years" a number may carry: "2+1+1 år"
    -> "2+1+1", "2 år + 2 år" -> "2 + 2" (the window and the minutes add "år" themselves)."""
    return _YEARS_UNIT.sub("", typed.strip())


def format_years(years: float | None, *, lang: str = "da") -> str:
    """2.0 -> "2"; 2.5 -> "2,5" (Danish) or "2.5"."""
    if years is None:
        return ""
    text = f"{years:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "da" else text


@lru_cache(maxsize=8192)  # the board asks for every card after every edit
def contract_value(annual_cost_dkk: int | None, contract_years: float | None) -> int | None:
    """Annual cost x contract years, rounded to whole kroner; None when either is missing."""
    if annual_cost_dkk is None or contract_years is None:
        return None
    try:
        years = Decimal(repr(contract_years))
    except InvalidOperation:  # pragma: no cover - a float always has a repr Decimal reads
        return None
    return int((annual_cost_dkk * years).quantize(Decimal(1), ROUND_HALF_UP))
