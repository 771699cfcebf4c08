"""The readiness overview on the large workshop (5,000 terms, 1,000 notes, 300 services,
100 decisions): the Workshop tab works it out again after every edit made while it is
shown, so it must stay quick. Figures go in the report and docs, not in asserts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from desktop.core.readiness import ITEM_LIMIT, readiness_steps
from desktop.storage.document import WorkshopDocument, open_document
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.workshop_tab.tab import WorkshopTab
from tests.conftest import copy_workshop


@pytest.fixture
def large(large_file: Path, tmp_path: Path) -> Iterator[WorkshopDocument]:
    doc = open_document(copy_workshop(large_file, tmp_path / "stor.tvaers"))
    yield doc
    doc.close(save=False)


def test_readiness_of_the_large_workshop(
    benchmark: BenchmarkFixture, large: WorkshopDocument
) -> None:
    with large.session() as session:
        steps = benchmark(readiness_steps, session)
    disputed = steps[0].checks[1]
    assert disputed.count > 1000 and len(disputed.items) == ITEM_LIMIT


def test_workshop_tab_refresh_on_the_large_workshop(
    benchmark: BenchmarkFixture, qtbot: QtBot, large: WorkshopDocument
) -> None:
    tab = WorkshopTab(OpenWorkshop(large), "da")
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()

    def refresh() -> None:
        tab.readiness.show_steps([])  # the overview is drawn again, as after a real change
        tab.refresh()
        qtbot.wait(0)

    benchmark.pedantic(refresh, rounds=10, iterations=1)
    assert "begreber er omstridte" in tab.readiness.text()
