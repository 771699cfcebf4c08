"""`tvaers --version`, `tvaers demo` and `tvaers check`: exit codes and one-line messages."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import __version__

Run = Callable[..., subprocess.CompletedProcess[str]]


def _copy(demo_file: Path, tmp_path: Path, name: str = "copy.tvaers") -> Path:
    target = tmp_path / name
    shutil.copyfile(demo_file, target)
    return target


def _assert_refused(result: subprocess.CompletedProcess[str], code: int) -> str:
    """A refusal is its exit code and one plain line on stderr, never a traceback."""
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# -- version and usage ---------------------------------------------------------------


def test_version_prints_the_version(tvaers: Run) -> None:
    result = tvaers("--version")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Tværs {__version__}"


def test_a_usage_error_exits_1_not_a_refusal_code(tvaers: Run) -> None:
    result = tvaers("check")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr


# -- demo -----------------------------------------------------------------------------


def test_demo_writes_a_workshop_file(tvaers: Run, tmp_path: Path) -> None:
    out = tmp_path / "demo.tvaers"

    result = tvaers("demo", out)

    assert result.returncode == 0, result.stderr
    assert tvaers("check", out).returncode == 0
    with sqlite3.connect(f"{out.as_uri()}?mode=ro", uri=True) as conn:
        (participants,) = conn.execute("SELECT count(*) FROM participant").fetchone()
    assert participants == 8


def test_demo_refuses_to_overwrite_and_leaves_the_file_unchanged(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    out = _copy(demo_file, tmp_path, "demo.tvaers")
    before = out.read_bytes()

    result = tvaers("demo", out, "--lang", "en")

    line = _assert_refused(result, 2)
    assert "already exists" in line
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["demo.tvaers"]


# -- check ----------------------------------------------------------------------------


def test_check_passes_the_demo(tvaers: Run, demo_file: Path) -> None:
    result = tvaers("check", demo_file, "--lang", "en")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "sound" in result.stdout


def test_check_refuses_a_text_file_as_not_a_workshop(tvaers: Run, tmp_path: Path) -> None:
    text = tmp_path / "noter.tvaers"
    text.write_text("Referat fra sidste møde\n", encoding="utf-8")

    _assert_refused(tvaers("check", text), 2)


def test_check_refuses_another_applications_database(tvaers: Run, tmp_path: Path) -> None:
    other = tmp_path / "andet.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE workshop (id TEXT PRIMARY KEY)")
    before = other.read_bytes()

    _assert_refused(tvaers("check", other), 2)
    assert other.read_bytes() == before


def test_check_refuses_a_file_from_a_newer_version(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    newer = _copy(demo_file, tmp_path)
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = newer.read_bytes()

    line = _assert_refused(tvaers("check", newer, "--lang", "en"), 3)
    assert "newer version" in line
    assert newer.read_bytes() == before


def test_check_refuses_a_truncated_file_as_damaged(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    cut = _copy(demo_file, tmp_path)
    cut.write_bytes(demo_file.read_bytes()[: demo_file.stat().st_size // 2])
    before = cut.read_bytes()

    _assert_refused(tvaers("check", cut), 4)
    assert cut.read_bytes() == before


def test_check_refuses_an_empty_file_as_damaged(tvaers: Run, tmp_path: Path) -> None:
    empty = tmp_path / "tom.tvaers"
    empty.touch()

    _assert_refused(tvaers("check", empty), 4)


def test_check_refuses_scrambled_pages_as_damaged(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    scrambled = _copy(demo_file, tmp_path)
    data = bytearray(scrambled.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size:] = b"\xa5" * (len(data) - page_size)  # every page but the header's
    scrambled.write_bytes(bytes(data))

    _assert_refused(tvaers("check", scrambled), 4)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_check_refuses_what_is_not_a_readable_file(tvaers: Run, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "workshop.tvaers"
    if kind == "folder":
        path.mkdir()

    _assert_refused(tvaers("check", path), 5)


# -- language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("check", "{path}", "--lang", "en"), "The file does not exist"),
        (("check", "{path}", "--lang", "da"), "Filen findes ikke"),
        (("--lang", "en", "check", "{path}"), "The file does not exist"),
        (("--lang=da", "check", "{path}"), "Filen findes ikke"),
    ],
)
def test_lang_chooses_the_language_of_the_message(
    tvaers: Run, tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    missing = tmp_path / "væk.tvaers"

    result = tvaers(*(a.format(path=missing) for a in args))

    assert _assert_refused(result, 5).startswith(expected)


def test_language_chosen_in_settings_is_used_without_lang(
    tvaers: Run, tmp_path: Path, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"language": "da"}), encoding="utf-8")

    result = tvaers("check", tmp_path / "væk.tvaers")

    assert _assert_refused(result, 5).startswith("Filen findes ikke")


# -- no Qt in headless commands -----------------------------------------------------------

NO_QT_PROBE = """
import json, sys
from desktop.cli import main
out, csv = sys.argv[1], sys.argv[2]
codes = [
    main(["demo", out]),
    main(["check", out]),
    main(["glossary", "export", out, csv]),
    main(["glossary", "import", out, csv]),
]
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"codes": codes, "qt": qt}))
"""


def test_headless_commands_never_import_qt(run_python: Run, tmp_path: Path) -> None:
    result = run_python("-c", NO_QT_PROBE, str(tmp_path / "demo.tvaers"), str(tmp_path / "g.csv"))

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report == {"codes": [0, 0, 0, 0], "qt": []}


CHECK_PROBE = """
import json, sys
from desktop.cli import main
code = main(["check", sys.argv[1]])
heavy = ("PySide6", "shiboken6", "sqlalchemy", "sqlmodel", "pydantic", "reportlab")
loaded = sorted({m.split(".")[0] for m in sys.modules} & set(heavy))
print(json.dumps({"code": code, "loaded": loaded}))
"""


def test_check_imports_neither_qt_nor_the_orm(
    run_python: Run, demo_file: Path, tmp_path: Path
) -> None:
    """`tvaers check` judges every value without SQLAlchemy, SQLModel or pydantic (~0.45 s to
    import): the column rules come from the migrations and desktop/storage/column_choices.py
    (issue 19; docs/PERFORMANCE.md, the `check` budget)."""
    path = shutil.copy2(demo_file, tmp_path / "Workshop.tvaers")
    result = run_python("-c", CHECK_PROBE, str(path))

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {"code": 0, "loaded": []}
