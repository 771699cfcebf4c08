"""A card's title on a narrow column (960×540, a 1080p laptop at 200 %): a word wider than
the card breaks inside and takes a second line, rather than being cut off at the card's
edge (»Opsøgende virksomhedskontal« showed for »… virksomhedskontakt«)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.journeys.conftest import FilePicker
from tests.journeys.delivery_steps import add_card, card_view, new_workshop_on_delivery, titles

LONG = "Beskæftigelsesindsatskontaktforløbsopfølgning"


@pytest.mark.parametrize("screen", [(960, 480)], ids=["200%"], indirect=True)
def test_a_title_word_wider_than_the_card_wraps_onto_another_line(
    journey_window: MainWindow, picker: FilePicker, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "Smalle kort.tvaers"
    tab = new_workshop_on_delivery(journey_window, picker, qtbot, path, "Smalle kort")
    add_card(qtbot, tab, "Kørsel")
    add_card(qtbot, tab, LONG)
    assert titles(tab, "undecided") == ["Kørsel", LONG]
    view = card_view(tab, "undecided")
    model = view.model()
    short, long = (view.visualRect(model.index(row, 0)) for row in range(2))
    line = view.fontMetrics().lineSpacing()
    assert view.fontMetrics().horizontalAdvance(LONG) > long.width()  # wider than the card
    assert long.height() >= short.height() + line  # so on two lines or more, all of it shown
