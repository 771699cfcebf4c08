"""Closing a workshop drops its statements from SQLAlchemy's per-class caches (the leak test,
tests/journeys/test_no_leak.py, checks the dialect is freed); and if that private cache ever
changes shape, the workshop still closes and saves: only memory is at stake, never the file."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from sqlalchemy import inspect

from desktop.core import models
from desktop.storage.document import WorkshopDocument, open_document

from .conftest import set_title, title_of


def caches() -> list[dict[object, object]]:
    mappers = inspect(models.Workshop).registry.mappers
    return [c for m in mappers if (c := m.__dict__.get("_compiled_cache")) is not None]


def test_a_closed_workshops_statements_leave_the_caches(
    new_doc: Callable[..., WorkshopDocument],
) -> None:
    doc = new_doc()
    set_title(doc, "Noget andet")  # a write: the class caches its UPDATE for this engine
    dialect = doc.engine.dialect
    assert any(key[0] is dialect for cache in caches() for key in list(cache))  # type: ignore[index]
    doc.close()
    assert not any(key[0] is dialect for cache in caches() for key in list(cache))  # type: ignore[index]


def test_a_cache_of_another_shape_never_stops_the_closing(
    new_doc: Callable[..., WorkshopDocument], caplog: pytest.LogCaptureFixture
) -> None:
    doc = new_doc()
    set_title(doc, "Lukkes alligevel")
    caches()[0][42] = None  # a key that is not (dialect, ...): reading key[0] fails
    path = doc.path
    try:
        with caplog.at_level(logging.WARNING):
            doc.close()
    finally:
        caches()[0].pop(42, None)
    assert "SQLAlchemy's caches" in caplog.text
    reopened = open_document(path)
    assert title_of(reopened) == "Lukkes alligevel"  # saved on closing
    reopened.close()
