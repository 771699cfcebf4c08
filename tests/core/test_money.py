"""Amounts: "1.234.567 kr." out in Danish, "DKK 1,234,567" in English; typed amounts (either
language's way) and contract years in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.money import (
    AmountError,
    YearsError,
    contract_value,
    format_dkk,
    format_number,
    format_years,
    parse_dkk,
    parse_years,
)


@pytest.mark.parametrize(
    "amount, text",
    [
        (0, "0 kr."),
        (7, "7 kr."),
        (999, "999 kr."),
        (1000, "1.000 kr."),
        (1_234_567, "1.234.567 kr."),
        (12_345_678_901_234, "12.345.678.901.234 kr."),
        (10**21, "1.000.000.000.000.000.000.000 kr."),  # far beyond any float's precision
        (-1500, "-1.500 kr."),
    ],
)
def test_format_dkk_uses_danish_thousands_and_kr(amount: int, text: str) -> None:
    assert format_dkk(amount, lang="da") == text


@pytest.mark.parametrize(
    "amount, text",
    [
        (0, "DKK 0"),
        (999, "DKK 999"),
        (1000, "DKK 1,000"),
        (1_234_567, "DKK 1,234,567"),
        (-1500, "DKK -1,500"),
    ],
)
def test_format_dkk_in_english_groups_with_commas_and_says_dkk(amount: int, text: str) -> None:
    """As the English minutes, business case and sign-off already said it (one formatter)."""
    assert format_dkk(amount, lang="en") == text
    assert format_number(amount, "en") == text.removeprefix("DKK ")


def test_missing_amount_is_shown_as_a_dash_not_as_zero() -> None:
    for lang in ("da", "en"):
        assert format_dkk(None, lang=lang) == "–"
        assert format_dkk(None, lang=lang, missing="") == ""


@pytest.mark.parametrize(
    "typed, amount",
    [
        ("1.234.567", 1_234_567),
        ("1234567", 1_234_567),
        ("1 234 567", 1_234_567),
        ("1.234.567 kr.", 1_234_567),
        ("1.500,-", 1500),
        ("1.500,00 kr", 1500),
        ("1,234,567", 1_234_567),  # as the English UI shows it
        ("DKK 1,234,567", 1_234_567),  # copied from the English minutes
        ("1,500.00", 1500),
        ("1,000", 1000),  # a group of three is a thousand in either language
        ("0", 0),
        ("  250.000  ", 250_000),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_dkk_reads_danish_and_plain_amounts(typed: str, amount: int | None) -> None:
    assert parse_dkk(typed) == amount


@pytest.mark.parametrize(
    "typed",
    [
        "1.23",
        "1,5",
        "1.234,50",
        "1,234.50",
        "12.34.567",
        "1,234.567",
        "-5",
        "en million",
        "1.234.5678",
    ],
)
def test_parse_dkk_refuses_what_is_not_whole_kroner(typed: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_dkk(typed)
    assert "hele kroner" in caught.value.message("da")


@given(st.integers(min_value=0, max_value=10**15))
def test_formatted_amounts_read_back_to_the_same_number(amount: int) -> None:
    for lang in ("da", "en"):
        assert parse_dkk(format_number(amount, lang)) == amount
        assert parse_dkk(format_dkk(amount, lang=lang)) == amount


@pytest.mark.parametrize(
    "typed, years",
    [("4", 4.0), ("2,5", 2.5), ("2.5", 2.5), ("2+1+1", 4.0), ("2 + 1,5", 3.5), ("", None)],
)
def test_contract_years_accept_options_written_as_a_sum(typed: str, years: float | None) -> None:
    assert parse_years(typed) == years


@pytest.mark.parametrize("typed", ["0", "to år", "2+", "101", "-1"])
def test_contract_years_refuse_nonsense(typed: str) -> None:
    with pytest.raises(YearsError):
        parse_years(typed)


def test_format_years_is_short_and_danish() -> None:
    assert format_years(4.0) == "4"
    assert format_years(2.5) == "2,5"
    assert format_years(2.5, lang="en") == "2.5"
    assert format_years(None) == ""


def test_contract_value_is_annual_cost_times_years_in_whole_kroner() -> None:
    assert contract_value(1_000_000, 4.0) == 4_000_000
    assert contract_value(333_333, 2.5) == 833_333  # 833,332.5 rounds half up
    assert contract_value(0, 3.0) == 0
    assert contract_value(None, 3.0) is None
    assert contract_value(1000, None) is None
    assert contract_value(10**15, 100.0) == 10**17  # exact, no float rounding
