"""Settings and recent workshops: a small JSON file in the local data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.storage import settings


def test_settings_round_trip_in_the_data_folder(data_dir: Path) -> None:
    s = settings.load_settings()
    assert (s.language, s.recent) == ("", [])
    s.language = "en"
    s.remember(Path("/x/Æbler og pærer.tvaers"))
    settings.save_settings(s)
    assert settings.settings_path().parent == data_dir
    loaded = settings.load_settings()
    assert loaded.language == "en"
    assert loaded.recent == [str(Path("/x/Æbler og pærer.tvaers").absolute())]


def test_recent_workshops_are_newest_first_unique_and_at_most_ten() -> None:
    s = settings.Settings()
    for i in range(15):
        s.remember(Path(f"/w/{i}.tvaers"))
    s.remember(Path("/w/3.tvaers"))
    assert len(s.recent) == settings.MAX_RECENT
    assert s.recent[0] == "/w/3.tvaers"
    assert s.recent.count("/w/3.tvaers") == 1
    assert s.recent[1] == "/w/14.tvaers"
    s.forget(Path("/w/3.tvaers"))
    assert "/w/3.tvaers" not in s.recent


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{not json",
        "[1, 2]",
        '{"language": "klingon", "recent": "not a list"}',
        '{"language": 7, "recent": [1, null, "/ok.tvaers"]}',
    ],
)
def test_garbled_settings_file_gives_defaults_not_a_crash(content: str) -> None:
    settings.settings_path().write_text(content, encoding="utf-8")
    s = settings.load_settings()
    assert s.language in ("", "da", "en")
    assert all(isinstance(p, str) for p in s.recent)
