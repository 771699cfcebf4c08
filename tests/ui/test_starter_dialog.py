"""The starter-vocabulary picker says when each vocabulary's sources were checked."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog

from desktop.core.starter_vocabularies import available
from desktop.ui import dialogs


@pytest.mark.parametrize(
    ("lang", "checked", "social"),
    [
        ("da", "Kontrolleret 4. december 2026", "Kontrolleret 27. november 2026"),
        ("en", "Checked 4 December 2026", "Checked 27 November 2026"),
    ],
)
def test_each_vocabulary_is_offered_with_the_date_its_sources_were_checked(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, lang: str, checked: str, social: str
) -> None:
    offered: list[str] = []

    def get_item(_parent: Any, _title: str, _label: str, items: list[str], *_a: Any) -> Any:
        offered.extend(items)
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    vocabularies = available()
    chosen = dialogs.ask_starter_vocabulary(None, vocabularies, lang)

    assert chosen == vocabularies[1]
    by_key = dict(zip([v.key for v in vocabularies], offered, strict=True))
    assert by_key["indkoeb"].endswith(f" – {checked}")
    assert by_key["beskaeftigelse"].endswith(f" – {checked}")
    assert by_key["specialiseret_socialomraade"].endswith(f" – {social}")
