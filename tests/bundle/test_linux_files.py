"""Linux integration: the desktop entry, the .tvaers MIME type and the file(1) magic
recognise a workshop by its application_id, and only a workshop."""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.storage.document import create_document
from desktop.storage.identity import APPLICATION_ID, SCHEMA_VERSION

from .conftest import ROOT

LINUX = ROOT / "build" / "linux"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A workshop under its own and under another name, and another program's database.
    The workshop is a new, empty one: the magic is in the file's header, not its rows."""
    folder = tmp_path_factory.mktemp("samples")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TVAERS_DATA_DIR", str(folder / "data"))
        create_document(folder / "demo.tvaers", title="Magi").close()
    shutil.copyfile(folder / "demo.tvaers", folder / "renamed.db")
    with sqlite3.connect(folder / "other.db") as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    return {
        "workshop": folder / "demo.tvaers",
        "renamed": folder / "renamed.db",
        "other": folder / "other.db",
    }


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "tvaers.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_tvaers_with_the_file_and_names_the_type() -> None:
    entry = _desktop_entry()

    assert entry["Type"] == "Application"
    assert entry["Name"] == "Tværs"
    assert entry["Exec"] == "tvaers %f"
    assert entry["Icon"] == "tvaers"
    assert entry["MimeType"] == "application/x-tvaers;"
    assert entry["Categories"] == "Office;"
    assert entry["Comment"] and entry["Comment[da]"] and entry["Comment"] != entry["Comment[da]"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "tvaers.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def _mime_type() -> ET.Element:
    root = ET.parse(LINUX / "tvaers-mime.xml").getroot()
    found = root.find("m:mime-type", MIME_NS)
    assert found is not None
    return found


def _xml_magic_matches(path: Path) -> bool:
    """Evaluate the XML's <magic> rules (string and big32, nested = and) on a file."""
    header = path.read_bytes()[:100]

    def matches(rule: ET.Element) -> bool:
        offset = int(rule.get("offset", "0"))
        value = rule.get("value", "")
        if rule.get("type") == "string":
            wanted = value.encode("utf-8").decode("unicode_escape").encode("latin-1")
        else:
            assert rule.get("type") == "big32", rule.get("type")
            wanted = int(value, 0).to_bytes(4, "big")
        if header[offset : offset + len(wanted)] != wanted:
            return False
        children = rule.findall("m:match", MIME_NS)
        return not children or any(matches(child) for child in children)

    magic = _mime_type().find("m:magic", MIME_NS)
    assert magic is not None
    return any(matches(rule) for rule in magic.findall("m:match", MIME_NS))


def test_mime_type_globs_the_extension_and_its_magic_is_our_application_id() -> None:
    mime = _mime_type()
    inner = mime.find("m:magic/m:match/m:match", MIME_NS)

    assert mime.get("type") == "application/x-tvaers"
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == ["*.tvaers"]
    assert inner is not None
    assert (inner.get("offset"), int(inner.get("value", ""), 0)) == ("68", APPLICATION_ID)


def test_mime_magic_knows_a_workshop_under_any_name_and_not_other_databases(
    samples: dict[str, Path],
) -> None:
    assert _xml_magic_matches(samples["workshop"])
    assert _xml_magic_matches(samples["renamed"])
    assert not _xml_magic_matches(samples["other"])


@pytest.mark.skipif(
    shutil.which("update-mime-database") is None or shutil.which("gio") is None,
    reason="needs shared-mime-info and gio",
)
def test_installed_mime_type_is_what_the_desktop_sees(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / "tvaers-mime.xml", packages)
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True)
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), XDG_DATA_DIRS=f"{tmp_path}:/usr/share")

    def content_type(path: Path) -> str:
        out = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return out.rsplit(":", 1)[-1].strip()

    assert content_type(samples["workshop"]) == "application/x-tvaers"
    assert content_type(samples["renamed"]) == "application/x-tvaers"
    assert content_type(samples["other"]) != "application/x-tvaers"


@pytest.mark.skipif(shutil.which("file") is None, reason="no file(1)")
def test_file_magic_names_a_workshop_and_its_format(samples: dict[str, Path]) -> None:
    def describe(path: Path) -> str:
        return subprocess.run(
            ["file", "-b", "-m", str(LINUX / "tvaers.magic"), str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    assert describe(samples["workshop"]) == f"Tværs workshop, file format {SCHEMA_VERSION}"
    assert describe(samples["renamed"]).startswith("Tværs workshop")
    assert "Tværs" not in describe(samples["other"])


def test_readme_shows_the_magic_file_as_committed() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rules = [
        line
        for line in (LINUX / "tvaers.magic").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    for rule in rules:
        assert rule in readme, rule


def test_install_script_is_valid_shell() -> None:
    shell = shutil.which("sh")
    if shell is None:
        pytest.skip("no sh")
    result = subprocess.run(
        [shell, "-n", str(LINUX / "install.sh")], capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
