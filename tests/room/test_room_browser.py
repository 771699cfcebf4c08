"""Issue 22's "done when", with a real browser standing in for a phone: the facilitator opens
the room with keys, headless chromium follows the QR code's link, chooses its side, writes and
sends notes on the page; the facilitator takes one onto the canvas; another phone joins by the
code; when the room closes, the page says so. (Votes from phones are part 2.)"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.canvas_steps import make_workshop, open_canvas
from tests.journeys.conftest import FilePicker
from tests.journeys.real_input import alt, press
from tests.journeys.test_mnemonics import mnemonic
from tests.journeys.window_steps import Key, Mod, key_to_window
from tests.room.test_room_journey import open_room_with_keys
from tests.room.webdriver import chromium, needs_chromium

NOTE = "Borgerne skal kunne ringe før kl. 9 <b>æøå</b> & »citat«"


@needs_chromium
def test_a_browser_joins_by_the_qr_link_and_its_note_reaches_the_canvas(
    journey_window: MainWindow, picker: FilePicker, tmp_path: Path, qtbot: QtBot
) -> None:
    win = journey_window
    path = tmp_path / "rummet.tvaers"
    make_workshop(path)
    tab = open_canvas(win, picker, path)
    panel = open_room_with_keys(win, qtbot)
    room = win.room.room
    assert room is not None
    zone = tab.scene.zones[tab.scene.current_zone_id or ""]

    with chromium(tmp_path / "profile", lang="da") as phone:
        phone.go(panel.qr.text)  # the QR code's link
        phone.wait_for("return !document.getElementById('write').hidden")
        assert phone.run("return location.pathname") == "/"  # the token is off the screen
        assert phone.text("#title") == "Mentorstøtte til ledige"
        assert phone.text("#question") == zone.title
        assert phone.text("#prompt") == zone.prompt
        assert phone.run("return document.documentElement.lang") == "da"
        labels = phone.run(
            "return [...document.querySelectorAll('#sides label.side')].map(l => l.textContent)"
        )
        assert labels == ["Indkøb", "Fagområde", "Ledelse", "Andet"]
        # Every field has its label for the screen reader.
        assert phone.run("return document.querySelector('label[for=note]').textContent")
        phone.click("#sides input[value=domain]")
        phone.type("#note", NOTE)
        phone.click("#note-form button[type=submit]")
        phone.wait_for(
            "return document.getElementById('status').className === 'ok' && "
            "document.getElementById('status').textContent.startsWith('Sendt')"
        )
        assert phone.run("return document.getElementById('note').value") == ""

        qtbot.waitUntil(lambda: panel.list.count() == 1)
        assert panel.waiting[0].text == NOTE and panel.waiting[0].side == "domain"
        assert room.joined == 1
        alt(mnemonic(panel.list_label.text()) or "")
        press(Key.Key_Return)
        qtbot.waitUntil(lambda: panel.list.count() == 0)
        [note] = tab._notes.values()
        assert note["text"] == NOTE and note["zone_id"] == zone.zone_id

        # The switch to English, then a second phone by the code.
        phone.click("#language")
        assert phone.text("#note-form button[type=submit]") == "Send the note"
        phone.run("sessionStorage.clear()")
        phone.go(room.address)
        phone.wait_for("return !document.getElementById('join').hidden")
        phone.type("#code", room.join_code)
        phone.click("#join-form button[type=submit]")
        phone.wait_for("return !document.getElementById('write').hidden")
        assert room.joined == 2

        # The facilitator closes the room: the page says so at its next look (every 4 s).
        key_to_window(Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier, win)
        assert win.room.room is None
        phone.wait_for("return !document.getElementById('closed').hidden", timeout=15)
        assert phone.text("#closed h2") == "The room is closed"
