"""The tender calendar as CSV (issue 20, part 1): one row per service and step, Danish
headers and dates for Danish Excel, cells guarded against formulas, written whole."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from desktop.core import delivery
from desktop.core import tender_calendar as tc
from desktop.export.glossary_csv import CsvFileError
from desktop.export.tender_calendar_csv import calendar_csv_bytes, save_calendar_csv

DAY = date(2027, 2, 9)


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(codecs.BOM_UTF8)
    text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_one_row_per_service_and_step_in_danish(session: Session) -> None:
    delivery.add_service(session, title="=SUM(A1) Rengøring", contract_end="2027-08-31")
    delivery.add_service(session, title="Uden kontrakt")
    rows = _rows(calendar_csv_bytes(tc.service_calendars(session, today=DAY), "da"))
    assert rows[0] == [
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
    ]
    assert len(rows) == 1 + len(tc.STEPS)  # the service without a calendar is left out
    first, period, last = rows[1], rows[4], rows[-1]
    assert first[0] == "'=SUM(A1) Rengøring"  # not run as a formula by Excel
    assert first[1:4] == ["EU-udbud", "Ja", "Behov og krav"]
    assert period[3:6] == ["Tilbudsperiode", "14.04.2027", "24.05.2027"]
    assert last[3:9] == ["Implementering", "03.07.2027", "01.09.2027", "60", "60", "Nej"]
    assert {row[9] for row in rows[1:]} == {"14.04.2027"}
    assert first[8] == "Ja"  # needs should have started before 09.02.2027


def test_english_headers_and_iso_dates(session: Session) -> None:
    delivery.add_service(session, title="Cleaning", contract_end="2027-08-31")
    rows = _rows(calendar_csv_bytes(tc.service_calendars(session, today=DAY), "en"))
    assert rows[0][0] == "Service" and rows[0][9] == "Latest announcement"
    assert rows[4][1:6] == ["Full EU tender", "Yes", "Tender period", "2027-04-14", "2027-05-24"]


def test_a_failed_write_leaves_the_earlier_file(session: Session, tmp_path: Path) -> None:
    delivery.add_service(session, title="Rengøring", contract_end="2027-08-31")
    calendars = tc.service_calendars(session, today=DAY)
    folder = tmp_path / "ud"
    folder.mkdir()
    path = folder / "kalender.csv"
    save_calendar_csv(calendars, path, "da")
    assert _rows(path.read_bytes())[1][0] == "Rengøring"
    (folder / "mappe.csv").mkdir()  # a folder where the file should go: it cannot be replaced
    with pytest.raises(CsvFileError):
        save_calendar_csv(calendars, folder / "mappe.csv", "da")
    with pytest.raises(CsvFileError):
        save_calendar_csv(calendars, tmp_path / "mangler" / "kalender.csv", "da")
    assert sorted(p.name for p in folder.iterdir()) == ["kalender.csv", "mappe.csv"]
