"""`tvaers library init|status URL`, `publish FILE --url URL`, `pull --url URL`,
`report URL -o OUT.pdf`, with exit codes like `check`'s (and 5: the PDF not saved).

0 all is well; 1 a usage error (argparse, as every `tvaers` command); 8 the server cannot be
reached or the URL cannot be read; 9 the server refused the login (wrong password) or the
action; 10 the database is not a library yet, or its schema is from another Tværs. A failure is
one plain sentence on stderr, never a traceback, and never holds the password."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.library import admin
from desktop.library.errors import (
    LibraryError,
    LibraryLoginRefused,
    LibraryNewerSchema,
    LibraryNotInitialised,
    LibraryPermissionDenied,
)

if TYPE_CHECKING:
    from desktop.library.portfolio import Portfolio

EXIT_OK = 0
EXIT_UNREACHABLE = 8
EXIT_REFUSED = 9
EXIT_SCHEMA = 10
EXIT_PDF_NOT_SAVED = 5  # `report`: the PDF could not be written (as `tvaers export`)

# `report`: writes the portfolio's PDF, read from the library at `where`; its page count.
ReportWriter = Callable[["Portfolio", str], int]


def exit_code(error: LibraryError) -> int:
    if isinstance(error, LibraryLoginRefused | LibraryPermissionDenied):
        return EXIT_REFUSED
    if isinstance(error, LibraryNewerSchema | LibraryNotInitialised):
        return EXIT_SCHEMA
    return EXIT_UNREACHABLE


def run_library(
    action: str,
    url: str,
    lang: str,
    file: Path | None = None,
    report: ReportWriter | None = None,
) -> int:
    from desktop.storage.errors import FileRefusal

    try:
        if action == "init":
            return _init(url, lang)
        if action == "publish":
            assert file is not None
            return _publish(url, file, lang)
        if action == "pull":
            return _pull(url)
        if action == "report":
            assert report is not None
            return _report(url, report, lang)
        return _status(url, lang)
    except LibraryError as exc:
        print(exc.message(lang), file=sys.stderr)
        return exit_code(exc)
    except FileRefusal as exc:  # the workshop file to publish is not a sound one
        print(exc.message(lang), file=sys.stderr)
        return exc.exit_code


def _publish(url: str, file: Path, lang: str) -> int:
    from desktop.library.publish import publish_workshop

    done = publish_workshop(url, file)
    where = admin.where(admin.library_url(url))
    if lang == "da":
        outcome = {"new": "udgivet", "unchanged": "uændret", "replaced": "opdateret"}
        print(
            f"{file.name} → {where}: {done.proposals_new} nye forslag til begreber "
            f"({done.proposals_known} allerede foreslået); resultatet er {outcome[done.outcome]}."
        )
    else:
        print(
            f"{file.name} → {where}: {done.proposals_new} new term proposals "
            f"({done.proposals_known} already proposed); the outcome is {done.outcome}."
        )
    return EXIT_OK


def _pull(url: str) -> int:
    """The approved terms, one a line, tab-separated: term, side, explanation, workshop."""
    from desktop.library.publish import pull_terms

    for term in pull_terms(url):
        fields = (term.term, term.side, term.explanation, term.origin_workshop_title)
        print("\t".join(printable(field) for field in fields))
    return EXIT_OK


def _report(url: str, write: ReportWriter, lang: str) -> int:
    """The portfolio read from the library, handed to `write` (the cli's PDF writer: the
    export layer sits above this one); a PDF that cannot be saved exits 5, as `export`."""
    from desktop.core.errors import TvaersError
    from desktop.library.portfolio import read_portfolio

    portfolio = read_portfolio(url)
    where = admin.where(admin.library_url(url))
    try:
        pages = write(portfolio, where)
    except LibraryError:
        raise
    except TvaersError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_PDF_NOT_SAVED
    print(report_written(pages, len(portfolio.workshops), where, lang))
    return EXIT_OK


def report_written(pages: int, workshops: int, where: str, lang: str) -> str:
    """ "1 side: 2 workshops fra …": each count with its own singular."""
    if lang == "da":
        said = f"{pages} side" if pages == 1 else f"{pages} sider"
        return f"{said}: {workshops} workshop{'' if workshops == 1 else 's'} fra {where}."
    said = f"{pages} page" if pages == 1 else f"{pages} pages"
    return f"{said}: {workshops} workshop{'' if workshops == 1 else 's'} from {where}."


def printable(text: str) -> str:
    """Library text is untrusted: no control or format character (a terminal's escape
    sequences, a right-to-left override) reaches the terminal; each shows as U+FFFD."""
    return "".join("\ufffd" if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)


def _init(url: str, lang: str) -> int:
    from desktop.library.starter_terms import add_starter_terms

    revision = admin.init_library(url)
    where = admin.where(admin.library_url(url))
    if lang == "da":
        print(f"Biblioteket på {where} er klar (skemaversion {revision}).")
    else:
        print(f"The library at {where} is ready (schema version {revision}).")
    # The library's first content: the starter vocabularies, once (starter_terms.py).
    starter = add_starter_terms(url)
    if starter.vocabularies:
        print(
            f"Første indhold: {starter.added} begreber fra {starter.vocabularies} af Tværs' "
            "startordforråd (med deres kilder)."
            if lang == "da"
            else f"First content: {starter.added} terms from {starter.vocabularies} of Tværs' "
            "starter vocabularies (with their sources)."
        )
    else:
        print(
            "Startordforrådene er i biblioteket i forvejen; intet er ændret."
            if lang == "da"
            else "The starter vocabularies are in the library already; nothing was changed."
        )
    return EXIT_OK


def _status(url: str, lang: str) -> int:
    status = admin.library_status(url)
    if status.state == "empty":
        raise LibraryNotInitialised(where=status.where)
    if status.state == "newer":
        raise LibraryNewerSchema(where=status.where, found=status.revision, known=status.known)
    da = lang == "da"
    print(
        f"Bibliotek: {status.where} (logget ind som »{status.user}«)"
        if da
        else f"Library: {status.where} (logged in as '{status.user}')"
    )
    print(
        f"Skemaversion: {status.revision} (denne Tværs: {status.known})"
        if da
        else f"Schema version: {status.revision} (this Tværs: {status.known})"
    )
    for name, count in status.counts.items():
        print(f"  {name}: {count}")
    if status.state == "behind":
        print(
            f"Skemaet er fra en ældre Tværs: kør »tvaers library init« på {status.where}."
            if da
            else f"The schema is from an older Tværs: run 'tvaers library init' on {status.where}.",
            file=sys.stderr,
        )
        return EXIT_SCHEMA
    return EXIT_OK
