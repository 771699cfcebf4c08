"""The working copy: where every edit is committed at once, in the local data folder.

The document itself is never open for writing while the user works, so a synced,
network or USB location cannot corrupt it. A sidecar JSON beside the working copy
remembers which document it belongs to and SQLite's change counter at the last
save: if the counter has moved since, the working copy holds unsaved edits.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.storage import sidecars
from desktop.storage.identity import read_change_counter, readonly_uri
from desktop.storage.paths import document_key, subdir


@dataclass(frozen=True)
class Recoverable:
    """A working copy with edits that never reached its document."""

    document: Path
    working_copy: Path
    edited_at: datetime
    saved_at: datetime | None
    saved_counter: int


def working_path(document: Path) -> Path:
    return subdir("working") / f"{document_key(document)}.sqlite"


def sidecar_path(working: Path) -> Path:
    return working.with_suffix(".json")


def write_sidecar(working: Path, document: Path, saved_counter: int) -> None:
    data = {
        "document": str(document.absolute()),
        "saved_counter": saved_counter,
        "saved_at": datetime.now().isoformat(timespec="seconds"),
    }
    sidecar = sidecar_path(working)
    tmp = sidecar.with_suffix(".json.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, sidecar)


def read_sidecar(working: Path) -> dict[str, object] | None:
    try:
        data = json.loads(sidecar_path(working).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def unsaved_edits(working: Path) -> Recoverable | None:
    """The recoverable state of a working copy, or None if everything reached the document."""
    meta = read_sidecar(working)
    if meta is None or not working.exists():
        return None
    try:
        counter = read_change_counter(working)
    except OSError:
        return None
    if counter == meta.get("saved_counter"):
        return None
    saved_at = meta.get("saved_at")
    saved_counter = meta.get("saved_counter")
    return Recoverable(
        saved_counter=saved_counter if isinstance(saved_counter, int) else -1,
        document=Path(str(meta["document"])),
        working_copy=working,
        edited_at=datetime.fromtimestamp(working.stat().st_mtime),
        saved_at=datetime.fromisoformat(saved_at) if isinstance(saved_at, str) else None,
    )


def find_recoverable() -> list[Recoverable]:
    """All working copies left behind with unsaved edits (the app died, or the save failed)."""
    found = []
    for working in sorted(subdir("working").glob("*.sqlite")):
        state = unsaved_edits(working)
        if state is not None:
            found.append(state)
    return found


def copy_database(source: Path, target: Path) -> None:
    """SQLite's backup API: a consistent copy page by page, the source only read.

    A -wal or hot -journal beside `source` is taken in as SQLite would (desktop.storage.
    sidecars): the copy holds the WAL's committed changes, never a half transaction."""
    target.unlink(missing_ok=True)
    if sidecars.beside(source):
        with sidecars.resolved(source, incorporate=True, within=target.parent) as resolved:
            _backup(resolved, target)
        return
    _backup(source, target)


def _backup(source: Path, target: Path) -> None:
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        # Nothing in the file's schema may call a function that is not innocuous.
        src.execute("PRAGMA trusted_schema = OFF")
        dst = sqlite3.connect(target)
        try:
            dst.execute("PRAGMA trusted_schema = OFF")
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def discard(working: Path) -> None:
    for path in (working, sidecar_path(working), working.with_name(working.name + "-journal")):
        path.unlink(missing_ok=True)
