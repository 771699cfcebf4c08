"""Sections 5 and 6 of the minutes, read back from the PDF: the delivery model (every card,
totals per column, the procurement hint, the needs) and decisions with their sign-offs
(changed after sign-off, what changed, superseded, signature lines)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from desktop.core import delivery, signoff
from desktop.core.demo_delivery import SERVICES
from desktop.core.demo_signoff import DECISIONS, DIRECTOR, EDITED_AFTERWARDS, HEAD_OF_CENTRE
from desktop.core.money import format_dkk
from desktop.export.minutes import SECTIONS, write_minutes
from desktop.export.minutes_data import MinutesData, gather, read_file
from desktop.export.options import MinutesOptions
from tests.conftest import copy_workshop

from .pdf_reading import Pdf, flat


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[MinutesData]:
    folder = tmp_path_factory.mktemp("demo_board_minutes")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        yield read_file(copy_workshop(demo_file, folder / "demo.tvaers"))


def minutes(data: MinutesData, **options: object) -> Pdf:
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(**options), out)  # type: ignore[arg-type]
    return Pdf.of(out.getvalue())


@pytest.fixture(scope="module")
def delivery_pdf(demo: MinutesData) -> Pdf:
    return minutes(demo, sections=("delivery",))


@pytest.fixture(scope="module")
def decisions_pdf(demo: MinutesData) -> Pdf:
    return minutes(demo, sections=("decisions",))


def test_delivery_and_decisions_sit_between_needs_and_actions() -> None:
    keys = list(SECTIONS)
    assert keys.index("needs") < keys.index("delivery") < keys.index("decisions")
    assert keys.index("decisions") < keys.index("actions")


# -- 5. delivery model -------------------------------------------------------------------


def test_every_service_prints_with_its_fields(delivery_pdf: Pdf) -> None:
    text = delivery_pdf.text()
    assert "Leveringsmodel" in text
    for service in SERVICES:
        assert flat(service.title) in text
        assert flat(service.target_group) in text
        assert flat(service.description) in text
        if service.cpv_code:
            assert service.cpv_code in text
    assert "120 kursister/år" in text
    assert "Vægtet score" in text and "Forslag" in text


def test_each_column_has_a_table_with_its_danish_label(delivery_pdf: Pdf) -> None:
    text = delivery_pdf.text()
    positions = [text.index(label) for label in ("Uafklaret", "Internt", "Eksternt", "Blandet")]
    assert positions == sorted(positions)
    assert "Købes ikke" in text


def test_column_totals_are_in_danish_format(demo: MinutesData, delivery_pdf: Pdf) -> None:
    text = delivery_pdf.text()
    external = next(c for c in demo.delivery if c.placement == "external")
    assert external.totals.annual_dkk == 1_800_000 + 600_000 + 500_000
    assert "anslået årlig udgift i alt: 2.900.000 kr." in text
    assert "samlet kontraktværdi: 10.400.000 kr." in text
    # Not buying: the one card without a cost is counted, not summed.
    assert "1 uden anslået udgift (ikke talt med)" in text
    assert format_dkk(sum(c.totals.annual_dkk for c in demo.delivery), lang="da") in text


def test_external_cards_carry_the_procurement_hint_as_guidance(delivery_pdf: Pdf) -> None:
    text = delivery_pdf.text()
    assert "Udbudsregler, vejledende: Light-regime" in text
    assert "Udbudsregler, vejledende: EU-udbud" in text
    assert "Vejledende – ikke juridisk rådgivning" in text
    # The internal column's cards get no hint.
    internal = text[text.index("Opsøgende virksomhedskontakt") : text.index("Eksternt")]
    assert "Udbudsregler" not in internal


def test_each_service_lists_the_needs_it_answers(demo: MinutesData, delivery_pdf: Pdf) -> None:
    text = delivery_pdf.text()
    needs = {n.text for c in demo.delivery for s in c.services for n in s.needs}
    assert needs
    for need in needs:
        assert flat(need)[:60] in text


def test_english_minutes_use_english_column_labels_and_amounts(demo: MinutesData) -> None:
    text = minutes(demo, lang="en", sections=("delivery",)).text()
    for label in ("Undecided", "Internal", "External", "Mixed", "Not buying"):
        assert label in text
    assert "DKK 2,900,000" in text
    assert "Guidance – not legal advice" in text


def test_an_empty_board_says_so(session: Session) -> None:
    pdf = minutes(gather(session), sections=("delivery", "decisions"))
    text = pdf.text()
    assert "Der er ikke lagt nogen ydelser på leveringstavlen endnu." in text
    assert "Der er ikke registreret nogen beslutninger." in text


def test_service_text_prints_literally(session: Session) -> None:
    delivery.add_service(
        session,
        title="Kursus <b>A</b> & B",
        placement="external",
        annual_cost_dkk=1_234_567,
        contract_years=2.5,
    )
    text = minutes(gather(session), sections=("delivery",)).text()
    assert "Kursus <b>A</b> & B" in text
    assert "1.234.567 kr." in text
    assert "2,5 år" in text
    assert "3.086.418 kr." in text  # 1.234.567 x 2,5, rounded half up


def test_contract_years_print_as_typed_with_options(session: Session) -> None:
    delivery.add_service(
        session,
        title="Kørsel",
        placement="external",
        annual_cost_dkk=500_000,
        contract_years_typed="2+1+1",
    )
    text = minutes(gather(session), sections=("delivery",)).text()
    assert "2+1+1 år" in text
    assert "2.000.000 kr." in text  # the value counts the options: 4 years
    english = minutes(gather(session), lang="en", sections=("delivery",)).text()
    assert "2+1+1 years" in english


# -- 6. decisions and sign-offs ----------------------------------------------------------


def test_every_decision_prints_with_text_resources_conditions(decisions_pdf: Pdf) -> None:
    text = decisions_pdf.text()
    assert "Beslutninger og godkendelser" in text
    for decision in DECISIONS:
        assert flat(decision.title) in text
        assert flat(decision.text) in text
        if decision.conditions:
            assert flat(decision.conditions) in text
    assert "1.240.000 kr.; 2 årsværk" in text
    assert "120 timer" in text


def test_sign_offs_show_approver_outcome_time_and_comment(decisions_pdf: Pdf) -> None:
    text = decisions_pdf.text()
    assert "Vi går i gang med at rekruttere." in text
    assert "09.02.2027 kl. 14.40" in text
    assert "Ændringer ønsket" in text
    assert "Husk at orientere Beskæftigelsesudvalget, før udbuddet annonceres." in text


def test_an_approval_changed_afterwards_is_marked_with_the_change(decisions_pdf: Pdf) -> None:
    text = decisions_pdf.text()
    # Each decision in full, under its numbered heading (the titles are in the ranking above).
    first, second = f"1. {flat(EDITED_AFTERWARDS)}", f"2. {flat(DECISIONS[1].title)}"
    edited = text[text.index(first) : text.index(second)]
    assert edited.count("Ændret efter godkendelse") >= 3  # the status and both approvals
    assert "Beløb: fra »1.100.000 kr.« til »1.240.000 kr.«" in edited
    assert "Løn til to mentorer; kontorpladser i jobcentret." in edited
    others = text[text.index(second) :]
    assert "Ændret efter godkendelse" not in others


def test_a_signature_line_for_every_approver(decisions_pdf: Pdf) -> None:
    text = decisions_pdf.text()
    # Each decision's signature lines run up to the next decision's sign-offs.
    blocks = [b.split("Godkendelser")[0] for b in text.split("Navn Titel Dato Underskrift")[1:]]
    assert len(blocks) == len(DECISIONS)
    assert HEAD_OF_CENTRE in blocks[0] and DIRECTOR in blocks[0]
    assert HEAD_OF_CENTRE in blocks[1] and DIRECTOR in blocks[1]
    assert DIRECTOR in blocks[2] and HEAD_OF_CENTRE not in blocks[2]


def test_a_superseded_sign_off_is_marked_and_gets_one_line(session: Session) -> None:
    decision = signoff.add_decision(session, title="Ny beslutning", text="Vi gør det.")
    for outcome, minute in (("changes_requested", 0), ("approved", 30)):
        signoff.add_sign_off(
            session,
            decision_id=decision.id,
            approver_name="Dorte Direktør",
            approver_title="Kommunaldirektør",
            outcome=outcome,
            signed_at=datetime(2027, 2, 9, 14, minute),
        )
    text = minutes(gather(session), sections=("decisions",)).text()
    assert "Erstattet af en nyere godkendelse fra samme person" in text
    signatures = text.split("Navn Titel Dato Underskrift")[1]
    assert signatures.count("Dorte Direktør") == 1


def test_english_decisions_say_changed_after_sign_off(demo: MinutesData) -> None:
    text = minutes(demo, lang="en", sections=("decisions",)).text()
    assert "Changed after approval" in text
    assert "Amount: from “DKK 1,100,000” to “DKK 1,240,000”" in text
    assert "Signature" in text
