"""A table or board the cycle collector is tearing down shows nothing rather than failing.

The GUI thread's collector (desktop/ui/collector.py) clears the Python attributes of every
object in a garbage cycle before Qt deletes their C++ side. Between the two, Qt can still
ask a model what it holds: a page shown in the meantime lays its tables out at once, and
their headers ask for the column titles. Seen once in CI: "'RowTableModel' object has no
attribute 'headers'" from the Workshop tab's header, four times, failing a test that had
nothing to do with it. Here each tab's models are cleared as the collector clears them and
the tab is then shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.tab_pages import TAB_NAMES
from tests.conftest import copy_workshop


def _own_models(page: QWidget) -> list[QAbstractItemModel]:
    """The models Tværs wrote itself (Qt's own keep their state in C++)."""
    models = [view.model() for view in page.findChildren(QAbstractItemView)]
    return [m for m in models if m is not None and type(m).__module__.startswith("desktop.")]


@pytest.mark.parametrize("name", TAB_NAMES)
def test_a_tab_whose_models_are_cleared_is_shown_without_an_error(
    name: str, qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    assert window.open_path(copy_workshop(demo_file, tmp_path / "demo.tvaers"))
    tabs = window.tabs
    assert tabs is not None
    for index in range(tabs.count()):  # every tab built, the last one shown
        tabs.setCurrentIndex(index)
    (page,) = [tabs.widget(i) for i in range(tabs.count()) if tabs.widget(i).objectName() == name]
    other = 1 if tabs.indexOf(page) == 0 else 0
    tabs.setCurrentIndex(other)
    qtbot.wait(10)
    models = _own_models(page)
    assert models, f"the {name} tab has no models of its own"
    kept = [dict(vars(model)) for model in models]
    for model in models:
        vars(model).clear()  # as the collector leaves them
    try:
        tabs.setCurrentWidget(page)  # lays the page out at once: headers ask their models
        for model in models:
            assert model.rowCount() == 0
    finally:
        for model, state in zip(models, kept, strict=True):
            vars(model).update(state)
