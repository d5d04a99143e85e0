"""The indicator catalogue and the evaluation dimensions, held as data."""

from __future__ import annotations

from decimal import Decimal

from django.db import models


class Dimension(models.Model):
    """A dimension of the evaluation framework (七大能级 plus 民生, 生态)."""

    code = models.CharField("代码", max_length=20, unique=True)
    name = models.CharField("名称", max_length=20)
    weight = models.DecimalField("权重", max_digits=6, decimal_places=4, default=Decimal("1"))
    sort_order = models.PositiveIntegerField("排序", default=0)
    description = models.TextField("说明", blank=True)

    class Meta:
        verbose_name = "评价维度"
        verbose_name_plural = "评价维度"
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.name


class Indicator(models.Model):
    class Kind(models.TextChoices):
        FLOW = "flow", "流量"
        STOCK = "stock", "存量"
        RATE = "rate", "比率"
        RATIO = "ratio", "比值"
        COUNT = "count", "计数"
        INDEX = "index", "指数"

    class Polarity(models.TextChoices):
        HIGHER = "higher", "越高越好"
        LOWER = "lower", "越低越好"

    class GrowthMethod(models.TextChoices):
        REPORTED = "reported", "报送(可比价)"
        COMPUTED = "computed", "由总量计算(现价)"

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", "月度"
        QUARTERLY = "quarterly", "季度"
        ANNUAL = "annual", "年度"

    class ProgressBasis(models.TextChoices):
        MONTHS = "months", "按月(m/12)"
        CALENDAR_DAYS = "calendar_days", "按日历天数"

    class TargetKind(models.TextChoices):
        LEVEL = "level", "总量目标"
        GROWTH = "growth", "增速目标"
        NONE = "none", "无目标"

    code = models.CharField("指标代码", max_length=40, unique=True)
    name = models.CharField("指标名称", max_length=80)
    unit = models.CharField("计量单位", max_length=20, blank=True)
    dimension = models.ForeignKey(
        Dimension, verbose_name="维度", on_delete=models.PROTECT, related_name="indicators"
    )
    kind = models.CharField("类型", max_length=10, choices=Kind.choices)
    frequency = models.CharField(
        "频度", max_length=10, choices=Frequency.choices, default=Frequency.MONTHLY
    )
    cumulative = models.BooleanField("按年累计(1-m月)", default=True)
    combined_jan_feb = models.BooleanField("1-2月合并发布", default=True)
    additive = models.BooleanField("可加总", default=True)
    polarity = models.CharField(
        "方向", max_length=10, choices=Polarity.choices, default=Polarity.HIGHER
    )
    growth_method = models.CharField(
        "增速来源", max_length=10, choices=GrowthMethod.choices, default=GrowthMethod.COMPUTED
    )
    target_kind = models.CharField(
        "目标类型", max_length=10, choices=TargetKind.choices, default=TargetKind.NONE
    )
    decimals = models.PositiveSmallIntegerField("总量小数位", default=1)
    growth_decimals = models.PositiveSmallIntegerField("增速小数位", default=1)
    parent = models.ForeignKey(
        "self",
        verbose_name="构成于(各构成项相加等于该总量)",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="components",
        help_text="构成关系:各构成项互不重叠、相加等于总量(如三次产业→地区生产总值)。"
        "拉动和贡献率只按构成关系计算。",
    )
    subset_of = models.ForeignKey(
        "self",
        verbose_name="其中项所属指标",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subsets",
        help_text="其中项:总量的一部分,与同级项不相加(如税收收入⊂一般公共预算收入)。"
        "其中项只计算增速、占总量比重及比重变化,不超过所属总量。",
    )
    progress_basis = models.CharField(
        "序时进度口径", max_length=16, choices=ProgressBasis.choices, default=ProgressBasis.MONTHS
    )
    source_unit = models.CharField("数据来源单位", max_length=40, blank=True)
    lead_unit = models.CharField(
        "牵头单位(市级)",
        max_length=60,
        blank=True,
        help_text="对该指标负责、在调度会上汇报的部门(如固定资产投资→市发展和改革委员会),"
        "不同于数据来源单位。县(市、区)的牵头单位在“县级牵头单位”中设置。",
    )
    is_key = models.BooleanField("主要指标", default=False)
    sort_order = models.PositiveIntegerField("排序", default=0)
    description = models.TextField("指标解释", blank=True)

    class Meta:
        verbose_name = "指标"
        verbose_name_plural = "指标"
        ordering = ["dimension__sort_order", "sort_order", "code"]

    def __str__(self) -> str:
        return f"{self.name}({self.unit})" if self.unit else self.name

    @property
    def higher_is_better(self) -> bool:
        return self.polarity == self.Polarity.HIGHER

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.parent_id and self.subset_of_id:
            raise ValidationError(
                "一个指标不能既是构成项又是其中项:请只填写“构成于”或“其中项所属指标”之一。"
            )
        for field, label in (("parent", "构成于"), ("subset_of", "其中项所属指标")):
            seen = {self.pk}
            node = getattr(self, field)
            while node is not None:
                if node.pk in seen:
                    raise ValidationError({field: f"“{label}”形成循环:指标不能属于自身或其下级。"})
                seen.add(node.pk)
                node = node.parent or node.subset_of
        if self.parent_id and self.parent and self.parent.unit != self.unit:
            raise ValidationError(
                {"parent": f"构成项的单位“{self.unit}”与总量“{self.parent.unit}”不同,不能相加。"}
            )
        if self.subset_of_id and self.subset_of and self.subset_of.unit != self.unit:
            raise ValidationError(
                {
                    "subset_of": f"其中项的单位“{self.unit}”与总量“{self.subset_of.unit}”不同,无法比较。"
                }
            )


