"""Issue 17, item 4: the window shows every participant's name and the emoji on a note, also
where the system has no font for them (the shipped DejaVu Sans and Noto Emoji are the
window font's fallbacks, desktop/app.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.app import add_shipped_fonts


def glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """(font family, glyph indexes) of each run Qt lays `text` out in."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_the_shipped_fonts_are_fallbacks_of_the_window_font(qapp: QApplication) -> None:
    families = add_shipped_fonts(qapp)

    assert families == ["DejaVu Sans", "Noto Emoji"]
    assert {"DejaVu Sans", "Noto Emoji"} <= set(QFontDatabase.families())
    assert add_shipped_fonts(qapp) == families  # once per process


def test_an_emoji_on_a_note_is_drawn_in_noto_emoji(qapp: QApplication) -> None:
    add_shipped_fonts(qapp)

    runs = glyph_runs("Mentorer 🤝 virker", qapp.font())

    emoji = [glyphs for family, glyphs in runs if family == "Noto Emoji"]
    assert emoji and all(0 not in glyphs for glyphs in emoji)  # 0: the empty box


@pytest.mark.parametrize(
    "name",
    [
        "Łukasz Wójcik",
        "Ayşe Yılmaz",
        "Nguyễn Thị Hương",
        "Ксения Петренко",
        "Đorđe Šćepanović",
        "Aðalsteinn Þórsson",
        "Νίκος Παπαδόπουλος",
    ],
)
def test_every_letter_of_a_name_has_a_glyph(qapp: QApplication, name: str) -> None:
    add_shipped_fonts(qapp)

    for family, glyphs in glyph_runs(name, qapp.font()):
        assert 0 not in glyphs, family
