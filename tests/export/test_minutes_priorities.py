"""The minutes' decisions section, read back from the PDF: leadership's ranking, the frame,
the sums, and which decisions fall outside the frame, in Danish and English (issue 20, part 4)."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.demo_signoff import DECISIONS
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import DecisionRow, MinutesData, read_file
from desktop.export.options import MinutesOptions
from tests.conftest import copy_workshop

from .pdf_reading import Pdf, PrintedText


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[MinutesData]:
    folder = tmp_path_factory.mktemp("priorities_minutes")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        yield read_file(copy_workshop(demo_file, folder / "demo.tvaers"))


def decisions_text(data: MinutesData, language: str = "da") -> PrintedText:
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(sections=("decisions",), lang=language), out)
    return Pdf.of(out.getvalue()).text()


def test_the_demo_prints_its_ranking_frame_sums_and_what_falls_outside(demo: MinutesData) -> None:
    assert demo.frame == {"budget_dkk": 1_300_000, "hours": 140.0, "fte": 2.0}
    text = decisions_text(demo)
    table = text[text.index("Prioritering og ressourcer") : text.index("1. Mentorstøtte")]
    assert "ledelsens prioriterede rækkefølge" in table
    for header in ("Prioritet", "Beslutning", "Beløb", "Timer", "Årsværk", "Inden for rammen"):
        assert header in table
    # The rows in ranked order, the third one outside the frame.
    first = table.index("1 Mentorstøtte hjemtages delvist")
    second = table.index("2 Danskundervisning sendes i udbud")
    third = table.index("3 Psykologbistand: markedsdialog")
    assert first < second < third
    # The third one's mark, and the sentence under the table; nothing above the third.
    assert table.count("Over rammen") == 2 and table.index("Over rammen") > third
    assert table.count("Ja") == 2
    assert "I alt 1.240.000 kr. 160 timer 2 årsværk" in table
    assert "Ramme 1.300.000 kr. 140 timer 2 årsværk" in table
    assert "Over rammen fra beslutning 3 (timer)." in table
    # The decision itself says so, where it is described in full.
    psychologists = text[text.index("3. Psykologbistand") :]
    assert "Ramme Over rammen" in psychologists
    assert "Over rammen" not in text[text.index("1. Mentorstøtte") : text.index("3. Psykolog")]


def test_english_minutes_say_over_the_frame(demo: MinutesData) -> None:
    text = decisions_text(demo, "en")
    assert "Priorities and resources" in text and "Within the frame" in text
    assert "Total DKK 1,240,000 160 hours 2 FTE" in text
    assert "Frame DKK 1,300,000 140 hours 2 FTE" in text
    assert "Over the frame from decision 3 (hours)." in text


def test_a_measure_without_a_frame_has_no_limit_and_no_frame_is_said(demo: MinutesData) -> None:
    no_hours = dataclasses.replace(demo, frame={"budget_dkk": 1_300_000, "fte": 2.0})
    text = decisions_text(no_hours)
    assert "Ramme 1.300.000 kr. ingen grænse 2 årsværk" in text
    assert "Alle beslutninger ligger inden for rammen." in text
    assert "Over rammen" not in text

    none = dataclasses.replace(demo, frame={})
    text = decisions_text(none)
    assert "Ledelsen har ikke sat en ramme for ressourcerne." in text
    assert "Over rammen" not in text and "Inden for rammen" in text


def test_without_resources_or_frame_the_table_is_left_out() -> None:
    data = MinutesData(decisions=(DecisionRow(title=DECISIONS[0].title),))
    text = decisions_text(data)
    assert "1. Mentorstøtte" in text and "Prioritering og ressourcer" not in text
