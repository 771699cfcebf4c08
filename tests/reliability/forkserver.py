"""A warm Python that forks a fresh child for each run, so a test can SIGKILL dozens of children
without paying a second of imports for each one.

The server imports the app's storage and core (and the children's code) once, before any
workshop is opened, then forks on request: each child is a separate process that opens the
workshop itself, so killing it is exactly a crash of the app's process. The test talks to the
server in JSON lines over stdin/stdout; a child's own output goes to its log file.

    server = ForkServer(env, cwd=tmp_path)
    pid = server.run("kill_loop", log=tmp_path / "child.log", path=..., acks=...)
    os.kill(pid, signal.SIGKILL)
    assert server.reap(pid) == -signal.SIGKILL
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any


class ChildFailed(AssertionError):
    pass


class ForkServer:
    def __init__(self, env: dict[str, str], *, cwd: Path) -> None:
        # The server writes its own copy of the log's descriptor; ours closes at once.
        with open(cwd / "forkserver.log", "w") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "tests.reliability.forkserver"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                env=env,
                cwd=cwd,
            )
        assert self._read(timeout=60.0) == {"ready": True}

    def run(self, function: str, *, log: Path, **args: Any) -> int:
        """Fork a child that calls `children.<function>(**args)`; its pid."""
        reply = self._ask({"run": function, "log": str(log), "args": args})
        return int(reply["pid"])

    def reap(self, pid: int, timeout: float = 30.0) -> int:
        """Wait for a child to end: -signal if a signal ended it, else its exit code."""
        reply = self._ask({"reap": pid}, timeout=timeout)
        return int(reply["status"])

    def kill(self, pid: int) -> int:
        """SIGKILL: no atexit, no finally, no close. What a crash or a power cut leaves."""
        os.kill(pid, signal.SIGKILL)
        return self.reap(pid)

    def close(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None
            try:
                self._process.stdin.close()
                self._process.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait(timeout=10)
        if self._process.stdout is not None:
            self._process.stdout.close()

    def _ask(self, request: dict[str, Any], timeout: float = 30.0) -> dict[str, Any]:
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        return self._read(timeout)

    def _read(self, timeout: float) -> dict[str, Any]:
        assert self._process.stdout is not None
        with selectors.DefaultSelector() as sel:
            sel.register(self._process.stdout, selectors.EVENT_READ)
            if not sel.select(timeout):
                raise ChildFailed(f"the fork server did not answer within {timeout} s")
        line = self._process.stdout.readline()
        if not line:
            raise ChildFailed("the fork server died (see forkserver.log)")
        reply: dict[str, Any] = json.loads(line)
        return reply


def wait_for(condition: Any, timeout: float, what: str, log: Path | None = None) -> None:
    """Poll `condition()` until true; fail naming `what` (and the child's log) after `timeout`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            output = log.read_text() if log is not None and log.exists() else ""
            raise ChildFailed(f"timed out waiting for {what}\n{output}")
        time.sleep(0.002)


# -- the server side ------------------------------------------------------------------------


def _serve() -> None:
    from tests.reliability import children  # imports the app once, before any fork

    live: set[int] = set()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if "run" in request:
            pid = os.fork()
            if pid == 0:
                _child(children, request)
            live.add(pid)
            print(json.dumps({"pid": pid}), flush=True)
        elif "reap" in request:
            pid = int(request["reap"])
            _, status = os.waitpid(pid, 0)
            live.discard(pid)
            code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
            print(json.dumps({"status": code}), flush=True)
    for pid in live:  # the test ended: no child outlives it
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def _child(children: Any, request: dict[str, Any]) -> None:
    fd = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    sys.stdin.close()
    code = 0
    try:
        getattr(children, request["run"])(**request["args"])
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    _serve()
