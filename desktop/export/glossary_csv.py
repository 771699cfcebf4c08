"""The glossary as CSV, the way municipal Excel users need it: export, import, and the plan
that turns imported rows into new terms.

Export: UTF-8 with BOM (so Excel sees æøå), `;` (Danish Excel's list separator), CRLF,
every field quoted, headers and the side and status words in the chosen language. A cell
that Excel or LibreOffice may run as a formula (it starts with = + - @ or their full-width
forms ＝ ＋ － ＠, perhaps after white space, or with a tab or CR) gets a leading `'`.

Import accepts what Danish Excel writes (`;`, BOM, CRLF, quoted line breaks), comma-separated
UTF-8 without BOM, and Windows-1252 ("CSV (semikolonsepareret)" in older Excel) when the
text reads as Danish; anything else is refused with a message, never stored as mojibake.
Problems carry the physical line the row starts on (the header is line 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

from sqlmodel import Session

from desktop.core import glossary, vocabulary
from desktop.core.errors import TvaersError
from desktop.core.models import TermSide, TermStatus, new_id

LANGUAGES = ("da", "en")
FIELDS = (
    "side",
    "term",
    "explanation",
    "example",
    "source",
    "status",
    "taught_by",
    "counterpart",
)
HEADERS: dict[str, tuple[str, ...]] = {
    "da": (
        "Side",
        "Begreb",
        "Forklaring",
        "Eksempel",
        "Kilde",
        "Status",
        "Forklaret af",
        "Modstykke",
    ),
    "en": (
        "Side",
        "Term",
        "Explanation",
        "Example",
        "Source",
        "Status",
        "Explained by",
        "Counterpart",
    ),
}
# The side and status words are the vocabulary's (desktop/core/vocabulary.py), the same the
# window and the minutes show; import also reads the stored values ("agreed") and either
# language's words, so a file written in English, or by hand, reads back.
SIDE_WORDS: dict[str, dict[str, str]] = {
    lang: {side: vocabulary.label(side, lang) for side in TermSide} for lang in LANGUAGES
}
STATUS_WORDS: dict[str, dict[str, str]] = {
    lang: {status: vocabulary.label(status, lang) for status in TermStatus} for lang in LANGUAGES
}
REQUIRED = ("side", "term")


@dataclass(frozen=True)
class GlossaryRow:
    """One term as plain text: side and status as stored values ('procurement', 'agreed'),
    who taught it by name, its counterpart by the counterpart's term."""

    side: str
    term: str
    explanation: str = ""
    example: str = ""
    source: str = ""
    status: str = TermStatus.PROPOSED.value
    taught_by: str = ""
    counterpart: str = ""
    # Where the row starts in the file it was read from (0: not from a file).
    line: int = field(default=0, compare=False)


class Problem(NamedTuple):
    """A row (or the file) that cannot be imported; `line` counts the header as line 1."""

    line: int
    da: str
    en: str


class Notice(NamedTuple):
    """Something the import did differently than the file asked, in both languages."""

    da: str
    en: str


@dataclass(frozen=True)
class ImportResult:
    rows: list[GlossaryRow]  # the valid rows, in file order
    problems: list[Problem]
    ignored_columns: list[str]  # headers as written; an unnamed column as "(7)"
    encoding: str = "utf-8"  # "utf-8", "utf-8-sig", "utf-16" or "cp1252"
    delimiter: str = ";"


@dataclass(frozen=True)
class ImportPlan:
    rows: list[dict[str, Any]]  # for glossary.add_terms, in file order
    skipped: list[GlossaryRow]  # already in the workshop (same side, same word in any case)
    notices: list[Notice]


class CsvFileError(TvaersError):
    da = "Filen {path} kan ikke {verb_da} ({reason})."
    en = "The file {path} cannot be {verb_en} ({reason})."


# -- export ----------------------------------------------------------------------------


def rows_from_workshop(session: Session) -> list[GlossaryRow]:
    """Every term, procurement's first, each side in the facilitator's order."""
    terms = glossary.list_terms(session)
    names = glossary.participant_names(session)
    text_of = {t.id: t.term for t in terms}
    return [
        GlossaryRow(
            side=t.side,
            term=t.term,
            explanation=t.explanation,
            example=t.example,
            source=t.source,
            status=t.status,
            taught_by=names.get(t.taught_by, "") if t.taught_by else "",
            counterpart=text_of.get(t.counterpart_id, "") if t.counterpart_id else "",
        )
        for t in terms
    ]


