"""The minutes (referat) as a PDF: the ordered sections, and the story they make.

A section is one function `(data, options, styles) -> list[Flowable]` in `SECTIONS`, keyed by
its name and kept in the minutes' order. To add one (delivery, decisions), write the
function in a module of its own and add a `Section` line below at its place in the order;
the dialog and `tvaers export --sections` list whatever is registered.

The cover has a page of its own. Every other section starts on the page where the one
before it ends when at least SECTION_ROOM of the page is left and the page is of the
section's kind (`SectionBreak`); else on a new page. A section whose story begins with a
NextPageTemplate (the needs section may begin on a landscape page) gets that template for
its first page. A heading (and the intro line under it) stays with the start of what
follows it, never alone at a page's foot (`HeadingWithStart`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Table,
)
from reportlab.platypus.flowables import _listWrapOn

from desktop.export import (
    escape,
    minutes_business_case,
    minutes_contracts,
    minutes_decisions,
    minutes_delivery,
    minutes_dialogue,
    minutes_needs,
    minutes_sections,
)
from desktop.export.minutes_data import MinutesData
from desktop.export.options import MinutesOptions
from desktop.export.page import (
    LANDSCAPE,
    PORTRAIT,
    Bookmark,
    Decor,
    Metadata,
    Progress,
    TvaersDocTemplate,
    frame_size,
)
from desktop.export.styles import Styles, make_styles
from desktop.export.words import LANGUAGES, long_date, words

SectionBuilder = Callable[[MinutesData, MinutesOptions, Styles], list[Flowable]]


@dataclass(frozen=True)
class Section:
    key: str  # for `--sections` and the dialog's settings
    build: SectionBuilder

    def title(self, lang: str) -> str:
        return words(lang).get(f"section_{self.key}", self.key)


# In the minutes' order. The numbers of the issue: 1 cover, 2 participants, 3 shared
# language, 4 root problems and needs, 5 delivery, 6 decisions and sign-offs, 7 follow-up.
SECTIONS: dict[str, Section] = {
    s.key: s
    for s in (
        Section("cover", minutes_sections.cover),
        Section("participants", minutes_sections.participants),
        Section("glossary", minutes_sections.glossary),
        Section("needs", minutes_needs.needs),
        Section("delivery", minutes_delivery.delivery),
        Section("contracts", minutes_contracts.contracts),  # issue 20, part 1
        Section("business_case", minutes_business_case.business_case),  # issue 20, part 2
        Section("dialogue", minutes_dialogue.dialogue),  # issue 20, part 3
        Section("decisions", minutes_decisions.decisions),
        Section("actions", minutes_sections.actions),
    )
}


class UnknownSectionError(ValueError):
    def __init__(self, names: list[str]) -> None:
        super().__init__(", ".join(names))
        self.names = names


def chosen_sections(options: MinutesOptions) -> list[Section]:
    """The sections to print, in the minutes' order; every one when none is named."""
    if not options.sections:
        return list(SECTIONS.values())
    unknown = [name for name in options.sections if name not in SECTIONS]
    if unknown:
        raise UnknownSectionError(unknown)
    return [s for key, s in SECTIONS.items() if key in options.sections]


# A section starts on the page where the one before it ends when this much of the page is
# left (a quarter of a portrait page's frame, about 64 mm); else on a new page.
SECTION_ROOM = frame_size(PORTRAIT)[1] / 4
SECTION_GAP = 8 * mm  # above a section that starts on the same page


