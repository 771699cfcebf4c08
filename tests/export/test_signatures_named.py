"""Each decision's signature lines in the minutes say which decision they sign: when the
lines go to the top of the next page, away from their decision, they read »Underskrifter til
beslutning 2«, not a bare »Underskrifter« under another decision's text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import read_file
from desktop.export.options import MinutesOptions
from tests.conftest import copy_workshop

from .pdf_reading import Pdf


@pytest.mark.parametrize(
    "lang, heading",
    [("da", "Underskrifter til beslutning {n}"), ("en", "Signatures for decision {n}")],
)
def test_the_signature_lines_name_their_decision(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, heading: str
) -> None:
    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "data"))
    data = read_file(copy_workshop(demo_file, tmp_path / "demo.tvaers"))
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(sections=("decisions",), lang=lang), out)
    text = " ".join(Pdf.of(out.getvalue()).text().split())
    assert len(data.decisions) == 3
    for n in (1, 2, 3):
        assert heading.format(n=n) in text
