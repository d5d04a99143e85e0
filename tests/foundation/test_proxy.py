"""Proxy headers are believed only from TRUSTED_PROXIES (citystat.site.proxy)."""

from __future__ import annotations

from typing import Any

import pytest

from citystat.site import config
from citystat.site.proxy import TrustedProxyMiddleware, client_address

PROXIES = frozenset({"127.0.0.1", "10.0.0.2"})


def seen(environ: dict[str, Any]) -> dict[str, Any]:
    captured: dict[str, Any] = {}

    def app(env: dict[str, Any], start_response: Any) -> list[bytes]:
        captured.update(env)
        return [b""]

    TrustedProxyMiddleware(app, PROXIES)({"wsgi.url_scheme": "http", **environ}, None)
    return captured


def test_the_trusted_proxy_gives_the_client_address_and_https():
    env = seen(
        {
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_X_FORWARDED_FOR": "192.168.5.20",
            "HTTP_X_FORWARDED_PROTO": "https",
        }
    )
    assert (env["REMOTE_ADDR"], env["wsgi.url_scheme"]) == ("192.168.5.20", "https")
    assert "HTTP_X_FORWARDED_FOR" not in env


def test_anyone_else_cannot_claim_an_address_or_https():
    env = seen(
        {
            "REMOTE_ADDR": "192.168.5.20",
            "HTTP_X_FORWARDED_FOR": "10.1.1.1",
            "HTTP_X_FORWARDED_PROTO": "https",
        }
    )
    assert (env["REMOTE_ADDR"], env["wsgi.url_scheme"]) == ("192.168.5.20", "http")
    assert "HTTP_X_FORWARDED_FOR" not in env and "HTTP_X_FORWARDED_PROTO" not in env


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "client"),
    [
        # the client wrote a fake first hop; our proxy appended the real address
        ("127.0.0.1", "6.6.6.6, 192.168.5.20", "192.168.5.20"),
        # two proxies of ours in a row
        ("127.0.0.1", "192.168.5.20, 10.0.0.2", "192.168.5.20"),
        # garbage in the header: stop at the last address we can trust
        ("127.0.0.1", "not-an-address", "127.0.0.1"),
        ("127.0.0.1", "", "127.0.0.1"),
        ("192.168.5.20", "1.2.3.4", "192.168.5.20"),
    ],
)
def test_client_address(peer: str, forwarded_for: str, client: str) -> None:
    assert client_address(peer, forwarded_for, PROXIES) == client


def test_trusted_proxies_setting(monkeypatch) -> None:
    monkeypatch.setenv("TRUSTED_PROXIES", "127.0.0.1, ::1")
    assert config.trusted_proxies() == frozenset({"127.0.0.1", "::1"})
    monkeypatch.setenv("TRUSTED_PROXIES", "nginx.local")
    with pytest.raises(config.ConfigurationError, match=r"'nginx\.local' is not an IP address"):
        config.trusted_proxies()
