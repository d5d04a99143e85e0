"""Users with a role and the regions and indicators they answer for."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.http import HttpRequest


class User(AbstractUser):
    class Role(models.TextChoices):
        REPORTER = "reporter", "填报员"
        REVIEWER = "reviewer", "审核员"
        LEADER = "leader", "领导"
        RESPONSIBLE = "responsible", "责任单位"
        PLANNER = "planner", "目标管理"
        ANALYST = "analyst", "分析师"
        ADMIN = "admin", "系统管理员"

    role = models.CharField("角色", max_length=12, choices=Role.choices, default=Role.REPORTER)
    unit_name = models.CharField("所在单位", max_length=60, blank=True)
    regions = models.ManyToManyField(
        "regions.Region", verbose_name="负责区划", blank=True, related_name="users"
    )
    indicators = models.ManyToManyField(
        "indicators.Indicator",
        verbose_name="负责指标",
        blank=True,
        related_name="users",
        help_text="留空表示该区划的全部指标",
    )
    is_demo = models.BooleanField("演示账号", default=False)

    class Meta:
        verbose_name = "用户"
        verbose_name_plural = "用户"

    def __str__(self) -> str:
        return f"{self.username}({self.get_role_display()})"


class LoginFailure(models.Model):
    """A failed sign-in; recent ones make the next try wait (citystat.accounts.ratelimit)."""

    username = models.CharField("用户名", max_length=150, db_index=True)
    ip = models.GenericIPAddressField("地址", null=True, blank=True)
    at = models.DateTimeField("时间", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "登录失败记录"
        verbose_name_plural = "登录失败记录"
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.username} {self.ip} {self.at:%Y-%m-%d %H:%M}"


def acting_user(request: HttpRequest) -> User | None:
    """The signed-in user of ``request`` (None when anonymous), as actions take it."""
    return request.user if isinstance(request.user, User) else None