def build_story(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    sections = chosen_sections(options)
    story: list[Flowable] = []
    after_cover = False
    for section in sections:
        part = section.build(data, options, styles)
        if section.key == "cover":
            rest = [s.title(styles.lang) for s in sections if s.key != "cover"]
            if rest:
                part += minutes_sections.contents(rest, styles)
        first_template: Flowable = NextPageTemplate(PORTRAIT)
        if part and isinstance(part[0], NextPageTemplate):
            first_template, part = part[0], part[1:]
        if story:
            # The cover is a page of its own; other sections may share a page.
            brk = PageBreak() if after_cover else SectionBreak(_template_of(first_template))
            story += [first_template, brk]
        else:
            story.append(first_template)  # applies from the second page; see _first_page
        after_cover = section.key == "cover"
        story += part
    _bookmarks_with_their_headings(story)
    return story


def _template_of(action: Flowable) -> str:
    name = action.action[1] if isinstance(action, NextPageTemplate) else PORTRAIT
    return name if isinstance(name, str) else PORTRAIT


def _bookmarks_with_their_headings(story: list[Flowable]) -> None:
    """An outline entry just before a heading moves with it to the next page, if it does."""
    for here, after in pairwise(story):
        if isinstance(here, Bookmark) and after.getKeepWithNext():
            here.keepWithNext = 1


class SectionBreak(CondPageBreak):
    """A new page for a section, unless the page so far is of the section's kind (its page
    template) and at least `height` of it is left."""

    def __init__(self, template: str, height: float = SECTION_ROOM) -> None:
        super().__init__(height)
        self.template = template

    def __repr__(self) -> str:
        return f"SectionBreak({self.template!r}, {self.height})"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        current = getattr(self._doctemplateAttr("pageTemplate"), "id", self.template)
        frame = self._doctemplateAttr("frame")
        if frame is None or (getattr(frame, "_atTop", False) and current == self.template):
            return 0, 0
        if current != self.template or availHeight < self.height:
            frame.add_generated_content(FrameBreak)
            return 0, 0
        return availWidth, min(SECTION_GAP, availHeight)  # room between the sections


class HeadingWithStart(KeepTogether):
    """What reportlab makes of a heading (keepWithNext) and the flowable after it.

    reportlab's KeepTogether moves the heading to the next page whenever the whole of what
    follows does not fit below it, so a heading above a long table leaves the rest of its page
    empty. This one keeps the heading with the start of what follows: the table's header and
    first row, a paragraph's first lines, a small flowable whole. When that fits, the heading
    stays here and the rest runs on; when not, both go to the next page.
    """

    START_LINES = 3  # of a paragraph that follows a heading

    def split(self, aW: float, aH: float) -> list[Flowable]:
        content: list[Flowable] = list(self._content)
        for flowable in content[:-1]:
            flowable.__dict__["keepWithNext"] = 0
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return content  # a new page would hold no more of it
        heads, last = content[:-1], content[-1]
        page = float(getattr(frame, "_height", 0) or frame_size(PORTRAIT)[1])
        _, need = _listWrapOn(heads, aW, self.canv)
        need += last.getSpaceBefore() + _start_height(last, aW, aH, page, self.canv)
        if need <= aH:
            return content
        return [FrameBreak(), *content]


def _start_height(flowable: Flowable, aW: float, aH: float, page: float, canv: object) -> float:
    """How much of `flowable` must fit below its heading: all of a small one (up to a quarter
    of the `page`'s frame), the header and first row of a longer table, the first lines of a
    longer paragraph, the whole of anything else (up to a page)."""
    _, height = flowable.wrapOn(canv, aW, page)
    if height <= min(page / 4, aH):
        return float(height)
    if isinstance(flowable, Table):
        rows: list[float] = list(getattr(flowable, "_rowHeights", None) or [height])
        head = flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0
        return float(sum(rows[: head + 1]))
    if isinstance(flowable, Paragraph):
        return min(float(height), HeadingWithStart.START_LINES * float(flowable.style.leading))
    return float(min(height, page))


def decor_for(data: MinutesData, lang: str, document: str) -> Decor:
    w = data.workshop
    day = long_date(w.starts_at.date(), lang) if w.starts_at else ""
    return Decor(
        header_left=(w.title.strip() and w.title) or words(lang)["untitled"],
        header_right=day,
        footer_left=document,
        page_of=words(lang)["page_of"],
    )


def metadata_for(data: MinutesData, lang: str, document: str) -> Metadata:
    w = data.workshop
    title = (w.title.strip() and w.title) or words(lang)["untitled"]
    about = ", ".join(p for p in (w.organisation.strip(), w.area.strip()) if p)
    subject = f"{document}: {title}" + (f" ({about})" if about else "")
    return Metadata(title=title, author=w.facilitator, subject=subject, lang=lang)


def write_minutes(
    data: MinutesData,
    options: MinutesOptions,
    out: Path | IO[bytes],
    *,
    progress: Progress | None = None,
) -> int:
    """Write the minutes as a PDF to `out` (a path or a binary file); the number of pages.
    Raises UnknownSectionError for a section name that does not exist."""
    lang = options.lang if options.lang in LANGUAGES else "da"
    styles = make_styles(lang)
    with escape.watch() as unprintable:
        story = build_story(data, options, styles)
    if unprintable.count:  # a character no shipped font has printed as "?": say so, last
        story.append(styles.label("unprintable", styles.muted))
    document = words(lang)["minutes"]
    first = _first_page(story)
    doc = TvaersDocTemplate(
        out,
        decor=decor_for(data, lang, document),
        metadata=metadata_for(data, lang, document),
        templates=(first, *_other_templates(first)),
    )
    doc.keepTogetherClass = HeadingWithStart  # what reportlab groups a heading into
    return doc.write(story, progress)


def _first_page(story: list[Flowable]) -> str:
    first = story[0] if story else None
    if isinstance(first, NextPageTemplate) and isinstance(first.action[1], str):
        return first.action[1]
    return PORTRAIT


def _other_templates(first: str) -> tuple[str, ...]:
    return tuple(t for t in (PORTRAIT, LANDSCAPE) if t != first)
