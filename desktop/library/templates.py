"""Templates in the organisation library: a canvas's zones (titles, prompts, geometry) and a
workshop's make-or-buy criteria with their weights, published by a steward and chosen when a
new workshop is made. Qt-free.

A template's body is versioned JSON::

    {"version": 1, "zones": [{"key", "title", "prompt", "x", "y", "width", "height"}, ...]}
    {"version": 1, "criteria": [{"key", "title", "description", "weight", "favours"}, ...]}

Publishing (publish_templates) goes straight to the server, in one transaction: a template's
UUID is derived from its kind and its title (template_id), so publishing the same name again
replaces it (a steward updating a template) and the same content again changes nothing
(INSERT ... ON CONFLICT (id) DO UPDATE ... WHERE the content_hash differs). Only stewards
may write templates; the server refuses anyone else (GRANT), and TemplatesStewardOnly says
so in one sentence.

A sync round (sync.py) pulls every template into the cache (cache.replace_templates);
choosing works from there, offline. Everything from the library is untrusted: a body is read
strictly (types, sizes, numbers in range, at most MAX_ZONES zones and MAX_CRITERIA criteria)
and a template that does not pass is left out with a log line (usable_templates); text keeps
no control or format characters. A new workshop gets copies (apply_templates): later changes
to a template never move notes on a canvas made from it.
"""

from __future__ import annotations

import json
import logging
import math
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import TvaersError
from desktop.library import connection
from desktop.library.errors import LibraryPermissionDenied
from desktop.library.outbox import canonical_json, content_hash

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

    from desktop.library.cache import CachedTemplate
    from desktop.library.settings import LibrarySettings

log = logging.getLogger(__name__)

CANVAS = "canvas"
MAKE_OR_BUY = "make_or_buy"
KINDS = (CANVAS, MAKE_OR_BUY)
VERSION = 1
MAX_ZONES = 24
MAX_CRITERIA = 30
MAX_TITLE = 200  # characters: a template's, a zone's or a criterion's title
MAX_TEXT = 2000  # a prompt or a description
MAX_BODY = 200_000  # characters of a body's JSON; a larger one is not even pulled
MAX_COORDINATE = 100_000.0  # scene units, either way from the origin
MIN_SIZE, MAX_SIZE = 50.0, 100_000.0  # a zone's width and height
MAX_WEIGHT = 10.0  # as delivery.update_criterion allows
FAVOURS = ("internal", "external")  # desktop.core.values.Leaning
PUBLISH_TIMEOUT = 5  # seconds: a steward waits for the answer
_KEY = re.compile(r"^[a-z0-9_]{0,40}$")
_KEEP = {"\n", "\t"}
# Derives a template's UUID from its kind and title (uuid5): the same name is the same row.
NAMESPACE = uuid.UUID("5b0c3d55-7a43-4c4b-9d0e-6f1f3c8a2e21")


class TemplateInvalid(ValueError):
    """A template body that does not follow the format (from the library: ignored)."""


class TemplatesStewardOnly(LibraryPermissionDenied):
    da = (
        "Kun en redaktør (rollen tvaers_steward) kan dele skabeloner i biblioteket på "
        "{where}; det kan »{user}« ikke. Bed en redaktør om at dele skabelonen."
    )
    en = (
        "Only a steward (the role tvaers_steward) can publish templates to the library at "
        "{where}; '{user}' cannot. Ask a steward to publish the template."
    )


class NothingToPublish(TvaersError):
    da = "Der er intet at dele: vælg lærredets zoner, kriterierne eller begge."
    en = "There is nothing to publish: choose the canvas's zones, the criteria or both."


@dataclass(frozen=True)
class ZoneSpec:
    key: str
    title: str
    prompt: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class CriterionSpec:
    key: str
    title: str
    description: str
    weight: float
    favours: str


@dataclass(frozen=True)
class Template:
    """A template checked and ready to use: its library id, kind and title, and zones or
    criteria (the other empty)."""

    id: str
    kind: str
    title: str
    zones: tuple[ZoneSpec, ...] = ()
    criteria: tuple[CriterionSpec, ...] = ()


# -- bodies ---------------------------------------------------------------------------------


