"""Numbers as a facilitator types them: '1.240.000', '1 240 000 kr.', '1,5' or '1.5', and
with the unit the card or the page shows beside them: '760.000 kr./år', '4 år', '15 %'."""

from __future__ import annotations

import math
import re

from PySide6.QtWidgets import QLineEdit

from desktop.core.signoff import format_number

INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; }"

_UNITS = re.compile(
    r"^(dkk|kr\.?)|(kr\.?\s*/\s*år|kr\.?|dkk|timer|hours|årsværk|fte|år|years?|/år|%)$",
    re.IGNORECASE,
)


def parse_number(text: str) -> float | None:
    """The number typed, or None for an empty field. Raises ValueError if it is not a number.

    Works for Danish and English habits alike: with both '.' and ',' the last one is the
    decimal mark; with one kind only, it separates thousands when it is repeated or followed
    by exactly three digits ('1.000', '1,000'), otherwise it is the decimal mark ('1,5').
    """
    cleaned = text.strip().replace("\u00a0", " ")
    cleaned = _UNITS.sub("", cleaned).strip().replace(" ", "")
    if not cleaned:
        return None
    if "." in cleaned and "," in cleaned:
        decimal = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        cleaned = cleaned.replace(thousands, "").replace(decimal, ".")
    else:
        for mark in (".", ","):
            if mark not in cleaned:
                continue
            parts = cleaned.split(mark)
            if len(parts) > 2 or len(parts[-1]) == 3:
                cleaned = cleaned.replace(mark, "")
            else:
                cleaned = cleaned.replace(mark, ".")
    if not re.fullmatch(r"\d+(\.\d+)?", cleaned):  # no negative resources
        raise ValueError(text)
    number = float(cleaned)
    if not math.isfinite(number):
        raise ValueError(text)
    return number


def parse_amount(text: str) -> int | None:
    """Whole kroner; rounds øre away."""
    number = parse_number(text)
    return None if number is None else round(number)


def show_number(value: float | None, lang: str) -> str:
    return "" if value is None else format_number(value, lang)


def read_typed(
    edit: QLineEdit, *, whole: bool, hint: str, most: float | None = None
) -> tuple[bool, float | None]:
    """What is typed in a number field: (True, the number or None for empty), the field
    marked as read; or (False, None) with the field outlined red and `hint` as its tooltip
    when it is not a number (or above `most`), so nothing is stored."""
    try:
        value: float | None = parse_amount(edit.text()) if whole else parse_number(edit.text())
        if value is not None and most is not None and value > most:
            raise ValueError(edit.text())
    except ValueError:
        edit.setStyleSheet(INVALID_STYLE)
        edit.setToolTip(hint)
        return False, None
    edit.setStyleSheet("")
    edit.setToolTip("")
    edit.setModified(False)
    return True, value
