"""Issue 19, item 5: one word for one domain value in the window, the minutes and the CSV.

Each check reads the word where the user reads it: the board's column title and the service
editor's choice, the sign-off editor's line for a covered service, the sign-off dialog's
buttons, the glossary editor's status choice, the canvas's and the participant table's
choices, the minutes' words (desktop/export/words.py) and the cells of an exported CSV. All
must be the vocabulary's word (desktop/core/vocabulary.py), in Danish and in English.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from desktop.app import install_translators
from desktop.core import signoff, vocabulary
from desktop.core.canvas_models import NoteKind, NoteSide, Priority
from desktop.core.delivery_models import Placement
from desktop.core.models import ActionStatus, Side, TermSide, TermStatus
from desktop.core.signoff import ServiceInfo
from desktop.core.signoff_models import DecisionStatus, Outcome
from desktop.export import glossary_csv
from desktop.export.words import words
from desktop.storage.document import WorkshopDocument, create_document
from desktop.ui.canvas_tab.tab import CanvasTab
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.labels import ui_language
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.signoff_tab.sign_off_dialog import SignOffDialog
from desktop.ui.signoff_tab.tab import SignOffTab
from desktop.ui.workshop_tab.tab import WorkshopTab

LANGS = ("da", "en")


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window in one language: its translation installed, as the app does."""
    installed = install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[OpenWorkshop]:
    document: WorkshopDocument = create_document(tmp_path / "ord.tvaers", title="Ord")
    yield OpenWorkshop(document)
    document.close(save=False)


def minutes_word(lang: str, prefix: str, value: str) -> str:
    return words(lang)[f"{prefix}_{value}"]


def _plain(text: str) -> str:
    """What the user reads of a text with an Alt letter: "Af&vist" -> "Afvist"."""
    return re.sub(r"&(.)", r"\1", text)


def test_the_window_speaks_the_language_of_its_translation(lang: str) -> None:
    assert ui_language() == lang


def test_every_value_has_a_word_in_each_language_and_no_two_values_share_one() -> None:
    for enum, table in vocabulary.VOCABULARY.items():
        assert set(table) == {member.value for member in enum}, enum.__name__
        for lang in LANGS:
            shown = [table[member.value][lang] for member in enum]
            assert all(w.strip() for w in shown), (enum.__name__, lang)
            assert len(set(shown)) == len(shown), (enum.__name__, lang, shown)


def test_placements_read_the_same_on_the_board_in_the_editors_and_in_the_minutes(
    qtbot: QtBot, lang: str, workshop: OpenWorkshop
) -> None:
    board = DeliveryTab(workshop, lang)
    qtbot.addWidget(board)
    sign_offs = SignOffTab(workshop, lang)
    qtbot.addWidget(sign_offs)
    editor_choices = {
        board.editor.placement.itemData(i): board.editor.placement.itemText(i)
        for i in range(board.editor.placement.count())
    }
    for placement in Placement:
        word = vocabulary.label(placement, lang)
        column_title = board.columns[placement.value].title.text()
        assert column_title == f"{word} (0)", placement
        assert editor_choices[placement.value] == word, placement
        covered = ServiceInfo("s1", "Mentorordning", placement.value, None, None)
        assert sign_offs.editor._service_text(covered) == f"Mentorordning – {word}", placement
        assert signoff.format_value("placement", placement.value, lang) == word, placement
        assert minutes_word(lang, "placement", placement.value) == word, placement


def _csv_cells(rows: list[glossary_csv.GlossaryRow], lang: str) -> list[list[str]]:
    text = glossary_csv.csv_bytes(rows, lang).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1:]


def test_term_sides_and_statuses_read_the_same_in_the_glossary_the_minutes_and_the_csv(
    qtbot: QtBot, lang: str, workshop: OpenWorkshop
) -> None:
    tab = GlossaryTab(workshop, lang)
    qtbot.addWidget(tab)
    choices = {
        tab.editor.status.itemData(i): tab.editor.status.itemText(i)
        for i in range(tab.editor.status.count())
    }
    rows = [glossary_csv.GlossaryRow(side="domain", term=s.value, status=s) for s in TermStatus]
    cells = _csv_cells(rows, lang)
    for status, row in zip(TermStatus, cells, strict=True):
        word = vocabulary.label(status, lang)
        assert choices[status.value] == word, status
        assert row[5] == word == minutes_word(lang, "status", status.value), status
    rows = [glossary_csv.GlossaryRow(side=side, term=side.value) for side in TermSide]
    for side, row in zip(TermSide, _csv_cells(rows, lang), strict=True):
        assert row[0] == vocabulary.label(side, lang) == minutes_word(lang, "side", side), side


