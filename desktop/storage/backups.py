"""Rotating backups of a document, taken before each save-over, kept in the local data folder."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.storage.paths import EXTENSION, document_key, safe_stem, subdir

KEEP = 10
_PARTIAL = ".partial"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int


def backup_dir(document: Path) -> Path:
    folder = subdir("backups") / f"{safe_stem(document)}-{document_key(document)}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def take_backup(document: Path, *, keep: int = KEEP, label: str = "") -> Path:
    """Copy the document as it is now; drop the oldest beyond `keep`.

    If the newest backup already holds exactly these bytes, that one is returned and no
    copy is made: saves without changes, and a save retried again and again (a locked or
    full drive), must not push the older versions out of the last `keep`.
    """
    folder = backup_dir(document)
    existing = list_backups(document)
    if existing and not label and _same_bytes(existing[0].path, document):
        return existing[0].path
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}{label}{EXTENSION}"
    # Copied under a name the list ignores, then renamed: a copy cut off by a crash or a
    # full disk is never offered by "Restore backup", nor counted among the `keep`.
    partial = folder / f".{target.name}{_PARTIAL}"
    for leftover in folder.glob(f"*{_PARTIAL}"):
        leftover.unlink(missing_ok=True)
    try:
        shutil.copy2(document, partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    for old in list_backups(document)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(document: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_dir(document)
    found = []
    for path in folder.glob(f"*{EXTENSION}"):
        try:
            taken = datetime.strptime(path.name[:22], "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _same_bytes(a: Path, b: Path, chunk: int = 1 << 20) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with open(a, "rb") as fa, open(b, "rb") as fb:
            while True:
                block = fa.read(chunk)
                if block != fb.read(chunk):
                    return False
                if not block:
                    return True
    except OSError:
        return False
