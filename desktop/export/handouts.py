"""Printed handouts: the shared language alone (two compact columns, A4), a blank
worksheet of a canvas template for paper rounds (A3 landscape), and the signature sheet
(the decisions with lines to sign on, A4).

Each handout is one function `(data, out, options) -> pages` in `HANDOUTS`, keyed by the name
`tvaers export --handout NAME` takes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    Paragraph,
    Spacer,
)

from desktop.core.canvas_templates import NEEDS_MAPPING, ORDER, load_template
from desktop.export import escape
from desktop.export.canvas_drawing import WorksheetDrawing, bounds
from desktop.export.dialogue_handout import write_dialogue
from desktop.export.minutes import decor_for, metadata_for
from desktop.export.minutes_data import MinutesData, TermRow, ZoneRow
from desktop.export.minutes_decisions import decision_title, details_table, signature_table
from desktop.export.minutes_sections import (
    TERM_SIDES,
    selected_terms,
    selection_line,
    word_or_raw,
)
from desktop.export.options import GLOSSARY_ALL, GLOSSARY_CHOICES
from desktop.export.page import (
    A3_LANDSCAPE,
    PORTRAIT,
    TWO_COLUMNS,
    TWO_COLUMNS_FIRST,
    Decor,
    TvaersDocTemplate,
)
from desktop.export.styles import DISPUTED_INK, Styles, make_styles
from desktop.export.words import LANGUAGES, words

TEMPLATES = ORDER  # the worksheet templates `--template` accepts


@dataclass(frozen=True)
class HandoutOptions:
    lang: str = "da"
    template_key: str = NEEDS_MAPPING  # the worksheet's canvas template
    glossary: str = GLOSSARY_ALL  # the glossary handout's terms: one of GLOSSARY_CHOICES


HandoutWriter = Callable[[MinutesData, "Path | IO[bytes]", HandoutOptions], int]


def _lang(options: HandoutOptions) -> str:
    return options.lang if options.lang in LANGUAGES else "da"


# -- glossary ------------------------------------------------------------------------------


def write_glossary(data: MinutesData, out: Path | IO[bytes], options: HandoutOptions) -> int:
    """The shared language alone, both sides, in two compact columns."""
    lang = _lang(options)
    styles = make_styles(lang)
    document = words(lang)["glossary_handout"]
    choice = options.glossary if options.glossary in GLOSSARY_CHOICES else GLOSSARY_ALL
    terms = selected_terms(data.terms, choice)
    story: list[Flowable] = [
        NextPageTemplate(TWO_COLUMNS),
        Paragraph(escape.markup(document), styles.h1),
        styles.para(_title(data, lang), styles.subtitle),
    ]
    if choice != GLOSSARY_ALL and data.terms:
        story.append(selection_line(choice, len(terms), len(data.terms), styles, handout=True))
    story.append(FrameBreak())
    story += glossary_columns(data, styles, terms)
    doc = TvaersDocTemplate(
        out,
        decor=decor_for(data, lang, document),
        metadata=metadata_for(data, lang, document),
        templates=(TWO_COLUMNS_FIRST, TWO_COLUMNS),
    )
    return doc.write(story)


def glossary_columns(
    data: MinutesData, styles: Styles, chosen: list[TermRow] | None = None
) -> list[Flowable]:
    """`chosen`: the terms to print (default: every term), in the glossary's order."""
    if not data.terms:
        return [styles.label("no_terms", styles.note)]
    by_id = data.terms_by_id()
    chosen = list(data.terms) if chosen is None else chosen
    story: list[Flowable] = []
    for side in TERM_SIDES:
        terms = [t for t in chosen if t.side == side]
        story += [CondPageBreak(30 * mm), styles.label(f"terms_{side}", styles.h3)]
        if not terms:
            story.append(styles.label("no_terms_side", styles.note))
        for term in terms:
            block = _term_block(term, by_id, styles)
            # Keep a short entry in one piece; a long one may run on into the next column.
            if len(block) <= 6:
                story.append(KeepTogether(block))
            else:
                story += block
    return story


