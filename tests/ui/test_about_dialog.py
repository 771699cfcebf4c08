"""Om Tværs: the version, our licence, the CPV data's attribution and every third-party
licence the bundle redistributes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.core.cpv import attribution
from desktop.ui import about_dialog
from desktop.ui.about_dialog import AboutDialog, show_about, third_party

ROOT = Path(__file__).resolve().parents[2]


def _dialog(qtbot: QtBot, lang: str) -> AboutDialog:
    dialog = AboutDialog(lang)
    qtbot.addWidget(dialog)
    return dialog


def test_about_shows_the_version(qtbot: QtBot, danish: None) -> None:
    dialog = _dialog(qtbot, "da")

    assert dialog.windowTitle() == "Om Tværs"
    assert dialog.version_label.text() == f"Version {__version__}"


def test_about_names_the_mit_licence_and_the_cpv_attribution_in_danish(
    qtbot: QtBot, danish: None
) -> None:
    dialog = _dialog(qtbot, "da")
    text = dialog.text.toPlainText()

    assert "MIT-licensen" in text
    assert attribution("da") in text
    assert "CC BY 4.0" in text and "Publikationskontor" in text


def test_about_gives_the_english_attribution_in_english(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "en")
    text = dialog.text.toPlainText()

    assert attribution("en") in text
    assert "Publications Office of the European Union" in text


@pytest.mark.parametrize(
    ("component", "licence"),
    [
        ("Qt 6", "GNU LGPL version 3"),
        ("Qt for Python (PySide6)", "GNU LGPL version 3"),
        ("ReportLab", "BSD-licens"),
        ("DejaVu Sans", "Bitstream Vera- og Arev Fonts-licenserne"),
        ("Noto Emoji", "SIL Open Font License 1.1"),
        ("SQLModel", "MIT-licens"),
        ("SQLAlchemy", "MIT-licens"),
        ("pydantic", "MIT-licens"),
        ("platformdirs", "MIT-licens"),
    ],
)
def test_about_lists_each_third_party_work_with_its_licence(
    qtbot: QtBot, danish: None, component: str, licence: str
) -> None:
    dialog = _dialog(qtbot, "da")
    text = dialog.text.toPlainText()
    listed = {c.name: c.licence for c in third_party()}

    assert listed[component] == licence
    assert component in text and licence in text


def test_licence_overview_in_the_bundle_names_every_listed_work() -> None:
    overview = (ROOT / "build" / "THIRD-PARTY.md").read_text(encoding="utf-8")

    for component in third_party():
        assert component.name.split(" (")[0] in overview, component.name


def test_outside_a_bundle_no_licence_folder_is_offered(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "en")

    assert dialog.licences_button is None
    assert "come with each package" in dialog.text.toPlainText()


def test_in_a_bundle_the_licence_folder_is_named_and_offered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "licenses").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    dialog = _dialog(qtbot, "en")

    assert dialog.licences_button is not None
    assert str(tmp_path / "licenses") in dialog.text.toPlainText()


def test_show_about_opens_the_dialog_modally(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[AboutDialog] = []

    def fake_exec(self: AboutDialog) -> int:
        shown.append(self)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(about_dialog.AboutDialog, "exec", fake_exec)

    show_about(None, "en")

    assert len(shown) == 1
    shown[0].deleteLater()
