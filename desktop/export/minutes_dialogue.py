"""The minutes' market dialogue section: per service the meetings with suppliers, what
was asked and told, what was given to all, and the equal-treatment marks."""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.export.dialogue_handout import dialogue_story
from desktop.export.minutes_data import MinutesData
from desktop.export.minutes_sections import empty, heading
from desktop.export.options import MinutesOptions
from desktop.export.styles import Styles


def dialogue(data: MinutesData, options: MinutesOptions, styles: Styles) -> list[Flowable]:
    story = heading(styles, "dialogue")
    if not data.dialogue:
        return [*story, empty(styles, "no_dialogue")]
    story.append(styles.label("dialogue_intro", styles.intro))
    return story + dialogue_story(data.dialogue, styles, published=False)
