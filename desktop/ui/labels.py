"""The window's words for domain values, from the one vocabulary (desktop/core/vocabulary.py).

`domain_labels(Placement)` gives each placement's word in the language the window speaks,
the same word the minutes and the glossary CSV print. The window's language is the installed
translation's: the Danish one translates the marker "en" to "da" (as Qt itself reads its
layout direction from a translated "QT_LAYOUT_DIRECTION"), so a domain word always speaks the
language of the `tr()` text around it, in a view that was never told a language too.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from desktop.core import vocabulary


def ui_language() -> str:
    """'da' under the Danish translation, else 'en' (the source language)."""
    # Translators: this language's code, as in the file name tvaers_<code>.ts.
    spoken = QCoreApplication.translate("vocabulary", "en")
    return spoken if spoken in vocabulary.LANGUAGES else "en"


def domain_labels(enum: type[StrEnum]) -> dict[str, str]:
    """Every value of `enum` with its word, in the order choices are offered."""
    return vocabulary.labels(enum, ui_language())


def domain_label(member: StrEnum) -> str:
    return vocabulary.label(member, ui_language())