# What a spreadsheet may read as the start of a formula: = + - @ and their full-width forms
# (＝ ＋ － ＠, which Excel and LibreOffice can fold to the ASCII ones), also after leading
# white space of any kind (spaces, no-break and other Unicode spaces, zero-width ones, line
# breaks), and a cell starting with a tab or a carriage return (OWASP's CSV injection list).
FORMULA_CHARACTERS = "=+-@\uff1d\uff0b\uff0d\uff20"
_LEADING_SPACE = r"[\s\u180e\u200b-\u200d\u2060\ufeff]*"  # \s: every Unicode white space
_FORMULA = rf"(?:[\t\r]|{_LEADING_SPACE}[{re.escape(FORMULA_CHARACTERS)}])"
# Cells that would start a formula, or look like one already protected: the latter get a `'`
# too, so that import (which drops one `'`) gives back exactly what was typed.
_NEEDS_QUOTE = re.compile(rf"'*{_FORMULA}")
_QUOTED = re.compile(rf"'+{_FORMULA}")


def protect_cell(text: str) -> str:
    """What a cell holds in the file: no spreadsheet runs it as a formula. The one guard of
    every CSV that Tværs writes; `unprotect_cell` gives back exactly what was protected."""
    return "'" + text if _NEEDS_QUOTE.match(text) else text


def unprotect_cell(text: str) -> str:
    return text[1:] if _QUOTED.match(text) else text


