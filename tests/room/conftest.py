"""The room's server, real, on loopback: sockets are allowed for the tests in this folder only,
and only to 127.0.0.1 (the rest of the suite keeps --disable-socket)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop.room.security import RoomLimits
from desktop.room.server import Room
from desktop.room.state import Question
from tests.journeys.conftest import journey_window, lang, picker, screen  # noqa: F401 (fixtures)

HERE = Path(__file__).resolve().parent
QUESTION = Question("canvas-1", "zone-1", "Behov", "Hvad har borgeren brug for?")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.enable_socket)
            item.add_marker(pytest.mark.allow_hosts(["127.0.0.1"]))


def open_room(limits: RoomLimits | None = None) -> Room:
    room = Room("127.0.0.1", title="Mentorstøtte til ledige", question=QUESTION, limits=limits)
    room.start()
    return room


@pytest.fixture
def room() -> Iterator[Room]:
    room = open_room()
    yield room
    room.stop()


@pytest.fixture
def client(room: Room) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=room.address, timeout=5) as client:
        yield client


def joined(client: httpx.Client, room: Room) -> dict[str, str]:
    """Join by the QR link's token; the headers a joined phone sends."""
    answer = client.post("/api/join", json={"token": room.token})
    assert answer.status_code == 200, answer.text
    return {"x-room-ticket": answer.json()["ticket"]}


def note(text: str, nonce: str, side: str = "domain") -> dict[str, str]:
    return {"text": text, "side": side, "nonce": nonce}


class ClosingAnswers:
    """What a window asked before closing the room with notes waiting, and the answer."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = True


@pytest.fixture(autouse=True)
def closing_answers(monkeypatch: pytest.MonkeyPatch) -> ClosingAnswers:
    """A window left with notes from phones waiting asks before its workshop closes, also
    when a test ends: answered »close anyway« unless the test says otherwise (never a real
    modal dialog in a test)."""
    from desktop.ui import dialogs

    answers = ClosingAnswers()

    def confirm(_parent: object, _title: str, message: str) -> bool:
        answers.asked.append(message)
        return answers.answer

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return answers
