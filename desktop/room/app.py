"""The room's web app (Starlette): the page's own three files and a small JSON API, nothing else.

    GET  /                  the page (asks for the join code)
    GET  /r/<token>         the page, joined by the QR link's token (a wrong token: 404)
    GET  /room.css, /room.js
    POST /api/join          {"token": …} or {"code": …}  -> {"ticket": …}
    GET  /api/state         the workshop's title and the open question (ticket in a header)
    POST /api/notes         {"text": …, "side": …, "nonce": …}  -> {"received": true}
    POST /api/votes         {"note": id, "change": 1 | -1, "nonce": …}  -> {"vote": ballot}

Every other path is 404; no file is ever looked up by a path from a request. Bodies larger
than the limit are refused by their Content-Length before a byte is read (`BodyLimit`).
A ticket is a random string held in memory to count who has joined and to tell one phone's
repeated send (the same nonce) from a new note; it never reaches the workshop.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop.core.values import NoteSide
from desktop.core.vocabulary import SIDE
from desktop.room.security import JoinGate, RateLimiter, RoomLimits
from desktop.room.state import RoomState
from desktop.room.text import MAX_NOTE_CHARS, NoteRefused, clean_note_text
from desktop.room.vote import VoteRefused

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TICKET_HEADER = "x-room-ticket"
PAGE_FILES = {  # the only files served: name in the URL -> (file in resources/room, type)
    "/room.css": ("room.css", "text/css; charset=utf-8"),
    "/room.js": ("room.js", "text/javascript; charset=utf-8"),
}
SECURITY_HEADERS = {
    # Only the page's own files; no inline script, no frames, no referrer (the link's token).
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "x-frame-options": "DENY",
}


def build_app(state: RoomState, gate: JoinGate, files: dict[str, bytes], limits: RoomLimits) -> Any:
    """The ASGI app: the routes inside the size limit and the per-client rate limit."""
    requests = RateLimiter(limits.requests_burst, limits.requests_per_s)
    notes = RateLimiter(limits.notes_burst, limits.notes_per_s)

    def client_of(request: Request) -> str:
        ticket = request.headers.get(TICKET_HEADER, "")
        if ticket and state.has_ticket(ticket):
            return "t:" + ticket
        return "a:" + (request.client.host if request.client else "")

    def refused(status: int, error: str, **more: Any) -> Response:
        return JSONResponse({"error": error, **more}, status_code=status)

    def page_file(name: str, media_type: str) -> Response:
        return Response(files[name], media_type=media_type)

    async def index(request: Request) -> Response:
        return page_file("index.html", "text/html; charset=utf-8")

    async def by_link(request: Request) -> Response:
        if not gate.token_ok(str(request.path_params["token"])):
            return Response("Not Found", status_code=404, media_type="text/plain")
        return page_file("index.html", "text/html; charset=utf-8")

    async def static(request: Request) -> Response:
        name, media_type = PAGE_FILES[request.url.path]
        return page_file(name, media_type)

    async def join(request: Request) -> Response:
        body = await _json_body(request)
        if body is None:
            return refused(400, "bad_request")
        token, code = body.get("token"), body.get("code")
        if isinstance(token, str) and token:
            if not gate.token_ok(token):
                return refused(403, "wrong_link")
        elif isinstance(code, str) and code:
            client = "a:" + (request.client.host if request.client else "")
            answer = gate.try_code(client, code.strip())
            if answer == "locked":
                return refused(429, "locked", seconds=gate.seconds_locked(client))
            if answer != "ok":
                return refused(403, "wrong_code" if answer == "wrong" else "code_closed")
        else:
            return refused(400, "bad_request")
        ticket = state.add_ticket(limits.max_participants)
        if ticket is None:
            return refused(503, "full")
        return JSONResponse({"ticket": ticket})

    def ticket_of(request: Request) -> str | None:
        ticket = request.headers.get(TICKET_HEADER, "")
        return ticket if ticket and state.has_ticket(ticket) else None

    async def room_state(request: Request) -> Response:
        ticket = ticket_of(request)
        if ticket is None:
            return refused(401, "not_joined")
        vote = state.vote
        return JSONResponse(
            {**_public_state(state), "vote": None if vote is None else vote.ballot(ticket)}
        )

    async def send_note(request: Request) -> Response:
        ticket = ticket_of(request)
        if ticket is None:
            return refused(401, "not_joined")
        if not notes.allow(ticket):
            return refused(429, "too_fast")
        if int(request.headers.get("content-length") or 0) > limits.max_note_bytes:
            return refused(413, "too_large")
        body = await _json_body(request)
        if body is None:
            return refused(400, "bad_request")
        side, nonce = body.get("side"), body.get("nonce")
        if side not in {s.value for s in NoteSide}:
            return refused(400, "bad_side")
        if not isinstance(nonce, str) or not 8 <= len(nonce) <= 64:
            return refused(400, "bad_request")
        try:
            text = clean_note_text(body.get("text"))
        except NoteRefused as exc:
            return refused(400, exc.reason)
        question = state.question
        if question is None:
            return refused(409, "no_question")
        again = not state.submit(ticket, nonce, text=text, side=str(side), question=question)
        return JSONResponse({"received": True, "again": again})

    async def cast_vote(request: Request) -> Response:
        ticket = ticket_of(request)
        if ticket is None:
            return refused(401, "not_joined")
        body = await _json_body(request)
        if body is None:
            return refused(400, "bad_request")
        vote = state.vote
        if vote is None:
            return refused(409, "no_vote")
        if body.get("vote") is not None and body.get("vote") != vote.number:
            return refused(409, "vote_closed")  # a dot meant for an earlier vote
        try:
            counted = vote.cast(ticket, body.get("note"), body.get("change"), body.get("nonce"))
        except VoteRefused as exc:
            return refused(exc.status, exc.reason, vote=vote.ballot(ticket))
        return JSONResponse({"counted": True, "again": not counted, "vote": vote.ballot(ticket)})

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/r/{token}", by_link, methods=["GET"]),
        Route("/room.css", static, methods=["GET"]),
        Route("/room.js", static, methods=["GET"]),
        Route("/api/join", join, methods=["POST"]),
        Route("/api/state", room_state, methods=["GET"]),
        Route("/api/notes", send_note, methods=["POST"]),
        Route("/api/votes", cast_vote, methods=["POST"]),
    ]
    app = Starlette(routes=routes)
    return BodyLimit(Guard(app, state, requests, client_of), limits.max_body_bytes, state)


def _public_state(state: RoomState) -> dict[str, Any]:
    question = state.question
    return {
        "title": state.title,
        "question": None
        if question is None
        else {"title": question.zone_title, "prompt": question.prompt},
        "sides": [{"key": side.value, **SIDE[side]} for side in NoteSide],
        "max_chars": MAX_NOTE_CHARS,
        "joined": state.joined,
    }


async def _json_body(request: Request) -> dict[str, Any] | None:
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


class Guard:
    """Before any route: the request's Host must be the room's own address (a page elsewhere
    cannot reach the room through DNS tricks), and each client stays within its rate."""

    def __init__(
        self,
        app: ASGIApp,
        state: RoomState,
        limiter: RateLimiter,
        client_of: Callable[[Request], str],
    ) -> None:
        self.app, self.state, self.limiter, self.client_of = app, state, limiter, client_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # no websockets, no lifespan
        request = Request(scope)
        if self.state.host_header and request.headers.get("host") != self.state.host_header:
            await _plain(send, 404, b"Not Found")
            return
        if not self.limiter.allow(self.client_of(request)):
            await _plain(send, 429, b"Too Many Requests", json_error="too_fast")
            return
        await self.app(scope, receive, _with_headers(send))


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
            message["headers"] = headers
        await send(message)

    return sending


class BodyLimit:
    """Bodies over `limit` bytes are refused (413): by their Content-Length before any byte is
    read, or, sent without one, as soon as the bytes read pass the limit. `state` counts the
    body bytes read, so tests can see a refused body was not read."""

    def __init__(self, app: ASGIApp, limit: int, state: RoomState) -> None:
        self.app, self.limit, self.state = app, limit, state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _plain(send, 413, b"Payload Too Large", json_error="too_large", close=True)
            return
        # Read the body here, up to the limit, before the app sees any of it: one sent without
        # a length (chunked) is cut as soon as it passes the limit.
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            self.state.count_body_bytes(len(chunk))
            body += chunk
            more = bool(message.get("more_body", False))
            if len(body) > self.limit:
                await _plain(send, 413, b"Payload Too Large", json_error="too_large", close=True)
                return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()  # after the body: only a disconnect can come
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _plain(
    send: Send, status: int, text: bytes, *, json_error: str | None = None, close: bool = False
) -> None:
    body = json.dumps({"error": json_error}).encode() if json_error else text
    kind = b"application/json" if json_error else b"text/plain; charset=utf-8"
    headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
