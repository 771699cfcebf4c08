"""What the canvas shows for kinds, sides and priorities: words and colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.core.canvas_models import NoteKind, NoteSide, Priority

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

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
    return {
        NoteKind.NEED.value: translate("canvas", "Need"),
        NoteKind.REQUIREMENT.value: translate("canvas", "Requirement"),
        NoteKind.ROOT_PROBLEM.value: translate("canvas", "Root problem"),
        NoteKind.QUESTION.value: translate("canvas", "Question"),
        NoteKind.IDEA.value: translate("canvas", "Idea"),
    }


def side_labels() -> dict[str, str]:
    return {
        NoteSide.PROCUREMENT.value: translate("canvas", "Procurement"),
        NoteSide.DOMAIN.value: translate("canvas", "Professional side"),
        NoteSide.LEADERSHIP.value: translate("canvas", "Leadership"),
        NoteSide.OTHER.value: translate("canvas", "Other"),
    }


def priority_labels() -> dict[str, str]:
    return {
        Priority.NONE.value: translate("canvas", "No priority"),
        Priority.MUST.value: translate("canvas", "Must"),
        Priority.SHOULD.value: translate("canvas", "Should"),
        Priority.COULD.value: translate("canvas", "Could"),
    }


def next_value(values: tuple[str, ...], current: str) -> str:
    """The choice after `current`, round the end (for the keys that cycle a choice)."""
    return values[(values.index(current) + 1) % len(values)] if current in values else values[0]
