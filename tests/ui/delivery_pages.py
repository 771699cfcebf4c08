"""Set-up shared by the tests of the delivery tab's detail pages (contract, business case,
market dialogue): a new workshop file for a test, and the delivery tab on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.storage.document import WorkshopDocument, create_document
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.open_workshop import OpenWorkshop


def new_document(path: Path, title: str) -> Iterator[WorkshopDocument]:
    """For a fixture (`yield from`): a new workshop file, closed unsaved after the test
    unless the test closed it."""
    document = create_document(path, title=title)
    yield document
    if not document._closed:
        document.close(save=False)


def delivery_tab(
    qtbot: QtBot, workshop: OpenWorkshop, width: int = 1280, *, active: bool = True
) -> DeliveryTab:
    """The delivery tab of `workshop` in Danish, shown 900 pixels high; `active`, it is the
    active window, so keys go where its focus is, as on a desktop (else it is only shown)."""
    tab = DeliveryTab(workshop, "da")
    qtbot.addWidget(tab)
    tab.resize(width, 900)
    tab.show()
    if active:
        tab.activateWindow()
        qtbot.waitActive(tab)
    else:
        qtbot.waitExposed(tab)
    return tab
