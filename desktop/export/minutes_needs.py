"""Section 4 of the minutes: root problems and needs. Each canvas drawn on a page of its own
(landscape when the wall is wider than tall), then its notes zone by zone, most votes first,
with kind and priority."""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Table

from desktop.core import canvas as canvas_rules
from desktop.export import escape
from desktop.export.canvas_drawing import CanvasDrawing, Legend, bounds
from desktop.export.minutes_data import CanvasData, MinutesData, NoteRow, ZoneRow
from desktop.export.minutes_sections import SIDES, empty, heading, word_or_raw
from desktop.export.options import MinutesOptions
from desktop.export.page import LANDSCAPE, PORTRAIT, Bookmark, frame_size
from desktop.export.styles import FRAME_WIDTH, SIDE_FILL, Styles, table, widths

NOTE_ROWS_PER_TABLE = 60  # see term_tables: long tables are cut for speed
TOP_PLACES = 10  # the vote's result lists the places up to this one (more if shared)


def needs(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    """The story of the section. It starts with its own page template (the first canvas may
    want a landscape page); the story's assembler puts that before the page break."""
    if not data.canvases:
        return [NextPageTemplate(PORTRAIT), *heading(styles, "needs"), empty(styles, "no_canvases")]
    story: list[Flowable] = []
    for i, canvas in enumerate(data.canvases):
        box = bounds(canvas.zones, canvas.notes)
        orientation = LANDSCAPE if box is not None and box.width > box.height else PORTRAIT
        story.append(NextPageTemplate(orientation))
        if i > 0:
            story.append(PageBreak())
        else:
            story += [*heading(styles, "needs"), styles.label("needs_intro", styles.intro)]
        title = (canvas.title.strip() and canvas.title) or styles.word("untitled_canvas")
        story += [Bookmark(title, level=1), styles.para(title, styles.h2)]
        if box is None:
            story.append(empty(styles, "no_notes"))
        else:
            story += [
                Legend(
                    [(side, styles.word(f"side_{side}")) for side in SIDES],
                    styles.word("legend"),
                ),
                CanvasDrawing(
                    canvas.zones,
                    canvas.notes,
                    box,
                    priority_words={
                        p: styles.word(f"priority_{p}") for p in ("must", "should", "could")
                    },
                    most_height=frame_size(orientation)[1],
                ),
            ]
        if canvas.notes:
            story += [NextPageTemplate(PORTRAIT), PageBreak(), *_note_list(canvas, title, styles)]
    story.append(NextPageTemplate(PORTRAIT))
    return story


def by_votes(notes: list[NoteRow]) -> list[NoteRow]:
    """Most votes first; equal votes keep the order they were put up in."""
    return sorted(notes, key=lambda n: -n.votes)


def ranked(canvas: CanvasData) -> list[tuple[int, bool, NoteRow]]:
    """The notes with votes, most first across the zones, with their place and whether it is
    shared (7, 5, 5, 2 -> 1, 2, 2, 4); equal votes in zone order, then as put up."""
    zone_order = {z.id: i for i, z in enumerate(canvas.zones)}
    voted = [n for n in canvas.notes if n.votes > 0]
    voted.sort(key=lambda n: (-n.votes, zone_order.get(n.zone_id or "", len(zone_order))))
    places = canvas_rules.vote_places([n.votes for n in voted])
    return [(place, shared, note) for (place, shared), note in zip(places, voted, strict=True)]


def _top_votes(canvas: CanvasData, title: str, styles: Styles) -> list[Flowable]:
    """The result of the dot vote: the highest places on the canvas, a shared place marked."""
    top = [row for row in ranked(canvas) if row[0] <= TOP_PLACES]
    if not top:
        return []
    zones = {z.id: z.title for z in canvas.zones}
    heading_text = styles.word("top_votes").format(title=title[:300])
    rows: list[list[Flowable | list[Flowable]]] = [
        [styles.label(k, styles.th) for k in ("place_no", "votes", "note", "zone")]
    ]
    extra: list[tuple[object, ...]] = []
    for i, (place, shared, note) in enumerate(top, start=1):
        side = note.side if note.side in SIDE_FILL else "other"
        extra.append(("BACKGROUND", (1, i), (1, i), SIDE_FILL[side]))
        place_text = styles.word("place_shared" if shared else "place_of").format(place=place)
        zone = zones.get(note.zone_id or "")
        zone = styles.word("outside_zones") if zone is None else (zone.strip() and zone) or "–"
        rows.append(
            [
                Paragraph(escape.markup(place_text), styles.td),
                Paragraph(str(note.votes), styles.td_bold),
                styles.cell(note.text),
                styles.cell(zone),
            ]
        )
    return [
        Paragraph(escape.markup(heading_text), styles.h2),
        Paragraph(
            escape.markup(styles.word("top_votes_intro").format(count=TOP_PLACES)), styles.intro
        ),
        table(rows, widths(FRAME_WIDTH, 18, 17, 100, 35), extra=extra),
    ]


def _note_list(canvas: CanvasData, title: str, styles: Styles) -> list[Flowable]:
    heading_text = styles.word("notes_of").format(title=title[:300])
    story: list[Flowable] = _top_votes(canvas, title, styles)
    story.append(Paragraph(escape.markup(heading_text), styles.h2))
    zones = {z.id: z for z in canvas.zones}
    groups: list[tuple[ZoneRow | None, list[NoteRow]]] = [(z, []) for z in canvas.zones]
    index = {z.id: i for i, z in enumerate(canvas.zones)}
    outside: list[NoteRow] = []
    for note in canvas.notes:
        if note.zone_id in zones:
            groups[index[note.zone_id]][1].append(note)
        else:
            outside.append(note)
    if outside:
        groups.append((None, outside))
    bare = [zone.title.strip() or "–" for zone, notes in groups if zone and not notes]
    for zone, notes in groups:
        if not notes:
            continue
        name = zone.title if zone is not None else styles.word("outside_zones")
        story.append(styles.para(name or "–", styles.h3))
        if zone is not None and zone.prompt.strip():
            story.append(styles.para(zone.prompt, styles.intro))
        story += _note_tables(by_votes(notes), styles)
    if bare:
        label = escape.markup(styles.word("zones_without_notes"))
        story.append(Paragraph(f"<b>{label}</b> " + escape.markup(", ".join(bare)), styles.muted))
    return story


def _note_tables(notes: list[NoteRow], styles: Styles) -> list[Table]:
    head = [styles.label(k, styles.th) for k in ("votes", "note", "kind", "priority", "from")]
    column_widths = widths(FRAME_WIDTH, 17, 91, 22, 18, 22)
    found = []
    for start in range(0, len(notes), NOTE_ROWS_PER_TABLE):
        rows: list[list[Flowable | list[Flowable]]] = [head]
        extra: list[tuple[object, ...]] = []
        for i, note in enumerate(notes[start : start + NOTE_ROWS_PER_TABLE], start=1):
            side = note.side if note.side in SIDE_FILL else "other"
            priority = note.priority or "none"
            rows.append(
                [
                    Paragraph(str(note.votes), styles.td_bold),
                    styles.cell(note.text),
                    Paragraph(escape.markup(word_or_raw(styles, "kind", note.kind)), styles.td),
                    Paragraph(escape.markup(word_or_raw(styles, "priority", priority)), styles.td),
                    Paragraph(escape.markup(word_or_raw(styles, "side", note.side)), styles.td),
                ]
            )
            extra.append(("BACKGROUND", (0, i), (0, i), SIDE_FILL[side]))
        found.append(table(rows, column_widths, extra=extra))
    return found
