"""What the children of the reliability tests do before they are killed (run by forkserver).

A child acknowledges by appending a line to its ack file with os.write: once that call
returns, the line is the kernel's, so SIGKILL cannot take it back.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

from desktop.core import participants, workshop
from desktop.storage import backups, document, identity
from desktop.storage.document import open_document
from tests.reliability import edits

FOREVER = 600.0


def _acker(path: str) -> Any:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def ack(text: str) -> None:
        os.write(fd, (text + "\n").encode())

    return ack


def kill_loop(path: str, start: int, acks: str, save_every: int) -> None:
    """Open (recovering what a killed predecessor left), then edit step after step, each
    acknowledged once its transaction is committed, saving every `save_every` steps."""
    ack = _acker(acks)
    doc = open_document(Path(path), recover=True)
    ack("open")
    for seq in range(start, start + 100_000):
        with doc.session() as session:
            edits.apply(session, seq)
        ack(str(seq))
        if seq % save_every == save_every - 1:
            doc.save()
            ack(f"saved {seq}")


def hold_open(path: str, acks: str) -> None:
    """Another Tværs that has the workshop open, and keeps it open."""
    ack = _acker(acks)
    doc = open_document(Path(path))
    ack("open")
    time.sleep(FOREVER)
    doc.close()


def save_with_pause(path: str, acks: str, pause_at: str) -> None:
    """Make an edit, then save, stopping at `pause_at` until killed:

    after_vacuum    the new file is written beside the document, not yet checked
    during_backup   half of the backup copy of the old version is written
    before_replace  the new file is checked, the old one backed up, the swap not yet made
    after_replace   the new file has replaced the document; folder not yet synced, the
                    working copy's record of the save not yet written
    """
    ack = _acker(acks)

    def pause(where: str) -> None:
        if where == pause_at:
            ack(f"paused {where}")
            time.sleep(FOREVER)

    real_verify = identity.verify_written
    real_copy2 = shutil.copy2
    real_replace = os.replace

    def verify_written(tmp: Path) -> None:
        pause("after_vacuum")
        real_verify(tmp)

    def copy2(src: Any, dst: Any, **kwargs: Any) -> Any:
        if pause_at == "during_backup":
            data = Path(src).read_bytes()
            with open(dst, "wb") as f:
                f.write(data[: len(data) // 2])
                f.flush()
            pause("during_backup")
        return real_copy2(src, dst, **kwargs)

    def replace(src: Any, dst: Any, **kwargs: Any) -> None:
        is_document = Path(dst) == Path(path)
        if is_document:
            pause("before_replace")
        real_replace(src, dst, **kwargs)
        if is_document:
            pause("after_replace")

    identity.verify_written = verify_written  # type: ignore[assignment]
    backups.shutil.copy2 = copy2  # type: ignore[assignment]  # the child's own module
    document.os.replace = replace  # type: ignore[assignment]

    doc = open_document(Path(path))
    with doc.session() as session:
        participants.add_participant(session, name="Tilføjet lige før gem")
        workshop.update_workshop(session, purpose="Ændret lige før gem")
    ack("edited")
    doc.save()
    ack("saved")
