"""Every string in the UI has a Danish translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import ast
import importlib.util
import re
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
        if translations.is_untranslated(message)
    ]
    assert untranslated == [], "run `python build/translations.py update`, translate, release"


def test_every_count_has_its_english_singular_and_plural(tmp_path: Path) -> None:
    ts = tmp_path / "tvaers_en.ts"
    shutil.copy(translations.EN_TS, ts)
    translations.update(ts, language="en")  # the counts (%n) lupdate finds in the code today
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert messages, "no count goes through Qt's plural forms"
    untranslated = [m.findtext("source") for m in messages if translations.is_untranslated(m)]
    assert untranslated == [], "fill the English forms under @en (build/translations.py)"


@pytest.mark.parametrize("name", ["tvaers_da", "tvaers_en"])
def test_shipped_qm_is_built_from_the_ts(tmp_path: Path, name: str) -> None:
    ts = translations.TS.with_name(f"{name}.ts")
    qm = tmp_path / f"{name}.qm"
    translations.release(ts, qm)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run build/translations.py release"
    )


def test_release_puts_a_new_qm_in_place_of_the_old(tmp_path: Path) -> None:
    """A running Tværs or test run has the .qm mapped into memory: rewriting that file in
    place took it down with SIGBUS (seen while a translation was filled during a test run).
    The new file is renamed over the old one, which lives on for whoever still has it."""
    qm = tmp_path / "tvaers_da.qm"
    qm.write_bytes(b"the old translations")
    before = qm.stat().st_ino
    kept = qm.open("rb")  # as a running app holds it
    try:
        translations.release(translations.TS, qm)
        assert qm.stat().st_ino != before
        assert kept.read() == b"the old translations"
    finally:
        kept.close()
    assert qm.read_bytes() == translations.QM.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["tvaers_da.qm"]


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


@pytest.mark.parametrize(
    "lang, one, two",
    [("da", "1 kode", "2 koder"), ("en", "1 code", "2 codes")],
)
def test_counts_take_singular_and_plural_from_the_translation(
    qapp: object, lang: str, one: str, two: str
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators

    assert isinstance(qapp, QApplication)
    installed = install_translators(qapp, lang)
    try:
        assert QCoreApplication.translate("CpvDialog", "%n codes", "", 1) == one
        assert QCoreApplication.translate("CpvDialog", "%n codes", "", 2) == two
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_no_count_is_made_singular_by_hand() -> None:
    """A count goes through tr("%n ...", "", n), not `"1 code" if n == 1 else ...`."""
    by_hand = re.compile(r"""tr\(\s*["']1 \w""")
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in (ROOT / "desktop" / "ui").rglob("*.py")
        for match in by_hand.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


# Nouns the UI counts: "%1 notes" must be tr("%n notes", "", n), or the Danish reads "1 noter".
COUNTED = re.compile(
    r"%[1-9] (?:\w+ )?(?:notes|votes|terms|services|codes|rows|decisions|participants|"
    r"actions|criteria|canvases|zones|sign-offs|lines|needs|years|items)\b"
)


def _translated_texts(path: Path) -> list[tuple[int, str, bool]]:
    """(line, source text, has a count argument) of every tr()/translate() call in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        if name not in ("tr", "translate"):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        texts = [t for t in texts if isinstance(t, str)]
        source_index = 0 if name == "tr" else 1
        if len(texts) > source_index:
            found.append((node.lineno, texts[source_index], len(node.args) > source_index + 2))
    return found


def test_no_count_of_things_is_filled_in_as_a_plain_number() -> None:
    """ "Delete the canvas and its %2 notes" says "1 noter" for one note: a counted noun
    takes Qt's plural forms (%n), whatever else the text fills in with %1."""
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in (ROOT / "desktop" / "ui").rglob("*.py")
        for line, text, counted in _translated_texts(path)
        if COUNTED.search(text) and not counted
    ]
    assert found == []


def test_tr_is_asked_of_self_only() -> None:
    """`window.tr("…")` outside the window's class: lupdate files the text under the context
    »window« (the variable's name), Qt looks it up under »MainWindow« (the class's), so it
    was never translated (»Åbner the demo workshop …«). Elsewhere: translate("Class", "…")."""
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in (ROOT / "desktop").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
    ]
    assert found == []


def test_no_text_is_chosen_by_a_count_of_one() -> None:
    """`self.tr("... note") if n == 1 else self.tr("... notes")`: Qt's plural forms do that,
    and know that Danish says "0 noter"."""
    found = []
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.IfExp):
                continue
            test = node.test
            one = (
                isinstance(test, ast.Compare)
                and any(isinstance(c, ast.Constant) and c.value == 1 for c in test.comparators)
                and isinstance(test.ops[0], (ast.Eq, ast.NotEq))
            )
            branches = ast.dump(node.body) + ast.dump(node.orelse)
            if one and "attr='tr'" in branches:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


@pytest.mark.parametrize(
    "context, source, one, two",
    [
        (
            "CanvasTab",
            "Delete the canvas “%1” and its %n notes? You can undo it with Ctrl+Z.",
            "og dets 1 note?",
            "og dets 2 noter?",
        ),
        ("VotingRoundDialog", "%n votes", "1 stemme", "2 stemmer"),
        ("VotingRoundDialog", "%1 of %n notes have votes", "af 1 note har", "af 2 noter har"),
        ("ReadinessPanel", "and %1 more", "og %1 mere", "og %1 flere"),
        ("GlossaryTab", "%n terms imported.", "1 begreb er", "2 begreber er"),
    ],
)
def test_danish_counts_say_one_and_many_right(
    qapp: object, context: str, source: str, one: str, two: str
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators

    assert isinstance(qapp, QApplication)
    installed = install_translators(qapp, "da")
    try:
        assert one in QCoreApplication.translate(context, source, "", 1)
        assert two in QCoreApplication.translate(context, source, "", 2)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_qt_own_file_dialog_and_message_box_speak_danish(qapp: object) -> None:
    """Qt's widget-based file dialog (used where the system offers none) and its message
    boxes' buttons come from qtbase_da, installed with our own translation."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

    from desktop.app import install_translators

    assert isinstance(qapp, QApplication)
    installed = install_translators(qapp, "da")
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Kig i:"  # lacking in qtbase_da: ours has it
        assert labels["fileNameLabel"] == "&Filnavn:"
        assert labels["fileTypeLabel"] == "Filer af &type:"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "",
            "",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        texts = {
            box.button(b).text()
            for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
        }
        assert texts == {"&Ja", "&Nej"}
        dialog.deleteLater()
        box.deleteLater()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_markers_are_filled_by_trf_not_by_replace() -> None:
    """`.replace("%1", a).replace("%2", b)` fills a %2 that the user typed into `a` as well;
    trf() fills every marker in one pass (desktop/ui/trf.py)."""
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in (ROOT / "desktop" / "ui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "replace"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and re.fullmatch(r"%[1-9]", str(node.args[0].value))
    ]
    assert found == []
