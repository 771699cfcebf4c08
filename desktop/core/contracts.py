"""The contract in force for a service, read from its columns (issue 20, part 1).

The contract's length is kept as typed, "2+1+1": a base period of 2 years and two options of
1 year each (the same reading as the card's contract years, `money.parse_years`). From it
and the dates:

- options remaining = the options typed − the options used (never below 0);
- the last possible end = the contract's end + the years of the options still remaining
  (the options are used in order, so the remaining ones are the last ones typed);
- the notice date = the contract's end − the notice period in months (the last day to give
  notice, if the contract is not to run on);
- the delivery start = the service's own `delivery_start`, else the day after the end.

Dates are ISO strings in the file ("" when not known); a month step keeps the day of the
month, or the month's last day when it has fewer days (31.08 − 6 months = 28.02/29.02).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop.core.dates import format_date
from desktop.core.errors import TvaersError
from desktop.core.money import parse_years, years_without_unit
from desktop.core.values import Agreement
from desktop.core.vocabulary import label_of

# The fields of a service that make up its contract, in the order the contract page shows.
CONTRACT_FIELDS = (
    "current_supplier",
    "contract_start",
    "contract_end",
    "current_contract_typed",
    "options_used",
    "notice_months",
    "agreement",
    "agreement_name",
    "delivery_start",
)
MAX_NOTICE_MONTHS = 120  # a typo guard: ten years' notice is not a notice period
MAX_OPTIONS = 50


class OptionsUsedError(TvaersError):
    da = "Antal brugte optioner skal være et helt tal fra 0 til {most}, eller tomt."
    en = "The options used must be a whole number from 0 to {most}, or empty."


class NoticeError(TvaersError):
    da = "Opsigelsesvarslet skal være et helt antal måneder fra 0 til 120, eller tomt."
    en = "The notice period must be a whole number of months from 0 to 120, or empty."


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months (negative: back); a day the month lacks becomes its last."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: Decimal) -> date:
    """`day` moved by a number of years, fractions as whole months (1,5 years: 18 months)."""
    return add_months(day, int((years * 12).to_integral_value()))


def iso_day(value: object) -> date | None:
    """A stored ISO date ("" or None: not known)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def periods(typed: str) -> tuple[Decimal, ...]:
    """The base period and the options of a contract length as typed: "2+1+1" gives
    (2, 1, 1); "4" gives (4,); "" or text that is not a length gives ()."""
    text = years_without_unit(typed)
    if not text:
        return ()
    try:
        parse_years(text)  # the card's own check: numbers, a sum above 0 and at most 100
    except TvaersError:
        return ()
    return tuple(Decimal(part.strip().replace(",", ".")) for part in text.split("+"))


def parse_count(typed: str, *, most: int, error: type[TvaersError]) -> int | None:
    """A typed whole number from 0 to `most`; "" gives None. Raises `error`."""
    text = typed.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > most:
        raise error(most=most)
    return int(text)


def parse_options_used(typed: str) -> int | None:
    return parse_count(typed, most=MAX_OPTIONS, error=OptionsUsedError)


def parse_notice(typed: str) -> int | None:
    return parse_count(typed, most=MAX_NOTICE_MONTHS, error=NoticeError)


@dataclass(frozen=True)
class ContractStatus:
    """What a service's contract columns say, worked out."""

    supplier: str
    start: date | None
    end: date | None
    typed: str  # the contract's length as typed, "2+1+1"
    periods: tuple[Decimal, ...]  # (base, option, option, …); () when not typed
    options_used: int | None
    notice_months: int | None
    agreement: str
    agreement_name: str
    own_delivery_start: date | None  # as typed on the page; None: the day after the end

    @property
    def options(self) -> int:
        """The options the contract has: every period after the base period."""
        return max(0, len(self.periods) - 1)

    @property
    def options_remaining(self) -> int:
        return max(0, self.options - (self.options_used or 0))

    @property
    def remaining_years(self) -> Decimal:
        """The years of the options not yet used: the last ones typed."""
        if not self.options_remaining:
            return Decimal(0)
        return sum(self.periods[-self.options_remaining :], Decimal(0))

    @property
    def last_possible_end(self) -> date | None:
        """The end if every remaining option is used; the end itself when none remain."""
        if self.end is None:
            return None
        return add_years(self.end, self.remaining_years) if self.remaining_years else self.end

    @property
    def notice_date(self) -> date | None:
        """The last day to give notice before the end; None without an end or a notice."""
        if self.end is None or self.notice_months is None:
            return None
        return add_months(self.end, -self.notice_months)

    @property
    def delivery_start(self) -> date | None:
        """When the new delivery must start: as typed, else the day after the end."""
        if self.own_delivery_start is not None:
            return self.own_delivery_start
        return self.end + timedelta(days=1) if self.end is not None else None

    @property
    def recorded(self) -> bool:
        """Anything of the contract is known."""
        return bool(
            self.supplier
            or self.start
            or self.end
            or self.typed
            or self.own_delivery_start
            or self.options_used is not None
            or self.notice_months is not None
        )

    def summary(self, lang: str = "da") -> str:
        """One line: "Mentorhuset ApS, 01.07.2025–30.06.2027, 2+1+1 (1 option tilbage)"."""
        da = lang == "da"
        parts = [self.supplier] if self.supplier else []
        if self.start or self.end:
            parts.append(f"{format_date(self.start) or '?'}–{format_date(self.end) or '?'}")
        if self.typed:
            parts.append(f"{self.typed} ({options_left_text(self.options_remaining, lang)})")
        if not parts:
            return "Ingen kontrakt registreret" if da else "No contract recorded"
        return ", ".join(parts)


def agreement_name(value: str, lang: str = "da") -> str:
    """The vocabulary's word for a stored agreement (the value itself from a newer file)."""
    return label_of(Agreement, value, lang)


def options_left_text(remaining: int, lang: str = "da") -> str:
    if lang == "da":
        return f"{remaining} {'option' if remaining == 1 else 'optioner'} tilbage"
    return f"{remaining} {'option remains' if remaining == 1 else 'options remain'}"


def contract_status(service: Mapping[str, Any]) -> ContractStatus:
    """The contract of a service (its columns as a mapping, or a Service's model_dump)."""
    typed = str(service.get("current_contract_typed") or "").strip()
    return ContractStatus(
        supplier=str(service.get("current_supplier") or "").strip(),
        start=iso_day(service.get("contract_start")),
        end=iso_day(service.get("contract_end")),
        typed=typed,
        periods=periods(typed),
        options_used=service.get("options_used"),
        notice_months=service.get("notice_months"),
        agreement=str(service.get("agreement") or "unknown"),
        agreement_name=str(service.get("agreement_name") or ""),
        own_delivery_start=iso_day(service.get("delivery_start")),
    )