class IndicatorGroup(models.Model):
    """A cross-cutting group (战略性新兴产业, 六新 …): members neither add up nor nest."""

    code = models.SlugField("分组代码", max_length=40, unique=True)
    name = models.CharField("分组名称", max_length=80)
    members = models.ManyToManyField(Indicator, verbose_name="成员指标", related_name="groups")
    sort_order = models.PositiveIntegerField("排序", default=0)
    description = models.TextField("说明", blank=True)

    class Meta:
        verbose_name = "指标分组(交叉分类)"
        verbose_name_plural = "指标分组(交叉分类)"
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.name


class Placement(models.Model):
    """Where an indicator is featured: a report section or a page that lists chosen indicators.

    The city decides which indicators its county tables compare, which the project pages set
    beside investment, and so on; the code only reads the places in ``sort_order``.
    """

    class Place(models.TextChoices):
        BRIEFING_COUNTIES = "briefing_counties", "调度会材料:县(市、区)对比表"
        QUARTERLY_COUNTIES = "quarterly_counties", "季度分析:县(市、区)位次"
        TOWN_PAGE = "town_page", "专业镇页面:所在县指标"
        PROJECT_INVESTMENT = "project_investment", "重点项目:与之对照的投资指标"

    place = models.CharField("展示位置", max_length=30, choices=Place.choices)
    indicator = models.ForeignKey(
        Indicator, verbose_name="指标", on_delete=models.CASCADE, related_name="placements"
    )
    sort_order = models.PositiveIntegerField("排序", default=0)

    class Meta:
        verbose_name = "指标展示位置"
        verbose_name_plural = "指标展示位置"
        ordering = ["place", "sort_order", "indicator__code"]
        constraints = [
            models.UniqueConstraint(fields=["place", "indicator"], name="placement_once_per_place")
        ]

    def __str__(self) -> str:
        return f"{self.get_place_display()} · {self.indicator.name}"

    @classmethod
    def codes(cls, place: str) -> tuple[str, ...]:
        """The indicator codes featured at ``place``, in order."""
        rows = cls.objects.filter(place=place).order_by("sort_order", "indicator__code")
        return tuple(rows.values_list("indicator__code", flat=True))


class IndicatorAlias(models.Model):
    """Header and text variants (规上工业增加值, 规模以上工业增加值) mapped to an indicator."""

    alias = models.CharField("别名", max_length=80, unique=True)
    indicator = models.ForeignKey(
        Indicator, verbose_name="指标", on_delete=models.CASCADE, related_name="aliases"
    )

    class Meta:
        verbose_name = "指标别名"
        verbose_name_plural = "指标别名"

    def __str__(self) -> str:
        return f"{self.alias} → {self.indicator.code}"


