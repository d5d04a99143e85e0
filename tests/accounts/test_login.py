"""Login: rate limited, argon2 hashes, CSRF enforced, sessions expire."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from citystat.accounts.models import LoginFailure, User
from citystat.accounts.ratelimit import MAX_FAILURES_PER_USER

pytestmark = pytest.mark.django_db


def post_login(client: Client, password: str):  # type: ignore[no-untyped-def]
    return client.post("/login/", {"username": "leader", "password": password})


def test_after_five_failures_even_the_right_password_is_refused(client):
    for _ in range(MAX_FAILURES_PER_USER):
        assert post_login(client, "wrong").status_code == 200
    assert LoginFailure.objects.filter(username="leader").count() == MAX_FAILURES_PER_USER
    r = post_login(client, "citystat-demo")
    assert r.status_code == 200
    assert "登录失败次数过多" in str(r.context["form"].non_field_errors())
    assert "登录失败次数过多,请 30 秒后再试" in r.content.decode()
    assert "用户名或密码不正确" not in r.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_successful_login_clears_the_count(client):
    post_login(client, "wrong")
    r = post_login(client, "citystat-demo")
    assert r.status_code == 302
    assert not LoginFailure.objects.filter(username="leader").exists()


def test_passwords_are_hashed_with_argon2():
    assert User.objects.get(username="leader").password.startswith("argon2$")


def test_csrf_is_enforced_on_login_and_api_writes():
    c = Client(enforce_csrf_checks=True)
    assert c.post("/login/", {"username": "leader", "password": "citystat-demo"}).status_code == 403
    c.force_login(User.objects.get(username="reporter_140921"))
    r = c.post("/api/observations/", "{}", content_type="application/json")
    assert r.status_code == 403


def test_sessions_expire():
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
