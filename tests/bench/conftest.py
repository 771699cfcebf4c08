"""Benchmarks: run once as smoke tests in the normal suite (--benchmark-disable in pyproject),
measured with `python -m uv run pytest tests/bench --benchmark-enable`."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlmodel import Session

from desktop.core import glossary
from desktop.storage.document import WorkshopDocument, create_document

WORDS = [
    "kontrakt",
    "udbud",
    "borger",
    "indsats",
    "mentor",
    "tilbud",
    "leverandør",
    "behov",
    "krav",
    "pris",
    "kvalitet",
    "målgruppe",
    "jobcenter",
    "praktik",
    "løntilskud",
    "forløb",
    "effekt",
    "progression",
    "økonomi",
    "ramme",
]


@contextmanager
def one_transaction(doc: WorkshopDocument) -> Iterator[Session]:
    """A session whose commits are flushes, committed once at the end: the core operations
    commit per call (as one edit must), and bench data made of thousands of them would spend
    its time in fsync (synchronous=FULL). Nothing is stored if the block fails."""
    with doc.session() as session:
        commit = session.commit
        session.commit = session.flush  # type: ignore[method-assign]
        try:
            yield session
        finally:
            del session.commit  # the class's own again
        commit()


def make_terms(doc: WorkshopDocument, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        words = rng.sample(WORDS, 8)
        rows.append(
            {
                "side": "procurement" if i % 2 == 0 else "domain",
                "term": f"{words[0]} {i}",
                "explanation": " ".join(words[1:6]) + ".",
                "example": " ".join(words[5:]) + ".",
                "status": rng.choice(["proposed", "agreed", "disputed"]),
            }
        )
    with one_transaction(doc) as session:
        ids = glossary.add_terms(session, rows)
        for a, b in zip(ids[0 : count // 2 : 2], ids[1 : count // 2 : 2], strict=False):
            glossary.link_terms(session, first_id=a, second_id=b)


@pytest.fixture
def glossary_5000(tmp_path: Path) -> Iterator[WorkshopDocument]:
    doc = create_document(tmp_path / "stor.tvaers", title="Stor ordliste")
    make_terms(doc, 5000)
    yield doc
    doc.close(save=False)


@pytest.fixture(scope="session")
def large4x_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The large workshop four times over (`tvaers demo --size 4x`), written once per run
    when a measured benchmark asks for it (~20 s): copy it before use."""
    from desktop.storage.demo_file import write_demo

    folder = tmp_path_factory.mktemp("demo-4x")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        write_demo(folder / "stor4x.tvaers", size="4x")
    yield folder / "stor4x.tvaers"
