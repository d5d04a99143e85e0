"""Login rate limits keyed by the real client address and the account, with backoff (issue 16).

Nobody can lock anyone else out: a guesser waits at their own address, the account's owner
at another address signs in, and even the guesser's address is never locked for good.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from citystat.accounts import ratelimit
from citystat.accounts.models import LoginFailure

pytestmark = pytest.mark.django_db

PASSWORD = "citystat-demo"
ATTACKER = "10.20.30.40"
OWNER = "10.20.30.41"


def login(address: str, username: str, password: str) -> tuple[int, str]:
    response = Client(REMOTE_ADDR=address).post(
        "/login/", {"username": username, "password": password}
    )
    return response.status_code, response.content.decode()


def random_names(count: int) -> list[str]:
    rng = random.Random(16)
    return ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=8)) for _ in range(count)]


def test_thirty_random_name_failures_from_one_address_do_not_lock_admin_from_another():
    for name in random_names(30):
        assert login(ATTACKER, name, "wrong-guess")[0] == 200
    assert LoginFailure.objects.filter(ip=ATTACKER).count() == 30
    # the guessing address now waits, whatever name it tries, admin included …
    status, page = login(ATTACKER, "admin", PASSWORD)
    assert status == 200
    assert "登录失败次数过多,请 30 秒后再试" in page
    # … while admin signs in from another address
    status, _ = login(OWNER, "admin", PASSWORD)
    assert status == 302


def test_guessing_one_account_does_not_keep_its_owner_out():
    for _ in range(12):
        login(ATTACKER, "leader", "wrong-guess")
    assert ratelimit.retry_after("leader", ATTACKER) > timedelta(0)
    assert ratelimit.retry_after("leader", OWNER) == timedelta(0)
    assert login(OWNER, "leader", PASSWORD)[0] == 302
    # the owner's success forgets only the owner's own failures
    assert LoginFailure.objects.filter(username="leader", ip=ATTACKER).count() == 5


def test_the_wait_doubles_and_then_the_right_password_signs_in():
    limit = ratelimit.ACCOUNT_FROM_ADDRESS
    assert [limit.wait(n).total_seconds() for n in range(4, 12)] == [
        0,
        30,
        60,
        120,
        240,
        480,
        900,
        900,
    ]
    now = timezone.now()
    for minutes_ago in (50, 40, 30, 20, 10, 9):  # six failures, the last one nine minutes ago
        LoginFailure.objects.create(username="leader", ip=OWNER)
        LoginFailure.objects.filter(at__gt=now - timedelta(seconds=5)).update(
            at=now - timedelta(minutes=minutes_ago)
        )
    # six failures: the sixth asks for 60 s, long past; no lock remains
    assert ratelimit.retry_after("leader", OWNER) == timedelta(0)
    assert login(OWNER, "leader", PASSWORD)[0] == 302


def test_tries_during_the_wait_are_not_counted():
    for _ in range(5):
        login(ATTACKER, "leader", "wrong-guess")
    for _ in range(10):
        _, page = login(ATTACKER, "leader", "wrong-guess")
        assert "登录失败次数过多" in page
    assert LoginFailure.objects.filter(username="leader", ip=ATTACKER).count() == 5


def test_guessing_spread_over_many_addresses_slows_the_account_for_a_minute_at_most():
    for i in range(150):
        LoginFailure.objects.create(username="admin", ip=f"10.9.{i // 250}.{i % 250 + 1}")
    wait = ratelimit.retry_after("admin", OWNER)
    assert timedelta(0) < wait <= timedelta(minutes=1)
    assert (
        ratelimit.locked_message(wait) == "登录失败次数过多,请 60 秒后再试;如忘记密码请联系管理员。"
    )
