"""The workshop's own details: one row, edited field by field, stored exactly as typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import Session, SQLModel, create_engine, select

from desktop.core.models import Workshop
from desktop.core.workshop import DETAIL_FIELDS, get_workshop, update_workshop


def test_a_new_file_has_exactly_one_workshop_row(session: Session) -> None:
    workshop = get_workshop(session)

    assert session.exec(select(Workshop)).all() == [workshop]
    assert workshop.minutes_language == "da"


def test_every_detail_survives_a_reopen_exactly_as_typed(
    session: Session, reopen: Callable[[], Session]
) -> None:
    details = {
        "title": "Indkøb i kerneforretningen: beskæftigelsesindsatsen ",
        "organisation": "Eksempel Kommune",
        "area": "Center for Arbejdsmarked",
        "location": "Rådhuset, mødelokale 2",
        "starts_at": datetime(2027, 2, 9, 9, 0),
        "ends_at": datetime(2027, 2, 9, 15, 0),
        "facilitator": "Ida Indkøb",
        "purpose": "Første linje\n\n  Anden linje med <, & og 🤝",
        "minutes_language": "en",
    }
    assert set(details) == set(DETAIL_FIELDS)

    update_workshop(session, **details)

    again = get_workshop(reopen())
    assert {name: getattr(again, name) for name in details} == details


def test_workshop_times_stay_wall_clock_times(
    session: Session, reopen: Callable[[], Session]
) -> None:
    update_workshop(session, starts_at=datetime(2027, 2, 9, 9, 0))

    again = get_workshop(reopen())

    assert again.starts_at is not None and again.starts_at.tzinfo is None
    assert again.starts_at.hour == 9


def test_update_keeps_the_row_and_its_other_details(
    session: Session, reopen: Callable[[], Session]
) -> None:
    first = get_workshop(session)
    update_workshop(session, title="Før", location="Rådhuset")

    update_workshop(session, title="Efter")

    again = get_workshop(reopen())
    assert (again.id, again.title, again.location) == (first.id, "Efter", "Rådhuset")


@pytest.mark.parametrize("field", ["id", "created_at", "position", "titel"])
def test_update_refuses_what_is_not_a_detail_and_changes_nothing(
    session: Session, reopen: Callable[[], Session], field: str
) -> None:
    update_workshop(session, title="Før")

    with pytest.raises(ValueError, match=field):
        update_workshop(session, title="Efter", **{field: "x"})
    session.commit()

    assert get_workshop(reopen()).title == "Før"


def test_a_file_without_a_workshop_row_gets_one(tmp_path: Path) -> None:
    # A file put together by hand with the sqlite3 shell may have the tables but no row.
    engine = create_engine(f"sqlite:///{tmp_path / 'hand.sqlite'}")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        made = get_workshop(session)
        assert get_workshop(session).id == made.id
        assert len(session.exec(select(Workshop)).all()) == 1
    engine.dispose()
