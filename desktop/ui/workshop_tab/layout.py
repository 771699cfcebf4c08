"""The Workshop tab's layout, for the tab and for the first look at a workshop while it
opens (desktop/ui/first_look.py): both place their widgets the same way, so nothing jumps
when the real tab takes the first look's place. No ORM here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.ui.scrolling import scrolling

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def lay_out(
    page: QWidget, details: QWidget, readiness: QWidget, lists: tuple[QWidget, QWidget]
) -> None:
    """The details and the readiness overview on the left, the participants and the
    follow-up actions on the right, in splitters that never collapse a part."""
    details_box = QWidget()
    details_layout = QVBoxLayout(details_box)
    heading = QLabel(translate("WorkshopTab", "Workshop"))
    heading.setObjectName("sectionHeading")
    details_layout.addWidget(heading)
    details_layout.addWidget(details)
    readiness_box = QWidget()
    QVBoxLayout(readiness_box).addWidget(readiness)
    # The details as small as they go (the purpose box five lines), the overview gets the
    # rest; the splitter between them gives the purpose more when it is written.
    left = QSplitter(Qt.Orientation.Vertical)
    left.addWidget(scrolling(details_box, horizontal=False))  # fits a 200 % laptop
    left.addWidget(readiness_box)
    left.setStretchFactor(0, 0)  # the details as tall as their content, if there is room
    left.setStretchFactor(1, 1)
    left.setChildrenCollapsible(False)

    right = QSplitter(Qt.Orientation.Vertical)
    for panel in lists:
        right.addWidget(panel)
    right.setChildrenCollapsible(False)

    main = QSplitter(Qt.Orientation.Horizontal)
    main.addWidget(left)
    main.addWidget(right)
    main.setStretchFactor(0, 2)
    main.setStretchFactor(1, 5)
    main.setChildrenCollapsible(False)
    QHBoxLayout(page).addWidget(main)
