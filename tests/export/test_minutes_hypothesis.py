"""Whole workshops of arbitrary text (any characters: markup, controls, emoji, scripts the
font lacks, surrogates) and odd numbers always export: a PDF, never an exception."""

from __future__ import annotations

import io
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.delivery import COLUMNS, column_totals
from desktop.core.money import contract_value
from desktop.core.signoff import (
    DECISION_FIELDS,
    SERVICE_ADDED,
    SERVICE_FIELDS,
    SERVICE_REMOVED,
    Change,
)
from desktop.core.thresholds import procurement_hint
from desktop.export.handouts import HandoutOptions, write_glossary, write_signatures
from desktop.export.minutes import SECTIONS, write_minutes
from desktop.export.minutes_data import (
    ActionRow,
    CanvasData,
    DecisionRow,
    DeliveryColumn,
    MinutesData,
    NeedRef,
    NoteRow,
    PersonRow,
    ServiceRow,
    SignOffRow,
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
        delivery=draw(board()),
        decisions=tuple(draw(decision()) for _ in range(draw(st.integers(0, 2)))),
    )


AMOUNT = st.none() | st.integers(0, 10**15)
YEARS = st.none() | st.floats(0.01, 100)
WHEN = st.sampled_from([date(2019, 1, 1), date(2026, 6, 1)])


@st.composite
def board(draw: st.DrawFn) -> tuple[DeliveryColumn, ...]:
    columns = []
    for placement in draw(st.lists(st.sampled_from(COLUMNS) | SHORT, max_size=3)):
        services = []
        for i in range(draw(st.integers(0, 2))):
            cost, years, cpv = draw(AMOUNT), draw(YEARS), draw(SHORT)
            value = contract_value(cost, years)
            hint = draw(
                st.none()
                | st.just(procurement_hint(contract_value_dkk=value, cpv_code=cpv, on=draw(WHEN)))
            )
            services.append(
                ServiceRow(
                    id=f"s{i}",
                    title=draw(TEXT),
                    placement=placement,
                    target_group=draw(SHORT),
                    description=draw(TEXT),
                    rationale=draw(TEXT),
                    annual_cost_dkk=cost,
                    contract_years=years,
                    contract_value_dkk=value,
                    volume=draw(SHORT),
                    owner=draw(SHORT),
                    cpv_code=cpv,
                    score=draw(st.none() | st.floats(1, 5)),
                    suggestion=draw(st.none() | st.sampled_from(COLUMNS) | SHORT),
                    hint=hint,
                    needs=tuple(
                        NeedRef(draw(TEXT), draw(SHORT), draw(SHORT))
                        for _ in range(draw(st.integers(0, 2)))
                    ),
                )
            )
        totals = column_totals(
            {"annual_cost_dkk": s.annual_cost_dkk, "contract_years": s.contract_years}
            for s in services
        )
        columns.append(DeliveryColumn(placement, tuple(services), totals))
    return tuple(columns)


FIELD_VALUE = st.none() | SHORT | st.integers(0, 10**12) | st.floats(0, 1e6)


@st.composite
def decision(draw: st.DrawFn) -> DecisionRow:
    sign_offs = tuple(
        SignOffRow(
            approver_name=draw(SHORT),
            approver_title=draw(SHORT),
            outcome=draw(st.sampled_from(["approved", "changes_requested", "rejected"]) | SHORT),
            comment=draw(TEXT),
            signed_at=draw(MOMENT),
            is_stale=draw(st.booleans()),
            is_superseded=draw(st.booleans()),
            changes=tuple(
                Change(
                    draw(st.sampled_from([*DECISION_FIELDS, *SERVICE_FIELDS])),
                    draw(FIELD_VALUE),
                    draw(FIELD_VALUE),
                    draw(st.none() | SHORT),
                    draw(SHORT),
                )
                for _ in range(draw(st.integers(0, 2)))
            )
            + tuple(
                Change(kind, None, "x", "x", draw(SHORT))
                for kind in draw(st.lists(st.sampled_from([SERVICE_ADDED, SERVICE_REMOVED])))
            ),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    return DecisionRow(
        title=draw(TEXT),
        text=draw(TEXT),
        resources_dkk=draw(AMOUNT),
        resources_hours=draw(st.none() | st.floats(0, 1e6)),
        resources_fte=draw(st.none() | st.floats(0, 1e3)),
        resources_text=draw(SHORT),
        conditions=draw(TEXT),
        owner=draw(SHORT),
        status=draw(st.sampled_from(["approved", "changed_after_approval", "unsigned"]) | SHORT),
        services=tuple(draw(st.lists(SHORT, max_size=2))),
        sign_offs=sign_offs,
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


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=workshops(), lang=st.sampled_from(["da", "en"]))
def test_any_decisions_export_as_a_signature_sheet(data: MinutesData, lang: str) -> None:
    out = io.BytesIO()

    assert write_signatures(data, out, HandoutOptions(lang=lang)) >= 1