def csv_bytes(rows: Iterable[GlossaryRow], lang: str) -> bytes:
    """The whole file: BOM, `;`, CRLF, every field quoted, words in `lang` ("da"/"en")."""
    if lang not in LANGUAGES:
        raise ValueError(f"Unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(HEADERS[lang])
    for row in rows:
        cells = [
            SIDE_WORDS[lang].get(row.side, row.side),
            row.term,
            row.explanation,
            row.example,
            row.source,
            STATUS_WORDS[lang].get(row.status, row.status),
            row.taught_by,
            row.counterpart,
        ]
        writer.writerow([protect_cell(cell) for cell in cells])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def write_csv(rows: Iterable[GlossaryRow], target: Path | str | IO[bytes], lang: str) -> None:
    """Write to a binary stream, or to a file path (whole or not at all: a file open in
    Excel, a full disk or a missing folder leaves any earlier file as it was)."""
    data = csv_bytes(rows, lang)
    if not isinstance(target, Path | str):
        target.write(data)
        return
    path = Path(target)
    scratch = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        scratch.write_bytes(data)
        os.replace(scratch, path)
    except OSError as exc:
        scratch.unlink(missing_ok=True)
        raise CsvFileError(
            path=str(path), verb_da="skrives", verb_en="written", reason=exc.strerror or str(exc)
        ) from exc


# -- import: bytes to text --------------------------------------------------------------

_SAVE_AS_UTF8_DA = "Gem den i Excel som »CSV UTF-8 (kommasepareret)«, og importér den igen."
_SAVE_AS_UTF8_EN = "Save it in Excel as “CSV UTF-8 (Comma delimited)” and import it again."
# UTF-8 sequences of two or more bytes in a file that is not UTF-8 as a whole: read as
# Windows-1252 they would become "Ã¦", "â€“": the file mixes two encodings.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Windows-1252 characters that Danish text does not use: seeing one means the file is in
# another code page (in DOS code page 850, "å" is the byte that Windows-1252 reads as "†").
_NEVER_IN_DANISH = frozenset("†‡ˆ‰˜")
_MAY_JOIN_LETTERS = frozenset("’–—\xad·")  # apostrophe, dashes, soft hyphen, middle dot
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")


def _line_at(text: str, index: int) -> int:
    return len(_LINE_BREAK.findall(text, 0, index)) + 1


def _line_at_byte(raw: bytes, offset: int) -> int:
    return len(_LINE_BREAK_BYTES.findall(raw, 0, offset)) + 1


def _unreadable(line: int) -> Problem:
    return Problem(
        line,
        "Filen er hverken gemt som UTF-8 eller som Windows-1252, så æ, ø og å kan ikke "
        "læses sikkert. " + _SAVE_AS_UTF8_DA,
        "The file is saved neither as UTF-8 nor as Windows-1252, so æ, ø and å cannot be "
        "read safely. " + _SAVE_AS_UTF8_EN,
    )


def _not_danish_at(text: str) -> int | None:
    """Where Windows-1252-decoded text stops looking like Danish text, if it does."""
    for i, ch in enumerate(text):
        if (ch < " " and ch not in "\t\r\n") or ch == "\x7f":
            return i
        if ch < "\x80" or ch.isalpha():
            continue
        if ch in _NEVER_IN_DANISH:
            return i
        between_letters = 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
        if between_letters and ch not in _MAY_JOIN_LETTERS:
            return i
    return None


def decode(raw: bytes) -> tuple[str, str] | Problem:
    """(text, encoding) of a CSV file, or the problem that keeps it from being read."""
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            return _unreadable(_line_at_byte(raw, exc.start + len(codecs.BOM_UTF8)))
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return _unreadable(1)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _UTF8_SEQUENCE.search(raw)
    if mixed is not None:
        return _unreadable(_line_at_byte(raw, mixed.start()))
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        return _unreadable(_line_at_byte(raw, exc.start))
    odd = _not_danish_at(text)
    if odd is not None:
        return _unreadable(_line_at(text, odd))
    return text, "cp1252"


# -- import: text to rows ----------------------------------------------------------------


def _normalised(name: str) -> str:
    return name.strip().strip("\ufeff").strip().casefold()


_COLUMN_OF: dict[str, str] = {}
for _lang in LANGUAGES:
    for _field, _header in zip(FIELDS, HEADERS[_lang], strict=True):
        _COLUMN_OF[_normalised(_header)] = _field
for _field in FIELDS:
    _COLUMN_OF[_field] = _field
# Headers that older exports wrote, still read: "Lært af" before it became "Forklaret af",
# "Taught by" before the English became "Explained by" as the minutes say.
HEADER_ALIASES: dict[str, str] = {"Lært af": "taught_by", "Taught by": "taught_by"}
for _header, _field in HEADER_ALIASES.items():
    _COLUMN_OF[_normalised(_header)] = _field
_SIDE_OF = {
    _normalised(word): value
    for value in TermSide
    for word in (value.value, SIDE_WORDS["da"][value], SIDE_WORDS["en"][value])
}
_STATUS_OF = {
    _normalised(word): value
    for value in TermStatus
    for word in (value.value, STATUS_WORDS["da"][value], STATUS_WORDS["en"][value])
}
_STATUS_OF[""] = TermStatus.PROPOSED  # an empty status cell: not yet agreed


def _sniff_delimiter(text: str) -> str | None:
    """The separator under which the header line names the most known columns."""
    first = _LINE_BREAK.split(text, maxsplit=1)[0]
    best, best_known = None, 0
    for delimiter in (";", ",", "\t"):
        cells = next(csv.reader([first], delimiter=delimiter), [])
        known = sum(_normalised(c) in _COLUMN_OF for c in cells)
        if known > best_known:
            best, best_known = delimiter, known
    return best


def _short(value: str) -> str:
    return value if len(value) <= 40 else value[:39] + "…"


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | Problem]]:
    """Each record with the line it starts on; a record that is not valid CSV comes as its
    problem (the reader goes on with the next line)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, _syntax_problem(start, str(exc))
            continue
        yield start, cells


def _syntax_problem(line: int, message: str) -> Problem:
    if "end of data" in message:
        return Problem(
            line,
            "Et anførselstegn, der åbner her, bliver aldrig lukket.",
            "A quotation mark opened here is never closed.",
        )
    if "expected after" in message:
        return Problem(
            line,
            "Der står tekst lige efter et afsluttende anførselstegn. Et anførselstegn inde i "
            'et felt skrives som to ("").',
            "There is text right after a closing quotation mark. A quotation mark inside a "
            'field is written as two ("").',
        )
    return Problem(
        line,
        f"Rækken kan ikke læses som CSV ({message}).",
        f"The row cannot be read as CSV ({message}).",
    )


def parse_csv(raw: bytes) -> ImportResult:
    """Read a glossary CSV file's bytes; see the module's docstring for what is accepted."""
    decoded = decode(raw)
    if isinstance(decoded, Problem):
        return ImportResult([], [decoded], [])
    text, encoding = decoded
    # csv refuses fields over 128 KiB by default; what Tværs exports must import again.
    limit = csv.field_size_limit(max(len(text) + 1, csv.field_size_limit()))
    try:
        return _parse_text(text, encoding)
    finally:
        csv.field_size_limit(limit)


def _parse_text(text: str, encoding: str) -> ImportResult:
    if not text.strip():
        return ImportResult(
            [], [Problem(1, "Filen er tom.", "The file is empty.")], [], encoding=encoding
        )
    delimiter = _sniff_delimiter(text)
    if delimiter is None:
        da, en = "; ".join(HEADERS["da"]), "; ".join(HEADERS["en"])
        return ImportResult(
            [],
            [
                Problem(
                    1,
                    f"Første linje skal være kolonneoverskrifter: {da}. Ingen blev genkendt.",
                    f"The first line must be column headers: {en}. None was recognised.",
                )
            ],
            [],
            encoding=encoding,
        )
    rows: list[GlossaryRow] = []
    problems: list[Problem] = []
    header: list[str] | None = None
    columns: dict[str, int] = {}
    ignored: list[str] = []
    unnamed: dict[int, str] = {}
    for line, cells in _records(text, delimiter):
        if isinstance(cells, Problem):
            problems.append(cells)
            if header is None:
                break
            continue
        if header is None:
            header = cells
            columns, ignored, unnamed, header_problems = _read_header(cells)
            problems.extend(header_problems)
            if header_problems:
                break
            continue
        if not any(cells):
            continue  # a blank line, or a row Excel left with only separators
        if len(cells) != len(header):
            problems.append(
                Problem(
                    line,
                    f"Rækken har {len(cells)} felter, men overskriften har {len(header)}.",
                    f"The row has {len(cells)} fields, but the header has {len(header)}.",
                )
            )
            continue
        for index in list(unnamed):
            if cells[index]:  # data under a column without a header: tell, do not lose it
                ignored.append(unnamed.pop(index))
        row, row_problems = _read_row(line, cells, columns)
        problems.extend(row_problems)
        if row is not None:
            rows.append(row)
    return ImportResult(rows, problems, ignored, encoding=encoding, delimiter=delimiter)


def _read_header(
    cells: list[str],
) -> tuple[dict[str, int], list[str], dict[int, str], list[Problem]]:
    columns: dict[str, int] = {}
    ignored: list[str] = []
    unnamed: dict[int, str] = {}
    problems: list[Problem] = []
    for index, cell in enumerate(cells):
        name = _normalised(cell)
        column = _COLUMN_OF.get(name)
        if not name:
            unnamed[index] = f"({index + 1})"
        elif column is None:
            ignored.append(cell.strip())
        elif column in columns:
            problems.append(
                Problem(
                    1,
                    f"Kolonnen »{cell.strip()}« står der mere end én gang.",
                    f"The column “{cell.strip()}” appears more than once.",
                )
            )
        else:
            columns[column] = index
    for column in REQUIRED:
        if column not in columns:
            da = HEADERS["da"][FIELDS.index(column)]
            en = HEADERS["en"][FIELDS.index(column)]
            problems.append(
                Problem(
                    1,
                    f"Kolonnen »{da}« mangler i overskriften.",
                    f"The column “{en}” is missing from the header.",
                )
            )
    return columns, ignored, unnamed, problems


def _read_row(
    line: int, cells: list[str], columns: dict[str, int]
) -> tuple[GlossaryRow | None, list[Problem]]:
    values = {name: unprotect_cell(cells[index]) for name, index in columns.items()}
    problems: list[Problem] = []
    if not values["term"].strip():
        problems.append(Problem(line, "Rækken har intet begreb.", "The row has no term."))
    side = _SIDE_OF.get(_normalised(values["side"]))
    if side is None:
        shown = _short(values["side"])
        problems.append(
            Problem(
                line,
                f"Ukendt side »{shown}«. Brug Indkøb eller Fagområde.",
                f"Unknown side “{shown}”. Use Procurement or Professional side.",
            )
        )
    status = _STATUS_OF.get(_normalised(values.get("status", "")))
    if status is None:
        shown = _short(values["status"])
        problems.append(
            Problem(
                line,
                f"Ukendt status »{shown}«. Brug Foreslået, Aftalt eller Omstridt.",
                f"Unknown status “{shown}”. Use Proposed, Agreed or Disputed.",
            )
        )
    if problems or side is None or status is None:
        return None, problems
    row = GlossaryRow(
        side=side.value,
        term=values["term"],
        explanation=values.get("explanation", ""),
        example=values.get("example", ""),
        source=values.get("source", ""),
        status=status.value,
        taught_by=values.get("taught_by", ""),
        counterpart=values.get("counterpart", ""),
        line=line,
    )
    return row, []


def read_csv(path: Path | str) -> ImportResult:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CsvFileError(
            path=str(path), verb_da="læses", verb_en="read", reason=exc.strerror or str(exc)
        ) from exc
    return parse_csv(raw)


# -- import: rows to new terms -----------------------------------------------------------


def _key(text: str) -> str:
    return text.strip().casefold()


def _other_side(side: str) -> str:
    if side == TermSide.PROCUREMENT.value:
        return TermSide.DOMAIN.value
    return TermSide.PROCUREMENT.value


def _where(row: GlossaryRow) -> tuple[str, str]:
    return (f"linje {row.line}: ", f"line {row.line}: ") if row.line else ("", "")


def import_rows(session: Session, rows: Sequence[GlossaryRow]) -> ImportPlan:
    """The new terms an import adds, as rows for `glossary.add_terms` (one transaction).

    A term already on the same side (same word in any case, here or earlier in the file)
    is skipped. Who taught it is matched by name; a name not among the participants is left
    empty, with a notice. A counterpart is matched by its term on the other side, among the
    imported rows first, then the workshop's terms; an existing term that already has a
    counterpart keeps it (an import adds, it never rewrites what is there).
    """
    existing = glossary.list_terms(session)
    people: dict[str, str] = {}
    for person_id, name in glossary.participant_names(session).items():
        people.setdefault(_key(name), person_id)
    present = {(t.side, _key(t.term)) for t in existing}
    existing_by_text: dict[tuple[str, str], str] = {}
    linked_existing = set()
    for t in existing:
        existing_by_text.setdefault((t.side, _key(t.term)), t.id)
        if t.counterpart_id:
            linked_existing.add(t.id)

    new: list[tuple[GlossaryRow, dict[str, Any]]] = []
    skipped: list[GlossaryRow] = []
    notices: list[Notice] = []
    new_by_text: dict[tuple[str, str], str] = {}
    for row in rows:
        key = (row.side, _key(row.term))
        if key in present:
            skipped.append(row)
            continue
        present.add(key)
        fields: dict[str, Any] = {
            "id": new_id(),
            "side": row.side,
            "term": row.term,
            "explanation": row.explanation,
            "example": row.example,
            "source": row.source,
            "status": row.status,
            "taught_by": None,
        }
        if row.taught_by.strip():
            fields["taught_by"] = people.get(_key(row.taught_by))
            if fields["taught_by"] is None:
                da, en = _where(row)
                notices.append(
                    Notice(
                        f"{da}»{_short(row.taught_by)}« er ikke deltager i workshoppen; "
                        f"»Forklaret af« står tomt for »{_short(row.term)}«.",
                        f"{en}“{_short(row.taught_by)}” is not a participant of the workshop; "
                        f"“Explained by” is left empty for “{_short(row.term)}”.",
                    )
                )
        new.append((row, fields))
        new_by_text[key] = fields["id"]

    partner: dict[str, str] = {}
    for row, fields in new:
        if not row.counterpart.strip():
            continue
        wanted = (_other_side(row.side), _key(row.counterpart))
        target = new_by_text.get(wanted) or existing_by_text.get(wanted)
        da, en = _where(row)
        if target is None:
            notices.append(
                Notice(
                    f"{da}Modstykket »{_short(row.counterpart)}« til »{_short(row.term)}« "
                    "findes ikke på den anden side; begrebet er importeret uden modstykke.",
                    f"{en}The counterpart “{_short(row.counterpart)}” of “{_short(row.term)}” "
                    "is not on the other side; the term is imported without a counterpart.",
                )
            )
            continue
        if partner.get(fields["id"]) == target:
            continue  # the counterpart's own row named this one first
        if fields["id"] in partner or target in partner or target in linked_existing:
            notices.append(
                Notice(
                    f"{da}»{_short(row.term)}« er ikke forbundet med »{_short(row.counterpart)}«, "
                    "fordi et af dem allerede har et modstykke.",
                    f"{en}“{_short(row.term)}” is not linked to “{_short(row.counterpart)}”, "
                    "because one of them already has a counterpart.",
                )
            )
            continue
        partner[fields["id"]] = target
        partner[target] = fields["id"]
    planned = [
        {**fields, "counterpart_id": partner.get(fields["id"])}
        for _row, fields in new  # every new row takes part in its own pair, if any
    ]
    return ImportPlan(planned, skipped, notices)
