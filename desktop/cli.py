"""The `tvaers` command: the GUI, and headless commands that never import Qt.

tvaers [FILE] [--lang da|en]      the GUI (start screen, or FILE)
tvaers --demo                     the GUI on a fresh copy of the demo workshop
tvaers demo OUT.tvaers [--size large|4x]   write the demo workshop (or a large one), no window
tvaers check FILE                 exit 0 when FILE is a sound Tværs workshop
tvaers glossary export FILE OUT.csv [--lang da|en]   the glossary as CSV for Excel
tvaers glossary import FILE IN.csv                   add the terms of a CSV file
tvaers export FILE -o OUT.pdf [--lang da|en] [--sections ...] [--contacts]
              [--glossary workshop|all|agreed-disputed]   the minutes
tvaers export FILE --handout glossary|worksheet|signatures|dialogue -o OUT.pdf [--template KEY]
              [--glossary all|workshop|agreed-disputed]   a handout
tvaers screenshots DIR [FILE]     each tab as PNG, offscreen (also 960x540, 1280x720; presenting)
tvaers library init URL           create or upgrade the organisation library on a PostgreSQL server
tvaers library status URL         is the library reachable, its schema version, how much it holds
tvaers library publish FILE --url URL   propose the agreed terms, publish the outcome
tvaers library pull --url URL     list the library's approved terms
tvaers library report URL -o OUT.pdf [--lang da|en]   the portfolio for leadership (PDF)
tvaers --version
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop import __version__
from desktop.export.options import GLOSSARY_CHOICES

if TYPE_CHECKING:
    from desktop.library.portfolio import Portfolio
    from desktop.storage.demo_file import DemoSize

HEADLESS = ("check", "demo", "glossary", "export", "library")
SUBCOMMANDS = (*HEADLESS, "screenshots")

EXIT_OK = 0
EXIT_USAGE = 1
# 2-5 are the refusals of a workshop file (desktop.storage.errors), as `check` gives them.
EXIT_UNREADABLE = 5  # also: a CSV file that cannot be read or written
EXIT_BAD_CSV = 6  # the CSV has malformed rows: nothing was imported
EXIT_IN_USE = 7  # the workshop is open elsewhere, or has unsaved edits to recover first
# 8-10: `tvaers library` (desktop.library.commands): unreachable, refused, schema.


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
    demo.add_argument(
        "--size",
        choices=("normal", "large", "4x"),
        default="normal",
        help="large: a seeded workshop of 5,000 terms and 1,000 notes, for benchmarks; "
        "4x: four times every count of the large one",
    )
    _lang_arg(demo)
    terms = sub.add_parser("glossary", help="export or import the glossary as CSV")
    terms_sub = terms.add_subparsers(dest="action", required=True)
    export = terms_sub.add_parser("export", help="write the glossary to a CSV file")
    export.add_argument("file", type=Path)
    export.add_argument("csv", type=Path)
    _lang_arg(export)
    import_ = terms_sub.add_parser("import", help="add the terms of a CSV file")
    import_.add_argument("file", type=Path)
    import_.add_argument("csv", type=Path)
    _lang_arg(import_)
    pdf = sub.add_parser("export", help="write the minutes or a handout as PDF")
    pdf.add_argument("file", type=Path)
    pdf.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    pdf.add_argument(
        "--lang",
        choices=("da", "en"),
        help="the PDF's language (default: the workshop's minutes language)",
    )
    pdf.add_argument(
        "--sections",
        nargs="+",
        metavar="SECTION",
        help="only these sections of the minutes (names separated by spaces or commas)",
    )
    pdf.add_argument(
        "--contacts", action="store_true", help="include participants' e-mail and phone"
    )
    pdf.add_argument(
        "--glossary",
        choices=GLOSSARY_CHOICES,
        help="which terms the glossary holds: this workshop's (the minutes' default: not the "
        "starter terms nobody touched), all (the glossary handout's default), or only the "
        "agreed and disputed ones",
    )
    pdf.add_argument("--handout", metavar="NAME", help="a handout instead of the minutes")
    pdf.add_argument("--template", metavar="KEY", help="the worksheet's canvas template")
    library = sub.add_parser("library", help="the organisation library (PostgreSQL), for IT")
    library_sub = library.add_subparsers(dest="action", required=True)
    for action, text in (
        ("init", "create or upgrade the library: schema and roles"),
        ("status", "reachable? schema version, counts"),
    ):
        library_action = library_sub.add_parser(action, help=text)
        library_action.add_argument(
            "url",
            help="postgresql://user@host:port/database; the password from PGPASSWORD or "
            "~/.pgpass, never on the command line",
        )
        _lang_arg(library_action)
    library_publish = library_sub.add_parser("publish", help="publish a workshop's outcome")
    library_publish.add_argument("file", type=Path)
    library_pull = library_sub.add_parser("pull", help="list the library's approved terms")
    for library_action in (library_publish, library_pull):
        library_action.add_argument("--url", required=True, help="postgresql://user@host/db")
        _lang_arg(library_action)
    library_report = library_sub.add_parser(
        "report", help="the portfolio PDF: services by area and placement, decisions"
    )
    library_report.add_argument("url", help="postgresql://user@host:port/database")
    library_report.add_argument("-o", "--output", type=Path, required=True, help="OUT.pdf")
    _lang_arg(library_report)
    shots = sub.add_parser("screenshots", help="render each tab to PNG")
    shots.add_argument("dir", type=Path)
    shots.add_argument("file", type=Path, nargs="?")
    _lang_arg(shots)
    ns = parser.parse_args(args)
    lang = ns.lang or _default_lang()
    if ns.command == "check":
        return _check(ns.file, lang)
    if ns.command not in ("demo", "library"):
        _say_data_folder_problem(lang)
    if ns.command == "demo":
        return _demo(ns.out, lang, size=ns.size)
    if ns.command == "glossary":
        if ns.action == "export":
            return _glossary_export(ns.file, ns.csv, lang)
        return _glossary_import(ns.file, ns.csv, lang)
    if ns.command == "export":
        return _export(parser, ns, lang)
    if ns.command == "library":
        from desktop.library.commands import run_library

        report = _portfolio_writer(ns.output, lang) if ns.action == "report" else None
        return run_library(ns.action, ns.url, lang, getattr(ns, "file", None), report)
    from desktop.app import make_application
    from desktop.ui.screenshots import write_screenshots

    return write_screenshots(ns.dir, ns.file, lang=lang, make_application=make_application)


def _portfolio_writer(output: Path, lang: str) -> Callable[[Portfolio, str], int]:
    """`tvaers library report`: the portfolio PDF written whole or not at all (export layer)."""
    from desktop.export import files
    from desktop.export.portfolio_report import write_portfolio

    def write(portfolio: Portfolio, where: str) -> int:
        return files.write_pdf(output, lambda f: write_portfolio(portfolio, where, f, lang=lang))

    return write


def _say_data_folder_problem(lang: str) -> None:
    """Commands that open a workshop keep a working copy in the local data folder: if that
    folder could not be used and a temporary one stands in, say so, as the window does."""
    from desktop.storage.errors import DataFolderUnusable
    from desktop.storage.paths import data_dir_problem

    problem = data_dir_problem()
    if problem is not None:
        unusable = DataFolderUnusable(
            wanted=str(problem.wanted), reason=problem.reason, fallback=str(problem.fallback)
        )
        print(unusable.message(lang), file=sys.stderr)


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


def _inspect_workshop(path: Path, lang: str) -> tuple[int, int]:
    """(exit code, schema version) of `tvaers check FILE`; the refusal, if any, on stderr.
    Every command that takes a workshop file answers a bad one the same way."""
    from desktop.core.errors import TvaersError
    from desktop.storage import identity
    from desktop.storage.errors import FileRefusal, UnreadableFileError

    try:
        header = identity.inspect(path)
    except FileRefusal as exc:
        print(exc.message(lang), file=sys.stderr)
        return exc.exit_code, 0
    except OSError as exc:  # e.g. a folder on the way we may not look into
        refusal = UnreadableFileError(path=str(path), reason=exc.strerror or str(exc))
        print(refusal.message(lang), file=sys.stderr)
        return refusal.exit_code, 0
    except TvaersError as exc:  # pragma: no cover - every refusal is a FileRefusal
        print(exc.message(lang), file=sys.stderr)
        return 4, 0
    return EXIT_OK, header.user_version


def _check(path: Path, lang: str) -> int:
    code, version = _inspect_workshop(path, lang)
    if code != EXIT_OK:
        return code
    if lang == "da":
        print(f"{path}: i orden (Tværs-filformat {version})")
    else:
        print(f"{path}: sound (Tværs file format {version})")
    _say_sidecars(path, lang)
    return EXIT_OK


def _say_sidecars(path: Path, lang: str) -> None:
    """A -wal or -journal beside the file: what `check` judged is the file with it."""
    from desktop.storage import sidecars

    for suffix in sidecars.beside(path):
        name = path.name + suffix
        if suffix == "-wal" and lang == "da":
            print(
                f"Ved siden af ligger »{name}« med ændringer, der endnu ikke er skrevet ind i "
                "filen. Tværs har regnet dem med; de skrives ind, når workshoppen gemmes i Tværs."
            )
        elif suffix == "-wal":
            print(
                f"Beside it is '{name}' with changes not yet written into the file. Tværs "
                "counted them in; they are written in when the workshop is saved in Tværs."
            )
        elif lang == "da":
            print(
                f"Ved siden af ligger »{name}«, SQLite's journal. En ændring, der blev "
                "afbrudt, er ikke regnet med (som SQLite gør); filen fjernes, når "
                "workshoppen gemmes i Tværs."
            )
        else:
            print(
                f"Beside it is '{name}', SQLite's journal. A change that was cut off is not "
                "counted in (as SQLite does); the file goes when the workshop is saved in Tværs."
            )


def _demo(out: Path, lang: str, *, size: DemoSize = "normal") -> int:
    from desktop.core.errors import TvaersError
    from desktop.storage.demo_file import write_demo

    try:
        write_demo(out, size=size)
    except TvaersError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 2
    return EXIT_OK


def _glossary_export(path: Path, out: Path, lang: str) -> int:
    from desktop.core.errors import TvaersError
    from desktop.export.glossary_csv import rows_from_workshop, write_csv
    from desktop.storage.document import open_document
    from desktop.storage.errors import AlreadyExistsError, FileRefusal
    from desktop.storage.identity import SQLITE_MAGIC

    code, _version = _inspect_workshop(path, lang)
    if code != EXIT_OK:
        return code
    if _starts_with(out, SQLITE_MAGIC):  # arguments swapped: never write CSV over a workshop
        print(AlreadyExistsError(name=out.name).message(lang), file=sys.stderr)
        return 2
    try:
        # Read-only: a private upgraded copy, no lock, so a workshop open elsewhere exports too.
        doc = open_document(path, read_only=True)
    except FileRefusal as exc:
        print(exc.message(lang), file=sys.stderr)
        return exc.exit_code
    try:
        with doc.session() as session:
            rows = rows_from_workshop(session)
    finally:
        doc.close()
    try:
        write_csv(rows, out, lang)
    except TvaersError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    if lang == "da":
        print(f"{len(rows)} begreber eksporteret til {out}")
    else:
        print(f"{len(rows)} terms exported to {out}")
    return EXIT_OK


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(magic)) == magic
    except OSError:
        return False


def _glossary_import(path: Path, source: Path, lang: str) -> int:
    """All or nothing: any malformed row and nothing is imported, each problem on stderr."""
    from desktop.core import glossary
    from desktop.core.errors import TvaersError
    from desktop.export.glossary_csv import import_rows, read_csv
    from desktop.storage.document import open_document
    from desktop.storage.errors import FileRefusal, LockedError, RecoveryAvailable

    code, _version = _inspect_workshop(path, lang)
    if code != EXIT_OK:
        return code
    try:
        result = read_csv(source)
    except TvaersError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    if result.problems:
        line_word = "linje" if lang == "da" else "line"
        for problem in result.problems:
            message = problem.da if lang == "da" else problem.en
            print(f"{source.name}, {line_word} {problem.line}: {message}", file=sys.stderr)
        rows = len({p.line for p in result.problems})
        if lang == "da":
            lines = "1 linje" if rows == 1 else f"{rows} linjer"
            print(f"Intet er importeret: {lines} i {source.name} har fejl.", file=sys.stderr)
        else:
            lines = "1 line" if rows == 1 else f"{rows} lines"
            have = "has" if rows == 1 else "have"
            print(f"Nothing imported: {lines} of {source.name} {have} errors.", file=sys.stderr)
        return EXIT_BAD_CSV
    try:
        doc = open_document(path)
    except (LockedError, RecoveryAvailable) as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_IN_USE
    except FileRefusal as exc:
        print(exc.message(lang), file=sys.stderr)
        return exc.exit_code
    try:
        with doc.session() as session:
            plan = import_rows(session, result.rows)
            glossary.add_terms(session, plan.rows)
        doc.close()
    except TvaersError as exc:  # e.g. a SaveError: the working copy keeps the import
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    finally:
        doc.close(save=False)  # released in any case (a no-op after a successful close)
    note = "Bemærk" if lang == "da" else "Note"
    if result.ignored_columns:
        columns = ", ".join(result.ignored_columns)
        ignored = "Kolonner, der ikke bruges" if lang == "da" else "Columns not used"
        print(f"{note}: {ignored}: {columns}", file=sys.stderr)
    for notice in plan.notices:
        print(f"{note}: {notice.da if lang == 'da' else notice.en}", file=sys.stderr)
    added, skipped = len(plan.rows), len(plan.skipped)
    if lang == "da":
        terms = "begreb" if added == 1 else "begreber"
        print(f"{added} {terms} importeret til {path.name}; {skipped} fandtes allerede.")
    else:
        terms, were = "term" if added == 1 else "terms", "was" if skipped == 1 else "were"
        print(f"{added} {terms} imported into {path.name}; {skipped} {were} already there.")
    return EXIT_OK


def _export(parser: argparse.ArgumentParser, ns: argparse.Namespace, lang: str) -> int:
    """The minutes or a handout as PDF, from a workshop opened read-only (so a workshop
    open in the app elsewhere exports too). The PDF's language is --lang, else the
    workshop's minutes language; messages follow --lang, else the user's language."""
    from desktop.core.errors import TvaersError
    from desktop.export import files, handouts, minutes
    from desktop.export.minutes_data import read_file
    from desktop.export.options import GLOSSARY_ALL, GLOSSARY_WORKSHOP, MinutesOptions
    from desktop.storage.errors import FileRefusal

    sections = tuple(n for arg in ns.sections or () for n in arg.split(",") if n.strip())
    sections = tuple(n.strip() for n in sections)
    if ns.handout is not None:
        if ns.handout not in handouts.HANDOUTS:
            parser.error(f"--handout: choose one of {', '.join(handouts.HANDOUTS)}")
        if sections or ns.contacts:
            parser.error("--sections and --contacts are for the minutes, not a handout")
        if ns.template is not None and ns.template not in handouts.TEMPLATES:
            parser.error(f"--template: choose one of {', '.join(handouts.TEMPLATES)}")
        if ns.glossary is not None and ns.handout != "glossary":
            parser.error("--glossary is for the minutes or --handout glossary")
    elif ns.template is not None:
        parser.error("--template is for --handout worksheet")
    unknown = [n for n in sections if n not in minutes.SECTIONS]
    if unknown:
        parser.error(
            f"unknown section {', '.join(unknown)}; choose from {', '.join(minutes.SECTIONS)}"
        )
    code, _version = _inspect_workshop(ns.file, lang)
    if code != EXIT_OK:
        return code
    if files.is_workshop_file(ns.output):  # arguments swapped: never write over a workshop
        print(files.WouldOverwriteWorkshopError(name=ns.output.name).message(lang), file=sys.stderr)
        return 2
    try:
        data = read_file(ns.file)
    except FileRefusal as exc:
        print(exc.message(lang), file=sys.stderr)
        return exc.exit_code
    pdf_lang = ns.lang or data.workshop.minutes_language
    try:
        if ns.handout is not None:
            options = handouts.HandoutOptions(
                lang=pdf_lang,
                template_key=ns.template or handouts.NEEDS_MAPPING,
                glossary=ns.glossary or GLOSSARY_ALL,
            )
            writer = handouts.HANDOUTS[ns.handout]
            pages = files.write_pdf(ns.output, lambda f: writer(data, f, options))
        else:
            chosen = MinutesOptions(
                sections=sections,
                lang=pdf_lang,
                include_contacts=ns.contacts,
                glossary=ns.glossary or GLOSSARY_WORKSHOP,
            )
            pages = files.write_pdf(ns.output, lambda f: minutes.write_minutes(data, chosen, f))
    except TvaersError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    if lang == "da":
        print(f"{ns.output}: {pages} {'side' if pages == 1 else 'sider'}")
    else:
        print(f"{ns.output}: {pages} {'page' if pages == 1 else 'pages'}")
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
