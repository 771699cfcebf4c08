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


@pytest.mark.parametrize(
    ("lang", "pages", "workshops", "said"),
    [
        ("da", 1, 1, "1 side: 1 workshop fra vært:5432/bib."),
        ("da", 3, 2, "3 sider: 2 workshops fra vært:5432/bib."),
        ("en", 1, 1, "1 page: 1 workshop from vært:5432/bib."),
        ("en", 2, 0, "2 pages: 0 workshops from vært:5432/bib."),
    ],
)
def test_the_reports_line_has_its_singulars(
    lang: str, pages: int, workshops: int, said: str
) -> None:
    from desktop.library.commands import report_written

    assert report_written(pages, workshops, "vært:5432/bib", lang) == said
