"""The minutes' section "Kontrakter og udbudskalender" read back from the PDF (issue 20,
part 1): the contract status, the latest announcement date, passed deadlines, the lead times
used and the time line drawing, in Danish and English."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

from pypdf import PdfReader
from sqlmodel import Session

from desktop.core import delivery
from desktop.core import tender_calendar as tc
from desktop.core.delivery_models import Placement
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import MinutesData, gather
from desktop.export.options import MinutesOptions
from tests.core.service_builders import add_bought_lessons

from .pdf_reading import Pdf

DAY = date(2027, 2, 9)
CONTRACT_FILL = b".231373 .431373 .647059 rg"  # the contract bar's colour, #3B6EA5


def _data(session: Session) -> MinutesData:
    add_bought_lessons(
        session,
        "Danskundervisning <&> for ledige",
        current_supplier="Sprog <&> Co ApS",
        contract_start="2023-08-01",
        current_contract_typed="2+1+1",
        options_used=2,
        notice_months=6,
        agreement="ski",
        agreement_name="Sprogkurser 2023",
    )
    delivery.add_service(
        session,
        title="Psykologbistand",
        placement=Placement.EXTERNAL.value,
        contract_end="2027-03-31",
    )
    delivery.add_service(session, title="Uden kontrakt")
    tc.set_lead_time(session, regime="light", step="evaluation", days=45)
    data = gather(session)
    return dataclasses.replace(
        data, contracts=tuple(tc.service_calendars(session, today=DAY)), contracts_day=DAY
    )


def _pdf(data: MinutesData, lang: str) -> bytes:
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(sections=("contracts",), lang=lang), out)
    return out.getvalue()


def _drawn(pdf: bytes) -> bool:
    reader = PdfReader(io.BytesIO(pdf))
    return any(CONTRACT_FILL in page.get_contents().get_data() for page in reader.pages)


def test_the_danish_section_prints_status_calendar_and_assumptions(session: Session) -> None:
    data = _data(session)
    pdf = _pdf(data, "da")
    text = Pdf.of(pdf).text()
    assert "Kontrakter og udbudskalender" in text
    assert "Danskundervisning <&> for ledige" in text  # exactly as typed: escaped, not lost
    assert "Sprog <&> Co ApS" in text
    assert "01.08.2023–31.07.2027" in text
    assert "2+1+1: 0 optioner tilbage" in text
    assert "SKI-aftale (Sprogkurser 2023)" in text
    assert "Sidste dag for opsigelse: 31.01.2027" in text
    # Light regime (Annex XIV, above the threshold); evaluation changed to 45 days:
    # 01.08.2027 − 60 − 10 − 45 − 30 = 09.03.2027.
    assert "Light-regimet" in text
    assert "Annoncér senest 09.03.2027" in text
    assert "Planlagt annoncering 01.09.2027 ligger efter seneste dato 09.03.2027." in text
    # No value: a full EU tender is assumed, and the minutes say so; its deadline has passed.
    assert "antaget EU-udbud" in text
    assert "Udbuddet skulle have været annonceret senest" in text
    assert "Overskredet: Behov og krav" in text
    assert "Uden kontrakt" not in text  # nothing known: left out
    assert "Gennemløbstider brugt (kalenderdage)" in text
    assert "45 (antaget 30)" in text
    assert "ikke lovens minimumsfrister" in text
    assert _drawn(pdf)


def test_the_english_section_says_the_same(session: Session) -> None:
    text = Pdf.of(_pdf(_data(session), "en")).text()
    assert "Contracts and tender calendar" in text
    assert "Sprog <&> Co ApS" in text
    assert "Announce by 9 Mar 2027" in text
    assert "full EU tender assumed" in text
    assert "45 (assumed 30)" in text
    assert "Time line" in text


def test_no_contract_says_so_and_draws_nothing(session: Session) -> None:
    delivery.add_service(session, title="Kun en titel")
    pdf = _pdf(gather(session), "da")
    assert "Ingen ydelser har et kontraktudløb" in Pdf.of(pdf).text()
    assert not _drawn(pdf)
