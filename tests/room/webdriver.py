"""A small W3C WebDriver client over httpx, for driving Debian's headless chromium through
chromedriver on loopback (no Selenium: no new dependency). Skips where chromium or chromedriver
is missing; .ci/run installs both where apt-get is."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="chromium and chromedriver are not installed (.ci/run installs them where apt-get is;"
    " apt-get install chromium chromium-driver)",
)


class Browser:
    def __init__(self, driver: httpx.Client, session: str) -> None:
        self.driver, self.session = driver, session

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        answer = self.driver.request(method, f"/session/{self.session}{path}", json=body)
        data = answer.json()
        assert answer.status_code == 200, data
        return data["value"]

    def go(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        return str(self._call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT])

    def click(self, css: str) -> None:
        self._call("POST", f"/element/{self.find(css)}/click", {})

    def type(self, css: str, text: str) -> None:
        self._call("POST", f"/element/{self.find(css)}/value", {"text": text})

    def run(self, script: str, *args: Any) -> Any:
        return self._call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def text(self, css: str) -> str:
        return str(self.run("return document.querySelector(arguments[0]).textContent", css))

    def shown(self, css: str) -> bool:
        return bool(self.run("return !document.querySelector(arguments[0]).hidden", css))

    def wait_for(self, script: str, *args: Any, timeout: float = 10.0) -> Any:
        ends = time.monotonic() + timeout
        while True:
            value = self.run(script, *args)
            if value:
                return value
            if time.monotonic() > ends:
                raise AssertionError(f"not so within {timeout} s: {script}")
            time.sleep(0.1)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def chromium(profile: Path, lang: str = "da") -> Iterator[Browser]:
    """Headless chromium through chromedriver, both on loopback only."""
    assert CHROMIUM is not None and CHROMEDRIVER is not None
    port = _free_port()
    driver_process = subprocess.Popen(
        [CHROMEDRIVER, f"--port={port}", "--allowed-ips=127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as driver:
            ends = time.monotonic() + 20
            while True:
                try:
                    if driver.get("/status").json()["value"]["ready"]:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < ends, "chromedriver did not start"
                time.sleep(0.1)
            options = {
                "binary": CHROMIUM,
                "args": [
                    "--headless=new",
                    "--no-sandbox",  # CI runs as root
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    f"--lang={lang}",
                    f"--user-data-dir={profile}",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-default-apps",
                    "--window-size=412,915",  # a phone's screen
                ],
                "prefs": {"intl.accept_languages": lang},
            }
            capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
            answer = driver.post("/session", json={"capabilities": capabilities})
            assert answer.status_code == 200, answer.text
            session = answer.json()["value"]["sessionId"]
            try:
                yield Browser(driver, session)
            finally:
                driver.delete(f"/session/{session}")
    finally:
        driver_process.terminate()
        driver_process.wait(10)
