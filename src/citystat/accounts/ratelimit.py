"""Login rate limits: failures make the next try wait, growing with each failure (backoff).

Three counts, each with its own free attempts and waits, so that nobody can lock anyone else
out (issue 16):

- one account name from one address: the person guessing waits, not the account's owner at
  another address;
- one address, any names: a guesser cycling through names waits, other addresses do not;
- one account name from every address together: guessing spread over many addresses is
  slowed, but the wait stays short, so such guessing cannot keep the owner out either.

The address is the real client's: ``REMOTE_ADDR`` as set by citystat.site.proxy from the
trusted proxy's ``X-Forwarded-For``. Stored in the database, so every server process sees
the same counts. There is no lock: a correct password after the wait signs in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Max, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from citystat.accounts.models import LoginFailure

WINDOW = timedelta(hours=1)  # failures older than this are forgotten


@dataclass(frozen=True)
class Limit:
    free: int  # failures allowed without waiting
    first_wait: timedelta  # wait after the first failure beyond the free ones; doubles after each
    max_wait: timedelta

    def wait(self, failures: int) -> timedelta:
        if failures < self.free:
            return timedelta(0)
        doublings = min(failures - self.free, 30)
        factor: int = 2**doublings
        return min(self.first_wait * factor, self.max_wait)


ACCOUNT_FROM_ADDRESS = Limit(
    free=5, first_wait=timedelta(seconds=30), max_wait=timedelta(minutes=15)
)
ADDRESS = Limit(free=30, first_wait=timedelta(seconds=30), max_wait=timedelta(minutes=15))
ACCOUNT_EVERYWHERE = Limit(free=100, first_wait=timedelta(seconds=5), max_wait=timedelta(minutes=1))

# The number of failures after which the person at that address waits (tests and docs).
MAX_FAILURES_PER_USER = ACCOUNT_FROM_ADDRESS.free
MAX_FAILURES_PER_IP = ADDRESS.free


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    ip: str | None = request.META.get("REMOTE_ADDR") or None
    return ip


def _remaining(limit: Limit, failures: QuerySet[LoginFailure], now: datetime) -> timedelta:
    found = failures.aggregate(n=Count("id"), last=Max("at"))
    if not found["n"]:
        return timedelta(0)
    last: datetime = found["last"]
    return max(last + limit.wait(found["n"]) - now, timedelta(0))


def retry_after(username: str, ip: str | None, now: datetime | None = None) -> timedelta:
    """How long this name at this address must wait before the next try (zero: try now)."""
    now = now or timezone.now()
    recent = LoginFailure.objects.filter(at__gte=now - WINDOW)
    waits = [
        _remaining(ACCOUNT_FROM_ADDRESS, recent.filter(username=username, ip=ip), now),
        _remaining(ACCOUNT_EVERYWHERE, recent.filter(username=username), now),
    ]
    if ip:
        waits.append(_remaining(ADDRESS, recent.filter(ip=ip), now))
    return max(waits)


def locked_message(wait: timedelta) -> str:
    seconds = max(1, math.ceil(wait.total_seconds()))
    span = f"{seconds} 秒" if seconds < 120 else f"{math.ceil(seconds / 60)} 分钟"
    return f"登录失败次数过多,请 {span}后再试;如忘记密码请联系管理员。"


def record_failure(username: str, ip: str | None) -> None:
    LoginFailure.objects.create(username=username[:150], ip=ip)


def clear(username: str, ip: str | None) -> None:
    """A successful sign-in forgets that name's failures from that address."""
    LoginFailure.objects.filter(username=username, ip=ip).delete()
