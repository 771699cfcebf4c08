"""Randomly damaged copies of the demo workshop: `tvaers check` never crashes, and every copy
it passes exports to PDF (issue 18, item 12).

Before, 3 of 300 damaged files crashed `check` (a UnicodeDecodeError from quick_check's
text) and 12 passed it but crashed the export (an index missing a row, which only
integrity_check notices). Where and how the bytes are damaged is seeded; the demo itself
gets new ids and times on every run, so the files differ from run to run: a failure names
the variant, which stays in the test's temporary folder (pytest keeps the last three).
"""

from __future__ import annotations

import hashlib
import io
import random
import sqlite3
from pathlib import Path

import pytest

from desktop import cli
from desktop.export import minutes
from desktop.export.minutes_data import read_file
from desktop.export.options import MinutesOptions
from tests.conftest import copy_workshop
from tests.reliability.support import record

SEED = 18
VARIANTS = 300
DOCUMENTED = {0, 2, 3, 4, 5}  # sound, not Tværs, newer, damaged, unreadable


def _damaged(sound: bytes, rng: random.Random) -> bytes:
    """1-3 bytes flipped at random, or (one time in five) a run of up to 64 bytes."""
    raw = bytearray(sound)
    if rng.random() < 0.2:
        start = rng.randrange(len(raw))
        for at in range(start, min(len(raw), start + rng.randint(2, 64))):
            raw[at] ^= rng.randrange(1, 256)
    else:
        for _ in range(rng.randint(1, 3)):
            raw[rng.randrange(len(raw))] ^= rng.randrange(1, 256)
    return bytes(raw)


def _content(path: Path) -> str:
    """A fingerprint of every row: two files with the same rows give the same minutes."""
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    conn.text_factory = bytes
    try:
        digest = hashlib.sha256()
        tables = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        for (table,) in conn.execute(tables).fetchall():
            quoted = '"' + table.decode().replace('"', '""') + '"'
            for row in conn.execute(f"SELECT * FROM {quoted} ORDER BY 1"):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def test_check_never_crashes_and_every_file_it_passes_exports(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sound_path = copy_workshop(demo_file, tmp_path / "Demo.tvaers")
    sound = sound_path.read_bytes()
    rng = random.Random(SEED)
    passed: dict[str, Path] = {}  # content -> one file with it
    codes: dict[int, int] = {}
    for n in range(VARIANTS):
        path = tmp_path / f"variant {n:03}.tvaers"
        path.write_bytes(_damaged(sound, rng))
        capsys.readouterr()
        try:
            code = cli.main(["check", str(path), "--lang", "da"])
        except BaseException as exc:  # a crash is the failure this test is for
            pytest.fail(f"check crashed on {path} (seed {SEED}): {exc!r}")
        err = capsys.readouterr().err
        assert code in DOCUMENTED, (n, code, err)
        assert "Traceback" not in err, (n, err)
        codes[code] = codes.get(code, 0) + 1
        if code == 0:
            passed.setdefault(_content(path), path)
        else:
            path.unlink()
    # Files with the same rows as another give the same minutes: each content once.
    for path in passed.values():
        try:
            data = read_file(path)
            out = io.BytesIO()
            minutes.write_minutes(data, MinutesOptions(open_afterwards=False), out)
        except Exception as exc:  # any exception is the failure
            pytest.fail(f"check passed {path} (seed {SEED}) but the export failed: {exc!r}")
        assert out.getvalue().startswith(b"%PDF-")
    record(
        "random damage",
        variants=VARIANTS,
        **{f"exit {code}": count for code, count in sorted(codes.items())},
        exported=len(passed),
    )
