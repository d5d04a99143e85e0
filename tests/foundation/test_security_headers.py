"""Production hardening of responses and settings (issue 16): CSP with no inline script,
private caching of signed-in pages, refusal of DEBUG and weak keys, a Chinese 503 page."""

from __future__ import annotations

import re

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from citystat.accounts.models import User
from citystat.site import config
from citystat.site.middleware import CONTENT_SECURITY_POLICY

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/indicator/ind_va/",
    "/region/140921/",
    "/screen/",
    "/intake/",
    "/intake/entry/140921/2023-11/",
    "/intake/board/",
    "/projects/",
    "/projects/map/",
    "/followups/",
    "/reports/",
    "/text/",
    "/maps/",
]
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
EVENT_ATTRIBUTE = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)


@pytest.fixture
def admin_client() -> Client:
    client = Client()
    client.force_login(User.objects.get(username="admin"))
    return client


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_a_csp_and_no_inline_script(admin_client: Client, path: str) -> None:
    response = admin_client.get(path)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self';" in response["Content-Security-Policy"]
    html = response.content.decode()
    for attributes, body in SCRIPT.findall(html):
        if 'type="application/json"' in attributes:
            continue  # json_script data, never executed
        assert "src=" in attributes and not body.strip(), f"inline script on {path}"
    assert not EVENT_ATTRIBUTE.search(html), f"inline event handler on {path}"


def test_signed_in_pages_are_private_and_static_files_are_not(admin_client: Client) -> None:
    for path in ("/", "/indicator/ind_va/", "/intake/"):
        signed_in = admin_client.get(path)
        assert "private" in signed_in["Cache-Control"], path
        assert "Cookie" in signed_in["Vary"], path
    static = admin_client.get("/static/citystat/site.css")
    assert static.status_code == 200
    assert "private" not in static.get("Cache-Control", "")


def test_a_chinese_503_page_while_the_database_is_unreachable(admin_client, monkeypatch) -> None:
    def refuse(self):  # type: ignore[no-untyped-def]
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
    response = admin_client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "系统暂时无法使用" in page and "数据库暂时无法连接" in page
    assert "Traceback" not in page and "Server Error" not in page


def test_a_failing_query_on_a_working_database_is_not_called_an_outage(monkeypatch) -> None:
    from citystat.site import middleware

    assert middleware.database_unreachable() is False


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("short-key", "it has 9 characters, at least 50 are needed"),
        ("a" * 60, "it uses fewer than 5 different characters"),
        ("django-insecure-" + "k3y" * 20, "it is a published example key"),
    ],
)
def test_production_refuses_a_weak_secret_key(monkeypatch, key: str, reason: str) -> None:
    monkeypatch.setenv("CITYSTAT_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", key)
    with pytest.raises(config.ConfigurationError, match=re.escape(reason)):
        config.secret_key()


def test_production_refuses_debug(monkeypatch) -> None:
    monkeypatch.setenv("DEBUG", "true")
    monkeypatch.setenv("CITYSTAT_ENV", "local")
    assert config.debug() is True
    monkeypatch.setenv("CITYSTAT_ENV", "production")
    with pytest.raises(config.ConfigurationError, match="DEBUG=true is refused"):
        config.debug()


def test_hsts_is_on_for_https_production_only(monkeypatch) -> None:
    monkeypatch.delenv("HSTS_SECONDS", raising=False)
    monkeypatch.setenv("CITYSTAT_ENV", "production")
    assert config.hsts_seconds(https=True) == 31536000
    assert config.hsts_seconds(https=False) == 0
    monkeypatch.setenv("CITYSTAT_ENV", "local")
    assert config.hsts_seconds(https=True) == 0
