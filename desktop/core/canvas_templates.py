"""Canvas templates: the zones of a wall, with titles and prompts in Danish and English.

Files in resources/templates/<key>.json; the room's canvas copies the zones when it is
made, so later changes to a template never move notes on an existing canvas.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from desktop.resources import resource_path


@dataclass(frozen=True)
class ZoneTemplate:
    key: str
    title_da: str
    title_en: str
    prompt_da: str
    prompt_en: str
    x: float
    y: float
    width: float
    height: float

    def title(self, lang: str) -> str:
        return self.title_da if lang == "da" else self.title_en

    def prompt(self, lang: str) -> str:
        return self.prompt_da if lang == "da" else self.prompt_en


@dataclass(frozen=True)
class CanvasTemplate:
    key: str
    title_da: str
    title_en: str
    zones: tuple[ZoneTemplate, ...]

    def title(self, lang: str) -> str:
        return self.title_da if lang == "da" else self.title_en


NEEDS_MAPPING = "behovskortlaegning"
ROOT_PROBLEMS = "rodproblemer"
BLANK = "blank"
ORDER = (NEEDS_MAPPING, ROOT_PROBLEMS, BLANK)


@cache
def load_template(key: str) -> CanvasTemplate:
    if key not in ORDER:
        raise ValueError(f"unknown canvas template {key!r}")
    data = json.loads(resource_path("templates", f"{key}.json").read_text(encoding="utf-8"))
    return CanvasTemplate(
        key=data["key"],
        title_da=data["title_da"],
        title_en=data["title_en"],
        zones=tuple(ZoneTemplate(**zone) for zone in data["zones"]),
    )


def available_templates() -> list[CanvasTemplate]:
    return [load_template(key) for key in ORDER]
