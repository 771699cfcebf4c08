"""Regenerate resources/data/cpv_2008.csv: the whole CPV 2008 vocabulary, Danish and English.

    python -m uv run python build/cpv_data.py SDK [--commit REF] [--out FILE]

SDK is the eForms SDK (https://github.com/OP-TED/eForms-SDK), either a checkout (a folder
with translations/code_da.xml) or a git repository, also a bare one (then the files are
read with `git show REF:translations/code_da.xml`, REF defaulting to HEAD). Tværs ships
the CSV made from commit 3242fbf:

    python -m uv run python build/cpv_data.py /work/.mirror/OP-TED+eForms-SDK/repo --commit 3242fbf

The SDK's translations/code_da.xml and code_en.xml hold one label per CPV code, as
`<entry key="code|name|cpv.80580000">Afholdelse af sprogkurser</entry>`. The output keeps
only the code and the two labels, exactly as published (typos included): the SDK is
licensed CC BY 4.0, and resources/data/README.md carries the attribution. No SDK file is
committed. The check digits are not in these files; see resources/data/README.md.
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "data" / "cpv_2008.csv"
KEY = re.compile(r"^code\|name\|cpv\.(\d{8})$")
FILES = {"da": "translations/code_da.xml", "en": "translations/code_en.xml"}


def read_sdk_file(sdk: Path, name: str, commit: str) -> bytes:
    """A file of the SDK: from the folder if it is a checkout, else from git."""
    plain = sdk / name
    if plain.is_file() and commit == "HEAD":
        return plain.read_bytes()
    return subprocess.run(
        ["git", "-C", str(sdk), "show", f"{commit}:{name}"],
        check=True,
        capture_output=True,
    ).stdout


def cpv_labels(xml: bytes) -> dict[str, str]:
    """{code: label} for every `code|name|cpv.NNNNNNNN` entry of a code_xx.xml."""
    labels: dict[str, str] = {}
    for entry in ET.fromstring(xml).iter("entry"):
        match = KEY.match(entry.get("key", ""))
        if match is None:
            continue
        code = match.group(1)
        if code in labels:
            raise SystemExit(f"CPV code {code} twice in the SDK file")
        labels[code] = entry.text or ""
    return labels


def build(sdk: Path, commit: str) -> list[tuple[str, str, str]]:
    da = cpv_labels(read_sdk_file(sdk, FILES["da"], commit))
    en = cpv_labels(read_sdk_file(sdk, FILES["en"], commit))
    if set(da) != set(en):
        only = sorted(set(da) ^ set(en))[:10]
        raise SystemExit(f"Danish and English files list different codes, e.g. {only}")
    if not da:
        raise SystemExit("no CPV labels found: is this the eForms SDK?")
    return [(code, da[code], en[code]) for code in sorted(da)]


def write(rows: list[tuple[str, str, str]], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("code", "label_da", "label_en"))
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sdk", type=Path, help="eForms SDK checkout or git repository")
    parser.add_argument("--commit", default="HEAD", help="git revision to read (default HEAD)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"default {OUT}")
    args = parser.parse_args(argv)
    rows = build(args.sdk, args.commit)
    write(rows, args.out)
    print(f"{len(rows)} CPV codes -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
