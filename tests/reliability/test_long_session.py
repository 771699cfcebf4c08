"""The work of a long day in one process: 20,000 edits through the UI layer, then a clean exit,
with the memory it took. Run in a child process, so a crash (Qt aborting, say) fails this
test instead of ending the test run.

The working copy lives in memory (memory_data_dir) to keep the test under a minute: this
test is about the process lasting, not about the disk (the kill tests are).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.reliability.support import child_env, record

EDITS = 20_000
MAX_GROWTH_MB = 150  # measured: ~15 MB, most of it the undo history of 20,000 steps


def test_twenty_thousand_edits_in_one_session_end_cleanly(
    tmp_path: Path, memory_data_dir: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.long_session", str(tmp_path), str(EDITS)],
        cwd=tmp_path,
        env=child_env(TVAERS_DATA_DIR=str(memory_data_dir)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr[-3000:]}"
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    growth = figures["rss_after_mb"] - figures["rss_before_mb"]
    print(
        f"\n{figures['edits']} edits in {figures['seconds']} s; memory (RSS) "
        f"{figures['rss_before_mb']} MB before, {figures['rss_after_mb']} MB after "
        f"(+{growth:.1f} MB)"
    )
    record(
        "long session",
        edits=figures["edits"],
        seconds=figures["seconds"],
        rss_before_mb=figures["rss_before_mb"],
        rss_after_mb=figures["rss_after_mb"],
    )
    assert figures["edits"] == EDITS
    assert figures["undo_steps"] > EDITS // 2
    assert "Traceback" not in done.stderr and "QObject" not in done.stderr, done.stderr[-2000:]
    assert growth < MAX_GROWTH_MB
