"""Which terms the minutes' glossary holds (issue 17, item 5): this workshop's terms by default
(not the starter terms nobody touched), all of them, or only the agreed and disputed ones;
the line under the heading says which. Read back from the PDF."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pytest
from sqlmodel import Session

from desktop.core import glossary, participants
from desktop.core.starter_vocabularies import load
from desktop.export.handouts import HandoutOptions, write_glossary
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import MinutesData, gather
from desktop.export.minutes_sections import is_untouched_starter
from desktop.export.options import MinutesOptions
from desktop.storage.document import WorkshopDocument

from .pdf_reading import Pdf
from .pdf_reading import flat as flat_only


# A word hyphenated at a line's end reads back as "testforkla- ring", and "EU-lande" broken at
# its hyphen as "EU- lande": texts are compared without hyphens and spaces, on both sides.
def flat(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", flat_only(text))


HAND_MADE = "Dagpengekvartalet er en opfundet testforklaring, som kun findes i denne test."


@dataclass
class Glossary:
    data: MinutesData
    edited: str  # explanations, as printed, of the terms the workshop worked on
    agreed: str
    disputed: str
    taught: str
    linked: tuple[str, str]
    untouched: list[str]  # explanations of starter terms nobody touched


@pytest.fixture
def worked(doc: WorkshopDocument, session: Session) -> Glossary:
    """Two starter vocabularies inserted whole (77 terms), a few of them worked on, one term
    written by hand."""
    ida = participants.add_participant(session, name="Ida Indkøb", side="procurement")
    ids: dict[str, list[str]] = {}
    for key in ("indkoeb", "beskaeftigelse"):
        rows = glossary.starter_rows(session, vocabulary=load(key), lang="da")
        ids[key] = glossary.add_terms(session, rows)
    procurement, domain = ids["indkoeb"], ids["beskaeftigelse"]
    terms = {t.id: t for t in glossary.list_terms(session)}
    edited = glossary.update_term(
        session,
        term_id=procurement[0],
        explanation=terms[procurement[0]].explanation + " Rettet i workshoppen.",
    ).explanation
    glossary.update_term(session, term_id=procurement[1], status="agreed")
    glossary.update_term(session, term_id=domain[0], status="disputed")
    glossary.update_term(session, term_id=domain[1], taught_by=ida.id)
    glossary.link_terms(session, first_id=procurement[2], second_id=domain[2])
    glossary.add_term(session, side="domain", term="dagpengekvartal", explanation=HAND_MADE)
    touched = {*procurement[:3], *domain[:3]}
    untouched = [terms[i].explanation for i in (*procurement, *domain) if i not in touched]
    return Glossary(
        data=gather(session),
        edited=edited,
        agreed=terms[procurement[1]].explanation,
        disputed=terms[domain[0]].explanation,
        taught=terms[domain[1]].explanation,
        linked=(terms[procurement[2]].explanation, terms[domain[2]].explanation),
        untouched=untouched,
    )


def minutes(data: MinutesData, **options: object) -> str:
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(sections=("glossary",), **options), out)  # type: ignore[arg-type]
    return flat(Pdf.of(out.getvalue()).text())


def test_by_default_the_minutes_hold_only_this_workshops_terms(worked: Glossary) -> None:
    total = len(worked.data.terms)
    everything = minutes(worked.data, glossary="all")
    text = minutes(worked.data)

    assert total == 44 + 33 + 1
    line = f"Begreber fra denne workshop (7 af {total}); hele ordlisten findes som uddelingsark."
    assert flat(line) in text
    for explanation in (worked.edited, worked.agreed, worked.disputed, worked.taught, HAND_MADE):
        assert flat(explanation) in text
    assert flat(worked.linked[0]) in text and flat(worked.linked[1]) in text
    for explanation in worked.untouched:
        assert flat(explanation) in everything  # it prints, when it is chosen
        assert flat(explanation) not in text
    assert len(text) < len(everything) / 5


def test_all_terms_when_chosen(worked: Glossary) -> None:
    text = minutes(worked.data, glossary="all")

    assert flat(f"Alle begreber i ordlisten ({len(worked.data.terms)}).") in text
    assert flat("uddelingsark") not in text
    assert flat(HAND_MADE) in text and flat(worked.untouched[-1]) in text


def test_only_agreed_and_disputed_terms_when_chosen(worked: Glossary) -> None:
    text = minutes(worked.data, glossary="agreed-disputed", lang="en")

    total = len(worked.data.terms)
    assert flat(f"Agreed and disputed terms (2 of {total}); the whole glossary is") in text
    assert flat(worked.agreed) in text and flat(worked.disputed) in text
    for explanation in (worked.edited, worked.taught, HAND_MADE, *worked.linked):
        assert flat(explanation) not in text


def test_a_workshop_of_untouched_starter_terms_says_so(
    doc: WorkshopDocument, session: Session
) -> None:
    rows = glossary.starter_rows(session, vocabulary=load("indkoeb"), lang="en")
    glossary.add_terms(session, rows)
    data = gather(session)

    text = minutes(data)

    assert all(is_untouched_starter(t) for t in data.terms)
    assert flat(f"Terms from this workshop (0 of {len(rows)})") not in text  # Danish minutes
    assert flat(f"Begreber fra denne workshop (0 af {len(rows)})") in text
    assert flat("ordlisten rummer kun startbegreber, som ingen har rørt") in text
    assert flat("Begreber fra indkøb – forklaret for fagområdet") not in text


def test_a_starter_term_edited_and_edited_back_is_untouched_again(
    doc: WorkshopDocument, session: Session
) -> None:
    [term_id] = glossary.add_terms(
        session, glossary.starter_rows(session, vocabulary=load("indkoeb"), lang="da")[:1]
    )
    before = glossary.list_terms(session)[0].example
    glossary.update_term(session, term_id=term_id, example="Et andet eksempel.")
    assert not is_untouched_starter(gather(session).terms[0])

    glossary.update_term(session, term_id=term_id, example=before)
    assert is_untouched_starter(gather(session).terms[0])


def test_the_glossary_handout_holds_every_term_unless_told_otherwise(worked: Glossary) -> None:
    def handout(**options: object) -> str:
        out = io.BytesIO()
        write_glossary(worked.data, out, HandoutOptions(**options))  # type: ignore[arg-type]
        return flat(Pdf.of(out.getvalue()).text())

    whole, ours = handout(), handout(glossary="workshop")

    assert flat(worked.untouched[0]) in whole and flat(worked.untouched[0]) not in ours
    assert flat(HAND_MADE) in ours
    assert flat("Begreber fra denne workshop (7 af 78).") in ours
    assert flat("Begreber fra denne workshop") not in whole
