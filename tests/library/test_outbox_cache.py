"""The cache of what was pulled: a read-only copy of the library's terms for offline search."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.library.cache import LibraryCache, LibraryTerm, cache_path
from desktop.storage.paths import data_dir

TERMS = [
    LibraryTerm(id="1", term="Borgerrettet indsats", side="Kommune", area="Beskæftigelse"),
    LibraryTerm(id="2", term="Ærlig snak", explanation="Åben dialog om økonomi"),
    LibraryTerm(id="3", term="<script>alert(1)</script>", explanation="'; DROP TABLE terms; --"),
]


def test_a_pull_replaces_the_copy_and_is_found_again_offline() -> None:
    with LibraryCache() as cache:
        assert cache.pulled_at() is None and cache.search("") == []
        assert cache.replace_terms(TERMS) == 3
        assert cache.pulled_at() is not None
    assert cache_path().parent == data_dir() / "library"
    with LibraryCache() as cache:  # another session, no network
        assert cache.search("borger") == [TERMS[0]]
        assert cache.search("ØKONOMI") == [TERMS[1]]  # Danish letters in any case
        assert cache.search("beskæftigelse") == [TERMS[0]]
        assert cache.replace_terms(TERMS[1:]) == 2
        assert cache.search("borger") == []


def test_untrusted_text_is_kept_as_it_is_and_searched_as_text() -> None:
    with LibraryCache() as cache:
        cache.replace_terms(TERMS)
        assert cache.search("drop table") == [TERMS[2]]
        assert cache.search("%") == [] and cache.search("_") == []  # no wildcards
        assert cache.count() == 3


def test_a_pull_cut_off_half_way_leaves_the_copy_before_it() -> None:
    def broken() -> object:
        yield TERMS[0]
        raise ConnectionError("server went away")

    with LibraryCache() as cache:
        cache.replace_terms(TERMS)
        with pytest.raises(ConnectionError):
            cache.replace_terms(broken())  # type: ignore[arg-type]
        assert cache.count() == 3


def test_a_cache_from_a_newer_version_is_refused() -> None:
    with sqlite3.connect(cache_path()) as conn:
        conn.execute("PRAGMA user_version = 7")
    with pytest.raises(RuntimeError, match="newer"):
        LibraryCache()
