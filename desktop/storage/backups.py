"""Backups of a document, taken before each save-over, kept in the local data folder.

Every save-over first copies the version it replaces here, so autosave makes many. Which
of them stay is decided by `retain`, a pure function of (time, label, size) and now:

* the newest, always;
* the last `RECENT` (10) saves, whatever their age;
* one per 10 minutes for the last hour, one per calendar day for the last week (the
  newest of each: how the workshop looked when that period ended);
* every labelled version of the last week: the version *as opened* in each session
  (taken at the session's first save, so a session without changes costs nothing) and
  the edits the user chose *not to recover* after a crash; the newest `LABELLED_ALWAYS`
  (5) labelled ones are kept whatever their age, so a workshop opened once a month still
  reaches back to the start of its last sessions;
* a size cap: while the kept ones together exceed `CAP_BYTES`, the least important go
  first (the older of the last saves, then the 10-minute ones, then the daily ones, then
  the labelled ones, oldest first within each); the newest is never removed.

While a backup is being restored it is `held`: no save during the restore removes it.

Backups are private: the folders are the owner's only (0700) and each copy is no more
open than the document it came from, and never more than owner read/write (0600).
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.storage.paths import EXTENSION, document_key, safe_stem, subdir

log = logging.getLogger(__name__)

RECENT = 10  # the last saves, kept whatever their age
KEEP = RECENT  # the older name of the same figure
LABELLED_ALWAYS = 5  # the newest labelled versions, kept whatever their age
CAP_BYTES = 200 * 1024 * 1024  # all backups of one workshop together
TEN_MINUTES = timedelta(minutes=10)
HOUR = timedelta(hours=1)
WEEK = timedelta(days=7)

AS_OPENED = "-som-aabnet"  # the version as opened, taken at the first save of a session
NOT_RECOVERED = "-ikke-gendannet"  # edits the user chose not to recover (document.py)
NOT_SAVED = "-ikke-gemt"  # edits of a window whose file someone else took over (document.py)

_STAMP = "%Y%m%d-%H%M%S-%f"
_STAMP_LEN = 22
_PARTIAL = ".partial"

# How much a kept backup matters; under the size cap the least important go first.
RECENT_SAVE, TEN_MINUTE, DAILY, LABELLED, NEWEST = range(5)

_held: set[str] = set()


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int
    label: str = ""


def _now() -> datetime:
    """The clock of the backups (tests move it instead of sleeping)."""
    return datetime.now()


def _folder_of(document: Path) -> Path:
    return subdir("backups") / f"{safe_stem(document)}-{document_key(document)}"


def backup_dir(document: Path) -> Path:
    folder = _folder_of(document)
    folder.mkdir(parents=True, exist_ok=True)
    _owner_only(folder.parent)
    _owner_only(folder)
    return folder


def take_backup(document: Path, *, label: str = "") -> Path:
    """Copy the document as it is now, then let `retain` decide which backups stay.

    If the newest backup already holds exactly these bytes (and the same label), that one
    is returned and no copy is made: saves without changes, and a save retried again and
    again (a locked or full drive), must not push the older versions out.
    """
    folder = backup_dir(document)
    existing = list_backups(document)
    same_label = existing and (not label or existing[0].label == label)
    if same_label and _same_bytes(existing[0].path, document):
        return existing[0].path
    now = _now()
    target = folder / f"{now.strftime(_STAMP)}{label}{EXTENSION}"
    while target.exists():  # two saves within a microsecond, or a clock set back
        now += timedelta(microseconds=1)
        target = folder / f"{now.strftime(_STAMP)}{label}{EXTENSION}"
    # Copied under a name the list ignores, then renamed: a copy cut off by a crash or a
    # full disk is never offered by "Restore backup", nor counted among those kept.
    partial = folder / f".{target.name}{_PARTIAL}"
    for leftover in folder.glob(f"*{_PARTIAL}"):
        leftover.unlink(missing_ok=True)
    try:
        shutil.copy2(document, partial)
        if os.name == "posix":  # (on Windows chmod only sets read-only: never for a backup)
            os.chmod(partial, backup_mode(document))
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    prune(document, now=_now(), protect=(target,))
    return target


def prune(document: Path, *, now: datetime, protect: Collection[Path] = ()) -> list[Path]:
    """Remove the backups `retain` does not keep; the ones in `protect` and those `held`
    always stay. Returns the removed ones. A backup that cannot be removed stays (and
    does not fail the save that took the newest)."""
    found = list_backups(document)
    keep_also = {_key(p) for p in protect} | _held
    protected = [i for i, b in enumerate(found) if _key(b.path) in keep_also]
    kept = retain([(b.taken_at, b.label, b.size) for b in found], now, protect=protected)
    removed = []
    for i, b in enumerate(found):
        if i not in kept:
            try:
                b.path.unlink(missing_ok=True)
                removed.append(b.path)
            except OSError:
                log.warning("could not remove old backup %s", b.path)
    return removed


def retain(
    backups: Sequence[tuple[datetime, str, int]],
    now: datetime,
    *,
    cap: int = CAP_BYTES,
    protect: Collection[int] = (),
) -> set[int]:
    """Which backups to keep, by index into `backups` ((taken at, label, size) each, in any
    order). Pure: no files, no clock. See the module's docstring for the rules."""
    order = sorted(range(len(backups)), key=lambda i: backups[i][0], reverse=True)
    weight: dict[int, int] = {}

    def keep(i: int, why: int) -> None:
        weight[i] = max(weight.get(i, why), why)

    for i in protect:
        keep(i, NEWEST)
    if order:
        keep(order[0], NEWEST)
    for i in order[:RECENT]:
        keep(i, RECENT_SAVE)
    labelled = 0
    ten_minutes: set[datetime] = set()
    days: set[object] = set()
    for i in order:  # newest first: the first seen of a period is its newest
        taken, label, _size = backups[i]
        age = now - taken
        if label:
            if age <= WEEK or labelled < LABELLED_ALWAYS:
                keep(i, LABELLED)
            labelled += 1
        if age < HOUR:
            bucket = ten_minute_bucket(taken)
            if bucket not in ten_minutes:
                ten_minutes.add(bucket)
                keep(i, TEN_MINUTE)
        if age < WEEK and taken.date() not in days:
            days.add(taken.date())
            keep(i, DAILY)
    total = sum(backups[i][2] for i in weight)
    if total > cap:
        # Least important first, and within the same importance the oldest first.
        for i in sorted(weight, key=lambda i: (weight[i], backups[i][0])):
            if total <= cap or weight[i] == NEWEST:
                break
            total -= backups[i][2]
            del weight[i]
    return set(weight)


