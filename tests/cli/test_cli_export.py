"""`tvaers export`: the minutes and handouts as PDF from the command line, without Qt, with
the same answers as `check` for a file that is not a sound workshop.

A few tests run the command as a user does (a fresh `python -m desktop`); the rest call
`main` in this process, which answers the same and costs a tenth of the time."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.core.demo import DEMO_TITLE

from .test_cli import _assert_refused

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    """`main(args)` in this process, answered like a finished subprocess."""

    def run(*args: object) -> subprocess.CompletedProcess[str]:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, captured.out, captured.err)

    return run


def _text(pdf: Path) -> str:
    reader = PdfReader(pdf)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_export_writes_the_minutes_in_the_workshops_language(
    tvaers: Run, demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "referat.pdf"

    result = tvaers("export", demo_file, "-o", out, "--lang", "da")

    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert f"{out}: {len(reader.pages)} sider" in result.stdout
    text = _text(out)
    assert DEMO_TITLE in text
    assert f"Side 1 af {len(reader.pages)}" in text
    assert "Deltagere" in text and "Fælles sprog" in text and "Opfølgning" in text
    assert "ida.indkoeb@" not in text.replace(" ", "")


def test_export_without_lang_uses_the_minutes_language_of_the_workshop(
    cli: Run, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # the user's language: English
    out = tmp_path / "referat.pdf"

    result = cli("export", demo_file, "-o", out)

    assert result.returncode == 0, result.stderr
    assert "pages" in result.stdout  # the messages in English...
    assert "Referat af workshop" in _text(out)  # ...the minutes in the workshop's Danish


def test_export_in_english_with_chosen_sections_and_contacts(
    cli: Run, demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "minutes.pdf"

    result = cli(
        "export", demo_file, "-o", out, "--lang", "en", "--sections", "participants,actions",
        "--contacts",
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "Participants" in text and "Follow-up actions" in text
    assert "Shared language" not in text
    assert "Minutes of the workshop" not in text
    assert "ida.indkoeb@eksempel-kommune.example" in text.replace(" ", "")
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "en"


def test_sections_may_also_be_separated_by_spaces(
    cli: Run, demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "referat.pdf"

    result = cli("export", demo_file, "-o", out, "--sections", "cover", "actions")

    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) == 2


def test_an_unknown_section_is_a_usage_error_naming_the_sections(
    cli: Run, demo_file: Path, tmp_path: Path
) -> None:
    result = cli("export", demo_file, "-o", tmp_path / "x.pdf", "--sections", "budget")

    assert result.returncode == 1
    assert "budget" in result.stderr and "participants" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("handout", "expected", "page_size"),
    [
        ("glossary", "Fælles sprog", (595, 842)),
        ("worksheet", "Behovskortlægning", (1191, 842)),
        ("signatures", "Underskriftsark", (595, 842)),
    ],
)
def test_export_writes_a_handout(
    cli: Run,
    demo_file: Path,
    tmp_path: Path,
    handout: str,
    expected: str,
    page_size: tuple[int, int],
) -> None:
    out = tmp_path / f"{handout}.pdf"

    result = cli("export", demo_file, "--handout", handout, "-o", out)

    assert result.returncode == 0, result.stderr
    assert expected in _text(out)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == page_size


def test_a_worksheet_of_another_template(cli: Run, demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "ark.pdf"

    result = cli(
        "export", demo_file, "--handout", "worksheet", "--template", "rodproblemer", "-o", out
    )

    assert result.returncode == 0, result.stderr
    assert "Faglighed" in _text(out)


@pytest.mark.parametrize(
    "args",
    [
        ["--handout", "budget"],
        ["--handout", "worksheet", "--template", "budget"],
        ["--handout", "glossary", "--sections", "actions"],
        ["--template", "rodproblemer"],
        ["--glossary", "some"],
        ["--handout", "signatures", "--glossary", "workshop"],
    ],
)
def test_wrong_handout_options_are_usage_errors(
    cli: Run, demo_file: Path, tmp_path: Path, args: list[str]
) -> None:
    result = cli("export", demo_file, "-o", tmp_path / "x.pdf", *args)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_minutes_glossary_holds_the_chosen_terms(
    cli: Run, demo_file: Path, tmp_path: Path
) -> None:
    ours, decided, whole = (tmp_path / f"{name}.pdf" for name in ("ours", "decided", "whole"))

    assert cli("export", demo_file, "-o", ours, "--sections", "glossary").returncode == 0
    args = ("export", demo_file, "--sections", "glossary", "--glossary")
    assert cli(*args, "agreed-disputed", "-o", decided).returncode == 0
    assert cli(*args, "all", "-o", whole, "--lang", "en").returncode == 0

    # Every term of the demo was explained by a participant: all are the workshop's own.
    assert "Begreber fra denne workshop (32 af 32)." in _text(ours)
    decided_text = _text(decided)
    assert "Aftalte og omstridte begreber (12 af 32); hele ordlisten findes som" in decided_text
    # kontraktopfølgning ≈ progression are both proposed: left out
    assert "≈ progression" not in decided_text and "≈ progression" in _text(ours)
    assert "All terms of the glossary (32)." in _text(whole)


def test_the_glossary_handout_may_hold_only_the_agreed_and_disputed_terms(
    cli: Run, demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ordliste.pdf"

    args = ("--handout", "glossary", "--glossary", "agreed-disputed", "--lang", "en")
    result = cli("export", demo_file, *args, "-o", out)

    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "Agreed and disputed terms (12 of 32)." in text
    assert "≈ progression" not in text and "rammeaftale" in text


def test_output_is_required(cli: Run, demo_file: Path) -> None:
    assert cli("export", demo_file).returncode == 1


# -- bad files: the same answers as `check` --------------------------------------------------


def test_a_text_file_is_refused_as_check_refuses_it(tvaers: Run, tmp_path: Path) -> None:
    text = tmp_path / "noter.tvaers"
    text.write_text("Referat fra sidste møde\n", encoding="utf-8")

    line = _assert_refused(tvaers("export", text, "-o", tmp_path / "x.pdf", "--lang", "en"), 2)

    assert "not a Tværs workshop" in line
    assert not (tmp_path / "x.pdf").exists()


def test_a_truncated_workshop_is_refused_as_damaged(
    tvaers: Run, demo_file: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "halv.tvaers"
    broken.write_bytes(demo_file.read_bytes()[:5000])

    check = tvaers("check", broken)
    result = tvaers("export", broken, "-o", tmp_path / "x.pdf")

    assert result.returncode == check.returncode == 4
    _assert_refused(result, 4)


def test_a_missing_file_is_refused_with_code_5(cli: Run, tmp_path: Path) -> None:
    _assert_refused(cli("export", tmp_path / "væk.tvaers", "-o", tmp_path / "x.pdf"), 5)


def test_writing_over_a_workshop_is_refused_and_it_stays_as_it_was(
    cli: Run, demo_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "anden.tvaers"
    shutil.copyfile(demo_file, target)
    before = target.read_bytes()

    line = _assert_refused(cli("export", demo_file, "-o", target, "--lang", "en"), 2)

    assert "is a workshop file" in line
    assert target.read_bytes() == before


def test_a_pdf_that_cannot_be_written_exits_5_and_leaves_nothing(
    cli: Run, demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "findes-ikke" / "referat.pdf"

    line = _assert_refused(cli("export", demo_file, "-o", out, "--lang", "en"), 5)

    assert "could not be saved" in line
    assert not out.parent.exists()


def test_a_workshop_open_in_the_app_exports_too(cli: Run, demo_file: Path, tmp_path: Path) -> None:
    from desktop.storage.document import open_document

    target = tmp_path / "aaben.tvaers"
    shutil.copyfile(demo_file, target)
    doc = open_document(target)  # holds the lock, as the app does
    try:
        result = cli("export", target, "-o", tmp_path / "x.pdf")
    finally:
        doc.close()

    assert result.returncode == 0, result.stderr


def test_export_never_imports_qt(run_python: Run, demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    script = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"code = main(['export', {str(demo_file)!r}, '-o', {str(out)!r}])\n"
        "print(code, any(m.startswith('PySide6') for m in sys.modules))\n"
    )

    result = run_python("-c", script)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("0 False")
    assert out.exists()
