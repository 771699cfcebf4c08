"""Files of every released format open in this version; upgrades run in one transaction."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from desktop.core.actions import list_actions
from desktop.core.glossary import list_terms, participant_names, unlink_term
from desktop.core.participants import add_participant, list_participants
from desktop.core.workshop import get_workshop
from desktop.storage import errors, identity, migrations
from desktop.storage.document import new_database, open_document

from .conftest import FileState, assert_unchanged

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V1 = FIXTURES / "schema_v1.tvaers"
V2 = FIXTURES / "schema_v2.tvaers"
V3 = FIXTURES / "schema_v3.tvaers"
V4 = FIXTURES / "schema_v4.tvaers"
V5 = FIXTURES / "schema_v5.tvaers"
V6 = FIXTURES / "schema_v6.tvaers"
V7 = FIXTURES / "schema_v7.tvaers"
V5_SERVICE_ID = "7c1d2e3f-0009-4a5b-9c8d-3e2f1a0b9c09"  # make_fixtures.V5_SERVICE


@pytest.fixture
def v1_copy(docs_dir: Path) -> Path:
    target = docs_dir / "Gammel workshop.tvaers"
    shutil.copyfile(V1, target)
    return target


@pytest.fixture
def v2_copy(docs_dir: Path) -> Path:
    target = docs_dir / "Workshop med ordliste.tvaers"
    shutil.copyfile(V2, target)
    return target


@pytest.fixture
def v3_copy(docs_dir: Path) -> Path:
    target = docs_dir / "Workshop med leveringsmodel.tvaers"
    shutil.copyfile(V3, target)
    return target


@pytest.fixture
def v4_copy(docs_dir: Path) -> Path:
    target = docs_dir / "Workshop med kontraktlængder.tvaers"
    shutil.copyfile(V4, target)
    return target


@pytest.fixture
def v5_copy(docs_dir: Path) -> Path:
    target = docs_dir / "Workshop med annonceringsdatoer.tvaers"
    shutil.copyfile(V5, target)
    return target


@pytest.fixture
def v6_copy(docs_dir: Path) -> Path:
    target = docs_dir / "Workshop med ramme.tvaers"
    shutil.copyfile(V6, target)
    return target


def _schema(path: Path) -> dict[str, dict[str, object]]:
    """Every table with its columns (name, type, not null, default, primary key), its
    indexes (name, unique, columns) and its foreign keys (columns, target, on delete)."""
    conn = sqlite3.connect(identity.readonly_uri(path), uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        schema: dict[str, dict[str, object]] = {}
        for t in tables:
            indexes = sorted(
                (
                    name,
                    unique,
                    tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{name}')")),
                )
                for _seq, name, unique, *_rest in conn.execute(f"PRAGMA index_list('{t}')")
            )
            foreign_keys = sorted(
                (fk[3], fk[2], fk[4], fk[6])
                for fk in conn.execute(f"PRAGMA foreign_key_list('{t}')")
            )
            schema[t] = {
                "columns": [tuple(c[1:]) for c in conn.execute(f"PRAGMA table_info('{t}')")],
                "indexes": indexes,
                "foreign_keys": foreign_keys,
            }
        return schema
    finally:
        conn.close()


def _master(path: Path) -> list[tuple[str, str, str, str | None]]:
    conn = sqlite3.connect(identity.readonly_uri(path), uri=True)
    try:
        return conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()


def test_fixture_is_a_version_1_workshop() -> None:
    header = identity.inspect(V1)
    assert header.user_version == 1
    assert header.application_id == identity.APPLICATION_ID


def test_version_1_fixture_opens_with_all_its_content(v1_copy: Path) -> None:
    before = FileState.of(v1_copy)
    doc = open_document(v1_copy)
    try:
        with doc.session() as s:
            workshop = get_workshop(s)
            assert workshop.title == "Indkøb af nyt journalsystem"
            assert workshop.facilitator == "Søren Østergaard"
            assert workshop.purpose == "Afstem behov mellem indkøb og fag 🏥\r\nAnden linje"
            assert workshop.starts_at == datetime(2025, 3, 4, 9, 0)
            # Stored as naive UTC text; read back as UTC (aware or naive, the same instant).
            assert workshop.created_at.tzinfo in (None, UTC)
            assert workshop.created_at.replace(tzinfo=None) == datetime(2025, 3, 1, 8, 15)
            people = list_participants(s)
            assert [(p.name, p.side, p.present) for p in people] == [
                ("Åse Ærenlund", "procurement", True),
                ("Dr. Yasmin مرحبا", "domain", False),
                ("Bo <Leder> & Co", "leadership", True),
            ]
            actions = list_actions(s)
            assert [(a.what, a.due, a.status) for a in actions] == [
                ("Send kravspecifikation til høring", date(2025, 3, 18), "open"),
                ("Afklar budget\tfor 2026", None, "in_progress"),
            ]
            add_participant(s, name="Ny i denne version")
        assert_unchanged(v1_copy, before)  # opening never writes the document
        doc.save()
    finally:
        doc.close()
    reopened = open_document(v1_copy)
    try:
        with reopened.session() as s:
            assert len(list_participants(s)) == 4
    finally:
        reopened.close()
    assert identity.inspect(v1_copy).user_version == identity.SCHEMA_VERSION


def test_version_1_fixture_opens_read_only(v1_copy: Path) -> None:
    before = FileState.of(v1_copy)
    doc = open_document(v1_copy, read_only=True)
    try:
        with doc.session() as s:
            assert len(list_participants(s)) == 3
    finally:
        doc.close()
    assert_unchanged(v1_copy, before)


def _upgrade_by_saving(path: Path) -> None:
    doc = open_document(path)
    try:
        doc.save()  # the upgraded working copy becomes the document
    finally:
        doc.close()


@pytest.mark.parametrize(
    "fixture", ["v1_copy", "v2_copy", "v3_copy", "v4_copy", "v5_copy", "v6_copy"]
)
def test_new_and_upgraded_files_have_the_same_tables_columns_indexes_and_keys(
    fixture: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """A migration that forgets a column or an index (or a model change without one) fails."""
    old = request.getfixturevalue(fixture)
    fresh = tmp_path / "fresh.sqlite"
    new_database(fresh, title="Ny")

    _upgrade_by_saving(old)

    assert _schema(old) == _schema(fresh)
    assert set(_schema(fresh)) >= {"workshop", "participant", "action_item", "term"}
    assert ("ix_term_counterpart_id", 0, ("counterpart_id",)) in _schema(fresh)["term"]["indexes"]


def test_version_1_upgraded_to_2_is_the_released_version_2_schema(v1_copy: Path) -> None:
    """The upgrade step writes, to the letter, the schema version 2 was released with."""
    conn = sqlite3.connect(v1_copy, isolation_level=None)
    try:
        migrations.migrate(conn, target=2)
    finally:
        conn.close()

    assert _master(v1_copy) == _master(V2)


@pytest.mark.parametrize(
    "name",
    [
        "schema_v1.tvaers",
        "schema_v2.tvaers",
        "schema_v3.tvaers",
        "schema_v4.tvaers",
        "schema_v5.tvaers",
        "schema_v6.tvaers",
        "schema_v7.tvaers",
    ],
)
def test_fixture_generator_still_builds_the_committed_fixture(tmp_path: Path, name: str) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = tmp_path / name
    module.build(name, rebuilt)
    assert rebuilt.read_bytes() == (FIXTURES / name).read_bytes()


# -- version 2: the glossary -----------------------------------------------------------


def test_fixture_is_a_version_2_workshop() -> None:
    header = identity.inspect(V2)
    assert header.user_version == 2
    assert header.application_id == identity.APPLICATION_ID


def test_version_2_fixture_opens_with_its_glossary_and_links(v2_copy: Path) -> None:
    before = FileState.of(v2_copy)
    doc = open_document(v2_copy)
    try:
        with doc.session() as s:
            names = participant_names(s)
            terms = list_terms(s)
            by_term = {t.term: t for t in terms}
            assert [(t.side, t.term, t.status) for t in terms] == [
                ("procurement", "Udbud", "agreed"),
                ("domain", "Tilbud", "disputed"),
                ("domain", "Triage", "proposed"),
            ]
            udbud, tilbud = by_term["Udbud"], by_term["Tilbud"]
            assert (udbud.counterpart_id, tilbud.counterpart_id) == (tilbud.id, udbud.id)
            assert names[udbud.taught_by or ""] == "Åse Ærenlund"
            assert names[tilbud.taught_by or ""] == "Dr. Yasmin مرحبا"
            assert udbud.example == 'Kørsel til genoptræning; "Fælles" udbud\r\nanden linje'
            assert tilbud.example == "=Ikke en formel"
            assert len(list_participants(s)) == 3
            unlink_term(s, term_id=tilbud.id)
        assert_unchanged(v2_copy, before)  # opening never writes the document
        doc.save()
    finally:
        doc.close()
    reopened = open_document(v2_copy, read_only=True)
    try:
        with reopened.session() as s:
            assert [t.counterpart_id for t in list_terms(s)] == [None, None, None]
    finally:
        reopened.close()


# -- migrate() itself, with made-up steps ---------------------------------------------


def _db(tmp_path: Path, version: int) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "m.sqlite", isolation_level=None)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {version}")
    return conn


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master ORDER BY name")]


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_migrate_runs_the_steps_in_order_and_sets_user_version(tmp_path: Path) -> None:
    conn = _db(tmp_path, 1)
    ran: list[int] = []

    def step(n: int) -> migrations.Step:
        def run(c: sqlite3.Connection) -> None:
            ran.append(n)
            assert c.in_transaction
            c.execute(f"CREATE TABLE v{n + 1} (x TEXT)")

        return run

    old = migrations.migrate(conn, target=4, steps={3: step(3), 1: step(1), 2: step(2)})
    assert old == 1
    assert ran == [1, 2, 3]
    assert _version(conn) == 4
    assert _tables(conn) == ["t", "v2", "v3", "v4"]
    assert not conn.in_transaction
    # Already current: nothing runs.
    assert migrations.migrate(conn, target=4, steps={1: step(1)}) == 4
    assert ran == [1, 2, 3]


def test_failing_migration_step_rolls_everything_back(tmp_path: Path) -> None:
    conn = _db(tmp_path, 1)

    def good(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE v2 (x TEXT)")
        c.execute("INSERT INTO t VALUES (1)")

    def bad(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE t ADD COLUMN y TEXT")
        raise RuntimeError("step 2 broke")

    with pytest.raises(RuntimeError, match="step 2 broke"):
        migrations.migrate(conn, target=3, steps={1: good, 2: bad})
    assert _version(conn) == 1
    assert _tables(conn) == ["t"]
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    assert [c[1] for c in conn.execute("PRAGMA table_info(t)")] == ["id"]
    assert not conn.in_transaction


def test_migration_with_a_missing_step_changes_nothing(tmp_path: Path) -> None:
    conn = _db(tmp_path, 1)
    with pytest.raises(migrations.MigrationError, match="from version 2"):
        migrations.migrate(conn, target=3, steps={1: lambda c: c.execute("CREATE TABLE x (a)")})
    assert _version(conn) == 1
    assert _tables(conn) == ["t"]


def test_step_that_commits_on_its_own_is_caught(tmp_path: Path) -> None:
    """executescript() commits first: such a step would break the one transaction."""
    conn = _db(tmp_path, 1)

    def sneaky(c: sqlite3.Connection) -> None:
        c.executescript("CREATE TABLE v2 (x TEXT);")

    with pytest.raises(migrations.MigrationError, match="ended the transaction"):
        migrations.migrate(conn, target=2, steps={1: sneaky})
    assert _version(conn) == 1


def test_open_upgrades_an_older_file_in_its_working_copy_only(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a future version 2 will: the step runs at open, the document changes on save."""

    def v1_to_v2(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE workshop ADD COLUMN glossary_note VARCHAR NOT NULL DEFAULT ''")

    monkeypatch.setattr(identity, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "STEPS", {1: v1_to_v2})
    before = FileState.of(v1_copy)

    reader = open_document(v1_copy, read_only=True)
    try:
        with reader.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA user_version").scalar() == 2
    finally:
        reader.close()

    doc = open_document(v1_copy)
    try:
        with doc.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA user_version").scalar() == 2
            columns = [r[1] for r in c.exec_driver_sql("PRAGMA table_info(workshop)")]
            assert "glossary_note" in columns
        assert_unchanged(v1_copy, before)
        doc.save()
    finally:
        doc.close()
    assert identity.inspect(v1_copy).user_version == 2


def test_file_whose_upgrade_fails_is_refused_and_unchanged(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE no_such_table ADD COLUMN x")

    monkeypatch.setattr(identity, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "STEPS", {1: broken})
    before = FileState.of(v1_copy)
    with pytest.raises(errors.DamagedFileError) as refused:
        open_document(v1_copy)
    assert refused.value.exit_code == errors.EXIT_DAMAGED
    with pytest.raises(errors.DamagedFileError):
        open_document(v1_copy, read_only=True)
    assert_unchanged(v1_copy, before)
    monkeypatch.undo()
    doc = open_document(v1_copy)  # no lock or working copy was left in the way
    doc.close()


# -- version 3: canvas, delivery board, sign-off -------------------------------------------


def test_version_2_upgraded_to_3_is_the_released_version_3_schema(v2_copy: Path) -> None:
    conn = sqlite3.connect(v2_copy, isolation_level=None)
    try:
        migrations.migrate(conn, target=3)
    finally:
        conn.close()
    assert _master(v2_copy) == _master(V3)


def test_version_3_fixture_opens_with_its_canvas_card_and_sign_off(tmp_path: Path) -> None:
    from desktop.core import canvas, delivery, signoff

    copy = tmp_path / "v3.tvaers"
    copy.write_bytes(V3.read_bytes())
    assert identity.inspect(copy).user_version == 3
    doc = open_document(copy)
    try:
        with doc.session() as s:
            (wall,) = canvas.list_canvases(s)
            (note,) = canvas.list_notes(s, canvas_id=wall.id)
            assert note.text == "Vi starter med kontrakten <&> 🧩" and note.votes == 7
            (card,) = delivery.list_services(s)
            assert (card.title, card.placement, card.annual_cost_dkk) == (
                "Mentorstøtte",
                "mixed",
                2400000,
            )
            assert [n for n, _ in delivery.services_covering_note(s, note.id)] == [card.id]
            (decision,) = signoff.list_decisions(s)
            (sign_off,) = signoff.list_sign_offs(s, decision_id=decision.id)
            assert sign_off.approver_name == "Dorte Direktør"
    finally:
        doc.close(save=False)


# -- version 4: contract years as typed ------------------------------------------------------


def test_version_3_upgraded_to_4_is_the_released_version_4_schema(v3_copy: Path) -> None:
    conn = sqlite3.connect(v3_copy, isolation_level=None)
    try:
        migrations.migrate(conn, target=4)
    finally:
        conn.close()
    assert _master(v3_copy) == _master(V4)


def test_version_3_card_opens_with_its_years_as_the_number_it_was(v3_copy: Path) -> None:
    """A card of before has no typed form: it shows its number, and typing one keeps it."""
    from desktop.core import delivery

    doc = open_document(v3_copy)
    try:
        with doc.session() as s:
            (card,) = delivery.list_services(s)
            assert (card.contract_years, card.contract_years_typed) == (4.0, "")
            assert delivery.contract_years_text(card.contract_years_typed, 4.0) == "4"
            delivery.update_service(s, service_id=card.id, contract_years_typed="3+1")
        doc.save()
    finally:
        doc.close()
    assert identity.inspect(v3_copy).user_version == identity.SCHEMA_VERSION
    reopened = open_document(v3_copy, read_only=True)
    try:
        with reopened.session() as s:
            (card,) = delivery.list_services(s)
            assert (card.contract_years, card.contract_years_typed) == (4.0, "3+1")
    finally:
        reopened.close()


def test_version_4_fixture_opens_with_the_years_as_typed(tmp_path: Path) -> None:
    from desktop.core import delivery

    copy = tmp_path / "v4.tvaers"
    copy.write_bytes(V4.read_bytes())
    assert identity.inspect(copy).user_version == 4  # the fixture as released
    doc = open_document(copy)
    try:
        with doc.session() as s:
            cards = {c.title: c for c in delivery.list_services(s)}
            driving = cards["Kørsel til genoptræning"]
            assert (driving.contract_years, driving.contract_years_typed) == (4.0, "2 + 1 + 1")
            assert cards["Mentorstøtte"].contract_years_typed == ""
    finally:
        doc.close(save=False)


# -- version 5: announcement date and bought share ---------------------------------------------


def test_version_4_upgraded_to_5_is_the_released_version_5_schema(v4_copy: Path) -> None:
    conn = sqlite3.connect(v4_copy, isolation_level=None)
    try:
        migrations.migrate(conn, target=5)
    finally:
        conn.close()
    assert _master(v4_copy) == _master(V5)


def test_version_4_card_opens_with_no_announcement_date_and_no_bought_share(v4_copy: Path) -> None:
    """A card of before follows the workshop's date, and a mixed card counts whole until the
    share is typed; typing them keeps them."""
    from desktop.core import delivery

    doc = open_document(v4_copy)
    try:
        with doc.session() as s:
            cards = {c.title: c for c in delivery.list_services(s)}
            driving = cards["Kørsel til genoptræning"]
            assert (driving.announcement_date, driving.bought_share_percent) == ("", None)
            delivery.update_service(
                s,
                service_id=cards["Mentorstøtte"].id,
                bought_share_percent=40,
                announcement_date="2027-03-01",
            )
        doc.save()
    finally:
        doc.close()
    assert identity.inspect(v4_copy).user_version == identity.SCHEMA_VERSION
    reopened = open_document(v4_copy, read_only=True)
    try:
        with reopened.session() as s:
            cards = {c.title: c for c in delivery.list_services(s)}
            mentor = cards["Mentorstøtte"]
            assert (mentor.announcement_date, mentor.bought_share_percent) == ("2027-03-01", 40)
    finally:
        reopened.close()


def test_version_5_fixture_opens_with_its_date_and_share(tmp_path: Path) -> None:
    from desktop.core import delivery

    copy = tmp_path / "v5.tvaers"
    copy.write_bytes(V5.read_bytes())
    assert identity.inspect(copy).user_version == 5
    doc = open_document(copy)
    try:
        with doc.session() as s:
            cards = {c.title: c for c in delivery.list_services(s)}
            lessons = cards["Danskundervisning på holdet"]
            assert (lessons.announcement_date, lessons.bought_share_percent) == ("2027-09-01", 60)
    finally:
        doc.close(save=False)


# -- version 6: leadership's frame for the decisions' resources ---------------------------------


def test_version_5_upgraded_to_6_is_the_released_version_6_schema(v5_copy: Path) -> None:
    conn = sqlite3.connect(v5_copy, isolation_level=None)
    try:
        migrations.migrate(conn, target=6)
    finally:
        conn.close()
    assert _master(v5_copy) == _master(V6)


def test_version_5_workshop_opens_with_no_frame_and_keeps_one_set(v5_copy: Path) -> None:
    """A workshop of before has no frame (no limit for anything); a frame set after the
    upgrade is saved in the new table and read back."""
    from desktop.core import priorities, signoff

    doc = open_document(v5_copy)
    try:
        with doc.session() as s:
            assert signoff.resource_frame(s) == {"budget_dkk": None, "hours": None, "fte": None}
            ranking = priorities.ranking(s)
            assert ranking.first_over is None and not ranking.has_frame
            signoff.update_resource_frame(s, budget_dkk=1_000_000, fte=1.5)
        doc.save()
    finally:
        doc.close()
    assert identity.inspect(v5_copy).user_version == identity.SCHEMA_VERSION
    reopened = open_document(v5_copy, read_only=True)
    try:
        with reopened.session() as s:
            frame = signoff.resource_frame(s)
            assert frame == {"budget_dkk": 1_000_000, "hours": None, "fte": 1.5}
            # The fixture's one decision asks for 1.100.000 kr. and 2 FTE: over both at once.
            ranking = priorities.ranking(s)
            assert (ranking.first_over, ranking.over_in) == (0, ("resources_dkk", "resources_fte"))
    finally:
        reopened.close()


def test_version_6_fixture_opens_with_its_frame(tmp_path: Path) -> None:
    from desktop.core import signoff

    copy = tmp_path / "v6.tvaers"
    copy.write_bytes(V6.read_bytes())
    assert identity.inspect(copy).user_version == 6
    doc = open_document(copy)
    try:
        with doc.session() as s:
            frame = signoff.resource_frame(s)
            assert frame == {"budget_dkk": 1_000_000, "hours": None, "fte": 1.5}
    finally:
        doc.close(save=False)


# -- version 7: contract status, business case, measures, lead times, market dialogue ---------


def test_version_6_upgraded_to_7_is_the_released_version_7_schema(v6_copy: Path) -> None:
    conn = sqlite3.connect(v6_copy, isolation_level=None)
    try:
        migrations.migrate(conn, target=7)
    finally:
        conn.close()
    assert _master(v6_copy) == _master(V7)


def test_version_6_card_opens_with_no_contract_or_case_and_keeps_them_once_set(
    v6_copy: Path,
) -> None:
    """A card of before has no contract, no business case, no dialogue; what is set after
    the upgrade is saved and read back."""
    from desktop.core.delivery_models import Measure, Service
    from desktop.core.dialogue_models import DialogueInfo, DialogueMeeting, DialogueTold

    doc = open_document(v6_copy)
    try:
        with doc.session() as s:
            lessons = s.get(Service, V5_SERVICE_ID)
            assert lessons is not None
            assert (lessons.contract_end, lessons.agreement, lessons.case_years) == (
                "",
                "unknown",
                None,
            )
            assert lessons.case_scores_cost is False
            assert s.exec(select(DialogueMeeting)).all() == []
            lessons.contract_end = "2027-12-31"
            lessons.case_fte = 1.5
            s.add(Measure(service_id=lessons.id, name="Andel i job", baseline="20 %"))
            meeting = DialogueMeeting(service_id=lessons.id, supplier="Lær Dansk ApS")
            info = DialogueInfo(service_id=lessons.id, text="Omkring 120 kursister")
            s.add_all([meeting, info])
            s.flush()
            s.add(DialogueTold(info_id=info.id, meeting_id=meeting.id))
            s.commit()
        doc.save()
    finally:
        doc.close()
    assert identity.inspect(v6_copy).user_version == identity.SCHEMA_VERSION
    reopened = open_document(v6_copy, read_only=True)
    try:
        with reopened.session() as s:
            lessons = s.get(Service, V5_SERVICE_ID)
            assert lessons is not None
            assert (lessons.contract_end, lessons.case_fte) == ("2027-12-31", 1.5)
            assert [m.baseline for m in s.exec(select(Measure)).all()] == ["20 %"]
            assert len(s.exec(select(DialogueTold)).all()) == 1
    finally:
        reopened.close()


def test_version_7_fixture_opens_with_its_contract_case_and_dialogue(tmp_path: Path) -> None:
    from desktop.core.delivery_models import Service, TenderLeadTime
    from desktop.core.dialogue_models import DialogueMeeting, DialogueTold

    copy = tmp_path / "v7.tvaers"
    copy.write_bytes(V7.read_bytes())
    assert identity.inspect(copy).user_version == 7
    doc = open_document(copy)
    try:
        with doc.session() as s:
            lessons = s.get(Service, V5_SERVICE_ID)
            assert lessons is not None
            assert (lessons.current_supplier, lessons.contract_end) == (
                "Sprogcenter Midt",
                "2027-12-31",
            )
            assert (lessons.case_fte, lessons.case_scores_cost) == (2.0, True)
            assert [(t.regime, t.step, t.days) for t in s.exec(select(TenderLeadTime))] == [
                ("light", "tender_period", 42)
            ]
            suppliers = sorted(m.supplier for m in s.exec(select(DialogueMeeting)))
            assert suppliers == ["Lær Dansk ApS", "Sprogcenter Midt"]
            assert len(s.exec(select(DialogueTold)).all()) == 1
    finally:
        doc.close(save=False)
