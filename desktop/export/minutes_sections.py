"""Sections 1, 2, 3 and 7 of the minutes: cover, participants, shared language, follow-up.

Each section is one function `(data, options, styles) -> list[Flowable]`, registered in
`desktop.export.minutes.SECTIONS`. Every user text goes through `styles.para`/`styles.cell`
(and so through `escape`); every table cell is a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.core import starter_vocabularies
from desktop.export import escape
from desktop.export.minutes_data import MinutesData, PersonRow, TermRow
from desktop.export.options import (
    GLOSSARY_AGREED_DISPUTED,
    GLOSSARY_ALL,
    GLOSSARY_CHOICES,
    GLOSSARY_WORKSHOP,
    MinutesOptions,
)
from desktop.export.page import Bookmark
from desktop.export.styles import (
    DISPUTED_FILL,
    DISPUTED_INK,
    FRAME_WIDTH,
    RULE,
    SIDE_EDGE,
    Styles,
    table,
    widths,
)
from desktop.export.words import short_date, when, words

SIDES = ("procurement", "domain", "leadership", "other")
TERM_SIDES = ("procurement", "domain")


def heading(styles: Styles, key: str) -> list[Flowable]:
    """A section's title, with its outline entry."""
    title = styles.word(f"section_{key}")
    return [Bookmark(title), styles.label(f"section_{key}", styles.h1)]


def empty(styles: Styles, key: str) -> Paragraph:
    return styles.label(key, styles.note)


def word_or_raw(styles: Styles, prefix: str, value: str) -> str:
    """The minutes' word for a stored choice ('agreed' -> 'Aftalt'), or the value as found."""
    return words(styles.lang).get(f"{prefix}_{value}", value)


# -- 1. cover ---------------------------------------------------------------------------


