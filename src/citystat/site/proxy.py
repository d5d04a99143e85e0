"""Believe X-Forwarded-For / X-Forwarded-Proto only from the configured proxy addresses.

A WSGI wrapper, so gunicorn, waitress and the development server behave alike: a request
from an address in TRUSTED_PROXIES gets the client's address as REMOTE_ADDR and the
proxy's scheme as ``wsgi.url_scheme``; from anywhere else the headers are dropped, so no
client can claim another address (login rate limits) or HTTPS (secure redirects, CSRF).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable
from typing import Any

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
FORWARDED_HEADERS = ("HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_PROTO", "HTTP_FORWARDED")


def _address(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def client_address(peer: str, forwarded_for: str, trusted: frozenset[str]) -> str:
    """The first address, right to left, that is not one of our proxies.

    Proxies append the address they received the request from, so everything left of the
    last untrusted hop may have been written by the client and is ignored.
    """
    if peer not in trusted:
        return peer
    client = peer
    for hop in reversed(forwarded_for.split(",")):
        address = _address(hop)
        if address is None:
            break
        client = address
        if address not in trusted:
            break
    return client


class TrustedProxyMiddleware:
    def __init__(self, app: WSGIApp, trusted: frozenset[str]) -> None:
        self.app = app
        self.trusted = trusted

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        peer = _address(environ.get("REMOTE_ADDR", "")) or ""
        forwarded_for = environ.pop("HTTP_X_FORWARDED_FOR", "")
        proto = environ.pop("HTTP_X_FORWARDED_PROTO", "")
        environ.pop("HTTP_FORWARDED", None)
        if peer in self.trusted:
            environ["REMOTE_ADDR"] = client_address(peer, forwarded_for, self.trusted)
            scheme = proto.split(",")[-1].strip().lower()
            if scheme in {"http", "https"}:
                environ["wsgi.url_scheme"] = scheme
        return self.app(environ, start_response)
