"""Keep the Danish translation in step with the code.

    python build/translations.py update    # lupdate: new source strings into tvaers_da.ts
    python build/translations.py release   # lrelease: tvaers_da.ts -> tvaers_da.qm (committed)
    python build/translations.py fill DA.json  # update, fill {"source": "dansk"}, release

A count goes through Qt's numerus forms, never "{n} lines" by hand: `self.tr("%n lines",
"", n)`. In DA.json its Danish is a list [singular, plural]: {"%n lines": ["%n linje",
"%n linjer"]}; the English forms go under "@en": {"@en": {"%n lines": ["%n line",
"%n lines"]}}, into tvaers_en.ts (lupdate -pluralonly), which the English UI loads.

Translate new strings in resources/translations/tvaers_da.ts (Qt Linguist, or by hand:
fill <translation> and drop type="unfinished"), then run release and commit both files.
tests/ui/test_translations.py fails while a string is untranslated or the .qm is stale.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "tvaers_da.ts"
QM = TS.with_suffix(".qm")
EN_TS = TS.with_name("tvaers_en.ts")  # only the plural forms: English is the source
EN_QM = EN_TS.with_suffix(".qm")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run `uv sync` first")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))


def update(ts: Path = TS, *, language: str = "da") -> None:
    """lupdate into `ts`; for English only the messages with plural forms."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-ts",
            str(ts),
            "-no-obsolete",
            *(["-pluralonly"] if language == "en" else []),
            "-source-language",
            "en",
            "-target-language",
            language,
        ],
        check=True,
        capture_output=True,
    )


def release(ts: Path = TS, qm: Path = QM) -> None:
    """lrelease into a new file, then renamed over the old one: a running Tværs (or test run)
    has the .qm mapped into memory, and rewriting it in place took it down (SIGBUS)."""
    fresh = qm.with_name(qm.name + ".new")
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True
    )
    os.replace(fresh, qm)


def is_untranslated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    if forms:
        return any(not (form.text or "").strip() for form in forms)
    return not (translation.text or "").strip()


def _put(translation: ET.Element, value: str | list[str]) -> None:
    if isinstance(value, list):  # numerus forms: Danish and English have two
        forms = translation.findall("numerusform")
        for form, text in zip(forms, value, strict=True):
            form.text = text
    else:
        translation.text = value
    translation.attrib.pop("type", None)


def _fill_one(ts: Path, translations: dict[str, str | list[str]], language: str) -> list[str]:
    update(ts, language=language)
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in translations:
            _put(translation, translations[source])
        elif is_untranslated(message):
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    update(ts, language=language)  # lupdate writes its own layout back
    release(ts, ts.with_suffix(".qm"))
    return missing


def fill(translations: dict[str, Any], ts: Path = TS, en_ts: Path = EN_TS) -> list[str]:
    """Update from the code, put in the given Danish texts (and under "@en" the English
    plural forms), release. Returns the sources still untranslated. Locked, so several
    people can fill at once."""
    import fcntl

    english = translations.pop("@en", {})
    with open(ts.with_name(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        missing = _fill_one(ts, translations, "da")
        missing += [f"(en) {s}" for s in _fill_one(en_ts, english, "en")]
    return missing


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
        update(EN_TS, language="en")
    elif command == "release":
        release()
        release(EN_TS, EN_QM)
    elif command == "fill" and len(sys.argv) > 2:
        import json

        still = fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
        print("untranslated:", *still, sep="\n  ") if still else print("all translated")
    else:
        raise SystemExit(__doc__)
