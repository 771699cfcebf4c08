"""Files Tværs will not open: each refusal is a typed error with a plain message and the
exit code of `tvaers check`, and the file is left byte for byte as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.participants import add_participant, list_participants
from desktop.storage import errors, identity, lock, working_copy
from desktop.storage.document import WorkshopDocument, create_document, open_document
from desktop.storage.errors import (
    EXIT_DAMAGED,
    EXIT_NEWER,
    EXIT_NOT_TVAERS,
    EXIT_UNREADABLE,
)

from .conftest import FileState, assert_unchanged

PAGE = 4096


@pytest.fixture
def sound(new_doc: Callable[..., WorkshopDocument]) -> Path:
    """A saved, closed workshop with a few rows (several pages long)."""
    doc = new_doc("Sund.tvaers")
    with doc.session() as s:
        for i in range(30):
            add_participant(s, name=f"Deltager {i} " + "x" * 200)
    doc.close()
    return doc.path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sqlite_file(path: Path, *pragmas: str) -> Path:
    conn = sqlite3.connect(path)
    try:
        for pragma in pragmas:
            conn.execute(pragma)
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('hello')")
        conn.commit()
    finally:
        conn.close()
    return path


def _truncated(keep: Callable[[int], int]) -> Callable[[Path, Path], Path]:
    def make(folder: Path, sound: Path) -> Path:
        raw = sound.read_bytes()
        return _write(folder / "Afkortet.tvaers", raw[: keep(len(raw))])

    return make


def _flipped_page_header(folder: Path, sound: Path) -> Path:
    """Garbage over the b-tree page header of the participant table's root page."""
    conn = sqlite3.connect(identity.readonly_uri(sound), uri=True)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'participant'"
    ).fetchone()
    conn.close()
    raw = bytearray(sound.read_bytes())
    start = (root - 1) * PAGE
    raw[start : start + 12] = bytes(b ^ 0xFF for b in raw[start : start + 12])
    return _write(folder / "Beskadiget.tvaers", bytes(raw))


