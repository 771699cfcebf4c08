"""A long day's work in one process, for test_long_session.py:

    python -m tests.reliability.long_session FOLDER EDITS

20,000 edits through the UI layer: renaming participants with the undo commands pushed on
the open workshop's undo stack, every tenth followed by an undo and a redo, the event loop
turned now and then (timers, autosave) and the workshop saved every 2,000 edits. Prints one
JSON line with the figures; exits 0 only if the workshop holds exactly what it should.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from desktop import app
from desktop.core import participants
from desktop.storage.document import create_document, open_document
from desktop.ui.open_workshop import OpenWorkshop
from desktop.ui.workshop_tab.commands import AddParticipant, EditParticipant


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux: the peak


def main(folder: Path, total: int) -> int:
    qt, _lang = app.make_application("da")
    path = folder / "En lang dag.tvaers"
    doc = create_document(path, title="En lang dag")
    workshop = OpenWorkshop(doc)
    for name in ("Anna", "Bent"):
        assert workshop.push(AddParticipant(workshop, name=name))
    ids = workshop.read(lambda s: [p.id for p in participants.list_participants(s)])
    names = ["Anna", "Bent"]
    qt.processEvents()
    before = rss_mb()
    started = time.perf_counter()

    edits, step = 0, 0
    while edits < total:
        who = step % 2
        new = f"{('Anna', 'Bent')[who]} {step}"
        assert workshop.push(EditParticipant(workshop, ids[who], "name", names[who], new))
        names[who] = new
        edits += 1
        if step % 10 == 9 and edits + 2 <= total:
            workshop.undo_stack.undo()
            workshop.undo_stack.redo()
            edits += 2
        if step % 500 == 0:
            qt.processEvents()
        if step % 2000 == 1999:
            assert workshop.save()
        step += 1

    seconds = time.perf_counter() - started
    after = rss_mb()
    stored = workshop.read(lambda s: [p.name for p in participants.list_participants(s)])
    assert stored == names, (stored, names)
    assert workshop.save()
    workshop.stop_timers()
    doc.close()
    reopened = open_document(path)
    with reopened.session() as s:
        assert [p.name for p in participants.list_participants(s)] == names
    reopened.close()
    print(
        json.dumps(
            {
                "edits": edits,
                "seconds": round(seconds, 1),
                "rss_before_mb": round(before, 1),
                "rss_after_mb": round(after, 1),
                "undo_steps": workshop.undo_stack.count(),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2])))
