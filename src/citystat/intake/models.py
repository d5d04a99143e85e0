"""Import batches (the stored file and its outcome), validation rules as data, header aliases."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse

from citystat.regions.models import Region


class ImportBatch(models.Model):
    """One uploaded file, kept unchanged, with who/when/checksum and what became of it."""

    class Status(models.TextChoices):
        ACCEPTED = "accepted", "已导入"
        REJECTED = "rejected", "未通过"
        PREVIEW = "preview", "预检(未写入)"

    class Channel(models.TextChoices):
        WEB = "web", "网页上传"
        CLI = "cli", "命令行"
        API = "api", "接口"

    file = models.FileField("原始文件", upload_to="intake/%Y/%m/", blank=True)
    original_name = models.CharField("文件名", max_length=255)
    size = models.PositiveBigIntegerField("大小(字节)", default=0)
    sha256 = models.CharField("SHA-256", max_length=64, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="上传人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_batches",
    )
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    channel = models.CharField("渠道", max_length=8, choices=Channel.choices)
    status = models.CharField("结果", max_length=10, choices=Status.choices)
    region = models.ForeignKey(
        Region, verbose_name="单位", null=True, blank=True, on_delete=models.SET_NULL
    )
    year = models.PositiveSmallIntegerField("年份", null=True, blank=True)
    month = models.PositiveSmallIntegerField("月份", null=True, blank=True)
    n_rows = models.PositiveIntegerField("数据行", default=0)
    n_changed = models.PositiveIntegerField("变更数", default=0)
    n_errors = models.PositiveIntegerField("错误数", default=0)
    n_warnings = models.PositiveIntegerField("警告数", default=0)
    problems = models.JSONField("问题清单", default=list, blank=True)
    # The rows a preview read from the file, so the batch page shows old → new against what
    # is stored now without parsing the file again (intake.pipeline.preview_rows).
    rows = models.JSONField("预检数据行", default=list, blank=True)
    explanation = models.CharField("警告说明", max_length=300, blank=True)

    class Meta:
        verbose_name = "导入批次"
        verbose_name_plural = "导入批次"
        ordering = ["-uploaded_at", "-id"]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("intake:batch", args=[self.pk])

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.year and self.month else ""


class ValidationRule(models.Model):
    """A DHIS2-style rule: left side, operator, right side, with severity and a Chinese message.

    Sides are arithmetic over indicator codes of the same unit and month, e.g.
    ``export + import`` == ``trade``.
    """

    class Operator(models.TextChoices):
        EQ = "==", "等于"
        NE = "!=", "不等于"
        LT = "<", "小于"
        LE = "<=", "小于等于"
        GT = ">", "大于"
        GE = ">=", "大于等于"

    class Severity(models.TextChoices):
        ERROR = "error", "错误(阻止报送)"
        WARNING = "warning", "警告(需说明)"

    code = models.SlugField("规则代码", max_length=40, unique=True)
    name = models.CharField("规则名称", max_length=80)
    left = models.CharField("左边", max_length=300, help_text="指标代码与 + - * / 组成的表达式")
    operator = models.CharField("运算符", max_length=2, choices=Operator.choices)
    right = models.CharField("右边", max_length=300)
    tolerance = models.DecimalField("容差", max_digits=12, decimal_places=4, default=Decimal(0))
    severity = models.CharField(
        "严重程度", max_length=8, choices=Severity.choices, default=Severity.WARNING
    )
    message = models.CharField("提示信息", max_length=200, help_text="说明哪里不对、如何修正")
    is_active = models.BooleanField("启用", default=True)

    class Meta:
        verbose_name = "校验规则"
        verbose_name_plural = "校验规则"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code}: {self.left} {self.operator} {self.right}"


class HeaderAlias(models.Model):
    """A column header seen in bureaus' files, mapped to what the column holds."""

    class Role(models.TextChoices):
        INDICATOR = "indicator", "指标名称"
        CODE = "code", "指标代码"
        REGION = "region", "地区名称"
        REGION_CODE = "region_code", "区划代码"
        UNIT = "unit", "计量单位"
        VALUE = "value", "本期数值"
        GROWTH = "growth", "同比增长(%)"
        PRIOR = "prior", "上年同期"
        NOTE = "note", "说明"
        IGNORE = "ignore", "忽略该列"

    text = models.CharField("表头文字", max_length=80, unique=True)
    role = models.CharField("含义", max_length=12, choices=Role.choices)

    class Meta:
        verbose_name = "表头别名"
        verbose_name_plural = "表头别名"
        ordering = ["text"]

    def __str__(self) -> str:
        return f"{self.text} → {self.get_role_display()}"
