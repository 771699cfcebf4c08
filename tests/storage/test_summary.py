"""The start screen's look into a workshop file: title and date, read without changing it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.storage.document import create_document
from desktop.storage.summary import Summary, read_summary


def test_title_and_start_are_read_and_the_file_is_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "Dokumenter"
    path = folder / "mentor.tvaers"
    doc = create_document(
        path, title="Indkøb af mentorstøtte", starts_at=datetime(2027, 1, 15, 9, 30)
    )
    doc.close(save=True)
    before = path.read_bytes(), path.stat().st_mtime_ns
    assert read_summary(path) == Summary("Indkøb af mentorstøtte", datetime(2027, 1, 15, 9, 30))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in folder.iterdir()) == ["mentor.tvaers"]  # no journal, no lock


def test_a_workshop_without_date_has_none(tmp_path: Path) -> None:
    path = tmp_path / "uden dato.tvaers"
    create_document(path, title="Uden dato").close(save=True)
    assert read_summary(path) == Summary("Uden dato", None)


def test_files_that_are_not_workshops_give_none(tmp_path: Path) -> None:
    text = tmp_path / "indkøbsliste.tvaers"
    text.write_text("ikke en workshop", encoding="utf-8")
    assert read_summary(text) is None
    assert read_summary(tmp_path / "væk.tvaers") is None
    damaged = tmp_path / "halv.tvaers"
    good = tmp_path / "hel.tvaers"
    create_document(good, title="Hel").close(save=True)
    damaged.write_bytes(good.read_bytes()[:200])
    assert read_summary(damaged) is None
