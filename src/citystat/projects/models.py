"""Major projects, industrial chains, specialised towns and livelihood tasks, held as data."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from citystat.regions.models import Region


class IndustryChain(models.Model):
    """A named industrial chain (产业链) the city promotes."""

    class Level(models.TextChoices):
        PROVINCIAL = "provincial", "省级"
        MUNICIPAL = "municipal", "市级"

    code = models.CharField("代码", max_length=20, unique=True)
    name = models.CharField("名称", max_length=40)
    level = models.CharField("级别", max_length=12, choices=Level.choices, default=Level.MUNICIPAL)
    lead_unit = models.CharField("牵头单位", max_length=40, blank=True)
    is_synthetic = models.BooleanField("示例数据", default=False)

    class Meta:
        verbose_name = "产业链"
        verbose_name_plural = "产业链"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class ChainIndicator(models.Model):
    """An indicator shown on a chain's page (city level), in ``sort_order``."""

    chain = models.ForeignKey(
        IndustryChain, verbose_name="产业链", on_delete=models.CASCADE, related_name="indicators"
    )
    indicator = models.ForeignKey(
        "indicators.Indicator", verbose_name="指标", on_delete=models.CASCADE, related_name="+"
    )
    sort_order = models.PositiveIntegerField("排序", default=0)

    class Meta:
        verbose_name = "产业链展示指标"
        verbose_name_plural = "产业链展示指标"
        ordering = ["chain", "sort_order"]
        constraints = [
            models.UniqueConstraint(fields=["chain", "indicator"], name="chain_indicator_once")
        ]

    def __str__(self) -> str:
        return f"{self.chain} · {self.indicator}"


