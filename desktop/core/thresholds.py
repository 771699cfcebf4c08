"""The procurement hint: which EU regime a contract probably falls under.

Guidance for the room, not legal advice: it compares the estimated total contract value
(annual cost x contract years including options, without VAT) with the thresholds of
Directive 2014/24/EU for municipalities in resources/data/thresholds.json. A value equal
to or greater than a threshold is above it (art. 4: "equal to or greater than").

The kind of contract follows the CPV code's division (desktop.core.cpv.kind_of):
- works (division 45): a full EU tender from the works threshold (EUR 5,404,000 in
  2026-2027); below it tilbudsloven's rules for works;
- supplies (divisions 03-44 and 48): from the supplies threshold (EUR 216,000 for a
  municipality, the same as services);
- services (50-98): a code of Annex XIV (udbudsloven bilag 10, social and other specific
  services) falls under the light regime from EUR 750,000, any other service code needs a
  full EU tender from EUR 216,000.
- No CPV code: the answer is given where every rule agrees, otherwise it depends on the code.
- Outside a period in the file the hint says it cannot tell.

The day that decides the period is the planned announcement date of the tender, or the
workshop's date when the card has none (the caller passes it).

What is counted: on a mixed card only the bought share of the value; services on the board
with the same CPV group (the first three digits) are added together before the comparison
(Directive 2014/24/EU art. 5: the value of a purchase is not split to stay below a threshold).

Euro thresholds are compared in kroner: the official kroner value where the file has one,
else the euro value converted at the period's stated rate (rounded to whole kroner) and
labelled "ca. … (omregnet fra EUR …)"; a value within 2 % of a threshold is marked as close.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

from desktop.core.cpv import ContractKind, annex_xiv_row, kind_of
from desktop.core.money import format_dkk, format_number
from desktop.resources import resource_path

CLOSE = Decimal("0.02")  # within 2 % of a threshold: "close to the threshold"
DISCLAIMER_DA = "Vejledende – ikke juridisk rådgivning"
DISCLAIMER_EN = "Guidance – not legal advice"
AGREEMENT_FIRST_DA = (
    "Tjek først, om en eksisterende aftale dækker behovet: kommunens egen, en fælleskommunal "
    "aftale eller en SKI-aftale."
)
AGREEMENT_FIRST_EN = (
    "First check whether an existing agreement covers the need: the municipality's own, a "
    "joint municipal agreement or an SKI agreement."
)


class Regime(StrEnum):
    BELOW = "below"  # under the threshold that applies
    LIGHT = "light"  # the light regime (udbudslovens afsnit III)
    FULL_EU = "full_eu"  # a full EU tender (udbudslovens afsnit II)
    DEPENDS_ON_CPV = "depends_on_cpv"  # no CPV code, and the answer depends on it
    NO_VALUE = "no_value"  # annual cost or contract years missing
    UNKNOWN_PERIOD = "unknown_period"  # no thresholds known for that date


@dataclass(frozen=True)
class Threshold:
    eur: int
    dkk_official: int | None
    article: str


@dataclass(frozen=True)
class ThresholdPeriod:
    valid_from: date
    valid_to: date
    works: Threshold
    supplies: Threshold
    services: Threshold
    social_services: Threshold
    source: str
    dkk_per_eur: Decimal | None
    rate_source: str

    def covers(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_to

    def in_dkk(self, threshold: Threshold) -> int:
        """The official kroner value, else the euro value at the stated rate."""
        if threshold.dkk_official is not None:
            return threshold.dkk_official
        if self.dkk_per_eur is None:
            raise ValueError(f"no kroner value and no rate for {self.valid_from}")
        return int((threshold.eur * self.dkk_per_eur).quantize(Decimal(1), ROUND_HALF_UP))

    def converted(self, threshold: Threshold) -> bool:
        return threshold.dkk_official is None

    @property
    def years(self) -> str:
        """ "2026–27": the period as a Danish text names it."""
        return f"{self.valid_from.year}–{self.valid_to.year % 100:02d}"

    def for_kind(self, kind: ContractKind, *, light: bool) -> Threshold:
        if kind is ContractKind.WORKS:
            return self.works
        if kind is ContractKind.SUPPLIES:
            return self.supplies
        return self.social_services if light else self.services

    def label(self, threshold: Threshold, lang: str = "da") -> str:
        """The threshold in kroner, saying where it comes from: "1.644.638 kr. (EUR 221.000,
        2024–25)", or "ca. 1,61 mio. kr. (omregnet fra EUR 216.000, 2026–27)"."""
        da = lang == "da"
        eur = "EUR " + format_number(threshold.eur, lang)
        dkk = self.in_dkk(threshold)
        if not self.converted(threshold):
            return f"{format_dkk(dkk, lang=lang)} ({eur}, {self.years})"
        millions = f"{Decimal(dkk) / 1_000_000:.2f}"
        if da:
            return f"ca. {millions.replace('.', ',')} mio. kr. (omregnet fra {eur}, {self.years})"
        return f"about DKK {millions} million (converted from {eur}, {self.years})"


