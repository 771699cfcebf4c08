"""Build the Tværs bundle for this OS: `python -m uv run python build/bundle.py`.

Runs PyInstaller on build/tvaers.spec (onedir, into build/dist, work files in
build/work), then, on Linux, puts the desktop entry, the MIME type and their installer
beside the executable. Prints where the bundle is and how big it is.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
SPEC = BUILD / "tvaers.spec"
DIST = BUILD / "dist"
WORK = BUILD / "work"
LINUX_FILES = ("tvaers.desktop", "tvaers-mime.xml", "tvaers.magic", "install.sh")


def bundle_dir(dist: Path = DIST) -> Path:
    """The folder that holds the executable (on macOS: inside Tværs.app)."""
    if sys.platform == "darwin":
        return dist / "Tværs.app" / "Contents" / "MacOS"
    return dist / "tvaers"


def executable(dist: Path = DIST, *, cli: bool = True) -> Path:
    """The command-line executable (Windows: tvaers-cli.exe, with a console)."""
    if sys.platform.startswith("win"):
        return bundle_dir(dist) / ("tvaers-cli.exe" if cli else "tvaers.exe")
    return bundle_dir(dist) / "tvaers"


def size_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path = DIST, work: Path = WORK, *, clean: bool = False) -> Path:
    if not (ROOT / "resources" / "icons" / "tvaers-256.png").is_file():
        subprocess.run([sys.executable, str(BUILD / "make_icons.py")], check=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], check=True, cwd=ROOT)
    if sys.platform.startswith("linux"):
        for name in LINUX_FILES:
            shutil.copy2(BUILD / "linux" / name, bundle_dir(dist) / name)
    return executable(dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Tværs bundle for this OS.")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (build/dist)")
    parser.add_argument("--work", type=Path, default=WORK, help="PyInstaller's work folder")
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch")
    args = parser.parse_args(argv)
    started = time.monotonic()
    exe = build(args.dist, args.work, clean=args.clean)
    top = args.dist / ("Tværs.app" if sys.platform == "darwin" else "tvaers")
    megabytes = size_bytes(top) / 1_000_000
    print(f"{exe}\n{top}: {megabytes:.0f} MB, built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
