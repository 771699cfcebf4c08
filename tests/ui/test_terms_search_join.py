"""A term that matches the search again after an edit it did not make itself (an undone
rename, found by the glossary's model-based journey) joins the list: the search »praktik«
with a term named »praktik« never shows an empty list. A term that no longer matches stays
(it does not vanish while being typed into)."""

from __future__ import annotations

from typing import Any

from desktop.ui.glossary_tab.terms_model import SideTermsModel


def term(term_id: str, word: str) -> dict[str, Any]:
    return {
        "id": term_id,
        "term": word,
        "explanation": "",
        "example": "",
        "side": "domain",
        "position": 0,
        "status": "proposed",
        "taught_by": None,
        "counterpart_id": None,
        "source": "",
    }


def shown(model: SideTermsModel) -> list[str]:
    return [model.term_at(row)["term"] for row in range(model.rowCount())]


def test_an_undone_rename_brings_the_term_back_into_the_searched_list() -> None:
    model = SideTermsModel("domain", ["Begreb", "Forklaring", "Status"], {}, lambda *_: None)
    model.load(
        [term("a", "løntilskud"), term("b", "praktik"), term("c", "mentor")],
        names={},
        counterpart_terms={},
    )
    model.set_filter("praktik")
    assert shown(model) == ["praktik"]
    assert model.update_terms({"b": term("b", "udbud")}) is False  # renamed: it stays
    assert shown(model) == ["udbud"]
    model.set_filter("")
    model.set_filter("praktik")
    assert shown(model) == []  # the search applied again: nothing matches
    assert model.update_terms({"b": term("b", "praktik")}) is True  # the rename undone
    assert shown(model) == ["praktik"]
    assert model.update_terms({"c": term("c", "mentor i praktik")}) is True
    assert shown(model) == ["praktik", "mentor i praktik"]
