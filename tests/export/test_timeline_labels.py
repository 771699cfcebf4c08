"""The time line names a year only where the year has room on it: the demo's line ended on
1 January 2030, whose »2030« stood at the very edge and was cut to »2« in the window (and
ran past the drawing in the minutes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core import tender_calendar as tc
from desktop.export import timeline_geometry as tg
from desktop.storage.document import open_document
from tests.conftest import copy_workshop

DEMO_DAY = date(2027, 2, 9)


def test_no_year_is_named_at_the_end_of_the_line(demo_file: Path, tmp_path: Path) -> None:
    doc = open_document(copy_workshop(demo_file, tmp_path / "demo.tvaers"))
    try:
        with doc.session() as session:
            calendars = tc.service_calendars(session, today=DEMO_DAY)
    finally:
        doc.close(save=False)
    line = tg.timeline(calendars, today=DEMO_DAY, width=1270, label_width=220, row_height=34)
    last = line.ticks[-1]
    assert last.day == date(2030, 1, 1)  # the demo's line ends where a year begins
    assert last.label == ""
    named = [t.label for t in line.ticks if t.label]
    assert named == ["2024", "2025", "2026", "2027", "2028", "2029"]
