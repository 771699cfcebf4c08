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
        ("4x", "desktop.core.demo_large.populate_large"),
    ],
)
def test_a_demo_of_either_size_that_fails_midway_leaves_no_file_behind(
    size: str, populate: str, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled: list[str] = []

    def fail(session: Session, *seed: int, scale: int = 1) -> None:
        filled.append(size)
        raise RuntimeError("simulated failure while filling the demo")

    monkeypatch.setattr(populate, fail)
    out = tmp_path / "demo.tvaers"

    with pytest.raises(RuntimeError, match="simulated failure"):
        write_demo(out, size=size)  # type: ignore[arg-type]

    assert filled == [size]  # the size chose its own contents
    assert not out.exists()
    assert list((data_dir / "working").iterdir()) == []


def test_the_large_demos_are_filled_with_the_seed_given_and_their_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled: list[tuple[int, int]] = []
    monkeypatch.setattr(
        "desktop.core.demo_large.populate_large",
        lambda session, seed, scale=1: filled.append((seed, scale)),
    )

    write_demo(tmp_path / "a.tvaers", size="large")
    write_demo(tmp_path / "b.tvaers", size="large", seed=7)
    write_demo(tmp_path / "c.tvaers", size="4x")

    assert filled == [(2026, 1), (7, 1), (2026, 4)]


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

    assert asked == list(SIZES) == ["normal", "large", "4x"]


def test_the_4x_demo_counts_four_times_each_row_of_the_large_one() -> None:
    from desktop.core import demo_large

    counts = demo_large._Counts(4)
    assert (
        counts.participants,
        counts.terms,
        counts.notes,
        counts.services,
        counts.decisions,
        counts.sign_offs,
        counts.actions,
    ) == (160, 20_000, 4_000, 1_200, 400, 800, 800)
    with pytest.raises(ValueError, match="scale must be 1 or more"):
        demo_large._Counts(0)
