"""The two-way glossary: terms, their counterparts (one each, symmetric), order, many at once,
and starter vocabularies. Run on a real workshop document, foreign keys on, as the app does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from desktop.core import glossary
from desktop.core.errors import InvalidChoiceError, NotFoundError
from desktop.core.glossary import SameSideError
from desktop.core.models import Term, TermSide, TermStatus, new_id
from desktop.core.participants import add_participant, delete_participant, restore_participant
from desktop.core.starter_vocabularies import StarterTerm, StarterVocabulary
from desktop.core.workshop import update_workshop
from desktop.storage.document import create_document

PROCUREMENT, DOMAIN = TermSide.PROCUREMENT.value, TermSide.DOMAIN.value


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """The document's own engine: `foreign_keys=ON`, as in the workshop room."""
    doc = create_document(tmp_path / "Workshop.tvaers", title="Fælles sprog")
    try:
        with doc.session() as session:
            yield session
    finally:
        doc.close(save=False)


def _term(session: Session, term_id: str) -> Term:
    found = session.get(Term, term_id)
    assert found is not None
    session.refresh(found)
    return found


def _links(session: Session) -> dict[str, str | None]:
    """{term: its counterpart's term} for every term, read back from the file."""
    terms = glossary.list_terms(session)
    for t in terms:
        session.refresh(t)
    text = {t.id: t.term for t in terms}
    return {t.term: text.get(t.counterpart_id) if t.counterpart_id else None for t in terms}


def _add(session: Session, side: str, *words: str) -> list[Term]:
    return [glossary.add_term(session, side=side, term=w) for w in words]


# -- add, update, delete, restore ----------------------------------------------------------


def test_terms_are_listed_procurement_first_each_side_in_the_order_added(
    session: Session,
) -> None:
    _add(session, DOMAIN, "Jobparat")
    _add(session, PROCUREMENT, "Udbud")
    _add(session, DOMAIN, "Fleksjob")
    _add(session, PROCUREMENT, "SKI")

    listed = [(t.side, t.term) for t in glossary.list_terms(session)]

    assert listed == [
        (PROCUREMENT, "Udbud"),
        (PROCUREMENT, "SKI"),
        (DOMAIN, "Jobparat"),
        (DOMAIN, "Fleksjob"),
    ]


def test_a_new_term_is_proposed_and_keeps_its_text_as_typed(session: Session) -> None:
    term = glossary.add_term(session, side=DOMAIN, term="  Jobparat\r\n", example="=1+1")

    stored = _term(session, term.id)

    assert (stored.term, stored.example, stored.status) == ("  Jobparat\r\n", "=1+1", "proposed")


def test_update_term_changes_the_fields_it_is_given(session: Session) -> None:
    [term] = _add(session, PROCUREMENT, "Udbud")

    glossary.update_term(session, term_id=term.id, explanation="For fagfolk", status="agreed")

    stored = _term(session, term.id)
    assert (stored.term, stored.explanation, stored.status) == ("Udbud", "For fagfolk", "agreed")


def test_update_term_refuses_an_unknown_status_and_changes_nothing(session: Session) -> None:
    [term] = _add(session, PROCUREMENT, "Udbud")

    with pytest.raises(InvalidChoiceError):
        glossary.update_term(session, term_id=term.id, explanation="Ny", status="maybe")

    stored = _term(session, term.id)
    assert (stored.explanation, stored.status) == ("", "proposed")


def test_update_term_leaves_counterparts_to_link_and_unlink(session: Session) -> None:
    udbud, tilbud = _add(session, PROCUREMENT, "Udbud")[0], _add(session, DOMAIN, "Tilbud")[0]

    with pytest.raises(ValueError, match="link_terms"):
        glossary.update_term(session, term_id=udbud.id, counterpart_id=tilbud.id)


