"""The user's settings and recent workshops, as a small JSON file in the local data folder.

Kept outside Qt (no QSettings) so the command line and tests read the same file.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.storage.paths import data_dir

log = logging.getLogger(__name__)
MAX_RECENT = 10


@dataclass
class Settings:
    language: str = ""  # "" follows the system; "da" or "en" when the user chose
    recent: list[str] = field(default_factory=list)
    # The main window's last normal place and size (x, y, width, height in logical
    # pixels), and whether it was maximised; the window keeps it on the screen it finds.
    window: list[int] | None = None
    maximized: bool = False
    # The organisation's library (issue 21): host, port, database, user, TLS; None is no
    # library. Read and checked by desktop.library.settings; never a password.
    library: dict[str, object] | None = None

    def remember(self, document: Path) -> None:
        path = str(Path(document).absolute())
        self.recent = [path] + [p for p in self.recent if p != path]
        del self.recent[MAX_RECENT:]

    def forget(self, document: Path) -> None:
        path = str(Path(document).absolute())
        self.recent = [p for p in self.recent if p != path]


def settings_path() -> Path:
    return data_dir() / "settings.json"


def load_settings() -> Settings:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        log.warning("settings file unreadable; starting with defaults")
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    language = data.get("language", "")
    recent = data.get("recent", [])
    window = data.get("window")
    return Settings(
        language=language if language in ("", "da", "en") else "",
        recent=[p for p in recent if isinstance(p, str)][:MAX_RECENT]
        if isinstance(recent, list)
        else [],
        window=_window_rect(window),
        maximized=data.get("maximized") is True,
        library=data.get("library") if isinstance(data.get("library"), dict) else None,
    )


def _window_rect(value: object) -> list[int] | None:
    """x, y, width, height as four whole numbers with a usable size, else None."""
    if not isinstance(value, list) or len(value) != 4:
        return None
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in value):
        return None
    return list(value) if value[2] >= 200 and value[3] >= 150 else None


def save_settings(settings: Settings) -> None:
    path = settings_path()
    tmp = path.with_suffix(".json.tmp")
    try:
        tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=1), "utf-8")
        os.replace(tmp, path)
    except OSError:
        log.warning("could not save settings", exc_info=True)
