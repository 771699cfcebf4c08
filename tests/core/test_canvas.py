"""The needs canvas's data: canvases from templates, zones, notes, places, votes, undo data."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from desktop.core import canvas
from desktop.core.canvas import (
    NOTE_WIDTH,
    EmptyTitleError,
    NegativeVotesError,
    NotePlace,
    UnknownTemplateError,
    ZoneOnOtherCanvasError,
)
from desktop.core.canvas_models import Canvas, Note, NoteKind, Zone
from desktop.core.canvas_templates import (
    BLANK,
    NEEDS_MAPPING,
    ORDER,
    ROOT_PROBLEMS,
    available_templates,
    load_template,
)
from desktop.core.delivery_models import Service, ServiceNote
from desktop.core.errors import InvalidChoiceError, NotFoundError
from desktop.core.workshop import update_workshop

LONG = ("Borgeren har brug for en fast kontaktperson. " * 50)[:2000]
STRANGE = [
    "Bod, hvis fremmødet er < 80 % & <b>ikke</b> meldt",
    "Markedsdialog 💡🤔 før kravene",
    "Linje et\nLinje to\n\n  indrykket\ttab",
    "   ",
    "",
    "العربية og dansk",
    "x" * 5000,
]


@pytest.fixture
def needs(session: Session) -> Canvas:
    return canvas.create_canvas(session, template_key=NEEDS_MAPPING)


def _zones(session: Session, canvas_id: str) -> dict[str, Zone]:
    return {z.key: z for z in canvas.list_zones(session, canvas_id=canvas_id)}


def _centre_of(zone: Zone) -> tuple[float, float]:
    return zone.x + zone.width / 2, zone.y + zone.height / 2


# -- templates and canvases ----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_template_loads_with_titles_and_prompts_in_both_languages(lang: str) -> None:
    templates = available_templates()
    assert [t.key for t in templates] == list(ORDER)
    for template in templates:
        assert template.title(lang).strip()
        assert template.zones
        for zone in template.zones:
            assert zone.title(lang).strip() and zone.prompt(lang).strip()
            assert zone.width > NOTE_WIDTH and zone.height > canvas.ZONE_HEADER
    assert load_template(ROOT_PROBLEMS).title("da") == "Rodproblemer"
    assert load_template(ROOT_PROBLEMS).title("en") == "Root problems"


def test_templates_have_the_zones_the_method_names() -> None:
    assert [z.title_da for z in load_template(NEEDS_MAPPING).zones] == [
        "Målgrupper",
        "Behov",
        "Krav",
        "Kontraktvilkår",
        "Økonomisk råderum",
        "Leverandører og marked",
        "Medarbejdernes roller og ansvar",
        "Åbne spørgsmål",
    ]
    assert [z.key for z in load_template(ROOT_PROBLEMS).zones] == [
        "proces",
        "indkoeb",
        "faglighed",
        "ledelse",
    ]
    assert len(load_template(BLANK).zones) == 1


def test_a_new_needs_canvas_names_the_staffs_roles_and_an_older_one_keeps_its_zone(
    session: Session,
) -> None:
    """Issue 16: the method's wording for new workshops; a zone's title is stored with the
    workshop when the canvas is made, so a workshop made before keeps "Roller og ansvar"."""
    made = canvas.create_canvas(session, template_key=NEEDS_MAPPING)
    zones = {z.key: z for z in canvas.list_zones(session, canvas_id=made.id)}
    assert zones["roller"].title == "Medarbejdernes roller og ansvar"
    zones["roller"].title = "Roller og ansvar"  # as a workshop made before stored it
    session.add(zones["roller"])
    session.commit()
    contents = canvas.canvas_contents(session, canvas_id=made.id)
    assert "Roller og ansvar" in [z["title"] for z in contents.zones]
    assert "Medarbejdernes roller og ansvar" not in [z["title"] for z in contents.zones]
    update_workshop(session, minutes_language="en")
    english = canvas.create_canvas(session, template_key=NEEDS_MAPPING)
    titles = [z.title for z in canvas.list_zones(session, canvas_id=english.id)]
    assert "Staff roles and responsibilities" in titles


def test_template_zones_do_not_overlap() -> None:
    for template in available_templates():
        zones = template.zones
        for i, a in enumerate(zones):
            for b in zones[i + 1 :]:
                apart = (
                    a.x + a.width <= b.x
                    or b.x + b.width <= a.x
                    or a.y + a.height <= b.y
                    or b.y + b.height <= a.y
                )
                assert apart, (template.key, a.key, b.key)


def test_canvas_copies_template_zones_in_the_minutes_language(session: Session) -> None:
    made = canvas.create_canvas(session, template_key=NEEDS_MAPPING)
    assert made.title == "Behovskortlægning"
    assert made.template_key == NEEDS_MAPPING
    zones = canvas.list_zones(session, canvas_id=made.id)
    template = load_template(NEEDS_MAPPING)
    assert [z.key for z in zones] == [z.key for z in template.zones]
    assert [z.title for z in zones] == [z.title_da for z in template.zones]
    assert [z.prompt for z in zones] == [z.prompt_da for z in template.zones]
    assert [(z.x, z.y, z.width, z.height) for z in zones] == [
        (z.x, z.y, z.width, z.height) for z in template.zones
    ]

    update_workshop(session, minutes_language="en")
    english = canvas.create_canvas(session, template_key=ROOT_PROBLEMS)
    assert english.title == "Root problems"
    assert [z.title for z in canvas.list_zones(session, canvas_id=english.id)] == [
        "Process",
        "Procurement",
        "Professional expertise",
        "Leadership",
    ]


def test_several_canvases_of_one_template_get_numbered_titles(session: Session) -> None:
    titles = [canvas.create_canvas(session, template_key=ROOT_PROBLEMS).title for _ in range(3)]
    assert titles == ["Rodproblemer", "Rodproblemer 2", "Rodproblemer 3"]
    named = canvas.create_canvas(session, template_key=BLANK, title="Idéer til markedsdialog")
    assert [c.title for c in canvas.list_canvases(session)] == [*titles, named.title]


def test_unknown_template_and_empty_title_are_refused(session: Session) -> None:
    with pytest.raises(UnknownTemplateError) as refused:
        canvas.create_canvas(session, template_key="kanban")
    assert "kanban" in refused.value.message("da")
    with pytest.raises(EmptyTitleError):
        canvas.create_canvas(session, template_key=BLANK, title="  ")
    assert canvas.list_canvases(session) == []


def test_rename_returns_the_old_title_and_refuses_an_empty_one(
    session: Session, needs: Canvas
) -> None:
    assert canvas.rename_canvas(session, canvas_id=needs.id, title="Behov: mentorstøtte") == (
        "Behovskortlægning"
    )
    with pytest.raises(EmptyTitleError):
        canvas.rename_canvas(session, canvas_id=needs.id, title="")
    assert canvas.get_canvas(session, canvas_id=needs.id).title == "Behov: mentorstøtte"
    with pytest.raises(NotFoundError):
        canvas.rename_canvas(session, canvas_id="no-such-canvas", title="x")


def test_delete_canvas_and_restore_brings_back_zones_notes_and_service_links(
    session: Session, needs: Canvas, reopen: Callable[[], Session]
) -> None:
    zones = _zones(session, needs.id)
    note = canvas.add_note(session, canvas_id=needs.id, zone_id=zones["behov"].id, text="Behov")
    other = canvas.add_note(session, canvas_id=needs.id, zone_id=zones["krav"].id, text="Krav")
    service = Service(title="Mentorstøtte")
    session.add(service)
    session.add(ServiceNote(service_id=service.id, note_id=note.id))
    session.commit()
    before = canvas.canvas_contents(session, canvas_id=needs.id)

    data = canvas.delete_canvas(session, canvas_id=needs.id)
    assert canvas.list_canvases(session) == []
    assert session.get(Note, note.id) is None and session.get(Zone, zones["behov"].id) is None
    assert session.get(ServiceNote, (service.id, note.id)) is None

    canvas.restore_canvas(session, data=data)
    later = reopen()
    assert canvas.canvas_contents(later, canvas_id=needs.id) == before
    assert later.get(ServiceNote, (service.id, note.id)) is not None
    assert later.get(Note, other.id) is not None


# -- notes ---------------------------------------------------------------------------------


def test_note_in_a_zone_lands_on_a_free_spot_below_the_title(
    session: Session, needs: Canvas
) -> None:
    behov = _zones(session, needs.id)["behov"]
    first = canvas.add_note(session, canvas_id=needs.id, zone_id=behov.id, text="Et")
    second = canvas.add_note(session, canvas_id=needs.id, zone_id=behov.id, text="To")
    for note in (first, second):
        assert note.zone_id == behov.id
        assert behov.x <= note.x and note.x + NOTE_WIDTH <= behov.x + behov.width
        assert note.y >= behov.y + canvas.ZONE_HEADER
    assert (first.x, first.y) != (second.x, second.y)
    assert (
        abs(first.x - second.x) >= NOTE_WIDTH or abs(first.y - second.y) >= canvas.NOTE_MIN_HEIGHT
    )


def test_note_at_a_point_in_a_zone_is_kept_inside_the_zone(session: Session, needs: Canvas) -> None:
    krav = _zones(session, needs.id)["krav"]
    corner = krav.x + krav.width - 5, krav.y + krav.height - 5  # a double-click near the edge
    note = canvas.add_note(session, canvas_id=needs.id, zone_id=krav.id, x=corner[0], y=corner[1])
    assert note.zone_id == krav.id
    assert note.x + NOTE_WIDTH <= krav.x + krav.width
    assert note.y + canvas.estimated_height("") <= krav.y + krav.height


def test_new_note_is_of_the_kind_its_zone_asks_for(session: Session, needs: Canvas) -> None:
    zones = _zones(session, needs.id)
    kinds = {
        key: canvas.add_note(session, canvas_id=needs.id, zone_id=zones[key].id).kind
        for key in ("behov", "krav", "spoergsmaal")
    }
    assert kinds == {"behov": "need", "krav": "requirement", "spoergsmaal": "question"}
    root = canvas.create_canvas(session, template_key=ROOT_PROBLEMS)
    proces = _zones(session, root.id)["proces"]
    assert canvas.add_note(session, canvas_id=root.id, zone_id=proces.id).kind == "root_problem"
    asked = canvas.add_note(session, canvas_id=root.id, zone_id=proces.id, kind="idea")
    assert asked.kind == "idea"


def test_note_without_zone_joins_the_zone_under_its_centre(session: Session, needs: Canvas) -> None:
    krav = _zones(session, needs.id)["krav"]
    x, y = _centre_of(krav)
    inside = canvas.add_note(session, canvas_id=needs.id, x=x - NOTE_WIDTH / 2, y=y - 60)
    outside = canvas.add_note(session, canvas_id=needs.id, x=-5000, y=-5000)
    assert inside.zone_id == krav.id
    assert outside.zone_id is None


def test_bad_note_fields_are_refused_with_typed_errors(session: Session, needs: Canvas) -> None:
    behov = _zones(session, needs.id)["behov"]
    with pytest.raises(InvalidChoiceError):
        canvas.add_note(session, canvas_id=needs.id, zone_id=behov.id, kind="wish")
    with pytest.raises(InvalidChoiceError):
        canvas.add_note(session, canvas_id=needs.id, zone_id=behov.id, side="finance")
    with pytest.raises(InvalidChoiceError):
        canvas.add_note(session, canvas_id=needs.id, zone_id=behov.id, priority="won't")
    with pytest.raises(NegativeVotesError):
        canvas.add_note(session, canvas_id=needs.id, zone_id=behov.id, votes=-1)
    with pytest.raises(NotFoundError):
        canvas.add_note(session, canvas_id="no-such-canvas")
    with pytest.raises(ValueError, match="colour"):
        canvas.add_note(session, canvas_id=needs.id, colour="red")
    other = canvas.create_canvas(session, template_key=BLANK)
    with pytest.raises(ZoneOnOtherCanvasError):
        canvas.add_note(session, canvas_id=other.id, zone_id=behov.id)
    assert canvas.list_notes(session, canvas_id=needs.id) == []


def test_update_note_returns_the_values_before(session: Session, needs: Canvas) -> None:
    note = canvas.add_note(session, canvas_id=needs.id, text="Behov", kind="need")
    before = canvas.update_note(
        session, note_id=note.id, text="Krav", kind="requirement", priority="must", side="domain"
    )
    assert before == {"text": "Behov", "kind": "need", "priority": "", "side": "other"}
    with pytest.raises(ValueError):
        canvas.update_note(session, note_id=note.id, x=3.0)
    with pytest.raises(InvalidChoiceError):
        canvas.update_note(session, note_id=note.id, priority="maybe")
    stored = canvas.get_note(session, note_id=note.id)
    assert (stored.text, stored.kind, stored.priority, stored.side) == (
        "Krav",
        "requirement",
        "must",
        "domain",
    )
    with pytest.raises(NotFoundError):
        canvas.update_note(session, note_id="gone", text="x")


def test_votes_count_up_and_down_but_never_below_zero(session: Session, needs: Canvas) -> None:
    note = canvas.add_note(session, canvas_id=needs.id)
    assert canvas.change_votes(session, note_id=note.id, delta=1) == 0
    assert canvas.change_votes(session, note_id=note.id, delta=1) == 1
    assert canvas.get_note(session, note_id=note.id).votes == 2
    for _ in range(4):
        canvas.change_votes(session, note_id=note.id, delta=-1)
    assert canvas.get_note(session, note_id=note.id).votes == 0
    assert canvas.set_votes(session, note_id=note.id, votes=7) == 0
    with pytest.raises(NegativeVotesError) as refused:
        canvas.set_votes(session, note_id=note.id, votes=-3)
    assert "0" in refused.value.message("da")
    assert canvas.get_note(session, note_id=note.id).votes == 7


def test_list_by_votes_puts_most_votes_first_then_zone_order(
    session: Session, needs: Canvas
) -> None:
    zones = _zones(session, needs.id)

    def add(key: str, text: str, votes: int) -> None:
        canvas.add_note(session, canvas_id=needs.id, zone_id=zones[key].id, text=text, votes=votes)

    add("spoergsmaal", "spørgsmål 3", 3)
    add("krav", "krav 3", 3)
    add("behov", "behov 1", 1)
    add("behov", "behov 7", 7)
    add("maalgrupper", "målgruppe 3", 3)
    add("krav", "krav 3 igen", 3)
    canvas.add_note(session, canvas_id=needs.id, x=-3000, y=-3000, text="udenfor 3", votes=3)
    expected = [
        "behov 7",
        "målgruppe 3",
        "krav 3",
        "krav 3 igen",
        "spørgsmål 3",
        "udenfor 3",
        "behov 1",
    ]
    assert [n.text for n in canvas.notes_by_votes(session, canvas_id=needs.id)] == expected
    contents = canvas.canvas_contents(session, canvas_id=needs.id)
    ordered = canvas.order_by_votes(contents.notes, contents.zones)
    assert [n["text"] for n in ordered] == expected


def test_delete_note_and_restore_it_with_its_service_links(
    session: Session, needs: Canvas, reopen: Callable[[], Session]
) -> None:
    behov = _zones(session, needs.id)["behov"]
    note = canvas.add_note(session, canvas_id=needs.id, zone_id=behov.id, text="Et behov", votes=4)
    service = Service(title="Sundhedsforløb")
    session.add(service)
    session.add(ServiceNote(service_id=service.id, note_id=note.id))
    session.commit()
    data = canvas.delete_note(session, note_id=note.id)
    assert canvas.list_notes(session, canvas_id=needs.id) == []
    assert session.get(ServiceNote, (service.id, note.id)) is None
    canvas.restore_note(session, data=data)
    later = reopen()
    again = later.get(Note, note.id)
    assert again is not None
    assert (again.text, again.votes, again.zone_id, again.x, again.y) == (
        "Et behov",
        4,
        behov.id,
        note.x,
        note.y,
    )
    assert later.get(ServiceNote, (service.id, note.id)) is not None


def test_restoring_a_note_whose_canvas_is_gone_is_a_readable_error(
    session: Session, needs: Canvas
) -> None:
    note = canvas.add_note(session, canvas_id=needs.id)
    data = canvas.delete_note(session, note_id=note.id)
    canvas.delete_canvas(session, canvas_id=needs.id)
    with pytest.raises(NotFoundError):
        canvas.restore_note(session, data=data)


# -- places --------------------------------------------------------------------------------


def test_move_note_joins_the_zone_holding_its_centre_and_returns_the_old_place(
    session: Session, needs: Canvas
) -> None:
    zones = _zones(session, needs.id)
    note = canvas.add_note(session, canvas_id=needs.id, zone_id=zones["behov"].id)
    start = NotePlace(note.x, note.y, note.zone_id)
    krav = zones["krav"]
    # Top-left still in "behov", centre in "krav": the centre decides.
    x = krav.x - NOTE_WIDTH / 2 + 5
    before = canvas.move_note(session, note_id=note.id, x=x, y=krav.y + 150, height=140)
    assert before == start
    moved = canvas.get_note(session, note_id=note.id)
    assert (moved.x, moved.y, moved.zone_id) == (x, krav.y + 150, krav.id)

    canvas.move_note(session, note_id=note.id, x=-2000, y=-2000)
    assert canvas.get_note(session, note_id=note.id).zone_id is None
    canvas.place_note(session, note_id=note.id, place=before)
    assert canvas.get_note(session, note_id=note.id).zone_id == zones["behov"].id


def test_the_height_shown_decides_the_centre(session: Session, needs: Canvas) -> None:
    zones = _zones(session, needs.id)
    below = zones["oekonomi"]  # right below "maalgrupper"
    note = canvas.add_note(session, canvas_id=needs.id, zone_id=zones["maalgrupper"].id)
    y = below.y - 100
    canvas.move_note(session, note_id=note.id, x=below.x + 20, y=y, height=120)
    assert canvas.get_note(session, note_id=note.id).zone_id == zones["maalgrupper"].id
    canvas.move_note(session, note_id=note.id, x=below.x + 20, y=y, height=360)
    assert canvas.get_note(session, note_id=note.id).zone_id == below.id


def test_nudge_moves_by_the_step_and_can_cross_into_the_next_zone(
    session: Session, needs: Canvas
) -> None:
    zones = _zones(session, needs.id)
    behov, krav = zones["behov"], zones["krav"]
    note = canvas.add_note(session, canvas_id=needs.id, zone_id=behov.id)
    place = canvas.nudge_note(session, note_id=note.id, dx=10, dy=-10)
    moved = canvas.get_note(session, note_id=note.id)
    assert (moved.x, moved.y) == (place.x + 10, place.y - 10)
    # Centre in the gap between the zones: in no zone; one nudge right takes it into "krav".
    canvas.move_note(session, note_id=note.id, x=krav.x - NOTE_WIDTH / 2 - 5, y=krav.y + 200)
    assert canvas.get_note(session, note_id=note.id).zone_id is None
    canvas.nudge_note(session, note_id=note.id, dx=10, dy=0)
    assert canvas.get_note(session, note_id=note.id).zone_id == krav.id


def test_next_and_previous_zone_go_round_and_land_on_a_free_spot(
    session: Session, needs: Canvas
) -> None:
    zones = canvas.list_zones(session, canvas_id=needs.id)
    note = canvas.add_note(session, canvas_id=needs.id, zone_id=zones[0].id)
    canvas.add_note(session, canvas_id=needs.id, zone_id=zones[1].id)  # takes the first spot
    canvas.move_note_to_next_zone(session, note_id=note.id)
    moved = canvas.get_note(session, note_id=note.id)
    assert moved.zone_id == zones[1].id
    others = [n for n in canvas.list_notes(session, canvas_id=needs.id) if n.id != note.id]
    assert (moved.x, moved.y) != (others[0].x, others[0].y)
    canvas.move_note_to_next_zone(session, note_id=note.id, step=-1)
    canvas.move_note_to_next_zone(session, note_id=note.id, step=-1)
    assert canvas.get_note(session, note_id=note.id).zone_id == zones[-1].id  # round the start
    canvas.move_note_to_next_zone(session, note_id=note.id)
    assert canvas.get_note(session, note_id=note.id).zone_id == zones[0].id  # round the end
    canvas.move_note(session, note_id=note.id, x=-4000, y=0)
    canvas.move_note_to_next_zone(session, note_id=note.id, step=-1)
    assert canvas.get_note(session, note_id=note.id).zone_id == zones[-1].id


def test_place_note_restores_exactly_and_forgets_a_deleted_zone(
    session: Session, needs: Canvas
) -> None:
    zones = _zones(session, needs.id)
    note = canvas.add_note(session, canvas_id=needs.id, zone_id=zones["behov"].id)
    place = NotePlace(1234.5678901234, -0.000001, zones["krav"].id)
    canvas.place_note(session, note_id=note.id, place=place)
    assert canvas.get_note(session, note_id=note.id).x == 1234.5678901234
    ghost = NotePlace(1.0, 2.0, "a-zone-that-is-gone")
    canvas.place_note(session, note_id=note.id, place=ghost)
    assert canvas.get_note(session, note_id=note.id).zone_id is None


def test_positions_and_texts_survive_reopening_exactly(
    session: Session, needs: Canvas, reopen: Callable[[], Session]
) -> None:
    zones = _zones(session, needs.id)
    made = {}
    for i, text in enumerate([LONG, *STRANGE]):
        note = canvas.add_note(session, canvas_id=needs.id, zone_id=zones["behov"].id, text=text)
        x, y = 480.123456789 + i * 0.1, 97.000000001 * (i + 1)
        canvas.move_note(session, note_id=note.id, x=x, y=y)
        made[note.id] = (text, x, y)
    later = reopen()
    for note in canvas.list_notes(later, canvas_id=needs.id):
        assert (note.text, note.x, note.y) == made[note.id]
    assert len(LONG) == 2000


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(st.characters(exclude_categories=["Cs"]), max_size=300))
def test_any_text_is_stored_as_typed(session: Session, text: str) -> None:
    made = canvas.create_canvas(session, template_key=BLANK)
    note = canvas.add_note(session, canvas_id=made.id, text=text)
    session.expire_all()
    assert canvas.get_note(session, note_id=note.id).text == text
    canvas.update_note(session, note_id=note.id, text=text + "!")
    session.expire_all()
    assert canvas.get_note(session, note_id=note.id).text == text + "!"


def test_estimated_height_grows_with_text_within_limits() -> None:
    assert canvas.estimated_height("") == canvas.NOTE_MIN_HEIGHT
    short, longer = canvas.estimated_height("Kort"), canvas.estimated_height("ord " * 40)
    assert short <= longer <= canvas.NOTE_MAX_HEIGHT
    assert canvas.estimated_height(LONG) == canvas.NOTE_MAX_HEIGHT
    assert canvas.estimated_height("a\n" * 12) > canvas.estimated_height("a " * 12)


def test_zone_kinds_default_to_need() -> None:
    assert canvas.default_kind("maalgrupper") == NoteKind.NEED.value
    assert canvas.default_kind("laerred") == NoteKind.IDEA.value