def test_deleting_a_linked_term_clears_the_other_sides_link_and_restore_links_both(
    session: Session,
) -> None:
    udbud, tilbud = _add(session, PROCUREMENT, "Udbud")[0], _add(session, DOMAIN, "Tilbud")[0]
    glossary.link_terms(session, first_id=udbud.id, second_id=tilbud.id)

    snapshot = glossary.delete_term(session, term_id=udbud.id)

    assert _links(session) == {"Tilbud": None}
    glossary.restore_term(session, data=snapshot)
    assert _links(session) == {"Udbud": "Tilbud", "Tilbud": "Udbud"}
    assert _term(session, udbud.id).position == snapshot["position"]


def test_restoring_a_term_takes_its_counterpart_back_from_a_later_partner(
    session: Session,
) -> None:
    """At most one counterpart each: no third term may be left pointing at the counterpart."""
    udbud, ski = _add(session, PROCUREMENT, "Udbud", "SKI")
    [tilbud] = _add(session, DOMAIN, "Tilbud")
    glossary.link_terms(session, first_id=udbud.id, second_id=tilbud.id)
    snapshot = glossary.delete_term(session, term_id=udbud.id)
    glossary.link_terms(session, first_id=ski.id, second_id=tilbud.id)

    glossary.restore_term(session, data=snapshot)

    assert _links(session) == {"Udbud": "Tilbud", "SKI": None, "Tilbud": "Udbud"}


def test_deleting_a_term_that_is_gone_says_so(session: Session) -> None:
    [term] = _add(session, PROCUREMENT, "Udbud")
    glossary.delete_term(session, term_id=term.id)

    with pytest.raises(NotFoundError):
        glossary.delete_term(session, term_id=term.id)


def test_restoring_a_term_whose_teacher_was_deleted_meanwhile_leaves_it_untaught(
    session: Session,
) -> None:
    ida = add_participant(session, name="Ida Indkøb")
    term = glossary.add_term(session, side=PROCUREMENT, term="Udbud", taught_by=ida.id)
    snapshot = glossary.delete_term(session, term_id=term.id)
    delete_participant(session, participant_id=ida.id)

    glossary.restore_term(session, data=snapshot)

    assert _term(session, term.id).taught_by is None


# -- links ---------------------------------------------------------------------------------


def test_link_terms_refuses_two_terms_of_the_same_side(session: Session) -> None:
    udbud, ski = _add(session, PROCUREMENT, "Udbud", "SKI")

    with pytest.raises(SameSideError) as refused:
        glossary.link_terms(session, first_id=udbud.id, second_id=ski.id)

    assert "anden side" in refused.value.message("da")
    assert _links(session) == {"Udbud": None, "SKI": None}


def test_linking_is_symmetric_whichever_side_is_named_first(session: Session) -> None:
    [udbud] = _add(session, PROCUREMENT, "Udbud")
    [tilbud] = _add(session, DOMAIN, "Tilbud")

    glossary.link_terms(session, first_id=tilbud.id, second_id=udbud.id)

    assert _links(session) == {"Udbud": "Tilbud", "Tilbud": "Udbud"}


def test_relinking_unlinks_both_previous_partners_and_restore_links_undoes_exactly(
    session: Session,
) -> None:
    udbud, ski = _add(session, PROCUREMENT, "Udbud", "SKI")
    tilbud, jobparat = _add(session, DOMAIN, "Tilbud", "Jobparat")
    glossary.link_terms(session, first_id=udbud.id, second_id=tilbud.id)
    glossary.link_terms(session, first_id=ski.id, second_id=jobparat.id)
    before = _links(session)

    links = glossary.link_terms(session, first_id=udbud.id, second_id=jobparat.id)

    assert _links(session) == {
        "Udbud": "Jobparat",
        "SKI": None,
        "Tilbud": None,
        "Jobparat": "Udbud",
    }
    glossary.restore_links(session, links=links)
    assert _links(session) == before


