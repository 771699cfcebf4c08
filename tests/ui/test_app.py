"""Which language the app speaks: --lang, else the user's setting, else the system."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.app import choose_language, setup_logging
from desktop.storage import settings

PROBE = "from desktop.app import choose_language; print(choose_language(None))"


@pytest.mark.parametrize(("system", "expected"), [("da_DK.UTF-8", "da"), ("en_GB.UTF-8", "en")])
def test_language_follows_the_system_when_not_chosen(system: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=system, LC_ALL=system, LANGUAGE="")
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == expected, result.stderr


def test_setting_overrides_system_and_lang_flag_overrides_setting() -> None:
    prefs = settings.load_settings()
    prefs.language = "en"
    settings.save_settings(prefs)
    assert choose_language(None) == "en"
    assert choose_language("da") == "da"


def test_language_menu_stores_the_choice(window: object) -> None:
    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.language_actions["en"].trigger()
    assert settings.load_settings().language == "en"
    window.language_actions[""].trigger()
    assert settings.load_settings().language == ""


def test_log_file_is_in_the_local_data_folder(isolated_folders: object) -> None:
    path = setup_logging()
    assert str(path).startswith(str(isolated_folders))
    assert path.name == "tvaers.log"
