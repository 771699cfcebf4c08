"""The procurement hint: under the threshold, light regime or EU tender, per period."""

from __future__ import annotations

import itertools
import json
from datetime import date

import pytest

from desktop.core.cpv import ContractKind
from desktop.core.thresholds import (
    DISCLAIMER_DA,
    DISCLAIMER_EN,
    Counting,
    Regime,
    counted_value,
    load_periods,
    period_on,
    procurement_hint,
)
from desktop.resources import resource_path

DAY = date(2027, 2, 9)  # the demo workshop's day
SOCIAL = "85312320"  # Konsulenttjenesteydelser: on the light-regime list
SOFTWARE = "48000000-8"  # software packages: supplies (division 48)
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
    assert "anslåede årlige udgift" in hint.message("da")


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
    # A converted amount says so, and from what: it is not an official figure.
    assert "ca. 1,61 mio. kr. (omregnet fra EUR 216.000, 2026–27)" in text
    assert "about DKK 1.61 million (converted from EUR 216,000, 2026–27)" in hint.message("en")
    assert "The contract value DKK 2,000,000 is at or above" in hint.message("en")
    period = period_on(date(2025, 6, 1))  # an official kroner figure, each language's way
    assert period is not None
    assert period.label(period.services, "da") == "1.644.638 kr. (EUR 221.000, 2024–25)"
    assert period.label(period.services, "en") == "DKK 1,644,638 (EUR 221,000, 2024–25)"
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


# -- issue 16: the kind of contract, Annex XIV, the day that decides, the advice first --------

WORKS_DKK = 40_315_894  # EUR 5,404,000 x 7.46038 = 40,315,893.52


def test_works_and_supplies_thresholds_are_in_the_file_for_both_periods() -> None:
    now = period_on(DAY)
    before = period_on(date(2025, 6, 1))
    assert now is not None and before is not None
    assert (now.works.eur, now.supplies.eur, now.services.eur) == (5_404_000, 216_000, 216_000)
    assert (before.works.eur, before.supplies.eur) == (5_538_000, 221_000)
    assert now.in_dkk(now.works) == WORKS_DKK
    assert before.in_dkk(before.supplies) == 1_644_638  # official, as for services


@pytest.mark.parametrize("code", ["79611000", "80580000-3", "80530000", "80400000", "55520000"])
def test_labour_market_services_of_annex_xiv_get_the_light_regime(code: str) -> None:
    """Job search, language courses, vocational training, adult education, catering: the
    light regime (udbudsloven afsnit III), not a full EU tender, at 12 mio. kr."""
    hint = procurement_hint(contract_value_dkk=12_000_000, cpv_code=code, on=DAY)
    assert hint.regime is Regime.LIGHT
    assert hint.light and hint.threshold_dkk == SOCIAL_DKK
    assert "bilag 10" in hint.message("da") and "afsnit III" in hint.message("da")


def test_a_service_outside_annex_xiv_says_the_light_regime_does_not_apply() -> None:
    hint = procurement_hint(contract_value_dkk=2_000_000, cpv_code="72000000", on=DAY)
    assert hint.regime is Regime.FULL_EU
    assert "står ikke i udbudslovens bilag 10" in hint.message("da")


@pytest.mark.parametrize(
    "value, regime",
    [(3_000_000, Regime.BELOW), (WORKS_DKK - 1, Regime.BELOW), (WORKS_DKK, Regime.FULL_EU)],
)
def test_works_follow_the_works_threshold_and_tilbudsloven_below_it(
    value: int, regime: Regime
) -> None:
    hint = procurement_hint(contract_value_dkk=value, cpv_code="45210000", on=DAY)
    assert (hint.regime, hint.kind) == (regime, ContractKind.WORKS)
    text = hint.message("da")
    assert "bygge- og anlægskontrakter" in text
    assert "EUR 5.404.000" in text
    assert ("tilbudslovens regler" in text) == (regime is Regime.BELOW)


@pytest.mark.parametrize(
    "value, regime",
    [(SERVICES_DKK - 1, Regime.BELOW), (SERVICES_DKK, Regime.FULL_EU)],
)
def test_supplies_follow_the_supplies_threshold(value: int, regime: Regime) -> None:
    hint = procurement_hint(contract_value_dkk=value, cpv_code=SOFTWARE, on=DAY)
    assert (hint.regime, hint.kind) == (regime, ContractKind.SUPPLIES)
    assert "kommunale varekøb" in hint.message("da")


def test_an_official_kroner_value_is_labelled_with_its_euro_and_period() -> None:
    hint = procurement_hint(contract_value_dkk=2_000_000, cpv_code="72000000", on=date(2025, 3, 1))
    assert "1.644.638 kr. (EUR 221.000, 2024–25)" in hint.message("da")
    assert "omregnet" not in hint.message("da")


@pytest.mark.parametrize(
    "value, code",
    [(12_000_000, "79611000"), (2_000_000, "72000000"), (100_000, ""), (2_000_000, "")],
)
def test_every_hint_with_a_value_first_says_to_check_existing_agreements(
    value: int, code: str
) -> None:
    hint = procurement_hint(contract_value_dkk=value, cpv_code=code, on=DAY)
    for lang, first in (("da", "Tjek først, om en eksisterende aftale"), ("en", "First check")):
        assert hint.summary(lang).startswith(first)
        assert hint.message(lang).startswith(first)
    assert "SKI" in hint.summary("da")


def test_no_value_gives_no_advice_about_agreements() -> None:
    hint = procurement_hint(contract_value_dkk=None, cpv_code="79611000", on=DAY)
    assert "eksisterende aftale" not in hint.message("da")


def test_the_hint_says_which_day_decided_the_period() -> None:
    plain = procurement_hint(contract_value_dkk=2_000_000, cpv_code="72000000", on=DAY)
    assert "workshoppens dato (09.02.2027)" in plain.summary("da")
    announced = procurement_hint(
        contract_value_dkk=2_000_000,
        cpv_code="72000000",
        on=date(2027, 9, 1),
        counting=Counting(card_value_dkk=2_000_000, announced_on=date(2027, 9, 1)),
    )
    assert "annonceres 01.09.2027" in announced.summary("da")
    assert "Tærskelværdierne for 2026–27" in announced.summary("da")


def test_a_mixed_card_counts_only_its_bought_share() -> None:
    assert counted_value(8_000_000, mixed=True, share_percent=50) == 4_000_000
    assert counted_value(8_000_000, mixed=False, share_percent=50) == 8_000_000
    assert counted_value(8_000_000, mixed=True, share_percent=None) == 8_000_000
    assert counted_value(None, mixed=True, share_percent=50) is None
    hint = procurement_hint(
        contract_value_dkk=4_000_000,
        cpv_code="80580000",
        on=DAY,
        counting=Counting(card_value_dkk=8_000_000, mixed=True, bought_share_percent=50),
    )
    assert hint.regime is Regime.BELOW
    assert "50 % af 8.000.000 kr. = 4.000.000 kr." in hint.summary("da")
    for lang in ("da", "en"):
        assert "kr.." not in hint.message(lang)  # "kr." ends the sentence too
    unknown = procurement_hint(
        contract_value_dkk=8_000_000,
        cpv_code="80580000",
        on=DAY,
        counting=Counting(card_value_dkk=8_000_000, mixed=True),
    )
    assert unknown.regime is Regime.LIGHT
    assert "hele beløbet er talt med" in unknown.summary("da")
