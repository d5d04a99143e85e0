"""Submitted documents, the facts read out of them, and the reviewers' corrections.

A document's ``text`` is the text the extractor read (after decoding and stripping HTML)
and is never changed afterwards: every fact's ``char_start``/``char_end`` point into it.
"""

from __future__ import annotations

from typing import Final

from django.conf import settings
from django.db import models
from django.urls import reverse

from citystat.indicators.models import Indicator
from citystat.observations.models import Observation
from citystat.regions.models import Region


class SourceDocument(models.Model):
    class SourceType(models.TextChoices):
        PASTE = "paste", "粘贴文本"
        TXT = "txt", "文本文件(.txt)"
        DOCX = "docx", "Word 文档(.docx)"
        HTML = "html", "网页(.html)"

    title = models.CharField("标题", max_length=200)
    source_type = models.CharField("来源类型", max_length=8, choices=SourceType.choices)
    filename = models.CharField("文件名", max_length=255, blank=True)
    encoding = models.CharField("原始编码", max_length=20, blank=True)
    text = models.TextField("文本(提取所用原文)")
    text_sha256 = models.CharField("文本校验和(SHA-256)", max_length=64)
    upload_sha256 = models.CharField("上传文件校验和(SHA-256)", max_length=64, blank=True)
    notes = models.JSONField("读取说明", default=list, blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name="文档所属区划",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField("文档年份", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="提交人",
        on_delete=models.PROTECT,
        related_name="text_documents",
    )
    created_at = models.DateTimeField("提交时间", auto_now_add=True)

    class Meta:
        verbose_name = "文本文档"
        verbose_name_plural = "文本文档"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("textreview:review", args=[self.pk])


BASE_UNIT_LABELS = {
    "yuan": "元",
    "USD": "美元",
    "percent": "%",
    "pp": "个百分点",
    "ton": "吨",
    "ton/year": "吨/年",
    "kW": "千瓦",
    "kWh": "千瓦时",
    "mu": "亩",
    "km": "公里",
    "tce": "吨标准煤",
    "person": "人",
    "person-time": "人次",
    "count": "个",
    "year": "年",
    "rank": "位",
    "times": "倍",
    "m3": "立方米",
    "index": "(指数)",
    "m2": "平方米",
    "day": "天",
    "kg/mu": "公斤/亩",
    "μg/m3": "微克/立方米",
    "day/person": "天/人",
    "L": "升",
    "dB": "分贝",
    "ton-km": "吨公里",
    "m3/day": "立方米/日",
    "TEU": "标箱",
    "person-km": "人公里",
    "hour": "小时",
    "mg/L": "毫克/升",
    "m": "米",
    "mm": "毫米",
    "°C": "℃",
    "yuan/person": "元/人",
    # (every base unit the extractor writes has a label: tests/textreview checks it)
    "EUR": "欧元",
    "GBP": "英镑",
    "HKD": "港元",
    "JPY": "日元",
    "GB": "GB",
    "L/d": "升/日",
    "USD/barrel": "美元/桶",
    "USD/kg": "美元/公斤",
    "USD/ton": "美元/吨",
    "hPa": "百帕",
    "index_point": "点",
    "kVA": "千伏安",
    "kgce": "千克标准煤",
    "m/s": "米/秒",
    "m3/s": "立方米/秒",
    "magnitude": "级",
    "minute": "分钟",
    "per_1000": "‰",
    "score": "分",
    "ton/day": "吨/日",
    "unit": "个单位",
    "yuan/head": "元/头",
    "yuan/kWh": "元/千瓦时",
    "yuan/kg": "元/公斤",
    "yuan/m2": "元/平方米",
    "yuan/m3": "元/立方米",
    "yuan/mu": "元/亩",
    "yuan/ton": "元/吨",
}
BASIS_LABELS = {
    "prev_year": "比上年同期",
    "prev_period": "比上期(环比)",
    "avg_annual": "年均",
    "cumulative_vs_base_year": "较基年累计",
    "vs_prior_period_total": "较上期合计",
    "share_change_vs_prev_year": "比重较上年",
    "contribution": "拉动",
    "rate_change_vs_prior_period": "增速较上期",
    "gap_vs_reference": "与参照差距",
}


class FactStatus(models.TextChoices):
    PENDING = "pending", "待审核"
    ACCEPTED = "accepted", "已接受"
    REJECTED = "rejected", "已拒绝"


class MatchMethod(models.TextChoices):
    EXACT = "exact", "完全匹配"
    NORMALISED = "normalised", "规范化匹配"
    FUZZY = "fuzzy", "模糊匹配"
    MANUAL = "manual", "人工指定"
    NONE = "", "未匹配"


class TextFact(models.Model):
    """One fact of a document: the extractor's fields (as corrected), its span and its review."""

    document = models.ForeignKey(
        SourceDocument, verbose_name="文档", on_delete=models.CASCADE, related_name="facts"
    )
    seq = models.PositiveIntegerField("序号")
    fact_id = models.CharField("事实编号", max_length=20)
    text_span = models.CharField("原文片段", max_length=200)
    char_start = models.PositiveIntegerField("起始位置")
    char_end = models.PositiveIntegerField("结束位置")
    subject = models.CharField("主体", max_length=200, blank=True)
    region_name = models.CharField("地区", max_length=100, blank=True)
    region_code = models.CharField("区划代码", max_length=12, blank=True)
    period = models.CharField("期间", max_length=20, blank=True)
    measure = models.CharField("类型", max_length=20)
    value = models.JSONField("数值", null=True, blank=True)
    unit = models.CharField("单位", max_length=20, blank=True)
    value_base = models.JSONField("基本单位数值", null=True, blank=True)
    base_unit = models.CharField("基本单位", max_length=20, blank=True)
    qualifier = models.CharField("限定词", max_length=8, blank=True)
    comparable_price = models.BooleanField("按可比价", default=False)
    denominator = models.CharField("分母", max_length=200, blank=True)
    basis = models.CharField("比较基础", max_length=40, blank=True)
    optional = models.BooleanField("边界情形", default=False)
    note = models.CharField("说明", max_length=300, blank=True)
    extracted = models.JSONField("提取原值", default=dict)
    indicator = models.ForeignKey(
        Indicator,
        verbose_name="匹配指标",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    match_score = models.FloatField("匹配得分", null=True, blank=True)
    match_method = models.CharField(
        "匹配方式", max_length=12, choices=MatchMethod.choices, blank=True
    )
    status = models.CharField(
        "审核状态", max_length=10, choices=FactStatus.choices, default=FactStatus.PENDING
    )
    outcome = models.CharField("处理结果", max_length=300, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="审核人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField("审核时间", null=True, blank=True)
    observation = models.ForeignKey(
        Observation,
        verbose_name="生成的数据",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="text_facts",
    )

    class Meta:
        verbose_name = "文本事实"
        verbose_name_plural = "文本事实"
        ordering = ["document", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["document", "seq"], name="textfact_unique_seq"),
            models.CheckConstraint(
                condition=models.Q(char_end__gt=models.F("char_start")),
                name="textfact_span_not_empty",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.fact_id} {self.text_span}"

    @property
    def value_display(self) -> str:
        return number_display(self.value)

    @property
    def amount_display(self) -> str:
        """The value with its unit and qualifier as a reader writes them: 约, 超过, 近 and
        突破 before the number, 以上, 以下, 左右 after the unit (``6 %以上``, not ``以上6 %``)."""
        amount = f"{self.value_display} {self.unit}".strip()
        if not self.qualifier:
            return amount
        if self.qualifier in _TRAILING_QUALIFIERS:
            return f"{amount}{self.qualifier}"
        return f"{self.qualifier}{amount}"

    @property
    def value_base_display(self) -> str:
        return number_display(self.value_base)

    @property
    def base_unit_label(self) -> str:
        return BASE_UNIT_LABELS.get(self.base_unit, self.base_unit)

    @property
    def basis_label(self) -> str:
        return BASIS_LABELS.get(self.basis, self.basis)


#: Qualifiers written after the figure they bound (``增长6%以上``, ``5万人左右``).
_TRAILING_QUALIFIERS: Final = frozenset(("以上", "以下", "以内", "左右", "多", "余"))


def number_display(raw: object) -> str:
    """A stored number as a person would write it.

    Examples
    --------
    >>> number_display(12.3), number_display(1230000000.0), number_display([9.8, 41.2, 49.0])
    ('12.3', '1230000000', '9.8:41.2:49')
    >>> number_display(-0.275), number_display(None)
    ('-0.275', '')
    """
    if raw is None:
        return ""
    if isinstance(raw, list):
        return ":".join(number_display(x) for x in raw)
    if isinstance(raw, float):
        return f"{raw:.10f}".rstrip("0").rstrip(".") if raw == raw else str(raw)
    return str(raw)


class FactCorrection(models.Model):
    """A reviewer's change to one field of a fact: who, when, old → new."""

    fact = models.ForeignKey(
        TextFact, verbose_name="事实", on_delete=models.CASCADE, related_name="corrections"
    )
    field = models.CharField("字段", max_length=20)
    old_value = models.CharField("原值", max_length=300, blank=True)
    new_value = models.CharField("新值", max_length=300, blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="修改人",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    corrected_at = models.DateTimeField("修改时间", auto_now_add=True)

    class Meta:
        verbose_name = "事实修改记录"
        verbose_name_plural = "事实修改记录"
        ordering = ["corrected_at", "id"]

    def __str__(self) -> str:
        return f"{self.fact} {self.field}: {self.old_value} → {self.new_value}"


class ExtractionJob(models.Model):
    """A submitted text being read in the background; its row carries the progress the page
    polls. The document and its facts are stored together when reading has finished; until
    then the text waits here (and is cleared once stored or failed)."""

    class Status(models.TextChoices):
        QUEUED = "queued", "排队中"
        RUNNING = "running", "读取中"
        DONE = "done", "已完成"
        FAILED = "failed", "失败"

    status = models.CharField("状态", max_length=8, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField("进度", default=0)
    message = models.CharField("进度说明", max_length=300, blank=True)
    title = models.CharField("标题", max_length=200, blank=True)
    source_type = models.CharField(
        "来源类型", max_length=8, choices=SourceDocument.SourceType.choices
    )
    filename = models.CharField("文件名", max_length=255, blank=True)
    encoding = models.CharField("原始编码", max_length=20, blank=True)
    text = models.TextField("待读取文本", blank=True)
    chars = models.PositiveIntegerField("字数", default=0)
    upload_sha256 = models.CharField("上传文件校验和(SHA-256)", max_length=64, blank=True)
    notes = models.JSONField("读取说明", default=list, blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name="文档所属区划",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField("文档年份", null=True, blank=True)
    document = models.ForeignKey(
        SourceDocument,
        verbose_name="文档",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    facts = models.PositiveIntegerField("事实数", default=0)
    seconds = models.FloatField("用时(秒)", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="提交人",
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField("提交时间", auto_now_add=True)
    updated_at = models.DateTimeField("最近进展", auto_now=True)
    finished_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        verbose_name = "文本读取任务"
        verbose_name_plural = "文本读取任务"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.title or self.filename or '文本'}({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
