"""The room's server on loopback with a real HTTP client: joining, sending notes, and every
hostile request refused plainly, with nothing lost and nothing served that should not be."""

from __future__ import annotations

import queue
import re
import socket
import threading
import time

import httpx
import pytest

from desktop.room.security import RoomLimits
from desktop.room.server import Room, RoomError
from desktop.room.state import NoteSubmission
from tests.room.conftest import joined, note, open_room


def arrived(room: Room) -> list[NoteSubmission]:
    found = []
    while True:
        try:
            found.append(room.state.submissions.get_nowait())
        except queue.Empty:
            return found


# -- joining ---------------------------------------------------------------------------------


def test_the_qr_link_serves_the_page_and_a_guessed_token_is_404(
    room: Room, client: httpx.Client
) -> None:
    page = client.get(f"/r/{room.token}")
    assert page.status_code == 200
    assert "<textarea" in page.text and 'src="/room.js"' in page.text
    for guess in ("abc", room.token[:-1], room.token + "x", room.token.upper(), "0" * 24):
        assert client.get(f"/r/{guess}").status_code == 404
        assert client.post("/api/join", json={"token": guess}).status_code == 403
    assert room.joined == 0


def test_joining_by_token_and_by_code_counts_each_phone(room: Room, client: httpx.Client) -> None:
    assert len(room.token) >= 24 and room.join_code.isdigit() and len(room.join_code) == 6
    joined(client, room)
    by_code = client.post("/api/join", json={"code": room.join_code})
    assert by_code.status_code == 200
    assert room.joined == 2
    state = client.get("/api/state", headers={"x-room-ticket": by_code.json()["ticket"]}).json()
    assert state["title"] == "Mentorstøtte til ledige"
    assert state["question"] == {"title": "Behov", "prompt": "Hvad har borgeren brug for?"}
    assert [s["da"] for s in state["sides"]] == ["Indkøb", "Fagområde", "Ledelse", "Andet"]
    assert state["joined"] == 2


def test_the_api_refuses_a_phone_that_has_not_joined(client: httpx.Client) -> None:
    assert client.get("/api/state").status_code == 401
    assert client.get("/api/state", headers={"x-room-ticket": "guess"}).status_code == 401
    sent = client.post("/api/notes", json=note("hej", "nonce-0001"))
    assert sent.status_code == 401


def test_wrong_codes_lock_the_client_out_and_the_right_code_then_waits(
    room: Room, client: httpx.Client
) -> None:
    wrong = "000000" if room.join_code != "000000" else "111111"
    answers = [client.post("/api/join", json={"code": wrong}) for _ in range(5)]
    assert [a.status_code for a in answers] == [403, 403, 403, 403, 429]
    assert answers[-1].json()["error"] == "locked"
    assert answers[-1].json()["seconds"] > 0
    right = client.post("/api/join", json={"code": room.join_code})
    assert right.status_code == 429, "locked out: even the right code waits"
    assert room.joined == 0
    assert client.post("/api/join", json={"token": room.token}).status_code == 200


def test_joining_by_code_closes_for_all_after_many_wrong_codes() -> None:
    room = open_room(RoomLimits(wrong_codes_before_lockout=1000, wrong_codes_in_all=3))
    try:
        with httpx.Client(base_url=room.address) as client:
            wrong = "000000" if room.join_code != "000000" else "111111"
            for _ in range(3):
                assert client.post("/api/join", json={"code": wrong}).status_code == 403
            closed = client.post("/api/join", json={"code": room.join_code})
            assert closed.status_code == 403 and closed.json()["error"] == "code_closed"
    finally:
        room.stop()


# -- notes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<b>fed</b> <script>alert(1)</script> &amp; <img src=x onerror=alert(1)>",
        "Borgeren skal kunne ringe 🙂👩🏽‍💼 før kl. 9 ✅",
        "שלום, مرحبا: نص من اليمين إلى اليسار",
        "Linje 1\nLinje 2\tmed tabulator",
        "'; DROP TABLE note; --",
        "\\u0000 %00 ../../etc/passwd",
    ],
)
def test_a_note_arrives_exactly_as_text(room: Room, client: httpx.Client, text: str) -> None:
    headers = joined(client, room)
    assert client.post("/api/notes", headers=headers, json=note(text, "n-" + "1" * 10)).json() == {
        "received": True,
        "again": False,
    }
    [submission] = arrived(room)
    assert submission.text == text
    assert (submission.side, submission.zone_id, submission.canvas_id) == (
        "domain",
        "zone-1",
        "canvas-1",
    )


