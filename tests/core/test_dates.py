"""Danish dates as typed: every usual form gives exactly that day; impossible ones say why."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.dates import (
    NoSuchDayError,
    NoSuchMonthError,
    NotADateError,
    format_date,
    parse_date,
)


@pytest.mark.parametrize(
    "typed",
    [
        "27.01.2027",
        "27.1.2027",
        "27/1-2027",
        "27/1/2027",
        "27-1-2027",
        "27.1.27",
        "27/1-27",
        " 27.01.2027 ",
        "27. januar 2027",
        "27 jan 2027",
        "27. January 2027",
        "27012027",
        "270127",
        "2027-01-27",
    ],
)
def test_danish_forms_give_exactly_the_typed_day(typed: str) -> None:
    assert parse_date(typed, year=2030) == date(2027, 1, 27)


@pytest.mark.parametrize("typed", ["27.1", "27.1.", "27/1", "27. jan"])
def test_a_date_without_year_takes_the_year_given(typed: str) -> None:
    assert parse_date(typed, year=2028) == date(2028, 1, 27)


def test_empty_is_no_date() -> None:
    assert parse_date("", year=2027) is None
    assert parse_date("   ", year=2027) is None


def test_a_day_that_does_not_exist_is_refused_with_the_reason() -> None:
    with pytest.raises(NoSuchDayError) as caught:
        parse_date("31.02.2027", year=2027)
    assert caught.value.message("da") == "31.02.2027 findes ikke: februar 2027 har 28 dage."
    assert caught.value.message("en") == "31.02.2027 does not exist: February 2027 has 28 days."
    assert parse_date("29.02.2028", year=2027) == date(2028, 2, 29)
    with pytest.raises(NoSuchDayError):
        parse_date("29.02.2027", year=2027)
    with pytest.raises(NoSuchDayError):
        parse_date("0.1.2027", year=2027)


def test_a_month_that_does_not_exist_is_refused() -> None:
    with pytest.raises(NoSuchMonthError) as caught:
        parse_date("12.13.2027", year=2027)
    assert caught.value.message("da") == "12.13.2027 findes ikke: et år har 12 måneder."


@pytest.mark.parametrize(
    "typed", ["i morgen", "27", "27.01.202", "27.01.20277", "2027", "27:01:2027", "27.xy.2027"]
)
def test_text_that_is_not_a_date_is_refused_with_how_to_write_one(typed: str) -> None:
    with pytest.raises(NotADateError) as caught:
        parse_date(typed, year=2027)
    assert "27.01.2027" in caught.value.message("da")


def test_format_is_day_month_year_with_dots() -> None:
    assert format_date(date(2027, 1, 5)) == "05.01.2027"
    assert format_date(None) == ""
