"""“Vis ord”: the glossary one term at a time in large type, stepped through by keyboard."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import glossary
from desktop.storage.document import create_document, open_document
from desktop.ui.glossary_tab import commands
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.open_workshop import OpenWorkshop

PROC, DOMAIN = "procurement", "domain"
KEY = Qt.Key


@pytest.fixture
def tab(qtbot: QtBot, danish: None, demo_file: Path, tmp_path: Path) -> Iterator[GlossaryTab]:
    path = tmp_path / "demo.tvaers"
    shutil.copy(demo_file, path)
    doc = open_document(path)
    glossary_tab = GlossaryTab(OpenWorkshop(doc), "da")
    qtbot.addWidget(glossary_tab)
    glossary_tab.resize(1280, 720)
    glossary_tab.show()
    yield glossary_tab
    doc.close(save=False)


def _terms(tab: GlossaryTab) -> list[dict[str, Any]]:
    return tab.workshop.read(lambda s: [t.model_dump() for t in glossary.list_terms(s)])


def _term(tab: GlossaryTab, word: str, side: str) -> dict[str, Any]:
    return next(t for t in _terms(tab) if t["term"] == word and t["side"] == side)


def test_vis_ord_starts_at_the_selected_term_and_shows_its_counterpart(tab: GlossaryTab) -> None:
    term = _term(tab, "leverandør", PROC)
    tab.panes[PROC].select_id(term["id"])

    tab.showcase_button.click()

    assert tab.showcase_open()
    assert tab.showcase.hasFocus()
    texts = tab.showcase.texts()
    assert texts is not None
    assert texts.term == "leverandør"
    assert texts.explanation == term["explanation"]
    assert texts.counterpart == "andre aktører"
    assert texts.counterpart_heading == "Fagfolkenes modstykke"
    assert texts.kicker == "Indkøbernes begreber – forklaret for fagfolkene"
    assert texts.status == "Aftalt"
    assert texts.details.startswith("Kilde: ")
    assert texts.position == f"{tab.showcase.index + 1} af {len(_terms(tab))}"


def test_keys_step_through_the_terms_in_the_lists_order(tab: GlossaryTab, qtbot: QtBot) -> None:
    order = [t["term"] for side in (PROC, DOMAIN) for t in _terms(tab) if t["side"] == side]
    tab.open_showcase()
    showcase = tab.showcase
    assert showcase.current_term() is not None and showcase.current_term()["term"] == order[0]

    shown = []
    for key in (KEY.Key_Right, KEY.Key_Space, KEY.Key_PageDown, KEY.Key_Down, KEY.Key_Return):
        qtbot.keyClick(showcase, key)
        shown.append(showcase.texts().term)  # type: ignore[union-attr]
    assert shown == order[1:6]
    for key in (KEY.Key_Left, KEY.Key_PageUp, KEY.Key_Up, KEY.Key_Backspace):
        qtbot.keyClick(showcase, key)
    assert showcase.texts().term == order[1]  # type: ignore[union-attr]
    qtbot.keyClick(showcase, KEY.Key_End)
    assert showcase.texts().term == order[-1]  # type: ignore[union-attr]
    assert not showcase.next_button.isEnabled()
    qtbot.keyClick(showcase, KEY.Key_Right)  # the last stays the last
    assert showcase.texts().term == order[-1]  # type: ignore[union-attr]
    assert showcase.texts().kicker.startswith("Fagfolkenes begreber")  # type: ignore[union-attr]
    qtbot.keyClick(showcase, KEY.Key_Home)
    assert showcase.texts().term == order[0]  # type: ignore[union-attr]
    assert not showcase.previous_button.isEnabled()


def test_the_buttons_step_too_without_taking_the_keys(tab: GlossaryTab) -> None:
    tab.open_showcase()
    first = tab.showcase.current_id()
    tab.showcase.next_button.click()
    assert tab.showcase.current_id() != first
    tab.showcase.previous_button.click()
    assert tab.showcase.current_id() == first
    assert tab.showcase.next_button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_esc_goes_back_to_the_lists_with_the_last_term_selected(
    tab: GlossaryTab, qtbot: QtBot
) -> None:
    tab.open_showcase()
    qtbot.keyClick(tab.showcase, KEY.Key_End)
    last = tab.showcase.current_id()

    qtbot.keyClick(tab.showcase, KEY.Key_Escape)

    assert not tab.showcase_open()
    assert tab.panes[DOMAIN].selected_id() == last
    assert tab.panes[DOMAIN].view.hasFocus()


def test_shift_f5_opens_it_from_the_lists(tab: GlossaryTab, qtbot: QtBot) -> None:
    tab.panes[PROC].view.setFocus()
    qtbot.keyClick(tab.panes[PROC].view, KEY.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert tab.showcase_open()


def test_the_search_limits_what_is_shown(tab: GlossaryTab) -> None:
    tab.search.setText("kontrakt")
    tab.open_showcase()
    terms = [t["term"] for t in tab.showcase.terms]
    assert terms and len(terms) < len(_terms(tab))
    tab.showcase.close_showcase()

    tab.search.setText("zzz-ingen-træf")
    tab.open_showcase()
    assert tab.showcase.texts() is None
    assert tab.showcase.slide.empty_text == "Ingen begreber passer til søgningen."


def test_an_empty_glossary_says_so(qtbot: QtBot, danish: None, tmp_path: Path) -> None:
    doc = create_document(tmp_path / "tom.tvaers", title="Tom")
    try:
        tab = GlossaryTab(OpenWorkshop(doc), "da")
        qtbot.addWidget(tab)
        tab.show()
        tab.open_showcase()
        assert tab.showcase.current_term() is None
        assert tab.showcase.slide.empty_text == "Der er ingen begreber i den fælles ordliste endnu."
        assert not tab.showcase.next_button.isEnabled()
        qtbot.keyClick(tab.showcase, KEY.Key_Right)  # nothing to step to, nothing breaks
        assert not tab.showcase.grab().isNull()  # the empty slide paints
    finally:
        doc.close(save=False)


def test_an_edit_while_shown_updates_the_slide(tab: GlossaryTab) -> None:
    term = _term(tab, "udbud", PROC)
    tab.open_showcase(term["id"])
    tab.workshop.push(
        commands.EditTerm(tab.workshop, term["id"], {"term": "udbud"}, {"term": "EU-udbud"})
    )
    assert tab.showcase.texts().term == "EU-udbud"  # type: ignore[union-attr]
    tab.workshop.push(commands.DeleteTerm(tab.workshop, term["id"]))
    assert tab.showcase.current_term() is not None  # the next term takes its place


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (700, 420)])
def test_the_slide_paints_at_any_size(tab: GlossaryTab, size: tuple[int, int]) -> None:
    term = _term(tab, "kravspecifikation", PROC)
    tab.open_showcase(term["id"])
    tab.resize(*size)
    image = tab.showcase.slide.grab().toImage()
    assert image.width() > 0
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)
    }
    assert len(colours) > 5  # text drawn, not a blank page


def test_a_jump_to_a_term_leaves_the_one_term_view(tab: GlossaryTab) -> None:
    tab.open_showcase()
    term = _term(tab, "fleksjob", DOMAIN)
    tab.reveal_term(term["id"])
    assert not tab.showcase_open()
    assert tab.panes[DOMAIN].selected_id() == term["id"]
