"""A second user logs in and works while a long text is read: a real threaded server
(tests/textreview/concurrency_server.py) on a real database, real HTTP logins.

On SQLite the old page stored the document, then read the text inside the same
transaction: the write lock was held for the whole reading and every login failed (500).
Now the paste returns at once, reading runs as a job outside any transaction, and the
document is stored with its facts afterwards in one short transaction.

Runs on SQLite (a file in a temporary home) and, when DATABASE_URL names PostgreSQL, also on
a fresh database ``<name>_concurrency`` beside it (created and dropped here).
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from citystat.textreview.reading import MAX_TEXT_CHARS
from tests.textreview.concurrency_server import PASSWORD
from tests.textreview.conftest import SAMPLE, number_heavy

SERVER = Path(__file__).with_name("concurrency_server.py")
PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: What a person waits for at most, on a busy two-core machine, for a login or a page.
BOUND = 10.0


@dataclass
class Response:
    status: int
    location: str
    body: str
    seconds: float


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


class Browser:
    """One signed-in person: cookies, CSRF token, no automatic redirects, timed requests."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect
        )

    def _send(self, request: urllib.request.Request) -> Response:
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=120) as answer:
                status, headers, body = answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as error:
            status, headers, body = error.code, error.headers, error.read()
        return Response(
            status,
            headers.get("Location", ""),
            body.decode("utf-8", "replace"),
            time.monotonic() - started,
        )

    def get(self, path: str) -> Response:
        return self._send(urllib.request.Request(self.base + path))

    def post(self, path: str, data: dict[str, str]) -> Response:
        token = next((c.value for c in self.jar if c.name == "csrftoken"), "")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        return self._send(urllib.request.Request(self.base + path, data=body, method="POST"))

    def login(self, username: str, password: str = PASSWORD) -> Response:
        form = self.get("/login/")
        assert form.status == 200, form.body[-500:]
        answer = self.post("/login/", {"username": username, "password": password})
        answer.seconds += form.seconds
        return answer

    def status(self, job: int) -> dict[str, object]:
        answer = self.get(f"/text/jobs/{job}/status.json")
        assert answer.status == 200, answer.body[-500:]
        return dict(json.loads(answer.body))

    def wait_done(self, job: int, timeout: float) -> dict[str, object]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.status(job)
            if status["finished"]:
                return status
            time.sleep(0.3)
        raise AssertionError(f"job {job} not finished after {timeout} s: {status}")


@dataclass
class Live:
    url: str
    state: Path
    backend: str


def _postgres_env(url: str) -> tuple[str, str, str]:
    """(maintenance URL, database name, URL of the test's own database)."""
    parsed = urllib.parse.urlsplit(url)
    name = f"{parsed.path.lstrip('/')}_concurrency"
    own = urllib.parse.urlunsplit(parsed._replace(path=f"/{name}"))
    admin = urllib.parse.urlunsplit(parsed._replace(path="/postgres"))
    return admin, name, own


def _postgres(admin: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


@pytest.fixture(
    params=[pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)]
)
def live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Live]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CITYSTAT_ENV", "DJANGO_SETTINGS_MODULE"}
    }
    env["CITYSTAT_HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    dropped = ""
    if request.param == "postgres":
        url = os.environ.get("DATABASE_URL", "")
        if not url.startswith(("postgres://", "postgresql://")):
            pytest.skip("PostgreSQL: run with DATABASE_URL=postgres://…")
        admin, name, own = _postgres_env(url)
        _postgres(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _postgres(admin, f'CREATE DATABASE "{name}"')
        dropped = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
        env["DATABASE_URL"] = own
    state = tmp_path / "state"
    state.mkdir()
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(SERVER), "0", str(state)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=PROJECT_ROOT,
    )
    try:
        deadline = time.monotonic() + 300
        while not (state / "ready").exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((tmp_path / "server.log").read_text()[-3000:])
            time.sleep(0.2)
        port = (state / "ready").read_text()
        yield Live(f"http://127.0.0.1:{port}", state, request.param)
    finally:
        (state / "release").touch()
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
        if dropped:
            _postgres(admin, dropped)


def _job(response: Response) -> int:
    found = re.fullmatch(r"/text/jobs/(\d+)/", response.location)
    assert response.status == 302 and found, (response.status, response.location)
    return int(found.group(1))


def test_a_second_user_logs_in_and_works_while_a_long_text_is_read(live: Live) -> None:
    writer, second = Browser(live.url), Browser(live.url)
    assert writer.login("writer").status == 302
    text = number_heavy(MAX_TEXT_CHARS)
    assert MAX_TEXT_CHARS - 100 < len(text) <= MAX_TEXT_CHARS

    posted = writer.post("/text/", {"text": text, "title": "长文本"})
    job = _job(posted)
    assert posted.seconds < BOUND  # the paste answers at once; reading is the job's
    deadline = time.monotonic() + 300
    while not (live.state / "extracting.json").exists():
        assert time.monotonic() < deadline, "the long text was not read within 300 s"
        time.sleep(0.1)
    held = json.loads((live.state / "extracting.json").read_text())
    # The text has been read for real; no transaction is open in the reading thread.
    assert (held["pk"], held["status"], held["in_atomic_block"]) == (job, "running", False)
    assert held["facts"] > 10_000

    # Meanwhile a second person: a wrong password (a failed-login record is written) …
    wrong = second.login("second", "not-the-password")
    assert wrong.status == 200 and 'name="password"' in wrong.body  # the form again
    assert wrong.seconds < BOUND
    assert second.get("/text/").location.startswith("/login/")
    # … then signs in, opens a page, and has a short text read and stored.
    signed_in = second.login("second")
    assert (signed_in.status, signed_in.location) == (302, "/")
    assert signed_in.seconds < BOUND
    page = second.get("/text/")
    assert page.status == 200 and "文本不超过 20 万字" in page.body
    assert page.seconds < BOUND
    small = _job(second.post("/text/", {"text": SAMPLE}))
    assert second.wait_done(small, 60)["status"] == "done"
    review = second.get(f"/text/jobs/{small}/")
    assert review.status == 302 and re.fullmatch(r"/text/\d+/", review.location)
    opened = second.get(review.location)
    assert opened.status == 200 and 'data-fact="f-001"' in opened.body
    # All that happened while the long text was still being read.
    assert writer.status(job)["status"] == "running"

    # The reading goes on (matching, then storing the facts in one transaction): people keep
    # signing in and opening pages until it has finished.
    (live.state / "release").touch()
    logins: list[float] = []
    deadline = time.monotonic() + 300
    while not (done := writer.status(job))["finished"]:
        assert time.monotonic() < deadline, done
        another = Browser(live.url)
        answer = another.login("second")
        assert answer.status == 302 and answer.seconds < BOUND, (answer.status, answer.seconds)
        opened = another.get("/text/")
        assert opened.status == 200 and opened.seconds < BOUND
        logins.append(answer.seconds + opened.seconds)
    assert done["status"] == "done", done
    assert done["message"] == f"已读取 {held['facts']:,} 条数值事实"
    to_review = writer.get(f"/text/jobs/{job}/")
    assert to_review.status == 302 and re.fullmatch(r"/text/\d+/", to_review.location)
    assert writer.get(to_review.location).status == 200
    print(
        f"{live.backend}: paste answered in {posted.seconds:.2f} s; while reading, second user: "
        f"wrong password {wrong.seconds:.2f} s, login {signed_in.seconds:.2f} s, "
        f"page {page.seconds:.2f} s; then {len(logins)} logins + page while matching and "
        f"storing, slowest {max(logins, default=0):.2f} s"
    )
