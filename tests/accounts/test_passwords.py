"""Every way of setting a password goes through Django's password validators (issue 16)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from django.test import Client

from citystat.accounts.actions import create_user
from citystat.accounts.models import User
from citystat.cli import cli

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("1", "密码太短,至少需要 10 个字符。"),
        ("40837261955", "密码只包含数字。"),
        ("password123", "这个密码太常见了。"),
    ],
)
def test_createuser_refuses_a_weak_password(password: str, reason: str) -> None:
    result = CliRunner().invoke(
        cli, ["createuser", "wang", "--role", "admin", "--password", password]
    )
    assert result.exit_code == 1
    assert reason in result.output
    assert not User.objects.filter(username="wang").exists()


def test_createuser_accepts_a_strong_password() -> None:
    result = CliRunner().invoke(
        cli, ["createuser", "wang", "--role", "admin", "--password", "晋北-统计-2026-春"]
    )
    assert result.exit_code == 0, result.output
    assert User.objects.get(username="wang").check_password("晋北-统计-2026-春")


def test_a_password_like_the_user_name_is_refused() -> None:
    with pytest.raises(ValueError, match="密码不符合要求"):
        create_user(username="zhang.wei.tongji", password="zhang.wei.tongji", role="reporter")


def test_the_admin_add_user_form_applies_the_same_validators() -> None:
    client = Client()
    client.force_login(User.objects.get(username="admin"))
    response = client.post(
        "/admin/accounts/user/add/",
        {"username": "li", "password1": "1", "password2": "1", "usable_password": "true"},
    )
    assert response.status_code == 200
    assert "密码太短,至少需要 10 个字符。" in response.content.decode()
    assert not User.objects.filter(username="li").exists()
