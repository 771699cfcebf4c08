"""The market dialogue: a summary fit to publish with the tender material (the handout
"dialogue"), and the same story with the internal marks for the minutes.

Per service and per supplier: the meetings (date), what the supplier asked and what the
municipality told them; then what was given to all suppliers, with the day. The published
summary holds nothing else of the workshop: no scores, prices, costs, business case,
placement or rationale, and no names of people (who took part is kept for the minutes
only; suppliers are named as companies).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from desktop.core.dialogue import ServiceDialogue, SupplierSummary
from desktop.export import escape
from desktop.export.minutes_data import MinutesData
from desktop.export.page import PORTRAIT, TvaersDocTemplate
from desktop.export.styles import Styles, make_styles
from desktop.export.words import LANGUAGES, short_date, words


def write_dialogue(data: MinutesData, out: Path | IO[bytes], options: object) -> int:
    """The handout: `tvaers export FILE -o OUT.pdf --handout dialogue` (A4)."""
    from desktop.export.minutes import decor_for, metadata_for  # the minutes import us

    lang = getattr(options, "lang", "da")
    lang = lang if lang in LANGUAGES else "da"
    styles = make_styles(lang)
    document = words(lang)["dialogue_handout"]
    title = (data.workshop.title.strip() and data.workshop.title) or words(lang)["untitled"]
    with escape.watch() as unprintable:
        story: list[Flowable] = [
            Paragraph(escape.markup(document), styles.h1),
            styles.para(title, styles.subtitle),
            styles.label("dialogue_handout_intro", styles.muted),
            Spacer(1, 3 * mm),
        ]
        story += dialogue_story(data.dialogue, styles, published=True)
    if unprintable.count:
        story.append(styles.label("unprintable", styles.muted))
    doc = TvaersDocTemplate(
        out,
        decor=decor_for(data, lang, document),
        metadata=metadata_for(data, lang, document),
        templates=(PORTRAIT,),
    )
    return doc.write(story)


def dialogue_story(
    dialogues: tuple[ServiceDialogue, ...], styles: Styles, *, published: bool
) -> list[Flowable]:
    """Each service's dialogue. `published`: without who took part and without the
    equal-treatment marks (the check is the municipality's own)."""
    if not dialogues:
        return [styles.label("no_dialogue", styles.note)]
    story: list[Flowable] = []
    for service in dialogues:
        story += [CondPageBreak(40 * mm), styles.para(service.title or "–", styles.h2)]
        for supplier in service.suppliers:
            story += _supplier(supplier, styles, published=published)
        if service.shared:
            lines = [
                styles.word("dialogue_shared_on").format(day=_day(s.shared_on, styles), text=s.text)
                for s in service.shared
            ]
            story += _list("dialogue_shared", lines, styles)
        if not published and service.unequal:
            lines = [
                styles.word("dialogue_unequal_line").format(
                    text=u.text or "–",
                    heard=_names(u.heard, styles),
                    not_heard=_names(u.not_heard, styles),
                )
                for u in service.unequal
            ]
            story += _list("dialogue_unequal", ["⚠ " + line for line in lines], styles)
        if not published and service.not_told:
            story += _list("dialogue_not_told", list(service.not_told), styles)
    return story


def _supplier(supplier: SupplierSummary, styles: Styles, *, published: bool) -> list[Flowable]:
    name = supplier.name or styles.word("dialogue_unnamed_supplier")
    story: list[Flowable] = [styles.para(name, styles.h3)]
    for meeting in supplier.meetings:
        when = (
            styles.word("dialogue_meeting").format(day=_day(meeting.held_on, styles))
            if meeting.held_on
            else styles.word("dialogue_meeting_undated")
        )
        block: list[Flowable] = [Paragraph(f"<b>{escape.markup(when)}</b>", styles.body)]
        if meeting.attendees and not published:
            block += _labelled("dialogue_attendees", meeting.attendees, styles)
        if meeting.questions:
            block += _labelled("dialogue_asked", meeting.questions, styles)
        if meeting.told:
            block += _list("dialogue_told", list(meeting.told), styles, small=True)
        else:
            block.append(styles.label("dialogue_nothing_told", styles.muted))
        story.append(KeepTogether(block) if len(block) <= 6 else block[0])
        if len(block) > 6:
            story += block[1:]
    return story


def _labelled(key: str, text: str, styles: Styles) -> list[Flowable]:
    return styles.paras(text, styles.body, prefix=f"<i>{escape.markup(styles.word(key))}:</i> ")


def _list(key: str, lines: list[str], styles: Styles, *, small: bool = False) -> list[Flowable]:
    word = escape.markup(styles.word(key))
    head = Paragraph(f"<i>{word}:</i>", styles.body) if small else Paragraph(word, styles.h3)
    story: list[Flowable] = [head]
    for line in lines:
        story += styles.paras(line or "–", styles.body, prefix="• ")
    return story


def _names(names: tuple[str, ...], styles: Styles) -> str:
    if len(names) <= 1:
        return "".join(names)
    return styles.word("dialogue_and").format(first=", ".join(names[:-1]), last=names[-1])


def _day(iso: str, styles: Styles) -> str:
    try:
        return short_date(date.fromisoformat(iso), styles.lang)
    except ValueError:
        return iso
