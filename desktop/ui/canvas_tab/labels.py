"""What the canvas shows for kinds, sides and priorities: words (the vocabulary's, in the
window's language) and colours."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.core.canvas_models import NoteKind, NoteSide, Priority
from desktop.ui.labels import domain_labels

# Sticky-note colours, one per side: pale enough for black text on a projector, far enough
# apart to tell across the room (and not only by hue: they differ in lightness too).
SIDE_COLOURS = {
    NoteSide.PROCUREMENT.value: QColor("#9fd0f5"),
    NoteSide.DOMAIN.value: QColor("#b6e3a1"),
    NoteSide.LEADERSHIP.value: QColor("#ffc98b"),
    NoteSide.OTHER.value: QColor("#fff29a"),
}
PRIORITY_COLOURS = {
    Priority.MUST.value: QColor("#b71c1c"),
    Priority.SHOULD.value: QColor("#c25400"),
    Priority.COULD.value: QColor("#546e7a"),
}


def kind_labels() -> dict[str, str]:
    return domain_labels(NoteKind)


def side_labels() -> dict[str, str]:
    return domain_labels(NoteSide)


def priority_labels() -> dict[str, str]:
    """No priority first, then Must, Should, Could."""
    return domain_labels(Priority)


def next_value(values: tuple[str, ...], current: str) -> str:
    """The choice after `current`, round the end (for the keys that cycle a choice)."""
    return values[(values.index(current) + 1) % len(values)] if current in values else values[0]
