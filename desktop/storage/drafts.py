"""Drafts of work typed in before it is confirmed: a voting round's votes.

A voting round changes the workshop only when it is saved (one undo step), so the
numbers typed until then live outside the workshop file. Kept here, written at each
number, they survive a crash or a pulled plug: the next round on that canvas offers to
continue where the typing stopped.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from desktop.storage.paths import document_key, subdir

log = logging.getLogger(__name__)
FOLDER = "drafts"


def _path(document: Path, canvas_id: str) -> Path:
    return subdir(FOLDER) / f"votes-{document_key(document)}-{canvas_id}.json"


def save_votes(document: Path, canvas_id: str, typed: dict[str, int]) -> bool:
    """Store the votes typed so far (note id -> votes); an empty round removes the draft.
    False if it could not be written (the round goes on; the log says why)."""
    if not typed:
        discard_votes(document, canvas_id)
        return True
    path = _path(document, canvas_id)
    tmp = path.with_suffix(".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump({"votes": typed}, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError:
        log.warning("could not keep the voting round's draft", exc_info=True)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False
    return True


def load_votes(document: Path, canvas_id: str) -> dict[str, int]:
    """The votes of an unfinished round on the canvas; empty if there is none or the draft
    cannot be read (a damaged draft is dropped, never shown half)."""
    path = _path(document, canvas_id)
    try:
        data = json.loads(path.read_text("utf-8"))
        votes = data["votes"]
        if not isinstance(votes, dict):
            raise ValueError("votes is not a mapping")
        return {
            str(note): int(n)
            for note, n in votes.items()
            if isinstance(n, int) and not isinstance(n, bool)
        }
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("dropped an unreadable voting-round draft %s", path, exc_info=True)
        discard_votes(document, canvas_id)
        return {}


def discard_votes(document: Path, canvas_id: str) -> None:
    try:
        _path(document, canvas_id).unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove the voting round's draft", exc_info=True)