def test_an_exported_csv_reads_back_in_either_language(lang: str) -> None:
    rows = [
        glossary_csv.GlossaryRow(side=side, term=f"{side}-{status}", status=status)
        for side in TermSide
        for status in TermStatus
    ]
    read = glossary_csv.parse_csv(glossary_csv.csv_bytes(rows, lang))
    assert read.problems == []
    assert [(r.side, r.status) for r in read.rows] == [(r.side, r.status) for r in rows]


def test_sides_kinds_priorities_and_actions_read_the_same_on_canvas_tables_and_minutes(
    qtbot: QtBot, lang: str, workshop: OpenWorkshop
) -> None:
    canvas = CanvasTab(workshop, lang)
    qtbot.addWidget(canvas)
    details = WorkshopTab(workshop, lang)
    qtbot.addWidget(details)
    side_column = next(c for c in details.participant_model.columns if c.field == "side")
    status_column = next(c for c in details.action_model.columns if c.field == "status")
    for side in Side:
        word = vocabulary.label(side, lang)
        assert dict(side_column.choices)[side.value] == word, side
        assert canvas.sides[NoteSide(side.value)] == word, side
        assert minutes_word(lang, "side", side.value) == word, side
    for kind in NoteKind:
        word = canvas.kinds[kind.value]
        assert word == vocabulary.label(kind, lang) == minutes_word(lang, "kind", kind.value)
    for priority in Priority:
        word = canvas.priorities[priority.value]
        assert word == vocabulary.label(priority, lang)
        if priority.value:  # the minutes print "–" in the cell of a note with no priority
            assert word == minutes_word(lang, "priority", priority.value), priority
    for status in ActionStatus:
        word = vocabulary.label(status, lang)
        assert dict(status_column.choices)[status.value] == word, status
        assert minutes_word(lang, "action", status.value) == word, status


def test_outcomes_and_decision_statuses_read_the_same_in_the_tab_the_dialog_and_the_minutes(
    qtbot: QtBot, lang: str, workshop: OpenWorkshop
) -> None:
    tab = SignOffTab(workshop, lang)
    qtbot.addWidget(tab)
    dialog = SignOffDialog([], "Beslutning")
    qtbot.addWidget(dialog)
    buttons = {
        str(b.property("outcome")): _plain(b.text()) for b in dialog.findChildren(QRadioButton)
    }
    for outcome in Outcome:
        word = vocabulary.label(outcome, lang)
        assert tab.outcome_labels[outcome.value] == word, outcome
        assert buttons[outcome.value] == word, outcome
        assert minutes_word(lang, "outcome", outcome.value) == word, outcome
    for status in DecisionStatus:
        word = vocabulary.label(status, lang)
        assert tab.decisions_model.status_labels[status] == word, status
        assert minutes_word(lang, "decision", status.value) == word, status
    assert words(lang)["changed_after_approval"] == vocabulary.label(
        DecisionStatus.CHANGED_AFTER_APPROVAL, lang
    )


def test_sentences_use_the_vocabulary_word_for_a_changed_decision() -> None:
    """The banner, the overview line and the readiness list say in a sentence what the
    status column says: not "changed after sign-off" in one place and "after approval" in
    another."""
    import re
    from pathlib import Path

    from desktop.core import vocabulary
    from desktop.core.values import DecisionStatus

    word = vocabulary.label(DecisionStatus.CHANGED_AFTER_APPROVAL, "en").casefold()
    pattern = re.compile(r"changed after (approval|sign-off|signing off)", re.IGNORECASE)
    root = Path(__file__).resolve().parents[2] / "desktop"
    found = {
        m.group(0).casefold() for p in root.rglob("*.py") for m in pattern.finditer(p.read_text())
    }
    assert found == {word}


def test_agreements_read_the_same_on_the_contract_page_and_in_the_minutes(
    qtbot: QtBot, lang: str, workshop: OpenWorkshop
) -> None:
    from desktop.core.contracts import agreement_name
    from desktop.core.values import Agreement

    board = DeliveryTab(workshop, lang)
    qtbot.addWidget(board)
    combo = board.contract_page.agreement
    choices = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    for agreement in Agreement:
        word = vocabulary.label(agreement, lang)
        assert choices[agreement.value] == word, agreement
        assert agreement_name(agreement.value, lang) == word, agreement  # the minutes' word