@cache
def load_periods() -> tuple[ThresholdPeriod, ...]:
    data = json.loads(resource_path("data", "thresholds.json").read_text(encoding="utf-8"))
    return tuple(_period(raw) for raw in data["periods"])


def _period(raw: dict[str, Any]) -> ThresholdPeriod:
    rate = raw.get("exchange_rate")

    def threshold(key: str) -> Threshold:
        item = raw["thresholds"][key]
        return Threshold(int(item["eur"]), item["dkk"], str(item["article"]))

    return ThresholdPeriod(
        valid_from=date.fromisoformat(raw["valid_from"]),
        valid_to=date.fromisoformat(raw["valid_to"]),
        works=threshold("works"),
        supplies=threshold("supplies"),
        services=threshold("services"),
        social_services=threshold("social_services"),
        source=str(raw["source"]),
        dkk_per_eur=Decimal(rate["dkk_per_eur"]) if rate else None,
        rate_source=str(rate["source"]) if rate else "",
    )


def period_on(day: date) -> ThresholdPeriod | None:
    return next((p for p in load_periods() if p.covers(day)), None)


@dataclass(frozen=True)
class Partner:
    """Another bought service on the board counted together with this one."""

    title: str
    value_dkk: int  # what it counts with (its bought part)


@dataclass(frozen=True)
class Counting:
    """How the value compared with the threshold was made up."""

    card_value_dkk: int | None = None  # the card's whole contract value
    mixed: bool = False  # a mixed card: only the bought share counts
    bought_share_percent: int | None = None
    group: str = ""  # the CPV group the partners share
    partners: tuple[Partner, ...] = ()  # the first few named in the hint
    unnamed_partners: int = 0  # added too, but not named
    unnamed_value_dkk: int = 0
    announced_on: date | None = None  # the planned announcement date, when the card has one


@dataclass(frozen=True)
class ProcurementHint:
    regime: Regime
    contract_value_dkk: int | None  # the value compared with the threshold
    day: date
    period: ThresholdPeriod | None = None
    threshold: Threshold | None = None  # the threshold the value was compared with
    threshold_dkk: int | None = None
    close: bool = False  # within 2 % of the threshold
    kind: ContractKind | None = None
    light: bool = False  # the code is one of Annex XIV (udbudsloven bilag 10)
    annex_heading: tuple[str, str] = ("", "")  # its Annex XIV row, Danish and English
    counting: Counting = Counting()

    def badge(self, lang: str = "da") -> str:
        """A few words for the card."""
        da, en = _BADGES[self.regime]
        return da if lang == "da" else en

    def summary(self, lang: str = "da") -> str:
        """The advice and the explanation with the disclaimer, without the source (for a
        small space)."""
        return "\n\n".join(
            [*self._findings(lang == "da"), DISCLAIMER_DA if lang == "da" else DISCLAIMER_EN]
        )

    def _findings(self, da: bool) -> list[str]:
        parts = []
        if self.regime not in (Regime.NO_VALUE, Regime.UNKNOWN_PERIOD):
            parts.append(AGREEMENT_FIRST_DA if da else AGREEMENT_FIRST_EN)
        parts.append(_explain(self, da))
        parts.extend(_counting(self, da))
        if self.period is not None and self.regime is not Regime.NO_VALUE:
            parts.append(_which_day(self, da))
        if self.close:
            parts.append(
                "Beløbet ligger tæt på tærskelværdien: tjek Konkurrence- og "
                "Forbrugerstyrelsens officielle kronebeløb."
                if da
                else "The value is close to the threshold: check the official kroner value "
                "published by the Danish Competition and Consumer Authority."
            )
        return parts

    def message(self, lang: str = "da") -> str:
        """The full explanation, with the day, the rate and the source, ending with the
        disclaimer."""
        da = lang == "da"
        parts = self._findings(da)
        if self.period is not None:
            if self.threshold is not None and self.period.converted(self.threshold):
                rate = str(self.period.dkk_per_eur)
                parts.append(
                    f"Tærskelværdien er omregnet fra euro med kursen {rate.replace('.', ',')} "
                    "kr. pr. euro."
                    if da
                    else f"The threshold is converted from euro at {rate} kroner per euro."
                )
            parts.append(("Kilde: " if da else "Source: ") + self.period.source)
        parts.append(DISCLAIMER_DA if da else DISCLAIMER_EN)
        return "\n\n".join(parts)


