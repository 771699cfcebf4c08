"""`tvaers glossary export|import`: the glossary through CSV from the command line, all or
nothing, with the same answers as `check` for a file that is not a sound workshop."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core import glossary
from desktop.core.participants import list_participants
from desktop.export.glossary_csv import GlossaryRow, rows_from_workshop
from desktop.storage.document import open_document

from .test_cli import _assert_refused

Run = Callable[..., subprocess.CompletedProcess[str]]
SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "csv"


def _copy(demo_file: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copyfile(demo_file, target)
    return target


def _rows(path: Path) -> list[GlossaryRow]:
    doc = open_document(path, read_only=True)
    try:
        with doc.session() as session:
            return rows_from_workshop(session)
    finally:
        doc.close()


def _with_tricky_terms(path: Path) -> None:
    """The demo's glossary plus terms that test the format: formulas, quotes, line breaks."""
    doc = open_document(path)
    try:
        with doc.session() as s:
            people = list_participants(s)
            a = glossary.add_term(
                s,
                side="procurement",
                term='=Tærskel; "værdi"',
                explanation="Linje 1\r\nLinje 2\nLinje 3",
                example="-5 % i 2026 🧾",
                taught_by=people[0].id,
            )
            b = glossary.add_term(
                s, side="domain", term="@borger", status="disputed", taught_by=people[-1].id
            )
            glossary.link_terms(s, first_id=a.id, second_id=b.id)
        doc.save()
    finally:
        doc.close()


def _without_terms(path: Path) -> None:
    doc = open_document(path)
    try:
        with doc.session() as s:
            glossary.delete_terms(s, term_ids=[t.id for t in glossary.list_terms(s)])
        doc.save()
    finally:
        doc.close()


