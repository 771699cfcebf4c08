"""The PyInstaller bundle: built from build/tvaers.spec, it runs on a machine without
Python, offline and offscreen, and carries what the app needs and nothing it does not."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from desktop import __version__

from .conftest import ROOT, WORK, Run, bundle

pytestmark = pytest.mark.slow

LINUX = sys.platform.startswith("linux")
SIZE_LIMIT_MB = 200  # on Linux; the target


def _internal(bundle_folder: Path) -> Path:
    return bundle_folder / "_internal"


def test_version_runs_without_python(run_bundle: Run) -> None:
    result = run_bundle("--version")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Tværs {__version__}"


def test_demo_then_check_succeed(run_bundle: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.tvaers"

    written = run_bundle("demo", demo)
    checked = run_bundle("check", demo, "--lang", "en")

    assert written.returncode == 0, written.stderr
    assert checked.returncode == 0, checked.stderr
    assert "sound" in checked.stdout
    with sqlite3.connect(demo) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x54767273


def test_check_refuses_a_file_that_is_not_a_workshop(run_bundle: Run, tmp_path: Path) -> None:
    other = tmp_path / "notes.tvaers"
    other.write_text("not a workshop", encoding="utf-8")

    result = run_bundle("check", other, "--lang", "da")

    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_library_status_runs_in_the_bundle_and_says_the_server_is_not_there(
    run_bundle: Run,
) -> None:
    """The library's driver and migrations are in the bundle: asked about a server that is
    not there (a closed loopback port), it answers in a sentence with the library's exit code."""
    result = run_bundle("library", "status", "postgresql://tvaers@127.0.0.1:1/bibliotek")

    assert result.returncode == 8, result.stderr
    assert "Traceback" not in result.stderr
    assert "127.0.0.1:1/bibliotek" in result.stderr


def test_screenshots_render_every_tab_in_danish(run_bundle: Run, tmp_path: Path) -> None:
    out = tmp_path / "shots"

    result = run_bundle("screenshots", out, "--lang", "da", timeout=180)

    assert result.returncode == 0, result.stderr[-2000:]
    # Our Danish strings are found under sys._MEIPASS/resources (desktop/resources.py).
    assert "translation not found" not in result.stderr
    names = {p.name for p in out.glob("*.png")}
    # Each tab at the window's size, and again at the small screens' sizes.
    assert {"00-start.png", "01-workshop.png", "02-glossary.png", "04-delivery.png"} <= names
    assert "04-delivery-960x540.png" in names
    with Image.open(out / "01-workshop.png") as image:
        assert image.size == (1280, 800)
        assert len(image.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 5


def test_export_writes_pdf_minutes_with_the_bundled_fonts(run_bundle: Run, tmp_path: Path) -> None:
    from pypdf import PdfReader

    demo = tmp_path / "demo.tvaers"
    assert run_bundle("demo", demo).returncode == 0
    pdf = tmp_path / "minutes.pdf"

    result = run_bundle("export", demo, "-o", pdf, timeout=180)

    assert result.returncode == 0, result.stderr[-2000:]
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
        if "/BaseFont" in font.get_object()
    }
    assert any("DejaVuSans" in name for name in fonts), fonts
    assert any("NotoEmoji" in name for name in fonts), fonts  # the demo's 🤔


