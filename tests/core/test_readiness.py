"""The readiness overview counts what is still missing, in the method's order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core import actions, glossary
from desktop.core.demo import write_demo
from desktop.core.readiness import readiness
from desktop.storage.document import open_document


def test_demo_readiness_counts_disputed_terms_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "demo.tvaers"
    write_demo(path)
    doc = open_document(path)
    try:
        with doc.session() as s:
            checks = {c.key: c for c in readiness(s)}
        assert checks["terms_disputed"].count == 2  # målgruppe on both sides
        assert checks["terms_disputed"].text("da") == "2 begreber er omstridte"
        assert checks["terms_unexplained"].ok
        assert checks["actions_incomplete"].ok
    finally:
        doc.close(save=False)


def test_counts_follow_edits_and_speak_singular(tmp_path: Path) -> None:
    from desktop.storage.document import create_document

    doc = create_document(tmp_path / "w.tvaers", title="Tom")
    try:
        with doc.session() as s:
            assert all(c.ok for c in readiness(s))
            glossary.add_term(s, side="procurement", term="udbud")
            actions.add_action(s, what="Ring til leverandøren", owner="Ida")
            actions.add_action(s, what="Send referat", owner="Ida", due=date(2027, 3, 1))
            checks = {c.key: c for c in readiness(s)}
        assert checks["terms_unexplained"].text("da") == "1 begreb mangler en forklaring"
        assert checks["actions_incomplete"].text("en") == (
            "1 follow-up action lacks an owner or a due date"
        )
        assert checks["terms_disputed"].ok
    finally:
        doc.close(save=False)
