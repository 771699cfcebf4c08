"""A refused file, opened in the window, is told in the window's words. The refusal ended
»Findes der backups af den på denne computer, tilbyder Tværs at gendanne en, når du åbner
filen i Tværs. Ellers brug en tidligere kopi.« – said to someone who had just opened the file
in Tværs, and for a file with no backups: an offer that never came. That sentence is for the
command line; the window offers the backups itself when there are any."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.storage import backups, errors
from desktop.storage.document import create_document, open_document
from desktop.ui.main_window import MainWindow
from tests.reliability.test_refused_file_backups import _made_harmful, _saved_twice
from tests.ui.conftest import Answers

BAD_FILES = Path(__file__).resolve().parents[1] / "fixtures" / "bad_files"
PROMISE = "når du åbner filen i Tværs"


@pytest.mark.parametrize(
    ("name", "ends"),
    [
        ("vendte bytes – datasidens hoved.tvaers", "Filen er ikke ændret. Brug en tidligere kopi."),
        ("tom fil (0 byte).tvaers", "Kopiér den igen."),
    ],
)
def test_a_refused_file_without_backups_is_told_without_an_offer_that_never_comes(
    tmp_path: Path, window: MainWindow, answers: Answers, name: str, ends: str
) -> None:
    path = tmp_path / name
    shutil.copyfile(BAD_FILES / name, path)
    assert not backups.has_backups(path)
    with pytest.raises(errors.FileRefusal) as refused:
        open_document(path)
    assert PROMISE in refused.value.message("da")  # the command line's word stays

    assert not window.open_path(path)
    (message,) = answers.errors
    assert PROMISE not in message and "backup" not in message
    assert message.endswith(ends), message
    assert answers.confirms == []


def test_harmful_file_without_backups_in_english(
    tmp_path: Path, window: MainWindow, answers: Answers
) -> None:
    path = tmp_path / "From mail.tvaers"
    create_document(path, title="From mail").close()
    _made_harmful(path)
    window.lang = "en"
    assert not window.open_path(path)
    (message,) = answers.errors
    assert "when you open the file in Tværs" not in message
    assert message.endswith("The file is unchanged. Use a copy saved with Tværs."), message


def test_the_offer_of_backups_is_made_once(
    tmp_path: Path, window: MainWindow, answers: Answers
) -> None:
    path = _saved_twice(tmp_path / "docs" / "Mentorstøtte.tvaers")
    _made_harmful(path)
    answers.confirm = False
    assert not window.open_path(path)
    (question,) = answers.confirms
    assert PROMISE not in question
    assert "Brug en kopi, der er gemt med Tværs." in question
