"""Templates in the library against the suite's real PostgreSQL: a steward publishes a canvas
and make-or-buy criteria (idempotent: the same name again replaces, the same content changes
nothing), a contributor is refused by the server itself, a sync round pulls them into the
cache, and a hostile body in the library is left out, never used."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from desktop.library import admin, sync
from desktop.library import server_schema as s
from desktop.library import templates as t
from desktop.library.cache import LibraryCache
from desktop.library.errors import LibraryPermissionDenied
from desktop.library.settings import LibrarySettings

MakeLogin = Callable[[str], str]

ZONES = [
    {"key": "behov", "title": "Borgerens behov", "prompt": "Hvad skal borgeren kunne?"},
    {"key": "", "title": "Mål <b>og</b> effekt", "prompt": "Hvordan ser vi det?"},
]
GEOMETRY = [
    {"x": 0.0, "y": 0.0, "width": 740.0, "height": 640.0},
    {"x": 760.0, "y": 0.0, "width": 740.0, "height": 640.0},
]
CRITERIA = [
    {
        "key": "cost",
        "title": "Pris",
        "description": "5 = klart billigere at købe",
        "weight": 2.5,
        "favours": "external",
    },
    {
        "key": "",
        "title": "Nærhed til borgeren",
        "description": "",
        "weight": 0,
        "favours": "internal",
    },
]


def _settings(url: str) -> tuple[LibrarySettings, str]:
    parsed = make_url(url)
    assert parsed.host and parsed.port and parsed.username and parsed.password
    library = LibrarySettings(
        host=parsed.host, user=parsed.username, port=parsed.port, database=str(parsed.database)
    )
    return library, parsed.password


def _rows(title: str = "Beskæftigelse") -> list[dict[str, Any]]:
    zones = [z | g for z, g in zip(ZONES, GEOMETRY, strict=True)]
    return [
        t.template_row(t.CANVAS, title, t.canvas_body(zones)),
        t.template_row(t.MAKE_OR_BUY, title, t.criteria_body(CRITERIA)),
    ]


def _publish(url: str, rows: list[dict[str, Any]], lang: str = "en") -> t.PublishResult:
    library, password = _settings(url)
    return t.publish_templates(library, password, rows, lang=lang)


def _server(admin_url: str) -> list[Any]:
    with admin.connected(admin_url) as conn:
        return list(conn.execute(select(s.templates).order_by(s.templates.c.kind)).all())


@pytest.fixture
def steward(admin_url: str, make_login: MakeLogin) -> str:
    admin.init_library(admin_url)
    return make_login(s.STEWARD)


def test_a_steward_publishes_and_publishing_again_changes_nothing(
    admin_url: str, steward: str
) -> None:
    assert _publish(steward, _rows()) == t.PublishResult(2)
    first = _server(admin_url)
    assert [(r.kind, r.title) for r in first] == [
        ("canvas", "Beskæftigelse"),
        ("make_or_buy", "Beskæftigelse"),
    ]
    steward_name = make_url(steward).username
    assert {r.published_by for r in first} == {steward_name}  # the server's current_user
    assert first[0].body["zones"][1]["title"] == "Mål <b>og</b> effekt"
    assert first[1].body["criteria"][0]["weight"] == 2.5
    for row in first:  # the hash is the canonical JSON's: the laptop's and the server's agree
        assert row.content_hash == s.content_hash(
            {"kind": row.kind, "title": row.title, "body": row.body}
        )

    # The same again: nothing new, nothing rewritten.
    assert _publish(steward, _rows()) == t.PublishResult(0)
    again = _server(admin_url)
    assert [(r.id, r.published_at, r.content_hash) for r in again] == [
        (r.id, r.published_at, r.content_hash) for r in first
    ]

    # The same name with other criteria: the one row replaced, not a second one.
    changed = [dict(CRITERIA[0], weight=4)]
    row = t.template_row(t.MAKE_OR_BUY, "Beskæftigelse", t.criteria_body(changed))
    assert _publish(steward, [row]) == t.PublishResult(1)
    after = _server(admin_url)
    assert len(after) == 2
    assert after[1].id == first[1].id and after[1].body["criteria"] == [CRITERIA[0] | {"weight": 4}]


def test_a_contributor_is_refused_by_the_server(
    admin_url: str, make_login: MakeLogin, steward: str
) -> None:
    contributor = make_login(s.CONTRIBUTOR)
    result = _publish(contributor, _rows(), lang="da")
    assert not result.ok and result.changed == 0
    assert result.error is not None
    assert result.error.startswith("Kun en redaktør (rollen tvaers_steward) kan dele skabeloner")
    assert _server(admin_url) == []
    # Not only the app: the server refuses the contributor's own SQL too.
    with (
        pytest.raises(LibraryPermissionDenied, match="permission denied"),
        admin.connected(contributor) as conn,
    ):
        conn.execute(
            text(
                "INSERT INTO tvaers_library.templates (id, kind, title, body, content_hash) "
                "VALUES (gen_random_uuid(), 'canvas', 'x', '{}', 'x')"
            )
        )


def test_nothing_chosen_and_an_unreachable_library_are_sentences(tmp_path: Path) -> None:
    library = LibrarySettings(host="127.0.0.1", user="anne", port=1)
    assert t.publish_templates(library, "pw", [], lang="en").error == (
        "There is nothing to publish: choose the canvas's zones, the criteria or both."
    )
    unreachable = t.publish_templates(library, "pw", _rows(), lang="en")
    assert unreachable.error is not None and "127.0.0.1" in unreachable.error


def test_a_sync_round_pulls_them_into_the_cache_and_a_hostile_body_is_left_out(
    admin_url: str, steward: str, make_login: MakeLogin, tmp_path: Path
) -> None:
    assert _publish(steward, _rows()).ok
    hostile = {
        "too many zones": {
            "version": 1,
            "zones": [ZONES[0] | GEOMETRY[0]] * (t.MAX_ZONES + 1),
        },
        "a huge number": {"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"width": 1e308}]},
        "text for a number": {"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"x": "0"}]},
        "a boolean for a number": {"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"y": True}]},
        "a long title": {"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"title": "x" * 5000}]},
        "an unknown field": {"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"html": "<b>"}]},
        "another version": {"version": 2, "zones": [ZONES[0] | GEOMETRY[0]]},
        "a list for a body": [1, 2, 3],
        "a key with markup": {"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"key": "<b>"}]},
    }
    with admin.connected(admin_url) as conn:  # written past the app, as a rogue client would
        for title, body in hostile.items():
            conn.execute(
                s.templates.insert().values(
                    id=uuid.uuid4(), kind="canvas", title=title, body=body, content_hash="x"
                )
            )
        conn.execute(
            s.templates.insert().values(
                id=uuid.uuid4(),
                kind="make_or_buy",
                title="a weight of 11",
                body={"version": 1, "criteria": [CRITERIA[0] | {"weight": 11}]},
                content_hash="x",
            )
        )
        conn.execute(
            s.templates.insert().values(
                id=uuid.uuid4(),
                kind="canvas",
                title="Styretegn\u202e og \x1b[31m",
                body={"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"prompt": "a\x07b\nc"}]},
                content_hash="x",
            )
        )
    reader = make_login(s.READER)
    library, password = _settings(reader)
    cache = tmp_path / "cache.sqlite"
    result = sync.sync_round(
        library, password, outbox_path=tmp_path / "outbox.sqlite", cache_path=cache
    )
    assert result.ok, result.error
    with LibraryCache(cache) as copy:
        assert len(copy.templates()) == 2 + len(hostile) + 2
    usable = t.cached_templates(cache)
    assert [(u.kind, u.title) for u in usable] == [
        ("canvas", "Beskæftigelse"),
        ("canvas", "Styretegn\ufffd og \ufffd[31m"),
        ("make_or_buy", "Beskæftigelse"),
    ]
    canvas, controls, criteria = usable
    assert [z.title for z in canvas.zones] == ["Borgerens behov", "Mål <b>og</b> effekt"]
    assert controls.zones[0].prompt == "a\ufffdb\nc"  # line breaks kept, control characters not
    assert criteria.criteria[0] == t.CriterionSpec(
        "cost", "Pris", CRITERIA[0]["description"], 2.5, "external"
    )

    # A later pull without them empties the copy's templates (the copy is the library's).
    with admin.connected(admin_url) as conn:
        conn.execute(s.templates.delete())
    assert sync.sync_round(
        library, password, outbox_path=tmp_path / "outbox.sqlite", cache_path=cache
    ).ok
    assert t.cached_templates(cache) == []


def test_a_damaged_cache_or_none_gives_no_templates(tmp_path: Path) -> None:
    assert t.cached_templates(tmp_path / "none.sqlite") == []
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    assert t.cached_templates(broken) == []


@pytest.mark.parametrize(
    "body",
    [
        {"version": 1, "zones": []},
        {"version": 1, "zones": [{"key": "a"}]},
        {"version": True, "zones": [ZONES[0] | GEOMETRY[0]]},
        {"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"width": float("nan")}]},
        {"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"title": "  "}]},
        {"version": 1, "zones": [ZONES[0] | GEOMETRY[0] | {"height": 10}]},
        json.loads('{"version": 1, "zones": "' + "z" * 10 + '"}'),
    ],
)
def test_bad_canvas_bodies_are_refused(body: object) -> None:
    with pytest.raises(t.TemplateInvalid):
        t.parse_canvas(body)


def test_bad_criteria_are_refused() -> None:
    for bad in ({"favours": "both"}, {"weight": -1}, {"weight": "2"}, {"title": 7}):
        with pytest.raises(t.TemplateInvalid):
            t.parse_criteria({"version": 1, "criteria": [CRITERIA[0] | bad]})
    too_many = {"version": 1, "criteria": [CRITERIA[0]] * (t.MAX_CRITERIA + 1)}
    with pytest.raises(t.TemplateInvalid):
        t.parse_criteria(too_many)


def test_a_name_others_could_not_read_is_refused_before_it_is_sent() -> None:
    body = t.criteria_body(CRITERIA)
    for name in ("", "   ", "x" * (t.MAX_TITLE + 1)):
        with pytest.raises(t.TemplateInvalid):
            t.template_row(t.MAKE_OR_BUY, name, body)


def test_the_id_follows_kind_and_name() -> None:
    assert t.template_id(t.CANVAS, "Beskæftigelse") == t.template_id(t.CANVAS, " BESKÆFTIGELSE ")
    assert t.template_id(t.CANVAS, "Beskæftigelse") != t.template_id(t.MAKE_OR_BUY, "Beskæftigelse")


def test_a_workshop_made_from_templates_prints_their_text_as_typed(tmp_path: Path) -> None:
    """apply_templates copies zones and criteria into the new workshop's one file; library
    text with markup prints as typed in the minutes (escaped), never as formatting."""
    import io

    from desktop.core import delivery
    from desktop.export.minutes import MinutesOptions, write_minutes
    from desktop.export.minutes_data import read_file
    from desktop.storage.document import create_document
    from tests.export.pdf_reading import Pdf

    zones = [z | g for z, g in zip(ZONES, GEOMETRY, strict=True)]
    canvas_template = t.parse(
        "c", t.CANVAS, "Skabelon <u>fra</u> & biblioteket", t.canvas_body(zones)
    )
    criteria_template = t.parse("m", t.MAKE_OR_BUY, "Kriterier", t.criteria_body(CRITERIA))
    path = tmp_path / "fra skabelon.tvaers"
    doc = create_document(path, title="Fra skabelon")
    try:
        with doc.session() as session:
            t.apply_templates(session, canvas_template, criteria_template)
            # The criteria are the template's: the starting ones are not added to them.
            assert delivery.ensure_criteria(session) == []
        doc.save()
    finally:
        doc.close(save=False)
    data = read_file(path)
    [made] = data.canvases
    assert made.title == "Skabelon <u>fra</u> & biblioteket" and made.template_key == ""
    assert [z.title for z in made.zones] == ["Borgerens behov", "Mål <b>og</b> effekt"]
    out = io.BytesIO()
    write_minutes(data, MinutesOptions(), out)
    printed = Pdf.of(out.getvalue()).text()
    assert "Mål <b>og</b> effekt" in printed
    assert "Skabelon <u>fra</u> & biblioteket" in printed
