"""Fonts, colours and named paragraph styles of every PDF Tværs prints, and the few ways a
user's text becomes a flowable (always through `escape`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop.core.money import format_number
from desktop.export import escape, fonts
from desktop.export.hyphenation import hyphenate_styles, protect
from desktop.export.words import words

# DejaVu Sans, with Noto Emoji for emoji (desktop/export/fonts.py, resources/fonts).
REGULAR, BOLD, ITALIC, BOLD_ITALIC = fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC

INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#C9CED6")
HEADER_FILL = colors.HexColor("#EEF1F5")
DISPUTED_FILL = colors.HexColor("#FBE7D6")
DISPUTED_INK = "#9A3B00"  # in markup: <font color="...">
ACCENT = colors.HexColor("#28527A")

# Sticky notes by side, in the hues of the wall (the canvas tab's colours) but paler, so
# black text stays sharp on any office printer; the border is the same hue, darker.
SIDE_FILL = {
    "procurement": colors.HexColor("#D2E8FA"),
    "domain": colors.HexColor("#DCF1D2"),
    "leadership": colors.HexColor("#FFE4C4"),
    "other": colors.HexColor("#FFF8C6"),
}
SIDE_EDGE = {
    "procurement": colors.HexColor("#5E9BC9"),
    "domain": colors.HexColor("#6FA85A"),
    "leadership": colors.HexColor("#D98A2B"),
    "other": colors.HexColor("#C9B23A"),
}


def register_fonts() -> None:
    """Register the fonts once per process; reportlab embeds the glyphs used."""
    fonts.register()


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": REGULAR,
        "fontSize": 9.5,
        "leading": 12.5,
        "textColor": INK,
        "splitLongWords": 1,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    """The named styles of one document, in one language."""

    lang: str
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    td: ParagraphStyle  # table cells
    td_bold: ParagraphStyle
    th: ParagraphStyle  # table headings
    td_small: ParagraphStyle
    td_right: ParagraphStyle
    tag: ParagraphStyle  # a status word in a narrow column
    td_source: ParagraphStyle  # a source (law and §) under an explanation
    handout_term: ParagraphStyle
    handout_text: ParagraphStyle
    handout_source: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    intro: ParagraphStyle
    note: ParagraphStyle

    def __post_init__(self) -> None:
        hyphenate_styles(self)  # in self.lang; none for headings (desktop/export/hyphenation.py)

    def word(self, key: str) -> str:
        return words(self.lang)[key]

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """One Paragraph of a user's text, exactly as typed (up to the print limit)."""
        kept, left_out = escape.clip(text)
        return Paragraph(self._markup(kept) + self._left_out(left_out), style or self.body)

    def paras(
        self, text: str, style: ParagraphStyle | None = None, *, prefix: str = ""
    ) -> list[Flowable]:
        """A user's text of any length as paragraphs that split across pages cheaply.
        `prefix` is markup of ours (a label) put before the text."""
        kept, left_out = escape.clip(text)
        style = style or self.body
        found: list[Flowable] = []
        for i, part in enumerate(escape.pieces(kept)):
            found.append(Paragraph((prefix if i == 0 else "") + self._markup(part), style))
        if left_out:
            found.append(Paragraph(self._left_out(left_out), style))
        return found

    def cell(
        self, text: str, style: ParagraphStyle | None = None, *, prefix: str = ""
    ) -> Flowable | list[Flowable]:
        """A table cell: a Paragraph, or for a long text the paragraphs of `paras`."""
        if len(text) <= escape.PIECE:
            return Paragraph(prefix + self._markup(text), style or self.td)
        return self.paras(text, style or self.td, prefix=prefix)

    def label(self, key: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A fixed word of the minutes (ours, not the user's) in this language."""
        return Paragraph(escape.markup(self.word(key)), style or self.body)

    def _markup(self, text: str) -> str:
        """The one place a Styles turns user text into markup (the benchmark's plain
        reportlab build overrides it to leave the text as it is)."""
        return protect(escape.markup(text))

    def _left_out(self, count: int) -> str:
        if not count:
            return ""
        number = format_count(count, self.lang)
        said = (
            self.word("left_out_one") if count == 1 else self.word("left_out").format(count=number)
        )
        return " <i>" + escape.markup(said) + "</i>"


def format_count(count: int, lang: str) -> str:
    """1.234.567 in Danish, 1,234,567 in English."""
    return format_number(count, lang)


def make_styles(lang: str) -> Styles:
    register_fonts()
    return Styles(
        lang=lang,
        body=_style("body", spaceAfter=4),
        small=_style("small", fontSize=8, leading=10),
        muted=_style("muted", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4),
        td=_style("td", fontSize=8.5, leading=10.8),
        td_bold=_style("td_bold", fontName=BOLD, fontSize=8.5, leading=10.8),
        th=_style("th", fontName=BOLD, fontSize=8, leading=10, textColor=MUTED),
        td_small=_style("td_small", fontSize=7.5, leading=9.5, textColor=MUTED),
        td_right=_style("td_right", fontSize=8.5, leading=10.8, alignment=TA_RIGHT),
        tag=_style("tag", fontSize=7.5, leading=10.8),
        td_source=_style("td_source", fontSize=7.5, leading=9.5, textColor=MUTED, spaceBefore=3),
        handout_term=_style("handout_term", fontSize=9, leading=11.5, spaceBefore=5),
        handout_text=_style("handout_text", fontSize=8, leading=10),
        handout_source=_style("handout_source", fontSize=7, leading=9, textColor=MUTED),
        title=_style("title", fontName=BOLD, fontSize=24, leading=29, spaceAfter=10),
        subtitle=_style(
            "subtitle", fontSize=12, leading=15, textColor=MUTED, spaceAfter=2, alignment=TA_LEFT
        ),
        # A heading never ends a page: it goes over with what it introduces.
        h1=_style(
            "h1",
            fontName=BOLD,
            fontSize=16,
            leading=20,
            spaceAfter=8,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        h2=_style(
            "h2",
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h3=_style(
            "h3",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        # The line under a heading that says what follows: kept with it, too.
        intro=_style(
            "intro", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4, keepWithNext=1
        ),
        note=_style("note", fontName=ITALIC, fontSize=9, leading=12, textColor=MUTED),
    )


def table(
    rows: Sequence[Sequence[Flowable | list[Flowable]]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[object, ...]] = (),
    heights: Sequence[float | None] | None = None,
) -> Table:
    """The house table: a tinted header repeated on every page, thin rules between rows,
    rows that may split across a page when a cell holds a long text. `heights`: a row's
    least height (None: as its cells need)."""
    commands: list[tuple[object, ...]] = [
        # Every cell is a Paragraph, but the table still sets a cell font (Helvetica unless
        # told): naming ours keeps every font in the PDF an embedded one.
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ]
    commands += list(extra)
    return HouseTable(
        [list(r) for r in rows],
        colWidths=list(widths),
        rowHeights=list(heights) if heights is not None else None,
        repeatRows=1 if header else 0,
        splitInRow=1,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


class HouseTable(Table):
    """A table whose rows stay whole, except a row taller than a page, which is split.

    reportlab's own splitInRow also splits a row that would fit on the next page, starting
    the rest of the table, with its header again, in the bottom of the same page.
    """

    # The tallest row that could fit on a page: the frame of an A4 portrait page.
    TALLEST_ROW = (297 - 22 - 20) * mm

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # The heights of rows do not depend on the height available (a long table is measured
        # whole), so the measuring wrap did is not repeated by split: each cell is laid out
        # once to measure and once to draw.
        if getattr(self, "_measured_for", None) == availWidth:
            return
        super()._calc(availWidth, availHeight)
        self._measured_for = availWidth

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        heights: list[float] = self._rowHeights
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        after: int = self._getFirstPossibleSplitRowPosition(availHeight)
        if after < len(heights) and sum(heights[:head]) + heights[after] > self.TALLEST_ROW:
            # Not even an empty page holds the next row: split it where this page ends.
            in_row: list[Flowable] = self._splitRows(availHeight, doInRowSplit=True)
            return in_row
        between_rows: list[Flowable] = self._splitRows(availHeight, doInRowSplit=False)
        return between_rows


def widths(total: float, *parts: float) -> list[float]:
    """Column widths in proportion to `parts`, filling `total`."""
    whole = sum(parts)
    return [total * p / whole for p in parts]


FRAME_WIDTH = 170 * mm  # A4 portrait minus 20 mm margins
