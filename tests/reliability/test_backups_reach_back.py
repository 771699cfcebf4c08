"""Issue 18, item 2: backups reach back in time, not just over the last 10 saves.

On the old main every autosave made a backup and the last 10 were kept, so a minute of typing
pushed out the version the session started from. Now `backups.retain` (a pure function of
(time, label, size) and now) keeps the newest, the last 10 saves, one per 10 minutes for the
last hour, one per day for the last week and the version as opened in each session, under a
size cap. Its promises are checked as properties over any history; then the same rules are
seen at work through real saves with a fake clock (no sleeping).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.workshop import update_workshop
from desktop.storage import backups, identity
from desktop.storage.document import WorkshopDocument, create_document, open_document

NOW = datetime(2026, 12, 5, 14, 5, 30)
# The labels as they are in the backups' file names: on disk, so they never change.
AS_OPENED, NOT_RECOVERED = "-som-aabnet", "-ikke-gendannet"
LABELS = ["", "", "", AS_OPENED, NOT_RECOVERED]

Entry = tuple[datetime, str, int]


def _entries(*, future: bool = False, max_size: int = 3_000_000) -> st.SearchStrategy[list[Entry]]:
    latest = 3_600 if future else 0
    entry = st.tuples(
        # Seconds before now, microseconds too (backups of the same second stay apart),
        # over three weeks, with many in the last hour and the last day.
        st.one_of(
            st.integers(-latest, 21 * 86_400),
            st.integers(-latest, 3_600),
            st.integers(0, 86_400),
        ),
        st.integers(0, 999_999),
        st.sampled_from(LABELS),
        st.integers(0, max_size),
    ).map(lambda t: (NOW - timedelta(seconds=t[0], microseconds=t[1]), t[2], t[3]))
    return st.lists(entry, max_size=80)


def _newest(entries: list[Entry]) -> set[int]:
    top = max(e[0] for e in entries)
    return {i for i, e in enumerate(entries) if e[0] == top}


@settings(max_examples=400, deadline=None)
@given(_entries(future=True), st.integers(0, 40_000_000))
def test_the_newest_is_always_kept_whatever_the_cap(entries: list[Entry], cap: int) -> None:
    kept = backups.retain(entries, NOW, cap=cap)
    assert kept <= set(range(len(entries)))
    if entries:
        assert kept & _newest(entries)


@settings(max_examples=400, deadline=None)
@given(_entries(), st.data())
def test_protected_backups_are_kept_whatever_the_cap(
    entries: list[Entry], data: st.DataObject
) -> None:
    protect = set(data.draw(st.lists(st.integers(0, max(0, len(entries) - 1)))) if entries else [])
    kept = backups.retain(entries, NOW, cap=0, protect=protect)
    assert protect <= kept


@settings(max_examples=400, deadline=None)
@given(_entries())
def test_without_size_pressure_every_promise_holds(entries: list[Entry]) -> None:
    kept = backups.retain(entries, NOW, cap=10**12)
    order = sorted(range(len(entries)), key=lambda i: entries[i][0], reverse=True)

    # The last 10 saves, whatever their age.
    assert set(order[: backups.RECENT]) <= kept
    # The version as opened in each session of the last week (and edits not recovered).
    for i, (taken, label, _size) in enumerate(entries):
        if label and NOW - taken <= timedelta(days=7):
            assert i in kept, f"labelled {label} from {taken} dropped"
    # And the newest few labelled ones whatever their age.
    labelled = [i for i in order if entries[i][1]]
    assert set(labelled[: backups.LABELLED_ALWAYS]) <= kept
    # Every 10-minute period of the last hour that had a backup keeps one: its newest.
    for taken, _label, _size in entries:
        if NOW - taken < timedelta(hours=1):
            bucket = backups.ten_minute_bucket(taken)
            same = [
                j for j in range(len(entries)) if backups.ten_minute_bucket(entries[j][0]) == bucket
            ]
            newest = max(entries[j][0] for j in same)
            assert any(entries[j][0] == newest for j in same if j in kept)
    # Every day of the last week that had a backup keeps one: its newest.
    for taken, _label, _size in entries:
        if NOW - taken < timedelta(days=7):
            same = [j for j in range(len(entries)) if entries[j][0].date() == taken.date()]
            newest = max(entries[j][0] for j in same)
            assert any(entries[j][0] == newest for j in same if j in kept)
    # Nothing else: unlabelled ones are bounded (10 saves, 7 ten-minute periods, 8 days).
    unlabelled = [i for i in kept if not entries[i][1]]
    assert len(unlabelled) <= backups.RECENT + 7 + 8
    # Pruning what is already pruned removes nothing more.
    again = [entries[i] for i in sorted(kept)]
    assert backups.retain(again, NOW, cap=10**12) == set(range(len(again)))


@settings(max_examples=400, deadline=None)
@given(_entries(max_size=40_000_000), st.integers(0, 300_000_000))
def test_the_size_cap_takes_the_least_important_first(entries: list[Entry], cap: int) -> None:
    kept = backups.retain(entries, NOW, cap=cap)
    uncapped = backups.retain(entries, NOW, cap=10**12)
    assert kept <= uncapped
    total = sum(entries[i][2] for i in kept)
    newest = _newest(entries) if entries else set()
    if total > cap:
        # Over the cap only when nothing but the newest is left.
        assert len(kept) == 1 and kept <= newest
    # A version as opened (of the last week) goes only when every other but the newest has.
    week_labelled = {
        i for i in uncapped if entries[i][1] and NOW - entries[i][0] <= timedelta(days=7)
    }
    if week_labelled - kept:
        assert all(entries[i][1] or i in newest for i in kept)


def test_the_labels_are_those_on_disk() -> None:
    assert (backups.AS_OPENED, backups.NOT_RECOVERED) == (AS_OPENED, NOT_RECOVERED)


def test_the_rules_on_a_plain_history() -> None:
    """A worked example, in words: saves every 30 s for two hours today, one session a day
    for ten days before; what stays is what the dialog's intro promises."""
    entries: list[Entry] = []
    for day in range(1, 11):
        opened = NOW.replace(hour=9, minute=0) - timedelta(days=day)
        entries.append((opened + timedelta(minutes=1), AS_OPENED, 1000))
        entries += [(opened + timedelta(minutes=m), "", 1000) for m in range(2, 60, 7)]
    start = NOW - timedelta(hours=2)
    entries.append((start, AS_OPENED, 1000))
    entries += [(start + timedelta(seconds=30 * k), "", 1000) for k in range(1, 240)]
    kept = backups.retain(entries, NOW)
    kept_times = sorted((entries[i][0] for i in kept), reverse=True)
    as_opened = sorted(entries[i][0] for i in kept if entries[i][1] == AS_OPENED)
    # Today's session start and those of the last 7 x 24 hours (the 29th to the 4th; the
    # 28th at 09.01 is 7 days and 5 hours ago); older ones are within the 5 newest labelled.
    assert as_opened == sorted(
        [start] + [NOW.replace(hour=9, minute=1) - timedelta(days=d) for d in range(1, 7)]
    )
    assert kept_times[:10] == [start + timedelta(seconds=30 * k) for k in range(239, 229, -1)]
    # One per 10-minute period of the last hour: 13.00 (from 13.05.30) to 14.00.
    last_hour = {backups.ten_minute_bucket(t) for t in kept_times if NOW - t < timedelta(hours=1)}
    assert last_hour == {datetime(2026, 12, 5, 13, m) for m in range(0, 60, 10)} | {
        datetime(2026, 12, 5, 14, 0)
    }
    assert {t.date() for t in kept_times} >= {(NOW - timedelta(days=d)).date() for d in range(7)}
    assert len(kept) < 40


