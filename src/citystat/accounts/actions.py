"""Creating and changing users."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from citystat.accounts.models import User
from citystat.audit import actions as audit
from citystat.audit.models import EventType
from citystat.regions.models import Region

if TYPE_CHECKING:
    from citystat.audit.actions import Actor

# Never in the audit log: the password hash, and times the sign-in itself moves.
AUDIT_EXCLUDE = ("password", "last_login", "date_joined")


@transaction.atomic
def create_user(
    *,
    username: str,
    password: str,
    role: str,
    regions: Iterable[Region] = (),
    unit_name: str = "",
    is_demo: bool = False,
    by: Actor = None,
    reason: str = "",
) -> User:
    """Create a user with a role (staff and superuser follow the role), audited as 新增用户
    by ``by`` (None: the command line or the demo)."""
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
    audit.record(
        EventType.USER_CREATED,
        obj=user,
        user=by,
        reason=reason,
        new=audit.snapshot(user, exclude=AUDIT_EXCLUDE),
    )
    return user


def user_event(changed: Iterable[str]) -> EventType:
    """变更角色 when the role (or the staff/superuser flags it sets) changed, else 修改用户."""
    return (
        EventType.USER_ROLE_CHANGED
        if {"role", "is_staff", "is_superuser"} & set(changed)
        else EventType.USER_CHANGED
    )


def check_password(password: str, user: User) -> None:
    """Django's AUTH_PASSWORD_VALIDATORS, as the admin's forms apply them; ValueError in Chinese."""
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValueError("密码不符合要求:" + ";".join(exc.messages)) from exc