def cover(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    w = data.workshop
    title = w.title.strip() and w.title
    story: list[Flowable] = [
        Bookmark(styles.word("section_cover")),
        Spacer(1, 18 * mm),
        styles.label("minutes_of", styles.subtitle),
        styles.para(title, styles.title) if title else styles.label("untitled", styles.title),
        Spacer(1, 6 * mm),
    ]
    rows = [
        ("organisation", w.organisation),
        ("area", w.area),
        ("when", when(w.starts_at, w.ends_at, styles.lang)),
        ("place", w.location),
        ("facilitator", w.facilitator),
    ]
    cells = [
        [styles.label(key, styles.th), styles.cell(value or styles.word("not_given"))]
        for key, value in rows
    ]
    story.append(
        table(
            cells,
            widths(FRAME_WIDTH, 32, 138),
            header=False,
            extra=[("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 4)],
        )
    )
    if w.purpose.strip():
        story += [Spacer(1, 8 * mm), styles.label("purpose", styles.h3)]
        story += styles.paras(w.purpose)
    return story


def contents(section_titles: list[str], styles: Styles) -> list[Flowable]:
    """The list of sections on the cover, so a reader knows what follows."""
    story: list[Flowable] = [Spacer(1, 8 * mm), styles.label("contents", styles.h3)]
    for number, title in enumerate(section_titles, start=1):
        story.append(Paragraph(f"{number}.&nbsp;&nbsp;{escape.markup(title)}", styles.body))
    return story


# -- 2. participants --------------------------------------------------------------------


def participants(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    story = heading(styles, "participants")
    people = data.participants
    if not people:
        return [*story, empty(styles, "no_participants")]
    present = sum(1 for p in people if p.present)
    if len(people) == 1:
        summary = styles.word("participants_one")
    else:
        summary = styles.word("participants_count").format(count=len(people), present=present)
    story.append(Paragraph(escape.markup(summary), styles.body))
    if not options.include_contacts and any(p.email or p.phone for p in people):
        story.append(empty(styles, "contacts_left_out"))
    found = list(SIDES) + sorted({p.side for p in people} - set(SIDES))
    for side in found:
        group = [p for p in people if p.side == side]
        if not group:
            continue
        title = Paragraph(escape.markup(word_or_raw(styles, "side", side)), styles.h2)
        people_table = _people_table(group, options.include_contacts, styles, side)
        # A side's heading stays with its table; a long list may start on this page.
        story.append(KeepTogether([title, people_table]) if len(group) < 25 else title)
        if len(group) >= 25:
            story.append(people_table)
    return story


def _people_table(group: list[PersonRow], contacts: bool, styles: Styles, side: str) -> Table:
    keys = ["name", "role", "department"]
    parts = [40.0, 52, 58, 20] if not contacts else [28.0, 30, 28, 41, 25, 18]
    if contacts:
        keys += ["email", "phone"]
    keys.append("present")
    rows: list[list[Flowable | list[Flowable]]] = [[styles.label(k, styles.th) for k in keys]]
    for p in group:
        row = [
            styles.cell(p.name, styles.td_bold),
            styles.cell(p.role),
            styles.cell(p.department),
        ]
        if contacts:
            row += [styles.cell(p.email), styles.cell(p.phone)]
        row.append(styles.label("present_yes" if p.present else "present_no", styles.td))
        rows.append(row)
    edge = SIDE_EDGE.get(side, RULE)
    return table(
        rows, widths(FRAME_WIDTH, *parts), extra=[("LINEBEFORE", (0, 0), (0, -1), 3, edge)]
    )


# -- 3. shared language -----------------------------------------------------------------


def glossary(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    story = heading(styles, "glossary")
    if not data.terms:
        return [*story, empty(styles, "no_terms")]
    choice = options.glossary if options.glossary in GLOSSARY_CHOICES else GLOSSARY_WORKSHOP
    terms = selected_terms(data.terms, choice)
    story.append(styles.label("glossary_intro"))
    story.append(selection_line(choice, len(terms), len(data.terms), styles))
    if not terms:
        return [*story, empty(styles, f"glossary_none_{choice}")]
    by_id = data.terms_by_id()
    pairs = _counterpart_pairs(terms, {t.id: t for t in terms})
    if pairs:
        story += [
            styles.label("counterparts", styles.h2),
            styles.label("counterparts_intro", styles.intro),
            _pairs_table(pairs, styles),
        ]
    for side in TERM_SIDES:
        side_terms = [t for t in terms if t.side == side]
        story.append(styles.label(f"terms_{side}", styles.h2))
        if not side_terms:
            story.append(empty(styles, "no_terms_side"))
            continue
        story += term_tables(side_terms, by_id, styles)
    return story


def selection_line(
    choice: str, shown: int, total: int, styles: Styles, *, handout: bool = False
) -> Paragraph:
    """The one line under the heading that says which terms follow, and where the rest are
    (the minutes point to the handout; the handout itself does not)."""
    text = styles.word(f"glossary_selection_{choice}").format(shown=shown, total=total)
    rest = shown < total and not handout
    text += styles.word("glossary_rest_in_handout" if rest else "glossary_all_here")
    return Paragraph(escape.markup(text), styles.muted)


def selected_terms(terms: tuple[TermRow, ...], choice: str) -> list[TermRow]:
    """The terms the glossary section holds for `choice` (one of GLOSSARY_CHOICES), in the
    glossary's order."""
    if choice == GLOSSARY_ALL:
        return list(terms)
    if choice == GLOSSARY_AGREED_DISPUTED:
        return [t for t in terms if t.status in ("agreed", "disputed")]
    return [t for t in terms if not is_untouched_starter(t)]


def is_untouched_starter(term: TermRow) -> bool:
    """A term inserted from a starter vocabulary that nobody in the workshop touched: its
    word, explanation, example and source exactly as the vocabulary gives them (in Danish or
    English), still proposed, linked to no counterpart, explained by nobody.

    A term records no origin, so its text is compared with the vocabularies that ship with
    Tværs. A term added by hand or imported from a CSV file, a starter term whose text was
    edited, or one the room explained, agreed, disputed or linked, is the workshop's own.
    """
    if term.status != "proposed" or term.counterpart_id or term.taught_by:
        return False
    return (term.side, term.term, term.explanation, term.example, term.source) in _starter_texts()


@lru_cache(maxsize=1)
def _starter_texts() -> frozenset[tuple[str, str, str, str, str]]:
    """(side, term, explanation, example, source) of every starter term as it can be inserted:
    in either language, its source with the date it was checked (as inserted today) or
    without it (as inserted before vocabularies were dated)."""
    found: set[tuple[str, str, str, str, str]] = set()
    for vocabulary in starter_vocabularies.available():
        for starter in vocabulary.terms:
            for lang in starter_vocabularies.LANGUAGES:
                text = starter.text(lang)
                for source in {starter.source, vocabulary.source_of(starter, lang)}:
                    found.add((vocabulary.side, *text, source))
    return frozenset(found)


def _counterpart_pairs(
    terms: Sequence[TermRow], by_id: dict[str, TermRow]
) -> list[tuple[TermRow, TermRow]]:
    """Each linked pair once, procurement's term first, in procurement's order."""
    pairs = []
    for term in terms:
        other = by_id.get(term.counterpart_id or "")
        if term.side == "procurement" and other is not None and other.side == "domain":
            pairs.append((term, other))
    return pairs


def pair_status(first: TermRow, second: TermRow) -> str:
    statuses = {first.status, second.status}
    if "disputed" in statuses:
        return "disputed"
    return "agreed" if statuses == {"agreed"} else "proposed"


def _pairs_table(pairs: list[tuple[TermRow, TermRow]], styles: Styles) -> Table:
    rows: list[list[Flowable | list[Flowable]]] = [
        [
            styles.label("side_procurement", styles.th),
            Paragraph("", styles.th),
            styles.label("side_domain", styles.th),
            styles.label("status", styles.th),
        ]
    ]
    extra: list[tuple[object, ...]] = []
    for i, (ours, theirs) in enumerate(pairs, start=1):
        status = pair_status(ours, theirs)
        rows.append(
            [
                styles.cell(ours.term, styles.td_bold),
                Paragraph("≈", styles.td),
                styles.cell(theirs.term, styles.td_bold),
                _status_cell(status, styles),
            ]
        )
        if status == "disputed":
            extra.append(("BACKGROUND", (0, i), (-1, i), DISPUTED_FILL))
    return table(rows, widths(FRAME_WIDTH, 70, 8, 70, 22), extra=extra)


def _status_cell(status: str, styles: Styles) -> Paragraph:
    text = escape.markup(word_or_raw(styles, "status", status))
    if status == "disputed":
        return Paragraph(f'<font color="{DISPUTED_INK}"><b>{text}</b></font>', styles.tag)
    return Paragraph(text, styles.tag)


TERM_ROWS_PER_TABLE = 60


def term_tables(terms: list[TermRow], by_id: dict[str, TermRow], styles: Styles) -> list[Flowable]:
    """One side's terms as tables: the term (with its counterpart and who explained it),
    the explanation with its source beneath, the example, and the status.

    A long glossary is cut into tables of a few pages each: reportlab measures the rest of
    a table again at every page break, so one table of 2,500 rows costs quadratic time.
    """
    head = [styles.label(k, styles.th) for k in ("term", "explanation", "example", "status")]
    column_widths = widths(FRAME_WIDTH, 33, 73, 47, 17)
    found: list[Flowable] = []
    for start in range(0, len(terms), TERM_ROWS_PER_TABLE):
        rows: list[list[Flowable | list[Flowable]]] = [head]
        extra: list[tuple[object, ...]] = []
        for i, term in enumerate(terms[start : start + TERM_ROWS_PER_TABLE], start=1):
            rows.append(_term_row(term, by_id, styles))
            if term.status == "disputed":
                extra.append(("BACKGROUND", (0, i), (-1, i), DISPUTED_FILL))
        found.append(table(rows, column_widths, extra=extra))
    return found


def _term_row(
    term: TermRow, by_id: dict[str, TermRow], styles: Styles
) -> list[Flowable | list[Flowable]]:
    first: list[Flowable] = [styles.para(term.term, styles.td_bold)]
    other = by_id.get(term.counterpart_id or "")
    if other is not None:
        counterpart = styles.word("counterpart_is").format(term=other.term[:300])
        first.append(Paragraph(escape.markup(counterpart), styles.td_small))
    if term.taught_by:
        taught = styles.word("taught_by").format(name=term.taught_by[:300])
        first.append(Paragraph(escape.markup(taught), styles.td_small))
    explanation = _as_list(styles.cell(term.explanation))
    if term.source:
        label = f"<b>{escape.markup(styles.word('source'))}:</b> "
        explanation += _as_list(styles.cell(term.source, styles.td_source, prefix=label))
    return [first, explanation, styles.cell(term.example), _status_cell(term.status, styles)]


def _as_list(cell: Flowable | list[Flowable]) -> list[Flowable]:
    return list(cell) if isinstance(cell, list) else [cell]


# -- 7. follow-up actions ----------------------------------------------------------------


def actions(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    story = heading(styles, "actions")
    if not data.actions:
        return [*story, empty(styles, "no_actions")]
    rows: list[list[Flowable | list[Flowable]]] = [
        [Paragraph("#", styles.th)]
        + [styles.label(k, styles.th) for k in ("what", "owner", "due", "status")]
    ]
    for number, action in enumerate(data.actions, start=1):
        due = short_date(action.due, styles.lang) if action.due else "–"
        rows.append(
            [
                Paragraph(str(number), styles.td),
                styles.cell(action.what),
                styles.cell(action.owner),
                Paragraph(due, styles.td),
                Paragraph(escape.markup(word_or_raw(styles, "action", action.status)), styles.td),
            ]
        )
    return [*story, table(rows, widths(FRAME_WIDTH, 7, 90, 34, 22, 17))]
