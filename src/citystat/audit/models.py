"""The audit log: one row per change, in every domain (after Zulip's ``RealmAuditLog``)."""

from __future__ import annotations

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Domain(models.TextChoices):
    OBSERVATIONS = "observations", _("数据")
    TARGETS = "targets", _("目标")
    CATALOGUE = "catalogue", _("指标目录")
    REGIONS = "regions", _("区划")
    USERS = "users", _("用户")
    RULES = "rules", _("规则")


class EventType(models.IntegerChoices):
    """What happened; the hundreds are the domain (``DOMAIN_OF_HUNDREDS``), as in Zulip."""

    OBSERVATION_CREATED = 101, _("新增数据")
    OBSERVATION_CHANGED = 102, _("修改数据")
    OBSERVATION_SUBMITTED = 103, _("报送")
    OBSERVATION_APPROVED = 104, _("审核通过(锁定)")
    OBSERVATION_RETURNED = 105, _("退回")
    OBSERVATION_REVISED = 106, _("修订已审核数据")
    OBSERVATION_STATUS_CHANGED = 107, _("状态变更")
    OBSERVATIONS_LOADED = 108, _("批量载入数据")
    TARGET_SET = 201, _("设定目标")
    TARGETS_LOADED = 202, _("批量载入目标")
    TARGET_DELETED = 203, _("删除目标")
    CATALOGUE_CREATED = 301, _("新增目录项")
    CATALOGUE_CHANGED = 302, _("修改目录项")
    CATALOGUE_DELETED = 303, _("删除目录项")
    REGION_CREATED = 401, _("新增区划")
    REGION_CHANGED = 402, _("修改区划")
    REGION_DELETED = 403, _("删除区划")
    USER_CREATED = 501, _("新增用户")
    USER_CHANGED = 502, _("修改用户")
    USER_ROLE_CHANGED = 503, _("变更角色")
    USER_PASSWORD_CHANGED = 504, _("重设密码")
    USER_DELETED = 505, _("删除用户")
    RULE_CREATED = 601, _("新增规则")
    RULE_CHANGED = 602, _("修改规则")
    RULE_DELETED = 603, _("删除规则")


DOMAIN_OF_HUNDREDS = {
    1: Domain.OBSERVATIONS,
    2: Domain.TARGETS,
    3: Domain.CATALOGUE,
    4: Domain.REGIONS,
    5: Domain.USERS,
    6: Domain.RULES,
}


def domain_of(event_type: int) -> Domain:
    return DOMAIN_OF_HUNDREDS[event_type // 100]


class AuditLog(models.Model):
    """Who did what to which object, when, why, and the values before and after.

    ``extra_data`` holds ``old`` and ``new`` (the changed fields, JSON-safe: decimals as
    text, related objects as their ids) and whatever else the event needs (``count`` for
    bulk loads). The acting user is kept as ``None`` once that user is deleted (the row
    stays); the object is named by model label, id and text, so the row outlives it.
    """

    event_type = models.PositiveSmallIntegerField(_("事件"), choices=EventType.choices)
    domain = models.CharField(_("领域"), max_length=12, choices=Domain.choices, db_index=True)
    event_time = models.DateTimeField(_("时间"), default=timezone.now, db_index=True)
    acting_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("操作人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    object_model = models.CharField(_("对象类型"), max_length=60, blank=True)
    object_id = models.CharField(_("对象编号"), max_length=40, blank=True, db_index=True)
    object_repr = models.CharField(_("对象"), max_length=200, blank=True)
    reason = models.CharField(_("原因"), max_length=300, blank=True)
    extra_data = models.JSONField(_("变更内容"), default=dict, encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = _("操作审计记录")
        verbose_name_plural = _("操作审计记录")
        ordering = ["-event_time", "-id"]
        indexes = [models.Index(fields=["acting_user", "event_time"], name="audit_user_time")]

    def __str__(self) -> str:
        return f"{self.get_event_type_display()} {self.object_repr}"
