"""Creating and changing users."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from citystat.accounts.models import User
from citystat.regions.models import Region


@transaction.atomic
def create_user(
    *,
    username: str,
    password: str,
    role: str,
    regions: Iterable[Region] = (),
    unit_name: str = "",
    is_demo: bool = False,
) -> User:
    if User.objects.filter(username=username).exists():
        raise ValueError(f"用户 {username} 已存在")
    if role not in User.Role.values:
        raise ValueError(f"未知角色 {role};可选:{', '.join(User.Role.values)}")
    user = User(username=username, role=role, unit_name=unit_name, is_demo=is_demo)
    check_password(password, user)
    user.is_staff = role in {User.Role.ADMIN, User.Role.REVIEWER}
    user.is_superuser = role == User.Role.ADMIN
    user.set_password(password)
    user.save()
    user.regions.set(list(regions))
    return user


def check_password(password: str, user: User) -> None:
    """Django's AUTH_PASSWORD_VALIDATORS, as the admin's forms apply them; ValueError in Chinese."""
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValueError("密码不符合要求:" + ";".join(exc.messages)) from exc
