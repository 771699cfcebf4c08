"""Issue 5's targets: with 500 cards the delivery tab opens in <= 300 ms and a move between
columns (drop, command, save to the working copy, board refreshed) takes <= 50 ms, as
budgets against a bare QTableView and a bare SQLite commit (tests/bench/budgets.py:
delivery_open, delivery_move), judged when measured."""

from __future__ import annotations

import random
import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from desktop.core import delivery
from desktop.core.canvas_models import Canvas, Note
from desktop.core.delivery_models import Placement
from desktop.storage.document import WorkshopDocument, create_document
from desktop.ui.delivery_tab.tab import DeliveryTab
from desktop.ui.open_workshop import OpenWorkshop
from tests.bench.baselines import bare_commit, bare_table_reset_seconds
from tests.bench.budgets import benchmark_median, within_budget
from tests.bench.conftest import one_transaction

CARDS = 500
WORDS = ["Mentor", "Danskundervisning", "Jobsøgning", "Psykolog", "Sundhed", "Misbrug",
         "Virksomhedskontakt", "Progression", "Praktik", "Løntilskud"]  # fmt: skip


def make_board(doc: WorkshopDocument, count: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    placements = [p.value for p in Placement]
    with one_transaction(doc) as session:
        canvas = Canvas(title="Behov og krav")
        session.add(canvas)
        session.flush()
        notes = [Note(canvas_id=canvas.id, text=f"Behov {i}") for i in range(100)]
        session.add_all(notes)
        session.commit()
        delivery.ensure_criteria(session)
        criteria = [c.id for c in delivery.list_criteria(session)]
        for i in range(count):
            service = delivery.add_service(
                session,
                title=f"{rng.choice(WORDS)} {i}",
                placement=placements[i % len(placements)],
                target_group="Aktivitetsparate borgere",
                annual_cost_dkk=rng.randrange(0, 5_000_000, 1000) if i % 7 else None,
                contract_years=rng.choice([None, 2.0, 4.0]),
                cpv_code=rng.choice(["", "85312320", "48000000-8", "80590000-6"]),
            )
            for criterion_id in criteria:
                delivery.set_score(
                    session,
                    service_id=service.id,
                    criterion_id=criterion_id,
                    score=rng.randint(1, 5),
                )
            delivery.link_note(session, service_id=service.id, note_id=rng.choice(notes).id)


@pytest.fixture(scope="module")
def board_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 500-card workshop, made once and copied per test (making it takes a while)."""
    folder = tmp_path_factory.mktemp("delivery_bench")
    doc = create_document(folder / "stor.tvaers", title="Stor levering")
    make_board(doc, CARDS)
    doc.close()
    return doc.path


@pytest.fixture
def board_500(board_file: Path, tmp_path: Path) -> Iterator[WorkshopDocument]:
    from desktop.storage.document import open_document

    copy = tmp_path / "stor.tvaers"
    copy.write_bytes(board_file.read_bytes())
    doc = open_document(copy)
    yield doc
    doc.close(save=False)


def test_open_delivery_tab_500_cards(
    benchmark: BenchmarkFixture, qtbot: QtBot, board_500: WorkshopDocument
) -> None:
    workshop = OpenWorkshop(board_500)

    def open_tab() -> DeliveryTab:
        tab = DeliveryTab(workshop, "da")
        tab.resize(1280, 800)
        tab.show()
        qtbot.wait(0)  # laid out and painted, as a user would see it
        return tab

    tab = benchmark.pedantic(open_tab, rounds=5, iterations=1)
    qtbot.addWidget(tab)
    assert sum(column.model.rowCount() for column in tab.columns.values()) == CARDS
    rows = [(f"Kort {i}", "Aktivitetsparate borgere", i * 1000, "85312320") for i in range(CARDS)]
    bare = bare_table_reset_seconds(rows, 1 if benchmark.disabled else 5)
    within_budget(benchmark, delivery_open=(benchmark_median(benchmark), bare))


def test_move_between_columns_500_cards(
    benchmark: BenchmarkFixture, qtbot: QtBot, board_500: WorkshopDocument, tmp_path: Path
) -> None:
    workshop = OpenWorkshop(board_500)
    tab = DeliveryTab(workshop, "da")
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.wait(0)
    columns = [p.value for p in Placement]
    moves: list[int] = []

    def move() -> None:
        i = len(moves)
        moves.append(i)
        source, target = columns[i % 5], columns[(i + 1) % 5]
        model = tab.columns[source].model
        mime = model.mimeData([model.index(0, 0)])
        tab.columns[target].model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
        qtbot.wait(0)

    bare: list[float] = []
    with bare_commit(tmp_path) as commit:
        # A bare commit just before each move (pytest-benchmark's setup: not timed with the
        # move), so both sides see the same disk in the same seconds: a commit's fsync on
        # this shared disk takes 0.6 ms one second and 20 ms the next.
        benchmark.pedantic(move, setup=lambda: bare.append(commit()), rounds=40, iterations=1)
    assert workshop.undo_stack.count() == len(moves) >= 1  # each drop: one undoable move
    assert sum(column.model.rowCount() for column in tab.columns.values()) == CARDS
    best = 0.0 if benchmark.disabled else float(benchmark.stats.stats.min)
    median = benchmark_median(benchmark)
    benchmark.extra_info.update(
        delivery_move_median=median, delivery_move_bare_median=statistics.median(bare)
    )
    if not benchmark.disabled:
        print(
            f"\n[figures] delivery_move: move median {median * 1e3:.1f} ms, best "
            f"{best * 1e3:.1f} ms; bare commit median {statistics.median(bare) * 1e3:.2f} ms, "
            f"best {min(bare) * 1e3:.2f} ms ({len(bare)} rounds each, interleaved)"
        )
    # Each side's best round, the figure other load moves least, for both (docs/
    # PERFORMANCE.md, "A move on the delivery board"): the medians' ratio moved 9.7-22.8 ×
    # between runs with the disk, the best rounds' 20.9-29.3 ×.
    within_budget(benchmark, delivery_move=(best, min(bare)))