def _term_block(term: TermRow, by_id: dict[str, TermRow], styles: Styles) -> list[Flowable]:
    head = f"<b>{escape.markup(escape.clip(term.term, 2_000)[0])}</b>"
    if term.status == "disputed":
        disputed = escape.markup(word_or_raw(styles, "status", "disputed"))
        head += f' <font color="{DISPUTED_INK}" size="7">({disputed})</font>'
    other = by_id.get(term.counterpart_id or "")
    if other is not None:
        counterpart = styles.word("counterpart_is").format(term=other.term[:300])
        head += f' <font size="7.5">{escape.markup(counterpart)}</font>'
    block: list[Flowable] = [Paragraph(head, styles.handout_term)]
    if term.explanation:
        block += styles.paras(term.explanation, styles.handout_text)
    if term.example:
        label = f"<i>{escape.markup(styles.word('example'))}:</i> "
        block += styles.paras(term.example, styles.handout_text, prefix=label)
    if term.source:
        label = f"{escape.markup(styles.word('source'))}: "
        block += styles.paras(term.source, styles.handout_source, prefix=label)
    return block


# -- worksheet -----------------------------------------------------------------------------


def write_worksheet(data: MinutesData, out: Path | IO[bytes], options: HandoutOptions) -> int:
    """A canvas template's zones and prompts with room to write, for a paper round."""
    lang = _lang(options)
    styles = make_styles(lang)
    template = load_template(options.template_key)
    zones = [
        ZoneRow(
            id=z.key,
            key=z.key,
            title=z.title(lang),
            prompt=z.prompt(lang),
            x=z.x,
            y=z.y,
            width=z.width,
            height=z.height,
        )
        for z in template.zones
    ]
    name = template.title(lang)
    story: list[Flowable] = [
        Paragraph(escape.markup(name), styles.h1),
        styles.label("worksheet_hint", styles.muted),
        Spacer(1, 3 * mm),
    ]
    box = bounds(zones, [])
    if box is not None:
        story.append(WorksheetDrawing(zones, box))
    decor = decor_for(data, lang, name)
    doc = TvaersDocTemplate(
        out,
        decor=Decor(decor.header_left, decor.header_right, name, decor.page_of),
        metadata=metadata_for(data, lang, name),
        templates=(A3_LANDSCAPE,),
    )
    return doc.write(story)


# -- signature sheet -----------------------------------------------------------------------


def write_signatures(data: MinutesData, out: Path | IO[bytes], options: HandoutOptions) -> int:
    """The decisions as they stand, each with a line to sign on for each current approver
    (or empty lines when nobody has signed it yet)."""
    lang = _lang(options)
    styles = make_styles(lang)
    document = words(lang)["signature_sheet"]
    with escape.watch() as unprintable:
        story: list[Flowable] = [
            Paragraph(escape.markup(document), styles.h1),
            styles.para(_title(data, lang), styles.subtitle),
            styles.label("signature_intro", styles.muted),
            Spacer(1, 4 * mm),
        ]
        if not data.decisions:
            story.append(styles.label("no_decisions", styles.note))
        for number, decision in enumerate(data.decisions, start=1):
            block: list[Flowable] = [
                decision_title(decision, number, styles),
                details_table(decision, styles, with_status=False),
                Spacer(1, 3 * mm),
                signature_table(decision, styles),
                Spacer(1, 8 * mm),
            ]
            # A decision and its signatures on one page, unless it is longer than a page.
            story.append(KeepTogether(block))
    if unprintable.count:  # a name printed with "?": the sheet says so, as the minutes do
        story.append(styles.label("unprintable", styles.muted))
    doc = TvaersDocTemplate(
        out,
        decor=decor_for(data, lang, document),
        metadata=metadata_for(data, lang, document),
        templates=(PORTRAIT,),
    )
    return doc.write(story)


def _title(data: MinutesData, lang: str) -> str:
    return (data.workshop.title.strip() and data.workshop.title) or words(lang)["untitled"]


HANDOUTS: dict[str, HandoutWriter] = {
    "glossary": write_glossary,
    "worksheet": write_worksheet,
    "signatures": write_signatures,
    "dialogue": write_dialogue,  # the market dialogue, fit to publish
}