def _newer(folder: Path, sound: Path) -> Path:
    target = folder / "Fremtiden.tvaers"
    target.write_bytes(sound.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA user_version = {identity.SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE glossary_v2 (id TEXT PRIMARY KEY)")
    conn.commit()
    conn.close()
    return target


CASES: dict[str, tuple[Callable[[Path, Path], Path], type[errors.FileRefusal], int]] = {
    "text file": (
        lambda d, s: _write(d / "Noter.tvaers", b"Bare noter, ikke en database.\n" * 50),
        errors.NotSqliteError,
        EXIT_NOT_TVAERS,
    ),
    "zip (a .docx renamed)": (
        lambda d, s: _write(d / "Referat.tvaers", b"PK\x03\x04" + bytes(range(256)) * 4),
        errors.NotSqliteError,
        EXIT_NOT_TVAERS,
    ),
    "a few bytes": (
        lambda d, s: _write(d / "Kort.tvaers", b"abc"),
        errors.NotSqliteError,
        EXIT_NOT_TVAERS,
    ),
    "0 bytes": (lambda d, s: _write(d / "Tom.tvaers", b""), errors.EmptyFileError, EXIT_DAMAGED),
    "truncated to 10 bytes": (_truncated(lambda n: 10), errors.DamagedFileError, EXIT_DAMAGED),
    "truncated to 50 bytes": (_truncated(lambda n: 50), errors.DamagedFileError, EXIT_DAMAGED),
    "truncated inside page 1": (_truncated(lambda n: 1000), errors.DamagedFileError, EXIT_DAMAGED),
    "truncated to half": (_truncated(lambda n: n // 2), errors.DamagedFileError, EXIT_DAMAGED),
    "truncated by one page": (
        _truncated(lambda n: n - PAGE),
        errors.DamagedFileError,
        EXIT_DAMAGED,
    ),
    "truncated by one byte": (_truncated(lambda n: n - 1), errors.DamagedFileError, EXIT_DAMAGED),
    "bytes flipped in a data page": (_flipped_page_header, errors.DamagedFileError, EXIT_DAMAGED),
    "sqlite file of no application": (
        lambda d, s: _sqlite_file(d / "Andet.tvaers"),
        errors.ForeignFileError,
        EXIT_NOT_TVAERS,
    ),
    "sqlite file of another application": (
        lambda d, s: _sqlite_file(
            d / "Fremmed.tvaers", "PRAGMA application_id = 1179603272", "PRAGMA user_version = 1"
        ),
        errors.ForeignFileError,
        EXIT_NOT_TVAERS,
    ),
    "another application with a high user_version": (
        lambda d, s: _sqlite_file(
            d / "Fremmed2.tvaers", "PRAGMA application_id = 42", "PRAGMA user_version = 99"
        ),
        errors.ForeignFileError,
        EXIT_NOT_TVAERS,
    ),
    "newer version of Tværs": (_newer, errors.NewerVersionError, EXIT_NEWER),
    "our id but no schema version": (
        lambda d, s: _sqlite_file(
            d / "Uden.tvaers", f"PRAGMA application_id = {identity.APPLICATION_ID}"
        ),
        errors.DamagedFileError,
        EXIT_DAMAGED,
    ),
    "our id and version but no workshop table": (
        lambda d, s: _sqlite_file(
            d / "Halv.tvaers",
            f"PRAGMA application_id = {identity.APPLICATION_ID}",
            "PRAGMA user_version = 1",
        ),
        errors.DamagedFileError,
        EXIT_DAMAGED,
    ),
}


def _assert_plain_message(err: errors.FileRefusal | errors.TvaersError, name: str) -> None:
    for lang in ("da", "en"):
        text = err.message(lang)
        assert text.strip(), lang
        assert "Traceback" not in text and 'File "' not in text, text
        assert "{" not in text and "}" not in text, text
        assert name in text, text
    assert err.message("da") != err.message("en")
    assert str(err) == err.message("en")


@pytest.mark.parametrize("case", list(CASES))
def test_refused_file_raises_its_typed_error_and_is_left_unchanged(
    case: str, sound: Path, docs_dir: Path, data_dir: Path
) -> None:
    build, error, exit_code = CASES[case]
    bad = build(docs_dir, sound)
    before = FileState.of(bad)

    with pytest.raises(error) as refused:
        open_document(bad)
    assert_unchanged(bad, before)
    assert type(refused.value).exit_code == exit_code
    assert isinstance(refused.value, errors.FileRefusal)
    _assert_plain_message(refused.value, bad.name)

    # Read-only opening and `tvaers check` refuse it the same way.
    with pytest.raises(error):
        open_document(bad, read_only=True)
    with pytest.raises(error):
        identity.inspect(bad)
    assert_unchanged(bad, before)

    # Nothing left behind: no lock beside it, no working copy, and the app opens others.
    assert not lock.lock_path(bad).exists()
    assert sorted(p.name for p in docs_dir.iterdir()) == sorted(["Sund.tvaers", bad.name])
    assert working_copy.find_recoverable() == []
    assert not any((data_dir / "working").glob("*"))
    doc = open_document(sound)
    doc.close()


def test_newer_version_is_refused_and_file_unchanged(sound: Path, docs_dir: Path) -> None:
    newer = _newer(docs_dir, sound)
    before = FileState.of(newer)
    with pytest.raises(errors.NewerVersionError) as refused:
        open_document(newer)
    assert refused.value.exit_code == EXIT_NEWER
    assert str(identity.SCHEMA_VERSION + 1) in refused.value.message("da")
    assert str(identity.SCHEMA_VERSION) in refused.value.message("en")
    assert_unchanged(newer, before)


@pytest.mark.parametrize("name", ["Mappe", "Mappe.tvaers"])
def test_folder_is_refused(docs_dir: Path, name: str) -> None:
    folder = docs_dir / name
    folder.mkdir()
    (folder / "indhold.txt").write_text("x")
    with pytest.raises(errors.FolderNotFileError) as refused:
        open_document(folder)
    assert refused.value.exit_code == EXIT_UNREADABLE
    _assert_plain_message(refused.value, name)
    assert sorted(p.name for p in folder.iterdir()) == ["indhold.txt"]
    with pytest.raises(errors.FolderNotFileError):
        identity.inspect(folder)


@pytest.mark.parametrize(
    "relative", ["Findes ikke.tvaers", "Mappe der ikke findes/Workshop.tvaers"]
)
def test_missing_file_is_refused_and_not_created(docs_dir: Path, relative: str) -> None:
    missing = docs_dir / relative
    with pytest.raises(errors.MissingFileError) as refused:
        open_document(missing)
    assert refused.value.exit_code == EXIT_UNREADABLE
    _assert_plain_message(refused.value, missing.name)
    assert not missing.exists()
    assert not lock.lock_path(missing).exists()
    with pytest.raises(errors.MissingFileError):
        open_document(missing, read_only=True)
    with pytest.raises(errors.MissingFileError):
        identity.inspect(missing)


def test_broken_symlink_counts_as_missing(docs_dir: Path) -> None:
    link = docs_dir / "Genvej.tvaers"
    link.symlink_to(docs_dir / "væk.tvaers")
    with pytest.raises(errors.MissingFileError):
        open_document(link)
    assert link.is_symlink()


def test_path_with_spaces_and_danish_letters_works(tmp_path: Path) -> None:
    folder = tmp_path / "Mine møder 2025" / "Åbent hus & æøå"
    path = folder / "Workshop med æøå og mellemrum (1).tvaers"
    doc = create_document(path, title="Ærlig talt")
    with doc.session() as s:
        add_participant(s, name="Øjvind Å")
    doc.close()
    assert identity.inspect(path).application_id == identity.APPLICATION_ID
    doc = open_document(path)
    try:
        with doc.session() as s:
            assert [p.name for p in list_participants(s)] == ["Øjvind Å"]
    finally:
        doc.close()
    ro = open_document(path, read_only=True)
    try:
        with ro.session() as s:
            assert [p.name for p in list_participants(s)] == ["Øjvind Å"]
    finally:
        ro.close()


@pytest.mark.parametrize("odd", ["Søren Ærø", "with space", "100%", "a#b", "q?x", "semi;colon"])
def test_data_folder_with_odd_characters_works(
    tmp_path: Path, docs_dir: Path, monkeypatch: pytest.MonkeyPatch, odd: str
) -> None:
    """The working copy lives under the user's profile folder, whose name the user chose."""
    data = tmp_path / f"profile {odd}" / "Tvaers"
    monkeypatch.setenv("TVAERS_DATA_DIR", str(data))
    doc = create_document(docs_dir / "W.tvaers", title="t")
    with doc.session() as s:
        add_participant(s, name="Ane")
    assert doc.working.parent.parent == data
    assert doc.working.exists()
    doc.close()
    ro = open_document(docs_dir / "W.tvaers", read_only=True)
    try:
        with ro.session() as s:
            assert [p.name for p in list_participants(s)] == ["Ane"]
    finally:
        ro.close()
    # Nothing was written beside the data folder under a name cut short at the odd character.
    assert sorted(p.name for p in (tmp_path).iterdir()) == sorted(
        ["data", "docs", f"profile {odd}"]
    )


def test_check_returns_the_header_of_a_sound_file(sound: Path) -> None:
    before = FileState.of(sound)
    header = identity.inspect(sound)
    assert header.application_id == identity.APPLICATION_ID == 0x54767273
    assert header.user_version == identity.SCHEMA_VERSION
    assert header.page_size == PAGE
    assert header.page_count * header.page_size == sound.stat().st_size
    assert header.page_count > 2
    assert_unchanged(sound, before)


def test_refusal_messages_name_the_file_in_both_languages() -> None:
    """Every error a user can meet formats in both languages without leftover braces."""
    samples: list[errors.TvaersError] = [
        errors.MissingFileError(path="/x/W.tvaers"),
        errors.FolderNotFileError(path="/x/W.tvaers"),
        errors.UnreadableFileError(path="/x/W.tvaers", reason="Permission denied"),
        errors.EmptyFileError(name="W.tvaers"),
        errors.NotSqliteError(name="W.tvaers"),
        errors.ForeignFileError(name="W.tvaers"),
        errors.NewerVersionError(name="W.tvaers", found=2, known=1),
        errors.DamagedFileError(name="W.tvaers", reason_da="x", reason_en="y"),
        errors.AlreadyExistsError(name="W.tvaers"),
        errors.DiskFullError(name="W.tvaers"),
        errors.FolderGoneError(folder="/x/W.tvaers"),
        errors.NoWriteAccessError(path="/x/W.tvaers"),
        errors.ReadOnlyDocumentError(name="W.tvaers"),
        errors.SaveFailedError(name="W.tvaers", reason="boom"),
        errors.LockedError(name="W.tvaers", user="anne", host="pc", since="1.1.2025 10:00"),
        errors.RecoveryAvailable(name="W.tvaers", edited_at="1.1.2025 10:00"),
    ]
    for err in samples:
        _assert_plain_message(err, "W.tvaers")