def test_unlink_clears_both_sides_and_restore_links_puts_the_link_back(session: Session) -> None:
    [udbud] = _add(session, PROCUREMENT, "Udbud")
    [tilbud] = _add(session, DOMAIN, "Tilbud")
    glossary.link_terms(session, first_id=udbud.id, second_id=tilbud.id)

    links = glossary.unlink_term(session, term_id=tilbud.id)

    assert _links(session) == {"Udbud": None, "Tilbud": None}
    glossary.restore_links(session, links=links)
    assert _links(session) == {"Udbud": "Tilbud", "Tilbud": "Udbud"}


# -- order ---------------------------------------------------------------------------------


def _order(session: Session, side: str) -> list[str]:
    text = {t.id: t.term for t in glossary.list_terms(session)}
    return [text[i] for i in glossary.side_order(session, side=side)]


def test_reorder_gives_one_side_the_new_order_and_returns_the_old(session: Session) -> None:
    a, b, c = _add(session, PROCUREMENT, "A", "B", "C")
    _add(session, DOMAIN, "X")

    before = glossary.reorder(session, side=PROCUREMENT, ordered_ids=[c.id, a.id, b.id])

    assert _order(session, PROCUREMENT) == ["C", "A", "B"]
    assert _order(session, DOMAIN) == ["X"]
    glossary.reorder(session, side=PROCUREMENT, ordered_ids=before)
    assert _order(session, PROCUREMENT) == ["A", "B", "C"]


def test_reorder_refuses_a_list_that_is_not_exactly_the_sides_terms(session: Session) -> None:
    _a, b = _add(session, PROCUREMENT, "A", "B")
    [x] = _add(session, DOMAIN, "X")

    with pytest.raises(ValueError, match="exactly"):
        glossary.reorder(session, side=PROCUREMENT, ordered_ids=[b.id, x.id])

    assert _order(session, PROCUREMENT) == ["A", "B"]


def test_move_term_moves_within_its_side_and_stops_at_the_ends(session: Session) -> None:
    a, b, c = _add(session, DOMAIN, "A", "B", "C")

    before = glossary.move_term(session, term_id=c.id, offset=-1)
    assert _order(session, DOMAIN) == ["A", "C", "B"]
    assert before == [a.id, b.id, c.id]

    glossary.move_term(session, term_id=a.id, offset=-1)
    assert _order(session, DOMAIN) == ["A", "C", "B"]
    glossary.move_term(session, term_id=a.id, offset=+5)
    assert _order(session, DOMAIN) == ["C", "B", "A"]


def test_sort_by_term_uses_danish_order_with_ae_oe_aa_after_z(session: Session) -> None:
    _add(session, PROCUREMENT, "Å-tur", "Øre", "zebra", "Æble", "abe", "Bo", "Aarhus", "ære")

    before = glossary.sort_by_term(session, side=PROCUREMENT)

    assert _order(session, PROCUREMENT) == [
        "abe",
        "Bo",
        "zebra",
        "Æble",
        "ære",
        "Øre",
        "Å-tur",
        "Aarhus",
    ]
    glossary.reorder(session, side=PROCUREMENT, ordered_ids=before)
    assert _order(session, PROCUREMENT)[0] == "Å-tur"


# -- many at once ----------------------------------------------------------------------------


def test_add_terms_links_rows_both_ways_even_to_a_row_further_down(session: Session) -> None:
    [jobparat] = _add(session, DOMAIN, "Jobparat")
    leverandor, aktor = new_id(), new_id()

    ids = glossary.add_terms(
        session,
        [
            {"id": leverandor, "side": PROCUREMENT, "term": "Leverandør", "counterpart_id": aktor},
            {"id": aktor, "side": DOMAIN, "term": "Anden aktør"},
            {"side": PROCUREMENT, "term": "Mindstekrav", "counterpart_id": jobparat.id},
        ],
    )

    assert ids[:2] == [leverandor, aktor]
    assert _links(session) == {
        "Leverandør": "Anden aktør",
        "Mindstekrav": "Jobparat",
        "Jobparat": "Mindstekrav",
        "Anden aktør": "Leverandør",
    }


