"""The voting round as the facilitator types it in front of the room: entered by keyboard,
Enter to the next note, the ranking live with shared places, saved as one undo step,
cancelled without a trace, and still there after the file is closed and opened again."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core import canvas
from desktop.core.canvas import CanvasContents
from desktop.core.canvas_templates import ROOT_PROBLEMS
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import read_file
from desktop.export.options import MinutesOptions
from desktop.storage import drafts
from desktop.storage.document import WorkshopDocument, create_document, open_document
from desktop.ui import dialogs
from desktop.ui.canvas_tab.tab import CanvasTab
from desktop.ui.canvas_tab.voting_models import EntriesModel, ResultsModel
from desktop.ui.canvas_tab.voting_round import VotingRoundDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.open_workshop import OpenWorkshop
from tests.conftest import copy_workshop

from .conftest import Answers

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# The wall: zone, text, votes before the round. In wall order: the two Proces notes side by
# side in the first row, then one note in each of the other zones.
WALL = [
    ("proces", "Vi starter med kontrakten", 4),
    ("proces", "Fagområdet bliver spurgt for sent", 0),
    ("indkoeb", "Kravene kopieres fra sidste udbud", 2),
    ("faglighed", "Indkøb kender ikke målgrupperne", 1),
    ("ledelse", "Ingen ejer leverandørstyringen", 2),
]
TEXTS = [text for _zone, text, _votes in WALL]

Script = Callable[[VotingRoundDialog], None]


class Round:
    """Stands in for `dialogs.ask_voting_round`: opens the real dialog without exec(), lets
    the test type in it (`script`), and answers what the dialog answers."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.script: Script = lambda _dialog: None
        self.dialog: VotingRoundDialog | None = None
        self.opened = 0

    def __call__(
        self,
        parent: QWidget | None,
        contents: CanvasContents,
        draft: dict[str, int] | None = None,
        keep: Callable[[dict[str, int]], object] | None = None,
    ) -> dict[str, int] | None:
        self.opened += 1
        dialog = VotingRoundDialog(contents, parent, draft=draft, keep=keep)
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        self.dialog = dialog
        self.script(dialog)
        return dialog.outcome()


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make `window` the active one: a window's shortcuts answer only there."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


class Opened:
    def __init__(self, path: Path, qtbot: QtBot) -> None:
        self.path, self.qtbot = path, qtbot
        self.doc: WorkshopDocument | None = None
        self.tab: CanvasTab | None = None

    def open(self, doc: WorkshopDocument | None = None) -> CanvasTab:
        self.doc = doc or open_document(self.path)
        self.workshop = OpenWorkshop(self.doc)
        self.tab = CanvasTab(self.workshop, "da")
        self.qtbot.addWidget(self.tab)
        self.tab.resize(1280, 800)
        self.tab.show()
        activate(self.qtbot, self.tab)
        return self.tab

    def close(self) -> None:
        if self.tab is not None:
            self.workshop.stop_timers()
            self.tab.close()  # qtbot deletes it after the test
            self.tab = None
        if self.doc is not None:
            self.doc.close()
            self.doc = None

    def votes(self) -> list[int]:
        """The notes' votes in the file, in the order of WALL."""
        by_text = self.workshop.read(
            lambda s: {
                n.text: n.votes
                for c in canvas.list_canvases(s)
                for n in canvas.list_notes(s, canvas_id=c.id)
            }
        )
        return [by_text[text] for text in TEXTS]


@pytest.fixture
def opened(tmp_path: Path, qtbot: QtBot, danish: None) -> Iterator[Opened]:
    path = tmp_path / "w.tvaers"
    doc = create_document(path, title="Behov for mentorstøtte")
    with doc.session() as session:
        board = canvas.create_canvas(session, template_key=ROOT_PROBLEMS)
        zones = {z.key: z.id for z in canvas.list_zones(session, canvas_id=board.id)}
        for zone, text, votes in WALL:
            canvas.add_note(
                session, canvas_id=board.id, zone_id=zones[zone], text=text, votes=votes
            )
    o = Opened(path, qtbot)
    o.open(doc)
    yield o
    o.close()


