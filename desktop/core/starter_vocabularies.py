"""Starter vocabularies: ready-made terms a facilitator inserts into a workshop's glossary.

Each vocabulary is one JSON file in resources/glossaries/ (see `available`), written by
us for one area: procurement's terms explained for the professionals, or a professional
area's terms explained for procurement. Every term carries Danish and English text and
a source (law and §, or the authority it comes from), so a reader can check it.

File format::

    {"key": "indkoeb", "side": "procurement" | "domain",
     "title_da": "...", "title_en": "...", "checked": "2026-11-27",
     "terms": [{"term_da", "explanation_da", "example_da",
                "term_en", "explanation_en", "example_en", "source"}, ...]}

`checked` is the date the facts were last checked against their sources; it is shown
where the vocabulary is offered and added to each inserted term's source
(`StarterVocabulary.source_of`: "… Kontrolleret 4. december 2026."). A file that
does not follow the format is refused with a `MalformedVocabularyError` (a ValueError)
naming the file and what is wrong, so a broken resource is found in tests, not in the
workshop room. No Qt here: the UI and the command line both use this module.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.dates import MONTHS_DA, MONTHS_EN
from desktop.resources import resource_path

SIDES: tuple[str, ...] = ("procurement", "domain")
LANGUAGES: tuple[str, ...] = ("da", "en")
TERM_FIELDS: tuple[str, ...] = (
    "term_da",
    "explanation_da",
    "example_da",
    "term_en",
    "explanation_en",
    "example_en",
    "source",
)
VOCABULARY_FIELDS: tuple[str, ...] = ("key", "side", "title_da", "title_en", "checked", "terms")
_KEY_PATTERN = re.compile(r"^[a-z0-9_]+$")
_DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class MalformedVocabularyError(ValueError):
    """A starter vocabulary file that does not follow the format, or an unknown key."""


@dataclass(frozen=True)
class StarterTerm:
    term_da: str
    explanation_da: str
    example_da: str
    term_en: str
    explanation_en: str
    example_en: str
    source: str

    def text(self, lang: str) -> tuple[str, str, str]:
        """(term, explanation, example) in Danish ("da") or English ("en")."""
        if lang == "da":
            return (self.term_da, self.explanation_da, self.example_da)
        if lang == "en":
            return (self.term_en, self.explanation_en, self.example_en)
        raise ValueError(f"Unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")


@dataclass(frozen=True)
class StarterVocabulary:
    key: str
    side: str
    title_da: str
    title_en: str
    terms: tuple[StarterTerm, ...]
    checked: str = ""

    def title(self, lang: str) -> str:
        if lang == "da":
            return self.title_da
        if lang == "en":
            return self.title_en
        raise ValueError(f"Unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")

    def checked_label(self, lang: str) -> str:
        """When the sources were last checked: "Kontrolleret 4. december 2026" or
        "Checked 4 December 2026"; "" for a vocabulary without a date."""
        if lang not in LANGUAGES:
            raise ValueError(f"Unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
        if not self.checked:
            return ""
        when = date.fromisoformat(self.checked)
        if lang == "da":
            return f"Kontrolleret {when.day}. {MONTHS_DA[when.month - 1]} {when.year}"
        return f"Checked {when.day} {MONTHS_EN[when.month - 1]} {when.year}"

    def source_of(self, term: StarterTerm, lang: str) -> str:
        """The term's source as a workshop stores it: the source, then when it was checked
        ("…, § 159, stk. 2. Kontrolleret 4. december 2026."), so the date travels with the
        source into the glossary, the minutes, the handouts and the CSV."""
        label = self.checked_label(lang)
        if not label:
            return term.source
        source = term.source if term.source.endswith(".") else term.source + "."
        return f"{source} {label}."


def glossaries_dir() -> Path:
    """The folder that holds the vocabulary files (checkout, wheel or bundle)."""
    return resource_path("glossaries")


def available() -> list[StarterVocabulary]:
    """Every vocabulary that ships with Tværs, sorted by key."""
    folder = glossaries_dir()
    if not folder.is_dir():
        return []
    vocabularies = [_read(path) for path in folder.glob("*.json")]
    return sorted(vocabularies, key=lambda vocabulary: vocabulary.key)


def load(key: str) -> StarterVocabulary:
    """The vocabulary whose file is resources/glossaries/<key>.json."""
    if not isinstance(key, str) or not _KEY_PATTERN.match(key):
        raise MalformedVocabularyError(
            f"{key!r} is not a vocabulary key (lower-case letters, digits and _ only)"
        )
    path = glossaries_dir() / f"{key}.json"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in glossaries_dir().glob("*.json"))) or "none"
        raise MalformedVocabularyError(f"No starter vocabulary {key!r} (known: {known})")
    return _read(path)


def parse(
    data: Any, *, origin: str = "<data>", expected_key: str | None = None
) -> StarterVocabulary:
    """Check decoded JSON against the format and build the vocabulary.

    `origin` names the file in error messages; `expected_key`, when given, must equal
    the vocabulary's key (a file's key is its name without .json).
    """
    if not isinstance(data, dict):
        raise _error(origin, "the file must hold one JSON object")
    unknown = sorted(set(data) - set(VOCABULARY_FIELDS))
    if unknown:
        raise _error(origin, f"unknown field(s) {', '.join(unknown)}")
    key = _text(data, "key", origin)
    if not _KEY_PATTERN.match(key):
        raise _error(origin, f"key {key!r} may hold only lower-case letters, digits and _")
    if expected_key is not None and key != expected_key:
        raise _error(origin, f"key {key!r} does not match the file name {expected_key!r}")
    side = _text(data, "side", origin)
    if side not in SIDES:
        raise _error(origin, f"side {side!r} must be one of {', '.join(SIDES)}")
    title_da = _text(data, "title_da", origin)
    title_en = _text(data, "title_en", origin)
    checked = _text(data, "checked", origin) if "checked" in data else ""
    if checked and not _is_date(checked):
        raise _error(origin, f"checked {checked!r} must be a date written YYYY-MM-DD")
    raw_terms = data.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        raise _error(origin, "terms must be a non-empty list")
    terms = tuple(_term(raw, origin, number) for number, raw in enumerate(raw_terms, start=1))
    seen: dict[str, int] = {}
    for number, term in enumerate(terms, start=1):
        folded = term.term_da.casefold()
        if folded in seen:
            raise _error(origin, f"term {number} {term.term_da!r} repeats term {seen[folded]}")
        seen[folded] = number
    return StarterVocabulary(
        key=key, side=side, title_da=title_da, title_en=title_en, terms=terms, checked=checked
    )


def _is_date(text: str) -> bool:
    if not _DATE_PATTERN.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _read(path: Path) -> StarterVocabulary:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise _error(str(path), f"not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise _error(str(path), f"not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    return parse(data, origin=str(path), expected_key=path.stem)


def _term(raw: Any, origin: str, number: int) -> StarterTerm:
    where = f"term {number}"
    if not isinstance(raw, dict):
        raise _error(origin, f"{where} must be a JSON object")
    unknown = sorted(set(raw) - set(TERM_FIELDS))
    if unknown:
        raise _error(origin, f"{where} has unknown field(s) {', '.join(unknown)}")
    values = {field: _text(raw, field, origin, where) for field in TERM_FIELDS}
    return StarterTerm(**values)


def _text(mapping: dict[str, Any], field: str, origin: str, where: str = "") -> str:
    prefix = f"{where}: " if where else ""
    if field not in mapping:
        raise _error(origin, f"{prefix}missing field {field}")
    value = mapping[field]
    if not isinstance(value, str):
        raise _error(origin, f"{prefix}{field} must be text, not {type(value).__name__}")
    if not value.strip():
        raise _error(origin, f"{prefix}{field} is empty")
    if value != value.strip():
        raise _error(origin, f"{prefix}{field} has spaces or line breaks at its start or end")
    return value


def _error(origin: str, problem: str) -> MalformedVocabularyError:
    return MalformedVocabularyError(f"Starter vocabulary {origin}: {problem}")
