"""Pages: sizes and frames, the header on every page, "Side X af Y" in every footer, the PDF's
metadata, and the outline (bookmarks) a PDF viewer shows beside the pages.

"af Y" needs the number of pages before the first page is finished. Rather than lay the
whole document out twice, `NumberedCanvas` holds each finished page back and writes the
footers when it knows the total: one layout pass, a little memory per page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop import __version__
from desktop.export import escape
from desktop.export.fonts import draw_string, string_width
from desktop.export.styles import BOLD, MUTED, REGULAR, RULE, register_fonts

# Page streams are compressed; wrapping them in ASCII85 as well only costs time (about a
# tenth of a build without reportlab's C accelerator) and makes the file larger.
rl_config.useA85 = 0

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
A3_LANDSCAPE = "a3_landscape"
TWO_COLUMNS = "two_columns"  # A4 portrait in two columns: the glossary handout
# Its first page: a full-width title frame above the two columns (end it with FrameBreak).
TWO_COLUMNS_FIRST = "two_columns_first"
PAGE_SIZES: dict[str, tuple[float, float]] = {
    PORTRAIT: A4,
    LANDSCAPE: landscape(A4),
    A3_LANDSCAPE: landscape(A3),
    TWO_COLUMNS: A4,
    TWO_COLUMNS_FIRST: A4,
}
COLUMN_GAP = 8 * mm
TITLE_FRAME = 30 * mm
SIDE_MARGIN = 20 * mm
TOP_MARGIN = 22 * mm
BOTTOM_MARGIN = 20 * mm
DECOR_SIZE = 8

Progress = Callable[[float], None]


@dataclass(frozen=True)
class Decor:
    """What every page of one document shows around its content."""

    header_left: str  # the workshop's title
    header_right: str  # e.g. the day of the workshop
    footer_left: str  # what the document is: "Referat", "Fælles sprog"
    page_of: str  # "Side {page} af {total}"


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    lang: str  # "da" or "en"


def frame_size(template: str) -> tuple[float, float]:
    """Width and height of the content frame of a page of `template`."""
    width, height = PAGE_SIZES[template]
    return width - 2 * SIDE_MARGIN, height - TOP_MARGIN - BOTTOM_MARGIN


@lru_cache(maxsize=256)  # the same header and footer on every page
def fit(text: str, width: float, font: str = REGULAR, size: float = DECOR_SIZE) -> str:
    """`text` on one line no wider than `width`, cut with an ellipsis when too long."""
    text = " ".join(escape.plain(text[:2000]).split())
    if string_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if string_width(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _draw_header(canvas: Canvas, doc: BaseDocTemplate) -> None:
    decor: Decor = doc.decor
    width, height = canvas._pagesize
    y = height - 13 * mm
    right = fit(decor.header_right, (width - 2 * SIDE_MARGIN) * 0.3)
    room = width - 2 * SIDE_MARGIN - string_width(right, REGULAR, DECOR_SIZE) - 8 * mm
    canvas.saveState()
    canvas.setFillColor(MUTED)
    # The title drawn first: it comes first in the text, too.
    draw_string(canvas, SIDE_MARGIN, y, fit(decor.header_left, room, BOLD), BOLD, DECOR_SIZE)
    draw_string(canvas, width - SIDE_MARGIN, y, right, REGULAR, DECOR_SIZE, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(SIDE_MARGIN, y - 2.5 * mm, width - SIDE_MARGIN, y - 2.5 * mm)
    canvas.restoreState()


class NumberedCanvas(Canvas):
    """A canvas that finishes its pages only at `save`, when it knows how many there are."""

    def __init__(self, *args: Any, decor: Decor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._held: list[dict[str, Any]] = []
        self._bookmarks: list[tuple[str, str, int]] = []

    def add_bookmark(self, key: str, title: str, level: int) -> None:
        """An outline entry for the current page; made when the page is really written
        (a destination made now would point at the first page, as no page is written yet)."""
        self._bookmarks.append((key, title, level))

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            for key, title, level in self._bookmarks:
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=level)
            super().showPage()
        self._held = []
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _height = self._pagesize
        y = 11 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(SIDE_MARGIN, y + 4 * mm, width - SIDE_MARGIN, y + 4 * mm)
        self.setFillColor(MUTED)
        self.setFont(REGULAR, DECOR_SIZE)
        page_of = self._decor.page_of.format(page=number, total=total)
        room = width - 2 * SIDE_MARGIN - stringWidth(page_of, REGULAR, DECOR_SIZE) - 8 * mm
        draw_string(self, SIDE_MARGIN, y, fit(self._decor.footer_left, room), REGULAR, DECOR_SIZE)
        self.drawRightString(width - SIDE_MARGIN, y, page_of)
        self.restoreState()


class Bookmark(Flowable):
    """An entry in the PDF's outline, pointing at the page where it lands; takes no room."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title = " ".join(escape.plain(title[:200]).split()) or "…"
        self.level = level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, NumberedCanvas):
            canvas.add_bookmark(f"b{id(self)}", self.title, self.level)


class TvaersDocTemplate(BaseDocTemplate):
    """A document of page templates named by orientation, each with one frame, a header,
    and (through NumberedCanvas) a numbered footer."""

    def __init__(
        self,
        out: Path | IO[bytes],
        *,
        decor: Decor,
        metadata: Metadata,
        templates: tuple[str, ...] = (PORTRAIT, LANDSCAPE),
    ) -> None:
        register_fonts()
        target = str(out) if isinstance(out, Path) else out
        super().__init__(
            target,
            pagesize=PAGE_SIZES[templates[0]],
            leftMargin=SIDE_MARGIN,
            rightMargin=SIDE_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=_meta(metadata.title),
            author=_meta(metadata.author),
            subject=_meta(metadata.subject),
            creator=f"Tværs {__version__}",
            lang=metadata.lang,
            initialFontName=REGULAR,
            displayDocTitle=True,
        )
        self.decor = decor
        self.addPageTemplates([_template(name) for name in templates])

    def write(self, story: list[Flowable], progress: Progress | None = None) -> int:
        """Lay out and write the story; the number of pages. `progress` gets a fraction
        from 0 to 1 as the layout goes; an exception it raises stops the build."""
        if progress is not None:
            total = max(1, len(story))

            def report(kind: str, value: int) -> None:
                if kind == "PROGRESS":
                    progress(min(1.0, value / total))

            self.setProgressCallBack(report)
        self.build(story, canvasmaker=partial(NumberedCanvas, decor=self.decor))
        pages: int = self.page
        return pages


def _template(name: str) -> PageTemplate:
    width, height = frame_size(name)
    columns = 2 if name in (TWO_COLUMNS, TWO_COLUMNS_FIRST) else 1
    column = (width - (columns - 1) * COLUMN_GAP) / columns
    title: list[Frame] = []
    if name == TWO_COLUMNS_FIRST:
        height -= TITLE_FRAME
        title = [_frame(f"{name}-title", SIDE_MARGIN, BOTTOM_MARGIN + height, width, TITLE_FRAME)]
    frames = title + [
        _frame(
            f"{name}-{i}", SIDE_MARGIN + i * (column + COLUMN_GAP), BOTTOM_MARGIN, column, height
        )
        for i in range(columns)
    ]
    return PageTemplate(id=name, frames=frames, onPage=_draw_header, pagesize=PAGE_SIZES[name])


def _frame(name: str, x: float, y: float, width: float, height: float) -> Frame:
    return Frame(
        x, y, width, height, id=name, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )


def _meta(text: str) -> str:
    return " ".join(escape.plain(text[:1000]).split())