_BADGES: dict[Regime, tuple[str, str]] = {
    Regime.BELOW: ("Under tærskel", "Sub-threshold"),
    Regime.LIGHT: ("Light-regime", "Light regime"),
    Regime.FULL_EU: ("EU-udbud", "EU tender"),
    Regime.DEPENDS_ON_CPV: ("Kræver CPV-kode", "Needs CPV code"),
    Regime.NO_VALUE: ("Mangler beløb", "Value missing"),
    Regime.UNKNOWN_PERIOD: ("Ukendt periode", "Unknown period"),
}

# What each threshold is called in a sentence: "EU-tærskelværdien for …".
_KIND_NAMES: dict[tuple[ContractKind, bool], tuple[str, str]] = {
    (ContractKind.WORKS, False): ("bygge- og anlægskontrakter", "works contracts"),
    (ContractKind.SUPPLIES, False): ("kommunale varekøb", "municipal supply contracts"),
    (ContractKind.SERVICES, False): ("kommunale tjenesteydelser", "municipal service contracts"),
    (ContractKind.SERVICES, True): (
        "sociale og andre specifikke tjenesteydelser",
        "social and other specific services",
    ),
}


def _explain(hint: ProcurementHint, da: bool) -> str:
    lang = "da" if da else "en"
    value = format_dkk(hint.contract_value_dkk, lang=lang, missing="")
    period, threshold = hint.period, hint.threshold
    limit = period.label(threshold, lang) if period and threshold else ""
    regime = hint.regime
    # What is compared: the card's contract value, its bought part, or a group's sum.
    counting = hint.counting
    if counting.partners or counting.unnamed_partners:
        subject_da, subject_en = "Den samlede værdi", "The combined value"
    elif counting.mixed and counting.bought_share_percent is not None:
        subject_da, subject_en = "Den købte del", "The bought part"
    else:
        subject_da, subject_en = "Kontraktværdien", "The contract value"
    if regime is Regime.UNKNOWN_PERIOD:
        day = hint.day.strftime("%d.%m.%Y") if da else hint.day.isoformat()
        return (
            f"Kan ikke afgøres: Tværs kender ikke tærskelværdierne for {day}."
            if da
            else f"Cannot tell: Tværs does not know the thresholds for {day}."
        )
    if regime is Regime.NO_VALUE:
        return (
            "Kan ikke afgøres: skriv den anslåede årlige udgift og kontraktlængden i år inkl. "
            "optioner."
            if da
            else "Cannot tell: enter the estimated annual cost and the contract length in years "
            "including options."
        )
    assert period is not None
    if regime is Regime.DEPENDS_ON_CPV:
        light = period.label(period.social_services, lang)
        works = period.label(period.works, lang)
        return (
            f"{subject_da} {value} afhænger af CPV-koden: sociale og andre specifikke "
            f"tjenesteydelser (udbudslovens bilag 10) skal kun i udbud efter light-regimet fra "
            f"{light}, bygge- og anlægsopgaver i EU-udbud fra {works}, andre "
            f"tjenesteydelser og varer i EU-udbud fra {limit}."
            if da
            else f"{subject_en} {value} depends on the CPV code: social and other "
            f"specific services (Annex XIV) need a light-regime procedure only from {light}, "
            f"works an EU tender from {works}, other services and supplies an EU tender "
            f"from {limit}."
        )
    kind = hint.kind
    name_da, name_en = (
        _KIND_NAMES[(kind, hint.light)]
        if kind is not None
        else ("kommunale varekøb og tjenesteydelser", "municipal supply and service contracts")
    )
    annex = _annex(hint, da)
    if regime is Regime.LIGHT:
        return (
            f"{subject_da} {value} er på eller over tærskelværdien for {name_da}, {limit}: "
            f"light-regimet (udbudslovens afsnit III) gælder sandsynligvis. {annex}"
            if da
            else f"{subject_en} {value} is at or above the threshold for {name_en}, "
            f"{limit}: the light regime probably applies. {annex}"
        )
    if regime is Regime.FULL_EU:
        text = (
            f"{subject_da} {value} er på eller over EU-tærskelværdien for {name_da}, "
            f"{limit}: et EU-udbud (udbudslovens afsnit II) er sandsynligvis påkrævet."
            if da
            else f"{subject_en} {value} is at or above the EU threshold for {name_en}, "
            f"{limit}: a full EU tender is probably required."
        )
        return f"{text} {annex}" if annex else text
    below = (
        f"{subject_da} {value} er under EU-tærskelværdien for {name_da}, {limit}."
        if da
        else f"{subject_en} {value} is below the EU threshold for {name_en}, {limit}."
    )
    if kind is ContractKind.WORKS:
        rest = (
            "Under den gælder tilbudslovens regler for bygge- og anlægsopgaver; tjek også, om "
            "opgaven har klar grænseoverskridende interesse."
            if da
            else "Below it the Danish Tender Act (tilbudsloven) applies to works; also check "
            "for a clear cross-border interest."
        )
    else:
        rest = (
            "Tjek, om opgaven har klar grænseoverskridende interesse, og følg kommunens egne "
            "indkøbsregler."
            if da
            else "Check for a clear cross-border interest and follow the municipality's own "
            "purchasing rules."
        )
    return f"{below} {rest}"


