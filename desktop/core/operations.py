"""Shared mechanics of the core operations: fetch, snapshot, restore, reorder.

Every public operation is keyword-only with the session first, commits at once
(an acknowledged edit is on disk) and returns plain data. Undo needs two things
from here: a snapshot of a row before it is deleted, and a way to put exactly
that row back (same id, same position).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, select

from desktop.core.errors import InvalidChoiceError, NotFoundError
from desktop.core.models import Row, utc_now

R = TypeVar("R", bound=Row)


def get_row(session: Session, model: type[R], row_id: str, *, what: str) -> R:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(what=what)
    return row


def snapshot(row: SQLModel) -> dict[str, Any]:
    """Every column of a row, as plain values (for undo and for export)."""
    return row.model_dump()


def restore_row(session: Session, model: type[R], data: dict[str, Any]) -> R:
    """Put back a row exactly as it was snapshotted, keeping its id."""
    row = model.model_validate(data)
    session.add(row)
    session.commit()
    return row


def _refuse_unknown(model: type[SQLModel], names: Iterable[str], *, fixed: tuple[str, ...]) -> None:
    unknown = sorted(n for n in names if n not in model.model_fields or n in fixed)
    if unknown:
        raise ValueError(f"{model.__name__} has no editable field {', '.join(map(repr, unknown))}")


def _refuse_bad_choices(model: type[SQLModel], fields: dict[str, Any]) -> None:
    """Fields stored as text but limited to an enum's values (Participant.side, ...)."""
    choices: dict[str, type[StrEnum]] = getattr(model, "__choices__", {})
    for name, value in fields.items():
        allowed = choices.get(name)
        if allowed is not None and value not in {member.value for member in allowed}:
            raise InvalidChoiceError(field=name, value=str(value)[:40])


def update_fields(session: Session, row: R, changes: dict[str, Any]) -> R:
    # Check every name before touching the row: a half-applied change would stay pending in
    # the session and be committed by whatever edit came next.
    _refuse_unknown(type(row), changes, fixed=("id", "created_at"))
    _refuse_bad_choices(type(row), changes)
    for name, value in changes.items():
        setattr(row, name, value)
    row.updated_at = utc_now()
    session.add(row)
    session.commit()
    return row


def next_position(session: Session, model: type[Any]) -> int:
    rows = session.exec(select(model.position).order_by(col(model.position).desc())).first()
    return 0 if rows is None else int(rows) + 1


def restore_positions(session: Session, model: type[Any], positions: Mapping[str, int]) -> None:
    """Undo (and redo) of a move or sort: each row back at the very position it had, gaps
    and all (a row deleted since is skipped). Renumbering 0, 1, 2 … instead would put a row
    whose deletion is undone later next to one with its old number."""
    for row_id, position in positions.items():
        row = session.get(model, row_id)
        if row is not None and row.position != position:
            row.position = position
            session.add(row)
    session.commit()


def ordered(session: Session, model: type[R]) -> list[R]:
    by = select(model).order_by(col(model.position), col(model.created_at))  # type: ignore[attr-defined]
    return list(session.exec(by).all())


def refuse_bad_fields(model: type[SQLModel], fields: dict[str, Any]) -> None:
    """A table model silently drops unknown keyword arguments; a typo must not lose text."""
    _refuse_unknown(model, fields, fixed=())
    _refuse_bad_choices(model, fields)


def add_row(session: Session, model: type[R], fields: dict[str, Any]) -> R:
    refuse_bad_fields(model, fields)
    row = model(**fields)
    if "position" in model.model_fields and "position" not in fields:
        row.position = next_position(session, model)
    session.add(row)
    session.commit()
    return row


def update_row(
    session: Session, model: type[R], row_id: str, changes: dict[str, Any], *, what: str
) -> R:
    return update_fields(session, get_row(session, model, row_id, what=what), changes)


def delete_row(session: Session, model: type[R], row_id: str, *, what: str) -> dict[str, Any]:
    """Delete and return the snapshot that `restore_row` puts back."""
    row = get_row(session, model, row_id, what=what)
    data = snapshot(row)
    session.delete(row)
    session.commit()
    return data
