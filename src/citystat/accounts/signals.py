"""Count failed sign-ins; a successful one clears the count."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from citystat.accounts import ratelimit
from citystat.accounts.models import User


def on_login_failed(
    sender: object,
    credentials: dict[str, Any],
    request: HttpRequest | None = None,
    **kwargs: object,
) -> None:
    username = str(credentials.get("username") or "")
    if username:
        ratelimit.record_failure(username, ratelimit.client_ip(request))


def on_logged_in(sender: object, request: HttpRequest, user: User, **kwargs: object) -> None:
    ratelimit.clear(user.get_username(), ratelimit.client_ip(request))
