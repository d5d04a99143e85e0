"""Report generation jobs: one row per requested document, with progress for the page."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from citystat.regions.models import Region


class ReportJob(models.Model):
    class Kind(models.TextChoices):
        QUARTERLY = "quarterly", "季度经济形势分析"
        REVIEW = "review", "年度回顾"
        BRIEFING = "briefing", "调度会材料"

    class Format(models.TextChoices):
        DOCX = "docx", "Word"
        PDF = "pdf", "PDF"
        HTML = "html", "网页"

    class Status(models.TextChoices):
        QUEUED = "queued", "排队中"
        RUNNING = "running", "生成中"
        DONE = "done", "已完成"
        FAILED = "failed", "失败"

    kind = models.CharField("报告类型", max_length=12, choices=Kind.choices)
    region = models.ForeignKey(
        Region, verbose_name="地区", on_delete=models.CASCADE, related_name="+"
    )
    period = models.CharField("期别", max_length=10)
    fmt = models.CharField("格式", max_length=5, choices=Format.choices)
    # 成文日期 signed under 落款 (null: the default, the last day of the following month).
    issued = models.DateField("成文日期", null=True, blank=True)
    status = models.CharField("状态", max_length=8, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField("进度", default=0)
    message = models.CharField("进度说明", max_length=300, blank=True)
    file_name = models.CharField("文件名", max_length=200, blank=True)
    checked_figures = models.PositiveIntegerField("已核对数字", default=0)
    seconds = models.FloatField("用时(秒)", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="申请人",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField("申请时间", auto_now_add=True)
    finished_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        verbose_name = "报告生成任务"
        verbose_name_plural = "报告生成任务"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.region_id} {self.period} {self.kind}.{self.fmt}"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
