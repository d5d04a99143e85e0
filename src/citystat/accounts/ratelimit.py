"""Login rate limiting: after repeated failures an account name (or an address) waits.

Stored in the database so every server process sees the same count.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from citystat.accounts.models import LoginFailure

MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_IP = 30
WINDOW = timedelta(minutes=15)
LOCKED_MESSAGE = "登录失败次数过多,请 15 分钟后再试;如忘记密码请联系管理员。"


def client_ip(request: Any) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def is_locked(username: str, ip: str | None) -> bool:
    since = timezone.now() - WINDOW
    recent = LoginFailure.objects.filter(at__gte=since)
    if recent.filter(username=username).count() >= MAX_FAILURES_PER_USER:
        return True
    return bool(ip) and recent.filter(ip=ip).count() >= MAX_FAILURES_PER_IP


def record_failure(username: str, ip: str | None) -> None:
    LoginFailure.objects.create(username=username[:150], ip=ip)


def clear(username: str) -> None:
    LoginFailure.objects.filter(username=username).delete()
