"""Follow-ups (督办): rules as data, the follow-ups they raise, responses, events and notifications."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Rule(models.Model):
    """A configurable condition that raises follow-ups when the month's data land."""

    class Kind(models.TextChoices):
        INDICATOR_RED = "indicator_red", "指标连续红灯"
        PROJECT_BEHIND = "project_behind", "项目投资落后序时进度"
        MILESTONE_OVERDUE = "milestone_overdue", "项目节点逾期"
        TASK_BEHIND = "task_behind", "民生实事红灯"

    code = models.CharField("代码", max_length=30, unique=True)
    name = models.CharField("名称", max_length=60)
    kind = models.CharField("类型", max_length=20, choices=Kind.choices)
    months = models.PositiveSmallIntegerField(
        "连续期数", default=2, help_text="指标连续红灯的期数(月度指标即连续月数)"
    )
    gap_pp = models.DecimalField(
        "落后百分点",
        max_digits=6,
        decimal_places=2,
        default=20,
        help_text="项目投资完成率落后序时进度超过此值时督办",
    )
    key_only = models.BooleanField("仅重点指标", default=True)
    deadline_days = models.PositiveSmallIntegerField(
        "答复期限(天)", default=15, help_text="自所属月份月末起算"
    )
    is_active = models.BooleanField("启用", default=True)
    description = models.TextField("说明", blank=True)

    class Meta:
        verbose_name = "督办规则"
        verbose_name_plural = "督办规则"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


ACTIVE_STATUSES = ("open", "answered", "escalated")


class Followup(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "待答复"
        ANSWERED = "answered", "已答复"
        CLOSED = "closed", "已办结"
        ESCALATED = "escalated", "已升级"

    rule = models.ForeignKey(
        Rule,
        verbose_name="规则",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="followups",
        help_text="为空表示人工发起",
    )
    subject = models.CharField("督办对象", max_length=80, db_index=True)
    title = models.CharField("督办事项", max_length=120)
    detail = models.TextField("情况说明", blank=True)
    responsible_unit = models.CharField("责任单位", max_length=60, db_index=True)
    region = models.ForeignKey(
        "regions.Region", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    indicator = models.ForeignKey(
        "indicators.Indicator", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    project = models.ForeignKey(
        "projects.Project",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="followups",
    )
    task = models.ForeignKey(
        "projects.LivelihoodTask",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="followups",
    )
    year = models.PositiveSmallIntegerField("所属年份")
    month = models.PositiveSmallIntegerField("所属月份")
    deadline = models.DateField("答复期限")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.OPEN)
    escalation_level = models.PositiveSmallIntegerField("升级次数", default=0)
    checked_year = models.PositiveSmallIntegerField("最近复核年份", null=True, blank=True)
    checked_month = models.PositiveSmallIntegerField("最近复核月份", null=True, blank=True)
    closed_reason = models.CharField("办结说明", max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("发起时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "督办事项"
        verbose_name_plural = "督办事项"
        ordering = ["-year", "-month", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["subject"],
                condition=models.Q(status__in=ACTIVE_STATUSES),
                name="followup_one_active_per_subject",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def period_label(self) -> str:
        return f"{self.year}年{self.month}月"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def is_manual(self) -> bool:
        return self.rule_id is None


class Response(models.Model):
    followup = models.ForeignKey(Followup, on_delete=models.CASCADE, related_name="responses")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    unit = models.CharField("答复单位", max_length=60, blank=True)
    text = models.TextField("答复内容")
    created_at = models.DateTimeField("答复时间", auto_now_add=True)

    class Meta:
        verbose_name = "督办答复"
        verbose_name_plural = "督办答复"
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.unit}:{self.text[:20]}"


class Event(models.Model):
    """The audited history of a follow-up (raised, answered, re-checked, closed, escalated)."""

    class Action(models.TextChoices):
        RAISE = "raise", "发起"
        ANSWER = "answer", "答复"
        RECHECK = "recheck", "复核"
        CLOSE = "close", "办结"
        ESCALATE = "escalate", "升级"

    followup = models.ForeignKey(Followup, on_delete=models.CASCADE, related_name="events")
    action = models.CharField("操作", max_length=10, choices=Action.choices)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    month = models.PositiveSmallIntegerField(null=True, blank=True)
    note = models.CharField("说明", max_length=300, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.note[:30]}"


class Notification(models.Model):
    class Kind(models.TextChoices):
        """What happened; the daily digest counts notifications by kind, in this order."""

        RAISE = "raise", "新督办"
        ANSWER = "answer", "已答复"
        CLOSE = "close", "已办结"
        ESCALATE = "escalate", "升级"
        OTHER = "other", "其他"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followup_notifications"
    )
    followup = models.ForeignKey(Followup, on_delete=models.CASCADE, related_name="notifications")
    message = models.CharField("消息", max_length=200)
    kind = models.CharField("类别", max_length=10, choices=Kind.choices, default=Kind.OTHER)
    is_read = models.BooleanField("已读", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "督办通知"
        verbose_name_plural = "督办通知"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.message
