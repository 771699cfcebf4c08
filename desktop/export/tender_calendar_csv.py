"""The tender calendar as CSV (issue 20, part 1): one row per service and step, with the
step's start and end, its lead time and the default, whether it has passed, and the
service's latest announcement date. Written as the glossary's CSV is (desktop/export/
glossary_csv.py): UTF-8 with BOM, `;`, CRLF, every field quoted, each cell guarded against
being run as a formula; headers and words in Danish or English, dates as 31.03.2027 in
Danish (Danish Excel reads them as dates) and ISO in English.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from desktop.core.dates import format_date
from desktop.core.tender_calendar import ServiceCalendar
from desktop.export.glossary_csv import CsvFileError, protect_cell

HEADERS: dict[str, tuple[str, ...]] = {
    "da": (
        "Ydelse",
        "Regime",
        "Regime antaget",
        "Trin",
        "Start",
        "Slut",
        "Dage",
        "Antaget standard (dage)",
        "Overskredet",
        "Seneste annoncering",
    ),
    "en": (
        "Service",
        "Regime",
        "Regime assumed",
        "Step",
        "Start",
        "End",
        "Days",
        "Assumed default (days)",
        "Passed",
        "Latest announcement",
    ),
}
YES_NO = {"da": ("Ja", "Nej"), "en": ("Yes", "No")}


def _day(day: date, lang: str) -> str:
    return format_date(day) if lang == "da" else day.isoformat()


def calendar_csv_bytes(calendars: Iterable[ServiceCalendar], lang: str) -> bytes:
    """The whole file; services without a calendar are left out."""
    if lang not in HEADERS:
        raise ValueError(f"Unknown language {lang!r}: use da or en")
    yes, no = YES_NO[lang]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(HEADERS[lang])
    for one in calendars:
        calendar = one.calendar
        if calendar is None:
            continue
        latest = _day(calendar.latest_announcement, lang)
        regime = calendar.regime_text(lang).split(" (")[0]
        for step in calendar.steps:
            cells = (
                one.title,
                regime,
                yes if calendar.assumed else no,
                step.name(lang),
                _day(step.starts, lang),
                _day(step.ends, lang),
                str(step.days),
                str(step.default),
                yes if step.passed else no,
                latest,
            )
            writer.writerow([protect_cell(cell) for cell in cells])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def save_calendar_csv(calendars: Iterable[ServiceCalendar], path: Path, lang: str) -> None:
    """Write the file whole or not at all: an earlier file stays as it was on a failure."""
    data = calendar_csv_bytes(calendars, lang)
    scratch = ""
    try:
        handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(scratch, path)
    except OSError as exc:
        if scratch:
            Path(scratch).unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise CsvFileError(
            path=str(path), verb_da="skrives", verb_en="written", reason=reason
        ) from exc
