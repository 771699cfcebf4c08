"""Every string in the UI has a Danish translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "build" / "translations.py")
assert spec is not None and spec.loader is not None
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


def test_every_ui_string_has_a_danish_translation(tmp_path: Path) -> None:
    ts = tmp_path / "tvaers_da.ts"
    shutil.copy(translations.TS, ts)
    translations.update(ts)  # what lupdate finds in the code today
    untranslated = [
        message.findtext("source")
        for message in ET.parse(ts).getroot().iter("message")
        if message.find("translation") is None
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (message.findtext("translation") or "").strip()
    ]
    assert untranslated == [], "run `python build/translations.py update`, translate, release"


def test_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / "tvaers_da.qm"
    translations.release(translations.TS, qm)
    assert qm.read_bytes() == translations.QM.read_bytes(), "run build/translations.py release"


@pytest.mark.parametrize("lang, expected", [("da", "&Filer"), ("en", "&File")])
def test_menus_speak_the_chosen_language(qapp: object, lang: str, expected: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.ui.main_window import MainWindow

    assert isinstance(qapp, QApplication)
    installed = install_translators(qapp, lang)
    try:
        window = MainWindow(lang)
        assert window.menuBar().actions()[0].text() == expected
        window.deleteLater()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_qt_own_dialog_buttons_are_danish(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators

    assert isinstance(qapp, QApplication)
    installed = install_translators(qapp, "da")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