class SpecialisedTown(models.Model):
    """A specialised town (专业镇) around one product, e.g. 青柘法兰."""

    code = models.CharField("代码", max_length=20, unique=True)
    name = models.CharField("名称", max_length=40)
    region = models.ForeignKey(
        Region, verbose_name="所在县(市、区)", on_delete=models.PROTECT, related_name="towns"
    )
    level = models.CharField("级别", max_length=12, choices=IndustryChain.Level.choices)
    batch = models.CharField("批次", max_length=20, blank=True)
    product = models.CharField("主导产品", max_length=40, blank=True)

    class Meta:
        verbose_name = "专业镇"
        verbose_name_plural = "专业镇"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Project(models.Model):
    class Category(models.TextChoices):
        INDUSTRY = "industry", "产业"
        INFRASTRUCTURE = "infrastructure", "基础设施"
        ENERGY = "energy", "能源"
        LIVELIHOOD = "livelihood", "民生"
        ECOLOGY = "ecology", "生态"

    class Status(models.TextChoices):
        PLANNED = "planned", "前期"
        UNDER_CONSTRUCTION = "construction", "在建"
        COMPLETED = "completed", "竣工"
        IN_OPERATION = "operation", "投产"
        SUSPENDED = "suspended", "停缓建"

    code = models.CharField("项目编号", max_length=30, unique=True)
    name = models.CharField("项目名称", max_length=100)
    region = models.ForeignKey(
        Region, verbose_name="所在地", on_delete=models.PROTECT, related_name="projects"
    )
    chain = models.ForeignKey(
        IndustryChain,
        verbose_name="产业链",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    town = models.ForeignKey(
        SpecialisedTown,
        verbose_name="专业镇",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    category = models.CharField("类别", max_length=16, choices=Category.choices)
    status = models.CharField(
        "状态", max_length=14, choices=Status.choices, default=Status.UNDER_CONSTRUCTION
    )
    total_investment = models.DecimalField(
        "计划总投资(亿元)", max_digits=14, decimal_places=4, null=True, blank=True
    )
    responsible_unit = models.CharField("责任单位", max_length=60, blank=True)
    leader = models.CharField("包联领导", max_length=30, blank=True)
    description = models.TextField("建设内容", blank=True)
    longitude = models.DecimalField("经度", max_digits=9, decimal_places=6, null=True, blank=True)
    latitude = models.DecimalField("纬度", max_digits=9, decimal_places=6, null=True, blank=True)
    is_synthetic = models.BooleanField("示例数据", default=False)

    class Meta:
        verbose_name = "重点项目"
        verbose_name_plural = "重点项目"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class ProjectPlan(models.Model):
    """Annual planned investment of a project, versioned like targets."""

    project = models.ForeignKey(
        Project, verbose_name="项目", on_delete=models.CASCADE, related_name="plans"
    )
    year = models.PositiveSmallIntegerField("年份")
    version = models.PositiveSmallIntegerField("版本", default=1)
    is_current = models.BooleanField("现行版本", default=True)
    annual_investment = models.DecimalField("年度计划投资(亿元)", max_digits=14, decimal_places=4)
    planned_start_month = models.PositiveSmallIntegerField("计划开工月份", null=True, blank=True)
    reason = models.CharField("调整原因", max_length=200, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="填报人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True, null=True)

    class Meta:
        verbose_name = "年度投资计划"
        verbose_name_plural = "年度投资计划"
        constraints = [
            models.UniqueConstraint(
                fields=["project", "year", "version"], name="plan_unique_version"
            ),
            models.UniqueConstraint(
                fields=["project", "year"],
                condition=models.Q(is_current=True),
                name="plan_one_current",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project} {self.year} v{self.version}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        total = self.project.total_investment if self.project_id else None
        if self.annual_investment is not None and self.annual_investment < 0:
            raise ValidationError({"annual_investment": "年度计划投资不能为负数。"})
        if (
            total is not None
            and self.annual_investment is not None
            and self.annual_investment > total
        ):
            raise ValidationError(
                {"annual_investment": f"年度计划投资超过项目计划总投资 {total} 亿元。"}
            )


class ProjectProgress(models.Model):
    """Investment completed in the year to the end of a month (本年完成投资, 1–m月)."""

    project = models.ForeignKey(
        Project, verbose_name="项目", on_delete=models.CASCADE, related_name="progress"
    )
    year = models.PositiveSmallIntegerField("年份")
    month = models.PositiveSmallIntegerField("月份")
    completed_ytd = models.DecimalField("本年完成投资(亿元)", max_digits=14, decimal_places=4)
    note = models.CharField("进展说明", max_length=300, blank=True)
    is_synthetic = models.BooleanField("示例数据", default=False)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="填报人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )

    class Meta:
        verbose_name = "项目月度进展"
        verbose_name_plural = "项目月度进展"
        ordering = ["project", "year", "month"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "year", "month"], name="progress_unique_month"
            ),
            models.CheckConstraint(
                condition=models.Q(completed_ytd__gte=0), name="progress_non_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project} {self.year}-{self.month:02d}"

    def clean(self) -> None:
        # The same rule as actions.record_progress, for edits made in the admin.
        from django.core.exceptions import ValidationError

        total = self.project.total_investment if self.project_id else None
        if total is not None and self.completed_ytd is not None and self.completed_ytd > total:
            raise ValidationError(
                {
                    "completed_ytd": f"本年完成投资 {self.completed_ytd} 亿元超过项目计划总投资 {total} 亿元。"
                }
            )


class Milestone(models.Model):
    class Kind(models.TextChoices):
        START = "start", "开工"
        STRUCTURE = "structure", "主体完工"
        COMPLETION = "completion", "竣工"
        OPERATION = "operation", "投产"

    project = models.ForeignKey(
        Project, verbose_name="项目", on_delete=models.CASCADE, related_name="milestones"
    )
    kind = models.CharField("节点", max_length=12, choices=Kind.choices)
    planned_date = models.DateField("计划日期")
    actual_date = models.DateField("实际日期", null=True, blank=True)

    class Meta:
        verbose_name = "项目节点"
        verbose_name_plural = "项目节点"
        ordering = ["project", "planned_date"]
        constraints = [
            models.UniqueConstraint(fields=["project", "kind"], name="milestone_unique_kind")
        ]

    def __str__(self) -> str:
        return f"{self.project} {self.get_kind_display()}"


class LivelihoodTask(models.Model):
    """A promise the government made for the year (民生实事 / 重点工作)."""

    year = models.PositiveSmallIntegerField("年份")
    seq = models.PositiveSmallIntegerField("序号")
    title = models.CharField("事项", max_length=80)
    responsible_unit = models.CharField("责任单位", max_length=60)
    deadline = models.DateField("完成时限", null=True, blank=True)
    description = models.TextField("内容", blank=True)
    is_synthetic = models.BooleanField("示例数据", default=False)
    completion_rule = models.CharField(
        "完成规则",
        max_length=8,
        choices=[("all", "全部目标均达到目标值"), ("mean", "各目标完成率平均达到100%")],
        default="all",
    )

    class Meta:
        verbose_name = "民生实事"
        verbose_name_plural = "民生实事"
        ordering = ["year", "seq"]
        constraints = [models.UniqueConstraint(fields=["year", "seq"], name="task_unique_seq")]

    def __str__(self) -> str:
        return f"{self.year}-{self.seq} {self.title}"


class TaskTarget(models.Model):
    """A quantitative target of a task (e.g. 36 所学校, 7498 名学生) and where it stands."""

    task = models.ForeignKey(
        LivelihoodTask, verbose_name="事项", on_delete=models.CASCADE, related_name="targets"
    )
    name = models.CharField("目标项", max_length=60)
    unit = models.CharField("单位", max_length=12)
    target_value = models.DecimalField("目标值", max_digits=16, decimal_places=4)
    actual_value = models.DecimalField(
        "完成值", max_digits=16, decimal_places=4, null=True, blank=True
    )
    baseline_value = models.DecimalField(
        "上年基数", max_digits=16, decimal_places=4, null=True, blank=True
    )
    as_of = models.DateField("截至日期", null=True, blank=True)
    is_synthetic = models.BooleanField("示例数据", default=False)
    source_note = models.CharField("来源", max_length=200, blank=True)

    class Meta:
        verbose_name = "民生实事目标"
        verbose_name_plural = "民生实事目标"

    def __str__(self) -> str:
        return f"{self.task.title}:{self.name}"


class Enterprise(models.Model):
    """A firm of a chain or specialised town (name and county only)."""

    name = models.CharField("企业名称", max_length=80)
    region = models.ForeignKey(
        Region, verbose_name="所在县(市、区)", on_delete=models.PROTECT, related_name="enterprises"
    )
    chain = models.ForeignKey(
        IndustryChain,
        verbose_name="产业链",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enterprises",
    )
    town = models.ForeignKey(
        SpecialisedTown,
        verbose_name="专业镇",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enterprises",
    )
    is_synthetic = models.BooleanField("示例数据", default=False)

    class Meta:
        verbose_name = "企业"
        verbose_name_plural = "企业"
        ordering = ["region__sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class TaskUpdate(models.Model):
    """A progress report on one target of a task, with an optional evidence file."""

    target = models.ForeignKey(
        TaskTarget, verbose_name="目标项", on_delete=models.CASCADE, related_name="updates"
    )
    year = models.PositiveSmallIntegerField("年份")
    month = models.PositiveSmallIntegerField("月份")
    value = models.DecimalField("累计完成值", max_digits=16, decimal_places=4)
    note = models.CharField("进展说明", max_length=300, blank=True)
    evidence = models.FileField("佐证材料", upload_to="evidence/%Y/%m/", blank=True)
    evidence_name = models.CharField("原文件名", max_length=120, blank=True)
    evidence_type = models.CharField("文件类型", max_length=10, blank=True)
    evidence_size = models.PositiveIntegerField("文件大小(字节)", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="填报人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    created_at = models.DateTimeField("填报时间", auto_now_add=True)
    is_synthetic = models.BooleanField("示例数据", default=False)

    class Meta:
        verbose_name = "民生实事进展"
        verbose_name_plural = "民生实事进展"
        ordering = ["target", "year", "month", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(value__gte=0), name="taskupdate_non_negative")
        ]

    def __str__(self) -> str:
        return f"{self.target} {self.year}-{self.month:02d}"


class ProjectLog(models.Model):
    """Audit trail of every write to projects and tasks."""

    project = models.ForeignKey(
        Project, null=True, blank=True, on_delete=models.CASCADE, related_name="log"
    )
    task = models.ForeignKey(
        LivelihoodTask, null=True, blank=True, on_delete=models.CASCADE, related_name="log"
    )
    action = models.CharField("操作", max_length=20)
    detail = models.CharField("内容", max_length=300)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    at = models.DateTimeField("时间", auto_now_add=True)

    class Meta:
        verbose_name = "操作记录"
        verbose_name_plural = "操作记录"
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.action} {self.detail[:30]}"


class ReviewPriority(models.Model):
    """One section of the year-end review: a priority the city set itself (e.g. 七大能级).

    The review states the figures of the priority's dimensions and lists the records it
    shows; whatever no priority claims still appears, in a closing section.
    """

    code = models.SlugField("代码", max_length=30, unique=True)
    title = models.CharField("标题", max_length=30, help_text="如“产业能级”,作为年度盘点的一节")
    sort_order = models.PositiveIntegerField("排序", default=0)
    dimensions = models.ManyToManyField(
        "indicators.Dimension",
        verbose_name="包含的评价维度",
        blank=True,
        related_name="review_priorities",
        help_text="这些维度的指标在本节陈述",
    )
    show_chains = models.BooleanField("列出重点产业链", default=False)
    show_towns = models.BooleanField("列出专业镇", default=False)
    show_tasks = models.BooleanField("列出民生实事", default=False)
    project_categories = models.CharField(
        "列出的项目类别",
        max_length=80,
        blank=True,
        help_text="以逗号分隔的项目类别代码:industry, infrastructure, energy, livelihood, ecology",
    )

    class Meta:
        verbose_name = "年度盘点板块"
        verbose_name_plural = "年度盘点板块"
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.title

    def categories(self) -> list[str]:
        return [c.strip() for c in self.project_categories.split(",") if c.strip()]

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        known = set(Project.Category.values)
        unknown = [c for c in self.categories() if c not in known]
        if unknown:
            raise ValidationError(
                {
                    "project_categories": f"未知的项目类别“{'、'.join(unknown)}”,"
                    f"可用:{', '.join(sorted(known))}。"
                }
            )


class Honour(models.Model):
    """A distinction a place or unit received in a year (荣誉、称号、入选名单), as a record."""

    class Level(models.TextChoices):
        NATIONAL = "national", "国家级"
        PROVINCIAL = "provincial", "省级"
        MUNICIPAL = "municipal", "市级"

    year = models.PositiveSmallIntegerField("年份")
    region = models.ForeignKey(
        Region, verbose_name="所属区划", on_delete=models.PROTECT, related_name="honours"
    )
    subject = models.CharField("获评对象", max_length=60, help_text="如“某某景区”")
    title = models.CharField("荣誉或名单", max_length=80, help_text="如“首批省级文旅康养示范区”")
    level = models.CharField("级别", max_length=12, choices=Level.choices)
    priority = models.ForeignKey(
        ReviewPriority,
        verbose_name="年度盘点板块",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="honours",
    )
    source = models.CharField("来源", max_length=200, blank=True)
    is_synthetic = models.BooleanField("示例数据", default=False)

    class Meta:
        verbose_name = "荣誉称号"
        verbose_name_plural = "荣誉称号"
        ordering = ["year", "priority__sort_order", "id"]

    def __str__(self) -> str:
        return f"{self.year} {self.subject}:{self.title}"
