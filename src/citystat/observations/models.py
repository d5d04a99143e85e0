"""Observations (indicator × region × month), their revision history and derived figures."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models

from citystat.indicators.models import Indicator
from citystat.regions.models import Region


class Status(models.TextChoices):
    DRAFT = "draft", "草稿"
    SUBMITTED = "submitted", "已报送"
    APPROVED = "approved", "已审核"
    RETURNED = "returned", "已退回"


class Source(models.TextChoices):
    FORM = "form", "网页填报"
    IMPORT = "import", "文件导入"
    TEXT = "text", "文本提取"
    API = "api", "接口"
    PUBLISHED = "published", "公开发布"
    SYNTHETIC = "synthetic", "示例数据"


class Observation(models.Model):
    """One figure: the year-to-date value (or point value) and the reported growth.

    ``month`` is the last month covered; for cumulative indicators the value covers 1–month
    (a combined 1–2月 figure is month 2 with ``combined_jan_feb`` set). Values are kept
    exactly, in the indicator's unit.
    """

    indicator = models.ForeignKey(
        Indicator, verbose_name="指标", on_delete=models.PROTECT, related_name="observations"
    )
    region = models.ForeignKey(
        Region, verbose_name="区划", on_delete=models.PROTECT, related_name="observations"
    )
    year = models.PositiveSmallIntegerField("年份")
    month = models.PositiveSmallIntegerField("月份")
    combined_jan_feb = models.BooleanField("1-2月合并", default=False)
    value = models.DecimalField("数值", max_digits=20, decimal_places=6, null=True, blank=True)
    growth_reported = models.DecimalField(
        "同比增长(%)", max_digits=12, decimal_places=4, null=True, blank=True
    )
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.DRAFT)
    source = models.CharField("来源", max_length=10, choices=Source.choices, default=Source.FORM)
    is_synthetic = models.BooleanField("示例数据", default=False)
    source_url = models.URLField("来源链接", max_length=500, blank=True)
    note = models.CharField("备注", max_length=300, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="最后修改人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "统计数据"
        verbose_name_plural = "统计数据"
        ordering = ["indicator", "region", "year", "month"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "region", "year", "month"], name="observation_unique_period"
            ),
            models.CheckConstraint(
                condition=models.Q(month__gte=1, month__lte=12), name="observation_month_range"
            ),
            models.CheckConstraint(
                condition=models.Q(combined_jan_feb=False) | models.Q(month=2),
                name="observation_combined_is_february",
            ),
        ]
        indexes = [models.Index(fields=["year", "month", "region"])]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.region.code} {self.period}"

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def period_label(self) -> str:
        return period_label(self.year, self.month, cumulative=self.indicator.cumulative)


def period_label(year: int, month: int, *, cumulative: bool = True) -> str:
    """Chinese label of a period: 2023年1-11月, 2023年1-2月, 2023年11月."""
    if not cumulative:
        return f"{year}年{month}月"
    if month == 1:
        return f"{year}年1月"
    if month == 12:
        return f"{year}年"
    return f"{year}年1-{month}月"


class Revision(models.Model):
    """Every change to an observation: who, when, old → new, why."""

    class Action(models.TextChoices):
        CREATE = "create", "新增"
        UPDATE = "update", "修改"
        STATUS = "status", "状态变更"
        DELETE = "delete", "删除"

    observation = models.ForeignKey(
        Observation, verbose_name="数据", on_delete=models.CASCADE, related_name="revisions"
    )
    action = models.CharField("操作", max_length=10, choices=Action.choices)
    changed_at = models.DateTimeField("时间", auto_now_add=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="操作人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    old_value = models.DecimalField(
        "原数值", max_digits=20, decimal_places=6, null=True, blank=True
    )
    new_value = models.DecimalField(
        "新数值", max_digits=20, decimal_places=6, null=True, blank=True
    )
    old_growth = models.DecimalField(
        "原增速", max_digits=12, decimal_places=4, null=True, blank=True
    )
    new_growth = models.DecimalField(
        "新增速", max_digits=12, decimal_places=4, null=True, blank=True
    )
    old_status = models.CharField("原状态", max_length=10, blank=True)
    new_status = models.CharField("新状态", max_length=10, blank=True)
    source = models.CharField("来源", max_length=10, choices=Source.choices)
    reason = models.CharField("原因", max_length=300, blank=True)
    # What the change came from, when it came from a record: the import batch (intake) or
    # the text document (textreview). Generic, so that this core app names no feature app.
    origin_type = models.ForeignKey(
        ContentType,
        verbose_name="来源记录类型",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    origin_id = models.PositiveBigIntegerField("来源记录编号", null=True, blank=True)
    origin = GenericForeignKey("origin_type", "origin_id")

    class Meta:
        verbose_name = "修订记录"
        verbose_name_plural = "修订记录"
        ordering = ["-changed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.observation} {self.get_action_display()} {self.old_value} → {self.new_value}"


class DerivedFigure(models.Model):
    """Output of the statistics engine for one observation, stored so pages never compute.

    Rebuilt by ``observations.actions.recompute_derived``; floats because these are
    computed, unrounded figures; display rounding happens at the edge.

    Keyed by its cell (indicator, region, year, month), no id: one index fewer to build and
    one column fewer to write at every full rebuild (``docs/performance.md``). Django's admin
    cannot list a model with a composite key (5.2); the API and the pages show the figures.
    """

    pk = models.CompositePrimaryKey("indicator", "region", "year", "month")

    # No foreign-key constraints in the database: this is a cache of the engine's output,
    # written only by ``observations.derivation`` with ids read from the catalogue in the
    # same transaction, and deleting an indicator or region still cascades (Django does
    # it). A constraint would cost a per-row check at commit for every stored row.
    # No index of its own on the indicator: the unique (indicator, region, year, month) index
    # serves every lookup by indicator, and one index fewer to build at each full rebuild.
    # Nor on the region: a region's figures are read with their years (the (year, month,
    # region) index) or their indicators (the unique index, indicator and region first).
    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="+", db_constraint=False, db_index=False
    )
    region = models.ForeignKey(
        Region, on_delete=models.CASCADE, related_name="+", db_constraint=False, db_index=False
    )
    year = models.PositiveSmallIntegerField()
    month = models.PositiveSmallIntegerField()
    value = models.FloatField(null=True)
    monthly_value = models.FloatField(null=True)
    base_value = models.FloatField(null=True)
    growth = models.FloatField(null=True)
    growth_source = models.CharField(max_length=10, blank=True)
    growth_derived = models.FloatField(null=True)
    monthly_growth = models.FloatField(null=True)
    pull = models.FloatField(null=True)
    contribution = models.FloatField(null=True)
    share_of_parent_region = models.FloatField(null=True)
    rank = models.IntegerField(null=True)
    rank_change = models.IntegerField(null=True)
    target_value = models.FloatField(null=True)
    target_growth = models.FloatField(null=True)
    completion = models.FloatField(null=True)
    time_progress = models.FloatField(null=True)
    progress_gap = models.FloatField(null=True)
    growth_gap = models.FloatField(null=True)
    light = models.CharField(max_length=8, blank=True)
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "派生指标"
        verbose_name_plural = "派生指标"
        indexes = [models.Index(fields=["year", "month", "region"])]

    def __str__(self) -> str:
        return f"{self.indicator_id}/{self.region_id} {self.year}-{self.month:02d}"


class PeriodSummary(models.Model):
    """What the home page and the 大屏 need of one indicator in one month, for the units of
    one region: written by ``observations.derivation`` with the derived figures, in the
    same transaction (``observations.summaries``).

    ``figures`` holds, for ``parent`` and its child regions, each one's latest derived
    figure at or before ``month`` (the stored months ``latest_months`` names), as a packed
    numpy array of the few columns the pages summarise (``summaries.FIGURES``: value,
    growth, rank, light, the gap behind target, whether there is a target, the figure's
    month). ``month`` 0 is the year: for every child region whether it has a value and a
    growth in any month of it (``summaries.SEEN``), which 「已报 N/M」 counts.

    Nothing here depends on policy (weights, which indicators are key, the order of
    regions): pages apply it when they read, so a policy edit reaches them at once.
    """

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    parent = models.ForeignKey(
        Region, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    year = models.PositiveSmallIntegerField()
    month = models.PositiveSmallIntegerField()
    figures = models.BinaryField()

    class Meta:
        verbose_name = "分期汇总"
        verbose_name_plural = "分期汇总"
        constraints = [
            models.UniqueConstraint(
                fields=["year", "parent", "month", "indicator"], name="period_summary_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id}/{self.parent_id} {self.year}-{self.month:02d}"


class DataVersion(models.Model):
    """Versions the page caches key on, one row each, bumped in the transaction that changes them.

    Row 1: the derived figures (``observations.derivation.data_version``). Row 2: the policy
    (catalogue, dimensions and their weights, light and follow-up rules;
    ``bump_policy_version``). Dashboard caches key on both (``cache_version``). ``token`` is new
    at each bump, so a version never repeats even when a bump was rolled back (as in tests)
    and the counter comes round to the same number again.
    """

    counter = models.PositiveBigIntegerField(default=0)
    token = models.CharField(max_length=32, blank=True)
    changed_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = "派生数据版本"
        verbose_name_plural = "派生数据版本"

    def __str__(self) -> str:
        return f"{self.counter}-{self.token}"


# The longest 原因说明 kept: a short cause, not a report (one or two sentences).
EXPLANATION_MAX_CHARS = 300


class Explanation(models.Model):
    """A 原因说明: a short cause of one figure (indicator × region × period), attributed.

    Entered at intake (with the figure) or at review (a reviewer's note); a follow-up's
    answer on the same figure is read from ``followups.Response`` and not stored again.
    Written only by ``observations.actions.explain``.
    """

    class Stage(models.TextChoices):
        INTAKE = "intake", "填报"
        REVIEW = "review", "审核"
        FOLLOWUP = "followup", "督办答复"

    indicator = models.ForeignKey(
        Indicator, verbose_name="指标", on_delete=models.CASCADE, related_name="explanations"
    )
    region = models.ForeignKey(
        Region, verbose_name="区划", on_delete=models.CASCADE, related_name="explanations"
    )
    year = models.PositiveSmallIntegerField("年份")
    month = models.PositiveSmallIntegerField("月份")
    stage = models.CharField("环节", max_length=10, choices=Stage.choices)
    text = models.CharField("原因说明", max_length=EXPLANATION_MAX_CHARS)
    unit = models.CharField("说明单位", max_length=60)
    is_synthetic = models.BooleanField("示例数据", default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="填写人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "原因说明"
        verbose_name_plural = "原因说明"
        ordering = ["indicator", "region", "year", "month", "stage"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "region", "year", "month", "stage"],
                name="explanation_unique_stage",
            ),
            models.CheckConstraint(
                condition=models.Q(month__gte=1, month__lte=12), name="explanation_month_range"
            ),
        ]
        indexes = [models.Index(fields=["year", "region"])]

    def __str__(self) -> str:
        return f"{self.indicator_id}/{self.region_id} {self.year}-{self.month:02d}:{self.text[:20]}"

    @property
    def attribution(self) -> str:
        """「（青柘县统计局说明）」: how a page or a report credits the cause."""
        return f"（{self.unit}说明）"
