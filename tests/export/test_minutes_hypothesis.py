"""Whole workshops of arbitrary text (any characters: markup, controls, emoji, scripts the
font lacks, surrogates) and odd numbers always export: a PDF, never an exception."""

from __future__ import annotations

import io
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.export.handouts import HandoutOptions, write_glossary
from desktop.export.minutes import SECTIONS, write_minutes
from desktop.export.minutes_data import (
    ActionRow,
    CanvasData,
    MinutesData,
    NoteRow,
    PersonRow,
    TermRow,
    WorkshopDetails,
    ZoneRow,
)
from desktop.export.options import MinutesOptions

# Any code point, surrogates included (they cannot come from a file, but the helper must
# not care), with the characters that matter to markup and layout made frequent.
ANY_CHAR = st.one_of(
    st.characters(codec=None, exclude_categories=()),
    st.sampled_from(list("<>&;/\n\r\t\x00 »«„“–…🎉æøå")),
)
PIECE = st.text(ANY_CHAR, max_size=12) | st.sampled_from(["&amp;", "<b>", "</para>", "<br/>"])
TEXT = st.lists(PIECE, max_size=4).map("".join)
SHORT = st.text(ANY_CHAR, max_size=12)
NUMBER = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
SIDE = st.one_of(st.sampled_from(["procurement", "domain", "leadership", "other"]), SHORT)
MOMENT = st.none() | st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1))


@st.composite
def workshops(draw: st.DrawFn) -> MinutesData:
    terms = []
    count = draw(st.integers(0, 4))
    for i in range(count):
        other = draw(st.none() | st.integers(0, max(0, count - 1)))
        terms.append(
            TermRow(
                id=f"t{i}",
                side=draw(st.sampled_from(["procurement", "domain"]) | SHORT),
                term=draw(TEXT),
                explanation=draw(TEXT),
                example=draw(SHORT),
                source=draw(SHORT),
                status=draw(st.sampled_from(["proposed", "agreed", "disputed"]) | SHORT),
                taught_by=draw(SHORT),
                counterpart_id=None if other is None else f"t{other}",
            )
        )
    canvases = []
    for c in range(draw(st.integers(0, 2))):
        zones = tuple(
            ZoneRow(
                id=f"z{c}{z}",
                title=draw(SHORT),
                prompt=draw(TEXT),
                x=draw(NUMBER),
                y=draw(NUMBER),
                width=draw(st.floats(0, 5000)),
                height=draw(st.floats(0, 5000)),
            )
            for z in range(draw(st.integers(0, 3)))
        )
        notes = tuple(
            NoteRow(
                id=f"n{c}{n}",
                text=draw(TEXT),
                zone_id=draw(st.none() | st.sampled_from([z.id for z in zones] or ["z"])),
                kind=draw(st.sampled_from(["need", "idea", "question"]) | SHORT),
                side=draw(SIDE),
                priority=draw(st.sampled_from(["", "must", "should", "could"]) | SHORT),
                votes=draw(st.integers(0, 10**6)),
                x=draw(NUMBER),
                y=draw(NUMBER),
            )
            for n in range(draw(st.integers(0, 4)))
        )
        canvases.append(CanvasData(id=f"c{c}", title=draw(SHORT), zones=zones, notes=notes))
    return MinutesData(
        workshop=WorkshopDetails(
            title=draw(TEXT),
            organisation=draw(SHORT),
            area=draw(SHORT),
            location=draw(SHORT),
            starts_at=draw(MOMENT),
            ends_at=draw(MOMENT),
            facilitator=draw(SHORT),
            purpose=draw(TEXT),
        ),
        participants=tuple(
            PersonRow(
                name=draw(SHORT),
                role=draw(SHORT),
                department=draw(SHORT),
                side=draw(SIDE),
                email=draw(SHORT),
                phone=draw(SHORT),
                present=draw(st.booleans()),
            )
            for _ in range(draw(st.integers(0, 3)))
        ),
        terms=tuple(terms),
        canvases=tuple(canvases),
        actions=tuple(
            ActionRow(
                what=draw(TEXT),
                owner=draw(SHORT),
                due=draw(st.none() | st.dates(date(1, 1, 1), date(9999, 12, 31))),
                status=draw(st.sampled_from(["open", "in_progress", "done"]) | SHORT),
            )
            for _ in range(draw(st.integers(0, 3)))
        ),
    )


OPTIONS = st.builds(
    MinutesOptions,
    sections=st.lists(st.sampled_from(list(SECTIONS)), unique=True).map(tuple),
    lang=st.sampled_from(["da", "en"]),
    include_contacts=st.booleans(),
)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=workshops(), options=OPTIONS)
def test_any_workshop_exports_minutes(data: MinutesData, options: MinutesOptions) -> None:
    out = io.BytesIO()

    pages = write_minutes(data, options, out)

    assert pages >= 1
    assert out.getvalue().startswith(b"%PDF-")
    assert out.getvalue().rstrip().endswith(b"%%EOF")


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=workshops(), lang=st.sampled_from(["da", "en"]))
def test_any_glossary_exports_as_a_handout(data: MinutesData, lang: str) -> None:
    out = io.BytesIO()

    assert write_glossary(data, out, HandoutOptions(lang=lang)) >= 1
