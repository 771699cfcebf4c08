"""Follow-up actions: what the room agreed to do, by whom and by when."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from desktop.core import operations as ops
from desktop.core.models import ActionItem

WHAT = "Opfølgningspunktet"


def list_actions(session: Session) -> list[ActionItem]:
    return ops.ordered(session, ActionItem)


def add_action(session: Session, **fields: Any) -> ActionItem:
    return ops.add_row(session, ActionItem, fields)


def update_action(session: Session, *, action_id: str, **changes: Any) -> ActionItem:
    return ops.update_row(session, ActionItem, action_id, changes, what=WHAT)


def delete_action(session: Session, *, action_id: str) -> dict[str, Any]:
    """Delete and return the snapshot that `restore_action` puts back."""
    return ops.delete_row(session, ActionItem, action_id, what=WHAT)


def restore_action(session: Session, *, data: dict[str, Any]) -> ActionItem:
    return ops.restore_row(session, ActionItem, data)
