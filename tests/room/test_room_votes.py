"""Votes from phones on the room's server (loopback, httpx as the phones): the dot budget and
the per-note limit checked on the server, a replayed cast counted once, wrong tickets, notes
not on the ballot and casts after closing refused plainly, results hidden until revealed, and
the tallies handed to the window only when the vote closes. With 40 phones at once: exact."""

from __future__ import annotations

import asyncio
import re
import threading
from collections import Counter

import httpx
import pytest

from desktop.room.server import Room
from desktop.room.vote import BallotNote, Vote
from tests.room.conftest import joined
from tests.room.phones import DOTS, dots_of, room_of_phones

NOTES = [BallotNote("n1", "Én indgang for borgeren"), BallotNote("n2", "<b>Mentor</b> 🙂")]


def cast(
    client: httpx.Client, headers: dict[str, str], note: str, nonce: str, change: int = 1
) -> httpx.Response:
    return client.post(
        "/api/votes", headers=headers, json={"note": note, "change": change, "nonce": nonce}
    )


def ballot(client: httpx.Client, headers: dict[str, str]) -> dict:
    vote = client.get("/api/state", headers=headers).json()["vote"]
    assert vote is not None
    return vote


def test_a_phone_sees_the_ballot_and_its_dots_left(room: Room, client: httpx.Client) -> None:
    headers = joined(client, room)
    assert client.get("/api/state", headers=headers).json()["vote"] is None
    assert cast(client, headers, "n1", "nonce-0001").json() == {"error": "no_vote"}
    room.start_vote(NOTES, dots=3)
    seen = ballot(client, headers)
    assert [(n["id"], n["text"], n["mine"]) for n in seen["notes"]] == [
        ("n1", "Én indgang for borgeren", 0),
        ("n2", "<b>Mentor</b> 🙂", 0),
    ]
    assert (seen["dots"], seen["left"], seen["per_note"], seen["open"]) == (3, 3, None, True)
    answer = cast(client, headers, "n2", "nonce-0001")
    assert answer.status_code == 200 and answer.json()["vote"]["left"] == 2
    assert ballot(client, headers)["notes"][1]["mine"] == 1


def test_dots_beyond_the_budget_are_refused_and_a_withdrawn_dot_can_be_cast_again(
    room: Room, client: httpx.Client
) -> None:
    headers = joined(client, room)
    vote = room.start_vote(NOTES, dots=2)
    assert cast(client, headers, "n1", "nonce-0001").status_code == 200
    assert cast(client, headers, "n1", "nonce-0002").status_code == 200
    over = cast(client, headers, "n2", "nonce-0003")
    assert over.status_code == 409 and over.json()["error"] == "no_dots_left"
    assert over.json()["vote"]["left"] == 0
    back = cast(client, headers, "n1", "nonce-0004", change=-1)
    assert back.status_code == 200 and back.json()["vote"]["left"] == 1
    assert cast(client, headers, "n2", "nonce-0005").status_code == 200
    none_there = cast(client, headers, "n2", "nonce-0006", change=-1)
    assert none_there.status_code == 200
    below = cast(client, headers, "n2", "nonce-0007", change=-1)
    assert below.status_code == 409 and below.json()["error"] == "no_dot_here"
    assert room.close_vote() is not None
    assert vote.close().tallies == {"n1": 1}


def test_the_per_note_limit_is_kept(room: Room, client: httpx.Client) -> None:
    headers = joined(client, room)
    room.start_vote(NOTES, dots=5, per_note=2)
    assert [cast(client, headers, "n1", f"nonce-000{i}").status_code for i in range(3)] == [
        200,
        200,
        409,
    ]
    assert cast(client, headers, "n1", "nonce-0009").json()["error"] == "note_limit"
    assert cast(client, headers, "n2", "nonce-0010").status_code == 200
    result = room.close_vote()
    assert result is not None and result.tallies == {"n1": 2, "n2": 1}


def test_a_replayed_cast_is_counted_once(room: Room, client: httpx.Client) -> None:
    headers = joined(client, room)
    room.start_vote(NOTES, dots=3)
    answers = [cast(client, headers, "n1", "same-nonce-1") for _ in range(4)]
    assert [a.status_code for a in answers] == [200] * 4
    assert [a.json()["again"] for a in answers] == [False, True, True, True]
    assert answers[-1].json()["vote"]["left"] == 2
    result = room.close_vote()
    assert result is not None and result.tallies == {"n1": 1} and result.voters == 1


def test_a_wrong_ticket_a_note_not_on_the_ballot_and_bad_casts_are_refused(
    room: Room, client: httpx.Client
) -> None:
    headers = joined(client, room)
    room.start_vote(NOTES, dots=3)
    for wrong in ({}, {"x-room-ticket": "guess"}, {"x-room-ticket": headers["x-room-ticket"][:-1]}):
        answer = cast(client, wrong, "n1", "nonce-0001")
        assert answer.status_code == 401 and answer.json()["error"] == "not_joined"
        assert client.get("/api/state", headers=wrong).status_code == 401
    missing = cast(client, headers, "n3", "nonce-0002")
    assert missing.status_code == 404 and missing.json()["error"] == "not_on_ballot"
    for body in (
        {"note": "n1", "change": 2, "nonce": "nonce-0003"},
        {"note": "n1", "change": True, "nonce": "nonce-0004"},
        {"note": "n1", "change": 1, "nonce": "short"},
        {"note": "n1", "change": 1},
        {"note": ["n1"], "change": 1, "nonce": "nonce-0005"},
    ):
        answer = client.post("/api/votes", headers=headers, json=body)
        assert answer.status_code in (400, 404), body
    assert client.post("/api/votes", headers=headers, content=b"[1]").status_code == 400
    result = room.close_vote()
    assert result is not None and result.tallies == {} and result.voters == 0