def ten_minute_bucket(when: datetime) -> datetime:
    return when.replace(minute=when.minute - when.minute % 10, second=0, microsecond=0)


@contextmanager
def held(backup: Path) -> Iterator[None]:
    """While inside, no pruning removes `backup` (a restore in progress)."""
    key = _key(backup)
    added = key not in _held
    _held.add(key)
    try:
        yield
    finally:
        if added:
            _held.discard(key)


def has_backups(document: Path) -> bool:
    """Whether any backup of `document` is kept (without making its folder)."""
    folder = _folder_of(document)
    return folder.is_dir() and any(folder.glob(f"*{EXTENSION}"))


def list_backups(document: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_dir(document)
    found = []
    for path in folder.glob(f"*{EXTENSION}"):
        try:
            taken = datetime.strptime(path.name[:_STAMP_LEN], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, taken, size, path.name[_STAMP_LEN : -len(EXTENSION)]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_mode(document: Path) -> int:
    """No more open than the document, never more than owner read/write, always readable
    by the owner (or it could not be restored)."""
    try:
        mode = stat.S_IMODE(document.stat().st_mode)
    except OSError:
        mode = 0o600
    return (mode & 0o600) | stat.S_IRUSR


def _owner_only(folder: Path) -> None:
    if os.name != "posix":
        return
    with suppress(OSError):
        if stat.S_IMODE(folder.stat().st_mode) != 0o700:
            folder.chmod(0o700)


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


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
