"""Core tests run on a real SQLite file made by the storage layer, no Qt and no document."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, create_engine

from desktop.storage.document import new_database


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Working copies, backups and settings go to the test's own folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TVAERS_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "w.sqlite"
    new_database(path)
    return path


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    engine = create_engine(f"sqlite:///{db_path}")
    with Session(engine) as session:
        yield session
    engine.dispose()


@pytest.fixture
def reopen(db_path: Path) -> Iterator[Callable[[], Session]]:
    """A fresh session on the same file: what a later open of the workshop would read."""
    engine = create_engine(f"sqlite:///{db_path}")
    sessions: list[Session] = []

    def _open() -> Session:
        sessions.append(Session(engine))
        return sessions[-1]

    yield _open
    for s in sessions:
        s.close()
    engine.dispose()
