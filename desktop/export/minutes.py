"""The minutes (referat) as a PDF: the ordered sections, and the story they make.

A section is one function `(data, options, styles) -> list[Flowable]` in `SECTIONS`, keyed by
its name and kept in the minutes' order. To add one (delivery, decisions), write the
function in a module of its own and add a `Section` line below at its place in the order;
the dialog and `tvaers export --sections` list whatever is registered.

Sections each start on a new page. A section whose story begins with a NextPageTemplate
(the needs section may begin on a landscape page) gets that template for its first page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from desktop.export import (
    escape,
    minutes_decisions,
    minutes_delivery,
    minutes_needs,
    minutes_sections,
)
from desktop.export.minutes_data import MinutesData
from desktop.export.options import MinutesOptions
from desktop.export.page import (
    LANDSCAPE,
    PORTRAIT,
    Decor,
    Metadata,
    Progress,
    TvaersDocTemplate,
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


def build_story(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    sections = chosen_sections(options)
    story: list[Flowable] = []
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
            story += [first_template, PageBreak()]
        else:
            story.append(first_template)  # applies from the second page; see _first_page
        story += part
    return story


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
    return doc.write(story, progress)


def _first_page(story: list[Flowable]) -> str:
    first = story[0] if story else None
    if isinstance(first, NextPageTemplate) and isinstance(first.action[1], str):
        return first.action[1]
    return PORTRAIT


def _other_templates(first: str) -> tuple[str, ...]:
    return tuple(t for t in (PORTRAIT, LANDSCAPE) if t != first)
