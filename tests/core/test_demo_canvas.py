"""The demo's two canvases (docs/SCENARIO.md): root problems with votes, and the needs mapping."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from desktop.core import canvas
from desktop.core.canvas_models import Note, Zone
from desktop.core.demo_canvas import EMOJI_NOTE, LONG_NOTE, MARKUP_NOTE, populate_canvases
from desktop.core.demo_names import DEMO_NEEDS


@pytest.fixture
def canvases(session: Session) -> dict[str, tuple[list[Zone], list[Note]]]:
    ids = populate_canvases(session)
    return {
        canvas.get_canvas(session, canvas_id=i).title: (
            canvas.list_zones(session, canvas_id=i),
            canvas.list_notes(session, canvas_id=i),
        )
        for i in ids
    }


def _by_zone(zones: list[Zone], notes: list[Note]) -> dict[str, list[Note]]:
    keys = {z.id: z.key for z in zones}
    grouped: dict[str, list[Note]] = {z.key: [] for z in zones}
    for note in notes:
        grouped[keys[note.zone_id or ""]].append(note)
    return grouped


def test_demo_has_the_two_canvases_in_the_method_order(
    canvases: dict[str, tuple[list[Zone], list[Note]]],
) -> None:
    assert list(canvases) == ["Rodproblemer", "Behovskortlægning"]


def test_root_problems_have_at_least_three_voted_notes_per_zone(
    canvases: dict[str, tuple[list[Zone], list[Note]]],
) -> None:
    zones, notes = canvases["Rodproblemer"]
    grouped = _by_zone(zones, notes)
    assert list(grouped) == ["proces", "indkoeb", "faglighed", "ledelse"]
    for zone_notes in grouped.values():
        assert len(zone_notes) >= 3
        assert all(n.votes > 0 and n.kind == "root_problem" for n in zone_notes)
    wanted = {
        ("proces", "Vi starter med kontrakten, ikke med behovet", 7),
        ("faglighed", "Indkøb kender ikke målgrupperne", 5),
        ("ledelse", "Ingen ejer leverandørstyringen", 4),
    }
    found = {(key, n.text, n.votes) for key, ns in grouped.items() for n in ns}
    assert wanted <= found


def test_needs_mapping_holds_every_shared_need_and_the_scenarios_odd_texts(
    canvases: dict[str, tuple[list[Zone], list[Note]]],
) -> None:
    zones, notes = canvases["Behovskortlægning"]
    assert len(zones) == 8 and len(notes) >= 16
    grouped = _by_zone(zones, notes)
    assert set(DEMO_NEEDS) <= {n.text for n in grouped["behov"]}
    texts = [n.text for n in notes]
    assert len(LONG_NOTE) == 2000 and LONG_NOTE in texts
    assert "  " not in LONG_NOTE.replace("\n\n", "")  # written text, not padding
    assert MARKUP_NOTE in texts and "<" in MARKUP_NOTE and "&" in MARKUP_NOTE
    assert EMOJI_NOTE in texts and any(ord(ch) > 0xFFFF for ch in EMOJI_NOTE)
    priorities = {n.priority for n in notes}
    assert {"must", "should"} <= priorities
    assert {n.kind for n in grouped["krav"]} == {"requirement"}
    assert {n.kind for n in grouped["spoergsmaal"]} == {"question"}
    assert {n.side for n in notes} >= {"procurement", "domain", "leadership", "other"}


def test_demo_notes_sit_inside_their_zones_without_overlapping(
    canvases: dict[str, tuple[list[Zone], list[Note]]],
) -> None:
    for zones, notes in canvases.values():
        by_id = {z.id: z for z in zones}
        boxes = []
        for note in notes:
            zone = by_id[note.zone_id or ""]
            height = canvas.estimated_height(note.text)
            assert zone.x < note.x and note.x + canvas.NOTE_WIDTH < zone.x + zone.width
            assert zone.y + canvas.ZONE_HEADER <= note.y
            assert note.y + height < zone.y + zone.height
            boxes.append((note.x, note.y, note.x + canvas.NOTE_WIDTH, note.y + height))
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
