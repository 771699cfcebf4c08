"""A web address longer than its column stays on the page: reportlab (5.1) split it once at a
»/« and never cut the rest, which ran past the column and off the A4 page (a decision's
»Ressourcer i øvrigt« with »https://example.org/« and 120 more characters, seen in the
minutes). Now an address goes whole to the next line when it fits a line, and one longer
than its column is cut where the column ends, as any word that long."""

from __future__ import annotations

import pytest

from desktop.export.styles import make_styles

ADDRESSES = [
    "Se https://example.org/" + "abcdefghij" * 12 + " for detaljer",
    "Krav: https://kommune.dk/" + "x" * 90 + "/side og mere tekst",
    "www.example.org/" + "a/" * 80,
]


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("text", ADDRESSES)
@pytest.mark.parametrize("style", ["td", "body", "td_small"])
def test_no_line_is_wider_than_its_column(lang: str, text: str, style: str) -> None:
    styles = make_styles(lang)
    para = styles.para(text, getattr(styles, style))
    para.wrap(200, 10_000)
    lines = para.blPara.lines
    widths = [line[0] if isinstance(line, tuple) else line.extraSpace for line in lines]
    assert min(widths) >= -0.01, f"a line is {-min(widths):.0f} pt wider than its column"
    assert len(lines) > 1


def test_an_address_that_fits_a_line_is_not_broken() -> None:
    styles = make_styles("da")
    para = styles.para("Læs mere på https://example.org/udbud/vejledning i dag", styles.td)
    para.wrap(180, 10_000)
    assert any(
        "https://example.org/udbud/vejledning" in str(word)
        for line in para.blPara.lines
        for word in (line[1] if isinstance(line, tuple) else line.words)
    )
