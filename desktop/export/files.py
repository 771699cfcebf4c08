"""Writing a PDF to disk: all of it or nothing, never over a workshop file.

The PDF is written beside its target under a temporary name and moved into place when it is
complete, so a failed or cancelled export leaves the previous PDF (if any) as it was. One
killed half-way leaves its temporary file: the next export to that folder removes it (and
opening a workshop in that folder does too, storage.paths.sweep_leftovers).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import IO

from desktop.core.errors import TvaersError
from desktop.storage.paths import fitting_name, sweep_leftovers

SQLITE_MAGIC = b"SQLite format 3\x00"


class PdfWriteError(TvaersError):
    da = "PDF-filen {name} kunne ikke gemmes ({reason})."
    en = "The PDF file {name} could not be saved ({reason})."


class PdfInUseError(TvaersError):
    da = (
        "PDF-filen {name} kunne ikke erstattes. Den er måske åben i et andet program; "
        "luk den der, og prøv igen."
    )
    en = (
        "The PDF file {name} could not be replaced. It may be open in another program; "
        "close it there and try again."
    )


class WouldOverwriteWorkshopError(TvaersError):
    da = "{name} er en workshopfil. Vælg et andet navn til PDF-filen, så workshoppen bevares."
    en = "{name} is a workshop file. Choose another name for the PDF, so the workshop is kept."


def is_workshop_file(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def write_pdf(path: Path, write: Callable[[IO[bytes]], int]) -> int:
    """Call `write` with a binary file that becomes `path` once `write` returns; its result.
    Raises PdfWriteError, PdfInUseError or WouldOverwriteWorkshopError; an exception from
    `write` (e.g. a cancelled export) leaves nothing behind."""
    path = Path(path)
    if is_workshop_file(path):
        raise WouldOverwriteWorkshopError(name=path.name)
    # Exports killed half-way before (a crash, a power cut) left their temporary files here.
    sweep_leftovers(path.parent)
    # Within the longest name a folder holds: a long PDF name is cut short and hashed.
    tmp = path.with_name(fitting_name(".", path.name, f".{uuid.uuid4().hex[:8]}.tmp"))
    try:
        with open(tmp, "wb") as f:
            result = write(f)
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise PdfWriteError(name=path.name, reason=exc.strerror or str(exc)) from exc
    except BaseException:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    try:
        os.replace(tmp, path)
    except PermissionError as exc:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise PdfInUseError(name=path.name) from exc
    except OSError as exc:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise PdfWriteError(name=path.name, reason=exc.strerror or str(exc)) from exc
    return result