def _annex(hint: ProcurementHint, da: bool) -> str:
    """Where the code stands in Annex XIV, for a service; "" for works and supplies."""
    if hint.kind is not ContractKind.SERVICES:
        return ""
    if hint.light:
        heading = hint.annex_heading[0 if da else 1]
        return (
            f"CPV-koden står i udbudslovens bilag 10 (direktivets bilag XIV): »{heading}«."
            if da
            else f"The CPV code is in Annex XIV of the Directive (udbudsloven bilag 10): "
            f"\u201c{heading}\u201d."
        )
    return (
        "CPV-koden står ikke i udbudslovens bilag 10, så light-regimet gælder ikke."
        if da
        else "The CPV code is not in Annex XIV (udbudsloven bilag 10), so the light regime "
        "does not apply."
    )


def _counting(hint: ProcurementHint, da: bool) -> list[str]:
    """How the value was made up: the bought share of a mixed card, services added up."""
    lang = "da" if da else "en"
    counting = hint.counting
    parts = []
    whole = counting.card_value_dkk
    if counting.mixed and whole is not None:
        share = counting.bought_share_percent
        if share is None:
            parts.append(
                "Kortet er blandet, men den købte andel er ikke skrevet: hele beløbet er talt "
                "med. Skriv på kortet, hvor stor en del der købes."
                if da
                else "The card is mixed, but the bought share is not given: the whole value "
                "is counted. Enter on the card how much of it is bought."
            )
        else:
            of = format_dkk(whole, lang=lang)
            own = format_dkk(bought_part(whole, share), lang=lang)
            parts.append(
                f"Kun den købte del tæller: {share} % af {of} = {own}"
                if da
                else f"Only the bought part counts: {share} % of {of} = {own}"
            )
    if counting.partners:
        names = [
            (f"»{p.title}«" if da else f"\u201c{p.title}\u201d")
            + f" ({format_dkk(p.value_dkk, lang=lang)})"
            for p in counting.partners
        ]
        if counting.unnamed_partners:
            more = format_dkk(counting.unnamed_value_dkk, lang=lang)
            names.append(
                f"{counting.unnamed_partners} andre ({more})"
                if da
                else f"{counting.unnamed_partners} more ({more})"
            )
        listed = _join(names, "og" if da else "and")
        total = format_dkk(hint.contract_value_dkk, lang=lang)
        parts.append(
            f"Lagt sammen med {listed}, som har samme CPV-gruppe ({counting.group}…): i alt "
            f"{total} Køb af samme slags tælles sammen, når tærskelværdien vurderes "
            "(udbudsdirektivets art. 5); tjek, om de hører til samme indkøb."
            if da
            else f"Added together with {listed}, in the same CPV group "
            f"({counting.group}…): {total} in all. Purchases of the same "
            "kind are added up when the threshold is assessed (art. 5 of the Directive); "
            "check whether they belong to the same purchase."
        )
    return parts


