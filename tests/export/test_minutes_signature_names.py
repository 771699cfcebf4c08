"""Approvers' names in the decisions section and on the signature lines print whole: a
double surname was cut where its column ended, »Kristense« on one line and
»n-Vestergaard« on the next, on the line the approver signs."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.export.handouts import HandoutOptions, write_signatures
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import MinutesData, read_file
from desktop.export.options import MinutesOptions
from tests.conftest import copy_workshop

from .pdf_reading import Pdf

NAMES = ("Anne-Sofie Kristensen-Vestergaard", "Karen Vestergaard-Christiansen")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[MinutesData]:
    folder = tmp_path_factory.mktemp("signature_names")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        data = read_file(copy_workshop(demo_file, folder / "demo.tvaers"))
    first = data.decisions[0]
    signed = tuple(
        dataclasses.replace(s, approver_name=NAMES[i % 2]) for i, s in enumerate(first.sign_offs)
    )
    decisions = (dataclasses.replace(first, sign_offs=signed), *data.decisions[1:])
    yield dataclasses.replace(data, decisions=decisions)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_double_names_print_whole_in_the_minutes(demo: MinutesData, lang: str) -> None:
    out = io.BytesIO()
    write_minutes(demo, MinutesOptions(sections=("decisions",), lang=lang), out)
    text = Pdf.of(out.getvalue()).text()
    for name in NAMES:
        surname = name.split()[-1]
        # In the sign-offs and on the signature lines.
        assert text.count(surname) == 2, (surname, text[text.index("1. ") :][:1500])


def test_double_names_print_whole_on_the_signature_sheet(demo: MinutesData) -> None:
    out = io.BytesIO()
    write_signatures(demo, out, HandoutOptions(lang="da"))
    text = Pdf.of(out.getvalue()).text()
    for name in NAMES:
        assert name.split()[-1] in text
