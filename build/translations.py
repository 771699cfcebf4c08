"""Keep the Danish translation in step with the code.

    python build/translations.py update    # lupdate: new source strings into tvaers_da.ts
    python build/translations.py release   # lrelease: tvaers_da.ts -> tvaers_da.qm (committed)
    python build/translations.py fill DA.json  # update, fill {"source": "dansk"}, release

Translate new strings in resources/translations/tvaers_da.ts (Qt Linguist, or by hand:
fill <translation> and drop type="unfinished"), then run release and commit both files.
tests/ui/test_translations.py fails while a string is untranslated or the .qm is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "tvaers_da.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run `uv sync` first")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))


def update(ts: Path = TS) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-ts",
            str(ts),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "da",
        ],
        check=True,
        capture_output=True,
    )


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def fill(translations: dict[str, str], ts: Path = TS) -> list[str]:
    """Update from the code, put in the given Danish texts, release. Returns the sources
    still untranslated. Locked, so several people can fill at once."""
    import fcntl
    import xml.etree.ElementTree as ET

    with open(ts.with_name(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        update(ts)
        tree = ET.parse(ts)
        missing = []
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source in translations:
                translation.text = translations[source]
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append(source)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        update(ts)  # lupdate writes its own layout back
        release(ts)
    return missing


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill" and len(sys.argv) > 2:
        import json

        still = fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
        print("untranslated:", *still, sep="\n  ") if still else print("all translated")
    else:
        raise SystemExit(__doc__)
