"""Qt's own words that Qt's Danish translation (qtbase_da) lacks, translated in ours.

Qt 6 gave the widget-based file dialog's labels mnemonics ("&Look in:", "Files of &type:");
qtbase_da still has only the old texts, so the Danish dialog showed English labels. Qt
asks every installed translator, so these entries in tvaers_da.ts fill the gap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def missing_in_qtbase_da() -> list[str]:
    """The strings, looked up as Qt looks them up (lupdate reads them from here)."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
    ]
