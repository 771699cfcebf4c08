"""The vote on a real phone's page (headless chromium on loopback): the notes with + and −,
"N prikker tilbage", the budget and the per-note limit kept by the page and the server, labels
for the screen reader, results only after the facilitator reveals them, and the closed vote;
then with the window: a browser's dots reach the notes when the facilitator closes the vote."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.room.server import Room
from desktop.room.vote import BallotNote
from desktop.ui.main_window import MainWindow
from tests.journeys.canvas_steps import open_canvas
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import alt, press
from tests.journeys.test_mnemonics import mnemonic
from tests.journeys.window_steps import Key
from tests.room.test_room_journey import open_room_with_keys
from tests.room.test_room_votes_journey import TEXTS, votes, workshop_with_notes
from tests.room.webdriver import chromium, needs_chromium

NOTES = [
    BallotNote("n1", "Én indgang for borgeren"),
    BallotNote("n2", "<img src=x onerror=alert(1)> Mentor"),
    BallotNote("n3", "Fælles kalender"),
]
PLUS = "#ballot li:nth-child({}) button.plus"
MINUS = "#ballot li:nth-child({}) button.minus"
LEFT = "return document.getElementById('dots-left').textContent"


@needs_chromium
def test_a_phone_gives_its_dots_and_sees_the_result_only_when_revealed(
    room: Room, tmp_path: Path
) -> None:
    vote = room.start_vote(NOTES, dots=3, per_note=2)
    with chromium(tmp_path / "profile", lang="da") as phone:
        phone.go(room.join_url)
        phone.wait_for("return !document.getElementById('vote').hidden")
        assert phone.text("#vote h2") == "Afstemning"
        assert phone.text("#dots-left") == "3 prikker tilbage"
        texts = phone.run(
            "return [...document.querySelectorAll('#ballot .ballot-text')].map(p => p.textContent)"
        )
        assert texts == [n.text for n in NOTES]  # markup shown as text
        assert not phone.run("return document.querySelector('#ballot img')")
        assert phone.run(f"return document.querySelector('{PLUS.format(1)}').ariaLabel") == (
            "Giv en prik til: Én indgang for borgeren"
        )
        assert phone.run(f"return document.querySelector('{MINUS.format(1)}').disabled")

        phone.click(PLUS.format(1))
        phone.wait_for(
            "return document.getElementById('dots-left').textContent === '2 prikker tilbage'"
        )
        phone.click(PLUS.format(1))
        phone.wait_for(
            "return document.getElementById('dots-left').textContent === '1 prik tilbage'"
        )
        # Two on one note is the limit: its + is off; the last dot goes elsewhere.
        assert phone.run(f"return document.querySelector('{PLUS.format(1)}').disabled")
        phone.click(PLUS.format(3))
        phone.wait_for(
            "return document.getElementById('dots-left').textContent === '0 prikker tilbage'"
        )
        assert phone.run(f"return document.querySelector('{PLUS.format(2)}').disabled")
        assert vote.results() == {"n1": 2, "n3": 1}
        assert "I alt" not in phone.text("#ballot")

        phone.click(MINUS.format(1))  # take one back, give it to the second note
        phone.wait_for(
            "return document.getElementById('dots-left').textContent === '1 prik tilbage'"
        )
        phone.click(PLUS.format(2))
        phone.wait_for(
            "return document.getElementById('dots-left').textContent === '0 prikker tilbage'"
        )
        assert vote.results() == {"n1": 1, "n2": 1, "n3": 1}

        vote.reveal()
        phone.wait_for(
            "return document.getElementById('ballot').textContent.includes('I alt: 1')",
            timeout=15,
        )
        phone.click("#language")
        assert phone.text("#vote h2") == "Vote"
        assert phone.text("#ballot li:nth-child(2) .ballot-count") == "Your dots: 1 · Total: 1"

        result = room.close_vote()
        assert result is not None and result.tallies == {"n1": 1, "n2": 1, "n3": 1}
        phone.wait_for(
            f"{LEFT}.startsWith('The vote is closed')",
            timeout=15,
        )
        assert phone.run(f"return document.querySelector('{PLUS.format(2)}').disabled")


@needs_chromium
def test_a_browser_votes_and_the_facilitator_closes_the_vote_onto_the_notes(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    """Issue 22's "done when" for votes: the room opened and the vote started by keys, a
    browser follows the QR link and gives its dots, the vote closed by keys: on the notes."""
    win = journey_window
    path = tmp_path / "afstemning.tvaers"
    workshop_with_notes(path)
    tab = open_canvas(win, picker, path)
    panel = open_room_with_keys(win, qtbot)
    alt(mnemonic(panel.vote_box.start_button.text()) or "")  # 3 dots, no limit
    qtbot.waitUntil(lambda: win.room.vote is not None)
    with chromium(tmp_path / "profile", lang="da") as phone:
        phone.go(panel.qr.text)
        phone.wait_for("return !document.getElementById('vote').hidden")
        order = phone.run(
            "return [...document.querySelectorAll('#ballot .ballot-text')].map(p => p.textContent)"
        )
        second = order.index(TEXTS[1]) + 1
        for _ in range(2):
            left = phone.text("#dots-left")
            phone.click(PLUS.format(second))
            phone.wait_for(f"{LEFT} !== arguments[0]", left)
        phone.click(PLUS.format(order.index(TEXTS[2]) + 1))
        phone.wait_for(f"{LEFT} === '0 prikker tilbage'")
        qtbot.waitUntil(lambda: "1" in panel.vote_box.voters_label.text())
        panel.vote_box.close_button.setFocus()
        press(Key.Key_Space)
        assert votes(tab) == {TEXTS[0]: 2, TEXTS[1]: 2, TEXTS[2]: 1}
        phone.wait_for(f"{LEFT}.startsWith('Afstemningen er lukket')", timeout=15)
