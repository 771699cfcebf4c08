"""Library › Share the workshop's outcome…, against the suite's real PostgreSQL: the outcome
shown before it is shared (no e-mail or phone), sent by a round in the background, and refused
with a sentence naming the publisher when another person published that workshop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlmodel import select as sql_select

from desktop.core.models import Workshop
from desktop.library import admin, publish
from desktop.library import server_schema as s
from desktop.library.outbox import Outbox
from desktop.storage.demo_file import write_demo
from desktop.storage.document import open_document
from desktop.ui.main_window import MainWindow
from tests.library.conftest import admin_url, library_db, make_login, pg_server  # noqa: F401
from tests.library.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401
from tests.ui.conftest import Answers
from tests.ui.test_library_glossary import _use_library

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

MakeLogin = Callable[[str], str]


def _outcomes(url: str) -> list[tuple[str, int]]:
    with admin.connected(url) as conn:
        return [
            (row.owner, row.services)
            for row in conn.execute(
                select(
                    s.outcomes.c.owner,
                    select(func.count())
                    .where(s.services.c.workshop_id == s.outcomes.c.workshop_id)
                    .scalar_subquery()
                    .label("services"),
                )
            )
        ]


def test_sharing_the_outcome_from_the_menu_and_another_persons_refused(
    window: MainWindow,
    answers: Answers,
    qtbot: QtBot,
    admin_url: str,  # noqa: F811
    make_login: MakeLogin,  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin.init_library(admin_url)
    anne, bo = make_login(s.CONTRIBUTOR), make_login(s.CONTRIBUTOR)
    demo = tmp_path / "demo.tvaers"
    write_demo(demo)
    outcome = publish.read_workshop(demo)
    assert not window.share_outcome_action.isEnabled()  # no workshop open

    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "anne"))
    _use_library(anne)
    window.update_library_menu()
    assert window.open_path(demo)
    assert window.share_outcome_action.isEnabled()
    window.share_outcome_action.trigger()
    question = answers.confirms[-1]
    for shown in (outcome.workshop["title"], outcome.workshop["area"]):
        assert shown in question
    assert f"{len(outcome.services)} ydelser" in question
    assert f"{len(outcome.decisions)} beslutninger" in question
    assert "@" not in question  # never a participant's e-mail
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "resultat er delt" in bar.currentMessage(), timeout=20_000)
    anne_role = str(make_url(anne).username)
    assert _outcomes(admin_url) == [(anne_role, len(outcome.services))]
    with Outbox() as box:
        assert box.pending_count() == 0
    window.close_workshop()

    # Bo's laptop has a copy of the same workshop, changed since: the library keeps Anne's
    # outcome, and Bo is told whose it is.
    doc = open_document(demo)
    try:
        with doc.session() as session:
            workshop = session.exec(sql_select(Workshop)).one()
            workshop.title = "Bos udgave"
            session.add(workshop)
            session.commit()
        doc.save()
    finally:
        doc.close()
    monkeypatch.setenv("TVAERS_DATA_DIR", str(tmp_path / "bo"))
    _use_library(bo)
    if window.library_sync is not None:  # the runner of Anne's settings goes with them
        window.library_sync.close(wait=0)
        window.library_sync = None
    assert window.open_path(demo)
    window.share_outcome_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=20_000)
    assert f"»{anne_role}«" in answers.errors[-1] and "Traceback" not in answers.errors[-1]
    assert _outcomes(admin_url) == [(anne_role, len(outcome.services))]
