"""The portfolio's counts in the window and the PDF: each with its own singular."""

from __future__ import annotations

import pytest

from desktop.export.words import portfolio_count, words


@pytest.mark.parametrize(
    ("lang", "workshops", "services", "said"),
    [
        ("da", 1, 1, "1 workshop · 1 ydelse · anslået årlig udgift i alt: 5 kr."),
        ("da", 2, 8, "2 workshops · 8 ydelser · anslået årlig udgift i alt: 5 kr."),
        ("en", 1, 1, "1 workshop · 1 service · estimated annual cost in total: 5 kr."),
        ("en", 3, 0, "3 workshops · 0 services · estimated annual cost in total: 5 kr."),
    ],
)
def test_each_count_has_its_singular(lang: str, workshops: int, services: int, said: str) -> None:
    assert portfolio_count(words(lang), workshops, services, "5 kr.") == said