# -- through real saves, with a fake clock ---------------------------------------------------


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock(datetime(2026, 12, 5, 9, 0, 0))
    monkeypatch.setattr(backups, "_now", fake, raising=False)
    return fake


def _title_in(path: Path) -> str:
    conn = sqlite3.connect(identity.readonly_uri(path), uri=True)
    try:
        return str(conn.execute("SELECT title FROM workshop").fetchone()[0])
    finally:
        conn.close()


def _autosave(doc: WorkshopDocument, title: str) -> None:
    with doc.session() as session:
        update_workshop(session, title=title)
    doc.save()


def test_the_version_as_opened_survives_a_hundred_autosaves(docs: Path, clock: FakeClock) -> None:
    path = docs / "Hundrede gem.tvaers"
    create_document(path, title="Som åbnet").close()
    doc = open_document(path)
    try:
        for k in range(1, 101):  # an autosave every 30 s: 50 minutes of typing
            clock.advance(seconds=30)
            _autosave(doc, f"Gemt {k}")
        found = backups.list_backups(doc.path)
        titles = [_title_in(b.path) for b in found]
        assert "Som åbnet" in titles, "the version the session started from was pushed out"
        opened = [b for b in found if b.label == AS_OPENED]
        assert [_title_in(b.path) for b in opened] == ["Som åbnet"]
        assert opened[0].taken_at == datetime(2026, 12, 5, 9, 0, 30)  # the first save
        # The last 10 saves, and one for each 10-minute period since 09.00.
        assert titles[:10] == [f"Gemt {k}" for k in range(99, 89, -1)]
        periods = {backups.ten_minute_bucket(b.taken_at) for b in found}
        assert periods == {datetime(2026, 12, 5, 9, m) for m in range(0, 60, 10)}
        assert len(found) <= backups.RECENT + 7 + 1
    finally:
        doc.close()


def test_a_week_of_sessions_keeps_each_day_and_each_session_start(
    docs: Path, clock: FakeClock
) -> None:
    path = docs / "En uge.tvaers"
    create_document(path, title="Før den første dag").close()
    for day in range(10):  # ten days, one session a day: opened at 09.00, six saves
        clock.now = datetime(2026, 12, 1 + day, 9, 0)
        doc = open_document(path)
        try:
            for k in range(6):
                clock.advance(minutes=2)
                _autosave(doc, f"Dag {day} gem {k}")
        finally:
            doc.close()
    found = backups.list_backups(path)
    titles = {_title_in(b.path) for b in found}
    assert {f"Dag {d} gem 5" for d in range(2, 8)} <= titles, "a session start was lost"
    opened = [(b.taken_at.day, _title_in(b.path)) for b in found if b.label == AS_OPENED]
    # Every session start of the last week (the 4th to the 10th), and the 5 newest whatever
    # their age (within that week here); the 1st to 3rd have gone with their week.
    assert opened == [(day, f"Dag {day - 2} gem 5") for day in range(10, 3, -1)]
    assert {b.taken_at.date() for b in found} >= {
        datetime(2026, 12, d).date() for d in range(4, 11)
    }
    assert len(found) < 30
