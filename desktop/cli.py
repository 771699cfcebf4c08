"""The `tvaers` command: the GUI, and headless commands that never import Qt.

tvaers [FILE] [--lang da|en]      the GUI (start screen, or FILE)
tvaers --demo                     the GUI on a fresh copy of the demo workshop
tvaers demo OUT.tvaers            write the demo workshop, no window
tvaers check FILE                 exit 0 when FILE is a sound Tværs workshop
tvaers screenshots DIR [FILE]     each tab as PNG, rendered offscreen
tvaers --version
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from desktop import __version__

HEADLESS = ("check", "demo")
SUBCOMMANDS = (*HEADLESS, "screenshots")

EXIT_OK = 0
EXIT_USAGE = 1


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = _subcommand_first(args)
    if command is not None:
        return _run_subcommand(command)
    return _run_gui(args)


def _subcommand_first(args: list[str]) -> list[str] | None:
    """`tvaers --lang en check F` means `tvaers check F --lang en`; None when no subcommand."""
    i = 0
    while i < len(args) and (args[i] == "--lang" or args[i].startswith("--lang=")):
        i += 2 if args[i] == "--lang" else 1
    if i < len(args) and args[i] in SUBCOMMANDS:
        return args[i:] + args[:i]
    return None


class _Parser(argparse.ArgumentParser):
    """Usage errors exit with 1: `check` gives 2 its own meaning (not a Tværs workshop)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _lang_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("da", "en"), help="sprog / language")


def _run_subcommand(args: list[str]) -> int:
    parser = _Parser(prog="tvaers")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check a workshop file")
    check.add_argument("file", type=Path)
    _lang_arg(check)
    demo = sub.add_parser("demo", help="write the demo workshop")
    demo.add_argument("out", type=Path)
    _lang_arg(demo)
    shots = sub.add_parser("screenshots", help="render each tab to PNG")
    shots.add_argument("dir", type=Path)
    shots.add_argument("file", type=Path, nargs="?")
    _lang_arg(shots)
    ns = parser.parse_args(args)
    lang = ns.lang or _default_lang()
    if ns.command == "check":
        return _check(ns.file, lang)
    if ns.command == "demo":
        return _demo(ns.out, lang)
    from desktop.ui.screenshots import write_screenshots

    return write_screenshots(ns.dir, ns.file, lang=lang)


def _default_lang() -> str:
    from desktop.storage.settings import load_settings

    try:
        return load_settings().language or _system_lang()
    except OSError:  # no local data folder (read-only home): `check` must still answer
        return _system_lang()


def _system_lang() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "da" if value.lower().startswith("da") else "en"
    return "en"


def _check(path: Path, lang: str) -> int:
    from desktop.core.errors import TvaersError
    from desktop.storage import identity
    from desktop.storage.errors import FileRefusal, UnreadableFileError

    try:
        header = identity.inspect(path)
    except FileRefusal as exc:
        print(exc.message(lang), file=sys.stderr)
        return exc.exit_code
    except OSError as exc:  # e.g. a folder on the way we may not look into
        refusal = UnreadableFileError(path=str(path), reason=exc.strerror or str(exc))
        print(refusal.message(lang), file=sys.stderr)
        return refusal.exit_code
    except TvaersError as exc:  # pragma: no cover - every refusal is a FileRefusal
        print(exc.message(lang), file=sys.stderr)
        return 4
    ok = "i orden" if lang == "da" else "sound"
    print(f"{path}: {ok} (Tværs-filformat {header.user_version})")
    return EXIT_OK


def _demo(out: Path, lang: str) -> int:
    from desktop.core.demo import write_demo
    from desktop.core.errors import TvaersError

    try:
        write_demo(out)
    except TvaersError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 2
    return EXIT_OK


def _run_gui(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tvaers", description="Tværs")
    parser.add_argument("file", type=Path, nargs="?", help="workshop file (.tvaers)")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument("--version", action="version", version=f"Tværs {__version__}")
    _lang_arg(parser)
    ns = parser.parse_args(args)
    from desktop.app import run

    return run(file=ns.file, demo=ns.demo, lang=ns.lang)


if __name__ == "__main__":
    sys.exit(main())
