"""No cell of an exported CSV starts a formula in Excel or LibreOffice, and import gives back
exactly what was typed (issue 18, item 15).

A cell starting with = + - @, a tab or a CR was protected by a leading `'` already. Not
protected were the full-width forms ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which a
spreadsheet may fold to the ASCII ones, nor any of these after leading white space (a
space, a no-break space, another Unicode space, a line break), which a spreadsheet may trim.
"""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

import pytest

from desktop.export import glossary_csv as gc
from desktop.export.glossary_csv import GlossaryRow

STARTS = ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"]  # ASCII and full-width
SPACES = [
    "",
    " ",
    "   ",
    "\u00a0",  # no-break space
    "\u2002",  # en space
    "\u2003",  # em space
    "\u2009",  # thin space
    "\u202f",  # narrow no-break space
    "\u3000",  # ideographic space
    "\u200b",  # zero-width space
    "\ufeff",  # zero-width no-break space (a BOM inside the text)
    "\t",
    "\r\n",
    "\n",
    " \u00a0\u3000 ",
]
FORMULAS = [space + start + 'HYPERLINK("http://x.example";"klik")' for space, start in
            itertools.product(SPACES, STARTS)]  # fmt: skip
HARMLESS = [
    "Kim's 'citat'",
    "'t is",
    "a=b",
    "5-3",
    "e-mail@kommune.dk",
    " hej",
    "\u00a0jobparat",
    "x\uff1d1",
    "",
    "\u2212 5 %",  # a minus sign (U+2212) is not a formula character in either program
]

# Text that already starts with `'` before a formula gets one more, which import drops again.
ALREADY_PROTECTED = ["'" + text for text in FORMULAS[::7]]


def excel_cells(data: bytes) -> list[list[str]]:
    """The cells as a spreadsheet reads the file: no `'` removed, nothing translated."""
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def may_start_a_formula(cell: str) -> bool:
    """What Excel or LibreOffice may run: a formula character, perhaps after white space."""
    if cell.startswith(("\t", "\r")):
        return True
    invisible = "\u180e\u200b\u200c\u200d\u2060\ufeff"
    trimmed = itertools.dropwhile(lambda c: c.isspace() or c in invisible, cell)
    return next(trimmed, "") in STARTS


def row(text: str) -> GlossaryRow:
    return GlossaryRow(
        side="procurement",
        term=f"Udbud {text}",
        explanation=text,
        example=text,
        source=text,
        taught_by=text,
        counterpart=text,
    )


@pytest.mark.parametrize("text", FORMULAS, ids=ascii)
def test_every_cell_that_may_start_a_formula_is_protected_and_imports_unchanged(
    text: str,
) -> None:
    data = gc.csv_bytes([row(text)], "da")

    cells = excel_cells(data)[1]
    assert cells[2] == "'" + text
    assert not any(may_start_a_formula(cell) for cell in cells), cells
    [back] = gc.parse_csv(data).rows
    assert back == row(text)


@pytest.mark.parametrize("text", HARMLESS + ALREADY_PROTECTED, ids=ascii)
def test_a_cell_gets_an_apostrophe_only_when_it_may_start_a_formula(text: str) -> None:
    data = gc.csv_bytes([row(text)], "en")

    cells = excel_cells(data)[1]
    protected = may_start_a_formula(text.lstrip("'"))
    assert cells[2] == ("'" + text if protected else text)
    [back] = gc.parse_csv(data).rows
    assert back == row(text)


def test_a_whole_file_with_every_dangerous_start_round_trips(tmp_path: Path) -> None:
    rows = [row(text) for text in FORMULAS + HARMLESS]
    out = tmp_path / "Ordliste.csv"

    gc.write_csv(rows, out, "da")

    for line in excel_cells(out.read_bytes()):
        assert not any(may_start_a_formula(cell) for cell in line), line
    result = gc.read_csv(out)
    assert result.problems == []
    assert result.rows == rows
