"""Typed errors whose message a facilitator can read, in Danish and English.

Core, storage and export cannot use Qt's translator, so each error carries both
languages itself; the UI and the command line pick one.
"""

from __future__ import annotations

from typing import ClassVar


class TvaersError(Exception):
    """Base of every error we show to a user. `da`/`en` are format templates."""

    da: ClassVar[str] = "Der opstod en fejl."
    en: ClassVar[str] = "Something went wrong."

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "da") -> str:
        template = self.da if lang == "da" else self.en
        return template.format(**self.params)


class NotFoundError(TvaersError):
    da = "Det, du vil ændre, findes ikke længere. Det kan være slettet i mellemtiden."
    en = "What you want to change no longer exists. It may have been deleted meanwhile."


class InvalidChoiceError(TvaersError):
    da = "Værdien »{value}« kan ikke bruges i feltet {field}. Vælg en af mulighederne på listen."
    en = (
        "The value “{value}” cannot be used in the field {field}. Choose one of the listed options."
    )
