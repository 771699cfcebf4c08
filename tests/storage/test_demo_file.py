"""One writer for both demo workshops (issue 19, item 6): `storage.demo_file.write_demo`.

The normal demo's file is tested in tests/core/test_demo.py and the large one's contents in
tests/cli/test_cli_demo_large.py; here what the one writer adds: both sizes clean up after
a failure, a size or seed it does not know is refused before any file is made, and the
command line offers exactly the sizes the writer knows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session

from desktop import cli
from desktop.storage.demo_file import SIZES, write_demo


@pytest.mark.parametrize(
    ("size", "populate"),
    [
        ("normal", "desktop.core.demo.populate_demo"),
        ("large", "desktop.core.demo_large.populate_large"),
    ],
)
def test_a_demo_of_either_size_that_fails_midway_leaves_no_file_behind(
    size: str, populate: str, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled: list[str] = []

    def fail(session: Session, *seed: int) -> None:
        filled.append(size)
        raise RuntimeError("simulated failure while filling the demo")

    monkeypatch.setattr(populate, fail)
    out = tmp_path / "demo.tvaers"

    with pytest.raises(RuntimeError, match="simulated failure"):
        write_demo(out, size=size)  # type: ignore[arg-type]

    assert filled == [size]  # the size chose its own contents
    assert not out.exists()
    assert list((data_dir / "working").iterdir()) == []


def test_the_large_demo_is_filled_with_the_seed_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds: list[int] = []
    monkeypatch.setattr(
        "desktop.core.demo_large.populate_large", lambda session, seed: seeds.append(seed)
    )

    write_demo(tmp_path / "a.tvaers", size="large")
    write_demo(tmp_path / "b.tvaers", size="large", seed=7)

    assert seeds == [2026, 7]


@pytest.mark.parametrize(
    ("size", "seed", "says"),
    [("huge", None, "unknown demo size 'huge'"), ("normal", 7, "the normal demo has no seed")],
)
def test_a_size_or_seed_the_writer_does_not_know_is_refused_before_a_file_is_made(
    size: str, seed: int | None, says: str, tmp_path: Path
) -> None:
    out = tmp_path / "demo.tvaers"

    with pytest.raises(ValueError, match=says):
        write_demo(out, size=size, seed=seed)  # type: ignore[arg-type]

    assert not out.exists()


def test_the_command_line_offers_the_sizes_the_writer_knows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        "desktop.storage.demo_file.write_demo", lambda out, *, size: asked.append(size)
    )

    for size in SIZES:
        assert cli.main(["demo", str(tmp_path / f"{size}.tvaers"), "--size", size]) == 0
    with pytest.raises(SystemExit):
        cli.main(["demo", str(tmp_path / "x.tvaers"), "--size", "huge"])

    assert asked == list(SIZES) == ["normal", "large"]
