"""Writing a demo workshop as a new file: the story of docs/SCENARIO.md or the large stress test.

What the demos hold is the core's (`desktop.core.demo`, `desktop.core.demo_large`): data and
core operations that fill a session. Making a file is the storage layer's, so the one writer
for both sizes lives here; the core never imports storage (the layers contract of
import-linter in pyproject.toml).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal, get_args

from sqlmodel import Session

from desktop.core import demo, demo_large
from desktop.storage import working_copy
from desktop.storage.document import create_document

DemoSize = Literal["normal", "large", "4x"]
SIZES: tuple[DemoSize, ...] = get_args(DemoSize)


def write_demo(out: Path, *, size: DemoSize = "normal", seed: int | None = None) -> None:
    """Write a demo workshop as a new file; an existing file is refused, never overwritten
    (`AlreadyExistsError` from `create_document`). `seed` varies the large one (its texts,
    numbers and links); the normal one is always the same story."""
    fill = _filler(size, seed)
    doc = create_document(out)
    try:
        with doc.session() as session:
            fill(session)
        doc.save()
    except BaseException:
        # Half a demo is worse than none: take back the file this call made.
        doc.close(save=False)
        working_copy.discard(doc.working)
        doc.path.unlink(missing_ok=True)
        raise
    doc.close()


def _filler(size: DemoSize, seed: int | None) -> Callable[[Session], None]:
    # Looked up at each call, so a test can replace a populate function in its module.
    if size == "normal":
        if seed is not None:
            raise ValueError("the normal demo has no seed; only the large sizes take one")
        return demo.populate_demo
    chosen = demo_large.SEED if seed is None else seed
    if size == "large":
        return lambda session: demo_large.populate_large(session, chosen)
    if size == "4x":  # every count of the large one four times: how opening grows with size
        return lambda session: demo_large.populate_large(session, chosen, scale=4)
    raise ValueError(f"unknown demo size {size!r}; choose one of {', '.join(SIZES)}")
