"""The shared-language tab as the room uses it: two sides, search, links, starter words, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core import glossary
from desktop.core.starter_vocabularies import load
from desktop.ui.glossary_tab import commands
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.glossary_tab.term_pane import EXPLANATION_SHARE
from desktop.ui.glossary_tab.terms_model import (
    COUNTERPART,
    EXPLANATION,
    STATUS,
    STATUS_COLOURS,
    TERM,
)
from desktop.ui.main_window import MainWindow
from tests.conftest import copy_workshop
from tests.ui.conftest import Answers, new_workshop_answer

PROC, DOMAIN = "procurement", "domain"


@pytest.fixture
def tab(window: MainWindow, answers: Answers) -> GlossaryTab:
    answers.new_workshop = new_workshop_answer()
    assert window.new_workshop()
    assert window.glossary_tab is not None
    window.tabs.setCurrentWidget(window.glossary_tab)  # type: ignore[union-attr]
    return window.glossary_tab


@pytest.fixture
def demo_tab(window: MainWindow, answers: Answers, demo_file: Path, tmp_path: Path) -> GlossaryTab:
    path = copy_workshop(demo_file, tmp_path / "demo.tvaers")
    assert window.open_path(path)
    assert window.glossary_tab is not None
    return window.glossary_tab


def _terms(tab: GlossaryTab) -> list[dict[str, Any]]:
    return tab.workshop.read(lambda s: [t.model_dump() for t in glossary.list_terms(s)])


def _term(tab: GlossaryTab, word: str, side: str) -> dict[str, Any]:
    return next(t for t in _terms(tab) if t["term"] == word and t["side"] == side)


def _add(tab: GlossaryTab, side: str, word: str) -> str:
    tab.add_term(side)
    model = tab.models[side]
    term_id = tab.panes[side].selected_id()
    assert term_id is not None
    model.setData(model.index(model.row_of(term_id), TERM), word, Qt.ItemDataRole.EditRole)
    return term_id


def test_add_and_rename_terms_on_each_side_with_undo(tab: GlossaryTab, window: MainWindow) -> None:
    _add(tab, PROC, "udbud")
    _add(tab, DOMAIN, "virksomhedspraktik")
    assert [(t["side"], t["term"]) for t in _terms(tab)] == [
        (PROC, "udbud"),
        (DOMAIN, "virksomhedspraktik"),
    ]
    assert tab.models[PROC].rowCount() == 1 and tab.models[DOMAIN].rowCount() == 1
    assert window.undo_action.text() == "Fortryd: Ret begreb"
    window.undo_action.trigger()
    assert _terms(tab)[1]["term"] == "Nyt begreb"
    window.redo_action.trigger()
    assert _terms(tab)[1]["term"] == "virksomhedspraktik"


def test_long_fields_are_edited_in_the_detail_editor_as_one_step(
    tab: GlossaryTab, window: MainWindow, qtbot: QtBot
) -> None:
    term_id = _add(tab, PROC, "mindstekrav")
    tab.panes[PROC].select_id(term_id)
    assert tab.editor.term_id == term_id
    text = "Et krav, som et tilbud skal opfylde.\nEllers er tilbuddet ukonditionsmæssigt <&> 😀"
    tab.editor.explanation.setPlainText(text)
    tab.editor.source.setText("Udbudsloven § 2")
    tab.editor.source.textEdited.emit("Udbudsloven § 2")
    tab.commit_typing()
    stored = _term(tab, "mindstekrav", PROC)
    assert stored["explanation"] == text
    assert stored["source"] == "Udbudsloven § 2"
    window.undo_action.trigger()
    assert _term(tab, "mindstekrav", PROC)["explanation"] == ""


def test_status_is_shown_by_colour_and_text(tab: GlossaryTab, window: MainWindow) -> None:
    _add(tab, PROC, "målgruppe")
    model = tab.models[PROC]
    index = model.index(0, STATUS)
    assert model.data(index) == "Foreslået"
    assert model.setData(index, "disputed", Qt.ItemDataRole.EditRole)
    assert _terms(tab)[0]["status"] == "disputed"
    assert model.data(model.index(0, STATUS)) == "Omstridt"
    brush = model.data(model.index(0, STATUS), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == STATUS_COLOURS["disputed"]
    assert window.undo_action.text() == "Fortryd: Skift status for begreb"
    model.setData(model.index(0, STATUS), "agreed", Qt.ItemDataRole.EditRole)
    agreed = model.data(model.index(0, STATUS), Qt.ItemDataRole.BackgroundRole)
    assert agreed.color() == STATUS_COLOURS["agreed"] != STATUS_COLOURS["disputed"]


def test_search_filters_both_sides_case_insensitively(demo_tab: GlossaryTab) -> None:
    total = {side: demo_tab.models[side].rowCount() for side in (PROC, DOMAIN)}
    demo_tab.search.setText("MÅLGRUPPE")
    assert demo_tab.models[PROC].match_count >= 1
    assert demo_tab.models[DOMAIN].match_count >= 1
    for side in (PROC, DOMAIN):
        model = demo_tab.models[side]
        for row in range(model.rowCount()):
            term = model.term_at(row)
            haystack = " ".join((term["term"], term["explanation"], term["example"]))
            assert "målgruppe" in haystack.casefold()
    found = sum(m.match_count for m in demo_tab.models.values())
    assert demo_tab.matches.text() == f"Træffere: {found}"
    assert "af" in demo_tab.panes[PROC].count.text()
    demo_tab.search.setText("ingen ting matcher zzqq")
    assert demo_tab.models[PROC].rowCount() == 0 and demo_tab.models[DOMAIN].rowCount() == 0
    demo_tab.search.clear()
    assert {side: demo_tab.models[side].rowCount() for side in (PROC, DOMAIN)} == total


def test_search_looks_in_examples_too(tab: GlossaryTab) -> None:
    term_id = _add(tab, DOMAIN, "løntilskud")
    tab.workshop.push(
        __import__("desktop.ui.glossary_tab.commands", fromlist=["EditTerm"]).EditTerm(
            tab.workshop, term_id, {"example": ""}, {"example": "Ansat hos Bageriet i 6 måneder"}
        )
    )
    tab.search.setText("bageriet")
    assert tab.models[DOMAIN].match_count == 1


def test_ctrl_f_puts_the_cursor_in_the_search_box(tab: GlossaryTab, qtbot: QtBot) -> None:
    tab.panes[PROC].view.setFocus()
    qtbot.keyClick(tab.panes[PROC].view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()


def test_linking_terms_highlights_the_counterpart(
    tab: GlossaryTab, window: MainWindow, qtbot: QtBot
) -> None:
    supplier = _add(tab, PROC, "leverandør")
    actor = _add(tab, DOMAIN, "anden aktør")
    tab.panes[PROC].select_id(supplier)
    tab.panes[DOMAIN].select_id(actor)
    qtbot.keyClick(tab, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _term(tab, "leverandør", PROC)["counterpart_id"] == actor
    assert _term(tab, "anden aktør", DOMAIN)["counterpart_id"] == supplier
    assert tab.models[PROC].data(tab.models[PROC].index(0, COUNTERPART)) == "↔ anden aktør"
    assert window.undo_action.text() == "Fortryd: Forbind begreber"

    tab.panes[PROC].select_id(supplier)
    assert tab.models[DOMAIN].highlight_id == actor
    brush = tab.models[DOMAIN].data(
        tab.models[DOMAIN].index(0, TERM), Qt.ItemDataRole.BackgroundRole
    )
    assert isinstance(brush, QBrush)

    window.undo_action.trigger()
    assert _term(tab, "leverandør", PROC)["counterpart_id"] is None
    assert _term(tab, "anden aktør", DOMAIN)["counterpart_id"] is None


def test_a_term_has_at_most_one_counterpart(tab: GlossaryTab, window: MainWindow) -> None:
    ydelse = _add(tab, PROC, "ydelse")
    tilbud = _add(tab, DOMAIN, "tilbud")
    indsats = _add(tab, DOMAIN, "indsats")
    for other in (tilbud, indsats):
        tab.panes[PROC].select_id(ydelse)
        tab.panes[DOMAIN].select_id(other)
        tab.link_selected()
    assert _term(tab, "ydelse", PROC)["counterpart_id"] == indsats
    assert _term(tab, "tilbud", DOMAIN)["counterpart_id"] is None
    window.undo_action.trigger()
    assert _term(tab, "ydelse", PROC)["counterpart_id"] == tilbud
    assert _term(tab, "tilbud", DOMAIN)["counterpart_id"] == ydelse
    assert _term(tab, "indsats", DOMAIN)["counterpart_id"] is None


def test_unlink_and_delete_keep_links_undoable(demo_tab: GlossaryTab, window: MainWindow) -> None:
    supplier = _term(demo_tab, "leverandør", PROC)
    demo_tab.panes[PROC].select_id(supplier["id"])
    assert demo_tab.unlink_button.isEnabled()
    demo_tab.unlink_current()
    assert _term(demo_tab, "leverandør", PROC)["counterpart_id"] is None
    window.undo_action.trigger()
    assert _term(demo_tab, "leverandør", PROC)["counterpart_id"] == supplier["counterpart_id"]

    demo_tab.panes[PROC].select_id(supplier["id"])
    demo_tab.delete_selected(PROC)
    assert not any(t["term"] == "leverandør" for t in _terms(demo_tab))
    assert _term(demo_tab, "andre aktører", DOMAIN)["counterpart_id"] is None
    window.undo_action.trigger()
    assert _term(demo_tab, "andre aktører", DOMAIN)["counterpart_id"] == supplier["id"]


def test_linking_needs_one_term_on_each_side(tab: GlossaryTab, answers: Answers) -> None:
    _add(tab, PROC, "udbud")
    tab.panes[DOMAIN].view.clearSelection()
    tab.link_selected()
    assert answers.infos and "hver side" in answers.infos[-1]


def test_move_and_sort_terms_with_undo(tab: GlossaryTab, window: MainWindow) -> None:
    for word in ("øvelse", "udbud", "annoncering"):
        _add(tab, PROC, word)
    order = lambda: [tab.models[PROC].term_at(r)["term"] for r in range(3)]  # noqa: E731
    assert order() == ["øvelse", "udbud", "annoncering"]
    tab.panes[PROC].select_id(_term(tab, "annoncering", PROC)["id"])
    tab.move_selected(PROC, -1)
    assert order() == ["øvelse", "annoncering", "udbud"]
    tab.sort_side(PROC)
    assert order() == ["annoncering", "udbud", "øvelse"]
    window.undo_action.trigger()
    assert order() == ["øvelse", "annoncering", "udbud"]
    window.undo_action.trigger()
    assert order() == ["øvelse", "udbud", "annoncering"]


def test_starter_vocabulary_skips_terms_already_there_and_undoes_as_one_step(
    tab: GlossaryTab, answers: Answers, window: MainWindow
) -> None:
    _add(tab, PROC, "UDBUD")  # present already, in other case
    vocabulary = load("indkoeb")
    answers.starter = vocabulary
    tab.add_starter_vocabulary()
    terms = _terms(tab)
    assert len(terms) == len(vocabulary.terms)  # one skipped, one typed by hand
    assert sum(t["term"].casefold() == "udbud" for t in terms) == 1
    assert "1" in answers.infos[-1]
    tab.add_starter_vocabulary()
    assert len(_terms(tab)) == len(vocabulary.terms)
    window.undo_action.trigger()  # the second insert added nothing: undo the first
    assert window.undo_action.text() == "Fortryd: Ret begreb"
    assert len(_terms(tab)) == 1


def test_glossary_survives_close_and_reopen(tab: GlossaryTab, window: MainWindow) -> None:
    a = _add(tab, PROC, "rammeaftale")
    b = _add(tab, DOMAIN, "tilbud")
    tab.panes[PROC].select_id(a)
    tab.panes[DOMAIN].select_id(b)
    tab.link_selected()
    assert window.current is not None
    path = window.current.document.path
    assert window.close_workshop()
    assert window.open_path(path)
    reopened = window.glossary_tab
    assert reopened is not None
    assert _term(reopened, "rammeaftale", PROC)["counterpart_id"] == b
    assert reopened.models[DOMAIN].data(reopened.models[DOMAIN].index(0, COUNTERPART)) == (
        "↔ rammeaftale"
    )


def test_terms_model_passes_qt_model_tester(
    demo_tab: GlossaryTab, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(demo_tab.models[PROC])
    demo_tab.search.setText("kontrakt")
    qtmodeltester.check(demo_tab.models[PROC])


def test_read_only_glossary_cannot_be_edited(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = copy_workshop(demo_file, tmp_path / "demo.tvaers")
    assert window.open_path(path, read_only=True)
    tab = window.glossary_tab
    assert tab is not None
    assert not tab.panes[PROC].add_button.isEnabled()
    assert not tab.link_button.isEnabled()
    model = tab.models[PROC]
    assert not model.setData(model.index(0, TERM), "ændret", Qt.ItemDataRole.EditRole)
    assert tab.editor.term.isReadOnly()


def test_csv_export_then_import_into_another_workshop(
    demo_tab: GlossaryTab, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    before = _terms(demo_tab)
    answers.csv_save = tmp_path / "ordliste.csv"
    demo_tab.export_csv()
    raw = answers.csv_save.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert "Begreb" in raw.decode("utf-8-sig").splitlines()[0]
    assert str(len(before)) in answers.infos[-1]

    answers.new_workshop = new_workshop_answer("Tom workshop")
    assert window.new_workshop()
    fresh = window.glossary_tab
    assert fresh is not None
    answers.csv_open = answers.csv_save
    fresh.import_csv()
    imported = _terms(fresh)
    key = lambda t: (t["side"], t["term"], t["explanation"], t["status"])  # noqa: E731
    assert sorted(map(key, imported)) == sorted(map(key, before))
    linked = {t["term"] for t in imported if t["counterpart_id"]}
    assert {"leverandør", "andre aktører", "målgruppe"} <= linked
    assert window.undo_action.text() == "Fortryd: Importér begreber"
    window.undo_action.trigger()
    assert _terms(fresh) == []


def test_csv_with_bad_rows_asks_before_importing_the_valid_ones(
    tab: GlossaryTab, answers: Answers, tmp_path: Path
) -> None:
    source = tmp_path / "fejl.csv"
    source.write_bytes(
        "\ufeffSide;Begreb;Forklaring;Status\r\n"
        "Indkøb;udbud;En konkurrence;Aftalt\r\n"
        "Månen;ost;Forkert side;Aftalt\r\n"
        "Fagområde;;Intet begreb;Foreslået\r\n".encode()
    )
    answers.csv_open = source
    answers.confirm = False
    tab.import_csv()
    assert _terms(tab) == []
    assert "Linje 3:" in answers.confirms[-1] and "Linje 4:" in answers.confirms[-1]
    answers.confirm = True
    tab.import_csv()
    assert [t["term"] for t in _terms(tab)] == ["udbud"]


def test_unreadable_csv_imports_nothing_and_says_why(
    tab: GlossaryTab, answers: Answers, tmp_path: Path
) -> None:
    source = tmp_path / "ikke.csv"
    source.write_bytes(b"Side;Begreb\r\nIndk\xc3\xb8b;udbud\r\nIndk\xf8b;tilbud\r\n")  # mixed
    answers.csv_open = source
    tab.import_csv()
    assert _terms(tab) == []
    assert answers.errors and "Traceback" not in answers.errors[-1]


def test_read_only_workshop_can_still_export_its_glossary(
    demo_file: Path, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = copy_workshop(demo_file, tmp_path / "demo.tvaers")
    assert window.open_path(path, read_only=True)
    tab = window.glossary_tab
    assert tab is not None
    assert tab.export_button.isEnabled() and not tab.import_button.isEnabled()
    answers.csv_save = tmp_path / "ud.csv"
    tab.export_csv()
    assert answers.csv_save.exists()


# -- issue 15: the pane stays on the term shown; the search hides it; room to read ----------


def test_an_edit_keeps_the_pane_on_the_term_shown_with_a_term_selected_on_each_side(
    tab: GlossaryTab,
) -> None:
    udbud = _add(tab, PROC, "udbud")
    praktik = _add(tab, DOMAIN, "praktik")
    tab.panes[DOMAIN].select_id(praktik)
    tab.panes[PROC].select_id(udbud)
    assert tab.editor.term_id == udbud
    tab.workshop.push(
        commands.EditTerm(tab.workshop, udbud, {"status": "proposed"}, {"status": "agreed"})
    )
    assert tab.editor.term_id == udbud  # was the right-hand "praktik"
    assert tab.panes[PROC].selected_id() == udbud and tab.panes[DOMAIN].selected_id() == praktik


def test_a_term_hidden_by_the_search_leaves_the_pane_and_comes_back(tab: GlossaryTab) -> None:
    udbud = _add(tab, PROC, "udbud")
    _add(tab, DOMAIN, "praktik")
    tab.panes[PROC].select_id(udbud)
    tab.search.setText("praktik")
    assert tab.editor.term_id is None
    assert tab.editor.heading.text() == (
        "Det valgte begreb er skjult af søgningen. Ryd søgningen for at se det."
    )
    assert not tab.editor.explanation.isEnabled()
    tab.search.clear()
    assert tab.editor.term_id == udbud and tab.panes[PROC].selected_id() == udbud
    assert tab.editor.heading.text() == "Valgt begreb"


def test_a_term_edited_while_searching_stays_in_the_list(tab: GlossaryTab) -> None:
    udbud = _add(tab, PROC, "udbud")
    tab.search.setText("udbud")
    tab.panes[PROC].select_id(udbud)
    model = tab.models[PROC]
    model.setData(model.index(0, TERM), "konkurrence", Qt.ItemDataRole.EditRole)
    assert model.rowCount() == 1 and tab.editor.term_id == udbud  # not gone while typed into
    tab.search.setText("udbu")
    assert model.rowCount() == 0


def test_the_explanation_column_keeps_its_share_when_the_others_grow(tab: GlossaryTab) -> None:
    pane = tab.panes[PROC]
    pane.resize(560, 300)
    pane.view.resizeColumnToContents(TERM)
    pane.view.setColumnWidth(TERM, 900)  # a very long term in large type
    header = pane.view.horizontalHeader()
    width = pane.view.viewport().width()
    assert header.sectionSize(EXPLANATION) >= width * (EXPLANATION_SHARE - 0.01)


def test_linking_terms_already_linked_adds_no_empty_undo_step(
    tab: GlossaryTab, window: MainWindow
) -> None:
    udbud = _add(tab, PROC, "udbud")
    praktik = _add(tab, DOMAIN, "praktik")
    tab.panes[PROC].select_id(udbud)
    tab.panes[DOMAIN].select_id(praktik)
    tab.link_selected()
    steps = tab.workshop.undo_stack.count()
    tab.link_selected()  # Ctrl+L again
    assert tab.workshop.undo_stack.count() == steps
    window.undo_action.trigger()  # the one Ctrl+Z undoes the link
    assert _term(tab, "udbud", PROC)["counterpart_id"] is None
