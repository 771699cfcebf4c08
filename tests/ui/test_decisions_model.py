"""The decisions list shows each decision's rank, title (marked under it when it is over the
frame) and status, role by role, from cells made once per load (issue 19, item 10: Qt asks
for every row's height on each layout pass)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core import priorities, signoff
from desktop.core.signoff import DecisionStatus
from desktop.storage.document import open_document
from desktop.ui.signoff_tab.decisions_model import (
    OVER_FRAME_COLOUR,
    RANK,
    STATUS,
    STATUS_COLOURS,
    TITLE,
    DecisionsModel,
)
from tests.conftest import copy_workshop

ROLE = Qt.ItemDataRole


def test_each_cell_shows_the_report_and_nothing_else(demo_file: Path, tmp_path: Path) -> None:
    doc = open_document(copy_workshop(demo_file, tmp_path / "demo.tvaers"), read_only=True)
    try:
        with doc.session() as session:
            reports = signoff.decision_reports(session)
            ranking = priorities.ranking(session)
    finally:
        doc.close(save=False)
    labels = {status: status.value.upper() for status in DecisionStatus}
    headers = ["Nr.", "Beslutning", "Status"]
    model = DecisionsModel(headers, labels, "ændret siden", "Over rammen", "Prioritet")
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(0, horizontal, ROLE.ToolTipRole) == "Prioritet"
    assert model.headerData(1, horizontal, ROLE.ToolTipRole) is None
    model.load(reports, ranking)
    assert ranking.first_over == 2  # the demo's frame holds two of its three decisions
    assert model.rowCount() == len(reports) and any(r.has_changed_after_approval for r in reports)
    for row, report in enumerate(reports):
        title, status = model.index(row, TITLE), model.index(row, STATUS)
        text = str(report.decision["title"])
        mark = {2: "\n⚠ Over rammen"}.get(row, "")  # the demo's frame holds the first two
        assert title.data() == text.replace("\n", " ") + mark
        assert title.data(ROLE.ToolTipRole) == (text + mark or None)
        changed = report.has_changed_after_approval
        shown = status.data()
        if report.status == DecisionStatus.CHANGED_AFTER_APPROVAL:
            assert shown == "⚠ " + labels[report.status]
        else:
            assert shown == labels[report.status] + (" ⚠" if changed else "")
        assert status.data(ROLE.ToolTipRole) == ("ændret siden" if changed else None)
        assert status.data(ROLE.BackgroundRole).color() == STATUS_COLOURS[report.status]
        over = title.data(ROLE.BackgroundRole)
        assert (over.color() if over else None) == (OVER_FRAME_COLOUR if row == 2 else None)
        assert title.data(ROLE.UserRole) == status.data(ROLE.UserRole) == report.id
        assert model.index(row, RANK).data() == str(row + 1)
        for role in (ROLE.FontRole, ROLE.DecorationRole, ROLE.EditRole, ROLE.SizeHintRole):
            assert title.data(role) is None and status.data(role) is None
    assert model.data(model.index(len(reports), TITLE)) is None

    model.load(list(reversed(reports)))  # other order: the cells follow their rows
    assert model.index(0, TITLE).data(ROLE.UserRole) == reports[-1].id