def test_a_cast_after_closing_is_refused_and_the_tallies_do_not_change(
    room: Room, client: httpx.Client
) -> None:
    headers = joined(client, room)
    vote = room.start_vote(NOTES, dots=3)
    assert cast(client, headers, "n1", "nonce-0001").status_code == 200
    first = room.close_vote()
    late = cast(client, headers, "n2", "nonce-0002")
    assert late.status_code == 409 and late.json()["error"] == "vote_closed"
    assert ballot(client, headers)["open"] is False
    assert first is not None and first.tallies == {"n1": 1}
    assert room.close_vote() == first == vote.close()
    # A dot meant for this vote is refused once the next one is open.
    room.start_vote(NOTES, dots=1)
    stale = client.post(
        "/api/votes",
        headers=headers,
        json={"note": "n1", "change": 1, "nonce": "nonce-0003", "vote": vote.number},
    )
    assert stale.status_code == 409 and stale.json()["error"] == "vote_closed"


def test_results_are_hidden_from_phones_until_revealed(room: Room, client: httpx.Client) -> None:
    one, other = joined(client, room), joined(client, room)
    vote = room.start_vote(NOTES, dots=3)
    cast(client, one, "n1", "nonce-0001")
    cast(client, other, "n1", "nonce-0002")
    cast(client, other, "n2", "nonce-0003")
    hidden = ballot(client, one)
    assert hidden["revealed"] is False
    assert all("total" not in n for n in hidden["notes"])
    assert '"total"' not in client.get("/api/state", headers=other).text
    assert vote.voters == 2
    vote.reveal()
    shown = ballot(client, one)
    assert shown["revealed"] is True
    assert [(n["id"], n["mine"], n["total"]) for n in shown["notes"]] == [
        ("n1", 1, 2),
        ("n2", 0, 1),
    ]


def test_stopping_the_room_closes_the_vote(room: Room, client: httpx.Client) -> None:
    headers = joined(client, room)
    vote = room.start_vote(NOTES, dots=2)
    cast(client, headers, "n2", "nonce-0001")
    room.stop()
    assert not vote.is_open and vote.close().tallies == {"n2": 1}


def test_a_vote_needs_sensible_numbers() -> None:
    with pytest.raises(ValueError):
        Vote([], 3)
    with pytest.raises(ValueError):
        Vote(NOTES, 0)
    with pytest.raises(ValueError):
        Vote(NOTES, 3, per_note=4)
    with pytest.raises(ValueError):
        Vote([NOTES[0], NOTES[0]], 3)


# -- load ------------------------------------------------------------------------------------

PHONES = 40
BALLOT = [BallotNote(f"note-{i}", f"Note {i}") for i in range(8)]


def test_forty_phones_cast_their_dots_at_once_and_the_totals_are_exact(room: Room) -> None:
    """Each casts its 5 dots, sends each twice (a retry), tries a sixth (refused), takes one
    back and casts it elsewhere (the load test's phones, tests/room/phones.py, without a window)."""
    vote = room.start_vote(BALLOT, dots=DOTS)
    ids = [n.id for n in BALLOT]
    errors: list[str] = []

    def run() -> None:
        errors.extend(asyncio.run(room_of_phones(room.address, room.token, "", PHONES, 0, ids)))

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert errors == []
    expected = Counter(i for n in range(PHONES) for i in dots_of(n, ids))
    assert vote.voters == PHONES
    result = room.close_vote()
    assert result is not None
    assert result.tallies == dict(expected)
    assert sum(result.tallies.values()) == PHONES * DOTS
    assert result.voters == PHONES


def test_the_page_has_the_vote_in_both_languages_without_reading_text_as_html(
    client: httpx.Client,
) -> None:
    """For machines without a browser (test_room_votes_browser.py drives the page)."""
    page, script = client.get("/").text, client.get("/room.js").text
    assert 'id="vote"' in page and 'id="ballot"' in page and 'id="dots-left"' in page
    assert 'aria-live="polite"' in page.split('id="dots-left"')[1].split(">")[0]
    for key in ("dots_left", "dots_left_one", "add_dot", "remove_dot", "no_dots_left"):
        assert len(re.findall(rf"(?<!\w){key}:", script)) == 2, key
    for reason in ("note_limit", "no_dot_here", "not_on_ballot", "vote_closed", "no_vote"):
        assert len(re.findall(rf"(?<!\w){reason}:", script)) == 2, reason
    assert "innerHTML" not in script and '"/api/votes"' in script
