"""The procurement hint: which EU regime a service contract probably falls under.

Guidance for the room, not legal advice: it compares the estimated total contract value
(annual cost x contract years including options, without VAT) with the thresholds of
Directive 2014/24/EU for municipalities in resources/data/thresholds.json. A value equal
to or greater than a threshold is above it (art. 4: "equal to or greater than").

- CPV code on the light-regime list (social and other specific services): the light
  regime from its threshold (EUR 750,000), else under the threshold.
- Any other CPV code: a full EU tender from the services threshold (EUR 216,000 in
  2026-2027), else under the threshold.
- No CPV code: the answer is given where both rules agree, otherwise it depends on the code.
- Outside a period in the file the hint says it cannot tell.

Euro thresholds are compared in kroner: the official kroner value where the file has one,
else the euro value converted at the period's stated rate (rounded to whole kroner); a
value within 2 % of a threshold is marked as close, since the official kroner value may
differ slightly from the converted one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from desktop.core.cpv import is_social_service
from desktop.core.money import format_dkk
from desktop.resources import resource_path

CLOSE = Decimal("0.02")  # within 2 % of a threshold: "close to the threshold"
DISCLAIMER_DA = "Vejledende – ikke juridisk rådgivning"
DISCLAIMER_EN = "Guidance – not legal advice"


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
        services=threshold("services"),
        social_services=threshold("social_services"),
        source=str(raw["source"]),
        dkk_per_eur=Decimal(rate["dkk_per_eur"]) if rate else None,
        rate_source=str(rate["source"]) if rate else "",
    )


def period_on(day: date) -> ThresholdPeriod | None:
    return next((p for p in load_periods() if p.covers(day)), None)


@dataclass(frozen=True)
class ProcurementHint:
    regime: Regime
    contract_value_dkk: int | None
    day: date
    period: ThresholdPeriod | None = None
    threshold: Threshold | None = None  # the threshold the value was compared with
    threshold_dkk: int | None = None
    close: bool = False  # within 2 % of the threshold

    def badge(self, lang: str = "da") -> str:
        """A few words for the card."""
        da, en = _BADGES[self.regime]
        return da if lang == "da" else en

    def summary(self, lang: str = "da") -> str:
        """The explanation and the disclaimer, without rate and source (for a small space)."""
        return "\n\n".join(
            [*self._findings(lang == "da"), DISCLAIMER_DA if lang == "da" else DISCLAIMER_EN]
        )

    def _findings(self, da: bool) -> list[str]:
        parts = [_explain(self, da)]
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
        """The full explanation, with the rate and source, ending with the disclaimer."""
        da = lang == "da"
        parts = self._findings(da)
        if self.period is not None and self.threshold is not None:
            if self.period.converted(self.threshold):
                rate = str(self.period.dkk_per_eur).replace(".", ",") if da else ""
                parts.append(
                    f"Tærskelværdien er omregnet fra euro med kursen {rate} kr. pr. euro "
                    "(ERM II-centralkursen)."
                    if da
                    else f"The threshold is converted from euro at {self.period.dkk_per_eur} "
                    "kroner per euro (the ERM II central rate)."
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


def _explain(hint: ProcurementHint, da: bool) -> str:
    value = format_dkk(hint.contract_value_dkk) if hint.contract_value_dkk is not None else ""
    limit = format_dkk(hint.threshold_dkk) if hint.threshold_dkk is not None else ""
    eur = f"{hint.threshold.eur:,}".replace(",", "." if da else ",") if hint.threshold else ""
    regime = hint.regime
    if regime is Regime.UNKNOWN_PERIOD:
        day = hint.day.strftime("%d.%m.%Y") if da else hint.day.isoformat()
        return (
            f"Kan ikke afgøres: Tværs kender ikke tærskelværdierne for {day}."
            if da
            else f"Cannot tell: Tværs does not know the thresholds for {day}."
        )
    if regime is Regime.NO_VALUE:
        return (
            "Kan ikke afgøres: skriv den årlige pris og kontraktens længde i år inkl. optioner."
            if da
            else "Cannot tell: enter the annual cost and the contract years including options."
        )
    if regime is Regime.DEPENDS_ON_CPV:
        return (
            f"Kontraktværdien {value} afhænger af CPV-koden: er ydelsen en social eller anden "
            "specifik tjenesteydelse, gælder light-regimet først fra "
            f"{format_dkk(_in_dkk(hint, social=True))}; ellers skal den i EU-udbud fra {limit}."
            if da
            else f"The contract value {value} depends on the CPV code: for a social or other "
            "specific service the light regime applies only from "
            f"{format_dkk(_in_dkk(hint, social=True))}; otherwise an EU tender is needed "
            f"from {limit}."
        )
    social = (
        hint.threshold is not None
        and hint.period is not None
        and (hint.threshold == hint.period.social_services)
    )
    if regime is Regime.LIGHT:
        return (
            f"Kontraktværdien {value} er på eller over tærskelværdien for sociale og andre "
            f"specifikke tjenesteydelser ({limit}, EUR {eur}): light-regimet (udbudslovens "
            "afsnit III) gælder sandsynligvis."
            if da
            else f"The contract value {value} is at or above the threshold for social and other "
            f"specific services ({limit}, EUR {eur}): the light regime probably applies."
        )
    if regime is Regime.FULL_EU:
        return (
            f"Kontraktværdien {value} er på eller over EU-tærskelværdien for kommunale "
            f"tjenesteydelser ({limit}, EUR {eur}): et EU-udbud (udbudslovens afsnit II) "
            "er sandsynligvis påkrævet."
            if da
            else f"The contract value {value} is at or above the EU threshold for municipal "
            f"service contracts ({limit}, EUR {eur}): a full EU tender is probably required."
        )
    kind_da = "sociale og andre specifikke tjenesteydelser" if social else "tjenesteydelser"
    kind_en = "social and other specific services" if social else "service contracts"
    return (
        f"Kontraktværdien {value} er under EU-tærskelværdien for {kind_da} ({limit}, "
        f"EUR {eur}). Tjek om opgaven har klar grænseoverskridende interesse, og følg "
        "kommunens egne indkøbsregler."
        if da
        else f"The contract value {value} is below the EU threshold for {kind_en} ({limit}, "
        f"EUR {eur}). Check for a clear cross-border interest and follow the municipality's "
        "own purchasing rules."
    )


def _in_dkk(hint: ProcurementHint, *, social: bool) -> int:
    assert hint.period is not None
    return hint.period.in_dkk(hint.period.social_services if social else hint.period.services)


def procurement_hint(*, contract_value_dkk: int | None, cpv_code: str, on: date) -> ProcurementHint:
    """Which regime probably applies to a contract of this value and CPV code on this day."""
    period = period_on(on)
    if period is None:
        return ProcurementHint(Regime.UNKNOWN_PERIOD, contract_value_dkk, on)
    if contract_value_dkk is None:
        return ProcurementHint(Regime.NO_VALUE, None, on, period)
    services = period.in_dkk(period.services)
    value = contract_value_dkk
    if cpv_code.strip():
        threshold = period.social_services if is_social_service(cpv_code) else period.services
        limit = period.in_dkk(threshold)
        if value >= limit:
            regime = Regime.LIGHT if threshold is period.social_services else Regime.FULL_EU
        else:
            regime = Regime.BELOW
        return ProcurementHint(
            regime, value, on, period, threshold, limit, close=_close(value, limit)
        )
    # No code yet: answer where both rules agree; above the lower threshold the regime
    # (light or full) depends on the code.
    regime = Regime.BELOW if value < services else Regime.DEPENDS_ON_CPV
    return ProcurementHint(
        regime,
        value,
        on,
        period,
        period.services,
        services,
        close=regime is Regime.BELOW and _close(value, services),
    )


def _close(value: int, limit: int) -> bool:
    return abs(Decimal(value) - limit) <= CLOSE * limit
