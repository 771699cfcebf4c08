"""The procurement hint: under the threshold, light regime or EU tender, per period."""

from __future__ import annotations

import itertools
import json
from datetime import date

import pytest

from desktop.core.thresholds import (
    DISCLAIMER_DA,
    DISCLAIMER_EN,
    Regime,
    load_periods,
    period_on,
    procurement_hint,
)
from desktop.resources import resource_path

DAY = date(2027, 2, 9)  # the demo workshop's day
SOCIAL = "85312320"  # Konsulenttjenesteydelser: on the light-regime list
SOFTWARE = "48000000-8"  # not a social service
# 2026-2027: no official kroner values in the file, so euro x 7.46038 (ERM II central rate)
SERVICES_DKK = 1_611_442  # EUR 216,000 x 7.46038 = 1,611,442.08
SOCIAL_DKK = 5_595_285  # EUR 750,000 x 7.46038


def test_thresholds_file_has_period_values_rate_and_sources() -> None:
    data = json.loads(resource_path("data", "thresholds.json").read_text(encoding="utf-8"))
    current = next(p for p in data["periods"] if p["valid_from"] == "2026-01-01")
    assert current["valid_to"] == "2027-12-31"
    assert current["thresholds"]["services"]["eur"] == 216_000
    assert current["thresholds"]["social_services"]["eur"] == 750_000
    assert current["thresholds"]["services"]["dkk"] is None  # none found with a source
    assert "2025/2152" in current["source"]
    assert current["exchange_rate"]["dkk_per_eur"] == "7.46038"
    assert "nationalbanken.dk" in current["exchange_rate"]["source"]


def test_converted_thresholds_for_2026_2027() -> None:
    period = period_on(DAY)
    assert period is not None
    assert period.in_dkk(period.services) == SERVICES_DKK
    assert period.in_dkk(period.social_services) == SOCIAL_DKK


@pytest.mark.parametrize(
    "value, regime",
    [
        (SOCIAL_DKK - 1, Regime.BELOW),  # just under
        (SOCIAL_DKK, Regime.LIGHT),  # at: "equal to or greater than"
        (SOCIAL_DKK + 1, Regime.LIGHT),  # just over
        (SERVICES_DKK, Regime.BELOW),  # the services threshold does not apply to it
    ],
)
def test_social_service_is_light_regime_from_its_threshold(value: int, regime: Regime) -> None:
    hint = procurement_hint(contract_value_dkk=value, cpv_code=SOCIAL, on=DAY)
    assert hint.regime is regime
    assert hint.threshold_dkk == SOCIAL_DKK


@pytest.mark.parametrize(
    "value, regime",
    [
        (SERVICES_DKK - 1, Regime.BELOW),
        (SERVICES_DKK, Regime.FULL_EU),
        (SERVICES_DKK + 1, Regime.FULL_EU),
        (SOCIAL_DKK + 1, Regime.FULL_EU),
    ],
)
def test_other_service_needs_an_eu_tender_from_the_services_threshold(
    value: int, regime: Regime
) -> None:
    hint = procurement_hint(contract_value_dkk=value, cpv_code=SOFTWARE, on=DAY)
    assert hint.regime is regime
    assert hint.threshold_dkk == SERVICES_DKK


def test_official_kroner_values_are_used_where_the_file_has_them() -> None:
    day = date(2025, 6, 1)  # 2024-2025: KFST's kroner values
    assert (
        procurement_hint(contract_value_dkk=1_644_637, cpv_code=SOFTWARE, on=day).regime
        is Regime.BELOW
    )
    at = procurement_hint(contract_value_dkk=1_644_638, cpv_code=SOFTWARE, on=day)
    assert at.regime is Regime.FULL_EU
    assert "omregnet" not in at.message("da")
    assert (
        procurement_hint(contract_value_dkk=5_581_350, cpv_code=SOCIAL, on=day).regime
        is Regime.LIGHT
    )
    assert (
        procurement_hint(contract_value_dkk=5_581_349, cpv_code=SOCIAL, on=day).regime
        is Regime.BELOW
    )


@pytest.mark.parametrize(
    "day, known",
    [
        (date(2023, 12, 31), False),
        (date(2024, 1, 1), True),
        (date(2026, 1, 1), True),
        (date(2027, 12, 31), True),
        (date(2028, 1, 1), False),
    ],
)
def test_outside_a_known_period_the_hint_cannot_tell(day: date, known: bool) -> None:
    hint = procurement_hint(contract_value_dkk=10_000_000, cpv_code=SOCIAL, on=day)
    assert (hint.regime is not Regime.UNKNOWN_PERIOD) is known
    if not known:
        assert hint.message("da").startswith("Kan ikke afgøres: Tværs kender ikke tærskelværdierne")
        assert day.strftime("%d.%m.%Y") in hint.message("da")
        assert hint.badge("da") == "Ukendt periode"


def test_without_a_value_the_hint_asks_for_cost_and_years() -> None:
    hint = procurement_hint(contract_value_dkk=None, cpv_code=SOCIAL, on=DAY)
    assert hint.regime is Regime.NO_VALUE
    assert "årlige pris" in hint.message("da")


def test_without_a_cpv_code_the_answer_is_given_only_where_it_does_not_depend_on_it() -> None:
    below = procurement_hint(contract_value_dkk=SERVICES_DKK - 1, cpv_code="", on=DAY)
    assert below.regime is Regime.BELOW
    between = procurement_hint(contract_value_dkk=SERVICES_DKK, cpv_code="", on=DAY)
    assert between.regime is Regime.DEPENDS_ON_CPV
    above = procurement_hint(contract_value_dkk=SOCIAL_DKK + 1, cpv_code="", on=DAY)
    assert above.regime is Regime.DEPENDS_ON_CPV
    assert "CPV-koden" in above.message("da")


def test_every_hint_is_labelled_guidance_not_legal_advice() -> None:
    for value, code, day in (
        (1, SOCIAL, DAY),
        (SOCIAL_DKK, SOCIAL, DAY),
        (SERVICES_DKK, SOFTWARE, DAY),
        (None, "", DAY),
        (1, "", date(2030, 1, 1)),
    ):
        hint = procurement_hint(contract_value_dkk=value, cpv_code=code, on=day)
        assert hint.message("da").endswith(DISCLAIMER_DA)
        assert hint.message("en").endswith(DISCLAIMER_EN)
    assert DISCLAIMER_DA == "Vejledende – ikke juridisk rådgivning"


def test_message_names_value_threshold_rate_and_source() -> None:
    hint = procurement_hint(contract_value_dkk=2_000_000, cpv_code=SOFTWARE, on=DAY)
    text = hint.message("da")
    assert "2.000.000 kr." in text
    assert "1.611.442 kr." in text
    assert "EUR 216.000" in text
    assert "7,46038" in text
    assert "2025/2152" in text
    assert hint.badge("da") == "EU-udbud"
    assert hint.badge("en") == "EU tender"


def test_values_within_two_percent_of_a_threshold_are_marked_close() -> None:
    near = procurement_hint(contract_value_dkk=SERVICES_DKK - 30_000, cpv_code=SOFTWARE, on=DAY)
    assert near.close and "tæt på tærskelværdien" in near.message("da")
    far = procurement_hint(contract_value_dkk=SERVICES_DKK - 40_000, cpv_code=SOFTWARE, on=DAY)
    assert not far.close


def test_periods_do_not_overlap() -> None:
    periods = sorted(load_periods(), key=lambda p: p.valid_from)
    for earlier, later in itertools.pairwise(periods):
        assert earlier.valid_to < later.valid_from
