"""The columns of the Workshop tab's two lists, for the tab and for the first look at a
workshop while it opens (desktop/ui/first_look.py), so both show the same columns with the
same words. No ORM here: the first look is drawn before SQLModel has loaded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.core.values import ActionStatus, Side
from desktop.ui.labels import domain_labels
from desktop.ui.row_table_model import Column

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def participant_columns() -> list[Column]:
    return [
        Column("name", translate("WorkshopTab", "Name")),
        Column("role", translate("WorkshopTab", "Title / role")),
        Column("department", translate("WorkshopTab", "Department")),
        Column(
            "side", translate("WorkshopTab", "Side"), "choice", list(domain_labels(Side).items())
        ),
        Column("email", translate("WorkshopTab", "E-mail")),
        Column("phone", translate("WorkshopTab", "Phone")),
        Column("present", translate("WorkshopTab", "Present"), "bool"),
    ]


def action_columns(
    owners: Callable[[], list[str]] | None = None,
    due_start: Callable[[], date] | None = None,
) -> list[Column]:
    """`owners` suggests who can own an action; `due_start` is where an empty due date
    starts when the user steps it up."""
    return [
        Column("what", translate("WorkshopTab", "What")),
        Column("owner", translate("WorkshopTab", "Owner"), suggestions=owners),
        Column("due", translate("WorkshopTab", "Due"), "date", date_start=due_start),
        Column(
            "status",
            translate("WorkshopTab", "Status"),
            "choice",
            list(domain_labels(ActionStatus).items()),
        ),
    ]
