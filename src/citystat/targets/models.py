"""Annual targets, versioned: a mid-year revision adds a version, it never overwrites."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from citystat.indicators.models import Indicator
from citystat.regions.models import Region


class Target(models.Model):
    indicator = models.ForeignKey(
        Indicator, verbose_name="指标", on_delete=models.PROTECT, related_name="targets"
    )
    region = models.ForeignKey(
        Region, verbose_name="区划", on_delete=models.PROTECT, related_name="targets"
    )
    year = models.PositiveSmallIntegerField("年份")
    version = models.PositiveSmallIntegerField("版本", default=1)
    is_current = models.BooleanField("现行版本", default=True)
    target_value = models.DecimalField(
        "目标值(总量)", max_digits=20, decimal_places=6, null=True, blank=True
    )
    target_growth = models.DecimalField(
        "目标增速(%)", max_digits=10, decimal_places=4, null=True, blank=True
    )
    reason = models.CharField("说明", max_length=300, blank=True)
    is_synthetic = models.BooleanField("示例数据", default=False)
    set_at = models.DateTimeField("设定时间", auto_now_add=True)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="设定人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "年度目标"
        verbose_name_plural = "年度目标"
        ordering = ["indicator", "region", "year", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "region", "year", "version"], name="target_unique_version"
            ),
            models.UniqueConstraint(
                fields=["indicator", "region", "year"],
                condition=models.Q(is_current=True),
                name="target_one_current",
            ),
            models.CheckConstraint(
                condition=models.Q(target_value__isnull=False)
                | models.Q(target_growth__isnull=False),
                name="target_has_value_or_growth",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.region.code} {self.year} v{self.version}"
