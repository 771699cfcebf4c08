"""`tvaers export FILE -o OUT.pdf --handout dialogue`: the market-dialogue summary of the
demo, as a user runs it (a fresh `python -m desktop`), on A4, in Danish and English."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from pypdf import PdfReader

from desktop.core.demo_dialogue import INFOS, MEETINGS

Run = Callable[..., CompletedProcess[str]]


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)


@pytest.mark.parametrize(
    ("lang", "title", "given"),
    [
        ("da", "Markedsdialog – resumé", "Givet til alle leverandører"),
        ("en", "Market dialogue – summary", "Given to all suppliers"),
    ],
)
def test_export_writes_the_dialogue_handout(
    tvaers: Run, demo_file: Path, tmp_path: Path, lang: str, title: str, given: str
) -> None:
    workshop = tmp_path / "demo.tvaers"
    shutil.copy(demo_file, workshop)
    out = tmp_path / "dialog.pdf"

    result = tvaers("export", workshop, "-o", out, "--handout", "dialogue", "--lang", lang)

    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert title in text and given in text
    for _day, supplier, _attendees, questions in MEETINGS:
        assert supplier in text and questions in text
    for piece, _told_at, _shared_on in INFOS:
        assert piece in text
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
