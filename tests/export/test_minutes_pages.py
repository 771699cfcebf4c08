"""No near-empty pages in the minutes (issue 17, item 7): a section starts on the page where the
one before it ends when there is room, and a heading never stands alone at a page's foot.

How full a page is: how far down its frame the lowest line of text sits, read back from the
PDF with pypdf (each text run's position on the page). Rules and table fills carry no text,
but every row of ours ends in a line of text, so the lowest text line is where the content
ends. A line count would weigh a page of small table text against one of headings.

The bar is a third of the frame: before this change the demo's minutes had pages filled to
22 %, 28 % and 30 % (the foot of a section before the next began on a new page, and a term
table's heading moved to the next page with the whole table); a fifth would have let two of
them through. Exempt: the last page, the landscape canvas pages, and a page just before a
landscape page (the next canvas needs a page of the other orientation, whatever room is left).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from reportlab.lib.units import mm

from desktop.export.minutes import SectionBreak, build_story, write_minutes
from desktop.export.minutes_data import MinutesData, read_file
from desktop.export.options import MinutesOptions
from desktop.export.page import BOTTOM_MARGIN, TOP_MARGIN
from desktop.export.styles import make_styles
from tests.conftest import copy_workshop

LEAST_FILLED = 1 / 3


@dataclass(frozen=True)
class Page:
    number: int
    landscape: bool
    filled: float  # how far down the frame the lowest text line is, 0 to 1
    last_line: str  # the text of that line
    last_size: float  # its largest font size: 12 pt and more is a heading (h1, h2)
    headings: tuple[str, ...]  # the page's lines in 12 pt or more


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[MinutesData]:
    folder = tmp_path_factory.mktemp("demo_pages")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        yield read_file(copy_workshop(demo_file, folder / "demo.tvaers"))


def pages_of(data: MinutesData, **options: object) -> list[Page]:
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(**options), out)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(out.getvalue()))
    return [_read_page(number, page) for number, page in enumerate(reader.pages, start=1)]


def _read_page(number: int, page: PageObject) -> Page:
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    top, bottom = height - TOP_MARGIN, BOTTOM_MARGIN  # the frame: no header, no footer
    lines: dict[float, str] = {}
    sizes: dict[float, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1)
        if text.strip() and bottom <= y <= top:
            lines[y] = lines.get(y, "") + text
            sizes[y] = max(sizes.get(y, 0.0), float(size) * abs(tm[3]))

    page.extract_text(visitor_text=visit)
    lowest = min(lines, default=top)
    big = tuple(" ".join(lines[y].split()) for y in sorted(lines, reverse=True) if sizes[y] >= 12)
    return Page(
        number=number,
        landscape=width > height,
        filled=(top - lowest) / (top - bottom),
        last_line=" ".join(lines.get(lowest, "").split()),
        last_size=sizes.get(lowest, 0.0),
        headings=big,
    )


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_page_of_the_demo_minutes_is_near_empty(demo: MinutesData, lang: str) -> None:
    pages = pages_of(demo, lang=lang)

    thin = [
        (page.number, round(page.filled, 2))
        for page, after in pairwise(pages)  # the last page may be short
        if not page.landscape and not after.landscape and page.filled < LEAST_FILLED
    ]
    assert thin == []
    assert any(p.landscape for p in pages)  # the canvases are still drawn on pages of their own


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_heading_stands_alone_at_a_pages_foot(demo: MinutesData, lang: str) -> None:
    pages = pages_of(demo, lang=lang)

    heading = "Fælles sprog" if lang == "da" else "Shared language"
    assert any(heading in p.headings for p in pages)  # headings are told by their size
    assert [(p.number, p.last_line) for p in pages if p.last_size >= 12] == []


def test_a_section_starts_on_the_page_where_the_last_one_ends_when_there_is_room(
    demo: MinutesData,
) -> None:
    pages = pages_of(demo, sections=("participants", "glossary", "actions"))
    reader_text = _page_texts(demo, sections=("participants", "glossary", "actions"))

    # The participants fill half a page: the shared language starts below them.
    assert "Deltagere" in reader_text[0] and "Fælles sprog" in reader_text[0]
    assert pages[0].filled > 0.5


def test_the_cover_keeps_a_page_of_its_own(demo: MinutesData) -> None:
    texts = _page_texts(demo, sections=("cover", "actions"))

    assert "Referat af workshop" in texts[0] and "Opfølgning" not in texts[0].split("Indhold")[0]
    assert texts[1].split("2027", 1)[1].strip().startswith("Opfølgning")


def test_each_section_after_the_cover_may_share_a_page_but_a_canvas_gets_its_own(
    demo: MinutesData,
) -> None:
    story = build_story(demo, MinutesOptions(), make_styles("da"))
    breaks = [f for f in story if isinstance(f, SectionBreak)]

    # participants (after the cover: a page break), glossary, needs, delivery, contracts,
    # business case, market dialogue, decisions, actions
    assert len(breaks) == 8
    assert breaks[0].height == pytest.approx((297 * mm - TOP_MARGIN - BOTTOM_MARGIN) / 4)
    assert {b.template for b in breaks} == {"portrait", "landscape"}


def _page_texts(data: MinutesData, **options: object) -> list[str]:
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(**options), out)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(out.getvalue()))
    return [" ".join(page.extract_text().split()) for page in reader.pages]
