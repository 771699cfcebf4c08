"""Every test file under tests/ is one the README's test command collects.

pytest silently skips folders that match `norecursedirs` (by default `build`, `dist`,
`venv`, `.*` and a few more): the bundle tests once lived in `tests/build/` and never ran.
"""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent


def test_no_test_lives_in_a_folder_pytest_skips(pytestconfig: pytest.Config) -> None:
    patterns: list[str] = pytestconfig.getini("norecursedirs")
    assert "build" in patterns  # pytest's default: the trap this test guards against

    hidden = sorted(
        str(test_file.relative_to(TESTS))
        for test_file in TESTS.rglob("test_*.py")
        if any(
            fnmatch(folder, pattern)
            for folder in test_file.relative_to(TESTS).parent.parts
            for pattern in patterns
        )
    )

    assert not hidden, f"pytest never collects these (rename their folder): {hidden}"


def test_the_bundle_tests_are_collected(pytestconfig: pytest.Config) -> None:
    testpaths: list[str] = pytestconfig.getini("testpaths")
    assert testpaths == ["tests"]
    assert sorted(p.name for p in (TESTS / "bundle").glob("test_*.py")) == [
        "test_bundle.py",
        "test_icons.py",
        "test_linux_files.py",
    ]
