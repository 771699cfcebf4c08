"""File and folder names in the storage messages are quoted, »…« in Danish and “…” in English:
bare, »nyere version (format 99).tvaers er gemt med …« read as part of the sentence."""

from __future__ import annotations

import inspect
import string

import pytest

from desktop.core.errors import TvaersError
from desktop.storage import errors

# Parameters that hold a file's or a folder's name or path.
NAMES = {
    "name": "nyere version (format 99).tvaers",
    "path": "/home/ida/Mine workshops/Mentor. 2.tvaers",
    "folder": "/media/ida/USB nøgle",
    "origin": "/home/ida/Skrivebord/Mentor 2.tvaers",
    "wanted": "/home/ida/.local/share/Tværs data",
    "fallback": "/tmp/tvaers data",
}
QUOTES = {"da": ("»", "«"), "en": ("“", "”")}

MESSAGES = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, TvaersError) and cls.__module__ == errors.__name__
]


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_the_messages_with_names_are_all_checked() -> None:
    named = [cls.__name__ for cls in MESSAGES if _fields(cls.da) & NAMES.keys()]
    assert len(named) >= 20, named
    assert "NewerVersionError" in named and "DataFolderUnusable" in named


@pytest.mark.parametrize("cls", MESSAGES, ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_file_or_folder_name_is_quoted(cls: type[TvaersError], lang: str) -> None:
    template = cls.da if lang == "da" else cls.en
    params = {field: NAMES.get(field, "x") for field in _fields(cls.da) | _fields(cls.en)}
    text = cls(**params).message(lang)
    opening, closing = QUOTES[lang]
    for field in _fields(template) & NAMES.keys():
        name = NAMES[field]
        bare = text.replace(f"{opening}{name}{closing}", "")
        assert name not in bare, text
        assert f"{opening}{name}{closing}" in text, text


def test_the_danish_sentence_around_a_quoted_name() -> None:
    said = errors.NewerVersionError(name="Mentor 2.tvaers", found=99, known=7).message("da")
    assert said.startswith("»Mentor 2.tvaers« er gemt med en nyere version af Tværs")
    said = errors.NewerVersionError(name="Mentor 2.tvaers", found=99, known=7).message("en")
    assert said.startswith("“Mentor 2.tvaers” was saved by a newer version of Tværs")