@pytest.fixture
def tab(opened: Opened) -> CanvasTab:
    assert opened.tab is not None
    return opened.tab


@pytest.fixture
def voting(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, answers: Answers) -> Round:
    fake = Round(qtbot)
    monkeypatch.setattr(dialogs, "ask_voting_round", fake)
    return fake


def _keyboard(dialog: VotingRoundDialog) -> QWidget:
    """Where the keyboard is in the dialog."""
    target = dialog.focusWidget()
    assert target is not None
    return target


def press(
    dialog: VotingRoundDialog,
    key: Qt.Key,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    QTest.keyClick(_keyboard(dialog), key, mods)


def keys(dialog: VotingRoundDialog, text: str) -> None:
    QTest.keyClicks(_keyboard(dialog), text)


def type_in(dialog: VotingRoundDialog, *numbers: str) -> None:
    """Each number typed where the keyboard is, then Enter ("": Enter alone)."""
    for number in numbers:
        keys(dialog, number)
        press(dialog, Qt.Key.Key_Return)


def results(dialog: VotingRoundDialog) -> list[tuple[str, str, str]]:
    model = dialog.results
    return [
        (
            model.data(model.index(row, ResultsModel.PLACE)),
            model.data(model.index(row, ResultsModel.VOTES)),
            model.data(model.index(row, ResultsModel.NOTE)),
        )
        for row in range(model.rowCount())
    ]


def save(dialog: VotingRoundDialog) -> None:
    dialog.save_button.click()


# -- entering -------------------------------------------------------------------------------


def test_ctrl_shift_v_opens_the_round_with_the_first_notes_field_focused(
    tab: CanvasTab, voting: Round, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def look(dialog: VotingRoundDialog) -> None:
        seen["focus"] = dialog.focusWidget()
        seen["card"] = dialog.note_text.text()
        seen["notes"] = [
            dialog.entries.data(dialog.entries.index(row, EntriesModel.NOTE))
            for row in range(dialog.entries.rowCount())
        ]
        seen["title"] = dialog.windowTitle()

    voting.script = look
    qtbot.keyClick(tab, Qt.Key.Key_V, CTRL_SHIFT)

    assert voting.opened == 1
    assert voting.dialog is not None
    assert seen["focus"] is voting.dialog.entry
    assert seen["card"] == TEXTS[0]
    assert seen["notes"] == TEXTS  # the wall zone by zone, each row from the left
    assert seen["title"] == "Afstemningsrunde: Rodproblemer"


def test_the_button_in_the_canvas_bar_opens_the_round(tab: CanvasTab, voting: Round) -> None:
    assert tab.voting_button.text() == "&Afstemningsrunde…"

    tab.voting_button.click()

    assert voting.opened == 1


def test_a_canvas_without_notes_has_nothing_to_vote_on(
    tmp_path: Path, qtbot: QtBot, voting: Round, answers: Answers, danish: None
) -> None:
    path = tmp_path / "tom.tvaers"
    doc = create_document(path, title="Tom")
    with doc.session() as session:
        canvas.create_canvas(session, template_key=ROOT_PROBLEMS)
    o = Opened(path, qtbot)
    tab = o.open(doc)
    try:
        qtbot.keyClick(tab, Qt.Key.Key_V, CTRL_SHIFT)
    finally:
        o.close()

    assert voting.opened == 0
    assert answers.infos == ["Der er endnu ingen noter på lærredet at stemme om."]


def test_a_workshop_open_read_only_offers_no_round(
    opened: Opened, qtbot: QtBot, voting: Round
) -> None:
    opened.close()
    o = Opened(opened.path, qtbot)
    tab = o.open(open_document(opened.path, read_only=True))
    try:
        qtbot.keyClick(tab, Qt.Key.Key_V, CTRL_SHIFT)
        tab.start_voting_round()
        enabled = tab.voting_button.isEnabled(), tab.voting_action.isEnabled()
    finally:
        o.close()

    assert voting.opened == 0
    assert enabled == (False, False)


# -- typing ---------------------------------------------------------------------------------


def test_enter_keeps_the_number_and_jumps_to_the_next_note(tab: CanvasTab, voting: Round) -> None:
    seen: dict[str, object] = {}

    def script(dialog: VotingRoundDialog) -> None:
        type_in(dialog, "5", "", "3")
        seen["row"] = dialog.row
        seen["card"] = dialog.note_text.text()
        seen["now"] = [
            dialog.entries.data(dialog.entries.index(row, EntriesModel.NOW)) for row in range(5)
        ]
        seen["changes"] = dialog.round.changes()

    voting.script = script
    tab.start_voting_round()

    ids = {text: note_id for note_id, text in _ids_and_texts(tab)}
    assert seen["row"] == 3
    assert seen["card"] == TEXTS[3]
    assert seen["now"] == ["5", "", "3", "", ""]  # Enter alone: unchanged
    assert seen["changes"] == {ids[TEXTS[0]]: 5, ids[TEXTS[2]]: 3}


def test_tab_and_down_go_forward_shift_tab_and_up_go_back(tab: CanvasTab, voting: Round) -> None:
    rows: list[int] = []

    def script(dialog: VotingRoundDialog) -> None:
        for key, mods in (
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
            (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),  # the first note stays
        ):
            press(dialog, key, mods)
            rows.append(dialog.row)
            assert dialog.focusWidget() is dialog.entry

    voting.script = script
    tab.start_voting_round()

    assert rows == [1, 2, 1, 0, 0]


def test_going_back_shows_the_number_typed_and_a_new_number_replaces_it(
    tab: CanvasTab, voting: Round
) -> None:
    seen: dict[str, object] = {}

    def script(dialog: VotingRoundDialog) -> None:
        type_in(dialog, "8")
        press(dialog, Qt.Key.Key_Up)
        seen["shown"] = dialog.entry.text()
        seen["selected"] = dialog.entry.selectedText()
        type_in(dialog, "9")

    voting.script = script
    tab.start_voting_round()

    assert seen == {"shown": "8", "selected": "8"}  # typing over it replaces it
    assert voting.dialog is not None
    assert list(voting.dialog.round.typed.values()) == [9]


def test_the_field_takes_three_digits_and_nothing_else(tab: CanvasTab, voting: Round) -> None:
    seen: list[str] = []

    def script(dialog: VotingRoundDialog) -> None:
        keys(dialog, "-1a2.34")
        seen.append(dialog.entry.text())

    voting.script = script
    tab.start_voting_round()

    assert seen == ["123"]


def test_the_last_enter_goes_to_save_and_enter_there_saves(
    opened: Opened, tab: CanvasTab, voting: Round
) -> None:
    seen: dict[str, object] = {}

    def script(dialog: VotingRoundDialog) -> None:
        type_in(dialog, "", "", "", "", "6")
        seen["focus"] = dialog.focusWidget() is dialog.save_button
        press(dialog, Qt.Key.Key_Return)

    voting.script = script
    tab.start_voting_round()

    assert seen["focus"] is True
    assert opened.votes() == [4, 0, 2, 1, 6]


def test_ctrl_enter_saves_the_round_from_any_note(
    opened: Opened, tab: CanvasTab, voting: Round, qtbot: QtBot
) -> None:
    def script(dialog: VotingRoundDialog) -> None:
        activate(qtbot, dialog)
        type_in(dialog, "3")
        press(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    voting.script = script
    tab.start_voting_round()

    assert opened.votes() == [3, 0, 2, 1, 2]


def test_clicking_a_note_in_either_list_puts_the_cursor_on_it(
    tab: CanvasTab, voting: Round
) -> None:
    seen: list[tuple[int, bool]] = []

    def script(dialog: VotingRoundDialog) -> None:
        dialog.entry_view.selectRow(3)
        seen.append((dialog.row, dialog.focusWidget() is dialog.entry))
        first = dialog.results.row_of(dialog.round.id_at(0))
        dialog.results_view.selectRow(first)
        seen.append((dialog.row, dialog.focusWidget() is dialog.entry))

    voting.script = script
    tab.start_voting_round()

    assert seen == [(3, True), (0, True)]


# -- results --------------------------------------------------------------------------------


def test_results_rank_the_votes_as_they_are_typed_and_show_shared_places(
    tab: CanvasTab, voting: Round
) -> None:
    seen: dict[str, object] = {}

    def script(dialog: VotingRoundDialog) -> None:
        seen["before"] = results(dialog)
        type_in(dialog, "5", "5")
        keys(dialog, "7")  # on the third note, not yet Enter: already ranked
        seen["after"] = results(dialog)
        seen["summary"] = dialog.summary.text()

    voting.script = script
    tab.start_voting_round()

    assert seen["before"] == [
        ("1.", "4", TEXTS[0]),
        ("delt 2.", "2", TEXTS[2]),
        ("delt 2.", "2", TEXTS[4]),
        ("4.", "1", TEXTS[3]),
        ("–", "0", TEXTS[1]),
    ]
    assert seen["after"] == [
        ("1.", "7", TEXTS[2]),
        ("delt 2.", "5", TEXTS[0]),  # equal votes: zone order, then as put up
        ("delt 2.", "5", TEXTS[1]),
        ("4.", "2", TEXTS[4]),
        ("5.", "1", TEXTS[3]),
    ]
    assert seen["summary"] == "20 stemmer · 5 af 5 noter har stemmer · 3 ændret"


def test_the_lists_pass_the_model_tester(tab: CanvasTab, voting: Round, qtbot: QtBot) -> None:
    def script(dialog: VotingRoundDialog) -> None:
        for model in (dialog.entries, dialog.results):
            ModelTester(qtbot).check(model, force_py=True)
        type_in(dialog, "9", "9")  # the results re-rank under the tester's eyes

    voting.script = script
    tab.start_voting_round()


def test_the_round_is_in_large_type(tab: CanvasTab, voting: Round) -> None:
    sizes: dict[str, int] = {}

    def script(dialog: VotingRoundDialog) -> None:
        sizes["entry"] = dialog.entry.fontInfo().pixelSize()
        sizes["note"] = dialog.note_text.fontInfo().pixelSize()
        sizes["list"] = dialog.entry_view.fontInfo().pixelSize()
        sizes["tab"] = tab.panel.view.fontInfo().pixelSize()

    voting.script = script
    tab.start_voting_round()

    assert sizes["entry"] >= 40 and sizes["note"] >= 24
    assert sizes["list"] > sizes["tab"]


# -- saving and cancelling ------------------------------------------------------------------


def test_saving_the_round_is_one_undo_step_that_undo_and_redo_apply_whole(
    opened: Opened, tab: CanvasTab, voting: Round
) -> None:
    stack = opened.workshop.undo_stack
    steps = stack.count()
    voting.script = lambda dialog: (type_in(dialog, "5", "5", "", "7", "0"), save(dialog))

    tab.start_voting_round()

    assert opened.votes() == [5, 5, 2, 7, 0]
    assert stack.count() == steps + 1
    assert stack.undoText() == "Afstemningsrunde"
    assert _list_order(tab) == [TEXTS[3], TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[4]]

    stack.undo()
    assert opened.votes() == [4, 0, 2, 1, 2]
    assert _list_order(tab)[0] == TEXTS[0]

    stack.redo()
    assert opened.votes() == [5, 5, 2, 7, 0]


def test_saving_without_a_change_adds_no_undo_step(
    opened: Opened, tab: CanvasTab, voting: Round
) -> None:
    steps = opened.workshop.undo_stack.count()
    voting.script = lambda dialog: (type_in(dialog, "4", "0"), save(dialog))  # as they were

    tab.start_voting_round()

    assert opened.workshop.undo_stack.count() == steps
    assert opened.votes() == [4, 0, 2, 1, 2]


def test_escape_asks_before_dropping_typed_votes_and_cancel_changes_nothing(
    opened: Opened, tab: CanvasTab, voting: Round, answers: Answers
) -> None:
    seen: dict[str, object] = {}
    steps = opened.workshop.undo_stack.count()

    def script(dialog: VotingRoundDialog) -> None:
        type_in(dialog, "9", "9")
        answers.confirm = False
        press(dialog, Qt.Key.Key_Escape)
        seen["still_open"] = dialog.isVisible()
        seen["focus"] = dialog.focusWidget() is dialog.entry
        answers.confirm = True
        press(dialog, Qt.Key.Key_Escape)
        seen["closed"] = not dialog.isVisible()

    voting.script = script
    tab.start_voting_round()

    assert seen == {"still_open": True, "focus": True, "closed": True}
    assert (
        answers.confirms
        == [
            "Vil du droppe de 2 stemmetal, du har skrevet i runden? "
            "Noterne beholder deres hidtidige stemmer."
        ]
        * 2
    )
    assert opened.votes() == [4, 0, 2, 1, 2]
    assert opened.workshop.undo_stack.count() == steps


def test_escape_with_nothing_typed_closes_without_asking(
    opened: Opened, tab: CanvasTab, voting: Round, answers: Answers
) -> None:
    voting.script = lambda dialog: press(dialog, Qt.Key.Key_Escape)

    tab.start_voting_round()

    assert voting.dialog is not None and not voting.dialog.isVisible()
    assert answers.confirms == []
    assert opened.votes() == [4, 0, 2, 1, 2]


# -- persistence and the minutes ------------------------------------------------------------


def test_the_round_survives_save_close_and_reopen_and_orders_the_minutes(
    opened: Opened, voting: Round
) -> None:
    assert opened.tab is not None
    voting.script = lambda dialog: (type_in(dialog, "1", "6", "6", "9", "0"), save(dialog))
    opened.tab.start_voting_round()
    assert opened.workshop.save()
    opened.close()

    again = opened.open()
    assert opened.votes() == [1, 6, 6, 9, 0]
    assert _list_order(again) == [TEXTS[3], TEXTS[1], TEXTS[2], TEXTS[0], TEXTS[4]]

    out = io.BytesIO()
    write_minutes(read_file(opened.path), MinutesOptions(sections=("needs",)), out)  # type: ignore[arg-type]
    text = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(io.BytesIO(out.getvalue())).pages
    )
    result = text[text.index("Flest stemmer på »Rodproblemer«") : text.index("Noter på")]
    places = [
        result.index(f"1. 9 {TEXTS[3]}"),
        result.index(f"delt 2. 6 {TEXTS[1]}"),
        result.index(f"delt 2. 6 {TEXTS[2]}"),
        result.index(f"4. 1 {TEXTS[0]}"),
    ]
    assert places == sorted(places)
    assert TEXTS[4] not in result  # no votes, no place
    listing = text[text.index("Noter på »Rodproblemer«") :]
    assert listing.index(f"6 {TEXTS[1]}") < listing.index(f"1 {TEXTS[0]}")  # within Proces


# -- in the window --------------------------------------------------------------------------


def test_in_the_window_ctrl_shift_v_works_on_the_canvas_tab_only(
    demo_file: Path, window: MainWindow, voting: Round, qtbot: QtBot, tmp_path: Path
) -> None:
    path = copy_workshop(demo_file, tmp_path / "demo.tvaers")
    assert window.open_path(path)
    assert window.tabs is not None and window.canvas_tab is not None
    activate(qtbot, window)

    window.tabs.setCurrentWidget(window.glossary_tab)
    qtbot.keyClick(window.tabs, Qt.Key.Key_V, CTRL_SHIFT)
    assert voting.opened == 0

    window.tabs.setCurrentWidget(window.canvas_tab)
    qtbot.keyClick(window.tabs, Qt.Key.Key_V, CTRL_SHIFT)
    assert voting.opened == 1


def test_in_the_window_the_canvas_and_its_list_show_the_saved_round(
    demo_file: Path, window: MainWindow, voting: Round, tmp_path: Path
) -> None:
    path = copy_workshop(demo_file, tmp_path / "demo.tvaers")
    assert window.open_path(path)
    tab = window.canvas_tab
    assert window.tabs is not None and tab is not None
    window.tabs.setCurrentWidget(tab)
    last = _list_order(tab)[-1]  # fewest votes

    def script(dialog: VotingRoundDialog) -> None:
        row = next(
            r for r in range(len(dialog.round.notes)) if dialog.round.notes[r]["text"] == last
        )
        dialog.go_to(row)
        type_in(dialog, "99")
        save(dialog)

    voting.script = script
    tab.start_voting_round()

    assert _list_order(tab)[0] == last
    note_id = next(i for i, n in tab._notes.items() if n["text"] == last)
    assert tab.scene.notes[note_id].note["votes"] == 99
    assert window.undo_action.text() == "Fortryd: Afstemningsrunde"


# -- helpers --------------------------------------------------------------------------------


def _ids_and_texts(tab: CanvasTab) -> list[tuple[str, str]]:
    return [(note_id, str(note["text"])) for note_id, note in tab._notes.items()]


def _list_order(tab: CanvasTab) -> list[str]:
    model = tab.notes_model
    return [str(model.note_at(row)["text"]) for row in range(model.rowCount())]


# -- a crash in the middle of a round ------------------------------------------------------


def _draft(opened: Opened, tab: CanvasTab) -> dict[str, int]:
    assert tab.canvas_id is not None
    return drafts.load_votes(opened.path, tab.canvas_id)


def _ids(opened: Opened) -> list[str]:
    by_text = opened.workshop.read(
        lambda s: {
            n.text: n.id
            for c in canvas.list_canvases(s)
            for n in canvas.list_notes(s, canvas_id=c.id)
        }
    )
    return [by_text[text] for text in TEXTS]


def test_every_number_typed_is_kept_beside_the_workshop_until_the_round_ends(
    opened: Opened, tab: CanvasTab, voting: Round
) -> None:
    ids = _ids(opened)
    seen: list[dict[str, int]] = []

    def script(dialog: VotingRoundDialog) -> None:
        type_in(dialog, "5", "9")
        seen.append(_draft(opened, tab))  # what a crash now would leave
        save(dialog)

    voting.script = script
    tab.start_voting_round()
    assert seen == [{ids[0]: 5, ids[1]: 9}]
    assert _draft(opened, tab) == {}  # saved: the draft is gone
    assert opened.votes()[:2] == [5, 9]


def test_an_unfinished_round_is_offered_again_and_continues_where_it_stopped(
    opened: Opened, tab: CanvasTab, voting: Round, answers: Answers
) -> None:
    ids = _ids(opened)
    assert tab.canvas_id is not None
    drafts.save_votes(opened.path, tab.canvas_id, {ids[0]: 6, ids[2]: 8, "gone-note": 3})
    answers.confirm = True
    voting.script = lambda dialog: (type_in(dialog, "", "", "", "4"), save(dialog))

    tab.start_voting_round()

    assert "3 stemmer" in answers.confirms[-1]  # the draft as it was written
    assert opened.votes() == [6, 0, 8, 4, 2]
    assert _draft(opened, tab) == {}


def test_declining_the_unfinished_round_starts_from_the_notes_votes(
    opened: Opened, tab: CanvasTab, voting: Round, answers: Answers
) -> None:
    ids = _ids(opened)
    assert tab.canvas_id is not None
    drafts.save_votes(opened.path, tab.canvas_id, {ids[0]: 6})
    answers.confirm = False
    typed: list[dict[str, int]] = []
    voting.script = lambda dialog: typed.append(dict(dialog.round.typed))

    tab.start_voting_round()

    assert typed == [{}]
    assert opened.votes() == [4, 0, 2, 1, 2]
    assert _draft(opened, tab) == {}