def test_the_window_starts_and_quits(bundle_dist: Path, tmp_path: Path) -> None:
    """The GUI path (on Windows the windowed tvaers.exe) opens the demo and closes."""
    gui = bundle.executable(bundle_dist, cli=False)
    assert gui.is_file()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TVAERS_DATA_DIR=str(tmp_path / "data"),
        TVAERS_QUIT_AFTER_START="1500",
    )
    result = subprocess.run(
        [str(gui), "--demo", "--lang", "da"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr[-2000:]
    log = (tmp_path / "data" / "logs" / "tvaers.log").read_text(encoding="utf-8")
    assert f"Tværs {__version__} started (da)" in log
    assert "ERROR" not in log


def test_bundle_carries_the_resources_the_app_reads(bundle_folder: Path) -> None:
    inside = _internal(bundle_folder)
    resources = inside / "resources"
    for name in ("tvaers_da.qm",):
        assert (resources / "translations" / name).is_file()
    for source in ("templates", "glossaries", "data", "icons", "fonts"):
        shipped = {p.name for p in (ROOT / "resources" / source).iterdir() if p.is_file()}
        bundled = {p.name for p in (resources / source).iterdir()}
        assert shipped - {"README.md"} <= bundled, f"{source}: missing {shipped - bundled}"
    assert (resources / "data" / "README.md").is_file()  # the CPV list's attribution
    qt_translations = next(inside.rglob("qtbase_da.qm"))
    assert qt_translations.parent.name == "translations"
    fonts = resources / "fonts"  # the PDFs' fonts, with their licences and sources
    for name in ("DejaVuSans.ttf", "DejaVuSans-BoldOblique.ttf", "NotoEmoji-Regular.ttf"):
        assert (fonts / name).stat().st_size > 100_000
    assert {"LICENSE-DejaVu.txt", "OFL-NotoEmoji.txt", "README.md"} <= {
        p.name for p in fonts.iterdir()
    }
    licences = inside / "licenses"
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "THIRD-PARTY.md"} <= {p.name for p in licences.iterdir()}
    assert (licences / "reportlab").is_dir() and (licences / "sqlmodel").is_dir()
    # Hyphenation: pyphen with only the Danish and British English dictionaries.
    dictionaries = inside / "pyphen" / "dictionaries"
    assert sorted(p.name for p in dictionaries.iterdir()) == [
        "README_hyph_da_DK.txt",
        "README_hyph_en_GB.txt",
        "hyph_da_DK.dic",
        "hyph_en_GB.dic",
    ]
    assert (licences / "pyphen" / "COPYING.MPL").is_file()
    # The organisation library's packages (issue 21), each with its licence, and the overview.
    for name in ("psycopg", "psycopg-binary", "alembic", "keyring", "SecretStorage"):
        assert any((licences / name).iterdir()), name
    overview = (licences / "THIRD-PARTY.md").read_text(encoding="utf-8")
    assert "psycopg 3" in overview and "segno" in overview
    # The library's server migrations, which Alembic reads as files (tvaers library init).
    migrations = inside / "desktop" / "library" / "migrations"
    source = Path(__file__).parents[2] / "desktop" / "library" / "migrations" / "versions"
    versions = sorted(p.name for p in source.glob("*.py"))
    assert "0002_indexes_connect.py" in versions  # every migration the source has ships
    for name in ("env.py", "script.py.mako", *(f"versions/{v}" for v in versions)):
        assert (migrations / name).is_file(), name


def test_bundle_leaves_out_what_tvaers_does_not_use(bundle_folder: Path) -> None:
    files = [p.relative_to(bundle_folder).as_posix() for p in bundle_folder.rglob("*")]
    unwanted = re.compile(
        r"Qt6?(Qml|Quick|WebEngine|Network|Pdf|Multimedia|Designer|Test)|_tkinter|tcl|tk8|/qml/"
        r"|pytest|hypothesis|pypdf|mypy|/PyInstaller/"
    )
    assert [f for f in files if unwanted.search(f)] == []
    translations = [f for f in files if re.search(r"PySide6/(Qt/)?translations/.+\.qm$", f)]
    assert translations and all(re.search(r"_da\.qm$", f) for f in translations), translations


def test_bundle_has_no_broken_symlinks(bundle_folder: Path) -> None:
    broken = [p for p in bundle_folder.rglob("*") if p.is_symlink() and not p.exists()]

    assert broken == []


def test_pure_python_archive_leaves_out_test_tools_and_tkinter(bundle_dist: Path) -> None:
    """The modules inside the executable's archive, as PyInstaller listed them."""
    toc = (WORK / "tvaers" / "PYZ-00.toc").read_text(encoding="utf-8")
    modules = set(re.findall(r"\('([\w.]+)',", toc))
    assert "desktop.cli" in modules and "desktop.ui.main_window" in modules
    for unwanted in ("pytest", "_pytest", "hypothesis", "tkinter", "pytestqt", "pypdf", "rich"):
        assert not {m for m in modules if m == unwanted or m.startswith(unwanted + ".")}


@pytest.mark.skipif(not LINUX, reason="the 200 MB target is for Linux")
def test_linux_bundle_stays_under_the_size_limit(bundle_dist: Path) -> None:
    megabytes = bundle.size_bytes(bundle_dist / "tvaers") / 1_000_000

    assert megabytes <= SIZE_LIMIT_MB


@pytest.mark.skipif(not LINUX, reason="the desktop entry and MIME type are for Linux")
def test_linux_bundle_carries_desktop_entry_mime_type_and_installer(bundle_folder: Path) -> None:
    for name in ("tvaers.desktop", "tvaers-mime.xml", "tvaers.magic", "install.sh"):
        assert (bundle_folder / name).is_file()
    assert (bundle_folder / "install.sh").stat().st_mode & 0o111


def test_bundle_carries_the_room(bundle_folder: Path, bundle_dist: Path) -> None:
    """The room (issue 22): its page's three files, the modules the window imports when the
    room opens and the one uvicorn imports by name (its lifespan class), and their licences."""
    room = _internal(bundle_folder) / "resources" / "room"
    assert sorted(p.name for p in room.iterdir()) == ["index.html", "room.css", "room.js"]
    toc = (WORK / "tvaers" / "PYZ-00.toc").read_text(encoding="utf-8")
    modules = set(re.findall(r"\('([\w.]+)',", toc))
    for needed in (
        "desktop.room.server",
        "desktop.ui.room_control",
        "desktop.ui.room_panel",
        "uvicorn.lifespan.off",
        "uvicorn.protocols.http.h11_impl",
        "starlette.routing",
        "h11",
        "segno",
    ):
        assert needed in modules, needed
    licences = _internal(bundle_folder) / "licenses"
    for name in ("starlette", "uvicorn", "h11", "segno"):
        assert (licences / name).is_dir(), name
