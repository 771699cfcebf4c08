"""Tables of the needs canvas: canvases, their zones, and the sticky notes on them."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from sqlalchemy import String
from sqlmodel import Field

from desktop.core.models import Row
from desktop.core.values import NoteKind, NoteSide, Priority


class Canvas(Row, table=True):
    """One wall: a template's zones, and the notes the room put on it."""

    title: str = ""
    template_key: str = ""  # resources/templates/<key>.json; "" for a canvas built by hand
    position: int = 0


class Zone(Row, table=True):
    """A titled area of a canvas, with the question the room answers there."""

    canvas_id: str = Field(foreign_key="canvas.id", ondelete="CASCADE", index=True)
    key: str = ""  # the template's key for the zone, e.g. "behov"
    title: str = ""
    prompt: str = ""
    position: int = 0
    # Where the zone sits on the canvas, in scene units (1 unit = 1 px at 100 % zoom).
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 300.0


class Note(Row, table=True):
    """A sticky note: a need, a requirement, a root problem, a question or an idea."""

    __choices__: ClassVar[dict[str, type[StrEnum]]] = {
        "kind": NoteKind,
        "side": NoteSide,
        "priority": Priority,
    }

    canvas_id: str = Field(foreign_key="canvas.id", ondelete="CASCADE", index=True)
    zone_id: str | None = Field(
        default=None, foreign_key="zone.id", ondelete="SET NULL", index=True
    )
    text: str = ""
    kind: str = Field(default=NoteKind.NEED.value, sa_type=String)  # a NoteKind
    side: str = Field(default=NoteSide.OTHER.value, sa_type=String)  # a NoteSide
    priority: str = Field(default=Priority.NONE.value, sa_type=String)  # a Priority
    votes: int = 0  # dots from the wall, typed in
    x: float = 0.0  # top-left corner on the canvas, scene units
    y: float = 0.0
    position: int = 0
