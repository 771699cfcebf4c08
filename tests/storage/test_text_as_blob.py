"""A file written by another tool may hold a column's text as a BLOB of valid UTF-8. The
value check lets it pass (its bytes are good text); opening turns it into text in the working
copy, so the models get `str`, never `bytes`, and saving writes text. The file itself is not
touched until the workshop is saved."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlmodel import select

from desktop.core.models import Term
from desktop.core.workshop import get_workshop
from desktop.storage.document import open_document

ODD = "Tilbudsgiver <b>&</b> 😀 \u202eعربي"


def _as_blobs(path: Path) -> tuple[int, str]:
    """One term's word and the workshop's title (a choice-free text column and the title)
    written back as BLOBs of their UTF-8 bytes, as another tool could."""
    conn = sqlite3.connect(path)
    try:
        term_id = conn.execute("SELECT min(id) FROM term").fetchone()[0]
        conn.execute("UPDATE term SET term = ? WHERE id = ?", (ODD.encode(), term_id))
        conn.execute("UPDATE term SET side = CAST(side AS BLOB) WHERE id = ?", (term_id,))
        conn.execute("UPDATE workshop SET title = CAST(title AS BLOB)")
        (title,) = conn.execute("SELECT CAST(title AS TEXT) FROM workshop").fetchone()
        conn.commit()
        assert conn.execute(
            "SELECT typeof(term) FROM term WHERE id = ?", (term_id,)
        ).fetchone() == ("blob",)
    finally:
        conn.close()
    return term_id, title


def test_text_stored_as_a_blob_reaches_the_models_as_text(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "blob.tvaers"
    shutil.copy(demo_file, path)
    term_id, title = _as_blobs(path)
    before = path.read_bytes()
    doc = open_document(path)
    try:
        with doc.session() as session:
            term = session.exec(select(Term).where(Term.id == term_id)).one()
            assert (term.term, type(term.term)) == (ODD, str)
            assert type(term.side) is str and term.side in ("procurement", "domain")
            assert get_workshop(session).title == title
        assert path.read_bytes() == before  # the file is untouched until saved
        doc.save()
    finally:
        doc.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(
            "SELECT typeof(term), term FROM term WHERE id = ?", (term_id,)
        ).fetchone() == ("text", ODD)
        assert conn.execute("SELECT count(*) FROM term WHERE typeof(side) = 'blob'").fetchone() == (
            0,
        )
    finally:
        conn.close()
