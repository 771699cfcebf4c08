"""What one edit changed: the tables and row ids, collected from the session itself.

The window's change notice carries a `Changes` (Anki's `OpChanges` is the model), so a
tab updates only the rows named and a view can skip the echo of its own edit. The rows
are not listed by hand in each command, where one forgotten table would leave a view
showing something the file no longer holds: `collect` listens to the SQLAlchemy session
the edit runs in. A flush names every row it inserts, updates or deletes; a bulk
`UPDATE`/`DELETE`/`INSERT` statement names its table only, as "any row of it".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState
from sqlmodel import Session

ANY_ROW = None  # in `Changes.rows`: the ids are not known, any row of the table may differ


@dataclass(frozen=True)
class Changes:
    """The rows an edit changed, by table (`None` for a table: any of its rows), and the
    view that started it (`origin`; None for undo, redo and anything not typed in a view).
    `everything` is set when anything at all may have changed (a backup restored, a
    failed edit rolled back): every view reads again."""

    rows: Mapping[str, frozenset[str] | None] = field(default_factory=dict)
    origin: object | None = None
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def touches(self, *tables: str) -> bool:
        """Whether any of `tables` may have changed."""
        return self.everything or any(t in self.rows for t in tables)

    def ids(self, table: str) -> frozenset[str] | None:
        """The ids of `table`'s changed rows; None when they are not all known (or the
        change is to everything). An empty set: nothing of that table changed."""
        if self.everything:
            return None
        if table not in self.rows:
            return frozenset()
        return self.rows[table]

    def only(self, *tables: str) -> bool:
        """Whether nothing but rows of `tables` changed."""
        return not self.everything and set(self.rows) <= set(tables)

    def is_echo_of(self, view: object) -> bool:
        """Whether `view` started this edit (and so already shows it)."""
        return self.origin is not None and self.origin is view

    def __or__(self, other: Changes) -> Changes:
        """Both changes at once (a hidden tab gathers what it missed); no single origin."""
        if self.everything or other.everything:
            return Changes.all()
        rows: dict[str, frozenset[str] | None] = dict(self.rows)
        for table, ids in other.rows.items():
            mine = rows.get(table, frozenset())
            rows[table] = None if ids is None or mine is None else mine | ids
        origin = self.origin if self.origin is other.origin else None
        return Changes(MappingProxyType(rows), origin)

    def __bool__(self) -> bool:
        return self.everything or bool(self.rows)


class _Collector:
    def __init__(self) -> None:
        self.rows: dict[str, set[str] | None] = {}

    def add(self, table: str, row_id: str | None) -> None:
        ids = self.rows.setdefault(table, set())
        if ids is None:
            return
        if row_id is None:
            self.rows[table] = None
        else:
            ids.add(row_id)

    def flushed(self, session: Session, _context: Any) -> None:
        for obj in session.new:
            self._add_object(obj)
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self._add_object(obj)
        for obj in session.deleted:
            self._add_object(obj)

    def executed(self, state: ORMExecuteState) -> None:
        if state.is_update or state.is_delete or state.is_insert:
            table = getattr(state.statement, "table", None)
            name = getattr(table, "name", None)
            if name:
                self.add(str(name), None)

    def _add_object(self, obj: object) -> None:
        mapper = inspect(type(obj))
        key = mapper.primary_key_from_instance(obj)
        row_id = str(key[0]) if len(key) == 1 else "|".join(str(k) for k in key)
        self.add(str(mapper.local_table.name), row_id)

    def changes(self, origin: object | None) -> Changes:
        rows = {t: None if ids is None else frozenset(ids) for t, ids in self.rows.items()}
        return Changes(MappingProxyType(rows), origin)


@contextmanager
def collect(session: Session) -> Iterator[_Collector]:
    """Listen to `session` while the block runs; `.changes(origin)` names what changed."""
    collector = _Collector()
    event.listen(session, "after_flush", collector.flushed)
    event.listen(session, "do_orm_execute", collector.executed)
    try:
        yield collector
    finally:
        event.remove(session, "after_flush", collector.flushed)
        event.remove(session, "do_orm_execute", collector.executed)
