"""The room's server: uvicorn in a worker thread with its own asyncio loop, listening on the one
address the facilitator chose, on a free port, only between `start()` and `stop()`.

    room = Room("192.168.137.1", title="Mentorstøtte", question=Question(...))
    room.start()            # returns once it listens
    vote = room.start_vote([BallotNote(id, text), ...], dots=3, per_note=None)
    vote.voters, vote.reveal(); room.close_vote() -> VoteResult(tallies, voters)
    room.join_url, room.join_code, room.joined, room.state.submissions
    room.stop()             # every connection ends at once; returns within ~2 s
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from desktop.resources import resource_path
from desktop.room.app import build_app
from desktop.room.security import JoinGate, RoomLimits, new_join_code, new_token
from desktop.room.state import NoteSubmission, Question, RoomState
from desktop.room.vote import BallotNote, Vote, VoteResult

PAGE_FILES = ("index.html", "room.css", "room.js")
START_TIMEOUT_S = 5.0
STOP_TIMEOUT_S = 2.0
ANY_ADDRESSES = ("0.0.0.0", "::", "")


class RoomError(Exception):
    """The room could not open (the address is gone, the port refused); `reason` in English
    for the log; the window says it in the user's language."""


class Room:
    def __init__(
        self,
        host: str,
        *,
        title: str,
        question: Question | None,
        limits: RoomLimits | None = None,
        port: int = 0,
        allow_any_address: bool = False,
        first_number: int = 1,
        on_note: Callable[[NoteSubmission], object] | None = None,
    ) -> None:
        if host in ANY_ADDRESSES and not allow_any_address:
            raise RoomError("the room listens on one chosen address, never on all of them")
        self.host, self.port = host, port
        self.limits = limits or RoomLimits()
        self.token = new_token()
        self.join_code = new_join_code()
        self.state = RoomState(title, question, first_number=first_number, on_note=on_note)
        self.gate = JoinGate(self.token, self.join_code, self.limits)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    # -- addresses ---------------------------------------------------------------------

    @property
    def address(self) -> str:
        """What a phone types: http://address:port/ (then the join code)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def join_url(self) -> str:
        """The QR code's link: the address with the session token (no code needed)."""
        return f"{self.address}r/{self.token}"

    @property
    def joined(self) -> int:
        return self.state.joined

    @property
    def listening(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- start and stop ----------------------------------------------------------------

    def start(self) -> None:
        """Listen; returns once the server accepts connections, or raises RoomError."""
        if self._thread is not None:
            raise RoomError("the room is already open")
        files = {name: resource_path("room", name).read_bytes() for name in PAGE_FILES}
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.bind((self.host, self.port))
            sock.listen(128)
        except OSError as exc:
            sock.close()
            raise RoomError(f"cannot listen on {self.host}:{self.port}: {exc}") from exc
        self.port = int(sock.getsockname()[1])
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.state.host_header = f"{host}:{self.port}"
        app = build_app(self.state, self.gate, files, self.limits)
        config = uvicorn.Config(
            app,
            http=H11Protocol,  # a class, not a name: nothing imported by name at run time
            ws="none",
            lifespan="off",
            loop="none",
            interface="asgi3",
            log_config=None,  # the app's logging; no access log: no addresses written
            access_log=False,
            proxy_headers=False,  # a header cannot pretend another client (rate limits)
            server_header=False,
            limit_concurrency=200,
            timeout_keep_alive=5,
            h11_max_incomplete_event_size=16 * 1024,  # headers larger than this: refused
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=self._run, args=(server, sock), name="tvaers-room", daemon=True
        )
        self._thread.start()
        waited = 0.0
        while not server.started and self._thread.is_alive() and waited < START_TIMEOUT_S:
            self._thread.join(0.01)
            waited += 0.01
        if not server.started:
            self.stop()
            raise RoomError(f"the room did not start: {self._failure!r}")

    def _run(self, server: uvicorn.Server, sock: socket.socket) -> None:
        try:
            asyncio.run(self._serve(server, sock))
        except BaseException as exc:  # kept for start() to report; the thread ends
            self._failure = exc
        finally:
            sock.close()

    @staticmethod
    async def _serve(server: uvicorn.Server, sock: socket.socket) -> None:
        await server.serve(sockets=[sock])
        # Whatever connection is left (a phone in the middle of a request) is cut now.
        for connection in list(server.server_state.connections):
            transport: Any = getattr(connection, "transport", None)
            if transport is not None:
                transport.abort()
        # Their requests see the disconnect and end (not cancelled half-way, which logs).
        for _ in range(50):
            if not server.server_state.tasks:
                break
            await asyncio.sleep(0.01)

    def stop(self) -> None:
        """Stop listening and end every connection at once (no waiting for phones)."""
        server, thread = self._server, self._thread
        if server is not None:
            server.should_exit = True
            server.force_exit = True
        if thread is not None:
            thread.join(STOP_TIMEOUT_S)
        self.state.question = None
        vote = self.state.vote
        if vote is not None:
            vote.close()

    # -- the window's side -------------------------------------------------------------

    def set_question(self, question: Question | None) -> None:
        self.state.question = question

    def set_title(self, title: str) -> None:
        self.state.title = title

    def start_vote(
        self,
        notes: list[BallotNote],
        dots: int,
        per_note: int | None = None,
        *,
        on_dot: Callable[[str, int], object] | None = None,
    ) -> Vote:
        """Open a vote on these notes (a vote still open is closed first, its result lost:
        the window closes it before starting another). `on_dot` as for `Vote`."""
        vote = Vote(notes, dots, per_note, on_dot=on_dot)
        old = self.state.vote
        if old is not None:
            old.close()
        self.state.vote = vote
        return vote

    def close_vote(self) -> VoteResult | None:
        """End the vote; its tallies for the window (None when no vote was open). The phones
        keep seeing the closed vote (and its results, if revealed) until the next one."""
        vote = self.state.vote
        return None if vote is None else vote.close()