def test_add_terms_gives_each_term_one_counterpart_at_most(session: Session) -> None:
    tilbud = new_id()

    glossary.add_terms(
        session,
        [
            {"id": tilbud, "side": DOMAIN, "term": "Tilbud"},
            {"side": PROCUREMENT, "term": "Udbud", "counterpart_id": tilbud},
            {"side": PROCUREMENT, "term": "Indkøb", "counterpart_id": tilbud},
            {"side": DOMAIN, "term": "Ydelse", "counterpart_id": new_id()},  # no such term
        ],
    )

    assert _links(session) == {
        "Udbud": None,
        "Indkøb": "Tilbud",
        "Tilbud": "Indkøb",
        "Ydelse": None,
    }


def test_add_terms_adds_nothing_when_one_row_is_bad(session: Session) -> None:
    with pytest.raises(InvalidChoiceError):
        glossary.add_terms(
            session,
            [{"side": PROCUREMENT, "term": "Udbud"}, {"side": "hr", "term": "Løn"}],
        )

    assert glossary.list_terms(session) == []


def test_delete_terms_and_restore_terms_give_back_the_same_glossary(session: Session) -> None:
    ida = add_participant(session, name="Ida Indkøb")
    udbud, ski, option = _add(session, PROCUREMENT, "Udbud", "SKI", "Option")
    tilbud, jobparat = _add(session, DOMAIN, "Tilbud", "Jobparat")
    glossary.update_term(session, term_id=ski.id, taught_by=ida.id, status="disputed")
    glossary.link_terms(session, first_id=udbud.id, second_id=tilbud.id)  # both deleted
    glossary.link_terms(session, first_id=ski.id, second_id=jobparat.id)  # one deleted
    glossary.move_term(session, term_id=option.id, offset=-2)

    def state() -> list[tuple[object, ...]]:
        terms = glossary.list_terms(session)
        for t in terms:
            session.refresh(t)
        return [(t.id, t.term, t.position, t.taught_by, t.status) for t in terms]

    before, links_before = state(), _links(session)

    snapshots = glossary.delete_terms(session, term_ids=[tilbud.id, udbud.id, ski.id])

    assert _links(session) == {"Option": None, "Jobparat": None}
    glossary.restore_terms(session, snapshots=snapshots)
    assert state() == before
    assert _links(session) == links_before


def test_restore_terms_leaves_untaught_a_term_whose_teacher_was_deleted(
    session: Session,
) -> None:
    ida = add_participant(session, name="Ida Indkøb")
    term = glossary.add_term(session, side=PROCUREMENT, term="Udbud", taught_by=ida.id)
    snapshots = glossary.delete_terms(session, term_ids=[term.id])
    delete_participant(session, participant_id=ida.id)

    glossary.restore_terms(session, snapshots=snapshots)

    assert _term(session, term.id).taught_by is None


# -- teachers ----------------------------------------------------------------------------------


def test_deleting_a_participant_clears_taught_by_and_restoring_gives_it_back(
    session: Session,
) -> None:
    ida = add_participant(session, name="Ida Indkøb")
    kim = add_participant(session, name="Kim Kontrakt")
    udbud = glossary.add_term(session, side=PROCUREMENT, term="Udbud", taught_by=ida.id)
    ski = glossary.add_term(session, side=PROCUREMENT, term="SKI", taught_by=kim.id)

    data = delete_participant(session, participant_id=ida.id)

    assert _term(session, udbud.id).taught_by is None
    assert _term(session, ski.id).taught_by == kim.id
    restore_participant(session, data=data)
    assert _term(session, udbud.id).taught_by == ida.id
    assert glossary.participant_names(session) == {ida.id: "Ida Indkøb", kim.id: "Kim Kontrakt"}