def _which_day(hint: ProcurementHint, da: bool) -> str:
    assert hint.period is not None
    day = hint.day.strftime("%d.%m.%Y")
    if hint.counting.announced_on is not None:
        return (
            f"Tærskelværdierne for {hint.period.years} gælder, fordi udbuddet efter planen "
            f"annonceres {day}."
            if da
            else f"The thresholds for {hint.period.years} apply because the tender is planned "
            f"to be announced on {day}."
        )
    return (
        f"Tærskelværdierne for {hint.period.years} gælder for workshoppens dato ({day}); skriv "
        "den planlagte annoncering på kortet, hvis udbuddet annonceres senere."
        if da
        else f"The thresholds for {hint.period.years} apply on the workshop's date ({day}); "
        "enter the planned announcement date on the card if the tender is announced later."
    )


def _join(items: list[str], word: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"


def bought_part(value_dkk: int, share_percent: int) -> int:
    """The bought share of a value, rounded to whole kroner."""
    return int((Decimal(value_dkk) * share_percent / 100).quantize(Decimal(1), ROUND_HALF_UP))


def counted_value(value_dkk: int | None, *, mixed: bool, share_percent: int | None) -> int | None:
    """What a card counts with towards a threshold: on a mixed card with a share, the
    bought part; otherwise the whole value."""
    if value_dkk is None or not mixed or share_percent is None:
        return value_dkk
    return bought_part(value_dkk, share_percent)


def procurement_hint(
    *,
    contract_value_dkk: int | None,
    cpv_code: str,
    on: date,
    counting: Counting | None = None,
) -> ProcurementHint:
    """Which regime probably applies to a contract of this value and CPV code, announced
    on this day. `contract_value_dkk` is the value to compare (the bought part, with the
    partners added); `counting` says how it was made up."""
    return _hint(
        contract_value_dkk, cpv_code, on, counting or Counting(card_value_dkk=contract_value_dkk)
    )


@lru_cache(maxsize=4096)
def _hint(
    contract_value_dkk: int | None, cpv_code: str, on: date, counting: Counting
) -> ProcurementHint:
    # Cached: the board asks again for every bought card after every edit, and an equal
    # question then gives the very same hint, which the views compare cheaply.
    period = period_on(on)
    if period is None:
        return ProcurementHint(Regime.UNKNOWN_PERIOD, contract_value_dkk, on, counting=counting)
    if contract_value_dkk is None:
        return ProcurementHint(Regime.NO_VALUE, None, on, period, counting=counting)
    value = contract_value_dkk
    kind = kind_of(cpv_code)
    if kind is not None:
        row = annex_xiv_row(cpv_code) if kind is ContractKind.SERVICES else None
        light = row is not None
        threshold = period.for_kind(kind, light=light)
        limit = period.in_dkk(threshold)
        regime = (Regime.LIGHT if light else Regime.FULL_EU) if value >= limit else Regime.BELOW
        return ProcurementHint(
            regime,
            value,
            on,
            period,
            threshold,
            limit,
            close=_close(value, limit),
            kind=kind,
            light=light,
            annex_heading=(row.heading_da, row.heading_en) if row else ("", ""),
            counting=counting,
        )
    # No code yet: under the lowest threshold (supplies and services) every rule agrees;
    # above it the regime depends on the code.
    services = period.in_dkk(period.services)
    regime = Regime.BELOW if value < services else Regime.DEPENDS_ON_CPV
    return ProcurementHint(
        regime,
        value,
        on,
        period,
        period.services,
        services,
        close=regime is Regime.BELOW and _close(value, services),
        counting=counting,
    )


def _close(value: int, limit: int) -> bool:
    return abs(Decimal(value) - limit) <= CLOSE * limit
