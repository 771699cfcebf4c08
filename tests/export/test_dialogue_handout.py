"""The market-dialogue summary (handout "dialogue", fit to publish) and the minutes' market
dialogue section: what was asked and told per supplier is there; the municipality's
internal scores, prices, costs, business case, rationale and people's names and contacts
are not; user text with <, & and emoji prints as typed."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4

from desktop.core import delivery, dialogue
from desktop.core.demo import populate_demo
from desktop.core.demo_dialogue import INFOS, MEETINGS
from desktop.core.participants import add_participant
from desktop.export.handouts import HANDOUTS, HandoutOptions
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import MinutesData, gather
from desktop.export.options import MinutesOptions
from desktop.storage.document import create_document

from .pdf_reading import Pdf

SECRET_TEXTS = (
    "7.654.321",  # the card's annual cost
    "7654321",
    "3.141.592",  # the business case's baseline
    "2.718.281",  # its external price
    "4.242.424",  # its salary cost
    "HEMMELIG-BEGRUNDELSE",  # the card's rationale
    "INTERN-BESKRIVELSE",  # its description
    "Jens Hemmeligsen",  # who took part (a person's name)
    "skjult@kommune.dk",  # a participant's e-mail
    "99 88 77 66",  # and phone
    "Helle Deltager",  # the participant
)
TOLD = "Kravene er <strenge> & klare 🙂"


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MinutesData]:
    folder = tmp_path_factory.mktemp("dialogue_handout")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        doc = create_document(folder / "d.tvaers", title="Dialog <&> værksted")
        with doc.session() as s:
            service = delivery.add_service(
                s,
                title="Rengøring & pleje",
                annual_cost_dkk=7_654_321,
                description="INTERN-BESKRIVELSE",
                rationale="HEMMELIG-BEGRUNDELSE",
            )
            delivery.update_service(
                s,
                service_id=service.id,
                case_years=4,
                case_baseline_dkk=3_141_592,
                case_external_dkk=2_718_281,
                case_salary_dkk=4_242_424,
                case_fte=2.0,
            )
            for criterion in delivery.list_criteria(s):
                delivery.set_score(s, service_id=service.id, criterion_id=criterion.id, score=5)
            add_participant(
                s, name="Helle Deltager", email="skjult@kommune.dk", phone="99 88 77 66"
            )
            a = dialogue.add_meeting(
                s,
                service_id=service.id,
                supplier="Aktiv Vej ApS",
                held_on=date(2027, 1, 5),
                attendees="Jens Hemmeligsen",
                questions="Hvor mange <timer> & hvornår?",
            )
            dialogue.add_meeting(s, service_id=service.id, supplier="Bedre Rent A/S")
            told = dialogue.add_info(s, service_id=service.id, text=TOLD)
            dialogue.set_told(s, info_id=told.id, meeting_id=a.id, told=True)
            dialogue.add_info(
                s, service_id=service.id, text="Opstart 1. marts", shared_on="2027-02-01"
            )
            data = gather(s)
        doc.close(save=False)
    yield data


def _handout(data: MinutesData, lang: str) -> Pdf:
    out = io.BytesIO()
    HANDOUTS["dialogue"](data, out, HandoutOptions(lang=lang))
    return Pdf.of(out.getvalue())


def _minutes(data: MinutesData, lang: str) -> Pdf:
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(sections=("dialogue",), lang=lang), out)
    return Pdf.of(out.getvalue())


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_handout_says_what_was_asked_and_told_per_supplier(
    workshop: MinutesData, lang: str
) -> None:
    pdf = _handout(workshop, lang)
    text = pdf.text()
    assert pdf.size(1) == pytest.approx(A4)
    title = "Markedsdialog – resumé" if lang == "da" else "Market dialogue – summary"
    assert title in text
    assert "Rengøring & pleje" in text
    assert "Aktiv Vej ApS" in text and "Bedre Rent A/S" in text
    assert "Hvor mange <timer> & hvornår?" in text
    assert TOLD in text
    assert ("05.01.2027" if lang == "da" else "5 Jan 2027") in text
    given = "Givet til alle leverandører" if lang == "da" else "Given to all suppliers"
    assert given in text
    assert ("01.02.2027" if lang == "da" else "1 Feb 2027") in text
    assert "Opstart 1. marts" in text


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_handout_holds_nothing_internal(workshop: MinutesData, lang: str) -> None:
    text = _handout(workshop, lang).text()
    for secret in SECRET_TEXTS:
        assert secret not in text, secret
    # Nor the check of equal treatment, nor scores or placements.
    for word in ("Ligebehandling", "Equal treatment", "⚠", "Score", "Uafklaret", "Undecided"):
        assert word not in text, word


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_minutes_section_marks_what_not_all_suppliers_heard(
    workshop: MinutesData, lang: str
) -> None:
    text = _minutes(workshop, lang).text()
    assert ("Markedsdialog" if lang == "da" else "Market dialogue") in text
    assert "Jens Hemmeligsen" in text  # who took part: the minutes keep it
    line = (
        f"»{TOLD}« er givet til Aktiv Vej ApS, men ikke til Bedre Rent A/S."
        if lang == "da"
        else f"“{TOLD}” was given to Aktiv Vej ApS, but not to Bedre Rent A/S."
    )
    assert line in text


def test_an_empty_dialogue_says_so() -> None:
    empty = MinutesData()
    assert "Der er ikke registreret nogen markedsdialog." in _handout(empty, "da").text()
    assert "No market dialogue has been recorded." in _minutes(empty, "en").text()


def test_the_demo_dialogue_prints_with_its_one_sided_piece(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("demo_dialogue")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        doc = create_document(folder / "demo.tvaers")
        with doc.session() as s:
            populate_demo(s)
            data = gather(s)
        doc.close(save=False)
    handout = _handout(data, "da").text()
    for _day, supplier, attendees, questions in MEETINGS:
        assert supplier in handout and questions in handout
        assert attendees not in handout
    minutes = _minutes(data, "da").text()
    one_sided = INFOS[1][0]
    assert f"»{one_sided}« er givet til Psykologhuset Nord ApS, men ikke til" in minutes
