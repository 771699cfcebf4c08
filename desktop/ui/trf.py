"""Filling translated texts: `trf(self.tr("Undo: %1"), text)`.

The texts keep Qt's `%1`, `%2` markers so translators can move them ("%2 af %1"). One pass
replaces them all: chained `.replace("%1", a).replace("%2", b)` would also replace a `%2`
that the user typed into `a` (a term called "50 %2 rabat").
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%([1-9])")


def trf(text: str, *args: object) -> str:
    """`text` with %1, %2, … replaced by `args` in one pass; a marker with no argument stays."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if index < len(args) else match.group(0)

    return _MARKER.sub(fill, text)
