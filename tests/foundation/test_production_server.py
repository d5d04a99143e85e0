"""`citystat serve` in production mode, as an operator runs it behind an HTTPS proxy.

A real subprocess on loopback with its own SQLite file, once with gunicorn (Linux: several
worker processes) and once with waitress (Windows); the proxy is played by the request
headers it would add (Host, X-Forwarded-Proto, X-Forwarded-For) from 127.0.0.1, the
address TRUSTED_PROXIES names.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

HOST = "tjj.example.cn"
PASSWORD = "a-long-production-password-7"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(home: Path) -> dict[str, str]:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CITYSTAT_ENV", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    environ.update(
        CITYSTAT_HOME=str(home),
        CITYSTAT_ENV="production",
        SECRET_KEY="test-only-" + "x" * 50,
        ALLOWED_HOSTS=f"127.0.0.1,{HOST}",
        TRUSTED_PROXIES="127.0.0.1",
    )
    return environ


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("production-home")
    env = _env(home)
    citystat = [sys.executable, "-m", "citystat"]
    subprocess.run([*citystat, "init"], env=env, timeout=300, check=True, capture_output=True)
    created = subprocess.run(
        [*citystat, "createuser", "operator", "--role", "admin"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    return home


@pytest.fixture(scope="module", params=["gunicorn", "waitress"])
def server(request: pytest.FixtureRequest, home: Path) -> Iterator[int]:
    env = _env(home)
    citystat = [sys.executable, "-m", "citystat"]
    port = _free_port()
    log = (home / "server.log").open("w")
    proc = subprocess.Popen(
        [*citystat, "serve", "--port", str(port), "--threads", "2", "--server", request.param]
        + (["--workers", "2"] if request.param == "gunicorn" else []),
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("server exited: " + (home / "server.log").read_text()[-2000:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.terminate()
        pytest.fail("production server did not start within 120 s")
    yield port
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


def _request(
    port: int, method: str, path: str, headers: dict[str, str], body: str | None = None
) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(method, path, body=body, headers={"Host": HOST, **headers})
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response


def _login_form(port: int) -> tuple[str, str]:
    page = _request(port, "GET", "/login/", {"X-Forwarded-Proto": "https"})
    assert page.status == 200
    cookie = page.getheader("Set-Cookie") or ""
    assert "Secure" in cookie, "the CSRF cookie must be HTTPS-only in production"
    token_cookie = re.search(r"csrftoken=([^;]+)", cookie)
    token_field = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.body)  # type: ignore[attr-defined]
    assert token_cookie and token_field
    return token_cookie.group(1), token_field.group(1).decode()


def _post_login(port: int, origin: str, password: str) -> http.client.HTTPResponse:
    cookie, field = _login_form(port)
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": field, "username": "operator", "password": password}
    )
    return _request(
        port,
        "POST",
        "/login/",
        {
            "X-Forwarded-Proto": "https",
            "Origin": origin,
            "Referer": f"{origin}/login/",
            "Cookie": f"csrftoken={cookie}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        body,
    )


def test_production_is_served_with_static_files(server):
    page = _request(server, "GET", "/login/", {"X-Forwarded-Proto": "https"})
    assert page.status == 200
    assert page.getheader("Server") in {"citystat", "gunicorn"}
    echarts = _request(server, "GET", "/static/vendor/echarts/echarts.min.js", {})
    assert echarts.status == 200
    assert len(echarts.body) > 900_000  # type: ignore[attr-defined]


def test_unknown_host_is_refused(server):
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=30)
    conn.request("GET", "/login/", headers={"Host": "evil.example.com"})
    assert conn.getresponse().status == 400
    conn.close()


def test_login_through_the_https_proxy_passes_the_csrf_check(server):
    response = _post_login(server, f"https://{HOST}", PASSWORD)
    assert response.status == 302, response.body[:500]  # type: ignore[attr-defined]
    assert response.getheader("Location") == "/"
    session = response.getheader("Set-Cookie") or ""
    assert "sessionid=" in session and "Secure" in session and "HttpOnly" in session


def test_a_form_posted_from_another_origin_is_refused(server):
    response = _post_login(server, "https://evil.example.com", PASSWORD)
    assert response.status == 403


def test_demo_accounts_do_not_exist_in_production(server):
    cookie, field = _login_form(server)
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": field, "username": "leader", "password": "citystat-demo"}
    )
    response = _request(
        server,
        "POST",
        "/login/",
        {
            "X-Forwarded-Proto": "https",
            "Origin": f"https://{HOST}",
            "Cookie": f"csrftoken={cookie}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        body,
    )
    assert response.status == 200  # the form again, with the error
    assert "sessionid" not in (response.getheader("Set-Cookie") or "")


def test_https_from_the_trusted_proxy_gets_hsts_and_a_plain_http_origin_is_refused(server):
    over_https = _request(server, "GET", "/login/", {"X-Forwarded-Proto": "https"})
    assert over_https.getheader("Strict-Transport-Security") == "max-age=31536000"
    assert "script-src 'self'" in (over_https.getheader("Content-Security-Policy") or "")
    over_http = _request(server, "GET", "/login/", {})
    assert over_http.getheader("Strict-Transport-Security") is None
    # the app knows it is on HTTPS, so a post claiming to come from http:// is refused
    assert _post_login(server, f"http://{HOST}", PASSWORD).status == 403


def test_signed_in_pages_are_private(server):
    login = _post_login(server, f"https://{HOST}", PASSWORD)
    session = re.search(r"sessionid=([^;]+)", login.getheader("Set-Cookie") or "")
    assert session
    home = _request(
        server,
        "GET",
        "/",
        {"X-Forwarded-Proto": "https", "Cookie": f"sessionid={session.group(1)}"},
    )
    assert home.status == 200
    assert "private" in (home.getheader("Cache-Control") or "")
