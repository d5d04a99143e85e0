"""Real-browser tests: a `citystat serve` subprocess with the demo, driven by headless Chromium.

Chromium comes from Debian (/usr/bin/chromium); Playwright only drives it (no browser
download). Outside CI the tests skip when Chromium is absent; in CI (CI=true) they fail.
Every page test asserts no console errors and no failed or off-machine requests.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("CITYSTAT_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
DEMO_PASSWORD = "citystat-demo"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real server on loopback with the Xinzhou demo in its own SQLite file."""
    home = tmp_path_factory.mktemp("server-home")
    port = _free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CITYSTAT_ENV", "DJANGO_SETTINGS_MODULE"}
    }
    env["CITYSTAT_HOME"] = str(home)
    log = (home / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "citystat", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {(home / 'server.log').read_text()[-2000:]}")
        try:
            urllib.request.urlopen(url + "/login/", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.terminate()
        raise RuntimeError("server did not start within 240 s")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}; .ci/run must install Debian's chromium")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield b
        b.close()


class PageProblems(list[str]):
    pass


@pytest.fixture
def page(browser: Any, server_url: str) -> Iterator[Any]:
    """A fresh page; fails the test on console errors, failed requests or off-machine requests."""
    context = browser.new_context(
        locale="zh-CN", viewport={"width": 1440, "height": 900}, base_url=server_url
    )
    pg = context.new_page()
    problems = PageProblems()
    pg.on(
        "console",
        lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} {r.failure}"))

    def check_host(request: Any) -> None:
        if not request.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
            problems.append(f"off-machine request: {request.url}")

    pg.on("request", check_host)
    pg.problems = problems
    yield pg
    context.close()
    assert not problems, "\n".join(problems)


def login(page: Any, username: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")  # not the header's language switch
    page.wait_for_load_state("networkidle")


def screenshot(page: Any, name: str, *, full_page: bool = True) -> Path:
    """Save a screenshot under test-artifacts/screenshots (kept by CI as an artifact)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
