"""The voting round's draft: written at every number, read back after a crash, never half."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.storage import drafts


def test_votes_written_are_read_back_per_workshop_and_canvas(tmp_path: Path) -> None:
    one, other = tmp_path / "a.tvaers", tmp_path / "b.tvaers"
    assert drafts.save_votes(one, "c1", {"n1": 5, "n2": 0})
    assert drafts.load_votes(one, "c1") == {"n1": 5, "n2": 0}
    assert drafts.load_votes(one, "c2") == {}
    assert drafts.load_votes(other, "c1") == {}


def test_an_empty_round_and_a_discarded_one_leave_no_draft(tmp_path: Path) -> None:
    doc = tmp_path / "a.tvaers"
    drafts.save_votes(doc, "c1", {"n1": 5})
    assert drafts.save_votes(doc, "c1", {})
    assert drafts.load_votes(doc, "c1") == {}
    drafts.save_votes(doc, "c1", {"n1": 5})
    drafts.discard_votes(doc, "c1")
    assert drafts.load_votes(doc, "c1") == {}
    assert list(Path(os.environ["TVAERS_DATA_DIR"], drafts.FOLDER).iterdir()) == []


@pytest.mark.parametrize(
    "content", ["", "{", '{"votes": [1, 2]}', '{"other": {}}', "\x00\x01", '"votes"']
)
def test_a_damaged_draft_is_dropped_not_shown_half(tmp_path: Path, content: str) -> None:
    doc = tmp_path / "a.tvaers"
    drafts.save_votes(doc, "c1", {"n1": 5})
    (path,) = Path(os.environ["TVAERS_DATA_DIR"], drafts.FOLDER).iterdir()
    path.write_text(content, "utf-8")
    assert drafts.load_votes(doc, "c1") == {}
    assert not path.exists()


def test_only_whole_numbers_come_back(tmp_path: Path) -> None:
    doc = tmp_path / "a.tvaers"
    drafts.save_votes(doc, "c1", {"n1": 5})
    (path,) = Path(os.environ["TVAERS_DATA_DIR"], drafts.FOLDER).iterdir()
    path.write_text('{"votes": {"n1": 5, "n2": "7", "n3": true, "n4": 2.5}}', "utf-8")
    assert drafts.load_votes(doc, "c1") == {"n1": 5}


def test_a_draft_that_cannot_be_written_keeps_the_last_one_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "a.tvaers"
    drafts.save_votes(doc, "c1", {"n1": 5})

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(drafts.os, "replace", full_disk)
        assert drafts.save_votes(doc, "c1", {"n1": 6}) is False
    assert drafts.load_votes(doc, "c1") == {"n1": 5}
    assert [p.suffix for p in Path(os.environ["TVAERS_DATA_DIR"], drafts.FOLDER).iterdir()] == [
        ".json"
    ]
