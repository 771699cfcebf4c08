"""A note on the wall as drawn: every letter of its text on the note, none under its marks.

Measured in the pixels of a rendered note: its text is #111111, darker than anything else
on a note (the kind and the votes badge are #263238, the "✓ Ydelse" mark green and white).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from desktop.core.canvas import NOTE_FONT_PX, NOTE_HEADER, NOTE_PADDING, NOTE_WIDTH
from desktop.ui.canvas_tab.note_item import NoteItem, NoteStyle

COVERED = "✓ Ydelse"


def _note(text: str, services: list[str] | None = None) -> dict[str, Any]:
    return {
        "id": "n1",
        "text": text,
        "kind": "need",
        "side": "domain",
        "priority": "",
        "votes": 6,
        "position": 1,
        "x": 0.0,
        "y": 0.0,
        "services": services or [],
    }


def _drawn(item: NoteItem) -> QImage:
    """The note at 100 %, as the canvas draws it."""
    scene = QGraphicsScene()  # the item paints as it does on the wall
    scene.addItem(item)
    image = QImage(int(NOTE_WIDTH) + 10, int(item.height) + 10, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = QRectF(item.boundingRect())
    item.paint(painter, option)
    painter.end()
    scene.removeItem(item)
    return image


def _text_rows(image: QImage, left: int = 0, right: int | None = None) -> list[int]:
    """The rows where the note's text colour shows (between columns left and right)."""
    right = image.width() if right is None else right
    rows = []
    for y in range(image.height()):
        for x in range(left, right):
            colour = image.pixelColor(x, y)
            if max(colour.red(), colour.green(), colour.blue()) < 40:
                rows.append(y)
                break
    return rows


def _style() -> NoteStyle:
    return NoteStyle({"need": "Behov"}, {}, {"domain": "Fagområde"}, COVERED)


def test_a_word_wider_than_the_note_breaks_inside_rather_than_off_the_edge(
    qtbot: QtBot,
) -> None:
    # A Danish compound typed as one word: on one line it runs far past the note's edge,
    # where the wall cut it off ("kontanthjælpsmodtage" of »kontanthjælpsmodtagere«).
    word = "Beskæftigelsesindsatskontanthjælpsmodtagerforløbsbeskrivelse"
    item = NoteItem(_note(word), _style())
    rows = _text_rows(_drawn(item))
    assert rows, "the text is drawn"
    # all of it shows: on three lines or more, so far more than one line high
    assert rows[-1] - rows[0] > 2.5 * NOTE_FONT_PX


def test_the_service_mark_never_covers_the_text(qtbot: QtBot) -> None:
    text = (
        "Borgere langt fra arbejdsmarkedet har brug for en fast voksen, "
        "der følger dem gennem hele forløbet"
    )
    for services in ([], ["s1"]):
        item = NoteItem(_note(text, services), _style())
        image = _drawn(item)
        mark_top = int(item.height) - 22  # where "✓ Ydelse" is drawn, bottom right
        body = _text_rows(image)
        body = [y for y in body if y > NOTE_PADDING + NOTE_HEADER]
        assert body, "the text is drawn"
        if services:  # the mark's band holds no letter of the text
            assert body[-1] < mark_top, (body[-1], mark_top)
    # and the note keeps its text when the mark goes again: as tall as without it
    covered = NoteItem(_note(text, ["s1"]), _style())
    plain = NoteItem(_note(text), _style())
    assert covered.height > plain.height
    covered.update_note(_note(text))
    assert covered.height == plain.height
