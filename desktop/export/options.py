"""What the facilitator chose for one export of the minutes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class MinutesOptions:
    # Section keys in any order (the minutes keep their own order); empty: every section.
    sections: tuple[str, ...] = ()
    lang: str = "da"  # the minutes' language, independent of the window's
    include_contacts: bool = False  # participants' e-mail and phone: personal data
    path: Path | None = None  # where the dialog saves it; the CLI passes its own
    open_afterwards: bool = True  # the dialog's "open the PDF afterwards"
