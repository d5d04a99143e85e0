"""Count failed sign-ins; a successful one clears the count."""

from __future__ import annotations

from typing import Any

from citystat.accounts import ratelimit


def on_login_failed(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    username = str(credentials.get("username") or "")
    if username:
        ratelimit.record_failure(username, ratelimit.client_ip(request))


def on_logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    ratelimit.clear(user.get_username(), ratelimit.client_ip(request))
