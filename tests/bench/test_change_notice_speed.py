"""Issue 19's "done when": one edit on a large workshop re-reads only the rows it changed.

A term typed in "Valgt begreb" among 5,000 terms: the change notice names that one term,
so the glossary reads and repaints one row. Before (one notice that named nothing) every
edit read all 5,000 terms again; that path still exists for edits that add, remove or move
terms (`GlossaryTab.refresh`), and is measured in the same run for the comparison. Rows
read are counted where they are read: each `Term` SQLAlchemy loads as an object (the `load`
event: the edit's own update), and each row the glossary's plain readers return
(`glossary.term_rows`, `glossary.terms_by_id`). The figure is a count, not a time, and is
asserted in the smoke run too."""

from __future__ import annotations

import itertools
import statistics
import time
from collections.abc import Callable, Sized
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop.core import glossary
from desktop.core.models import Term
from desktop.storage.document import WorkshopDocument
from desktop.ui.glossary_tab.commands import EditTerm
from desktop.ui.glossary_tab.tab import GlossaryTab
from desktop.ui.open_workshop import OpenWorkshop


class RowsRead:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, *_args: object) -> None:
        self.count += 1

    def counting(self, read: Callable[..., Sized]) -> Callable[..., Sized]:
        def counted(*args: Any, **kwargs: Any) -> Sized:
            rows = read(*args, **kwargs)
            self.count += len(rows)
            return rows

        return counted


def _edit_rounds(tab: GlossaryTab, after: Callable[[], None]) -> Callable[[], None]:
    term_id = tab.models["procurement"].term_at(0)["id"]
    tab.panes["procurement"].select_id(term_id)
    texts = itertools.cycle(["Et krav, alle tilbud skal opfylde", "Et mindstekrav"])

    def edit() -> None:
        old = {"explanation": tab._by_id[term_id]["explanation"]}
        new = {"explanation": next(texts)}
        tab.workshop.push(EditTerm(tab.workshop, term_id, old, new), origin=tab.editor)
        tab.workshop.end_typing_step()
        after()

    return edit


def test_one_term_edit_among_5000_reads_one_row(
    benchmark: BenchmarkFixture,
    qtbot: QtBot,
    glossary_5000: WorkshopDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = GlossaryTab(OpenWorkshop(glossary_5000), "da")
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    rows = RowsRead()
    event.listen(Term, "load", rows)
    for reader in ("term_rows", "terms_by_id"):
        monkeypatch.setattr(glossary, reader, rows.counting(getattr(glossary, reader)))
    try:
        named = _edit_rounds(tab, lambda: qtbot.wait(0))
        rows.count = 0
        named()
        assert rows.count == 2  # the edited term, by the edit and by the view; nothing else

        def read_everything() -> None:  # what every edit did before
            tab.refresh()
            qtbot.wait(0)

        everything = _edit_rounds(tab, read_everything)
        rows.count = 0
        everything()
        assert rows.count > 5000  # what each edit cost before the notice named its rows

        rounds = 1 if benchmark.disabled else 15
        before = []
        for _ in range(rounds):
            started = time.perf_counter()
            everything()
            before.append(time.perf_counter() - started)
        benchmark.pedantic(named, rounds=rounds * 2, iterations=1)
    finally:
        event.remove(Term, "load", rows)
    benchmark.extra_info["ms_per_edit_reading_everything"] = 1000 * statistics.median(before)
    benchmark.extra_info["rows_read_per_edit"] = 2