class LeadUnit(models.Model):
    """The 牵头单位 of an indicator (or a whole dimension) in one region, overriding the city's.

    A county document names the county's own departments (青柘县发展和改革局), not the
    city's; resolution order is in ``citystat.regions.leads``.
    """

    indicator = models.ForeignKey(
        Indicator,
        verbose_name="指标",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="lead_units",
    )
    dimension = models.ForeignKey(
        Dimension,
        verbose_name="维度(该维度全部指标)",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="lead_units",
    )
    region = models.ForeignKey(
        "regions.Region", verbose_name="区划", on_delete=models.CASCADE, related_name="lead_units"
    )
    unit = models.CharField("牵头单位", max_length=60)

    class Meta:
        verbose_name = "县级牵头单位"
        verbose_name_plural = "县级牵头单位"
        ordering = ["region", "dimension", "indicator"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(indicator__isnull=False, dimension__isnull=True)
                    | models.Q(indicator__isnull=True, dimension__isnull=False)
                ),
                name="leadunit_indicator_or_dimension",
            ),
            models.UniqueConstraint(
                fields=["indicator", "region"],
                condition=models.Q(indicator__isnull=False),
                name="leadunit_unique_indicator_region",
            ),
            models.UniqueConstraint(
                fields=["dimension", "region"],
                condition=models.Q(dimension__isnull=False),
                name="leadunit_unique_dimension_region",
            ),
        ]

    def __str__(self) -> str:
        subject = self.indicator or self.dimension
        return f"{self.region} · {subject} → {self.unit}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if bool(self.indicator_id) == bool(self.dimension_id):
            raise ValidationError("请选择指标或维度之一(二者只填一个)。")
        if not self.unit.strip():
            raise ValidationError({"unit": "牵头单位不能为空。"})


class LightRule(models.Model):
    """红黄绿 thresholds as data: the one light policy of indicators, projects and tasks.

    The active row colours projects and tasks against 序时进度 and every derived figure with
    a target (against 序时进度 for a level target, against the growth target for a growth
    one), so a page, a report and the checker never disagree on a light. The seeded default
    is Yinchuan's 发改委 project rule (methodology §6). That rule is silent on 0–10 pp behind
    序时进度; citystat colours that band yellow. No published rule exists for growth targets:
    the default (green at or above the target, red more than 3 pp below) is a local choice.
    An edit rebuilds the derived figures (``observations.apps``).
    """

    code = models.CharField("代码", max_length=20, unique=True)
    name = models.CharField("名称", max_length=60)
    green_from = models.DecimalField(
        "绿灯下限(百分点)",
        max_digits=6,
        decimal_places=2,
        default=0,
        help_text="超(落后)序时进度不低于此值为绿灯",
    )
    red_below = models.DecimalField(
        "红灯上限(百分点)",
        max_digits=6,
        decimal_places=2,
        default=-30,
        help_text="落后序时进度超过此值为红灯;两者之间(含落后0–10个百分点)为黄灯",
    )
    growth_green_from = models.DecimalField(
        "增速绿灯下限(百分点)",
        max_digits=6,
        decimal_places=2,
        default=0,
        help_text="增速与目标增速之差不低于此值为绿灯",
    )
    growth_red_below = models.DecimalField(
        "增速红灯上限(百分点)",
        max_digits=6,
        decimal_places=2,
        default=-3,
        help_text="增速低于目标增速超过此值为红灯;两者之间为黄灯",
    )
    start_red_months = models.PositiveSmallIntegerField(
        "未开工转红灯(月)",
        default=3,
        help_text="计划开工月份未开工为黄灯;连续此月数仍未开工为红灯",
    )
    is_active = models.BooleanField("启用", default=False)
    note = models.TextField("说明", blank=True)

    class Meta:
        verbose_name = "红黄绿规则"
        verbose_name_plural = "红黄绿规则"
        db_table = "projects_lightrule"  # moved from projects with its rows
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"],
                condition=models.Q(is_active=True),
                name="lightrule_one_active",
            ),
            models.CheckConstraint(
                condition=models.Q(red_below__lte=models.F("green_from")),
                name="lightrule_red_not_above_green",
            ),
            models.CheckConstraint(
                condition=models.Q(growth_red_below__lte=models.F("growth_green_from")),
                name="lightrule_growth_red_not_above_green",
            ),
        ]

    def __str__(self) -> str:
        return self.name
