"""What the facilitator chose for one export of the minutes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Which terms the minutes' glossary section holds (`tvaers export --glossary`):
#   "workshop"        the terms of this workshop: every term except a starter-vocabulary term
#                     nobody touched (see minutes_sections.is_untouched_starter)
#   "all"             every term of the glossary
#   "agreed-disputed" only the terms the room agreed on or disputed
GLOSSARY_WORKSHOP = "workshop"
GLOSSARY_ALL = "all"
GLOSSARY_AGREED_DISPUTED = "agreed-disputed"
GLOSSARY_CHOICES: tuple[str, ...] = (GLOSSARY_WORKSHOP, GLOSSARY_ALL, GLOSSARY_AGREED_DISPUTED)


@dataclass(frozen=True)
class MinutesOptions:
    # Section keys in any order (the minutes keep their own order); empty: every section.
    sections: tuple[str, ...] = ()
    lang: str = "da"  # the minutes' language, independent of the window's
    include_contacts: bool = False  # participants' e-mail and phone: personal data
    path: Path | None = None  # where the dialog saves it; the CLI passes its own
    open_afterwards: bool = True  # the dialog's "open the PDF afterwards"
    glossary: str = GLOSSARY_WORKSHOP  # one of GLOSSARY_CHOICES