def canvas_body(zones: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A canvas template's body from a canvas's zones (rows or dicts, in their order)."""
    body = {
        "version": VERSION,
        "zones": [
            {
                "key": str(z.get("key") or ""),
                "title": str(z.get("title") or ""),
                "prompt": str(z.get("prompt") or ""),
                **{name: float(z.get(name) or 0.0) for name in ("x", "y", "width", "height")},
            }
            for z in zones
        ],
    }
    parse_canvas(body)  # what the library would refuse is refused before it is sent
    return body


def criteria_body(criteria: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A make-or-buy template's body from a workshop's criteria (in their order)."""
    body = {
        "version": VERSION,
        "criteria": [
            {
                "key": str(c.get("key") or ""),
                "title": str(c.get("title") or ""),
                "description": str(c.get("description") or ""),
                "weight": float(c.get("weight", 1.0)),
                "favours": str(c.get("favours") or "internal"),
            }
            for c in criteria
        ],
    }
    parse_criteria(body)
    return body


def _text(value: object, what: str, limit: int, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise TemplateInvalid(f"{what} must be text, not {type(value).__name__}")
    if len(value) > limit:
        raise TemplateInvalid(f"{what} is longer than {limit} characters")
    if required and not value.strip():
        raise TemplateInvalid(f"{what} is empty")
    # Untrusted: no control or format character (but line breaks and tabs) survives. Most
    # text is printable as it is (str.isprintable: at C speed), so only the rest is combed.
    if value.replace("\t", "\n").replace("\n", "").isprintable():
        return value
    return "".join(
        "\ufffd" if ch not in _KEEP and unicodedata.category(ch) in ("Cc", "Cf") else ch
        for ch in value
    )


def _number(value: object, what: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TemplateInvalid(f"{what} must be a number")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise TemplateInvalid(f"{what} must be from {low:g} to {high:g}")
    return number


def _key(value: object, what: str) -> str:
    if not isinstance(value, str) or not _KEY.match(value):
        raise TemplateInvalid(f"{what} must be lower-case letters, digits and _ (at most 40)")
    return value


def _items(body: object, name: str, most: int, fields: set[str]) -> list[Mapping[str, Any]]:
    if not isinstance(body, Mapping):
        raise TemplateInvalid("the body must be a JSON object")
    if set(body) != {"version", name}:
        raise TemplateInvalid(f"the body must hold exactly version and {name}")
    if body["version"] != VERSION or isinstance(body["version"], bool):
        raise TemplateInvalid(f"version {body['version']!r} is not {VERSION}")
    items = body[name]
    if not isinstance(items, list) or not items:
        raise TemplateInvalid(f"{name} must be a non-empty list")
    if len(items) > most:
        raise TemplateInvalid(f"more than {most} {name}")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, Mapping) or set(item) != fields:
            raise TemplateInvalid(f"{name} {number} must hold exactly {', '.join(sorted(fields))}")
    return items


_ZONE_FIELDS = {f for f in ZoneSpec.__dataclass_fields__}
_CRITERION_FIELDS = {f for f in CriterionSpec.__dataclass_fields__}


def parse_canvas(body: object) -> tuple[ZoneSpec, ...]:
    """A canvas body's zones, checked; TemplateInvalid says what is wrong."""
    zones = []
    for n, z in enumerate(_items(body, "zones", MAX_ZONES, _ZONE_FIELDS), start=1):
        zones.append(
            ZoneSpec(
                key=_key(z["key"], f"zone {n}: key"),
                title=_text(z["title"], f"zone {n}: title", MAX_TITLE, required=True),
                prompt=_text(z["prompt"], f"zone {n}: prompt", MAX_TEXT),
                x=_number(z["x"], f"zone {n}: x", -MAX_COORDINATE, MAX_COORDINATE),
                y=_number(z["y"], f"zone {n}: y", -MAX_COORDINATE, MAX_COORDINATE),
                width=_number(z["width"], f"zone {n}: width", MIN_SIZE, MAX_SIZE),
                height=_number(z["height"], f"zone {n}: height", MIN_SIZE, MAX_SIZE),
            )
        )
    return tuple(zones)


def parse_criteria(body: object) -> tuple[CriterionSpec, ...]:
    """A make-or-buy body's criteria, checked; TemplateInvalid says what is wrong."""
    criteria = []
    for n, c in enumerate(_items(body, "criteria", MAX_CRITERIA, _CRITERION_FIELDS), start=1):
        favours = c["favours"]
        if favours not in FAVOURS:
            raise TemplateInvalid(f"criterion {n}: favours must be one of {', '.join(FAVOURS)}")
        criteria.append(
            CriterionSpec(
                key=_key(c["key"], f"criterion {n}: key"),
                title=_text(c["title"], f"criterion {n}: title", MAX_TITLE, required=True),
                description=_text(c["description"], f"criterion {n}: description", MAX_TEXT),
                weight=_number(c["weight"], f"criterion {n}: weight", 0.0, MAX_WEIGHT),
                favours=str(favours),
            )
        )
    return tuple(criteria)


def parse(template_id: str, kind: str, title: object, body: object) -> Template:
    """A template from the library, checked whole; TemplateInvalid when any part is not."""
    name = _text(title, "title", MAX_TITLE, required=True).strip()
    if kind == CANVAS:
        return Template(template_id, kind, name, zones=parse_canvas(body))
    if kind == MAKE_OR_BUY:
        return Template(template_id, kind, name, criteria=parse_criteria(body))
    raise TemplateInvalid(f"kind {kind!r} is not one of {', '.join(KINDS)}")


def usable_templates(cached: Iterable[CachedTemplate]) -> list[Template]:
    """The cached templates that pass the checks, by kind and title; each one left out is
    logged (its id and why), never shown."""
    usable = []
    for row in cached:
        try:
            if len(row.body) > MAX_BODY:
                raise TemplateInvalid("the body is too large")
            usable.append(parse(row.id, row.kind, row.title, json.loads(row.body)))
        except (TemplateInvalid, ValueError, RecursionError) as exc:
            log.warning("library template %s left out: %s", row.id, exc)
    return sorted(usable, key=lambda t: (t.kind, t.title.casefold(), t.id))


def cached_templates(cache_path: Path | None = None) -> list[Template]:
    """The usable templates in the cache; [] when there is none or it cannot be read."""
    from desktop.library.cache import LibraryCache
    from desktop.library.cache import cache_path as default_path

    path = default_path() if cache_path is None else cache_path
    if not path.exists():
        return []
    try:
        with LibraryCache(path) as cache:
            rows = cache.templates()
    except Exception:  # a damaged copy must not stop a new workshop; the log says why
        log.warning("could not read the library's templates from the cache", exc_info=True)
        return []
    return usable_templates(rows)


# -- publishing -----------------------------------------------------------------------------


def template_id(kind: str, title: str) -> uuid.UUID:
    """The template's key: the same kind and title (any case, spaces trimmed) is one row."""
    return uuid.uuid5(NAMESPACE, f"{kind}\n{title.strip().casefold()}")


def template_row(kind: str, title: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """The server row of a template (id, kind, title, body, content_hash)."""
    if kind not in KINDS:
        raise ValueError(f"unknown template kind {kind!r}")
    title = _text(title, "the name", MAX_TITLE, required=True).strip()  # as others will read it
    content = {"kind": kind, "title": title, "body": json.loads(canonical_json(body))}
    return {
        "id": template_id(kind, title),
        **content,
        "content_hash": content_hash(content),
    }


@dataclass(frozen=True)
class PublishResult:
    """How many templates the library has new or changed (0: it had them as they are), or
    the plain sentence of what went wrong."""

    changed: int
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def upsert(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert or replace the rows in one statement; how many were new or changed."""
    from sqlalchemy import func
    from sqlalchemy.dialects.postgresql import insert

    from desktop.library import server_schema as s

    t = s.templates
    stmt = insert(t).values([dict(r) for r in rows])
    changed = {
        "kind": stmt.excluded.kind,
        "title": stmt.excluded.title,
        "body": stmt.excluded.body,
        "content_hash": stmt.excluded.content_hash,
        "published_by": func.current_user(),
        "published_at": func.now(),
    }
    result = conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[t.c.id],
            set_=changed,
            where=t.c.content_hash != stmt.excluded.content_hash,
        ).returning(t.c.id)  # only the rows inserted or changed come back
    )
    return len(result.all())


def publish_templates(
    library: LibrarySettings,
    password: str | None,
    rows: Sequence[Mapping[str, Any]],
    *,
    lang: str = "da",
    timeout: int = PUBLISH_TIMEOUT,
) -> PublishResult:
    """Publish the template rows (template_row) to the library, all in one transaction."""
    from sqlalchemy.exc import DBAPIError

    from desktop.library.admin import require_current, translate
    from desktop.library.sync import _server_url as server_url

    if not rows:
        return PublishResult(0, NothingToPublish().message(lang))
    server = server_url(library)
    engine = connection.create_engine(
        connection.connection_arguments(library, password, timeout=timeout)
    )
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise connection.explain(exc.orig or exc, library, timeout=timeout) from None
        with conn:
            try:
                with conn.begin():
                    require_current(conn, server)
                    changed = upsert(conn, rows)
            except DBAPIError as exc:
                problem = translate(exc, server)
                if type(problem) is LibraryPermissionDenied:
                    problem = TemplatesStewardOnly(**problem.params)
                raise problem from None
    except TvaersError as problem:
        log.info("template publish stopped: %s", type(problem).__name__)
        return PublishResult(0, problem.message(lang))
    finally:
        engine.dispose()
    log.info("library templates: %d of %d new or changed", changed, len(rows))
    return PublishResult(changed)


def pull(conn: Connection) -> list[CachedTemplate]:
    """Every template of the library, as the cache keeps it (a body too large is skipped)."""
    from sqlalchemy import select

    from desktop.library import server_schema as s
    from desktop.library.cache import CachedTemplate

    t = s.templates
    found = []
    for row in conn.execute(select(t).order_by(t.c.kind, t.c.title, t.c.id)):
        body = json.dumps(row.body, sort_keys=True, ensure_ascii=False)
        if len(body) > MAX_BODY:
            log.warning("library template %s left out: the body is too large", row.id)
            continue
        found.append(
            CachedTemplate(
                id=str(row.id),
                kind=str(row.kind),
                title=str(row.title),
                body=body,
                published_by=str(row.published_by or ""),
                published_at=str(row.published_at or ""),
                content_hash=str(row.content_hash),
            )
        )
    return found


# -- the open workshop: what it publishes, and a new one made from templates ---------------


def workshop_canvas_body(session: Session, canvas_id: str) -> dict[str, Any]:
    from desktop.core import canvas

    return canvas_body(z.model_dump() for z in canvas.list_zones(session, canvas_id=canvas_id))


def workshop_criteria_body(session: Session) -> dict[str, Any]:
    from desktop.core import delivery

    return criteria_body(c.model_dump() for c in delivery.list_criteria(session))


def apply_templates(
    session: Session, canvas_template: Template | None, criteria_template: Template | None
) -> None:
    """Give a new workshop a canvas with the template's zones (copies: the canvas is its
    own) and the template's criteria with their weights, in one commit. The workshop's
    starting criteria are then not added when its first card is (delivery.ensure_criteria
    adds them only to a workshop without criteria)."""
    from desktop.core import operations as ops
    from desktop.core.canvas_models import Canvas, Zone
    from desktop.core.delivery_models import Criterion

    if canvas_template is not None and canvas_template.zones:
        made = Canvas(title=canvas_template.title, position=ops.next_position(session, Canvas))
        session.add(made)
        for position, zone in enumerate(canvas_template.zones):
            session.add(
                Zone(
                    canvas_id=made.id,
                    key=zone.key,
                    title=zone.title,
                    prompt=zone.prompt,
                    position=position,
                    x=zone.x,
                    y=zone.y,
                    width=zone.width,
                    height=zone.height,
                )
            )
    if criteria_template is not None:
        start = ops.next_position(session, Criterion)
        for position, criterion in enumerate(criteria_template.criteria, start=start):
            session.add(
                Criterion(
                    key=criterion.key,
                    title=criterion.title,
                    description=criterion.description,
                    weight=criterion.weight,
                    favours=criterion.favours,
                    position=position,
                )
            )
    session.commit()
