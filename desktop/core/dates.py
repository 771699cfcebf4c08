"""Dates as Danes type them: 27.01.2027, 27/1-2027, 27.1.27, 27-1-27, 27. januar 2027.

The day comes first; the year may be two digits (27 is 2027) or left out (the year of the
date the field starts from). A date that cannot be (31.02.2027) is refused with a
reason, never moved to another day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from desktop.core.errors import TvaersError

MONTHS_DA = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SEPARATORS = set(" .-/,")
TOKEN = re.compile(r"\d+|[^\W\d_]+")


class NotADateError(TvaersError):
    da = "»{text}« er ikke en dato. Skriv datoen som dag.måned.år, fx 27.01.2027."
    en = "“{text}” is not a date. Write the date as day.month.year, for example 27.01.2027."


class NoSuchMonthError(TvaersError):
    da = "{text} findes ikke: et år har 12 måneder."
    en = "{text} does not exist: a year has 12 months."


class NoSuchDayError(TvaersError):
    da = "{text} findes ikke: {month_da} {year} har {days} dage."
    en = "{text} does not exist: {month_en} {year} has {days} days."


def format_date(value: date | None) -> str:
    """The Danish way, as every date field shows it: 27.01.2027."""
    return value.strftime("%d.%m.%Y") if value else ""


def parse_date(text: str, *, year: int) -> date | None:
    """The date `text` names, None for an empty field; `year` fills a date typed without one.

    Raises NotADateError, NoSuchMonthError or NoSuchDayError with a reason to show.
    """
    typed = text.strip()
    if not typed:
        return None
    tokens = TOKEN.findall(typed.lower())
    if not tokens or set(TOKEN.sub("", typed)) - SEPARATORS:
        raise NotADateError(text=typed)
    parts = _day_month_year(tokens)
    if parts is None:
        raise NotADateError(text=typed)
    day, month, year_typed = parts
    if year_typed is None:
        full_year = year
    elif len(year_typed) == 2:
        full_year = 2000 + int(year_typed)
    elif len(year_typed) == 4:
        full_year = int(year_typed)
    else:
        raise NotADateError(text=typed)
    if not 1 <= month <= 12:
        raise NoSuchMonthError(text=typed)
    days = calendar.monthrange(full_year, month)[1] if full_year >= 1 else 0
    if not full_year >= 1 or not 1 <= day <= days:
        raise NoSuchDayError(
            text=typed,
            month=month,
            month_da=MONTHS_DA[month - 1],
            month_en=MONTHS_EN[month - 1],
            year=full_year,
            days=days,
        )
    return date(full_year, month, day)


def _day_month_year(tokens: list[str]) -> tuple[int, int, str | None] | None:
    if len(tokens) == 1 and tokens[0].isdigit():
        digits = tokens[0]  # typed without separators: 27012027, 270127
        if len(digits) in (6, 8):
            return int(digits[:2]), int(digits[2:4]), digits[4:]
        return None
    if len(tokens) == 3 and len(tokens[0]) == 4 and all(t.isdigit() for t in tokens):
        # ISO, as a spreadsheet writes it: 2027-01-27
        return int(tokens[2]), int(tokens[1]), tokens[0]
    if len(tokens) not in (2, 3) or not tokens[0].isdigit() or len(tokens[0]) > 2:
        return None
    month_token = tokens[1]
    if month_token.isdigit():
        if len(month_token) > 2:
            return None
        month = int(month_token)
    else:
        found = _month_named(month_token)
        if found is None:
            return None
        month = found
    year_typed = tokens[2] if len(tokens) == 3 else None
    if year_typed is not None and not year_typed.isdigit():
        return None
    return int(tokens[0]), month, year_typed


def _month_named(word: str) -> int | None:
    """januar, jan, january, maj, may, okt, oct ...: at least three letters of a month."""
    if len(word) < 3:
        return None
    for names in (MONTHS_DA, MONTHS_EN):
        for number, name in enumerate(names, start=1):
            if name.lower().startswith(word):
                return number
    return None