def test_control_characters_are_removed_and_nothing_names_the_sender(
    room: Room, client: httpx.Client
) -> None:
    headers = joined(client, room)
    text = "A\x00B\x07C\x1b[31mD\x7fE\x85F\u202eG\r\nH"
    client.post("/api/notes", headers=headers, json=note(text, "nonce-ctrl1"))
    [submission] = arrived(room)
    assert submission.text == "ABC[31mDEFG\nH"
    fields = set(NoteSubmission.__dataclass_fields__)
    assert fields == {"number", "text", "side", "canvas_id", "zone_id", "zone_title"}
    assert headers["x-room-ticket"] not in repr(submission) and "127.0.0.1" not in repr(submission)


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (note("", "nonce-empty"), "empty"),
        (note(" \n ", "nonce-blank"), "empty"),
        (note("x" * 501, "nonce-long1"), "too_long"),
        ({"text": 5, "side": "domain", "nonce": "nonce-type1"}, "not_text"),
        (note("hej", "nonce-side1", side="admin"), "bad_side"),
        (note("hej", "short"), "bad_request"),
    ],
)
def test_bad_notes_are_refused_with_a_reason(
    room: Room, client: httpx.Client, body: dict[str, object], error: str
) -> None:
    headers = joined(client, room)
    answer = client.post("/api/notes", headers=headers, json=body)
    assert answer.status_code == 400 and answer.json()["error"] == error
    assert arrived(room) == []


def test_a_repeated_send_of_one_note_is_taken_once(room: Room, client: httpx.Client) -> None:
    headers = joined(client, room)
    for _ in range(3):
        answer = client.post("/api/notes", headers=headers, json=note("én gang", "nonce-same"))
        assert answer.is_success
    client.post("/api/notes", headers=headers, json=note("én gang", "nonce-other"))
    assert [s.text for s in arrived(room)] == ["én gang", "én gang"]


def test_a_flood_of_notes_past_the_rate_limit_is_refused_and_none_is_lost(
    room: Room, client: httpx.Client
) -> None:
    headers = joined(client, room)
    answers = [
        client.post("/api/notes", headers=headers, json=note(f"note {i}", f"flood-{i:04d}"))
        for i in range(30)
    ]
    taken = [i for i, a in enumerate(answers) if a.status_code == 200]
    refused = [a for a in answers if a.status_code == 429]
    assert len(refused) >= 30 - RoomLimits().notes_burst - 2
    assert all(a.json()["error"] == "too_fast" for a in refused)
    assert [s.text for s in arrived(room)] == [f"note {i}" for i in taken]


def test_a_flood_of_requests_from_one_address_is_limited() -> None:
    room = open_room(RoomLimits(requests_burst=20, requests_per_s=1.0))
    try:
        with httpx.Client(base_url=room.address) as client:
            codes = [client.get("/room.css").status_code for _ in range(40)]
            headers = joined(client, room) if 200 in codes[-1:] else None
    finally:
        room.stop()
    assert codes[:20] == [200] * 20
    assert codes.count(429) >= 15
    assert headers is None


# -- size ------------------------------------------------------------------------------------


def _raw_request(room: Room, head: bytes, body: bytes = b"") -> bytes:
    with socket.create_connection((room.host, room.port), timeout=5) as sock:
        sock.sendall(head + body)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
            if b"\r\n\r\n" in reply and len(reply) > reply.index(b"\r\n\r\n") + 4:
                break
        return reply


def test_a_10_mb_body_is_refused_by_its_length_before_a_byte_is_read(room: Room) -> None:
    head = (
        f"POST /api/notes HTTP/1.1\r\nHost: {room.state.host_header}\r\n"
        "Content-Type: application/json\r\nContent-Length: 10485760\r\n\r\n"
    ).encode()
    before = room.state.body_bytes_read
    reply = _raw_request(room, head)  # the body is never sent: the answer comes first
    assert reply.startswith(b"HTTP/1.1 413 "), reply[:200]
    assert room.state.body_bytes_read == before


def test_a_10_mb_body_sent_by_a_client_gets_no_further(room: Room, client: httpx.Client) -> None:
    headers = joined(client, room)
    before = room.state.body_bytes_read
    try:
        answer = client.post("/api/notes", headers=headers, content=b"x" * (10 * 1024 * 1024))
        assert answer.status_code == 413
    except httpx.TransportError:
        pass  # the server answered 413 and closed while the client was still writing
    assert room.state.body_bytes_read == before
    assert arrived(room) == []


