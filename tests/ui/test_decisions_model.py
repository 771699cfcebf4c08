"""The decisions list shows each decision's title and status, role by role, from cells made
once per load (issue 19, item 10: Qt asks for every row's height on each layout pass)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core import signoff
from desktop.core.signoff import DecisionStatus
from desktop.storage.document import open_document
from desktop.ui.signoff_tab.decisions_model import STATUS, STATUS_COLOURS, TITLE, DecisionsModel
from tests.conftest import copy_workshop

ROLE = Qt.ItemDataRole


def test_each_cell_shows_the_report_and_nothing_else(demo_file: Path, tmp_path: Path) -> None:
    doc = open_document(copy_workshop(demo_file, tmp_path / "demo.tvaers"), read_only=True)
    try:
        with doc.session() as session:
            reports = signoff.decision_reports(session)
    finally:
        doc.close(save=False)
    labels = {status: status.value.upper() for status in DecisionStatus}
    model = DecisionsModel(["Beslutning", "Status"], labels, "ændret siden")
    model.load(reports)
    assert model.rowCount() == len(reports) and any(r.has_changed_after_approval for r in reports)
    for row, report in enumerate(reports):
        title, status = model.index(row, TITLE), model.index(row, STATUS)
        text = str(report.decision["title"])
        assert title.data() == text.replace("\n", " ")
        assert title.data(ROLE.ToolTipRole) == (text or None)
        changed = report.has_changed_after_approval
        shown = status.data()
        if report.status == DecisionStatus.CHANGED_AFTER_APPROVAL:
            assert shown == "⚠ " + labels[report.status]
        else:
            assert shown == labels[report.status] + (" ⚠" if changed else "")
        assert status.data(ROLE.ToolTipRole) == ("ændret siden" if changed else None)
        assert status.data(ROLE.BackgroundRole).color() == STATUS_COLOURS[report.status]
        assert title.data(ROLE.BackgroundRole) is None
        assert title.data(ROLE.UserRole) == status.data(ROLE.UserRole) == report.id
        for role in (ROLE.FontRole, ROLE.DecorationRole, ROLE.EditRole, ROLE.SizeHintRole):
            assert title.data(role) is None and status.data(role) is None
    assert model.data(model.index(len(reports), TITLE)) is None

    model.load(list(reversed(reports)))  # other order: the cells follow their rows
    assert model.index(0, TITLE).data(ROLE.UserRole) == reports[-1].id