# -- starter vocabularies ----------------------------------------------------------------------


def _starter(da: str, en: str) -> StarterTerm:
    return StarterTerm(da, f"{da} forklaret", f"{da} eksempel", en, f"{en} explained", "", "§ 1")


VOCABULARY = StarterVocabulary(
    key="proeve",
    side=PROCUREMENT,
    title_da="Prøve",
    title_en="Sample",
    terms=(
        _starter("udbud", "tender"),
        _starter("rammeaftale", "framework agreement"),
        _starter("SKI", "SKI"),
    ),
)


def test_starter_rows_skip_terms_already_on_that_side_in_any_case(session: Session) -> None:
    _add(session, PROCUREMENT, " UDBUD ")
    _add(session, DOMAIN, "Rammeaftale")  # the other side's word does not count

    rows = glossary.starter_rows(session, vocabulary=VOCABULARY, lang="da")

    assert [r["term"] for r in rows] == ["rammeaftale", "SKI"]
    assert rows[0] == {
        "side": PROCUREMENT,
        "term": "rammeaftale",
        "explanation": "rammeaftale forklaret",
        "example": "rammeaftale eksempel",
        "source": "§ 1",
    }


def test_starter_terms_are_inserted_in_the_workshops_minutes_language(session: Session) -> None:
    update_workshop(session, minutes_language="en")

    rows = glossary.starter_rows(
        session, vocabulary=VOCABULARY, lang=glossary.workshop_language(session)
    )
    glossary.add_terms(session, rows)

    terms = glossary.list_terms(session)
    assert [(t.term, t.explanation, t.status) for t in terms] == [
        ("tender", "tender explained", TermStatus.PROPOSED.value),
        ("framework agreement", "framework agreement explained", TermStatus.PROPOSED.value),
        ("SKI", "SKI explained", TermStatus.PROPOSED.value),
    ]
    assert glossary.starter_rows(session, vocabulary=VOCABULARY, lang="en") == []


def test_starter_rows_carry_the_date_the_sources_were_checked(session: Session) -> None:
    import dataclasses

    checked = dataclasses.replace(VOCABULARY, checked="2026-12-04")
    rows = glossary.starter_rows(session, vocabulary=checked, lang="da")
    assert [r["source"] for r in rows] == ["§ 1. Kontrolleret 4. december 2026."] * 3
    english = glossary.starter_rows(session, vocabulary=checked, lang="en")
    assert english[0]["source"] == "§ 1. Checked 4 December 2026."


@pytest.mark.parametrize("workshop", ["demo_file", "large_file"])
def test_term_rows_are_what_the_orm_gives_in_the_same_order(
    workshop: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """The glossary tab reads its terms without building a Term per row (issue 19, item
    10): the same dicts as `model_dump()` of `list_terms`, in its order; `terms_by_id`
    gives the same dicts (an edit's repaint puts them in beside the ones read whole)."""
    from desktop.storage.document import open_document
    from tests.conftest import copy_workshop

    doc = open_document(copy_workshop(request.getfixturevalue(workshop), tmp_path / "w.tvaers"))
    try:
        with doc.session() as session:
            dumped = [t.model_dump() for t in glossary.list_terms(session)]
            rows = glossary.term_rows(session)
            some = [t["id"] for t in dumped[::7]] + ["no such term"]
            by_id = glossary.terms_by_id(session, term_ids=some)
    finally:
        doc.close(save=False)
    assert len(dumped) > 10
    assert rows == dumped
    assert [r["id"] for r in rows] == [t["id"] for t in dumped]
    assert all(type(r[k]) is type(t[k]) for r, t in zip(rows, dumped, strict=True) for k in t)
    assert rows[0]["created_at"].tzinfo is not None  # aware, as the model gives them
    assert by_id == {t["id"]: t for t in dumped[::7]}