def test_a_chunked_body_is_cut_at_the_limit(room: Room, client: httpx.Client) -> None:
    headers = joined(client, room)

    def chunks():  # no Content-Length: sent chunked
        for _ in range(64):
            yield b"y" * 1024

    try:
        answer = client.post("/api/notes", headers=headers, content=chunks())
        assert answer.status_code == 413
    except httpx.TransportError:
        pass
    assert room.state.body_bytes_read <= RoomLimits().max_body_bytes + 64 * 1024
    assert arrived(room) == []


# -- paths -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/../../etc/passwd",
        "/etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/room.js/../../pyproject.toml",
        "/r/..%2f..%2fetc%2fpasswd",
        "/r/../index.html",
        "/index.html",
        "/resources/room/room.js",
        "/static/room.js",
        "/.git/config",
        "/room.css%00.html",
        "//etc/passwd",
        "/api",
        "/api/notes/../../etc/passwd",
    ],
)
def test_other_paths_are_404(room: Room, path: str) -> None:
    head = f"GET {path} HTTP/1.1\r\nHost: {room.state.host_header}\r\nConnection: close\r\n\r\n"
    reply = _raw_request(room, head.encode())
    status = reply.split(b"\r\n", 1)[0]
    assert status == b"HTTP/1.1 404 Not Found", (path, status)
    assert b"root:" not in reply and b"[tool" not in reply


def test_only_the_rooms_own_host_name_is_answered(room: Room) -> None:
    head = b"GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
    assert _raw_request(room, head).startswith(b"HTTP/1.1 404 ")


def test_the_page_is_served_with_a_strict_content_policy(room: Room, client: httpx.Client) -> None:
    for path in ("/", f"/r/{room.token}", "/room.js", "/room.css"):
        answer = client.get(path)
        assert answer.status_code == 200
        policy = answer.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert "server" not in answer.headers


# -- start and stop --------------------------------------------------------------------------


def test_the_room_never_listens_on_every_address_by_default() -> None:
    for host in ("0.0.0.0", "::", ""):
        with pytest.raises(RoomError):
            Room(host, title="x", question=None)


def test_stop_ends_every_connection_at_once() -> None:
    room = open_room()
    clients = [httpx.Client(base_url=room.address, timeout=2) for _ in range(5)]
    try:
        for client in clients:  # each holds a kept-alive connection open
            joined(client, room)
        # And one connection in the middle of sending a request.
        half = socket.create_connection((room.host, room.port), timeout=5)
        half.sendall(b"POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        started = time.perf_counter()
        room.stop()
        took = time.perf_counter() - started
        assert took < 2.0, took
        assert not room.listening
        half.settimeout(2)
        try:
            assert half.recv(100) == b""  # closed by the room: never left open
        except ConnectionResetError:
            pass  # or reset: closed as well
        finally:
            half.close()
        for client in clients:
            with pytest.raises(httpx.TransportError):
                client.get("/")
        with pytest.raises(OSError):
            socket.create_connection((room.host, room.port), timeout=1).close()
    finally:
        for client in clients:
            client.close()
        room.stop()


def test_a_room_that_cannot_listen_says_so() -> None:
    room = open_room()
    try:
        other = Room("127.0.0.1", title="x", question=None, port=room.port)
        with pytest.raises(RoomError):
            other.start()
    finally:
        room.stop()


def test_start_returns_once_it_listens_and_many_rooms_open_and_close() -> None:
    for _ in range(5):
        room = open_room()
        with socket.create_connection((room.host, room.port), timeout=1):
            pass
        room.stop()
    assert not [t for t in threading.enumerate() if t.name == "tvaers-room"]


def test_the_page_needs_nothing_from_elsewhere_and_never_reads_text_as_html(
    room: Room, client: httpx.Client
) -> None:
    """Checked over HTTP too, for machines without a browser (test_room_browser.py drives it)."""
    page, css, script = (client.get(p).text for p in ("/", "/room.css", "/room.js"))
    for text in (page, css, script):
        assert "http://" not in text and "https://" not in text and "//cdn" not in text
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "document.write" not in script and "eval(" not in script
    assert "<script>" not in page  # no inline script: the content policy forbids it
    for field in ("code", "note"):  # every field has its label for the screen reader
        assert f'<label for="{field}"' in page and f'id="{field}"' in page
    assert 'role="status"' in page and 'aria-live="polite"' in page
    assert '<html lang="da">' in page and 'name="viewport"' in page
    for key in ("closed_heading", "sent", "locked", "wrong_code"):  # both languages
        assert len(re.findall(rf"(?<!\w){key}:", script)) == 2, key
