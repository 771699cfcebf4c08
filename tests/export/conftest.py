"""Export tests read a real workshop: a document made by the storage layer, foreign keys on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from desktop.storage.document import WorkshopDocument, create_document


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    document = create_document(tmp_path / "Workshop.tvaers", title="Fælles sprog")
    yield document
    document.close(save=False)


@pytest.fixture
def session(doc: WorkshopDocument) -> Iterator[Session]:
    with doc.session() as session:
        yield session
