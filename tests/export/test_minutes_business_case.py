"""The minutes' section "Business case og økonomisk råderum": the room per column and for the
board, each service's difference and room with the suggestion's reason, and the results to
follow up, in Danish and English, with the user's text escaped."""

from __future__ import annotations

import io
from typing import Any

from desktop.core.delivery import ColumnTotals
from desktop.export.minutes import SECTIONS, write_minutes
from desktop.export.minutes_data import DeliveryColumn, MeasureRow, MinutesData, ServiceRow
from desktop.export.options import MinutesOptions
from tests.core.service_builders import CASE_FIGURES

from .pdf_reading import Pdf, PrintedText

CASE: dict[str, Any] = {**CASE_FIGURES, "case_scores_cost": False, "bought_share_percent": None}


def service(title: str, placement: str, **case: Any) -> ServiceRow:
    return ServiceRow(
        id=title,
        title=title,
        placement=placement,
        case={**CASE, "placement": placement, **case},
        reason={
            "da": "Forslag: Internt — kernekompetence 5, kapacitet 4, …",
            "en": "Suggested: Internal — core competence 5, capacity 4, …",
        },
    )


def data() -> MinutesData:
    jobs = ServiceRow(
        id="j",
        title="Jobafklaring <&> mentor",
        placement="internal",
        case={**CASE, "placement": "internal"},
        measures=(MeasureRow("Andel i job efter 6 mdr. <50 & mere>", "30 %", "45 %"),),
        reason={"da": "Forslag: Internt — kernekompetence 5", "en": "Suggested: Internal — x 5"},
    )
    bought = service("Danskundervisning", "external")
    lacking = service("Psykologbistand", "external", case_baseline_dkk=None)
    totals = ColumnTotals(0, 0, 0, 0, 0)
    return MinutesData(
        delivery=(
            DeliveryColumn("undecided", (), totals),
            DeliveryColumn("internal", (jobs,), totals),
            DeliveryColumn("external", (bought, lacking), totals),
            DeliveryColumn("mixed", (), totals),
            DeliveryColumn("not_buying", (), totals),
        )
    )


def printed(minutes: MinutesData, lang: str) -> PrintedText:
    out = io.BytesIO()
    write_minutes(minutes, MinutesOptions(sections=("business_case",), lang=lang), out)
    return Pdf.of(out.getvalue()).text()


def test_the_section_is_registered_between_the_delivery_model_and_the_decisions() -> None:
    keys = list(SECTIONS)
    assert keys.index("delivery") < keys.index("business_case") < keys.index("decisions")


def test_danish_rooms_differences_reasons_and_measures() -> None:
    text = printed(data(), "da")
    assert "Business case og økonomisk råderum" in text
    # Per column: internal +400.000, external +150.000 (one card lacks today's cost).
    assert "Internt +400.000 kr. over 4 år 1 0" in text
    assert "Eksternt +150.000 kr. over 4 år 1 1" in text
    assert "Hele tavlen +550.000 kr. over 4 år 2 1" in text
    assert "Jobafklaring <&> mentor" in text
    assert "Intern levering er 250.000 kr. billigere end køb over 4 år." in text
    assert "Råderum +400.000 kr. over 4 år" in text
    assert "Mangler: udgiften i dag." in text
    assert "Forslag: Internt — kernekompetence 5" in text
    measures = text[text.index("Resultater der skal følges op") :]
    assert "Resultatkolonnen udfyldes på en opfølgningsworkshop." in measures
    assert "Andel i job efter 6 mdr. <50 & mere> 30 % 45 %" in measures


def test_english_words() -> None:
    text = printed(data(), "en")
    assert "Business case and economic room" in text
    assert "The whole board DKK +550,000 over 4 years 2 1" in text
    assert "In-house delivery is DKK 250,000 cheaper than buying over 4 years." in text
    assert "Missing: today's cost." in text
    assert "Suggested: Internal — core competence 5" in text
    assert "Results to follow up" in text


def test_without_any_case_the_section_says_so() -> None:
    plain = ServiceRow(id="x", title="Uden tal", placement="internal")
    minutes = MinutesData(delivery=(DeliveryColumn("internal", (plain,)),))
    assert "Ingen ydelser har en business case endnu." in printed(minutes, "da")
    assert "No service has a business case yet." in printed(minutes, "en")