def test_glossary_export_then_import_gives_another_workshop_the_same_glossary(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    source = _copy(demo_file, tmp_path, "kilde.tvaers")
    _with_tricky_terms(source)
    target = _copy(demo_file, tmp_path, "mål.tvaers")
    _without_terms(target)
    csv_file = tmp_path / "ordliste.csv"
    expected = _rows(source)

    exported = tvaers("--lang", "en", "glossary", "export", source, csv_file)
    imported = tvaers("glossary", "import", target, csv_file, "--lang", "da")

    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"{len(expected)} terms exported to {csv_file}"
    assert csv_file.read_bytes().startswith(b'\xef\xbb\xbf"Side";"Term";"Explanation"')
    assert imported.returncode == 0, imported.stderr
    assert imported.stderr == ""
    assert imported.stdout.strip() == (
        f"{len(expected)} begreber importeret til mål.tvaers; 0 fandtes allerede."
    )
    assert _rows(target) == expected
    assert any(r.counterpart == "@borger" for r in expected)


def test_glossary_import_into_the_workshop_it_came_from_adds_nothing_and_writes_nothing(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    workshop = _copy(demo_file, tmp_path, "workshop.tvaers")
    _with_tricky_terms(workshop)
    csv_file = tmp_path / "ordliste.csv"
    assert tvaers("glossary", "export", workshop, csv_file).returncode == 0
    before = workshop.read_bytes()
    count = len(_rows(workshop))

    result = tvaers("glossary", "import", workshop, csv_file, "--lang", "en")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"0 terms imported into workshop.tvaers; {count} were already there."
    )
    assert workshop.read_bytes() == before


def test_glossary_import_of_malformed_rows_exits_6_names_their_lines_and_imports_nothing(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    workshop = _copy(demo_file, tmp_path, "workshop.tvaers")
    before = workshop.read_bytes(), workshop.stat().st_mtime_ns

    result = tvaers("glossary", "import", workshop, SAMPLES / "to_fejl.csv", "--lang", "da")

    assert result.returncode == 6
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines == [
        "to_fejl.csv, linje 4: Rækken har intet begreb.",
        "to_fejl.csv, linje 5: Rækken har 5 felter, men overskriften har 4.",
        "Intet er importeret: 2 linjer i to_fejl.csv har fejl.",
    ]
    assert (workshop.read_bytes(), workshop.stat().st_mtime_ns) == before


def test_glossary_import_reports_unused_columns_and_unknown_people_as_notes(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    workshop = _copy(demo_file, tmp_path, "workshop.tvaers")
    csv_file = tmp_path / "ny.csv"
    csv_file.write_bytes(
        b"Term;Side;Notes;Taught by\r\nGlidende overgang;Professional side;x;Nemo\r\n"
    )

    result = tvaers("glossary", "import", workshop, csv_file, "--lang", "en")

    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "Note: Columns not used: Notes",
        "Note: line 2: “Nemo” is not a participant of the workshop; “Explained by” is left empty "
        "for “Glidende overgang”.",
    ]
    assert result.stdout.startswith("1 term imported into workshop.tvaers; 0 were already")
    added = [r for r in _rows(workshop) if r.term == "Glidende overgang"]
    assert added == [GlossaryRow("domain", "Glidende overgang")]


@pytest.mark.parametrize("action", ["export", "import"])
def test_glossary_commands_refuse_a_bad_workshop_file_as_check_does(
    tvaers: Run, tmp_path: Path, action: str
) -> None:
    text = tmp_path / "noter.tvaers"
    text.write_text("Referat fra sidste møde\n", encoding="utf-8")
    csv_file = SAMPLES / "excel_da.csv" if action == "import" else tmp_path / "ud.csv"

    check = tvaers("check", text, "--lang", "en")
    result = tvaers("glossary", action, text, csv_file, "--lang", "en")

    assert _assert_refused(result, 2) == _assert_refused(check, 2)
    assert text.read_text(encoding="utf-8") == "Referat fra sidste møde\n"
    assert action == "import" or not csv_file.exists()


def test_glossary_import_into_a_workshop_open_elsewhere_exits_7_and_changes_nothing(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    workshop = _copy(demo_file, tmp_path, "workshop.tvaers")
    holder = open_document(workshop)  # this process has it open, as the GUI would
    try:
        before = workshop.read_bytes()

        result = tvaers("glossary", "import", workshop, SAMPLES / "excel_da.csv", "--lang", "en")

        assert "open by" in _assert_refused(result, 7)
        assert workshop.read_bytes() == before
    finally:
        holder.close(save=False)


def test_glossary_export_never_writes_over_a_workshop_file(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    workshop = _copy(demo_file, tmp_path, "workshop.tvaers")
    other = _copy(demo_file, tmp_path, "anden.tvaers")
    before = other.read_bytes()

    result = tvaers("glossary", "export", workshop, other, "--lang", "en")

    assert "already exists" in _assert_refused(result, 2)
    assert other.read_bytes() == before


def test_glossary_export_to_a_missing_folder_exits_5_with_one_line(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    result = tvaers("glossary", "export", demo_file, tmp_path / "væk" / "ud.csv", "--lang", "da")

    assert "kan ikke skrives" in _assert_refused(result, 5)


def test_glossary_import_of_a_missing_csv_exits_5_and_leaves_the_workshop(
    tvaers: Run, tmp_path: Path, demo_file: Path
) -> None:
    workshop = _copy(demo_file, tmp_path, "workshop.tvaers")
    before = workshop.read_bytes()

    result = tvaers("glossary", "import", workshop, tmp_path / "væk.csv", "--lang", "en")

    assert "cannot be read" in _assert_refused(result, 5)
    assert workshop.read_bytes() == before


@pytest.mark.parametrize(
    "lang, last",
    [
        ("da", "Intet er importeret: 1 linje i en_fejl.csv har fejl."),
        ("en", "Nothing imported: 1 line of en_fejl.csv has errors."),
    ],
)
def test_glossary_import_of_one_malformed_row_counts_it_in_the_singular(
    tvaers: Run, tmp_path: Path, demo_file: Path, lang: str, last: str
) -> None:
    workshop = _copy(demo_file, tmp_path, "workshop.tvaers")
    csv_file = tmp_path / "en_fejl.csv"
    csv_file.write_text("Side;Begreb;Forklaring;Status\nFagområde;;Mangler;Aftalt\n", "utf-8")

    result = tvaers("glossary", "import", workshop, csv_file, "--lang", lang)

    assert result.returncode == 6
    assert result.stderr.splitlines()[-1] == last
