"""Om Tværs on a 1080p laptop at 200 % (960×540): it asked for at least 640×560, so its
Close button lay under the screen's bottom edge and the title bar above the top one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.ui.about_dialog import AboutDialog
from tests.ui.test_screen_fit import ROOM, small_screen  # noqa: F401  (fixture)


def test_about_fits_a_laptop_at_200_percent_with_its_close_button_in_reach(
    qtbot: QtBot,
    danish: None,
    small_screen: None,  # noqa: F811
) -> None:
    dialog = AboutDialog("da")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= ROOM[0] and dialog.height() <= ROOM[1], dialog.size()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    bottom = close.mapTo(dialog, close.rect().bottomLeft()).y()
    assert 0 < bottom < dialog.height()
    assert dialog.text.verticalScrollBar().maximum() > 0  # the rest scrolls
