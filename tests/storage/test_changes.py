"""The change notice's payload is collected from the session, not listed by hand."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core import glossary, participants
from desktop.storage.changes import Changes, collect
from desktop.storage.document import WorkshopDocument


def test_a_flush_names_the_rows_it_added_changed_and_deleted(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    with doc.session() as session, collect(session) as added:
        term = glossary.add_term(session, term="Mindstekrav", side="procurement")
    assert added.changes(None).rows == {"term": frozenset({term.id})}
    with doc.session() as session, collect(session) as edited:
        glossary.update_term(session, term_id=term.id, explanation="Krav, alle skal opfylde")
    assert edited.changes(None).rows == {"term": frozenset({term.id})}
    with doc.session() as session, collect(session) as deleted:
        glossary.delete_term(session, term_id=term.id)
    assert deleted.changes(None).ids("term") == frozenset({term.id})


def test_a_bulk_statement_names_its_table_as_any_row(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    """Deleting a participant clears "forklaret af" on their terms with one UPDATE: the
    ids are not known, so the glossary reads every term again."""
    doc = new_doc()
    with doc.session() as session:
        person = participants.add_participant(session, name="Lise", side="domain")
        glossary.add_term(session, term="Jobcenter", side="domain", taught_by=person.id)
    with doc.session() as session, collect(session) as removed:
        participants.delete_participant(session, participant_id=person.id)
    changes = removed.changes(None)
    assert changes.ids("participant") == frozenset({person.id})
    assert changes.touches("term") and changes.ids("term") is None
    assert not changes.only("participant")


def test_nothing_is_collected_after_the_block(new_doc: Callable[..., WorkshopDocument]) -> None:
    doc = new_doc()
    with doc.session() as session:
        with collect(session) as first:
            glossary.add_term(session, term="A", side="domain")
        glossary.add_term(session, term="B", side="domain")
    assert len(first.changes(None).rows["term"] or ()) == 1


def test_changes_gathered_while_hidden_add_up() -> None:
    one = Changes({"term": frozenset({"a"})}, origin="editor")
    two = Changes({"term": frozenset({"b"}), "note": None})
    both = one | two
    assert both.ids("term") == {"a", "b"} and both.ids("note") is None
    assert both.origin is None  # no single view started both
    assert (one | Changes.all()).everything
    assert not Changes() and Changes.all() and one
    assert one.is_echo_of("editor") and not two.is_echo_of("editor")
    assert one.ids("service") == frozenset() and Changes.all().ids("term") is None
